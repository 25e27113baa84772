import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reciprocalRankFusion } from '../../src/search/fusion.ts';
import { highlight, highlightTerms } from '../../src/search/highlight.ts';

test('reciprocal rank fusion scores each item by 1/(60 + rank) summed over lists', () => {
  const fused = reciprocalRankFusion([
    [{ rowid: 1, score: 9 }, { rowid: 2, score: 5 }],
    [{ rowid: 2, score: 0.9 }, { rowid: 3, score: 0.8 }],
  ]);
  assert.deepEqual(fused.map((f) => f.rowid), [2, 1, 3]);
  assert.ok(Math.abs(fused[0]!.score - (1 / 62 + 1 / 61)) < 1e-12);
  assert.ok(Math.abs(fused[1]!.score - 1 / 61) < 1e-12);
  assert.ok(Math.abs(fused[2]!.score - 1 / 62) < 1e-12);
});

test('fusion weights and k change the balance between lists', () => {
  const lists = [[{ rowid: 1, score: 1 }], [{ rowid: 2, score: 1 }]];
  assert.deepEqual(reciprocalRankFusion(lists, { weights: [1, 2] }).map((f) => f.rowid), [2, 1]);
  assert.equal(reciprocalRankFusion(lists, { k: 0 })[0]!.score, 1);
  assert.deepEqual(reciprocalRankFusion([]), []);
});

test('highlight marks words starting with a query term, folding case and accents', () => {
  const segs = highlight('GPU kernels for Fréchet distances', ['kernel', 'frechet']);
  assert.deepEqual(segs, [
    { text: 'GPU ', mark: false }, { text: 'kernels', mark: true }, { text: ' for ', mark: false },
    { text: 'Fréchet', mark: true }, { text: ' distances', mark: false },
  ]);
  assert.equal(segs.map((s) => s.text).join(''), 'GPU kernels for Fréchet distances');
});

test('highlight leaves text whole when nothing matches and returns data, not markup', () => {
  assert.deepEqual(highlight('<b>x</b>', ['zzz']), [{ text: '<b>x</b>', mark: false }]);
  assert.deepEqual(highlight('<script>alert(1)</script>', ['script']).filter((s) => s.mark).map((s) => s.text), ['script', 'script']);
  assert.deepEqual(highlight('', ['a']), []);
});

test('highlight terms skip excluded words and keep phrase words', () => {
  assert.deepEqual(highlightTerms('sparse "flash attention" -survey GPU*'), ['sparse', 'flash', 'attention', 'gpu']);
  assert.deepEqual(highlightTerms('-"a b" -c'), []);
});
