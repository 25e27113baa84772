import { feedUrl, type FeedSubject } from '../feeds/urls.ts';
import { ICONS } from './icons.tsx';

/** A feed's human name, used in <link title> and the visible subscribe links. */
export function feedTitle(s: FeedSubject): string {
  switch (s.kind) {
    case 'daily': return 'Paperboy daily papers';
    case 'trending': return 'Paperboy trending papers';
    case 'category': return `Papers in ${s.name}`;
    case 'author': return `Papers by ${s.name}`;
    case 'org': return `Papers from ${s.name}`;
    case 'search': return `Papers matching “${s.query}”`;
  }
}

/** Visible "Subscribe: RSS · Atom · JSON" links for a page that has a feed. */
export function FeedLinks({ feed }: { feed: FeedSubject }) {
  return (
    <p class="feed-links">
      {ICONS.feed}
      <span>Subscribe</span>
      <a href={feedUrl(feed, 'rss')}>RSS</a>
      <a href={feedUrl(feed, 'atom')}>Atom</a>
      <a href={feedUrl(feed, 'json')}>JSON</a>
    </p>
  );
}
