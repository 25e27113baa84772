/**
 * What pages show of a paper, shaped once: addresses, the author line, safe outbound links.
 * Every outbound URL passes safeHttpUrl, since everything imported is hostile.
 */
import type { Paper } from '../../core/paper.ts';
import { safeHttpUrl } from '../render/escape.ts';

export const paperHref = (id: string) => `/papers/${encodeURIComponent(id)}`;
export const authorHref = (name: string) => `/authors/${encodeURIComponent(name)}`;
export const orgHref = (name: string) => `/orgs/${encodeURIComponent(name)}`;
export const categoryHref = (name: string) => `/categories/${encodeURIComponent(name)}`;
export const dayHref = (date: string) => `/date/${date}`;

export interface AuthorLine {
  /** The names to show, in order. */
  shown: string[];
  /** How many more there are ("+N"). */
  more: number;
  /** The whole author count when the source gave no names ("N authors"), else null. */
  countOnly: number | null;
}

/** The first `max` authors and how many are left out; a count alone when no names are known. */
export function authorLine(p: Pick<Paper, 'authors' | 'authorCount'>, max = 3): AuthorLine {
  const total = Math.max(p.authorCount ?? 0, p.authors.length);
  if (p.authors.length === 0) return { shown: [], more: 0, countOnly: total > 0 ? total : null };
  const shown = p.authors.slice(0, max);
  return { shown, more: total - shown.length, countOnly: null };
}

export interface OutboundLinks {
  arxiv: string | null;
  pdf: string | null;
  code: string[];
  project: string | null;
}

/** The paper's links that are plain http(s) URLs; anything else is dropped. */
export function outboundLinks(p: Paper): OutboundLinks {
  return {
    arxiv: safeHttpUrl(p.links.arxiv),
    pdf: safeHttpUrl(p.links.pdf),
    code: p.links.code.map(safeHttpUrl).filter((u): u is string => u !== null),
    project: safeHttpUrl(p.links.project),
  };
}

/** A short label for a repository URL: "github.com/owner/repo". */
export function repoLabel(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return url;
  }
}

/** The day a paper is dated by on cards: the daily day, else its publication date. */
export const cardDate = (p: Paper): string | null => p.submittedOnDailyAt ?? p.publishedAt;

/** Collapses whitespace and cuts at a word boundary, for meta descriptions. */
export function summarize(text: string, max = 200): string {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
