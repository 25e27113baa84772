import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeUser } from '../helpers/accounts.ts';
import { webApp, type WebTestApp } from '../helpers/web-api.ts';
import { storeDialects } from '../helpers/store.ts';
import { CollectionsService } from '../../src/collections/service.ts';
import { setUpvote } from '../../src/votes/service.ts';
import { recommendationsFor } from '../../src/web/recommendations/context.ts';
import { recCorpus, recId, topicOf, trainedFeed, type TopicKey } from './helpers.ts';

// The whole model over each store: signals are read from the store's votes, collections and states.
// Opened at the file's top level: a store opened in a before() hook would be closed when the hook ends.
for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, async () => {
if (dialect.skip) return;
const w: WebTestApp = await webApp(recCorpus(), { dialect });
const store = w.deps.store;
const collections = new CollectionsService(store, () => new Date('2025-04-01T00:00:00Z'));
const recs = recommendationsFor(w.deps);
let n = 0;
const newUser = () => makeUser(store, `reader${++n}@example.org`);
const share = (topics: TopicKey[], topic: TopicKey, k: number) => topics.slice(0, k).filter((t) => t === topic).length;

const POSITIVE_KINDS = {
  upvote: async (u: Awaited<ReturnType<typeof newUser>>, id: string) => { await setUpvote(store, u, id, true, new Date('2025-04-01T00:00:00Z')); },
  collection: async (u: Awaited<ReturnType<typeof newUser>>, id: string) => {
    const mine = await collections.list(u);
    const c = mine[0] ?? await collections.create(u, { name: 'Reading' });
    await collections.add(u, c.id, id);
  },
  'read later': async (u: Awaited<ReturnType<typeof newUser>>, id: string) => { await collections.setState(u, id, { readLater: true }); },
  note: async (u: Awaited<ReturnType<typeof newUser>>, id: string) => { await collections.setState(u, id, { note: 'check the contact maps' }); },
  read: async (u: Awaited<ReturnType<typeof newUser>>, id: string) => { await collections.setState(u, id, { read: true }); },
};

for (const [kind, give] of Object.entries(POSITIVE_KINDS)) {
  test(`learns from ${kind}: two protein papers put protein papers on top`, async () => {
    const u = await newUser();
    const before = await trainedFeed(w.deps, u);
    assert.equal(before.status, 'cold');
    await give(u, recId('protein', 0));
    await give(u, recId('protein', 5));
    const feed = await trainedFeed(w.deps, u);
    assert.equal(feed.status, 'ready');
    assert.deepEqual(feed.topics.slice(0, 6), Array(6).fill('protein'), feed.ids.join(' '));
    // The papers acted on are not shown again.
    assert.ok(!feed.ids.includes(recId('protein', 0)) && !feed.ids.includes(recId('protein', 5)));
  });
}

for (const kind of ['not interested', 'skip'] as const) {
  test(`learns from ${kind}: negatives push a topic down`, async () => {
    const like = async (u: Awaited<ReturnType<typeof newUser>>) => {
      await setUpvote(store, u, recId('quant', 0), true, new Date());
      await setUpvote(store, u, recId('speech', 0), true, new Date());
    };
    const plain = await newUser();
    await like(plain);
    const u = await newUser();
    await like(u);
    for (const i of [1, 2, 3]) {
      if (kind === 'skip') await recs.skip(u, recId('speech', i));
      else await collections.setState(u, recId('speech', i), { notInterested: true });
    }
    const a = await trainedFeed(w.deps, plain);
    const b = await trainedFeed(w.deps, u);
    assert.ok(share(b.topics, 'speech', 6) < share(a.topics, 'speech', 6), `${a.topics.slice(0, 6)} / ${b.topics.slice(0, 6)}`);
    assert.deepEqual(b.topics.slice(0, 4), Array(4).fill('quant'));
  });
}

test('each recommendation explains itself with words from the paper and the reader\'s closest paper', async () => {
  const u = await newUser();
  await setUpvote(store, u, recId('quant', 2), true, new Date());
  await setUpvote(store, u, recId('quant', 6), true, new Date());
  const feed = await trainedFeed(w.deps, u);
  const papers = new Map(recCorpus().map((p) => [p.arxivId!, `${p.title} ${p.abstract}`.toLowerCase()]));
  for (const item of feed.items.slice(0, 5)) {
    assert.ok(item.reason.terms.length > 0, item.paper.id);
    for (const term of item.reason.terms) assert.ok(papers.get(item.paper.id)!.includes(term.toLowerCase()), `${term} in ${item.paper.id}`);
    assert.ok(item.reason.near.length > 0 && [recId('quant', 2), recId('quant', 6)].includes(item.reason.near[0]!.id), JSON.stringify(item.reason));
  }
});

test('readers are isolated: one reader\'s signals never change another\'s model or feed', async () => {
  const a = await newUser();
  const b = await newUser();
  await setUpvote(store, a, recId('protein', 1), true, new Date());
  const first = await trainedFeed(w.deps, a);
  const model = await store.recommendations.model(a.id, 'all');
  await setUpvote(store, b, recId('speech', 1), true, new Date());
  await setUpvote(store, b, recId('speech', 2), true, new Date());
  await recs.skip(b, recId('protein', 2));
  await collections.setState(b, recId('protein', 3), { notInterested: true });
  const fb = await trainedFeed(w.deps, b);
  const again = await trainedFeed(w.deps, a);
  assert.equal(again.status, 'ready');
  assert.deepEqual(again.ids, first.ids);
  assert.deepEqual(await store.recommendations.model(a.id, 'all'), model);
  assert.equal(fb.topics[0], 'speech');
  assert.equal(first.topics[0], 'protein');
  // b's skipped and unwanted papers stay in a's feed.
  assert.ok(again.ids.includes(recId('protein', 2)) && again.ids.includes(recId('protein', 3)));
});

test('a request never trains: a changed reader gets the previous ranking marked updating, the new one after', async () => {
  const u = await newUser();
  await setUpvote(store, u, recId('speech', 4), true, new Date());
  const first = await trainedFeed(w.deps, u);
  await setUpvote(store, u, recId('quant', 4), true, new Date());
  await setUpvote(store, u, recId('quant', 5), true, new Date());
  const stale = await recs.feed(u, { limit: 30, offset: 0 });
  assert.equal(stale.status, 'updating');
  assert.deepEqual(stale.items.map((i) => i.paper.id), first.ids.filter((id) => id !== recId('quant', 4) && id !== recId('quant', 5)));
  await recs.trainer.idle();
  const fresh = await recs.feed(u, { limit: 30, offset: 0 });
  assert.equal(fresh.status, 'ready');
  assert.notDeepEqual(fresh.items.map((i) => topicOf(i.paper.id)).slice(0, 6), first.topics.slice(0, 6));
});

test('cold start: picks give a feed at once, then the model learns from them', async () => {
  const u = await newUser();
  assert.equal((await recs.feed(u, { limit: 10, offset: 0 })).status, 'cold');
  await recs.start(u, { categories: 'cs.CL', papers: [recId('protein', 7)] });
  const now = await recs.feed(u, { limit: 10, offset: 0 });
  assert.equal(now.status, 'training');
  assert.ok(now.items.length >= 8);
  assert.ok(now.items.every((i) => ['speech', 'protein'].includes(topicOf(i.paper.id))), now.items.map((i) => i.paper.id).join(' '));
  assert.match(now.items[0]!.reason.because ?? '', /new in cs\.CL|like “/);
  assert.ok(!now.items.some((i) => i.paper.id === recId('protein', 7)));
  await recs.trainer.idle();
  const learned = await trainedFeed(w.deps, u);
  assert.equal(learned.status, 'ready');
  assert.ok(learned.topics.slice(0, 8).every((t) => t === 'speech' || t === 'protein'), learned.topics.join(' '));
  assert.ok((await recs.model(u)).counts.seed! > 0);
});

test('a collection\'s feed learns from that collection only', async () => {
  const u = await newUser();
  await setUpvote(store, u, recId('protein', 2), true, new Date());
  await setUpvote(store, u, recId('protein', 4), true, new Date());
  const c = await collections.create(u, { name: 'Kernels' });
  await collections.add(u, c.id, recId('quant', 1));
  await collections.add(u, c.id, recId('quant', 3));
  const scoped = await trainedFeed(w.deps, u, { collectionId: c.id });
  assert.deepEqual(scoped.topics.slice(0, 5), Array(5).fill('quant'));
  const whole = await trainedFeed(w.deps, u);
  assert.ok(share(whole.topics, 'protein', 6) >= 3, whole.topics.join(' '));
  // Another reader's collection is not found.
  const other = await newUser();
  await assert.rejects(recs.feed(other, { collectionId: c.id, limit: 5, offset: 0 }), { code: 'not_found' });
});

test('a reset forgets the model but keeps the reader\'s upvotes', async () => {
  const u = await newUser();
  await setUpvote(store, u, recId('speech', 6), true, new Date('2025-01-10T00:00:00Z')); // before the reset (the app's clock is 2025-01-20)
  await recs.start(u, { categories: 'cs.CL' });
  assert.equal((await trainedFeed(w.deps, u)).status, 'ready');
  await recs.reset(u);
  const after = await trainedFeed(w.deps, u);
  assert.equal(after.status, 'cold');
  assert.deepEqual((await recs.model(u)).seeds, []);
  assert.ok((await store.votes.votedPaperIds(u.id)).has(recId('speech', 6)));
});
});
