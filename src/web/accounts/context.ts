import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { AccountsService } from '../../accounts/service.ts';
import { hasRole, type Auth, type Role, type User } from '../../accounts/types.ts';
import { PaperboyError } from '../../errors.ts';
import { createLogMailer } from '../../mail/smtp-mailer.ts';
import type { AppDeps } from '../deps.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** Who is asking (null: nobody signed in); set by the auth middleware for every request. */
    auth: Auth | null;
  }
}

const services = new WeakMap<AppDeps, AccountsService>();

/** The accounts service of one app, made on first use over its store, mailer and clock. */
export function accountsFor(deps: AppDeps): AccountsService {
  let s = services.get(deps);
  if (!s) {
    const fallback = createLogMailer();
    s = new AccountsService({ repo: deps.store.accounts, mailer: () => deps.mailer ?? fallback, baseUrl: () => deps.baseUrl, now: () => deps.now() });
    services.set(deps, s);
  }
  return s;
}

/** The signed-in user of this request (by session cookie or access token), or null. */
export function currentUser(c: Context): User | null {
  return c.get('auth')?.user ?? null;
}

/** How this request is authenticated, or null. */
export function currentAuth(c: Context): Auth | null {
  return c.get('auth') ?? null;
}

/** The signed-in request's auth, or throws unauthorized (for services called from routes). */
export function mustAuth(c: Context): Auth {
  const auth = c.get('auth');
  if (!auth) throw new PaperboyError('unauthorized', 'Sign in to do this (or send Authorization: Bearer TOKEN).');
  return auth;
}

const isApi = (c: Context) => c.req.path.startsWith('/api/');

/** Where /login sends a visitor back to; only paths on this site (not //evil.example). */
export function safeNext(next: string | undefined | null): string {
  return next && /^\/(?![/\\])/.test(next) ? next : '/';
}

/**
 * Middleware: lets signed-in users through. Pages send others to /login (and back afterwards);
 * the API answers 401.
 */
export const requireUser: MiddlewareHandler = async (c, next) => {
  if (c.get('auth')) return next();
  if (isApi(c) || c.req.method !== 'GET') throw new PaperboyError('unauthorized', 'Sign in to do this (or send Authorization: Bearer TOKEN).');
  const url = new URL(c.req.url);
  return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
};

/** Middleware: lets through users holding `role` or a stronger one (admin > moderator > member). */
export function requireRole(role: Role): MiddlewareHandler {
  return async (c, next) => {
    const auth = c.get('auth');
    if (!auth) return requireUser(c, next);
    if (!hasRole(auth.user.role, role)) throw new PaperboyError('forbidden', `This needs the ${role} role.`);
    return next();
  };
}

/**
 * The client's network address for rate limits: the socket's peer. A reverse proxy in front makes
 * every client look like the proxy; see docs/ACCOUNTS.md. In-process tests have no socket.
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * What a signed-in reader's feeds leave out: papers marked "not interested" always, and papers
 * marked read when the request says `hide=read`. Nothing for signed-out requests.
 */
export function feedFilterFor(c: Context): { viewerId?: number; hideRead?: boolean } {
  const auth = c.get('auth');
  return auth ? { viewerId: auth.user.id, hideRead: c.req.query('hide') === 'read' } : {};
}
