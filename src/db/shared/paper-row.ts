import type { FieldSource, Paper, ProvenanceField } from '../../core/paper.ts';
import { titleKey } from '../../core/title-key.ts';

/** A papers row as either store returns it (the same columns and JSON text encodings on both). */
export interface PaperRow {
  rowid: number;
  id: string;
  arxiv_id: string | null;
  version: number | null;
  title: string;
  title_key: string;
  abstract: string;
  authors: string;
  authors_text: string;
  author_count: number | null;
  categories: string;
  primary_category: string | null;
  published_at: string | null;
  updated_at: string | null;
  links: string;
  organization: string | null;
  upvotes: number;
  /** Local users' upvotes (migration 4); absent where the writer reads imported counts only. */
  local_upvotes?: number;
  /** Local users' visible comments (migration 4); absent for the writer, as local_upvotes. */
  local_comments?: number;
  /** Set when a moderator hid the paper (migration 4). */
  hidden_at?: string | null;
  num_comments: number;
  submitted_on_daily_at: string | null;
  withdrawn_at: string | null;
  submitted_by: string | null;
  thumbnail: string | null;
  is_demo: number;
  provenance: string;
}

/** Resolves an import id to the source and time of that import run. */
export type ImportResolver = (importId: number) => FieldSource;

/**
 * Provenance is stored compactly as {field: importId} (the import row holds source and time):
 * repeating the source and timestamp per field made rows a third larger.
 */
function readProvenance(json: string, resolve: ImportResolver): Paper['provenance'] {
  const out: Paper['provenance'] = {};
  for (const [field, id] of Object.entries(JSON.parse(json) as Record<string, number>)) {
    out[field as ProvenanceField] = resolve(id);
  }
  return out;
}

function writeProvenance(p: Paper['provenance']): string {
  const out: Record<string, number> = {};
  for (const [field, src] of Object.entries(p)) if (src) out[field] = src.importId;
  return JSON.stringify(out);
}

export function rowToPaper(r: PaperRow, resolve: ImportResolver): Paper {
  return {
    id: r.id,
    arxivId: r.arxiv_id,
    version: r.version,
    title: r.title,
    abstract: r.abstract,
    authors: JSON.parse(r.authors),
    authorCount: r.author_count,
    categories: JSON.parse(r.categories),
    publishedAt: r.published_at,
    updatedAt: r.updated_at,
    links: JSON.parse(r.links),
    organization: r.organization,
    // Shown and ranked upvotes: imported plus local (docs/RANKING.md, "Upvotes").
    upvotes: r.upvotes + (r.local_upvotes ?? 0),
    numComments: r.num_comments + (r.local_comments ?? 0),
    submittedOnDailyAt: r.submitted_on_daily_at,
    withdrawnAt: r.withdrawn_at,
    submittedBy: r.submitted_by,
    thumbnail: r.thumbnail,
    isDemo: r.is_demo === 1,
    provenance: readProvenance(r.provenance, resolve),
  };
}

/** Named parameters for INSERT/UPDATE of a paper. */
/** `key` is the title key when the caller already has it for this exact title. */
export function paperToParams(p: Paper, now: string, key?: string): Record<string, unknown> {
  return {
    id: p.id,
    arxiv_id: p.arxivId,
    version: p.version,
    title: p.title,
    title_key: key ?? titleKey(p.title),
    abstract: p.abstract,
    authors: JSON.stringify(p.authors),
    authors_text: p.authors.join(', '),
    author_count: p.authorCount,
    categories: JSON.stringify(p.categories),
    primary_category: p.categories[0] ?? null,
    published_at: p.publishedAt,
    updated_at: p.updatedAt,
    links: JSON.stringify(p.links),
    organization: p.organization,
    upvotes: p.upvotes,
    num_comments: p.numComments,
    submitted_on_daily_at: p.submittedOnDailyAt,
    withdrawn_at: p.withdrawnAt,
    submitted_by: p.submittedBy,
    thumbnail: p.thumbnail,
    is_demo: p.isDemo ? 1 : 0,
    provenance: writeProvenance(p.provenance),
    now,
  };
}

export const PAPER_COLUMNS = `rowid, id, arxiv_id, version, title, title_key, abstract, authors, authors_text,
  author_count, categories, primary_category, published_at, updated_at, links, organization, upvotes,
  num_comments, submitted_on_daily_at, withdrawn_at, submitted_by, thumbnail, is_demo, provenance`;

/**
 * The columns every reader selects (both stores): the stored ones plus local upvotes and comments,
 * which rowToPaper adds to the imported ones, and hidden_at, which readers check. The importer's
 * merge reads PAPER_COLUMNS alone, since the merged upvotes are written back to papers.upvotes.
 */
export const READ_PAPER_COLUMNS = `${PAPER_COLUMNS}, local_upvotes, local_comments, hidden_at`;

/** The upvote count papers are shown and ranked by, as an SQL expression over papers (alias `p.` optional). */
export const SHOWN_UPVOTES_SQL = (alias = '') => `(${alias}upvotes + ${alias}local_upvotes)`;

/** The comment count papers are shown and ranked by: imported plus visible local comments. */
export const SHOWN_COMMENTS_SQL = (alias = '') => `(${alias}num_comments + ${alias}local_comments)`;
