import type { Paper } from '../../core/paper.ts';
import { trendingPapers } from '../../papers/trending.ts';
import type { AppDeps } from '../deps.ts';
import { feedItem, newestDate, type DateBasis, type FeedDoc } from './model.ts';
import { feedUrl, type FeedFormat, type FeedSubject } from './urls.ts';

/** Items per feed: a day of papers fits; readers keep what they saw before. */
export const FEED_SIZE = 50;
/** A daily feed carries the whole day, up to Hugging Face's own page size cap. */
export const DAILY_FEED_SIZE = 100;

interface Loaded {
  title: string;
  description: string;
  /** The page the feed follows, relative to the site. */
  page: string;
  papers: Paper[];
  basis: DateBasis;
}

const enc = encodeURIComponent;

/**
 * The papers of a feed and what to call it. Unknown names (an author, category or organization
 * with no papers) give an empty feed rather than a 404: a reader subscribed to a new category
 * keeps the subscription until papers arrive, where a 404 would make it give up.
 */
async function load(subject: FeedSubject, deps: AppDeps, date?: string): Promise<Loaded> {
  const { store } = deps;
  const list = (q: { category?: string; author?: string; organization?: string }) =>
    store.listPapers({ ...q, order: 'published_desc', limit: FEED_SIZE }).then((r) => r.items);
  switch (subject.kind) {
    case 'daily': {
      const day = date ?? (await store.latestDailyDate());
      const papers = day
        ? (await store.dailyPapers({ from: day, to: day, order: 'upvotes', limit: DAILY_FEED_SIZE, offset: 0 })).items
        : [];
      return { title: `Paperboy: daily papers${day ? ` of ${day}` : ''}`, description: 'The papers of the day, most upvoted first.', page: date ? `/date/${date}` : '/', papers, basis: 'daily' };
    }
    case 'trending': {
      const { items } = await trendingPapers(store, deps.now());
      return { title: 'Paperboy: trending papers', description: 'Papers ranked by time-decayed upvotes.', page: '/trending', papers: items.slice(0, FEED_SIZE).map((t) => t.paper), basis: 'daily' };
    }
    case 'category':
      return { title: `Paperboy: ${subject.name}`, description: `The newest papers in ${subject.name}.`, page: `/categories/${enc(subject.name)}`, papers: await list({ category: subject.name }), basis: 'published' };
    case 'author':
      return { title: `Paperboy: papers by ${subject.name}`, description: `The newest papers by ${subject.name}.`, page: `/authors/${enc(subject.name)}`, papers: await list({ author: subject.name }), basis: 'published' };
    case 'org':
      return { title: `Paperboy: papers from ${subject.name}`, description: `The newest papers from ${subject.name}.`, page: `/orgs/${enc(subject.name)}`, papers: await list({ organization: subject.name }), basis: 'published' };
    case 'search': {
      const hits = await store.search({ query: subject.query, limit: FEED_SIZE, offset: 0 });
      return { title: `Paperboy: search for ${subject.query}`, description: `Papers matching ${subject.query}, best first.`, page: `/search?q=${enc(subject.query)}`, papers: hits.items.map((h) => h.paper), basis: 'published' };
    }
  }
}

/** Builds the feed for a subject in a format; `date` picks a day for the daily feed. */
export async function buildFeed(subject: FeedSubject, format: FeedFormat, deps: AppDeps, date?: string): Promise<FeedDoc> {
  const loaded = await load(subject, deps, date);
  const base = deps.baseUrl;
  const items = loaded.papers.map((p) => feedItem(p, `${base}/papers/${enc(p.id)}`, loaded.basis));
  const self = feedUrl(subject, format) + (date ? `?date=${date}` : '');
  return {
    title: loaded.title,
    description: loaded.description,
    homeUrl: `${base}${loaded.page}`,
    selfUrl: `${base}${self}`,
    updated: newestDate(items, deps.now()),
    items,
  };
}
