import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankTrending, trendingScore } from '../../src/core/trending.ts';

const now = new Date('2025-06-10T12:00:00Z');

test('trending score matches the documented formula to exact values', () => {
  // (10 + 0.5*4 + 1) / (0 + 2)^1.5 = 13 / 2.8284271247 = 4.596194078
  assert.equal(trendingScore({ upvotes: 10, numComments: 4, dailyDate: '2025-06-10' }, now).score.toFixed(9), '4.596194078');
  // (10 + 0 + 1) / (24 + 2)^1.5 = 11 / 132.5745 = 0.0829722...
  assert.equal(trendingScore({ upvotes: 10, numComments: 0, dailyDate: '2025-06-09' }, now).score.toFixed(9), '0.082972211');
  // (100 + 0.5*20 + 1) / (72 + 2)^1.5 = 111 / 636.5736 = 0.1743714...
  assert.equal(trendingScore({ upvotes: 100, numComments: 20, dailyDate: '2025-06-07' }, now).score.toFixed(9), '0.174371458');
  // Future dates (clock skew) count as age 0, not negative.
  assert.equal(trendingScore({ upvotes: 0, numComments: 0, dailyDate: '2025-06-12' }, now).ageHours, 0);
});

test('trending order: fresh votes beat old votes, ties go to upvotes then id', () => {
  const ranked = rankTrending([
    { id: 'old-big', upvotes: 100, numComments: 20, dailyDate: '2025-06-07' },
    { id: 'new-small', upvotes: 10, numComments: 4, dailyDate: '2025-06-10' },
    { id: 'day-old', upvotes: 10, numComments: 0, dailyDate: '2025-06-09' },
    { id: 'b-tie', upvotes: 3, numComments: 0, dailyDate: '2025-06-08' },
    { id: 'a-tie', upvotes: 3, numComments: 0, dailyDate: '2025-06-08' },
  ], now);
  assert.deepEqual(ranked.map((r) => r.id), ['new-small', 'old-big', 'day-old', 'a-tie', 'b-tie']);
  assert.match(ranked[0].trending.explanation, /\(10 upvotes \+ 0.5 x 4 comments \+ 1\) \/ \(0.0 h \+ 2\)\^1.5 = 4.596194/);
});
