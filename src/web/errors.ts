import type { Context } from 'hono';
import { PaperboyError } from '../errors.ts';
import type { AppDeps } from './deps.ts';
import { renderErrorPage, type ErrorStatus } from './pages/error-page.tsx';

const isApi = (c: Context) => c.req.path.startsWith('/api/');

/** The one place errors become HTTP: JSON under /api, a page that looks like the site elsewhere. */
export function handleError(err: Error, c: Context, deps: AppDeps): Response | Promise<Response> {
  const known = err instanceof PaperboyError ? err : null;
  const status = (known?.status ?? 500) as ErrorStatus;
  if (!known) console.error(`error on ${c.req.method} ${c.req.path}:`, err);
  const message = known ? known.message : 'Something went wrong on our side.';
  if (isApi(c)) {
    return c.json({ error: { code: known?.code ?? 'internal', message, ...(known?.field ? { parameter: known.field } : {}) } }, status);
  }
  return renderErrorPage(c, deps, status, message);
}

export function handleNotFound(c: Context, deps: AppDeps): Response | Promise<Response> {
  if (isApi(c)) return c.json({ error: { code: 'not_found', message: `no such endpoint: ${c.req.path}` } }, 404);
  return renderErrorPage(c, deps, 404, 'There is no page at this address.');
}
