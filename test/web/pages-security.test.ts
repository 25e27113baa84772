import { test } from 'node:test';
import assert from 'node:assert/strict';
import { get, hrefs, HOSTILE, pagesFixture, scriptVectors, tags } from '../helpers/web-pages.ts';

const f = await pagesFixture();
const hostileAuthor = HOSTILE.authors![0];

/** Every page the hostile paper shows up on. */
const PAGES = [
  '/', '/date/2025-01-16', '/week/2025-W03', '/month/2025-01', '/trending', '/papers/2501.06666',
  '/search?q=attacks', `/authors/${encodeURIComponent(hostileAuthor)}`, `/orgs/${encodeURIComponent(HOSTILE.organization!)}`,
  `/categories/${encodeURIComponent(HOSTILE.categories![1])}`, '/categories/cs.CR',
];

test('the test helper catches what it must (a canary for the checks below)', () => {
  assert.deepEqual(scriptVectors('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><a title="x onerror=y">ok</a>'), []);
  assert.equal(scriptVectors('<img src=x onerror=alert(1)>').length, 1);
  assert.equal(scriptVectors('<a href="jav&#x61;script:alert(1)">x</a>').length, 1);
  assert.equal(scriptVectors('<a href=" JAVASCRIPT:alert(1)">x</a>').length, 1);
  assert.equal(scriptVectors('<script>alert(1)</script>').length, 2);
});

test('hostile titles, abstracts, authors, organizations and categories cannot run script anywhere', async () => {
  for (const path of PAGES) {
    const { status, html } = await get(f.app, path);
    assert.equal(status, 200, path);
    assert.deepEqual(scriptVectors(html), [], path);
    assert.doesNotMatch(html, /<script>|<img src=x|<svg onload|<b onmouseover/i, path);
  }
});

test('the hostile text is shown, escaped, not dropped', async () => {
  const { html } = await get(f.app, '/papers/2501.06666');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; Attacks on'));
  assert.ok(html.includes('We inject &lt;img src=x onerror=alert(1)&gt; and &lt;script&gt;alert(2)&lt;/script&gt;'));
  assert.ok(html.includes('&lt;b onmouseover=alert(9)&gt;Evil Org&lt;/b&gt;'));
});

test('LaTeX \\href and \\url with javascript: render as inert text, never links', async () => {
  const { html } = await get(f.app, '/papers/2501.06666');
  const start = html.indexOf('<section class="abstract"');
  const abstract = html.slice(start, html.indexOf('</section>', start));
  assert.match(abstract, /class="katex"/);
  assert.match(abstract, /\\href/);
  for (const h of hrefs(html)) assert.doesNotMatch(h, /^\s*javascript:/i, h);
  assert.equal(tags(abstract).filter((t) => t.name === 'a' && /alert/.test(t.attrs.get('href') ?? '')).length, 0);
});

test('only http(s) code and project links are linked; bare URLs cannot break out of their attribute', async () => {
  const { html } = await get(f.app, '/papers/2501.06666');
  const links = hrefs(html);
  assert.ok(links.includes('https://github.com/good/repo'));
  assert.ok(!links.some((h) => /alert\((11|12)\)/.test(h)), 'javascript: code and project links are dropped');
  assert.doesNotMatch(html, /Project page/);
  const fake = tags(html).find((t) => t.name === 'a' && (t.attrs.get('href') ?? '').startsWith('https://example.org/'));
  assert.equal(fake?.attrs.get('href'), 'https://example.org/', 'the URL stops at the quote');
  assert.ok(![...fake!.attrs.keys()].some((k) => k.startsWith('on')));
});

test('every page loads script only from our own static file', async () => {
  for (const path of PAGES.slice(0, 6)) {
    const { html } = await get(f.app, path);
    const scripts = tags(html).filter((t) => t.name === 'script');
    assert.equal(scripts.length, 1, path);
    assert.match(scripts[0].attrs.get('src') ?? '', /^\/static\/app\.[0-9a-f]{12}\.js$/);
  }
});
