import type { Hono } from 'hono';
import { feedItem, newestDate } from '../feeds/model.ts';
import { renderAtom, renderJsonFeed, renderRss } from '../feeds/render.ts';
import { htmlEscape } from '../feeds/xml.ts';
import { FEED_MIME } from '../feeds/urls.ts';
import type { AppDeps } from '../deps.ts';
import { recommendationsFor } from './context.ts';
import { whyText } from './present.ts';

/** Items in the private feed. */
export const RSS_ITEMS = 30;
const RENDER = { xml: ['rss', renderRss], atom: ['atom', renderAtom], json: ['json', renderJsonFeed] } as const;

/**
 * A reader's For you feed at a secret address, /feeds/for-you/<secret>.xml (also .atom and .json),
 * for feed readers that cannot sign in. The address is the capability: only its SHA-256 is stored,
 * the reader sees it once and can replace it (the old one then answers 404, like any unknown one).
 */
export function registerRecommendationsRss(app: Hono, deps: AppDeps): void {
  app.get('/feeds/for-you/:file', async (c, next) => {
    const m = /^(rss_[A-Za-z0-9_-]{43})\.(xml|atom|json)$/.exec(c.req.param('file'));
    if (!m) return next();
    const s = recommendationsFor(deps);
    const user = await s.readerOfFeed(m[1]!);
    if (!user) return next();
    const feed = await s.feed(user, { limit: RSS_ITEMS, offset: 0 });
    const base = deps.baseUrl;
    const items = feed.items.map((i) => {
      const item = feedItem(i.paper, `${base}/papers/${encodeURIComponent(i.paper.id)}`, 'published');
      const why = whyText(i);
      return why ? { ...item, html: `<p><em>Why: ${htmlEscape(why)}</em></p>${item.html}` } : item;
    });
    const [format, render] = RENDER[m[2] as keyof typeof RENDER];
    const doc = {
      title: 'Paperboy: for you', description: 'New papers ranked for you, each with why.', homeUrl: `${base}/for-you`,
      selfUrl: `${base}/feeds/for-you/${m[1]}.${m[2]}`, updated: newestDate(items, deps.now()), items,
    };
    // Personal: never cached by a shared cache, never indexed.
    return c.body(render(doc), 200, { 'Content-Type': `${FEED_MIME[format]}; charset=utf-8`, 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' });
  });
}
