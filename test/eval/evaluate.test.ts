import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateModes, evaluateSimilar, knownItemMisses } from '../../eval/evaluate.ts';
import { renderReport, targetRows } from '../../eval/report.ts';
import { indexCorpus } from '../../eval/similar.ts';
import type { JudgedQuery } from '../../eval/metrics.ts';
import type { SearchMode } from '../../src/search/types.ts';

const known: JudgedQuery[] = [
  { id: 'k1', query: 'first', relevant: { p1: 2 } },
  { id: 'k2', query: 'second', relevant: { p2: 2 } },
];
const topics: Array<JudgedQuery & { area: string }> = [
  { id: 't01', area: 'hardware', query: 'topic one', relevant: { p1: 2, p3: 1 } },
  { id: 't02', area: 'nlp', query: 'topic two', relevant: { p2: 2 } },
];

// A stub search: lexical finds only exact known items, semantic finds everything at rank 1.
const answers: Record<SearchMode, Record<string, string[]>> = {
  lexical: { first: ['p1'], second: ['x', 'y'], 'topic one': ['x'], 'topic two': [] },
  semantic: { first: ['p1'], second: ['p2'], 'topic one': ['p1', 'p3'], 'topic two': ['p2'] },
  hybrid: { first: ['p1'], second: ['p2', 'p1'], 'topic one': ['p3', 'p1'], 'topic two': ['p2'] },
};
const runQuery = async (q: string, mode: SearchMode, k: number) => (answers[mode][q] ?? []).slice(0, k);

test('each mode runs both sets through runQuery and is scored', async () => {
  const results = await evaluateModes(['lexical', 'semantic', 'hybrid'], known, topics, runQuery);
  assert.deepEqual(results.map((r) => r.mode), ['lexical', 'semantic', 'hybrid']);
  const [lex, sem] = results;
  assert.equal(lex!.knownItem.scores.mrr10, 0.5);
  assert.equal(sem!.knownItem.scores.mrr10, 1);
  assert.equal(lex!.topics.scores.ndcg10, 0);
  assert.equal(sem!.topics.scores.ndcg10, 1);
  assert.deepEqual([...sem!.topicsByArea.keys()], ['hardware', 'nlp']);
  assert.deepEqual(knownItemMisses(known, lex!.knownItem).map((m) => [m.query.id, m.rank]), [['k2', null]]);
  assert.deepEqual(targetRows(results).map((r) => r[2]), ['met', 'met', 'met']);
  assert.deepEqual(targetRows(results.slice(0, 1)).map((r) => r[2]), ['not measured', 'not measured', 'not measured']);

  const md = renderReport({
    date: '2026-11-25T10:00:00.000Z', machine: 'test machine', backend: 'stub',
    corpus: { files: ['a.jsonl.gz'], records: 3, imported: 3, importSeconds: 1.5 },
    index: { built: true, note: 'stub index', seconds: 2 },
    knownItem: { count: 2, seed: 1 }, topics: { count: 2, judgments: 3, overlapPerTitle: 0.05, overlapAnyTitle: 0.2 },
    modes: results, skipped: [], similar: null, similarNote: 'stub has none', misses: [],
  });
  assert.match(md, /^# Search relevance/);
  assert.match(md, /\| hybrid known-item MRR@10 ≥ 0.9 \| 1\.000 \| met \|/);
  assert.match(md, /\| semantic \| 1\.000 \| 1\.000 \|/);
  assert.match(md, /Not measured: stub has none\./);
});

test('similar papers are scored against their ceilings; no answers means not measured', async () => {
  const metas = [
    { id: 's', categories: ['cs.AR'], authors: ['Ann'] },
    { id: 'a', categories: ['cs.AR'], authors: ['Ann'] },
    { id: 'b', categories: ['cs.CV'], authors: ['Bob'] },
  ];
  const byId = new Map(metas.map((m) => [m.id, m]));
  const index = indexCorpus(metas);
  const r = await evaluateSimilar([metas[0]!], byId, index, async () => ['a', 'b'], 10);
  assert.equal(r!.category, 0.1);
  assert.equal(r!.author, 0.1);
  assert.equal(r!.ceilingCategory, 0.1);
  assert.equal(await evaluateSimilar([metas[0]!], byId, index, async () => null), null);
});
