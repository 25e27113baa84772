import type { MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * The stand-in admin check until accounts land: only requests from this machine (127.0.0.0/8, ::1).
 * Behind a reverse proxy on the same machine every request looks local, so do not expose the
 * preview that way; at merge this is replaced by the accounts' admin middleware.
 */
export function loopbackOnly(): MiddlewareHandler {
  return async (c, next) => {
    let address: string | undefined;
    try { address = getConnInfo(c).remote.address; } catch { address = undefined; }
    if (address && LOOPBACK.test(address)) return next();
    return c.text('Forbidden: the digest preview is for administrators.', 403, { 'Cache-Control': 'no-store' });
  };
}
