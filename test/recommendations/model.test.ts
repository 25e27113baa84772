import { test } from 'node:test';
import assert from 'node:assert/strict';
import { examplesFrom } from '../../src/recommendations/learn.ts';
import { explain, learnedTerms, scorePaper, scoringModel, buildReaderModel } from '../../src/recommendations/model.ts';
import { fingerprint, labelled, netWeights, sinceReset, SIGNAL_WEIGHTS } from '../../src/recommendations/signals.ts';
import { trainLogistic } from '../../src/recommendations/train.ts';
import type { PaperFeatures, Signal } from '../../src/recommendations/types.ts';

const f = (rowid: number, dense: number[], terms: Record<string, number>): PaperFeatures => ({ rowid, dense: Float32Array.from(dense), terms: new Map(Object.entries(terms)) });
const sig = (kind: Signal['kind'], rowid: number, at = '2025-01-01T00:00:00Z', collectionId: number | null = null): Signal => ({ kind, rowid, at, collectionId });
const surface = { surface: (s: string) => s.toUpperCase() };

test('signal weights: explicit acts weigh 1, read and skip half, negatives below zero', () => {
  assert.deepEqual(SIGNAL_WEIGHTS, { upvote: 1, collection: 1, read_later: 1, note: 1, seed: 1, read: 0.5, not_interested: -1, skip: -0.5 });
  // Net weight per paper: an upvote and a later "not interested" cancel out; two positives add up.
  assert.deepEqual([...netWeights([sig('upvote', 1), sig('not_interested', 1), sig('upvote', 2), sig('note', 2), sig('skip', 3)])], [[1, 0], [2, 2], [3, -0.5]]);
});

test('a reset drops the signals up to it; a collection scope keeps its own papers and the negatives', () => {
  const signals = [sig('upvote', 1, '2025-01-01T00:00:00Z'), sig('upvote', 2, '2025-02-01T00:00:00Z')];
  assert.deepEqual(sinceReset(signals, '2025-01-15T00:00:00Z').map((s) => s.rowid), [2]);
  assert.equal(sinceReset(signals, null).length, 2);
  const mixed = [sig('collection', 5, undefined, 7), sig('collection', 6, undefined, 8), sig('upvote', 9), sig('not_interested', 10)];
  assert.deepEqual([...labelled(mixed, 7)], [[5, 1], [10, -1]]);
  assert.deepEqual([...labelled(mixed, null)].sort((a, b) => a[0] - b[0]), [[5, 1], [6, 1], [9, 1], [10, -1]]);
});

test('the fingerprint changes with labels, picks, a reset, the embedding model and new papers, not with their order', () => {
  const base = { labels: new Map([[1, 1], [2, -1]]), seeds: [{ kind: 'category' as const, value: 'cs.AR' }], resetAt: null, embeddingModelId: 3, newestRowid: 40 };
  const fp = fingerprint(base);
  assert.match(fp, /^[0-9a-f]{32}$/);
  assert.equal(fingerprint({ ...base, labels: new Map([[2, -1], [1, 1]]) }), fp);
  for (const change of [{ labels: new Map([[1, 1]]) }, { seeds: [] }, { resetAt: '2025-01-01' }, { embeddingModelId: 4 }, { newestRowid: 41 }]) {
    assert.notEqual(fingerprint({ ...base, ...change }), fp, JSON.stringify(change));
  }
});

test('examples: labelled papers weigh their signals; background papers share the positives\' weight', () => {
  const feats = new Map([[1, f(1, [1, 0], {})], [2, f(2, [0, 1], {})], [3, f(3, [0, 1], {})]]);
  const bg = [f(2, [0, 1], {}), f(10, [0, 1], {}), f(11, [0, 1], {}), f(12, [0, 1], {}), f(13, [0, 1], {})];
  const ex = examplesFrom(new Map([[1, 2], [2, -0.5], [99, 1]]), feats, bg);
  // Rowid 99 has no features and is dropped; background rowid 2 is labelled and not used twice.
  assert.deepEqual(ex.map((e) => [e.features.rowid, e.label, e.weight]), [[1, 1, 2], [2, 0, 0.5], [10, 0, 0.5], [11, 0, 0.5], [12, 0, 0.5], [13, 0, 0.5]]);
});

