import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchService } from '../../src/search/service.ts';
import { createApp } from '../../src/web/app.ts';
import { webApp, webFixture } from '../helpers/web-api.ts';
import { get, pagesFixture, scriptVectors, tags } from '../helpers/web-pages.ts';
import { topicCorpus } from '../helpers/web-search.ts';

const topics = await webApp([...webFixture(), ...topicCorpus()]);
const bare = await webApp([...webFixture(), ...topicCorpus()], { index: false });
const f = await pagesFixture();

const page = (path: string, app = topics.app) => get(app, path);
const attr = (html: string, name: string, key: string, value: string) =>
  tags(html).find((t) => t.name === name && t.attrs.get(key) === value);
const current = (html: string, label: string) =>
  tags(html).filter((t) => t.name === 'nav' && t.attrs.get('aria-label') === label).length === 1;
/** The href of the link with this text, and whether it is marked current. */
function link(html: string, text: string): { href: string; current: boolean } | undefined {
  const m = html.match(new RegExp(`(<a [^>]*>)${text}</a>`));
  const a = m ? tags(m[1]!)[0] : undefined;
  return a ? { href: a.attrs.get('href') ?? '', current: a.attrs.get('aria-current') === 'true' } : undefined;
}
const cardTitles = (html: string) => [...html.matchAll(/data-card-link="true">(.*?)<\/a>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

test('the mode switch: Hybrid by default, Words and Meaning as links that keep the query, sort and filters', async () => {
  const { status, html } = await page('/search?q=speech&sort=date&category=cs.CL');
  assert.equal(status, 200);
  assert.ok(current(html, 'Match by'));
  assert.deepEqual(link(html, 'Hybrid'), { href: '/search?q=speech&sort=date&category=cs.CL', current: true });
  assert.deepEqual(link(html, 'Words'), { href: '/search?q=speech&mode=lexical&sort=date&category=cs.CL', current: false });
  assert.deepEqual(link(html, 'Meaning'), { href: '/search?q=speech&mode=semantic&sort=date&category=cs.CL', current: false });
  assert.deepEqual(link(html, 'Newest'), { href: '/search?q=speech&sort=date&category=cs.CL', current: true });
  assert.deepEqual(link(html, 'Best match'), { href: '/search?q=speech&category=cs.CL', current: false });
  assert.deepEqual(link(html, 'Most upvoted'), { href: '/search?q=speech&sort=upvotes&category=cs.CL', current: false });
  assert.equal(link((await page('/search?q=speech&mode=semantic')).html, 'Meaning')?.current, true);
});

test('Meaning finds papers in other words; Words does not', async () => {
  const words = await page('/search?q=transcribing%20recordings&mode=lexical');
  assert.match(words.html, /No papers match this search/);
  const meaning = await page('/search?q=transcription%20of%20audio&mode=semantic');
  const titles = cardTitles(meaning.html).slice(0, 5);
  assert.ok(titles.length >= 3, `${titles.length} results`);
  for (const t of titles) assert.match(t, /Speech|Acoustic/);
});

test('the filters form round-trips every filter, and pager, mode and sort links keep them', async () => {
  const q = '/search?q=sparse+kernels&mode=lexical&sort=upvotes&since=2025-01-13&until=2025-01-16&category=cs.LG&has_code=false';
  const { status, html } = await page(q, f.app);
  assert.equal(status, 200);
  const form = html.slice(html.indexOf('<form class="filters-form"'), html.indexOf('</form>', html.indexOf('<form class="filters-form"')));
  const value = (name: string) => tags(form).find((t) => t.name === 'input' && t.attrs.get('name') === name)?.attrs.get('value');
  assert.equal(value('q'), 'sparse kernels');
  assert.equal(value('mode'), 'lexical');
  assert.equal(value('sort'), 'upvotes');
  assert.equal(value('since'), '2025-01-13');
  assert.equal(value('until'), '2025-01-16');
  assert.equal(value('category'), 'cs.LG');
  assert.equal(value('organization'), '');
  const chips = html.slice(html.indexOf('<ul class="filter-chips"'), html.indexOf('</ul>', html.indexOf('<ul class="filter-chips"')));
  assert.deepEqual([...chips.matchAll(/">([^<]+) <svg/g)].map((m) => m[1]), ['from 2025-01-13', 'to 2025-01-16', 'cs.LG'], 'the filters in force');
  const next = tags(html).find((t) => t.attrs.get('rel') === 'next')?.attrs.get('href');
  assert.equal(next, '/search?q=sparse+kernels&mode=lexical&sort=upvotes&since=2025-01-13&until=2025-01-16&category=cs.LG&page=2');
  assert.equal(link(html, 'Meaning')?.href, '/search?q=sparse+kernels&mode=semantic&sort=upvotes&since=2025-01-13&until=2025-01-16&category=cs.LG');
  // Each filter chip removes its own filter only.
  assert.ok(tags(html).some((t) => t.name === 'a' && t.attrs.get('href') === '/search?q=sparse+kernels&mode=lexical&sort=upvotes&until=2025-01-16&category=cs.LG'));
  const two = await page(next!, f.app);
  assert.equal(two.status, 200);
  assert.match(two.html, /Page 2 of 2/);
});

test('a checked "has code" and every other filter narrow the results, and show as set', async () => {
  const { html } = await page('/search?q=quantization&mode=lexical&has_code=true&organization=&author=', topics.app);
  assert.ok(tags(html).some((t) => t.name === 'input' && t.attrs.get('name') === 'has_code' && t.attrs.has('checked')));
  assert.match(html, /2 papers found/);
  const withOrg = await page('/search?q=speech&mode=lexical&organization=Topic+Lab&author=Author+21');
  assert.deepEqual(cardTitles(withOrg.html), ['Speech Recognition for Accented Speakers']);
  assert.equal(tags(withOrg.html).find((t) => t.name === 'input' && t.attrs.get('name') === 'author')?.attrs.get('value'), 'Author 21');
});

test('empty form fields are ignored and left out of the address', async () => {
  const { status, html } = await page('/search?q=speech&since=&until=&category=&organization=&author=');
  assert.equal(status, 200);
  assert.match(html, /<link rel="canonical" href="http:\/\/paperboy.test\/search\?q=speech"\/>/);
  assert.doesNotMatch(html, /filter-chips/, 'no filter is in force');
});

test('matched words are marked in titles and excerpts, text stays escaped, math stays typeset', async () => {
  const { html } = await page('/search?q=quantization%20kernels&mode=lexical');
  assert.match(html, /<a href="\/papers\/2502\.10000" data-card-link="true"><mark>Quantization<\/mark> <mark>Kernels<\/mark> for Low-Bit Inference on GPUs<\/a>/);
  assert.match(html, /<p class="card-snippet">We design <mark>quantization<\/mark> <mark>kernels<\/mark> that run/);
  const hostile = await page('/search?q=script%20attacks&mode=lexical', f.app);
  assert.match(hostile.html, /&lt;<mark>script<\/mark>&gt;alert\(1\)&lt;\/<mark>script<\/mark>&gt; <mark>Attacks<\/mark>/);
  assert.deepEqual(scriptVectors(hostile.html), []);
  const math = await page('/search?q=attention&mode=lexical', f.app);
  const card = math.html.slice(math.html.indexOf('href="/papers/2501.07777"'));
  assert.match(card.slice(0, card.indexOf('</a>')), /class="katex".*<mark>Attention<\/mark>/s);
});

test('an excerpt starts near the first match, cut between words, with ellipses', async () => {
  const long = await webApp([{
    arxivId: '2503.00001', title: 'A Long Abstract', authors: ['X'], categories: ['cs.LG'], publishedAt: '2025-03-01',
    abstract: `${'Lorem ipsum dolor sit amet. '.repeat(12)}Here the rare zebrafish appears with $x^2$ math. ${'Consectetur adipiscing elit. '.repeat(12)}`,
  }], { index: false });
  const { html } = await page('/search?q=zebrafish', long.app);
  const snippet = html.match(/<p class="card-snippet">(.*?)<\/p>/s)![1]!;
  assert.match(snippet, /^… Here the rare <mark>zebrafish<\/mark> appears with <span class="katex">/s, 'opens at the sentence of the match');
  assert.match(snippet, / …$/);
  assert.ok(snippet.replace(/<[^>]+>/g, '').length < 600);
});

test('meaning modes before the index is built: results by words, with a note saying so', async () => {
  for (const mode of ['semantic', 'hybrid']) {
    const { html } = await page(`/search?q=speech${mode === 'hybrid' ? '' : `&mode=${mode}`}`, bare.app);
    assert.match(html, /role="note">The search index is not built yet, so these results match your words only\./, mode);
    assert.ok(cardTitles(html).length > 0);
  }
  assert.doesNotMatch((await page('/search?q=speech&mode=lexical', bare.app)).html, /not built yet/);
  assert.doesNotMatch((await page('/search?q=speech')).html, /not built yet/);
});

test('"N papers", and "N+ papers" when the count is a lower bound', async () => {
  const exact = await page('/search?q=speech&mode=lexical');
  assert.match(exact.html, /<p class="muted">6 papers found, best matches first<\/p>/);
  // A service whose count stopped at its cap, as the lexical count does at 10,000.
  const capped: SearchService = {
    ...topics.deps.search,
    search: async (req) => ({ ...(await topics.deps.search.search(req)), total: 10_000, totalIsLowerBound: true }),
  };
  const app = createApp({ ...topics.deps, search: capped });
  const { html } = await page('/search?q=speech&mode=lexical&sort=date', app);
  assert.match(html, /<p class="muted">10,000\+ papers found, newest first<\/p>/);
});
