import type { Hono } from 'hono';
import type { AppDeps } from '../deps.ts';
import { securityHeaders } from './security-headers.ts';
import { representation } from './representation.ts';

/**
 * Security headers, caching and compression, for every route. Security headers are outermost so
 * that they also land on 304s and error pages; the representation step (Cache-Control, ETag, 304,
 * compression) runs on the finished body of whatever route answered.
 */
export function registerMiddleware(app: Hono, _deps: AppDeps): void {
  app.use('*', securityHeaders());
  app.use('*', representation());
}
