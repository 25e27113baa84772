import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, makeUser } from '../helpers/accounts.ts';
import { BASE_URL, webApp } from '../helpers/web-api.ts';
import { accountsFor } from '../../src/web/accounts/context.ts';
import { recommendationsFor } from '../../src/web/recommendations/context.ts';
import { recCorpus, recId, topicOf } from './helpers.ts';

const w = await webApp(recCorpus());
const recs = recommendationsFor(w.deps);
const cardIds = (html: string) => [...html.matchAll(/<li data-rec="([^"]+)"/g)].map((m) => m[1]!);
const status = (html: string) => /data-status="(\w+)"/.exec(html)?.[1];

test('For you over HTTP: sign-in required, learns from an upvote, explains, skips and hides', async () => {
  const anon = new Client(w.app);
  const redirect = await anon.get('/for-you');
  assert.equal(redirect.status, 303);
  assert.equal(redirect.headers.get('location'), '/login?next=%2Ffor-you');
  assert.equal((await anon.get('/api/recommendations')).status, 401);

  await makeUser(w.deps.store, 'page@example.org');
  const c = new Client(w.app);
  await c.logIn('page@example.org');
  let html = await (await c.get('/for-you')).text();
  assert.equal(status(html), 'cold');
  assert.match(html, /Pick topics/);

  for (const i of [1, 6]) assert.equal((await c.submit(`/papers/${recId('speech', i)}/upvote`, { action: 'add', next: '/for-you' }, '/for-you')).status, 303);
  html = await (await c.get('/for-you')).text();
  assert.equal(status(html), 'training', 'the first model trains after the request');
  await recs.trainer.idle();
  const res = await c.get('/for-you');
  assert.equal(res.headers.get('cache-control'), 'private, no-store');
  html = await res.text();
  assert.equal(status(html), 'ready');
  const ids = cardIds(html);
  assert.deepEqual(ids.slice(0, 5).map(topicOf), Array(5).fill('speech'));
  assert.match(html, /Why: words you favour: [a-z]+/);
  assert.match(html, /close to your “[^”]+study [16]”/);

  // Skip needs the session's CSRF token; with it the paper leaves the feed.
  assert.equal((await c.request('POST', '/for-you/skip', { form: { paper: ids[0]! } })).status, 403);
  const skipped = await c.submit('/for-you/skip', { paper: ids[0]!, next: '/for-you' }, '/for-you');
  assert.equal(skipped.status, 303);
  assert.equal(skipped.headers.get('location'), '/for-you');
  await c.submit('/for-you/not-interested', { paper: ids[1]!, next: '//evil.example/' }, '/for-you');
  html = await (await c.get('/for-you')).text();
  assert.ok(!cardIds(html).includes(ids[0]!) && !cardIds(html).includes(ids[1]!));
  assert.equal((await w.deps.store.collections.state((await w.deps.store.accounts.userByEmail('page@example.org'))!.id, (await w.deps.store.paperRowid(ids[1]!))!)).notInterested, true);
  assert.equal((await c.submit('/for-you/skip', { paper: 'no-such-paper' }, '/for-you')).status, 404);
});

test('GET /api/recommendations with a token: ranked papers with reasons, paging and a clear error for bad parameters', async () => {
  const u = await makeUser(w.deps.store, 'api@example.org');
  const { token } = await accountsFor(w.deps).createApiToken(u.id, 'feed reader');
  const get = (q: string) => w.get(`/api/recommendations${q}`, { authorization: `Bearer ${token}` });
  let body = await (await get('')).json();
  assert.equal(body.status, 'cold');
  assert.match(body.message, /Nothing to learn from yet/);
  await recs.start(u, { papers: [recId('quant', 2)] });
  await recs.trainer.idle();
  const res = await get('?limit=3&offset=1');
  assert.equal(res.status, 200);
  body = await res.json();
  assert.equal(body.status, 'ready');
  assert.deepEqual([body.limit, body.offset, body.items.length], [3, 1, 3]);
  assert.ok(body.total > 3);
  for (const item of body.items) {
    assert.equal(topicOf(item.paper.id), 'quant');
    assert.equal(typeof item.score, 'number');
    assert.ok(item.reason.terms.length > 0);
  }
  const bad = await get('?limit=1000');
  assert.equal(bad.status, 400);
  assert.match((await bad.json()).error.message, /^limit must be an integer from 1 to 100/);
  assert.equal((await get('?collection=999')).status, 404);
});

