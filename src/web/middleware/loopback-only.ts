import type { MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { PaperboyError } from '../../errors.ts';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/** True for 127.0.0.0/8 and ::1 (also IPv4-mapped). */
export function isLoopback(address: string | undefined): boolean {
  return address !== undefined && LOOPBACK.test(address);
}

/**
 * A stand-in for admin authentication until accounts exist: only requests from this machine's
 * loopback interface pass. The peer address of the TCP connection is used, never a forwarded
 * header, so a reverse proxy on the same host makes every request look local: do not expose
 * /admin through one until real admin auth replaces this.
 */
export function loopbackOnly(): MiddlewareHandler {
  return async (c, next) => {
    let address: string | undefined;
    try { address = getConnInfo(c).remote.address; } catch { address = undefined; }
    if (!isLoopback(address)) throw new PaperboyError('not_found', 'There is no page at this address.');
    await next();
  };
}
