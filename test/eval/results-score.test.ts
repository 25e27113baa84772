import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hardwareMatches, norm, precision, recall, scoreClaims, textMatches } from '../../eval/results/score.ts';
import { TUNING_LINES, splitLabels } from '../../eval/results/run.ts';
import { renderResultsReport } from '../../eval/results/report.ts';
import type { Claim } from '../../src/results/types.ts';
import { HF_DAILY, LABEL_SOURCES, loadAbstracts } from '../../eval/results/abstracts.ts';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const claim = (o: Partial<Claim>): Claim => ({
  metric: 'speedup', value: 2, min: null, max: null, unit: 'x', direction: 'better', qualifier: null, baseline: null, hardware: null,
  benchmark: null, source: 'abstract', span: 's', spanStart: 0, spanEnd: 1, valueStart: 0, valueEnd: 1, ...o,
});

test('names compare without case, spaces, hyphens, articles or the word baseline; one containing the other', () => {
  assert.equal(norm('The NCCL baseline'), 'nccl');
  assert.equal(textMatches('NVIDIA H100', 'H100'), true);
  assert.equal(textMatches('Google TPU v6e', 'TPUv6e'), true);
  assert.equal(textMatches('Qwen 3.7-Plus', 'Qwen~3.7-Plus'), true, "LaTeX's unbreakable space is a space");
  assert.equal(textMatches('FPGA', ['VCK5000', 'FPGA']), true, 'any alternative');
  assert.equal(textMatches('baseline', 'the baseline'), true, 'nothing left after normalizing: compared as written');
  assert.equal(textMatches('GPU', 'CPU'), false);
  assert.equal(textMatches(null, 'CPU'), false);
});

test('a device label written otherwise agrees when the hardware dictionary reads it as the predicted entry', () => {
  assert.equal(hardwareMatches('AMD Alveo U55C', 'AMD Xilinx U55c'), true, 'same board, another vendor spelling');
  assert.equal(hardwareMatches('AMD Alveo U55C', ['GPU', 'Xilinx U55C card']), true, 'any alternative');
  assert.equal(hardwareMatches('AMD Alveo U280', 'AMD Xilinx U55c'), false, 'another board');
  assert.equal(hardwareMatches('AMD Alveo U55C', 'U55C and U280'), false, 'a label naming two devices is not one of them');
  assert.equal(hardwareMatches('GPU', 'CPU'), false, 'classes compare as text');
  assert.equal(hardwareMatches(null, 'U55C'), false);
  assert.equal(hardwareMatches('AMD Zynq ZCU104', 'Xilinx Zynq UltraScale Plus ZCU104'), true, 'a family written with its member is the member');
  assert.equal(hardwareMatches('AMD Zynq', 'Xilinx Zynq UltraScale Plus ZCU104'), false, 'the family is not the board');
  assert.equal(hardwareMatches('AMD Zynq ZCU104', 'AMD Zynq UltraScale+ (ZCU104) FPGA'), true, 'a series written with its board is the board');
  assert.equal(hardwareMatches('Xilinx Zynq UltraScale+', 'AMD Zynq UltraScale+ (ZCU104) FPGA'), false, 'the series is not the board');
  assert.equal(hardwareMatches('Intel CPU', 'Intel server processors'), true, "a vendor's class in other words");
  assert.equal(hardwareMatches('Intel CPU', 'Intel Xeon processors and GPUs'), false, 'a label naming a device is compared with the device');
});

test('precision and recall per field, each label used once', () => {
  const labels = [{ id: 'p1', claims: [
    { metric: 'speedup', value: 2, unit: 'x', baseline: 'cuBLAS', hardware: 'H100' },
    { metric: 'speedup', min: 1.9, max: 38.8, unit: 'x' },
    { metric: 'accuracy', value: 90, unit: '%' },
  ] }];
  const predicted = new Map([['p1', [
    claim({ baseline: 'cuBLAS', hardware: 'NVIDIA A100' }),
    claim({ value: null, min: 1.9, max: 38.8, baseline: 'PyTorch' }),
    claim({ value: 2 }),
  ]]]);
  const s = scoreClaims(labels, predicted);
  assert.deepEqual(s.fields['metric+value+unit'], { tp: 2, predicted: 3, gold: 3 });
  assert.deepEqual(s.fields.baseline, { tp: 1, predicted: 2, gold: 1 });
  assert.deepEqual(s.fields.hardware, { tp: 0, predicted: 1, gold: 1 });
  assert.equal(precision(s.fields.baseline), 0.5);
  assert.equal(recall(s.fields['metric+value+unit']), 2 / 3);
  assert.deepEqual(s.misses.map((m) => m.kind).sort(), ['missed', 'spurious', 'wrong field', 'wrong field']);
});

