import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paperInput, put, storeDialects } from '../helpers/store.ts';
import type { Store } from '../../src/db/store.ts';

const dialects = await storeDialects();

/** A reader id: a real account on SQLite (foreign keys); PostgreSQL has no accounts tables yet. */
async function reader(store: Store, email: string): Promise<number> {
  if (store.dialect === 'postgres') return email.length;
  const u = await store.accounts.createUser({ email, displayName: '', passwordHash: 'x', role: 'member', emailVerifiedAt: null, createdAt: '2025-01-01T00:00:00Z' });
  return u!.id;
}

for (const d of dialects) {
  test(`recommendations repository on ${d.name}`, { skip: d.skip }, async () => {
    const store = await d.open();
    const repo = store.recommendations;
    await put(store, [
      paperInput({ arxivId: '2501.00001', title: 'Old paper', publishedAt: '2025-01-01' }),
      paperInput({ arxivId: '2501.00002', title: 'Middle paper', publishedAt: '2025-01-10' }),
      paperInput({ arxivId: '2501.00003', title: 'New paper', publishedAt: '2025-01-20' }),
      paperInput({ arxivId: '2501.00004', title: 'Withdrawn paper', publishedAt: '2025-01-21', withdrawnAt: '2025-01-22' }),
    ]);
    const rowid = async (id: string) => (await store.paperRowid(id))!;
    const [r1, r2, r3] = [await rowid('2501.00001'), await rowid('2501.00002'), await rowid('2501.00003')];
    const a = await reader(store, 'a@example.org');
    const b = await reader(store, 'bb@example.org');

    // Candidates: newest first, withdrawn left out; a window narrows to a period.
    assert.deepEqual((await repo.recentPapers(10)).map((p) => p.title), ['New paper', 'Middle paper', 'Old paper']);
    assert.deepEqual((await repo.recentPapers(10, { from: '2025-01-05', to: '2025-01-15' })).map((p) => p.rowid), [r2]);
    assert.deepEqual((await repo.papers([r3, r1])).map((p) => p.title).sort(), ['New paper', 'Old paper']);
    assert.equal(await repo.newestRowid(), Math.max(r1, r2, r3, await rowid('2501.00004')));

    // Skips are signals, once each, per reader.
    await repo.addSkip(a, r1, '2025-02-01T00:00:00Z');
    await repo.addSkip(a, r1, '2025-02-02T00:00:00Z');
    const skips = (await repo.signals(a)).filter((s) => s.kind === 'skip');
    assert.deepEqual(skips.map((s) => [s.rowid, s.at]), [[r1, '2025-02-01T00:00:00Z']]);
    assert.deepEqual(await repo.signals(b), []);

    // Picks replace each other.
    await repo.setSeeds(a, [{ kind: 'category', value: 'cs.AR' }, { kind: 'paper', value: '2501.00002' }], '2025-02-01T00:00:00Z');
    await repo.setSeeds(a, [{ kind: 'author', value: 'Grace Hopper' }], '2025-02-02T00:00:00Z');
    assert.deepEqual(await repo.seeds(a), [{ kind: 'author', value: 'Grace Hopper' }]);

    // Settings start off, and each setter changes only its own column.
    assert.deepEqual(await repo.settings(a), { resetAt: null, digestSection: false, hasFeedSecret: false });
    await repo.setDigestSection(a, true, '2025-02-01T00:00:00Z');
    await repo.setFeedSecret(a, 'f'.repeat(64), '2025-02-01T00:00:00Z');
    assert.deepEqual(await repo.settings(a), { resetAt: null, digestSection: true, hasFeedSecret: true });
    assert.equal(await repo.userByFeedSecret('f'.repeat(64)), a);
    assert.equal(await repo.userByFeedSecret('e'.repeat(64)), null);

    // Models: one per reader and scope, replaced on save.
    const model = { scope: 'all', fingerprint: 'fp1', model: null, feed: [{ rowid: r3, score: 1.5, reason: { terms: ['new'], near: [] } }], trainedAt: '2025-02-01T00:00:00Z' };
    await repo.saveModel(a, model);
    await repo.saveModel(a, { ...model, fingerprint: 'fp2' });
    await repo.saveModel(b, { ...model, scope: 'c5' });
    assert.equal((await repo.model(a, 'all'))!.fingerprint, 'fp2');
    assert.deepEqual((await repo.model(a, 'all'))!.feed, model.feed);
    assert.equal(await repo.model(a, 'c5'), null);

    // A reset forgets picks, skips and models, and remembers when.
    await repo.reset(a, '2025-03-01T00:00:00Z');
    assert.deepEqual(await repo.seeds(a), []);
    assert.deepEqual(await repo.signals(a), []);
    assert.equal(await repo.model(a, 'all'), null);
    assert.deepEqual(await repo.settings(a), { resetAt: '2025-03-01T00:00:00Z', digestSection: true, hasFeedSecret: true });
    // Another reader's model is untouched.
    assert.ok(await repo.model(b, 'c5'));

    // Vectors are read in bulk for one embedding model.
    const modelId = await store.createEmbeddingModel('corpus', 4, null);
    await store.putVectors(modelId, [{ rowid: r1, vec: Buffer.from([1, 2, 3, 4]) }, { rowid: r2, vec: Buffer.from([5, 6, 7, 8]) }]);
    const vecs = await repo.vectors(modelId, [r1, r2, r3]);
    assert.deepEqual([...vecs.keys()].sort(), [r1, r2].sort());
    assert.deepEqual([...vecs.get(r2)!], [5, 6, 7, 8]);
  });
}

test('signals on SQLite come from upvotes, collections, read later, notes, read, not interested and skips', async () => {
  const store = await dialects[0]!.open();
  await put(store, [1, 2, 3, 4, 5, 6, 7].map((i) => paperInput({ arxivId: `2502.0000${i}` })));
  const r = async (i: number) => (await store.paperRowid(`2502.0000${i}`))!;
  const a = await reader(store, 'a@example.org');
  const other = await reader(store, 'o@example.org');
  const at = '2025-02-01T00:00:00Z';
  await store.votes.add(a, await r(1), at);
  const col = await store.collections.create({ userId: a, name: 'Mine', isPublic: false, shareToken: 'x'.repeat(22), createdAt: at });
  await store.collections.addPaper(col.id, await r(2), at);
  await store.collections.setState(a, await r(3), { readLater: true, read: false, notInterested: false, note: '' }, at);
  await store.collections.setState(a, await r(4), { readLater: false, read: false, notInterested: false, note: 'good' }, at);
  await store.collections.setState(a, await r(5), { readLater: false, read: true, notInterested: false, note: '' }, at);
  await store.collections.setState(a, await r(6), { readLater: false, read: false, notInterested: true, note: '' }, at);
  await store.recommendations.addSkip(a, await r(7), at);
  await store.votes.add(other, await r(7), at);
  const got = (await store.recommendations.signals(a)).map((s) => `${s.kind}:${s.rowid}${s.collectionId ? `@${s.collectionId}` : ''}`).sort();
  const want = [`upvote:${await r(1)}`, `collection:${await r(2)}@${col.id}`, `read_later:${await r(3)}`, `note:${await r(4)}`, `read:${await r(5)}`, `not_interested:${await r(6)}`, `skip:${await r(7)}`].sort();
  assert.deepEqual(got, want);
});
