import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../deps.ts';
import { dateParam, parseParams, textParam } from '../api/params.ts';
import { invalidArgument } from '../../errors.ts';
import { renderAtom, renderJsonFeed, renderRss } from './render.ts';
import { buildFeed } from './sources.ts';
import { FEED_FORMATS, FEED_MIME, type FeedFormat, type FeedSubject } from './urls.ts';

const RENDER: Record<FeedFormat, (doc: Awaited<ReturnType<typeof buildFeed>>) => string> = {
  rss: renderRss,
  atom: renderAtom,
  json: renderJsonFeed,
};

/** Splits "cs.AR.atom" into the name "cs.AR" and the format "atom"; null for other extensions. */
export function splitFeedFile(file: string): { name: string; format: FeedFormat } | null {
  const dot = file.lastIndexOf('.');
  const format = file.slice(dot + 1) as FeedFormat;
  if (dot <= 0 || !FEED_FORMATS.includes(format)) return null;
  return { name: file.slice(0, dot), format };
}

const DailyFeedParams = z.object({ date: dateParam.optional() });
const SearchFeedParams = z.object({ q: textParam(250) });
/** Names come from the path; longer than any real author, category or organization is a mistake. */
const MAX_NAME = 200;

async function send(c: Context, deps: AppDeps, subject: FeedSubject, format: FeedFormat, date?: string): Promise<Response> {
  const doc = await buildFeed(subject, format, deps, date);
  return c.body(RENDER[format](doc), 200, { 'Content-Type': `${FEED_MIME[format]}; charset=utf-8` });
}

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 under /feeds, at the addresses feedUrl() gives: daily
 * (newest day, or ?date=), trending, search (?q=), and per category, author and organization.
 * An unknown extension is a 404; a name with no papers is an empty, valid feed (see sources.ts).
 */
export function registerFeeds(app: Hono, deps: AppDeps): void {
  app.get('/feeds/:file', async (c, next) => {
    const split = splitFeedFile(c.req.param('file'));
    if (!split) return next();
    const { name, format } = split;
    if (name === 'daily') {
      const q = parseParams(DailyFeedParams, c.req.query());
      return send(c, deps, { kind: 'daily' }, format, q.date);
    }
    if (name === 'trending') return send(c, deps, { kind: 'trending' }, format);
    if (name === 'search') return send(c, deps, { kind: 'search', query: parseParams(SearchFeedParams, c.req.query()).q }, format);
    return next();
  });

  const named = (path: string, kind: 'category' | 'author' | 'org', parameter: string) =>
    app.get(path, async (c, next) => {
      const split = splitFeedFile(c.req.param('file') ?? '');
      if (!split) return next();
      const name = split.name.trim();
      if (!name || name.length > MAX_NAME) throw invalidArgument(parameter, `${parameter} must be 1 to ${MAX_NAME} characters`);
      return send(c, deps, { kind, name } as FeedSubject, split.format);
    });
  named('/feeds/categories/:file', 'category', 'category');
  named('/feeds/authors/:file', 'author', 'author');
  named('/feeds/orgs/:file', 'org', 'org');
}
