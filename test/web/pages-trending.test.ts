import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trendingPapers } from '../../src/papers/trending.ts';
import { get, pagesFixture, tags } from '../helpers/web-pages.ts';

const f = await pagesFixture();

test('trending ranks papers by the trending score, and each card shows its score and why', async () => {
  const { status, html } = await get(f.app, '/trending');
  assert.equal(status, 200);
  const { items } = await trendingPapers(f.store, f.deps.now());
  const shown = tags(html).filter((t) => t.attrs.has('data-card-link')).map((t) => t.attrs.get('href'));
  assert.deepEqual(shown, items.slice(0, 30).map((t) => `/papers/${t.paper.id}`));
  const first = items[0].trending;
  // On hover (the title attribute) and in the opened detail.
  const summary = tags(html).find((t) => t.name === 'summary' && t.attrs.has('title'));
  assert.equal(summary?.attrs.get('title'), first.explanation);
  assert.ok(html.includes(`<code>${first.explanation}</code>`));
  assert.match(html, new RegExp(`Score ${first.score.toPrecision(3).replace('.', '\\.')}`));
  assert.match(html, /<span class="rank">#1<\/span>/);
});

test('trending explains its formula with the constants in use, and links its feed', async () => {
  const { html } = await get(f.app, '/trending');
  assert.match(html, /score = \(upvotes \+ 0\.5 × comments \+ 1\) \/ \(age in hours \+ 2\)<sup>1\.5<\/sup>/);
  assert.ok(tags(html).some((t) => t.name === 'link' && t.attrs.get('href') === 'https://paperboy.test/feeds/trending.atom'));
  const nav = tags(html).find((t) => t.name === 'a' && t.attrs.get('aria-current') === 'page');
  assert.equal(nav?.attrs.get('href'), '/trending');
});

test('trending pages past the end are 404, bad pages 400', async () => {
  assert.equal((await get(f.app, '/trending?page=2')).status, 200);
  assert.equal((await get(f.app, '/trending?page=9')).status, 404);
  assert.equal((await get(f.app, '/trending?page=x')).status, 400);
});
