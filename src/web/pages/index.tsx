import type { Hono } from 'hono';
import type { AppDeps } from '../deps.ts';
import { registerStatic } from '../static/assets.ts';
import { registerDaily } from './daily.tsx';
import { registerListings } from './listing.tsx';
import { registerPaper } from './paper.tsx';
import { registerSearch } from './search.tsx';
import { registerTrending } from './trending.tsx';
import { registerResultsExplorer } from '../results/explorer-page.tsx';
import { registerResultEntities } from '../results/entity-page.tsx';
import { registerTrends } from '../results/trends-page.tsx';

/** The HTML pages and their static assets. */
export function registerPages(app: Hono, deps: AppDeps): void {
  registerStatic(app);
  registerDaily(app, deps);
  registerTrending(app, deps);
  registerPaper(app, deps);
  registerListings(app, deps);
  registerSearch(app, deps);
  registerResultsExplorer(app, deps);
  registerResultEntities(app, deps);
  registerTrends(app, deps);
}
