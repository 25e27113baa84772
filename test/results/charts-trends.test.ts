import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayNumber, fillMonths, linear, monthRange, niceTicks, timeTicks } from '../../src/results/chart.ts';
import { growingTerms, titleTerms } from '../../src/results/trends.ts';
import { claimsToCsv, csvField, presentClaim } from '../../src/results/present.ts';
import { formatValue, spanParts, splitSpan } from '../../src/web/results/view.ts';

test('scales and ticks are exact', () => {
  assert.equal(linear(0, 10, 100, 200)(2.5), 125);
  assert.equal(linear(5, 5, 0, 10)(5), 5, 'a flat domain maps to the middle');
  assert.deepEqual(niceTicks(0, 38.8), [0, 10, 20, 30, 40]);
  assert.deepEqual(niceTicks(0, 3), [0, 1, 2, 3]);
  assert.deepEqual(niceTicks(0, 0.9), [0, 0.2, 0.4, 0.6, 0.8, 1]);
  assert.deepEqual(niceTicks(0, 7, 4), [0, 2, 4, 6, 8]);
  assert.deepEqual(niceTicks(4, 4), [4]);
});

test('months: ranges over year ends, gaps filled with zero', () => {
  assert.deepEqual(monthRange('2024-11', '2025-02'), ['2024-11', '2024-12', '2025-01', '2025-02']);
  assert.deepEqual(fillMonths([{ month: '2024-12', papers: 3 }], '2024-11', '2025-01'),
    [{ month: '2024-11', papers: 0 }, { month: '2024-12', papers: 3 }, { month: '2025-01', papers: 0 }]);
  assert.equal(dayNumber('1970-01-02'), 1);
});

test('time axis labels: months for a few months, every other month or half-years for longer, years for a decade; the first and each January carry the year', () => {
  const labels = (from: string, to: string) => timeTicks(dayNumber(from), dayNumber(to)).map((t) => t.label);
  assert.deepEqual(labels('2026-06-20', '2026-12-10'), ['Jul 2026', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
  assert.deepEqual(labels('2025-11-15', '2026-12-10'), ['Jan 2026', 'Mar', 'May', 'Jul', 'Sep', 'Nov']);
  assert.deepEqual(labels('2023-01-01', '2026-12-10'), ['Jan 2023', 'Jul', 'Jan 2024', 'Jul', 'Jan 2025', 'Jul', 'Jan 2026', 'Jul']);
  assert.deepEqual(labels('2016-01-01', '2026-12-10'), ['2016', '2018', '2020', '2022', '2024', '2026']);
  // A single day's claims (fifteen days either side) still get the month they fall in.
  assert.deepEqual(timeTicks(dayNumber('2026-07-02'), dayNumber('2026-08-01')), [{ day: dayNumber('2026-08-01'), label: 'Aug 2026' }]);
});

test('title terms: words and adjacent pairs, without function words or numbers', () => {
  assert.deepEqual([...titleTerms('Sparse Attention for LLM Inference on the $\\mathcal{O}(n)$ 2025 GPU')],
    ['sparse', 'attention', 'sparse attention', 'llm', 'inference', 'llm inference', 'gpu']);
  // Words any title uses whatever its topic ("Leveraging", "Across", "Modern") are no terms.
  assert.deepEqual([...titleTerms('Leveraging Modern Accelerators Across Sparse Workloads')], ['accelerators', 'sparse', 'workloads', 'sparse workloads']);
});

test('growing terms: share in the recent months over share before, smoothed', () => {
  const titles = [
    ...Array.from({ length: 4 }, () => ({ month: '2025-03', title: 'Speculative Decoding' })),
    { month: '2025-03', title: 'Graph Kernels' },
    ...Array.from({ length: 5 }, () => ({ month: '2024-12', title: 'Graph Kernels' })),
    { month: '2024-12', title: 'Speculative Sampling' },
  ];
  // R = 5 recent, P = 6 before. "decoding": (4+1)/6 over (0+1)/7 = 5.8333; "speculative": (4+1)/6 over (1+1)/7 = 2.9167.
  assert.deepEqual(growingTerms(titles, '2025-01'), [
    { term: 'decoding', recent: 4, prior: 0, growth: 5.8333 },
    { term: 'speculative decoding', recent: 4, prior: 0, growth: 5.8333 },
    { term: 'speculative', recent: 4, prior: 1, growth: 2.9167 },
  ]);
});

test('presenting: a range has min and max; CSV quotes and defuses formulas; values read naturally', () => {
  const c = { metric: 'speedup' as const, value: null, min: 1.9, max: 38.8, unit: 'x', direction: 'better' as const, qualifier: null, baseline: 'PyTorch, eager', hardware: null, benchmark: null, source: 'abstract' as const, span: 'It is 1.9-38.8x faster.', spanStart: 10, spanEnd: 33, valueStart: 16, valueEnd: 25 };
  const json = presentClaim(c);
  assert.deepEqual([json.min, json.max, 'value' in json], [1.9, 38.8, false]);
  assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField(null), '');
  assert.equal(claimsToCsv([{ ...c, id: 1, paperId: '2501.1', paperTitle: 'T', publishedAt: '2025-01-02' }]).split('\r\n')[1],
    '2501.1,T,2025-01-02,speedup,,1.9,38.8,x,better,,"PyTorch, eager",,,It is 1.9-38.8x faster.');
  assert.equal(formatValue(c), '1.9–38.8×');
  assert.equal(formatValue({ value: 4.86, min: null, max: null, unit: 'x', qualifier: 'up to' }), 'up to 4.86×');
  assert.equal(formatValue({ value: 1264, min: null, max: null, unit: 'tokens/s', qualifier: null }), '1264 tokens/s');
  assert.equal(formatValue({ value: 0.07, min: null, max: null, unit: '$', qualifier: 'average' }), 'average $0.07');
  assert.equal(formatValue({ value: 30, min: null, max: null, unit: 'million USD', qualifier: null }), '$30 million');
  assert.deepEqual(splitSpan(c), ['It is ', '1.9-38.8x', ' faster.']);
});

test('a span to show: its math as formulas, and a formula the number is part of marked whole', () => {
  const at = (span: string, num: string) => { const i = span.indexOf(num); return { span, spanStart: 50, valueStart: 50 + i, valueEnd: 50 + i + num.length }; };
  assert.deepEqual(spanParts(at('CODO delivers $1.45\\times$ to $4.52\\times$ speedups.', '1.45\\times$ to $4.52\\times')), [
    [{ kind: 'text', text: 'CODO delivers ' }],
    [{ kind: 'math', tex: '1.45\\times', display: false }, { kind: 'text', text: ' to ' }, { kind: 'math', tex: '4.52\\times', display: false }],
    [{ kind: 'text', text: ' speedups.' }],
  ]);
  assert.deepEqual(spanParts(at('It costs \\$5 and is 3x faster.', '3x')), [[{ kind: 'text', text: 'It costs $5 and is ' }], [{ kind: 'text', text: '3x' }], [{ kind: 'text', text: ' faster.' }]]);
  assert.deepEqual(spanParts(at('It is 1.9-38.8x faster.', '1.9-38.8x')), [[{ kind: 'text', text: 'It is ' }], [{ kind: 'text', text: '1.9-38.8x' }], [{ kind: 'text', text: ' faster.' }]]);
});
