import type { FeedDoc } from './model.ts';
import { cleanText, element, xmlEscape } from './xml.ts';

/**
 * The three feed formats, written by hand over xml.ts's escaping. (The `feed` package was tried:
 * it writes JSON Feed 1.0 rather than 1.1, marks Atom titles type="html" so a `<script>` in a
 * title becomes markup to readers, and passes control characters through into ill-formed XML.)
 */

const GENERATOR = 'Paperboy';

/** RSS 2.0. Authors go in dc:creator (RSS's own <author> wants an e-mail address). */
export function renderRss(feed: FeedDoc): string {
  const items = feed.items.map((item) => [
    '<item>',
    element('title', item.title),
    element('link', item.url),
    `<guid isPermaLink="true">${xmlEscape(item.url)}</guid>`,
    item.date ? element('pubDate', item.date.toUTCString()) : '',
    ...item.authors.map((a) => element('dc:creator', a)),
    ...item.categories.map((c) => element('category', c)),
    // An HTML fragment, entity-escaped once more as RSS descriptions are.
    element('description', item.html),
    '</item>',
  ].join(''));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', feed.title),
    element('link', feed.homeUrl),
    element('description', feed.description),
    `<atom:link href="${xmlEscape(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    element('lastBuildDate', feed.updated.toUTCString()),
    element('generator', GENERATOR),
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** Atom 1.0. Titles and summaries are type="text": readers show them, never parse them. */
export function renderAtom(feed: FeedDoc): string {
  const entries = feed.items.map((item) => [
    '<entry>',
    element('id', item.url),
    `<title type="text">${xmlEscape(item.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(item.url)}"/>`,
    item.externalUrl ? `<link rel="related" href="${xmlEscape(item.externalUrl)}"/>` : '',
    item.date ? element('published', item.date.toISOString()) : '',
    element('updated', (item.date ?? feed.updated).toISOString()),
    ...item.authors.map((a) => `<author>${element('name', a)}</author>`),
    ...item.categories.map((c) => `<category term="${xmlEscape(c)}"/>`),
    `<summary type="text">${xmlEscape(item.summary)}</summary>`,
    `<content type="html">${xmlEscape(item.html)}</content>`,
    '</entry>',
  ].join(''));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    element('id', feed.selfUrl),
    `<title type="text">${xmlEscape(feed.title)}</title>`,
    `<subtitle type="text">${xmlEscape(feed.description)}</subtitle>`,
    element('updated', feed.updated.toISOString()),
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(feed.selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(feed.homeUrl)}"/>`,
    // Atom wants an author on every entry; a feed-level one covers papers without authors.
    `<author>${element('name', GENERATOR)}</author>`,
    element('generator', GENERATOR),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function renderJsonFeed(feed: FeedDoc): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: cleanText(feed.title),
    home_page_url: feed.homeUrl,
    feed_url: feed.selfUrl,
    description: cleanText(feed.description),
    items: feed.items.map((item) => ({
      id: item.url,
      url: item.url,
      ...(item.externalUrl ? { external_url: item.externalUrl } : {}),
      title: cleanText(item.title),
      content_text: cleanText(item.summary),
      content_html: item.html,
      ...(item.date ? { date_published: item.date.toISOString() } : {}),
      ...(item.authors.length ? { authors: item.authors.map((name) => ({ name: cleanText(name) })) } : {}),
      ...(item.categories.length ? { tags: item.categories.map(cleanText) } : {}),
    })),
  });
}
