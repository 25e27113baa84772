import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPaper } from '../../src/results/extract/index.ts';
import { findQuantities } from '../../src/results/extract/quantities.ts';
import { normalize } from '../../src/results/extract/normalize.ts';
import { splitSentences } from '../../src/results/extract/sentences.ts';
import { loadDictionaries } from '../../src/results/dictionaries/load.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpDir } from '../helpers/tmp.ts';

/** The fields a reader sees, plus the exact text of the number. */
function brief(text: string) {
  return extractPaper('', text).claims.map((c) => ({
    metric: c.metric, value: c.value ?? [c.min, c.max], unit: c.unit, direction: c.direction, qualifier: c.qualifier,
    baseline: c.baseline, hardware: c.hardware, benchmark: c.benchmark, text: text.slice(c.valueStart, c.valueEnd),
  }));
}
const claim = (o: Partial<ReturnType<typeof brief>[number]>) => ({
  metric: 'speedup', value: 0, unit: 'x', direction: 'better', qualifier: null, baseline: null, hardware: null, benchmark: null, text: '', ...o,
});

const CASES: Array<[string, ReturnType<typeof claim>[]]> = [
  ['Our kernels achieve a 2.4\\times speedup over cuBLAS on an NVIDIA H100.',
    [claim({ value: 2.4, baseline: 'cuBLAS', hardware: 'NVIDIA H100', text: '2.4\\times' })]],
  ['The generated kernels are 1.9-38.8x faster than PyTorch eager on KernelBench.',
    [claim({ value: [1.9, 38.8], baseline: 'PyTorch eager', benchmark: 'KernelBench', text: '1.9-38.8x' })]],
  ['It achieves speedups of up to 4.86x and 2.18x on NVIDIA and AMD GPUs, respectively, over vendor libraries.', [
    claim({ value: 4.86, qualifier: 'up to', baseline: 'vendor libraries', hardware: 'NVIDIA GPU', text: '4.86x' }),
    claim({ value: 2.18, qualifier: 'up to', baseline: 'vendor libraries', hardware: 'AMD GPU', text: '2.18x' }),
  ]],
  ['Our method reduces memory by 61% compared to FlashAttention.',
    [claim({ metric: 'memory', value: 61, unit: '%', baseline: 'FlashAttention', text: '61%' })]],
  ['We achieve 97.6% correctness and an average 1.68x speedup over PyTorch baselines on an Alveo U280 FPGA.', [
    claim({ metric: 'correctness', value: 97.6, unit: '%', baseline: 'PyTorch baselines', hardware: 'AMD Alveo U280', text: '97.6%' }),
    claim({ value: 1.68, qualifier: 'average', baseline: 'PyTorch baselines', hardware: 'AMD Alveo U280', text: '1.68x' }),
  ]],
  ['The accelerator reaches 1,264 tokens/s at 0.16 W and 11.67 TOPS/W.', [
    claim({ metric: 'throughput', value: 1264, unit: 'tokens/s', direction: null, text: '1,264 tokens/s' }),
    claim({ metric: 'power', value: 0.16, unit: 'W', direction: null, text: '0.16 W' }),
    claim({ metric: 'energy_efficiency', value: 11.67, unit: 'TOPS/W', direction: null, text: '11.67 TOPS/W' }),
  ]],
  ['The design incurs only 1.0% area overhead and 15.6% performance overhead on MiBench.', [
    claim({ metric: 'area', value: 1, unit: '%', direction: 'worse', benchmark: 'MiBench', text: '1.0%' }),
    claim({ value: 15.6, unit: '%', direction: 'worse', benchmark: 'MiBench', text: '15.6%' }),
  ]],
  ['Reducing power, latency and area by 69$\\times$, 2.2$\\times$ and 1.9$\\times$, respectively, compared with the 2D counterpart.', [
    claim({ metric: 'power', value: 69, baseline: '2D counterpart', text: '69$\\times$' }),
    claim({ metric: 'latency', value: 2.2, baseline: '2D counterpart', text: '2.2$\\times$' }),
    claim({ metric: 'area', value: 1.9, baseline: '2D counterpart', text: '1.9$\\times$' }),
  ]],
  ['Compared with the state-of-the-art 8.75 μW design, ours consumes 3.07 μW, a 64.9% reduction in power.', [
    claim({ metric: 'power', value: 3.07, unit: 'μW', direction: null, text: '3.07 μW' }),
    claim({ metric: 'power', value: 64.9, unit: '%', baseline: 'state-of-the-art design', text: '64.9%' }),
  ]],
  ['Latency drops from 0.944s to 0.053s.', [claim({ metric: 'latency', value: 0.053, unit: 's', direction: null, text: '0.053s' })]],
  ['On 8x A100 GPUs, throughput improves by 35%.', [claim({ metric: 'throughput', value: 35, unit: '%', hardware: 'NVIDIA A100', text: '35%' })]],
  // Percentages and multiplications that are not results.
  ['Models were trained on 70% of the data and tested on the remaining 30%.', []],
  ['We use a 40% pruning rate and an 8x8 systolic array with INT8$\\times$INT8 multipliers on a 8192 x 8192 matrix.', []],
  ['Prior work reported a 3x speedup over CPUs.', []],
  ['GPUs account for up to 99% of the cluster\'s cost.', []],
];

