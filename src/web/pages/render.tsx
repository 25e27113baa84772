import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppDeps } from '../deps.ts';
import { Layout } from '../components/layout.tsx';
import type { PageMeta } from '../view/meta.ts';

/** Renders a page inside the site layout, with the doctype hono/jsx does not write. */
export async function renderPage(c: Context, deps: AppDeps, meta: PageMeta, body: Child, status: 200 | 400 | 404 | 500 = 200): Promise<Response> {
  const html = await (<Layout meta={meta} baseUrl={deps.baseUrl}>{body}</Layout>).toString();
  return c.html(`<!doctype html>${html}`, status);
}
