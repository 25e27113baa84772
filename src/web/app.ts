import { Hono } from 'hono';
import type { AppDeps } from './deps.ts';
import { registerMiddleware } from './middleware/index.ts';
import { registerApi } from './api/index.ts';
import { registerFeeds } from './feeds/index.ts';
import { registerPages } from './pages/index.tsx';
import { handleError, handleNotFound } from './errors.ts';

/** The whole site: middleware, then the API, feeds and pages; errors mapped in one place. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  registerMiddleware(app, deps);
  registerApi(app, deps);
  registerFeeds(app, deps);
  registerPages(app, deps);
  app.notFound((c) => handleNotFound(c, deps));
  app.onError((err, c) => handleError(err, c, deps));
  return app;
}
