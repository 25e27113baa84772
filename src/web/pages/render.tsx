import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppDeps } from '../deps.ts';
import { Layout } from '../components/layout.tsx';
import type { PageMeta } from '../view/meta.ts';
import { ViewerContext, viewerOf } from '../accounts/viewer.ts';

/**
 * Renders a page inside the site layout, with the doctype hono/jsx does not write. A signed-in
 * viewer (src/web/accounts/viewer.ts) reaches the header and the cards through a JSX context.
 */
export async function renderPage(c: Context, deps: AppDeps, meta: PageMeta, body: Child, status: ContentfulStatusCode = 200): Promise<Response> {
  const viewer = await viewerOf(c, deps);
  const html = await (
    <ViewerContext.Provider value={viewer}>
      <Layout meta={meta} baseUrl={deps.baseUrl}>{body}</Layout>
    </ViewerContext.Provider>
  ).toString();
  return c.html(`<!doctype html>${html}`, status);
}
