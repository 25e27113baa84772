import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreement } from '../../eval/results/agreement.ts';
import { renderResultsReport } from '../../eval/results/report.ts';
import { scoreClaims } from '../../eval/results/score.ts';

const first = [
  { id: 'p1', claims: [
    { metric: 'speedup', value: 2, unit: 'x', baseline: 'cuBLAS', hardware: 'H100' },
    { metric: 'accuracy', value: 90, unit: '%' },
  ] },
  { id: 'p2', claims: [{ metric: 'latency', min: 3, max: 5, unit: 'ms', hardware: 'FPGA' }] },
];

test('a second annotator is scored against the first like the extractor; alternatives on either side agree', () => {
  const second = [
    { id: 'p1', claims: [
      { metric: 'speedup', value: 2, unit: 'x', baseline: ['the cuBLAS baseline', 'PyTorch'], hardware: ['NVIDIA H100 GPU', 'CPU'] },
      { metric: 'correctness', value: 90, unit: '%' },
    ] },
    { id: 'p2', claims: [{ metric: 'latency', min: 3, max: 5, unit: 'ms' }] },
  ];
  const s = agreement(first, second);
  assert.deepEqual(s.fields['metric+value+unit'], { tp: 2, predicted: 3, gold: 3 }, 'the accuracy read as correctness is one disagreement each way');
  assert.deepEqual(s.fields.baseline, { tp: 1, predicted: 1, gold: 1 });
  assert.deepEqual(s.fields.hardware, { tp: 1, predicted: 1, gold: 2 }, 'a device only the first gave is a recall miss');
  assert.equal(s.misses.find((m) => m.kind === 'spurious')?.detail, 'correctness 90 % from a label');
  const swapped = agreement(second, first);
  assert.deepEqual(swapped.fields.hardware, { tp: 1, predicted: 2, gold: 1 }, 'swapping the annotators swaps precision and recall');
});

test('direction and qualifier agree between annotators where both label them', () => {
  const one = [{ id: 'p1', claims: [{ metric: 'speedup', value: 2, unit: 'x', direction: 'better' as const, qualifier: 'up to' }, { metric: 'accuracy', value: 90, unit: '%', direction: null, qualifier: null }] }];
  const two = [{ id: 'p1', claims: [{ metric: 'speedup', value: 2, unit: 'x', direction: 'better' as const, qualifier: null }, { metric: 'accuracy', value: 90, unit: '%', direction: 'better' as const, qualifier: null }] }];
  const s = agreement(one, two);
  assert.deepEqual(s.fields.direction, { tp: 1, predicted: 2, gold: 1 });
  assert.deepEqual(s.fields.qualifier, { tp: 0, predicted: 0, gold: 1 });
  // A second annotator who did not label them is no disagreement.
  const unlabeled = [{ id: 'p1', claims: [{ metric: 'speedup', value: 2, unit: 'x' }, { metric: 'accuracy', value: 90, unit: '%' }] }];
  assert.deepEqual(agreement(one, unlabeled).fields.direction, { tp: 0, predicted: 0, gold: 0 });
});

test('both annotators must have labeled the same papers', () => {
  assert.throws(() => agreement(first, [first[0]!]), /must hold the same papers: missing p2/);
  assert.throws(() => agreement([first[0]!], first), /not in the first annotator's lines p2/);
});

test('the report shows the annotators against each other next to the extractor against each', () => {
  const s = agreement(first, first);
  const empty = scoreClaims([], new Map());
  const out = renderResultsReport({ all: s, tuning: s, heldOut: empty, heldOutBlocks: [], msPerPaper: 1,
    agreement: { lines: '1139-1140', betweenAnnotators: s, extractorVsFirst: empty, extractorVsSecond: empty } });
  assert.match(out, /### Agreement between annotators \(lines 1139-1140: 2 papers labeled twice, blind; first 3 claims, second 3\)/);
  assert.match(out, /\| metric\+value\+unit \| 1\.00 \/ 1\.00 \| 1\.00 \/ 1\.00 \| 1\.00 \/ 1\.00 \|/);
});
