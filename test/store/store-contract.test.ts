import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { paperInput, put, storeDialects } from '../helpers/store.ts';

const vec = (...xs: number[]) => Buffer.from(Int8Array.from(xs).buffer);

// Store methods the merge and search tests do not reach, with the same answers on every store.
for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('daily feed, adjacent days, stats and import runs', async () => {
    const store = await dialect.open();
    assert.equal(await store.latestDailyDate(), null);
    const id = await store.startImport('hf-daily', 'day.json');
    await store.upsertPapers([
      paperInput({ arxivId: '2501.00011', submittedOnDailyAt: '2025-01-10', upvotes: 5, numComments: 1, submittedBy: 'ana', categories: ['cs.LG'] }),
      paperInput({ arxivId: '2501.00012', submittedOnDailyAt: '2025-01-10', upvotes: 5, numComments: 3, categories: ['cs.CL', 'cs.LG'] }),
      paperInput({ arxivId: '2501.00013', submittedOnDailyAt: '2025-01-12', upvotes: 9, publishedAt: null, isDemo: true }),
      paperInput({ title: 'A title-only listing entry', submittedOnDailyAt: '2025-01-14', upvotes: 1 }),
    ], id, 'hf-daily');
    await store.finishImport(id, { read: 4, inserted: 4, updated: 0, merged: 0, unchanged: 0, rejected: 0 });

    const day = await store.dailyPapers({ from: '2025-01-10', to: '2025-01-12', order: 'upvotes', limit: 2, offset: 0 });
    assert.equal(day.total, 3);
    assert.deepEqual(day.items.map((p) => p.arxivId), ['2501.00013', '2501.00012'], 'upvotes, then comments');
    const byDate = await store.dailyPapers({ from: '2025-01-10', to: '2025-01-12', order: 'publishedAt', limit: 5, offset: 0 });
    assert.equal(byDate.items.at(-1)?.arxivId, '2501.00013', 'unknown publication dates last');
    const mine = await store.dailyPapers({ from: '2025-01-01', to: '2025-01-31', order: 'upvotes', submitter: 'ana', limit: 5, offset: 0 });
    assert.deepEqual(mine.items.map((p) => p.arxivId), ['2501.00011']);
    assert.equal(await store.latestDailyDate(), '2025-01-14');
    assert.deepEqual(await store.adjacentDailyDates('2025-01-12'), { prev: '2025-01-10', next: '2025-01-14' });
    assert.deepEqual(await store.adjacentDailyDates('2025-01-14'), { prev: '2025-01-12', next: null });
    assert.equal((await store.dailyBetween('2025-01-11', '2025-01-14')).length, 2);

    const stats = await store.stats();
    assert.deepEqual({ ...stats, topCategories: undefined }, {
      papers: 4, withArxivId: 3, titleOnly: 1, demo: 1, imports: 1, earliestPublished: '2025-01-15',
      latestPublished: '2025-01-15', latestDaily: '2025-01-14', topCategories: undefined,
    });
    assert.deepEqual(stats.topCategories, [{ category: 'cs.LG', count: 4 }, { category: 'cs.CL', count: 1 }]);
    const [run] = await store.listImports(5);
    assert.equal(run?.source, 'hf-daily');
    assert.equal(run?.counts.inserted, 4);
    assert.ok(run?.finishedAt);
    const upvoted = await store.listPapers({ order: 'upvotes_desc', limit: 2 });
    assert.deepEqual(upvoted.items.map((p) => p.upvotes), [9, 5]);
    assert.equal(upvoted.total, 4);
    assert.equal((await store.getPaper('2501.00013'))?.provenance.upvotes?.source, 'hf-daily');
  });

  test('a batch is one transaction: a bad record keeps the whole batch out', async () => {
    const store = await dialect.open();
    await assert.rejects(put(store, [paperInput({ arxivId: '2509.00001' }), { title: '   ' }]), /no title/);
    assert.equal(await store.countPapers(), 0);
    assert.deepEqual(await put(store, [paperInput({ arxivId: '2509.00001' })]), ['inserted']);
  });

  test('search totals stop at 1,000 and say they are a lower bound; any-word search matches titles', async () => {
    const store = await dialect.open();
    const many = Array.from({ length: 1005 }, (_, i) => paperInput({ title: `Common word study number ${i}`, abstract: 'plain text' }));
    many.push(paperInput({ title: 'Rare heliotrope paper', abstract: 'mentions common things' }));
    await put(store, many);
    const page = await store.searchRowids({ query: 'common', limit: 5, offset: 0 });
    assert.equal(page.total, 1000);
    assert.equal(page.totalIsLowerBound, true);
    assert.equal(page.items.length, 5);
    const exact = await store.searchRowids({ query: 'heliotrope', limit: 5, offset: 0 });
    assert.deepEqual([exact.total, exact.totalIsLowerBound], [1, false]);
    const any = await store.search({ query: 'heliotrope zzunknown', limit: 5, offset: 0, matchAny: true });
    assert.deepEqual(any.items.map((h) => h.paper.title), ['Rare heliotrope paper']);
    const all = await store.search({ query: 'heliotrope zzunknown', limit: 5, offset: 0 });
    assert.equal(all.items.length, 0, 'every word is required unless matchAny');
    const titlesOnly = await store.searchRowids({ query: 'things', limit: 5, offset: 0, matchAny: true });
    assert.equal(titlesOnly.total, 0, 'any-word matching looks at titles only');
  });

  test('vectors: coverage, stale re-embedding, incremental loading, swap and purge', async () => {
    const store = await dialect.open();
    await put(store, [paperInput({ arxivId: '2502.00001' }), paperInput({ arxivId: '2502.00002' })]);
    const a = await store.createEmbeddingModel('corpus', 4, Buffer.from('model-a'));
    assert.deepEqual(Buffer.from((await store.embeddingModelBlob(a))!).toString(), 'model-a');
    const todo = await store.papersToEmbed(a, 10);
    assert.deepEqual(todo.map((t) => t.stale), [false, false]);
    await store.putVectors(a, todo.map((t, i) => ({ rowid: t.rowid, vec: vec(i, 1, 2, 3) })));
    assert.equal((await store.papersToEmbed(a, 10)).length, 0);
    await store.activateEmbeddingModel(a);
    const info = (await store.activeEmbeddingModel())!;
    assert.deepEqual([info.id, info.state, info.vectors, info.coveredRowid], [a, 'active', 2, todo[1]!.rowid]);
    assert.deepEqual([...(await store.paperVector(a, todo[1]!.rowid))!], [1, 1, 2, 3]);

    // A changed abstract queues the paper again; its new vector gets a later sequence number.
    const first = await store.vectorsSince(a, 0, 10);
    assert.equal(first.length, 2);
    await put(store, [{ arxivId: '2502.00001', version: 9, title: 'Changed', abstract: 'A new abstract entirely.' }]);
    const stale = await store.papersToEmbed(a, 10);
    assert.deepEqual(stale.map((t) => [t.rowid, t.stale]), [[todo[0]!.rowid, true]]);
    await store.putVectors(a, [{ rowid: todo[0]!.rowid, vec: vec(-1, -1, -1, -1), stale: true }]);
    const later = await store.vectorsSince(a, first.at(-1)!.seq, 10);
    assert.deepEqual(later.map((v) => v.rowid), [todo[0]!.rowid]);
    assert.equal((await store.papersToEmbed(a, 10)).length, 0);

    const b = await store.createEmbeddingModel('corpus', 4, null);
    assert.equal((await store.embeddingModel(b))?.state, 'building');
    await store.putVectors(b, (await store.papersToEmbed(b, 10)).map((t) => ({ rowid: t.rowid, vec: vec(0, 0, 0, 1) })));
    await store.activateEmbeddingModel(b);
    assert.equal((await store.activeEmbeddingModel())?.id, b);
    assert.equal((await store.embeddingModel(a))?.state, 'retired');
    assert.equal(await store.purgeRetiredEmbeddings(), 2);
    assert.equal(await store.embeddingModel(a), null);
    assert.deepEqual((await store.paperTexts(0, 1)).map((t) => t.title), ['Changed']);
  });
});
