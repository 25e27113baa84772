import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/db/store.ts';
import { paperInput, put, storeDialects } from '../helpers/store.ts';

// Votes, comments, collections, claims and hidden papers on every store: the same answers, the
// counters on papers kept exact under concurrent writers, and the readers honouring them.
const T0 = '2025-01-20T12:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

async function users(store: Store, n: number, prefix = 'u') {
  return Promise.all(Array.from({ length: n }, async (_, i) => (await store.accounts.createUser({
    email: `${prefix}${i}@example.org`, displayName: `${prefix.toUpperCase()}${i}`, passwordHash: 'h', role: 'member', emailVerifiedAt: T0, createdAt: T0,
  }))!));
}

/** Three papers on one day: A (10 imported upvotes, 2 comments), B (8, 0), C (1, 0). */
async function threePapers(store: Store) {
  await put(store, [
    paperInput({ arxivId: '2502.00001', title: 'Alpha heliotrope kernels', submittedOnDailyAt: '2025-02-03', upvotes: 10, numComments: 2 }),
    paperInput({ arxivId: '2502.00002', title: 'Beta heliotrope kernels', submittedOnDailyAt: '2025-02-03', upvotes: 8 }),
    paperInput({ arxivId: '2502.00003', title: 'Gamma heliotrope kernels', submittedOnDailyAt: '2025-02-03', upvotes: 1 }),
  ]);
  return Promise.all(['2502.00001', '2502.00002', '2502.00003'].map(async (id) => (await store.paperRowid(id))!));
}

