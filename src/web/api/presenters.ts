import type { Paper } from '../../core/paper.ts';
import type { TrendingScore } from '../../core/trending.ts';
import { toIsoDateTime } from './date-range.ts';

/**
 * Response shapes of the JSON API, modelled on Hugging Face's /api/daily_papers so its clients
 * work. A field we do not know is left out, never null-filled or guessed. People and
 * organizations are `{name}` objects as on Hugging Face, where clients read `.name`.
 */
export interface NameRef { name: string }

export interface HfPaperJson {
  id: string;
  title: string;
  summary: string;
  authors: NameRef[];
  publishedAt?: string;
  submittedOnDailyAt?: string;
  upvotes: number;
  githubRepo?: string;
  projectPage?: string;
  withdrawnAt?: string;
  organization?: NameRef;
  submittedOnDailyBy?: NameRef;
}

export interface DailyEntryJson {
  paper: HfPaperJson;
  title: string;
  summary: string;
  publishedAt?: string;
  numComments: number;
  submittedBy?: NameRef;
  organization?: NameRef;
  thumbnail?: string;
  trending?: TrendingScore;
}

export interface PaperLinksJson { arxiv?: string; pdf?: string; code: string[]; project?: string }

export interface PaperDetailJson extends HfPaperJson {
  numComments: number;
  categories: string[];
  links: PaperLinksJson;
  arxivId?: string;
  version?: number;
  authorCount?: number;
  updatedAt?: string;
}

/**
 * Imported URLs go out only when they are http(s): clients put these fields in href attributes,
 * and a javascript: or data: URL there would run in their page.
 */
export function httpUrl(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Drops keys whose value is undefined, so absent facts are absent keys. */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === undefined) delete o[k];
  return o;
}

const ref = (name: string | null): NameRef | undefined => (name ? { name } : undefined);

/** The Hugging Face `paper` object. */
export function presentHfPaper(p: Paper): HfPaperJson {
  return compact({
    id: p.id,
    title: p.title,
    summary: p.abstract,
    authors: p.authors.map((name) => ({ name })),
    publishedAt: toIsoDateTime(p.publishedAt),
    submittedOnDailyAt: toIsoDateTime(p.submittedOnDailyAt),
    upvotes: p.upvotes,
    githubRepo: p.links.code.map(httpUrl).find(Boolean),
    projectPage: httpUrl(p.links.project),
    withdrawnAt: toIsoDateTime(p.withdrawnAt),
    organization: ref(p.organization),
    submittedOnDailyBy: ref(p.submittedBy),
  });
}

/** One entry of /api/daily_papers: the paper plus the daily feed's own fields. */
export function presentDailyEntry(p: Paper, trending?: TrendingScore): DailyEntryJson {
  return compact({
    paper: presentHfPaper(p),
    title: p.title,
    summary: p.abstract,
    publishedAt: toIsoDateTime(p.publishedAt),
    numComments: p.numComments,
    submittedBy: ref(p.submittedBy),
    organization: ref(p.organization),
    thumbnail: httpUrl(p.thumbnail),
    trending,
  });
}

/** /api/papers/{id}: the Hugging Face paper object plus what Paperboy knows beyond it. */
export function presentPaperDetail(p: Paper): PaperDetailJson {
  return compact({
    ...presentHfPaper(p),
    numComments: p.numComments,
    categories: p.categories,
    links: compact({
      arxiv: httpUrl(p.links.arxiv),
      pdf: httpUrl(p.links.pdf),
      code: p.links.code.map(httpUrl).filter((u): u is string => u !== undefined),
      project: httpUrl(p.links.project),
    }),
    arxivId: p.arxivId ?? undefined,
    version: p.version ?? undefined,
    authorCount: p.authorCount ?? undefined,
    updatedAt: toIsoDateTime(p.updatedAt),
  });
}
