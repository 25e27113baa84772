import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentStems, queryOverlap } from '../../eval/overlap.ts';
import { loadTopics, parseTopics } from '../../eval/topics.ts';

test('the judged topic set is well formed and large enough', () => {
  const topics = loadTopics();
  assert.ok(topics.length >= 45, `${topics.length} topics`);
  for (const t of topics) {
    const n = Object.keys(t.relevant).length;
    assert.ok(n >= 5, `${t.id} has ${n} relevant papers`);
    assert.ok(Object.values(t.relevant).some((g) => g === 2), `${t.id} has no exactly-on-topic paper`);
    const words = t.query.split(/\s+/).length;
    assert.ok(words >= 4 && words <= 12, `${t.id}: ${words} words`);
  }
  assert.ok(new Set(topics.map((t) => t.area)).size >= 10, 'topics span many areas');
});

test('malformed topic files are refused with the reason', () => {
  assert.throws(() => parseTopics({}), /expected \{ "topics"/);
  assert.throws(() => parseTopics({ topics: [{ id: 'x', area: 'a', query: 'q', relevant: {} }] }), /id must look like t01/);
  assert.throws(() => parseTopics({ topics: [{ id: 't01', area: 'a', query: 'q', relevant: { '2501.00001': 3 } }] }), /grade/);
  assert.throws(() => parseTopics({ topics: [{ id: 't01', area: 'a', query: 'q', relevant: { 'hep-th/9901001': 2 } }] }), /arXiv id/);
});

test('overlap compares content-word stems of the query with each relevant title', () => {
  assert.deepEqual([...contentStems('Caching the keys of GPUs')].sort(), ['cach', 'gpu', 'kei']);
  const o = queryOverlap('caches for graphics cards', ['Cache Design', 'Graphics Pipelines', 'Unrelated Words']);
  // query stems: cach, graphic, card; titles share 1, 1 and 0 of 3
  assert.equal(o.perTitle, 2 / 9);
  assert.equal(o.anyTitle, 2 / 3);
  assert.deepEqual(o.shared, ['cach', 'graphic']);
  assert.deepEqual(queryOverlap('the of', ['x']), { perTitle: 0, anyTitle: 0, shared: [] });
});
