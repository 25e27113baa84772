import type { FeedSubject } from '../feeds/urls.ts';

/** The header nav items; a page names the one it belongs to. */
export type NavItem = 'daily' | 'weekly' | 'monthly' | 'trending' | 'search' | 'results';

/** What the layout needs to know about a page: its head tags and which nav item is current. */
export interface PageMeta {
  /** The page's own title; the layout adds " · Paperboy". */
  title: string;
  description: string;
  /** Canonical path (and query), e.g. /papers/2401.12345; made absolute with deps.baseUrl. */
  path: string;
  ogType?: 'website' | 'article';
  /** The feed this page has, linked with <link rel=alternate> in RSS, Atom and JSON Feed. */
  feed?: FeedSubject;
  nav?: NavItem;
  /** The current search, to keep it in the header search box. */
  query?: string;
  /** Search result pages stay out of search engines. */
  noindex?: boolean;
  /** More <link rel=alternate> entries (e.g. the Markdown rendering of a paper). */
  alternates?: Array<{ type: string; href: string; title: string }>;
}
