import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  dcgAt, idealDcgAt, mean, ndcgAt, precisionAt, recallAt, reciprocalRankAt, relevantCount, scoreRun, topK,
} from '../../eval/metrics.ts';

/** Equal to twelve decimals: the values below were worked out by hand from the formulas. */
const near = (actual: number, expected: number, what = '') =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${what} ${actual} != ${expected}`);

// Grades: a, d on topic (2), b related (1), c judged not relevant (0); x, y unjudged.
const judged = { a: 2, b: 1, c: 0, d: 2 };
const ranked = ['x', 'b', 'a', 'c', 'y', 'd'];

test('reciprocal rank is 1 / rank of the first relevant id within the cutoff', () => {
  assert.equal(reciprocalRankAt(ranked, judged, 10), 0.5);
  assert.equal(reciprocalRankAt(ranked, judged, 2), 0.5);
  assert.equal(reciprocalRankAt(ranked, judged, 1), 0);
  near(reciprocalRankAt(ranked, judged, 10, 2), 1 / 3, 'grade-2 only');
  assert.equal(reciprocalRankAt([], judged, 10), 0);
});

test('recall counts relevant ids in the top k over all relevant ids', () => {
  assert.equal(relevantCount(judged), 3);
  near(recallAt(ranked, judged, 2), 1 / 3);
  near(recallAt(ranked, judged, 3), 2 / 3);
  assert.equal(recallAt(ranked, judged, 10), 1);
  assert.equal(recallAt(ranked, judged, 10, 2), 1);
  assert.equal(recallAt(ranked, judged, 3, 2), 0.5);
  assert.equal(recallAt(ranked, {}, 10), 0, 'nothing relevant');
});

test('precision divides by k, so a short list is not rewarded', () => {
  assert.equal(precisionAt(ranked, judged, 1), 0);
  near(precisionAt(ranked, judged, 3), 2 / 3);
  assert.equal(precisionAt(ranked, judged, 10), 0.3);
  assert.equal(precisionAt(['a'], judged, 10), 0.1);
});

test('nDCG uses exponential gain and a log2(rank + 1) discount', () => {
  // DCG@6 = (2^1-1)/log2(3) + (2^2-1)/log2(4) + (2^2-1)/log2(7)
  near(dcgAt(ranked, judged, 6), 3.1995513148955244, 'DCG@6');
  // Ideal order 2, 2, 1: 3/1 + 3/log2(3) + 1/log2(4)
  near(idealDcgAt(judged, 6), 5.392789260714372, 'IDCG@6');
  near(ndcgAt(ranked, judged, 6), 0.5933017516934614, 'nDCG@6');
  near(ndcgAt(ranked, judged, 3), 0.3951442658987156, 'nDCG@3');
  assert.equal(ndcgAt(['a', 'd', 'b'], judged, 10), 1, 'the ideal ranking');
  assert.equal(ndcgAt(['d', 'a', 'b', 'x'], judged, 3), 1, 'ties between equal grades do not matter');
  assert.equal(ndcgAt(ranked, {}, 10), 0, 'nothing relevant');
  assert.equal(ndcgAt(['c', 'x'], judged, 10), 0);
});

test('a repeated id counts once, at its first place', () => {
  assert.deepEqual(topK(['b', 'b', 'a', 'b', 'x'], 3), ['b', 'a', 'x']);
  assert.equal(precisionAt(['b', 'b', 'b'], judged, 3), 1 / 3);
  near(dcgAt(['b', 'b'], judged, 2), 1, 'DCG of one grade-1 hit at rank 1');
});

test('cutoffs must be positive integers', () => {
  assert.throws(() => precisionAt(ranked, judged, 0), RangeError);
  assert.throws(() => ndcgAt(ranked, judged, 2.5), RangeError);
  assert.throws(() => recallAt(ranked, judged, -1), RangeError);
});

test('mean is NaN for no values, so a missing measurement never reads as zero', () => {
  assert.ok(Number.isNaN(mean([])));
  assert.equal(mean([1, 2, 3, 4]), 2.5);
});

test('scoreRun averages every metric over the queries; a query without results scores zero', () => {
  const queries = [
    { id: 'q1', query: 'one', relevant: judged },
    { id: 'q2', query: 'two', relevant: { z: 2 } },
  ];
  const s = scoreRun(queries, new Map([['q1', ranked]]));
  assert.equal(s.queries, 2);
  assert.equal(s.mrr10, 0.25);
  assert.equal(s.recall10, 0.5);
  assert.equal(s.recall50, 0.5);
  assert.equal(s.precision10, 0.15);
  near(s.ndcg10, 0.5933017516934614 / 2, 'nDCG@10');
});