test('direction and qualifier are compared exactly on the claims found, only where the label has them', () => {
  const labels = [{ id: 'p1', claims: [
    { metric: 'speedup', value: 2, unit: 'x', direction: 'better' as const, qualifier: 'up to' },
    { metric: 'accuracy', value: 90, unit: '%', direction: null, qualifier: null },
    { metric: 'memory', value: 30, unit: '%', direction: 'better' as const, qualifier: null },
    { metric: 'latency', value: 5, unit: 'ms' },
  ] }];
  const predicted = new Map([['p1', [
    claim({ qualifier: 'up to' }),
    claim({ metric: 'accuracy', value: 90, unit: '%', direction: 'better' }),
    claim({ metric: 'memory', value: 30, unit: '%', direction: 'worse', qualifier: 'about' }),
    claim({ metric: 'latency', value: 5, unit: 'ms', direction: 'better', qualifier: 'up to' }),
  ]]]);
  const s = scoreClaims(labels, predicted);
  // The level read as a gain and the saving read as a cost are wrong; the unlabeled latency is not counted.
  assert.deepEqual(s.fields.direction, { tp: 1, predicted: 3, gold: 2 });
  assert.deepEqual(s.fields.qualifier, { tp: 1, predicted: 2, gold: 1 });
  assert.equal(s.misses.filter((m) => m.field === 'direction').length, 2);
  const report = renderResultsReport({ all: s, tuning: s, heldOut: scoreClaims([], new Map()), heldOutBlocks: [], msPerPaper: 1 });
  assert.match(report, /\| direction \| 0\.33 \| 0\.50 \| 1 \| 3 \| 2 \| no target \|/);
  // Lines that label neither leave the rows out instead of showing a perfect score.
  const none = scoreClaims([{ id: 'p1', claims: [{ metric: 'speedup', value: 2, unit: 'x' }] }], new Map([['p1', [claim({})]]]));
  assert.doesNotMatch(renderResultsReport({ all: none, tuning: none, heldOut: scoreClaims([], new Map()), heldOutBlocks: [], msPerPaper: 1 }), /\| direction \|/);
});

test('labels split: the tuning set is the first TUNING_LINES lines, every later line is the held-out block', () => {
  const lines = Array.from({ length: TUNING_LINES + 84 }, (_, i) => i);
  const s = splitLabels(lines);
  assert.deepEqual([s.tuning.length, s.heldOut.length], [9286, 84]);
  assert.equal(s.tuning[0], 0);
  assert.equal(s.heldOut[0], TUNING_LINES);
  assert.deepEqual(splitLabels(lines.slice(0, 10)), { tuning: lines.slice(0, 10), heldOut: [] });
});

test('report: a target reached on lines read while tuning is not called met', () => {
  const gold = [{ id: 'p1', claims: [{ metric: 'speedup', value: 2, unit: 'x' }] }];
  const pred = new Map([['p1', [claim({})]]]);
  const s = scoreClaims(gold, pred);
  const empty = scoreClaims([], new Map());
  const report = renderResultsReport({ all: s, tuning: s, heldOut: empty, heldOutBlocks: [], msPerPaper: 0.1 });
  assert.match(report, /metric\+value\+unit \| 1\.00 \| 1\.00 .*reached on tuned lines \(not evidence; see held-out\)/);
  assert.doesNotMatch(report, /: met \|/);
});

test('abstracts are read from the arXiv listings first, then from the HF daily papers (entry title, unwrapped)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pb-abstracts-'));
  mkdirSync(join(dir, 'arxiv/daily-listings'), { recursive: true });
  mkdirSync(join(dir, HF_DAILY), { recursive: true });
  const listing = [{ id: '2501.00001', title: 'Listed', summary: 'From the listing.' }, { id: '2501.00002', title: 'Both', summary: 'Listing text wins.' }];
  for (const f of LABEL_SOURCES) writeFileSync(join(dir, f), gzipSync(f.includes('hw_systems') ? listing.map((r) => JSON.stringify(r)).join('\n') : ''));
  const day = { date: '2025-01-02', papers: [
    { title: 'Daily entry', paper: { id: '2501.00003', title: 'Daily\n  entry', summary: 'From the HF day.' } },
    { title: 'Both', paper: { id: '2501.00002', title: 'Both', summary: 'HF text.' } },
  ] };
  writeFileSync(join(dir, HF_DAILY, 'hf_daily_papers_x.jsonl.gz'), gzipSync(JSON.stringify(day)));
  const got = loadAbstracts(dir, new Set(['2501.00001', '2501.00002', '2501.00003']));
  assert.deepEqual(Object.fromEntries(got), {
    '2501.00001': { title: 'Listed', abstract: 'From the listing.' },
    '2501.00002': { title: 'Both', abstract: 'Listing text wins.' },
    '2501.00003': { title: 'Daily entry', abstract: 'From the HF day.' },
  });
});
