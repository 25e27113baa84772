import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeTitle, paperIdForTitle, titleKey } from '../../src/core/title-key.ts';

test('titles that differ only in form normalize alike', () => {
  const same = [
    'FlashAttention: Fast and Memory-Efficient Exact Attention',
    'flashattention  fast and memory efficient exact attention',
    'FlashAttention:\n  Fast and Memory-Efficient Exact Attention.',
    'ＦｌａｓｈAttention: Fast and Memory–Efficient Exact Attention',
    '\\textbf{FlashAttention}: Fast and Memory-Efficient Exact Attention',
  ];
  const keys = new Set(same.map(titleKey));
  assert.equal(keys.size, 1, [...same.map(normalizeTitle)].join(' | '));
});

test('accents and LaTeX accents fold to letters', () => {
  assert.equal(normalizeTitle("Erd\\H{o}s and Bal\\'azs meet Poincaré"), 'erdos and balazs meet poincare');
  assert.equal(normalizeTitle('$O(n \\log n)$ Sorting'), 'o n log n sorting');
});

test('different titles get different ids; ids are stable', () => {
  assert.notEqual(titleKey('Attention is all you need'), titleKey('Attention is not all you need'));
  assert.equal(paperIdForTitle('A Study'), paperIdForTitle('a study'));
  assert.match(paperIdForTitle('A Study'), /^t-[0-9a-f]{12}$/);
});
