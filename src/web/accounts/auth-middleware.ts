import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { sameSecret } from '../../accounts/secrets.ts';
import type { Auth } from '../../accounts/types.ts';
import { PaperboyError } from '../../errors.ts';
import type { AppDeps } from '../deps.ts';
import { accountsFor } from './context.ts';
import { ANON_CSRF_COOKIE, clearSessionCookie, SESSION_COOKIE } from './cookies.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What a signed-in answer may be cached as: by nobody, since it shows one person's state. */
export const PERSONAL_CACHE_CONTROL = 'private, no-store';

/** The CSRF token a request carries: the X-CSRF-Token header, or the _csrf field of a form. */
async function sentToken(c: Context): Promise<string> {
  const header = c.req.header('x-csrf-token');
  if (header) return header;
  const body = await c.req.parseBody().catch(() => ({} as Record<string, unknown>));
  const v = body._csrf;
  return typeof v === 'string' ? v : '';
}

/** A cross-site Origin is refused outright (browsers send Origin on every cross-site POST). */
function foreignOrigin(c: Context, deps: AppDeps): boolean {
  const origin = c.req.header('origin');
  if (!origin || origin === 'null') return false;
  const ours = [new URL(c.req.url).origin];
  if (deps.baseUrl) ours.push(new URL(deps.baseUrl).origin);
  return !ours.includes(origin);
}

/**
 * Digest forms protect themselves (src/web/digests/): the subscribe POST checks that it came from
 * this site's own pages (the footer form sits on shared cached pages, so it carries no token), and
 * confirm and unsubscribe carry a signed token that is the capability; RFC 8058 one-click
 * unsubscribes come from mail clients with neither cookies nor Origin.
 */
const SELF_PROTECTED_POSTS = new Set(['/subscribe', '/subscribe/confirm', '/unsubscribe']);

/**
 * CSRF rules for state-changing requests. Bearer-token requests are exempt (a browser never adds
 * that header by itself). A session must send its own synchronizer token. A signed-out form
 * (log-in, sign-up, reset) must echo the pb_csrf cookie (double submit); signed-out API calls need
 * no token, as they act for nobody and the route answers 401.
 */
async function checkCsrf(c: Context, deps: AppDeps, auth: Auth | null): Promise<void> {
  if (auth?.via === 'token') return;
  if (SELF_PROTECTED_POSTS.has(c.req.path)) return;
  if (foreignOrigin(c, deps)) throw new PaperboyError('csrf_failed', 'Cross-site request refused.');
  const sent = await sentToken(c);
  if (auth) {
    if (!sent || !sameSecret(sent, auth.csrf ?? '')) throw new PaperboyError('csrf_failed', 'The form has expired or did not come from this site. Reload the page and try again.');
    return;
  }
  if (c.req.path.startsWith('/api/')) return;
  const cookie = getCookie(c, ANON_CSRF_COOKIE) ?? '';
  if (!cookie || !sent || !sameSecret(sent, cookie)) throw new PaperboyError('csrf_failed', 'The form has expired or did not come from this site. Reload the page and try again.');
}

/**
 * Resolves who is asking (Authorization: Bearer, else the session cookie), enforces CSRF on
 * state-changing requests, and marks personal answers uncacheable: signed-in pages skip the shared
 * page cache (src/web/render/page-cache.ts) and go out as `private, no-store`, and HTML varies by Cookie.
 */
export function authMiddleware(deps: AppDeps): MiddlewareHandler {
  return async (c, next) => {
    const accounts = accountsFor(deps);
    let auth: Auth | null = null;
    const authorization = c.req.header('authorization') ?? '';
    // Only the Bearer scheme is ours: a site behind a proxy's Basic auth gets that header on every request.
    if (/^Bearer\b/i.test(authorization)) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      auth = m ? await accounts.tokenAuth(m[1]) : null;
      if (!auth) throw new PaperboyError('unauthorized', 'The access token is not valid: unknown, revoked, or its account is banned.');
    } else {
      const cookie = getCookie(c, SESSION_COOKIE);
      if (cookie) {
        auth = await accounts.sessionAuth(cookie);
        // Expired, logged out, or banned: drop the dead cookie.
        if (!auth) clearSessionCookie(c, deps);
      }
    }
    c.set('auth', auth);
    if (!SAFE_METHODS.has(c.req.method)) await checkCsrf(c, deps, auth);
    await next();
    const html = c.res.headers.get('Content-Type')?.startsWith('text/html') ?? false;
    if (auth || c.res.headers.has('Set-Cookie')) c.res.headers.set('Cache-Control', PERSONAL_CACHE_CONTROL);
    // Browsers key their cache on Cookie too: a signed-out page kept from before log-in is not reused after it.
    if (html) {
      const vary = c.res.headers.get('Vary');
      if (!vary?.toLowerCase().includes('cookie')) c.res.headers.set('Vary', vary ? `${vary}, Cookie` : 'Cookie');
    }
  };
}
