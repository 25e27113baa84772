import type { Context } from 'hono';
import type { AppDeps } from '../deps.ts';

/** An error page that looks like the site. */
export function renderErrorPage(c: Context, _deps: AppDeps, status: 400 | 404 | 500, message: string): Response | Promise<Response> {
  return c.html(<html><head><title>{`${status} | Paperboy`}</title></head><body><h1>{status}</h1><p>{message}</p></body></html>, status);
}