const dayIds = async (store: Store, extra: Partial<Parameters<Store['dailyPapers']>[0]> = {}) =>
  (await store.dailyPapers({ from: '2025-02-03', to: '2025-02-03', order: 'upvotes', limit: 10, offset: 0, ...extra })).items.map((p) => p.arxivId);

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('votes from two servers at once: one per user, counter equals rows, shown and ranked as imported + local', async () => {
    const a = await dialect.open();
    const b = await dialect.reopen(a);
    const [rA, rB] = await threePapers(a);
    const voters = await users(a, 12);
    // Every voter adds B three times at once through both stores; half of them then take it back twice.
    const added = await Promise.all(voters.flatMap((u, i) => [a, b, i % 2 ? a : b].map((s) => s.votes.add(u.id, rB!, T0))));
    assert.equal(added.filter((r) => r.changed).length, 12);
    const removed = await Promise.all(voters.filter((_, i) => i % 2 === 0).flatMap((u) => [a, b].map((s) => s.votes.remove(u.id, rB!))));
    assert.equal(removed.filter((r) => r.changed).length, 6);
    assert.deepEqual(await a.votes.add(voters[1]!.id, rB!, T0), { changed: false, imported: 8, local: 6 });
    assert.deepEqual(await a.votes.remove(voters[0]!.id, rA!), { changed: false, imported: 10, local: 0 });
    assert.deepEqual([...await b.votes.votedPaperIds(voters[1]!.id)], ['2502.00002']);
    // B: 8 + 6 = 14 passes A's 10 in the feed, the list and the upvote sort of search.
    assert.equal((await b.getPaper('2502.00002'))?.upvotes, 14);
    assert.deepEqual(await dayIds(b), ['2502.00002', '2502.00001', '2502.00003']);
    assert.deepEqual((await b.listPapers({ order: 'upvotes_desc', limit: 2 })).items.map((p) => p.upvotes), [14, 10]);
    const found = await b.search({ query: 'heliotrope', sort: 'upvotes', limit: 3, offset: 0 });
    assert.deepEqual(found.items.map((h) => h.paper.arxivId), ['2502.00002', '2502.00001', '2502.00003']);
    // A re-import changes only the imported part.
    await put(a, [paperInput({ arxivId: '2502.00002', title: 'Beta heliotrope kernels', submittedOnDailyAt: '2025-02-03', upvotes: 9 })]);
    assert.equal((await a.getPaper('2502.00002'))?.upvotes, 15);
  });

  test('comments: visible ones counted once, even when removed twice at once; reports once per reporter', async () => {
    const a = await dialect.open();
    const b = await dialect.reopen(a);
    const [rA] = await threePapers(a);
    const [ann, bob] = await users(a, 2);
    const first = await a.comments.add({ paperRowid: rA!, userId: ann!.id, parentId: null, body: 'First', createdAt: at(1) });
    assert.deepEqual(first, { id: first.id, paperRowid: rA, userId: ann!.id, authorName: 'U0', parentId: null, body: 'First',
      createdAt: at(1), editedAt: null, deletedAt: null, hiddenAt: null });
    const reply = await b.comments.add({ paperRowid: rA!, userId: bob!.id, parentId: first.id, body: 'Reply', createdAt: at(2) });
    await a.comments.edit(reply.id, 'Reply, edited', at(3));
    assert.equal((await a.getPaper('2502.00001'))?.numComments, 4, '2 imported + 2 local');
    const removed = await Promise.all([a.comments.remove(reply.id, 'hidden', at(4)), b.comments.remove(reply.id, 'deleted', at(4)), a.comments.remove(reply.id, 'hidden', at(4))]);
    assert.equal(removed.filter(Boolean).length, 1);
    assert.equal((await b.getPaper('2502.00001'))?.numComments, 3);
    const thread = await b.comments.forPaper(rA!);
    assert.deepEqual(thread.map((c) => [c.id, c.body, c.editedAt]), [[first.id, 'First', null], [reply.id, 'Reply, edited', at(3)]]);
    assert.ok(thread[1]!.hiddenAt ?? thread[1]!.deletedAt);

    const report = await a.comments.report({ reporterId: bob!.id, commentId: first.id, paperRowid: null, reason: 'rude', createdAt: at(5) });
    assert.ok(report);
    assert.equal(await b.comments.report({ reporterId: bob!.id, commentId: first.id, paperRowid: null, reason: 'again', createdAt: at(6) }), null);
    assert.deepEqual(await a.comments.openReports(10), [{ id: report, reporterId: bob!.id, commentId: first.id, paperRowid: null, reason: 'rude',
      createdAt: at(5), commentBody: 'First', commentAuthorId: ann!.id }]);
    assert.equal(await a.comments.resolveReport(report!, ann!.id, at(7)), true);
    assert.equal(await b.comments.resolveReport(report!, ann!.id, at(7)), false);
    assert.deepEqual(await a.comments.openReports(10), []);
  });

  test('collections and paper states; the daily feed leaves out what the reader asked it to', async () => {
    const s = await dialect.open();
    const [rA, rB, rC] = await threePapers(s);
    const [me, other] = await users(s, 2);
    const col = await s.collections.create({ userId: me!.id, name: 'Kernels', isPublic: false, shareToken: 'tok-1', createdAt: T0 });
    assert.deepEqual(col, { id: col.id, userId: me!.id, name: 'Kernels', isPublic: false, shareToken: 'tok-1', createdAt: T0, papers: 0 });
    await s.collections.addPaper(col.id, rA!, at(1));
    await s.collections.addPaper(col.id, rB!, at(2));
    await s.collections.addPaper(col.id, rA!, at(3));
    await s.collections.update(col.id, { name: 'Good kernels', isPublic: true });
    assert.deepEqual(await s.collections.byShareToken('tok-1'), { ...col, name: 'Good kernels', isPublic: true, papers: 2 });
    assert.deepEqual(await s.collections.paperRowids(col.id, 10, 0), [rB, rA]);
    await s.collections.removePaper(col.id, rB!);
    assert.deepEqual((await s.collections.forUser(me!.id)).map((c) => c.papers), [1]);
    await s.collections.delete(col.id);
    assert.equal(await s.collections.get(col.id), null);

    await s.collections.setState(me!.id, rA!, { readLater: true, read: false, notInterested: false, note: 'table 3' }, at(1));
    await s.collections.setState(me!.id, rA!, { readLater: true, read: true, notInterested: false, note: 'table 3' }, at(2));
    await s.collections.setState(me!.id, rC!, { readLater: true, read: false, notInterested: true, note: '' }, at(3));
    assert.deepEqual(await s.collections.state(me!.id, rA!), { readLater: true, read: true, notInterested: false, note: 'table 3' });
    assert.deepEqual(await s.collections.state(other!.id, rA!), { readLater: false, read: false, notInterested: false, note: '' });
    // Read later keeps the time it was first set: C (at 3) before A (at 1).
    assert.deepEqual(await s.collections.flagged(me!.id, 'readLater', 10, 0), [rC, rA]);
    assert.deepEqual(await s.collections.flagged(me!.id, 'read', 10, 0), [rA]);
    assert.deepEqual(await dayIds(s, { viewerId: me!.id }), ['2502.00001', '2502.00002']);
    assert.deepEqual(await dayIds(s, { viewerId: me!.id, hideRead: true }), ['2502.00002']);
    assert.deepEqual(await dayIds(s, { viewerId: other!.id, hideRead: true }), ['2502.00001', '2502.00002', '2502.00003']);
  });

  test('claims once per user, name and paper; decided once; banned users are not shown', async () => {
    const s = await dialect.open();
    const [rA] = await threePapers(s);
    const [ada, eve, mod] = await users(s, 3);
    const claim = { paperRowid: rA!, authorName: 'Ada Lovelace', authorKey: 'ada lovelace', createdAt: T0 };
    const id = await s.claims.create({ ...claim, userId: ada!.id });
    assert.ok(id);
    assert.equal(await s.claims.create({ ...claim, userId: ada!.id }), null);
    const eveId = (await s.claims.create({ ...claim, userId: eve!.id }))!;
    assert.deepEqual((await s.claims.pending(10)).map((c) => [c.userEmail, c.paperId, c.paperTitle, c.status]),
      [['u0@example.org', '2502.00001', 'Alpha heliotrope kernels', 'pending'], ['u1@example.org', '2502.00001', 'Alpha heliotrope kernels', 'pending']]);
    assert.equal(await s.claims.decide(id!, 'approved', mod!.id, at(1)), true);
    assert.equal(await s.claims.decide(id!, 'rejected', mod!.id, at(2)), false);
    assert.equal(await s.claims.decide(eveId, 'approved', mod!.id, at(2)), true);
    await s.accounts.setBanned(eve!.id, at(3));
    assert.deepEqual(await s.claims.approvedFor('ada lovelace'), [{ userId: ada!.id, userName: 'U0' }]);
  });

  test('a hidden paper leaves every reader but its rowid; shown again it is back', async () => {
    const s = await dialect.open();
    const [, rB] = await threePapers(s);
    await s.moderation.setPaperHidden(rB!, at(1));
    assert.deepEqual(await s.moderation.hiddenPapers(5), [{ rowid: rB, id: '2502.00002', title: 'Beta heliotrope kernels', hiddenAt: at(1) }]);
    assert.equal(await s.getPaper('2502.00002'), null);
    assert.equal(await s.paperRowid('2502.00002'), rB, 'moderators still find it');
    assert.deepEqual(await dayIds(s), ['2502.00001', '2502.00003']);
    assert.equal((await s.dailyBetween('2025-02-03', '2025-02-03')).length, 2);
    assert.deepEqual((await s.listPapers({ limit: 10 })).items.map((p) => p.arxivId).sort(), ['2502.00001', '2502.00003']);
    assert.deepEqual((await s.search({ query: 'beta heliotrope', limit: 5, offset: 0 })).items, []);
    assert.deepEqual(await s.papersByRowids([rB!]), []);
    assert.deepEqual((await s.suggestTitles('beta helio', 5)).map((t) => t.id), []);
    await s.moderation.setPaperHidden(rB!, null);
    assert.equal((await s.getPaper('2502.00002'))?.arxivId, '2502.00002');
    assert.deepEqual((await s.suggestTitles('beta helio', 5)).map((t) => t.id), ['2502.00002']);
  });
});
