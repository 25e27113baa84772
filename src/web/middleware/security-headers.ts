import type { MiddlewareHandler } from 'hono';

/**
 * The Content-Security-Policy of every response. Scripts only from our origin and never inline
 * (an injected <script> or onerror= cannot run); styles may be inline because KaTeX writes
 * style="" attributes into rendered math; images from anywhere over https (thumbnails live on
 * other hosts); no plugins, no <base> hijacking, forms post only to us, and no framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response carries, computed once (the middleware only copies them). */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // frame-ancestors covers current browsers; X-Frame-Options covers the old ones.
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Public read-only data: any site may fetch the API and feeds (no cookies are involved). */
const OPEN_DATA = /^\/(?:api|feeds)\//;

/**
 * Sets the security headers on every response, errors and 304s included. A route that needs a
 * different policy (say, a hashed inline script) sets its own header and is left alone.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    for (const [name, value] of SECURITY_HEADERS) if (!headers.has(name)) headers.set(name, value);
    if (OPEN_DATA.test(c.req.path) && !headers.has('Access-Control-Allow-Origin')) {
      headers.set('Access-Control-Allow-Origin', '*');
      // Scripts on other sites may read the page total and revalidate with the ETag; a route with
      // more headers to share (search) names them itself.
      if (!headers.has('Access-Control-Expose-Headers')) headers.set('Access-Control-Expose-Headers', 'X-Total-Count, ETag');
    }
  };
}
