import { test } from 'node:test';
import assert from 'node:assert/strict';
import { get, hrefs, pagesFixture, PROLIFIC, tags } from '../helpers/web-pages.ts';

const f = await pagesFixture();
const titles = (html: string) => [...html.matchAll(/data-card-link="true">([^<]+)</g)].map((m) => m[1]);
const rel = (html: string, r: string) => tags(html).find((t) => t.name === 'a' && t.attrs.get('rel') === r)?.attrs.get('href');

test('an author page lists their papers newest first, 25 a page, with rel=prev/next', async () => {
  const path = `/authors/${encodeURIComponent(PROLIFIC)}`;
  const one = await get(f.app, path);
  assert.equal(one.status, 200);
  assert.match(one.html, /<h1>Grace Hopper<\/h1>/);
  assert.match(one.html, /30 papers, newest first/);
  assert.equal(titles(one.html).length, 25);
  assert.deepEqual(titles(one.html).slice(0, 2), ['Compiler Notes 29', 'Compiler Notes 28']);
  assert.equal(rel(one.html, 'prev'), undefined);
  assert.equal(rel(one.html, 'next'), `${path}?page=2`);
  const two = await get(f.app, `${path}?page=2`);
  assert.equal(titles(two.html).length, 5);
  assert.equal(titles(two.html).at(-1), 'Compiler Notes 0');
  assert.equal(rel(two.html, 'prev'), path);
  assert.equal(rel(two.html, 'next'), undefined);
  assert.match(two.html, /<link rel="canonical" href="https:\/\/paperboy.test\/authors\/Grace%20Hopper\?page=2"\/>/);
  assert.equal((await get(f.app, `${path}?page=3`)).status, 404);
  for (const bad of ['0', '-1', 'two', '1e3', '99999']) assert.equal((await get(f.app, `${path}?page=${bad}`)).status, 400, bad);
});

test('author addresses ignore case and accents, but show the name as written', async () => {
  const { status, html } = await get(f.app, '/authors/grace%20HOPPER');
  assert.equal(status, 200);
  assert.match(html, /<h1>Grace Hopper<\/h1>/);
  const godel = await get(f.app, '/authors/Kurt%20Godel');
  assert.equal(godel.status, 200);
  assert.match(godel.html, /<h1>Kurt Gödel<\/h1>/);
});

test('unknown authors, organizations and categories are 404s', async () => {
  for (const path of ['/authors/Nobody%20At%20All', '/orgs/No%20Such%20Lab', '/categories/xx.YY']) {
    const { status, html } = await get(f.app, path);
    assert.equal(status, 404, path);
    assert.match(html, /<main id="main"/);
  }
});

test('organization and category pages list their papers newest first with their feeds', async () => {
  const org = await get(f.app, '/orgs/Paperboy%20Lab');
  assert.equal(org.status, 200);
  assert.match(org.html, /15 papers, newest first/);
  assert.equal(titles(org.html)[0].startsWith('Day 3'), true);
  assert.ok(tags(org.html).some((t) => t.name === 'link' && t.attrs.get('href') === 'https://paperboy.test/feeds/orgs/Paperboy%20Lab.atom'));
  const cat = await get(f.app, '/categories/cs.PL');
  assert.equal(cat.status, 200);
  assert.match(cat.html, /<h1>cs.PL<\/h1>/);
  assert.ok(tags(cat.html).some((t) => t.name === 'link' && t.attrs.get('href') === 'https://paperboy.test/feeds/categories/cs.PL.rss'));
  assert.ok(hrefs(cat.html).includes('/feeds/categories/cs.PL.json'), 'visible subscribe links');
  const author = await get(f.app, `/authors/${encodeURIComponent(PROLIFIC)}`);
  assert.ok(tags(author.html).some((t) => t.name === 'link' && t.attrs.get('href') === 'https://paperboy.test/feeds/authors/Grace%20Hopper.rss'));
});

test('names with slashes and quotes survive the round trip through their address', async () => {
  const { status, html } = await get(f.app, `/authors/${encodeURIComponent('Eve "Quote" O\'Neil')}`);
  assert.equal(status, 200);
  assert.match(html, /<h1>Eve &quot;Quote&quot; O&#39;Neil<\/h1>/);
  const home = await get(f.app, '/');
  assert.ok(hrefs(home.html).includes('/orgs/R%26D%20%2F%20Labs'), 'the card links the encoded name');
  const org = await get(f.app, '/orgs/R%26D%20%2F%20Labs');
  assert.equal(org.status, 200);
  assert.match(org.html, /<h1>R&amp;D \/ Labs<\/h1>/);
  assert.match(org.html, /3 papers/);
});
