/** Addresses of every feed, shared by the pages (for <link rel=alternate>) and the feed routes. */
export type FeedFormat = 'rss' | 'atom' | 'json';
export const FEED_FORMATS: FeedFormat[] = ['rss', 'atom', 'json'];

export type FeedSubject =
  | { kind: 'daily' }
  | { kind: 'trending' }
  | { kind: 'category'; name: string }
  | { kind: 'author'; name: string }
  | { kind: 'org'; name: string }
  | { kind: 'search'; query: string };

const EXT: Record<FeedFormat, string> = { rss: 'rss', atom: 'atom', json: 'json' };
export const FEED_MIME: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

/** e.g. /feeds/daily.rss, /feeds/categories/cs.AR.atom, /feeds/search.json?q=kernels */
export function feedUrl(subject: FeedSubject, format: FeedFormat): string {
  const ext = EXT[format];
  switch (subject.kind) {
    case 'daily': return `/feeds/daily.${ext}`;
    case 'trending': return `/feeds/trending.${ext}`;
    case 'category': return `/feeds/categories/${encodeURIComponent(subject.name)}.${ext}`;
    case 'author': return `/feeds/authors/${encodeURIComponent(subject.name)}.${ext}`;
    case 'org': return `/feeds/orgs/${encodeURIComponent(subject.name)}.${ext}`;
    case 'search': return `/feeds/search.${ext}?q=${encodeURIComponent(subject.query)}`;
  }
}
