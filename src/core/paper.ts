/**
 * The paper model. `Paper` is what the store holds and what every output presents;
 * `PaperInput` is what an importer knows about one record (undefined = the source does not say).
 */

export interface PaperLinks {
  /** arXiv abstract page, e.g. https://arxiv.org/abs/2401.12345 */
  arxiv: string | null;
  /** arXiv PDF, e.g. https://arxiv.org/pdf/2401.12345 */
  pdf: string | null;
  /** Code repositories (given by the source or found in the abstract), de-duplicated, in order. */
  code: string[];
  /** A project page, when a source names one. */
  project: string | null;
}

/** Which import gave a field its current value. `i` is the id of a row in `imports`. */
export interface FieldSource {
  source: string;
  importId: number;
  at: string;
}

export const PROVENANCE_FIELDS = [
  'arxivId', 'version', 'title', 'abstract', 'authors', 'authorCount', 'categories',
  'publishedAt', 'updatedAt', 'links', 'organization', 'upvotes', 'numComments',
  'submittedOnDailyAt', 'withdrawnAt', 'submittedBy', 'thumbnail',
] as const;
export type ProvenanceField = (typeof PROVENANCE_FIELDS)[number];

export interface Paper {
  id: string;
  arxivId: string | null;
  version: number | null;
  title: string;
  abstract: string;
  authors: string[];
  authorCount: number | null;
  categories: string[];
  /** YYYY-MM-DD or null when unknown; never invented. */
  publishedAt: string | null;
  updatedAt: string | null;
  links: PaperLinks;
  organization: string | null;
  upvotes: number;
  numComments: number;
  /** YYYY-MM-DD: the day it entered the daily feed (the publication date when a source gives none). */
  submittedOnDailyAt: string | null;
  withdrawnAt: string | null;
  /** Who put it on the daily feed, when a source says (a user name). */
  submittedBy: string | null;
  thumbnail: string | null;
  /** True for rows made by `paperboy demo`. */
  isDemo: boolean;
  provenance: Partial<Record<ProvenanceField, FieldSource>>;
}

/**
 * One record as an importer read it. Every field but `title` may be unknown.
 * Text fields are raw source text: importers strip nothing but surrounding whitespace.
 */
export interface PaperInput {
  arxivId?: string | null;
  version?: number | null;
  title: string;
  abstract?: string;
  authors?: string[];
  authorCount?: number | null;
  categories?: string[];
  publishedAt?: string | null;
  updatedAt?: string | null;
  links?: Partial<PaperLinks>;
  organization?: string | null;
  upvotes?: number | null;
  numComments?: number | null;
  submittedOnDailyAt?: string | null;
  withdrawnAt?: string | null;
  submittedBy?: string | null;
  thumbnail?: string | null;
  isDemo?: boolean;
}

/** The fields of `list --json`, `show --json` and the CLI, in their documented order. */
export const PAPER_JSON_FIELDS = [
  'id', 'arxivId', 'version', 'title', 'abstract', 'authors', 'authorCount', 'categories',
  'publishedAt', 'updatedAt', 'links', 'organization', 'upvotes', 'numComments', 'submittedOnDailyAt',
] as const;

/** The JSON shape of `list --json` and `show --json`: exactly the model's public fields. */
export type PaperJson = Pick<Paper, (typeof PAPER_JSON_FIELDS)[number]>;

/** Shapes a stored paper for JSON output; the field order is the documented one. */
export function presentPaperJson(p: Paper): PaperJson {
  const out: Record<string, unknown> = {};
  for (const f of PAPER_JSON_FIELDS) out[f] = p[f];
  return out as PaperJson;
}
