import { invalidArgument, PaperboyError } from '../../errors.ts';

/** Deep pages are cheap to ask for and costly to serve (OFFSET scans); nobody reads past this. */
export const MAX_PAGE = 1000;

/** The `page` query parameter: absent means 1; anything but an integer 1..MAX_PAGE is a 400. */
export function parsePage(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 1;
  if (!/^\d{1,4}$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_PAGE) {
    throw invalidArgument('page', `page must be a whole number from 1 to ${MAX_PAGE}, not "${raw.slice(0, 40)}"`);
  }
  return Number(raw);
}

export interface Paging {
  page: number;
  perPage: number;
  total: number;
  pages: number;
  /** Hrefs of the neighbouring pages, null at either end. */
  prevHref: string | null;
  nextHref: string | null;
  /** Rank of the first item on this page (1-based), for numbered lists. */
  firstRank: number;
}

/** Offset of a page's first item. */
export const offsetOf = (page: number, perPage: number) => (page - 1) * perPage;

/**
 * Paging for a list at `path` (whose other query parameters are in `params`). A page past the
 * end of a non-empty list is a 404: the address names nothing.
 */
export function paging(path: string, params: Record<string, string>, page: number, perPage: number, total: number): Paging {
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (page > pages) throw new PaperboyError('not_found', `There is no page ${page}: this list has ${pages} page${pages === 1 ? '' : 's'}.`);
  return {
    page,
    perPage,
    total,
    pages,
    prevHref: page > 1 ? pageHref(path, params, page - 1) : null,
    nextHref: page < pages ? pageHref(path, params, page + 1) : null,
    firstRank: offsetOf(page, perPage) + 1,
  };
}

/** The address of page `n` (page 1 has no parameter, so it has one canonical address). */
export function pageHref(path: string, params: Record<string, string>, n: number): string {
  const q = new URLSearchParams(params);
  if (n > 1) q.set('page', String(n));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
