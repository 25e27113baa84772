import type { Hono } from 'hono';
import type { AppDeps } from '../deps.ts';
import { authMiddleware } from './auth-middleware.ts';
import { registerAccountApi } from './api.ts';
import { registerAuthPages } from '../pages/accounts/auth-pages.tsx';
import { registerSettings } from '../pages/accounts/settings.tsx';
import { registerComments } from './comments-routes.tsx';
import { registerCollectionsApi } from './collections-api.ts';
import { registerCollectionPages } from '../pages/accounts/collections.tsx';
import { registerAdmin } from '../pages/accounts/admin.tsx';
import { registerClaims } from './claims-routes.tsx';

export { currentUser, currentAuth, requireUser, requireRole, accountsFor } from './context.ts';

/**
 * Accounts on the site: the middleware that resolves who is asking and enforces CSRF (for every
 * route registered after it), the account pages, and the account and upvote API.
 */
export function registerAccounts(app: Hono, deps: AppDeps): void {
  app.use('*', authMiddleware(deps));
  registerAccountApi(app, deps);
  registerAuthPages(app, deps);
  registerSettings(app, deps);
  registerComments(app, deps);
  registerCollectionsApi(app, deps);
  registerCollectionPages(app, deps);
  registerAdmin(app, deps);
  registerClaims(app, deps);
}
