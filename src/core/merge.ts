import type { FieldSource, Paper, PaperInput, PaperLinks, ProvenanceField } from './paper.ts';
import { arxivAbsUrl, arxivPdfUrl, paperIdForArxiv, parseArxivId } from './arxiv-id.ts';
import { paperIdForTitle } from './title-key.ts';
import { collapseWhitespace, findCodeLinks, uniqueUrls } from './text.ts';

/** An input after identity is settled: canonical arXiv id and version split apart. */
export interface NormalizedInput extends PaperInput {
  arxivId: string | null;
  version: number | null;
}

/** Splits a version suffix off the arXiv id and trims the title; returns null when the title is empty. */
export function normalizeInput(input: PaperInput): NormalizedInput | null {
  const title = collapseWhitespace(input.title ?? '');
  if (!title) return null;
  let arxivId: string | null = null;
  let version = input.version ?? null;
  if (input.arxivId) {
    const parsed = parseArxivId(input.arxivId);
    if (parsed) {
      arxivId = parsed.id;
      version = version ?? parsed.version;
    }
  }
  return { ...input, title, arxivId, version };
}

function linksFor(input: NormalizedInput): PaperLinks {
  const code = [...(input.links?.code ?? []), ...findCodeLinks(input.abstract ?? '')];
  return {
    arxiv: input.links?.arxiv ?? (input.arxivId ? arxivAbsUrl(input.arxivId) : null),
    pdf: input.links?.pdf ?? (input.arxivId ? arxivPdfUrl(input.arxivId) : null),
    code: uniqueUrls(code),
    project: input.links?.project ?? null,
  };
}


/** Builds a new stored paper from an input; every field the input knows is stamped with its source. */
export function newPaper(input: NormalizedInput, stamp: FieldSource): Paper {
  const authors = input.authors ?? [];
  const paper: Paper = {
    id: input.arxivId ? paperIdForArxiv(input.arxivId) : paperIdForTitle(input.title),
    arxivId: input.arxivId,
    version: input.version,
    title: input.title,
    abstract: input.abstract ?? '',
    authors,
    authorCount: maxKnown(input.authorCount ?? null, authors.length || null),
    categories: input.categories ?? [],
    publishedAt: input.publishedAt ?? null,
    updatedAt: input.updatedAt ?? null,
    links: linksFor(input),
    organization: input.organization ?? null,
    upvotes: input.upvotes ?? 0,
    numComments: input.numComments ?? 0,
    submittedOnDailyAt: input.submittedOnDailyAt ?? input.publishedAt ?? null,
    withdrawnAt: input.withdrawnAt ?? null,
    submittedBy: input.submittedBy ?? null,
    thumbnail: input.thumbnail ?? null,
    isDemo: input.isDemo ?? false,
    provenance: {},
  };
  for (const f of knownFields(paper)) paper.provenance[f] = stamp;
  // A daily date that only fell back to the publication date is not the source's word.
  if (!input.submittedOnDailyAt) delete paper.provenance.submittedOnDailyAt;
  return paper;
}

/** Fields with a value (not null, empty or zero): those a new record's source vouches for. */
function knownFields(p: Paper): ProvenanceField[] {
  return COMPARED.filter((f) => {
    const v = p[f];
    if (v === null || v === '' || v === 0) return false;
    if (Array.isArray(v)) return v.length > 0;
    if (f === 'links') return p.links.arxiv !== null || p.links.pdf !== null || p.links.code.length > 0 || p.links.project !== null;
    return true;
  });
}

function maxKnown(a: number | null, b: number | null): number | null {
  if (a == null) return b;
  if (b == null) return a;
  return Math.max(a, b);
}

function minDate(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

function maxDate(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

/** Longer text wins (the richer value); ties keep what is stored. */
function richerText(stored: string, incoming: string | undefined): string {
  if (!incoming) return stored;
  return incoming.length > stored.length ? incoming : stored;
}

function richerList<T>(stored: T[], incoming: T[] | undefined): T[] {
  if (!incoming || incoming.length === 0) return stored;
  return incoming.length > stored.length ? incoming : stored;
}

/**
 * Merges an incoming record into a stored paper, keeping the richer value of each field.
 * A newer arXiv version replaces title, abstract, authors and categories (the paper changed);
 * dates keep the earliest publication and the latest update; counts keep the highest snapshot.
 */
export function mergePaper(stored: Paper, input: NormalizedInput, stamp: FieldSource): { paper: Paper; changed: ProvenanceField[] } {
  const newer = input.version != null && (stored.version == null || input.version > stored.version);
  const incoming = newPaper(input, stamp);
  const take = <T>(fresh: T | undefined, keep: T): T => (newer && fresh !== undefined && fresh !== '' ? fresh : keep);
  const authors = newer && input.authors?.length ? input.authors : richerList(stored.authors, input.authors);
  const arxivId = stored.arxivId ?? input.arxivId;
  const explicitDaily = input.submittedOnDailyAt ?? null;
  const storedDailyExplicit = stored.provenance.submittedOnDailyAt !== undefined;
  const publishedAt = minDate(stored.publishedAt, incoming.publishedAt);
  const paper: Paper = {
    ...stored,
    id: stored.arxivId ? stored.id : arxivId ? paperIdForArxiv(arxivId) : stored.id,
    arxivId,
    version: maxKnown(stored.version, input.version),
    title: take(input.title, stored.title || input.title),
    abstract: newer && input.abstract ? incoming.abstract : richerText(stored.abstract, input.abstract),
    authors,
    authorCount: maxKnown(maxKnown(stored.authorCount, input.authorCount ?? null), authors.length || null),
    categories: newer && input.categories?.length ? input.categories : richerList(stored.categories, input.categories),
    publishedAt,
    updatedAt: maxDate(stored.updatedAt, incoming.updatedAt),
    links: {
      arxiv: stored.links.arxiv ?? incoming.links.arxiv,
      pdf: stored.links.pdf ?? incoming.links.pdf,
      code: uniqueUrls([...stored.links.code, ...incoming.links.code]),
      project: stored.links.project ?? incoming.links.project,
    },
    organization: stored.organization ?? incoming.organization,
    upvotes: Math.max(stored.upvotes, incoming.upvotes),
    numComments: Math.max(stored.numComments, incoming.numComments),
    submittedOnDailyAt: storedDailyExplicit
      ? minDate(stored.submittedOnDailyAt, explicitDaily)
      : explicitDaily ?? publishedAt,
    withdrawnAt: stored.withdrawnAt ?? incoming.withdrawnAt,
    submittedBy: stored.submittedBy ?? incoming.submittedBy,
    thumbnail: stored.thumbnail ?? incoming.thumbnail,
    provenance: { ...stored.provenance },
  };
  const changed = changedFields(stored, paper);
  for (const f of changed) {
    if (f === 'submittedOnDailyAt' && !explicitDaily) continue;
    paper.provenance[f] = stamp;
  }
  return { paper, changed };
}

const COMPARED: ProvenanceField[] = [
  'arxivId', 'version', 'title', 'abstract', 'authors', 'authorCount', 'categories', 'publishedAt',
  'updatedAt', 'links', 'organization', 'upvotes', 'numComments', 'submittedOnDailyAt', 'withdrawnAt',
  'submittedBy', 'thumbnail',
];

function changedFields(a: Paper, b: Paper): ProvenanceField[] {
  return COMPARED.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
}
