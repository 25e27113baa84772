import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { paperInput, put, storeDialects } from '../helpers/store.ts';
import type { SearchQuery, Store } from '../../src/db/store.ts';

// The same search tests on every store: SQLite (FTS5) and PostgreSQL (tsvector).
for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  let store: Store;
  before(async () => {
    store = await dialect.open();
    await put(store, [
      paperInput({ arxivId: '2501.00001', title: 'Sparse attention kernels for GPUs', abstract: 'Fast kernels.', authors: ['Li Wei', 'Ana Gomez'], categories: ['cs.LG', 'cs.AR'], publishedAt: '2025-01-05', upvotes: 3, links: { code: ['https://github.com/x/sparse'] } }),
      paperInput({ arxivId: '2501.00002', title: 'Quantized training at scale', abstract: 'Attention kernels in four bits on GPUs.', authors: ['Lin Wei'], categories: ['cs.LG'], publishedAt: '2025-02-01', upvotes: 40, organization: 'Acme', links: { code: ['javascript:alert(1)'] } }),
      paperInput({ arxivId: '2501.00003', title: 'A survey of attention', abstract: 'We survey sparse attention methods.', authors: ['Bo Li'], categories: ['cs.CL'], publishedAt: '2025-03-01', upvotes: 9 }),
      paperInput({ arxivId: '2501.00004', title: 'Kernel fusion compilers', abstract: 'Compilers that fuse attention kernels.', authors: ['Ana Gomez'], categories: ['cs.PL'], publishedAt: '2024-12-01', upvotes: 1 }),
    ]);
  });

  async function ids(q: Partial<SearchQuery> & { query: string }): Promise<string[]> {
    const page = await store.search({ limit: 20, offset: 0, ...q });
    return page.items.map((h) => h.paper.arxivId ?? h.paper.id);
  }

  test('BM25 ranks a title match above an abstract-only match', async () => {
    const r = await ids({ query: 'sparse attention' });
    assert.deepEqual(r.slice(0, 2), ['2501.00001', '2501.00003']);
  });

  test('phrases, exclusions and a prefix on the last word', async () => {
    assert.ok(!(await ids({ query: 'attention -survey' })).includes('2501.00003'));
    assert.ok((await ids({ query: 'attention -survey' })).includes('2501.00001'));
    assert.deepEqual((await ids({ query: 'compil' })), ['2501.00004']);
    // The phrase needs the words adjacent: "sparse attention methods" in 00003 does not count.
    assert.deepEqual((await ids({ query: '"attention kernels"' })).sort(), ['2501.00001', '2501.00002', '2501.00004']);
    assert.deepEqual(await ids({ query: '"kernels attention"' }), []);
  });

  test('filters: date range, category, organization, author (exact name) and has-code', async () => {
    assert.deepEqual(await ids({ query: 'attention', since: '2025-01-10', until: '2025-02-28' }), ['2501.00002']);
    assert.deepEqual(await ids({ query: 'attention', category: 'cs.AR' }), ['2501.00001']);
    assert.deepEqual(await ids({ query: 'attention', organization: 'Acme' }), ['2501.00002']);
    assert.deepEqual((await ids({ query: 'attention', author: 'Ana Gomez' })).sort(), ['2501.00001', '2501.00004']);
    // "Li Wei" must not match "Lin Wei".
    assert.deepEqual(await ids({ query: 'attention', author: 'Li Wei' }), ['2501.00001']);
    // A javascript: link is no code link: the site would not show it.
    assert.deepEqual(await ids({ query: 'attention', hasCode: true }), ['2501.00001']);
    assert.deepEqual(await ids({ query: 'attention', author: '!!!' }), []);
  });

  test('sorting by date and by upvotes', async () => {
    assert.deepEqual(await ids({ query: 'attention', sort: 'date' }), ['2501.00003', '2501.00002', '2501.00001', '2501.00004']);
    assert.deepEqual(await ids({ query: 'attention', sort: 'upvotes' }), ['2501.00002', '2501.00003', '2501.00001', '2501.00004']);
  });

  test('totals, paging and scores', async () => {
    const page = await store.search({ query: 'attention', limit: 2, offset: 1 });
    assert.equal(page.total, 4);
    assert.equal(page.items.length, 2);
    const all = await store.search({ query: 'attention', limit: 10, offset: 0 });
    assert.ok(all.items.every((h, i) => i === 0 || h.score <= all.items[i - 1]!.score));
    const rows = await store.searchRowids({ query: 'attention', limit: 10, offset: 0 });
    assert.equal(rows.totalIsLowerBound, false);
  });

  test('no query string, however strange, causes an error', async () => {
    const strange = ['', '"', '""', '-', '-"', '*', 'NEAR(a b)', 'title:x', 'a OR b', 'AND', '(((', '^x', "'", '\\', '\u0000',
      '"unterminated phrase', '-only -excluded', 'x'.repeat(5000), '🙂 emoji', 'ÀÉÎ', 'a"b"c', '{col}: x', 'NOT', '* OR *'];
    for (const q of strange) {
      const page = await store.search({ query: q, limit: 5, offset: 0, sort: 'date', category: 'cs.LG' });
      assert.ok(Array.isArray(page.items), q);
    }
  });

  test('suggestions complete titles from a partly typed query', async () => {
    assert.deepEqual((await store.suggestTitles('kernel fus', 5)).map((s) => s.title), ['Kernel fusion compilers']);
    assert.deepEqual(await store.suggestTitles('"', 5), []);
  });

  test('rowid lookups keep order and filters apply to a given set', async () => {
    const r1 = (await store.paperRowid('2501.00001'))!;
    const r3 = (await store.paperRowid('arXiv:2501.00003v2'))!;
    assert.equal(await store.paperRowid('nope'), null);
    assert.deepEqual((await store.papersByRowids([r3, 999999, r1])).map((p) => p.paper.arxivId), ['2501.00003', '2501.00001']);
    assert.deepEqual([...await store.filterRowids([r1, r3], { category: 'cs.CL' })], [r3]);
    assert.deepEqual([...await store.filterRowids([r1, r3], { author: 'Li Wei' })], [r1]);
  });
});
