import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/db/store.ts';
import { createApp } from '../../src/web/app.ts';
import { get, pagesFixture, tags } from '../helpers/web-pages.ts';

const f = await pagesFixture();

/** Every kind of page, and whether it has a feed. */
const PAGES: Array<[string, boolean]> = [
  ['/', true], ['/date/2025-01-14', true], ['/week/2025-W03', true], ['/month/2025-01', true], ['/trending', true],
  ['/papers/2501.07777', false], ['/authors/Grace%20Hopper', true], ['/orgs/Paperboy%20Lab', true], ['/categories/cs.LG', true],
  ['/search?q=kernels', true], ['/search', false], ['/no/such/page', false], ['/date/2025-13-40', false],
];

const meta = (html: string, key: string) =>
  tags(html).find((t) => t.name === 'meta' && (t.attrs.get('property') === key || t.attrs.get('name') === key))?.attrs.get('content');

test('every page has the landmarks, skip link, labelled search and language', async () => {
  for (const [path] of PAGES) {
    const { html } = await get(f.app, path);
    assert.ok(html.startsWith('<!doctype html><html lang="en">'), path);
    const all = tags(html);
    const first = all.find((t) => t.name === 'a');
    assert.equal(first?.attrs.get('href'), '#main', `${path}: the skip link comes first`);
    for (const name of ['header', 'nav', 'main', 'footer']) assert.ok(all.some((t) => t.name === name), `${path}: <${name}>`);
    assert.ok(all.some((t) => t.name === 'main' && t.attrs.get('id') === 'main'));
    const input = all.find((t) => t.name === 'input' && t.attrs.get('name') === 'q');
    assert.ok(all.some((t) => t.name === 'label' && t.attrs.get('for') === input?.attrs.get('id')), `${path}: search is labelled`);
    for (const img of all.filter((t) => t.name === 'img')) assert.ok(img.attrs.has('alt'), `${path}: alt text`);
    assert.equal(all.filter((t) => t.name === 'h1').length, 1, `${path}: one h1`);
  }
});

test('every page has a useful title, description, canonical link and Open Graph tags with absolute URLs', async () => {
  const titles = new Set<string>();
  for (const [path] of PAGES) {
    const { html } = await get(f.app, path);
    const title = /<title>([^<]+)<\/title>/.exec(html)?.[1] ?? '';
    assert.match(title, /\S+ · Paperboy$|^Paperboy$/, path);
    titles.add(title);
    assert.ok((meta(html, 'description') ?? '').length > 20, `${path}: description`);
    for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name']) assert.ok(meta(html, key), `${path}: ${key}`);
    assert.match(meta(html, 'og:url') ?? '', /^https:\/\/paperboy\.test\//, path);
    assert.match(meta(html, 'og:image') ?? '', /^https:\/\/paperboy\.test\/static\//, path);
    const canonical = tags(html).find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical')?.attrs.get('href');
    assert.match(canonical ?? '', /^https:\/\/paperboy\.test\//, path);
    assert.ok(meta(html, 'viewport'), path);
  }
  assert.ok(titles.size >= PAGES.length - 2, 'titles tell pages apart');
});

test('pages with a feed link it in RSS, Atom and JSON Feed; others do not pretend', async () => {
  for (const [path, hasFeed] of PAGES) {
    const { html } = await get(f.app, path);
    const types = tags(html).filter((t) => t.name === 'link' && t.attrs.get('rel') === 'alternate').map((t) => t.attrs.get('type'));
    const feeds = types.filter((t) => t !== 'text/markdown');
    assert.deepEqual(feeds, hasFeed ? ['application/rss+xml', 'application/atom+xml', 'application/feed+json'] : [], path);
  }
});

test('an unknown address is a 404 page that looks like the site', async () => {
  const { status, html } = await get(f.app, '/nothing/here');
  assert.equal(status, 404);
  assert.match(html, /<p class="error-code">404<\/p>/);
  assert.match(html, /<header class="site-header">/);
  assert.match(html, /<footer class="site-footer">/);
});

test('when the store fails the error page still renders, and says nothing of the cause', async () => {
  const broken = new Proxy({} as Store, { get: () => async () => { throw new Error('disk on fire: /secret/path'); } });
  const app = createApp({ store: broken, baseUrl: 'https://paperboy.test', now: () => new Date() });
  const original = console.error;
  console.error = () => {};
  try {
    const { status, html } = await get(app, '/');
    assert.equal(status, 500);
    assert.match(html, /Something went wrong/);
    assert.match(html, /<header class="site-header">/);
    assert.doesNotMatch(html, /disk on fire|secret/);
  } finally {
    console.error = original;
  }
});