test('logistic regression learns the liked direction and the liked words, deterministically', () => {
  const pos = [f(1, [1, 0], { kernel: 0.8, gpu: 0.6 }), f(2, [0.96, 0.28], { kernel: 1 })];
  const neg = [f(3, [0, 1], { protein: 1 }), f(4, [0.28, 0.96], { protein: 0.6, fold: 0.8 })];
  const ex = [...pos.map((x) => ({ features: x, label: 1 as const, weight: 1 })), ...neg.map((x) => ({ features: x, label: 0 as const, weight: 1 }))];
  const w = trainLogistic(ex, 2, { l2: 0.02, iterations: 250 });
  assert.ok(w.dense[0]! > 0 && w.dense[1]! < 0, `dense ${[...w.dense]}`);
  assert.ok(w.terms.get('kernel')! > 0 && w.terms.get('protein')! < 0);
  assert.deepEqual(trainLogistic(ex, 2, { l2: 0.02, iterations: 250 }), w);
  // A stronger penalty keeps the weights smaller.
  const strong = trainLogistic(ex, 2, { l2: 1, iterations: 250 });
  assert.ok(Math.abs(strong.terms.get('kernel')!) < Math.abs(w.terms.get('kernel')!));
});

test('scores are the bias plus the dense and word products; explanations name the paper\'s words that added most', () => {
  const corpus = { surface: (s: string) => s, wordVector: () => undefined } as never;
  const stored = buildReaderModel({
    weights: { bias: -0.5, dense: Float64Array.from([2, -1]), terms: new Map([['kernel', 1.5], ['gpu', 0.5], ['protein', -2]]) },
    corpus, embeddingModelId: 1, anchors: [{ rowid: 7, id: '2501.00007', title: 'My kernel paper', dense: Float32Array.from([1, 0]) }],
    counts: { upvote: 1 }, positives: 1, negatives: 0, background: 0, trainedAt: '2025-01-01T00:00:00Z',
  });
  const m = scoringModel(stored);
  const paper = f(8, [0.6, 0.8], { kernel: 0.6, gpu: 0.8, protein: 0 });
  // -0.5 + (2 * 0.6 - 1 * 0.8) + (1.5 * 0.6 + 0.5 * 0.8) = -0.5 + 0.4 + 1.3 = 1.2
  assert.ok(Math.abs(scorePaper(m, paper) - 1.2) < 1e-6);
  const why = explain(m, paper, surface);
  // kernel adds 0.9, gpu 0.4; protein adds nothing. The anchor is 0.6 close (int8 rounding aside).
  assert.deepEqual([why.terms, why.authors], [['KERNEL', 'GPU'], []]);
  assert.equal(why.near[0]!.id, '2501.00007');
  assert.ok(Math.abs(why.near[0]!.similarity - 0.6) < 0.01);
  assert.deepEqual(learnedTerms(stored, 5), { liked: ['kernel', 'gpu'], disliked: ['protein'] });
});

test('authors are features too: a liked author is named in the reason, apart from the words', () => {
  const corpus = { surface: (s: string) => s, wordVector: () => undefined } as never;
  const stored = buildReaderModel({
    weights: { bias: 0, dense: Float64Array.from([0, 0]), terms: new Map([['kernel', 1], ['@Ada Lovelace', 2]]) },
    corpus, embeddingModelId: 1, anchors: [], counts: {}, positives: 1, negatives: 0, background: 0, trainedAt: '2025-01-01T00:00:00Z',
  });
  assert.deepEqual(stored.terms.map(([k, shown]) => [k, shown]), [['@Ada Lovelace', 'Ada Lovelace'], ['kernel', 'kernel']]);
  const why = explain(scoringModel(stored), f(3, [0, 0], { kernel: 0.5, '@Ada Lovelace': 0.35, '@Alan Turing': 0.35 }), { surface: (s) => s });
  assert.deepEqual([why.terms, why.authors], [['kernel'], ['Ada Lovelace']]);
});