for (const [text, expected] of CASES) {
  test(`extracts: ${text.slice(0, 70)}`, () => assert.deepEqual(brief(text), expected));
}

test('every claim links to its exact sentence in the source field', () => {
  const abstract = 'We study kernels. Ours is 3.1x faster than cuDNN. Done.';
  const [c] = extractPaper('Fast kernels', abstract).claims;
  assert.equal(c!.source, 'abstract');
  assert.equal(c!.span, 'Ours is 3.1x faster than cuDNN.');
  assert.equal(abstract.slice(c!.spanStart, c!.spanEnd), c!.span);
  assert.equal(abstract.slice(c!.valueStart, c!.valueEnd), '3.1x');
});

test('claims in the title are read too', () => {
  const [c] = extractPaper('FlexLink: Boosting NVLink Bandwidth by 27%', '').claims;
  assert.deepEqual([c!.metric, c!.value, c!.unit, c!.source], ['bandwidth', 27, '%', 'title']);
});

test('sentences split at periods but not after abbreviations or inside numbers', () => {
  assert.deepEqual(splitSentences('It is 2.5x faster, e.g. on GPUs. Compared to Dr. RTL it wins. Next.').map((s) => s.text),
    ['It is 2.5x faster, e.g. on GPUs.', 'Compared to Dr. RTL it wins.', 'Next.']);
});

test('numbers and units: LaTeX, Unicode, ranges, thousands', () => {
  const q = (s: string) => findQuantities(normalize(s).text).map((x) => [x.value ?? [x.min, x.max], x.unit]);
  assert.deepEqual(q('$10.26\\times$ and 4.5× to 219.8× and 40\\% and 94% ~ 96%'), [[10.26, 'x'], [[4.5, 219.8], 'x'], [40, '%'], [[94, 96], '%']]);
  assert.deepEqual(q('25.8%--35.2% and 6,000 records/s and 0.214 mm$^2$ and 125 MXFP8-GFLOPS'), [[[25.8, 35.2], '%'], [6000, 'records/s'], [0.214, 'mm2'], [125, 'GFLOPS']]);
  assert.deepEqual(q('7.52 times and 17-fold and 2.08 μJ and 120 KB'), [[7.52, 'x'], [17, 'x'], [2.08, 'μJ'], [120, 'KB']]);
});

test('artifacts: repositories, model pages, and what a paper introduces', () => {
  const { artifacts } = extractPaper('', 'We introduce KBench-X, a benchmark of GPU kernels. Code: https://github.com/example/fastkern. Weights at https://huggingface.co/example/fast-7b and data at https://huggingface.co/datasets/example/kb.');
  assert.deepEqual(artifacts.map((a) => [a.kind, a.name, a.relation]), [
    ['code', 'example/fastkern', 'introduces'],
    ['model', 'example/fast-7b', 'introduces'],
    ['dataset', 'example/kb', 'introduces'],
    ['benchmark', 'KBench-X', 'introduces'],
  ]);
});

test('operators extend the hardware dictionary with a JSON file; a bad file names the field', () => {
  const dir = tmpDir();
  const file = join(dir, 'dict.json');
  writeFileSync(file, JSON.stringify({ hardware: [{ name: 'Acme Tensor Engine', kind: 'accelerator', aliases: ['ATE-2'] }] }));
  const d = loadDictionaries(file);
  assert.equal(extractPaper('', 'It runs 3x faster on the ATE-2.', d).claims[0]!.hardware, 'Acme Tensor Engine');
  writeFileSync(file, JSON.stringify({ hardware: [{ aliases: ['x'] }] }));
  assert.throws(() => loadDictionaries(file), /field "hardware\.0\.name"/);
});
