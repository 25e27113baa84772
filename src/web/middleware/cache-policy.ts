/**
 * Cache-Control for what we serve, chosen by path and status.
 *
 * The data behind pages, the API and feeds changes when an import or harvest runs (minutes to
 * hours apart) and, later, when people vote. A minute of freshness lets browsers and any proxy or
 * CDN absorb bursts (a link on a busy forum) while a voter's view stays nearly live;
 * stale-while-revalidate lets a cache answer at once and refetch in the background; and since every
 * response carries an ETag, revalidating costs a 304 with no body. Feed readers poll, so feeds keep
 * five minutes. Health checks must see the live process, and errors must not stick, so neither is
 * stored. A route that personalizes (accounts come later) sets `private, no-cache` itself and is
 * left alone.
 */
export const CACHE_CONTROL = {
  page: 'public, max-age=60, stale-while-revalidate=300',
  feed: 'public, max-age=300, stale-while-revalidate=3600',
  /** Search-as-you-type asks again for every prefix, and titles change only when an import runs. */
  suggest: 'public, max-age=300, stale-while-revalidate=600',
  none: 'no-store',
} as const;

/** The Cache-Control value for a response to `path` with `status`. */
export function cacheControlFor(path: string, status: number): string {
  if (status >= 400) return CACHE_CONTROL.none;
  if (path === '/api/health') return CACHE_CONTROL.none;
  if (path.startsWith('/feeds/')) return CACHE_CONTROL.feed;
  if (path === '/api/search/suggest') return CACHE_CONTROL.suggest;
  return CACHE_CONTROL.page;
}
