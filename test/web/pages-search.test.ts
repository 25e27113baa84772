import { test } from 'node:test';
import assert from 'node:assert/strict';
import { get, hrefs, pagesFixture, scriptVectors, tags } from '../helpers/web-pages.ts';

const f = await pagesFixture();
const titles = (html: string) => [...html.matchAll(/data-card-link="true">([^<]+)</g)].map((m) => m[1]);

// mode=lexical: the default is now hybrid, which also ranks papers by meaning; this test is about words.
test('search finds papers through the full-text index, 20 a page', async () => {
  const one = await get(f.app, '/search?q=sparse%20kernels&mode=lexical');
  assert.equal(one.status, 200);
  assert.match(one.html, /30 papers found, best matches first/);
  assert.equal(titles(one.html).length, 20);
  const next = tags(one.html).find((t) => t.attrs.get('rel') === 'next')?.attrs.get('href');
  assert.equal(next, '/search?q=sparse+kernels&mode=lexical&page=2');
  const two = await get(f.app, next!);
  assert.equal(titles(two.html).length, 10);
  assert.equal((await get(f.app, '/search?q=sparse+kernels&mode=lexical&page=3')).status, 404);
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

test('no parameter of the search page or the similar papers, however strange, causes a 500 or runs script', async () => {
  const strange = ['', ' ', '"><script>alert(1)</script>', "'", '\u0000\u0001', 'x'.repeat(3000), '🙂', '-', '*', '"', 'true', 'on',
    '2025-02-30', '9999-99-99', '../../etc/passwd', 'javascript:alert(1)', '1e9', '-1', '0', '[]', 'NEAR(a b)', 'title:*', '\\', 'semantic'];
  const params = ['q', 'mode', 'sort', 'since', 'until', 'category', 'organization', 'author', 'has_code', 'page'];
  const paths: string[] = [];
  for (const name of params) {
    for (const value of strange) {
      const others = name === 'q' ? '' : 'q=kernels&';
      paths.push(`/search?${others}${name}=${encodeURIComponent(value)}`);
    }
  }
  for (const value of strange) paths.push(`/papers/2501.07777?similar=${encodeURIComponent(value)}`);
  // Malformed escapes, repeated and bracketed names: taken as written or ignored, never a crash.
  paths.push('/search?q=%', '/search?q=%E0%A4%A', '/search?q=a&mode=%ZZ', '/search?q[]=x', '/search?q=a&q=b&mode=lexical&mode=x',
    '/search?q=a&since=2025-02-01&until=2025-01-01', '/search?q=a&has_code=true&has_code=false', '/papers/2501.07777?similar=date&similar=x');
  for (const path of paths) {
    const { status, html } = await get(f.app, path);
    assert.ok([200, 400, 404].includes(status), `${status} for ${path.slice(0, 120)}`);
    assert.deepEqual(scriptVectors(html), [], path.slice(0, 120));
    assert.doesNotMatch(html, /<script>alert/, path.slice(0, 120));
  }
});