test('a private RSS feed at a secret address, replaced on request; the model page shows what was learned and resets it', async () => {
  await makeUser(w.deps.store, 'rss@example.org');
  const c = new Client(w.app);
  await c.logIn('rss@example.org');
  await c.submit('/for-you/start', { category: 'q-bio.BM', authors: '', papers: '' }, '/for-you/start');
  await recs.trainer.idle();

  let html = await (await c.submit('/for-you/rss', {}, '/for-you/model')).text();
  const url = /<code class="rss-url">([^<]+)<\/code>/.exec(html)![1]!;
  assert.match(url, new RegExp(`^${BASE_URL}/feeds/for-you/rss_[A-Za-z0-9_-]{43}\\.xml$`));
  const feed = await new Client(w.app).get(url.slice(BASE_URL.length));
  assert.equal(feed.status, 200);
  assert.match(feed.headers.get('content-type')!, /^application\/rss\+xml/);
  const xml = await feed.text();
  const items = [...xml.matchAll(/<link>[^<]+\/papers\/([^<]+)<\/link>/g)].map((m) => decodeURIComponent(m[1]!));
  assert.ok(items.length >= 5);
  assert.ok(items.slice(0, 5).every((id) => topicOf(id) === 'protein'), items.join(' '));
  assert.match(xml, /Why: /);
  // The secret is stored hashed, never as given.
  assert.equal(await w.deps.store.recommendations.userByFeedSecret(url.split('/').pop()!.replace('.xml', '')), null);

  html = await (await c.submit('/for-you/rss', {}, '/for-you/model')).text();
  const next = /<code class="rss-url">([^<]+)<\/code>/.exec(html)![1]!;
  assert.notEqual(next, url);
  assert.equal((await w.get(url.slice(BASE_URL.length))).status, 404, 'the old address stops working');
  assert.equal((await w.get(next.slice(BASE_URL.length))).status, 200);

  html = await (await c.get('/for-you/model')).text();
  assert.match(html, /Words and authors that count for a paper<\/h2>\s*<p class="rec-terms"><span class="tag">/);
  assert.match(html, /Papers standing for your picks: \d+/);
  assert.match(html, /category q-bio\.BM/);
  html = await (await c.submit('/for-you/reset', {}, '/for-you/model')).text();
  assert.match(html, /Reset: the model starts over/);
  assert.equal(status(html), 'cold');
});

test('the start page finds example papers by search and a pick gives a feed at once', async () => {
  await makeUser(w.deps.store, 'start@example.org');
  const c = new Client(w.app);
  await c.logIn('start@example.org');
  let html = await (await c.get('/for-you/start?q=phoneme%20recognition')).text();
  assert.match(html, /<input type="checkbox" name="paper" value="2503\.3\d{4}"/);
  assert.match(html, /name="category" value="cs\.CL"/);
  const bad = await c.submit('/for-you/start', { papers: 'not-a-paper' }, '/for-you/start');
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /papers: no paper &quot;not-a-paper&quot;|papers: no paper "not-a-paper"/);
  const ok = await c.submit('/for-you/start', { paper: recId('speech', 3), categories: 'cs.CL' }, '/for-you/start');
  assert.equal(ok.headers.get('location'), '/for-you');
  html = await (await c.get('/for-you')).text();
  assert.equal(status(html), 'training');
  assert.ok(cardIds(html).length >= 5 && cardIds(html).every((id) => topicOf(id) === 'speech'));
  assert.match(html, /Why: (new in cs\.CL|like “)/);
  // Another reader's collection feed is not found.
  const owner = await makeUser(w.deps.store, 'owner@example.org');
  const col = await w.deps.store.collections.create({ userId: owner.id, name: 'Secret', isPublic: false, shareToken: 'y'.repeat(22), createdAt: '2025-01-01T00:00:00Z' });
  assert.equal((await c.get(`/for-you/collections/${col.id}`)).status, 404);
});
