import { test } from 'node:test';
import assert from 'node:assert/strict';
import { get, hrefs, pagesFixture, scriptVectors, tags } from '../helpers/web-pages.ts';

const f = await pagesFixture();
const titles = (html: string) => [...html.matchAll(/data-card-link="true">([^<]+)</g)].map((m) => m[1]);

test('search finds papers through the full-text index, 20 a page', async () => {
  const one = await get(f.app, '/search?q=sparse%20kernels');
  assert.equal(one.status, 200);
  assert.match(one.html, /30 papers found, best matches first/);
  assert.equal(titles(one.html).length, 20);
  const next = tags(one.html).find((t) => t.attrs.get('rel') === 'next')?.attrs.get('href');
  assert.equal(next, '/search?q=sparse+kernels&page=2');
  const two = await get(f.app, next!);
  assert.equal(titles(two.html).length, 10);
  assert.equal((await get(f.app, '/search?q=sparse+kernels&page=3')).status, 404);
});

test('the search box keeps the query, and result pages link the search feed but stay out of indexes', async () => {
  const { html } = await get(f.app, '/search?q=compiler');
  const box = tags(html).find((t) => t.name === 'input' && t.attrs.get('id') === 'site-search');
  assert.equal(box?.attrs.get('value'), 'compiler');
  assert.ok(tags(html).some((t) => t.name === 'link' && t.attrs.get('href') === 'https://paperboy.test/feeds/search.rss?q=compiler'));
  assert.match(html, /<meta name="robots" content="noindex"\/>/);
  assert.ok(hrefs(html).some((h) => h.startsWith('/papers/2412.')));
});

test('an empty search shows how to search; no match says so', async () => {
  const empty = await get(f.app, '/search');
  assert.equal(empty.status, 200);
  assert.match(empty.html, /Search papers/);
  assert.match(empty.html, /exact phrase/);
  const none = await get(f.app, '/search?q=zzyzx');
  assert.equal(none.status, 200);
  assert.match(none.html, /No papers match this search/);
});

test('hostile and oversized queries', async () => {
  const hostile = await get(f.app, `/search?q=${encodeURIComponent('"><script>alert(1)</script> OR title:*')}`);
  assert.equal(hostile.status, 200);
  assert.deepEqual(scriptVectors(hostile.html), []);
  assert.equal((await get(f.app, `/search?q=${'a'.repeat(251)}`)).status, 400);
  assert.equal((await get(f.app, '/search?q=x&page=nope')).status, 400);
});
