import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  eligibleRecords, generateKnownItems, mulberry32, normalizeText, perturbTitle, titleWords,
} from '../../eval/known-item.ts';
import { SYNONYMS } from '../../eval/synonyms.ts';

// A tiny made-up corpus (not shared data): ids in arXiv form, titles in the style of the field.
const records = [
  { id: '2501.00001', title: 'Efficient Attention Kernels on GPUs for Large Language Models' },
  { id: '2501.00002', title: 'FastCache: Low-Latency Key-Value Caching for LLM Inference' },
  { id: '2501.00003', title: 'A Survey of Processing-in-Memory Architectures for Deep Neural Networks' },
  { id: '2501.00004', title: 'Robust Reinforcement Learning for Legged Robots on Rough Terrain' },
  { id: '2501.00005', title: 'Benchmarking Vision-Language Models on Medical Image Segmentation' },
  { id: '2501.00006', title: 'Towards Scalable Graph Neural Network Training on Distributed Accelerators' },
  { id: '2501.00007', title: 'Watermarking Machine-Generated Text with Adaptive Token Partitions' },
  { id: '2501.00008', title: 'Quantized Diffusion Models for Real-Time Video Generation on Edge Devices' },
  { id: '2501.00009', title: 'Short Title' },
  { id: '2501.00010', title: 'Duplicate Title About Compilers and Verification' },
  { id: '2501.00011', title: 'Duplicate title about compilers and verification' },
];

test('the same records, seed and options give the same queries', () => {
  const a = generateKnownItems(records, { count: 6, seed: 7 });
  const b = generateKnownItems(records, { count: 6, seed: 7 });
  assert.deepEqual(a, b);
  const shuffled = generateKnownItems([...records].reverse(), { count: 6, seed: 7 });
  assert.deepEqual(shuffled, a, 'input order does not matter');
  const other = generateKnownItems(records, { count: 6, seed: 8 });
  assert.notDeepEqual(other.map((q) => q.query), a.map((q) => q.query), 'another seed gives other queries');
});

test('every query changes its title, keeps a few words, and points at its own paper only', () => {
  for (let seed = 1; seed <= 200; seed++) {
    for (const q of generateKnownItems(records, { count: 8, seed })) {
      const id = q.id.slice(1);
      assert.deepEqual(q.relevant, { [id]: 2 });
      assert.equal(q.title, records.find((r) => r.id === id)!.title);
      assert.notEqual(normalizeText(q.query), normalizeText(q.title), `seed ${seed}: "${q.query}"`);
      assert.ok(q.query.split(' ').length >= 3, `seed ${seed}: "${q.query}" is too short`);
      assert.ok(q.edits.length > 0);
    }
  }
});

test('a paper keeps its query when the sample grows', () => {
  const small = generateKnownItems(records, { count: 3, seed: 11 });
  const large = new Map(generateKnownItems(records, { count: 8, seed: 11 }).map((q) => [q.id, q.query]));
  for (const q of small) assert.equal(large.get(q.id), q.query);
});

test('short titles and titles shared by two records are never known items', () => {
  const ids = eligibleRecords(records).map((r) => r.id);
  assert.ok(!ids.includes('2501.00009'));
  assert.ok(!ids.includes('2501.00010') && !ids.includes('2501.00011'));
  assert.equal(generateKnownItems(records, { count: 100, seed: 1 }).length, 8);
});

test('edits follow the generator exactly: synonyms, then a quarter of the content words dropped, then a swap', () => {
  // A generator that always returns 0 takes every chance and always the first choice.
  const r = perturbTitle('Efficient Attention on GPUs for Large Language Models', () => 0);
  assert.equal(r.query, 'graphics attention processors llms');
  assert.deepEqual(r.edits, [
    'synonym "efficient" -> "cheap"',
    'synonym "gpus" -> "graphics processors"',
    'synonym "large language models" -> "llms"',
    'dropped "cheap" "on" "for"',
    'swapped "attention" and "graphics"',
  ]);
  // A generator that always returns 0.99 takes no chance; the forced edit still changes the title.
  const none = perturbTitle('Efficient Attention on GPUs for Large Language Models', () => 0.99);
  assert.notEqual(normalizeText(none.query), normalizeText('Efficient Attention on GPUs for Large Language Models'));
});

test('titles are cut into the words a person would type', () => {
  assert.deepEqual(titleWords('SQuat: Subspace-orthogonal KV Cache Quantization'), ['squat', 'subspace-orthogonal', 'kv', 'cache', 'quantization']);
  assert.deepEqual(titleWords('Spike-Driven Video Transformer with $\\mathcal{O}(T)$ Complexity'), ['spike-driven', 'video', 'transformer', 'with', 'o', 't', 'complexity']);
});

test('the synonym table has at least 80 distinct lower-case entries', () => {
  assert.ok(SYNONYMS.length >= 80, `${SYNONYMS.length} entries`);
  const keys = SYNONYMS.map(([k]) => k);
  assert.equal(new Set(keys).size, keys.length, 'duplicate keys');
  for (const [k, v] of SYNONYMS) {
    assert.equal(k, k.toLowerCase());
    assert.ok(v.length > 0 && v.every((s) => s && s !== k), k);
  }
});

test('mulberry32 is a fixed sequence for a seed', () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  const xs = Array.from({ length: 5 }, () => a());
  assert.deepEqual(Array.from({ length: 5 }, () => b()), xs);
  assert.ok(xs.every((x) => x >= 0 && x < 1));
});
