import type { Paper } from '../../core/paper.ts';
import { httpUrl } from '../api/presenters.ts';
import { htmlEscape } from './xml.ts';

/** One feed, whatever its format: built once from papers, then written as RSS, Atom or JSON. */
export interface FeedDoc {
  title: string;
  description: string;
  /** Absolute address of the page the feed follows. */
  homeUrl: string;
  /** Absolute address of this feed (its format's own). */
  selfUrl: string;
  updated: Date;
  items: FeedItem[];
}

export interface FeedItem {
  /** Absolute address of the paper's page; also its permanent id. */
  url: string;
  title: string;
  /** The abstract as plain text. */
  summary: string;
  /** The abstract and links as an HTML fragment, every imported string escaped. */
  html: string;
  date: Date | null;
  authors: string[];
  categories: string[];
  /** The arXiv abstract page, when there is one. */
  externalUrl?: string;
}

/**
 * Feeds name at most this many authors per item: collaboration papers list thousands, which
 * would bloat every reader's copy of the feed; the paper's page has them all.
 */
export const MAX_FEED_AUTHORS = 25;

/** Which date an item is filed under: the day it entered the daily feed, or its publication. */
export type DateBasis = 'daily' | 'published';

const asDate = (day: string | null): Date | null => {
  if (!day) return null;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T00:00:00Z` : day);
  return Number.isNaN(ms) ? null : new Date(ms);
};

function itemHtml(p: Paper): string {
  const links = [
    ['arXiv', httpUrl(p.links.arxiv)],
    ['PDF', httpUrl(p.links.pdf)],
    ['Code', p.links.code.map(httpUrl).find(Boolean)],
    ['Project page', httpUrl(p.links.project)],
  ].filter((l): l is [string, string] => Boolean(l[1]))
    .map(([label, href]) => `<a href="${htmlEscape(href)}">${label}</a>`);
  const paragraphs = p.abstract.split(/\n\s*\n/).filter((s) => s.trim()).map((s) => `<p>${htmlEscape(s.trim())}</p>`);
  const authors = p.authors.length ? [`<p>${htmlEscape(p.authors.slice(0, MAX_FEED_AUTHORS).join(', '))}</p>`] : [];
  return [...authors, ...paragraphs, ...(links.length ? [`<p>${links.join(' · ')}</p>`] : [])].join('');
}

/** A feed item for a paper; `paperUrl` is the absolute address of its page. */
export function feedItem(p: Paper, paperUrl: string, basis: DateBasis): FeedItem {
  const date = basis === 'daily'
    ? asDate(p.submittedOnDailyAt) ?? asDate(p.publishedAt)
    : asDate(p.publishedAt) ?? asDate(p.submittedOnDailyAt);
  return {
    url: paperUrl,
    title: p.title,
    summary: p.abstract,
    html: itemHtml(p),
    date,
    authors: p.authors.slice(0, MAX_FEED_AUTHORS),
    categories: p.categories,
    externalUrl: httpUrl(p.links.arxiv),
  };
}

/** The feed's last-updated time: its newest item, else `fallback` (for an empty feed). */
export function newestDate(items: FeedItem[], fallback: Date): Date {
  const times = items.map((i) => i.date?.getTime() ?? 0).filter((t) => t > 0);
  return times.length ? new Date(Math.max(...times)) : fallback;
}
