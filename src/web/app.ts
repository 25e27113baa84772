import { Hono } from 'hono';
import { openSearch } from '../search/open-search.ts';
import type { AppDeps, AppInput } from './deps.ts';
import { registerMiddleware } from './middleware/index.ts';
import { registerApi } from './api/index.ts';
import { registerFeeds } from './feeds/index.ts';
import { registerPages } from './pages/index.tsx';
import { handleError, handleNotFound } from './errors.ts';
import { currentUser, registerAccounts, requireRole } from './accounts/index.ts';
import { registerSubmitRoute } from './api/submit.ts';
import { loadConfig } from '../config.ts';
import { harvestSettings } from '../harvest/settings.ts';
import { registerDigestRoutes } from './digests/routes.tsx';
import { registerHarvestAdmin } from './admin/harvest-page.tsx';
import { harvestAdminInfo } from '../harvest/settings.ts';
import { registerRecommendations } from './recommendations/routes.tsx';

/**
 * Fills in the search service when the caller gave none: opened over the store, with the semantic
 * index following the configured provider. The same object is returned (not a copy) because the
 * server sets baseUrl on it after listening, and per-app caches are keyed by it.
 */
export function withSearch(input: AppInput): AppDeps {
  if (!input.search) {
    const opened = openSearch(input.store, { log: (m) => console.log(`search: ${m}`) });
    Object.assign(input, { search: opened.service, semantic: opened.semantic });
  }
  return input as AppDeps;
}

/** The whole site: middleware, then the API, feeds and pages; errors mapped in one place. */
export function createApp(input: AppInput): Hono {
  const deps = withSearch(input);
  const app = new Hono();
  registerMiddleware(app, deps);
  registerAccounts(app, deps);
  registerRecommendations(app, deps);
  registerApi(app, deps);
  registerFeeds(app, deps);
  registerPages(app, deps);
  registerDigestRoutes(app, deps, { requireAdmin: deps.requireAdmin ?? requireRole('admin'), mailer: deps.mailer, secret: deps.linkSecret });
  // Submitting by arXiv id: any signed-in reader or API token, named by display name (never the email).
  const arxiv = harvestSettings(loadConfig());
  registerSubmitRoute(app, deps, (c) => {
    const user = currentUser(c);
    return user ? (user.displayName.trim() || `user ${user.id}`) : null;
  }, { apiUrl: deps.arxivApiUrl ?? arxiv.apiUrl, userAgent: arxiv.userAgent });
  registerHarvestAdmin(app, deps, deps.requireAdmin ?? requireRole('admin'), harvestAdminInfo);
  app.notFound((c) => handleNotFound(c, deps));
  app.onError((err, c) => handleError(err, c, deps));
  return app;
}
