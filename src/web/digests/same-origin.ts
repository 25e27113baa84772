import type { Context, MiddlewareHandler } from 'hono';

/**
 * CSRF protection for the subscribe form that needs no token (so cached pages can carry the form):
 * a POST is accepted only when the browser says it comes from this site. Browsers send
 * Sec-Fetch-Site and Origin on every form POST, and neither can be set by another site's page;
 * Referer is the fallback for old browsers. A request with none of them (not a browser) is refused
 * too: the form is for people, and operators have `paperboy subscribers add`.
 * Same origin means the configured base URL's origin, or the origin the request was addressed to
 * (behind a proxy that rewrites Host, set PAPERBOY_BASE_URL).
 */
export function sameOriginPost(baseUrl: () => string): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'POST' || isSameOrigin(c, baseUrl())) return next();
    return c.text('Forbidden: this form only accepts submissions from this site.', 403, { 'Cache-Control': 'no-store' });
  };
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try { return new URL(url).origin; } catch { return null; }
}

/** Whether a request's Sec-Fetch-Site, Origin or Referer shows it was sent by a page of this site. */
export function isSameOrigin(c: Context, baseUrl: string): boolean {
  const fetchSite = c.req.header('Sec-Fetch-Site');
  if (fetchSite && fetchSite !== 'same-origin') return false;
  const ours = new Set([originOf(baseUrl), originOf(c.req.url)].filter((o): o is string => o !== null));
  const origin = c.req.header('Origin');
  // "null" is what sandboxed frames and some redirects send: never ours.
  if (origin !== undefined) return ours.has(origin);
  const referer = originOf(c.req.header('Referer'));
  return referer !== null && ours.has(referer);
}
