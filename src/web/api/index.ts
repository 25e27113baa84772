import type { Hono } from 'hono';
import type { AppDeps } from '../deps.ts';
import { registerMarkdown } from '../markdown/route.ts';
import { dailyPapersRoute } from './daily-papers.ts';
import { healthRoute, paperRoute } from './papers.ts';
import { searchRoute, suggestRoute } from './search.ts';
import { similarRoute } from './similar.ts';
import { openApiDocument } from './openapi.ts';
import { paperResultsRoute, resultsRoute } from './results.ts';

/**
 * The JSON API under /api (documented by /api/openapi.json), and the Markdown form of each paper,
 * which must be registered here, before the HTML pages, to answer first.
 * Routes only validate, call the store and present: errors go to the one handler in web/errors.ts.
 */
export function registerApi(app: Hono, deps: AppDeps): void {
  app.get('/api/health', (c) => healthRoute(c, deps));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument(deps.baseUrl)));
  app.get('/api/daily_papers', (c) => dailyPapersRoute(c, deps));
  // Before /api/papers/{id}, which would otherwise take "search" for an id.
  app.get('/api/papers/search', (c) => searchRoute(c, deps));
  app.get('/api/search/suggest', (c) => suggestRoute(c, deps));
  // {.+} also accepts old-style arXiv ids written with their slash (hep-th/9901001); /similar is
  // matched first, since the plain route would take "2401.12345/similar" for an id.
  app.get('/api/papers/:id{.+}/similar', (c) => similarRoute(c, deps));
  app.get('/api/papers/:id{.+}/results', (c) => paperResultsRoute(c, deps));
  app.get('/api/results', (c) => resultsRoute(c, deps));
  app.get('/api/papers/:id{.+}', (c) => paperRoute(c, deps));
  registerMarkdown(app, deps);
}
