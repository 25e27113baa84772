import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { newSecret } from '../../accounts/secrets.ts';
import type { AppDeps } from '../deps.ts';

/** The session cookie: an opaque random token; the database keeps only its SHA-256. */
export const SESSION_COOKIE = 'pb_session';
/** Signed-out visitors' CSRF cookie (double submit) for the log-in, sign-up and reset forms. */
export const ANON_CSRF_COOKIE = 'pb_csrf';

/** Secure when the site is served over https (the public base URL or this request). */
function secure(c: Context, deps: AppDeps): boolean {
  return deps.baseUrl.startsWith('https:') || new URL(c.req.url).protocol === 'https:';
}

/** Max-Age rather than Expires: the browser counts it from receipt, so the two clocks need not agree. */
export function setSessionCookie(c: Context, deps: AppDeps, token: string, maxAgeS: number): void {
  setCookie(c, SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'Lax', secure: secure(c, deps), maxAge: maxAgeS });
}

export function clearSessionCookie(c: Context, deps: AppDeps): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: secure(c, deps) });
}

/** The visitor's anonymous CSRF token, set as a cookie when absent (for forms shown to signed-out visitors). */
export function anonCsrf(c: Context, deps: AppDeps): string {
  const have = getCookie(c, ANON_CSRF_COOKIE);
  if (have && /^[A-Za-z0-9_-]{43}$/.test(have)) return have;
  const token = newSecret();
  setCookie(c, ANON_CSRF_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'Lax', secure: secure(c, deps) });
  return token;
}
