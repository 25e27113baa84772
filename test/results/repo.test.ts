import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { paperInput, put, storeDialects } from '../helpers/store.ts';
import { extractImported, extractPending } from '../../src/results/service.ts';
import { EXTRACTOR_VERSION } from '../../src/results/types.ts';
import type { Store } from '../../src/db/store.ts';

const PAPERS = [
  paperInput({ arxivId: '2501.00001', title: 'Fast GEMM', abstract: 'Our kernels are 2.4x faster than cuBLAS on an NVIDIA H100.', publishedAt: '2025-01-10', categories: ['cs.DC'] }),
  paperInput({ arxivId: '2502.00002', title: 'Faster GEMM', abstract: 'We reach a 3.5x speedup over cuBLAS on the H100 and 92.0% accuracy on ImageNet.', publishedAt: '2025-02-03', categories: ['cs.LG'] }),
  paperInput({ arxivId: '2502.00003', title: 'A survey', abstract: 'We survey kernels.', publishedAt: '2025-02-20', categories: ['cs.DC'] }),
  paperInput({ title: 'An FPGA design without arXiv', abstract: 'It uses 35% less energy than a GPU.', publishedAt: '2025-03-01', categories: ['cs.AR'] }),
];

async function seeded(open: () => Promise<Store>): Promise<Store> {
  const store = await open();
  const outcomes = await put(store, PAPERS);
  await extractImported(store, PAPERS, outcomes);
  return store;
}

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('the import hook stores each changed paper\'s claims; re-extraction replaces, never duplicates', async () => {
    const store = await seeded(() => dialect.open());
    const rowid = (await store.paperRowid('2502.00002'))!;
    const first = await store.results.forPaper(rowid);
    assert.deepEqual(first.claims.map((c) => [c.metric, c.value, c.unit, c.baseline, c.hardware, c.benchmark]), [
      ['speedup', 3.5, 'x', 'cuBLAS', 'NVIDIA H100', 'ImageNet'],
      ['accuracy', 92, '%', null, 'NVIDIA H100', 'ImageNet'],
    ]);
    assert.equal(first.claims[0]!.paperTitle, 'Faster GEMM');
    assert.equal(first.claims[0]!.span, PAPERS[1]!.abstract);
    assert.deepEqual(first.artifacts.map((a) => [a.kind, a.name]), [['benchmark', 'ImageNet']]);
    const again = await extractPending(store, { all: true });
    assert.deepEqual(again, { papers: 4, claims: 4 });
    assert.deepEqual((await store.results.forPaper(rowid)).claims.map((c) => c.value), [3.5, 92]);
    assert.deepEqual(await store.results.stats(), { claims: 4, papersWithClaims: 3, papersExtracted: 4 });
    assert.deepEqual(await extractPending(store), { papers: 0, claims: 0 }, 'nothing left at this version');
    assert.equal((await store.results.papersToExtract(0, 10, EXTRACTOR_VERSION + 1, false)).length, 4, 'a newer extractor redoes every paper');
  });

  test('query filters by metric, hardware, baseline words, dates and category, sorts and pages', async () => {
    const store = await seeded(() => dialect.open());
    const ids = async (q: Partial<Parameters<Store['results']['query']>[0]>) =>
      (await store.results.query({ limit: 10, offset: 0, ...q })).items.map((c) => `${c.metric}:${c.value}`);
    assert.deepEqual(await ids({ metric: 'speedup', sort: 'value_desc' }), ['speedup:3.5', 'speedup:2.4']);
    assert.deepEqual(await ids({ metric: 'speedup', sort: 'value_asc' }), ['speedup:2.4', 'speedup:3.5']);
    assert.deepEqual(await ids({ hardware: 'nvidia h100', metric: 'speedup', sort: 'date_asc' }), ['speedup:2.4', 'speedup:3.5']);
    assert.deepEqual(await ids({ baseline: 'CUBLAS', sort: 'date_desc' }), ['speedup:3.5', 'speedup:2.4']);
    assert.deepEqual(await ids({ baseline: '100%_' }), [], 'LIKE wildcards are taken literally');
    assert.deepEqual(await ids({ since: '2025-02-01', until: '2025-02-28', sort: 'metric' }), ['accuracy:92', 'speedup:3.5']);
    assert.deepEqual(await ids({ category: 'cs.AR' }), ['energy:35']);
    assert.deepEqual(await ids({ benchmark: 'imagenet', sort: 'metric' }), ['accuracy:92', 'speedup:3.5']);
    const page = await store.results.query({ limit: 1, offset: 1, sort: 'value_desc' });
    assert.equal(page.total, 4);
    assert.deepEqual(page.items.map((c) => c.value), [35]);
  });

  test('entities and monthly counts for trends', async () => {
    const store = await seeded(() => dialect.open());
    assert.deepEqual(await store.results.entities('hardware', 10), [
      { name: 'NVIDIA H100', claims: 3, papers: 2 },
      { name: 'FPGA', claims: 1, papers: 1 },
    ]);
    assert.deepEqual(await store.results.entities('baseline', 1), [{ name: 'cuBLAS', claims: 2, papers: 2 }]);
    assert.deepEqual(await store.results.monthlyPapers({}, '2025-01-01'), [
      { month: '2025-01', papers: 1 }, { month: '2025-02', papers: 2 }, { month: '2025-03', papers: 1 },
    ]);
    assert.deepEqual(await store.results.monthlyPapers({ category: 'cs.DC' }, '2025-01-01'), [{ month: '2025-01', papers: 1 }, { month: '2025-02', papers: 1 }]);
    assert.deepEqual(await store.results.monthlyPapers({ entity: { kind: 'hardware', name: 'NVIDIA H100' } }, '2025-02-01'), [{ month: '2025-02', papers: 1 }]);
    const r1 = (await store.paperRowid('2501.00001'))!;
    assert.deepEqual(await store.results.monthlyPapers({ rowids: [r1] }, '2024-01-01'), [{ month: '2025-01', papers: 1 }]);
    assert.deepEqual((await store.results.titlesSince({ category: 'cs.DC' }, '2025-01-01', 5)).map((t) => t.title), ['A survey', 'Fast GEMM']);
  });
});
