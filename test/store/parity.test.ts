import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Paper } from '../../src/core/paper.ts';
import type { ListQuery, SearchQuery, Store } from '../../src/db/store.ts';
import { webFixture } from '../helpers/web-api.ts';
import { paperInput, put, storeDialects } from '../helpers/store.ts';

// The same imports into both stores must read back the same, method by method.
const dialects = await storeDialects();
const pg = dialects.find((d) => d.name === 'postgres')!;

/** Import times differ between two runs; everything else in a paper must be equal. */
const normalize = (p: Paper | null) => p && ({ ...p, provenance: Object.fromEntries(Object.entries(p.provenance).map(([k, v]) => [k, v?.source])) });
const ids = (papers: Paper[]) => papers.map((p) => p.id);

async function fill(store: Store): Promise<void> {
  await put(store, webFixture(), 'fixture');
  // Merges and updates: a title-only record absorbed later, a newer version, a re-import.
  await put(store, [{ title: 'Delta networks', organization: 'Delta Org', upvotes: 99 }], 'hf-listing');
  await put(store, [paperInput({ arxivId: '2501.00002v3', title: 'Beta Kernels for Sparse Matrices, Revised', abstract: 'Revised.', categories: ['cs.AR', 'cs.PF'] })], 'arxiv');
  await put(store, [{ title: 'Kappa: Only a Title', submittedOnDailyAt: '2025-01-17' }, { arxivId: '2501.00999', title: 'kappa only a title', abstract: 'Now with arXiv.' }], 'mixed');
}

test('both stores read back the same papers, lists, feeds and searches', { skip: pg.skip }, async () => {
  const [a, b] = [await dialects[0]!.open(), await pg.open()];
  await fill(a);
  await fill(b);
  assert.equal(await b.countPapers(), await a.countPapers());
  const both = async <T>(fn: (s: Store) => Promise<T>) => [await fn(a), await fn(b)] as const;

  for (const key of ['2501.00001', '2501.00002v1', 'hep-th/9901001', 'hep-th_9901001', '2501.00999', 'arXiv:2501.00004']) {
    const [x, y] = await both((s) => s.getPaper(key));
    assert.deepEqual(normalize(y), normalize(x), key);
  }
  const lists: ListQuery[] = [{}, { order: 'upvotes_desc' }, { category: 'cs.LG', limit: 3, offset: 1 }, { author: 'Ada Lovelace' },
    { organization: 'Acme Lab' }, { since: '2025-01-01', until: '2025-01-15' }];
  for (const q of lists) {
    const [x, y] = await both((s) => s.listPapers(q));
    assert.deepEqual([ids(y.items), y.total], [ids(x.items), x.total], JSON.stringify(q));
  }
  const [dx, dy] = await both((s) => s.dailyPapers({ from: '2025-01-01', to: '2025-01-31', order: 'upvotes', limit: 20, offset: 0 }));
  assert.deepEqual(ids(dy.items), ids(dx.items));
  const [sx, sy] = await both((s) => s.stats());
  assert.deepEqual(sy, sx);

  const searches: Array<Partial<SearchQuery> & { query: string }> = [
    { query: 'kernels' }, { query: 'turing -zeta' }, { query: '"sparse matrices"' }, { query: 'alph' },
    { query: 'attention', sort: 'date' }, { query: 'strings', sort: 'upvotes' }, { query: 'kernels', author: 'Ada Lovelace' },
    { query: 'delta kappa', matchAny: true },
  ];
  for (const q of searches) {
    const [x, y] = await both((s) => s.searchRowids({ limit: 20, offset: 0, ...q }));
    // Relevance scores are each engine's own, so only their sets must agree; sorted orders must agree exactly.
    const rows = (p: typeof x) => p.items.map((i) => i.rowid);
    if ((q.sort ?? 'relevance') === 'relevance') assert.deepEqual(rows(y).sort(), rows(x).sort(), q.query);
    else assert.deepEqual(rows(y), rows(x), q.query);
    assert.equal(y.total, x.total, q.query);
    assert.ok(x.total > 0, `${JSON.stringify(q)} finds something`);
  }
  const [tx, ty] = await both((s) => s.suggestTitles('kern', 5));
  assert.deepEqual(ty, tx);
  const all = (await a.listPapers({ limit: 100 })).items.length;
  const rowids = Array.from({ length: all + 2 }, (_, i) => i + 1);
  const [fx, fy] = await both((s) => s.filterRowids(rowids, { category: 'cs.LG' }, ['attention']));
  assert.deepEqual([...fy].sort(), [...fx].sort());
  assert.ok(fx.size > 0 && tx.length > 0);
});
