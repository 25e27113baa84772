import type { Context, Hono } from 'hono';
import type { AppDeps } from '../deps.ts';
import { findPaper } from '../api/papers.ts';
import { paperMarkdown } from './paper-markdown.ts';

const MARKDOWN = 'text/markdown; charset=utf-8';

/** q-values of the media ranges in an Accept header (a missing q is 1). */
function acceptQ(accept: string): Map<string, number> {
  const q = new Map<string, number>();
  for (const part of accept.split(',')) {
    const [range, ...params] = part.trim().toLowerCase().split(';').map((s) => s.trim());
    const qp = params.find((p) => p.startsWith('q='));
    const value = qp ? Number(qp.slice(2)) : 1;
    if (range) q.set(range, Number.isFinite(value) ? value : 0);
  }
  return q;
}

/**
 * True when the client asks for Markdown by name at least as strongly as for HTML. Wildcards count
 * for HTML only: a browser's `* / *` means "anything", and HTML is the page's first form.
 */
export function prefersMarkdown(accept: string | undefined): boolean {
  if (!accept || !accept.toLowerCase().includes('text/markdown')) return false;
  const q = acceptQ(accept);
  const md = q.get('text/markdown') ?? 0;
  const html = Math.max(q.get('text/html') ?? 0, q.get('text/*') ?? 0, q.get('*/*') ?? 0);
  return md > 0 && md >= html;
}

async function sendMarkdown(c: Context, deps: AppDeps, id: string): Promise<Response> {
  const paper = await findPaper(deps, id);
  return c.body(paperMarkdown(paper, deps.baseUrl), 200, { 'Content-Type': MARKDOWN });
}

/**
 * /papers/{id}.md, and /papers/{id} for `Accept: text/markdown`. Registered before the HTML
 * pages, so the Accept case is a middleware that answers or hands on to the page route; either
 * way the response varies by Accept and says so.
 */
export function registerMarkdown(app: Hono, deps: AppDeps): void {
  app.get('/papers/:file{.+\\.md}', (c) => sendMarkdown(c, deps, c.req.param('file').slice(0, -3)));
  app.use('/papers/:id', async (c, next) => {
    if ((c.req.method === 'GET' || c.req.method === 'HEAD') && prefersMarkdown(c.req.header('Accept'))) {
      c.res = await sendMarkdown(c, deps, c.req.param('id'));
    } else {
      await next();
    }
    c.res.headers.append('Vary', 'Accept');
  });
}
