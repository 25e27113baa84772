import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPaper } from '../../src/results/extract/index.ts';
import { findQuantities, MAY_HOLD_UNIT } from '../../src/results/extract/quantities.ts';
import { UNIT_RULES } from '../../src/results/extract/units.ts';
import { normalize } from '../../src/results/extract/normalize.ts';
import { splitSentences } from '../../src/results/extract/sentences.ts';
import { BUILT_IN, loadDictionaries } from '../../src/results/dictionaries/load.ts';
import { matcherFor } from '../../src/results/extract/entities.ts';
import { tidyName } from '../../src/results/extract/claim-baseline.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpDir } from '../helpers/tmp.ts';

/** The fields a reader sees, plus the exact text of the number (the title, when given, is read too). */
function brief(text: string, title = '') {
  return extractPaper(title, text).claims.map((c) => ({
    metric: c.metric, value: c.value ?? [c.min, c.max], unit: c.unit, direction: c.direction, qualifier: c.qualifier,
    baseline: c.baseline, hardware: c.hardware, benchmark: c.benchmark, text: text.slice(c.valueStart, c.valueEnd),
  }));
}
/** The chosen fields of each claim, in order, as `brief` reads them (a range's value is [min, max]). */
function fields(text: string, ...keys: Array<keyof ReturnType<typeof brief>[number]>) {
  return brief(text).map((c) => keys.map((k) => c[k]));
}
/** `fields` of a paper with a title (paper-level context: an agents' paper, a systems paper). */
function titledFields(title: string, text: string, ...keys: Array<keyof ReturnType<typeof brief>[number]>) {
  return brief(text, title).map((c) => keys.map((k) => c[k]));
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
    claim({ metric: 'correctness', value: 97.6, unit: '%', baseline: 'PyTorch baselines', hardware: 'AMD Alveo U280', text: '97.6%', direction: null }),
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
  // Comparison phrasings (issue 9, second quality pass), on sentences written for the test.
  ['The framework improves vLLM\'s decoding throughput by 2.3x.',
    [claim({ metric: 'throughput', value: 2.3, baseline: 'vLLM', text: '2.3x' })]],
  ['Our compiler speeds up PyTorch\'s training by 1.9x on an Apple M2.',
    [claim({ value: 1.9, baseline: 'PyTorch', hardware: 'Apple M2', text: '1.9x' })]],
  ['The method achieves a 3x speedup as opposed to the naive implementation.',
    [claim({ value: 3, baseline: 'naive implementation', text: '3x' })]],
  ['The engine accelerates BERT by 2x and reduces TTFT by 40%.', [
    claim({ value: 2, text: '2x' }), claim({ metric: 'latency', value: 40, unit: '%', text: '40%' }),
  ]],
  ['We obtain a 1.5x speedup over the reference design and 2x over the CPU.', [
    claim({ value: 1.5, baseline: 'reference design', text: '1.5x' }),
    claim({ value: 2, baseline: 'CPU', text: '2x' }),
  ]],
  ['Relative to FP16 inference, INT4 weights reduce memory by 3.5x.',
    [claim({ metric: 'memory', value: 3.5, baseline: 'FP16 inference', text: '3.5x' })]],
  ['The port attains a 2x speedup compared to running on a CPU.',
    [claim({ value: 2, baseline: 'running on a CPU', text: '2x' })]],
  // Devices: memory variants are not results, families and newer parts are known.
  ['Inference is 1.6x faster on NVIDIA A100 80GB GPUs.', [claim({ value: 1.6, hardware: 'NVIDIA A100', text: '1.6x' })]],
  ['Experiments on 8 NVIDIA H100 80GB HBM3 GPUs show a 1.9x speedup.', [claim({ value: 1.9, hardware: 'NVIDIA H100', text: '1.9x' })]],
  ['On an AMD Alveo card, the kernel is 2.2x faster.', [claim({ value: 2.2, hardware: 'AMD Alveo', text: '2.2x' })]],
  ['We deploy on a Xilinx VCK5000 Versal board and reach a 4.4x speedup.', [claim({ value: 4.4, hardware: 'AMD Versal VCK5000', text: '4.4x' })]],
  ['On a Mali-G78 GPU, latency is reduced by 20%.', [claim({ metric: 'latency', value: 20, unit: '%', hardware: 'Arm Mali', text: '20%' })]],
  ['Our implementation on a Kunpeng 920 CPU is 2.4x faster.', [claim({ value: 2.4, hardware: 'Huawei Kunpeng', text: '2.4x' })]],
  ['A 1.2x speedup is achieved on the Cambricon MLU370.', [claim({ value: 1.2, hardware: 'Cambricon MLU', text: '1.2x' })]],
  ['Decoding is 1.3x faster on a Jetson Orin NX.', [claim({ value: 1.3, hardware: 'NVIDIA Jetson Orin NX', text: '1.3x' })]],
  // Metric words and units of the fourth quality pass (issue 9), on sentences written for the test.
  ['The tuned mapping lowers the EDAP by 3.5x and the area-time product by 1.4x.', [
    claim({ metric: 'energy', value: 3.5, text: '3.5x' }), claim({ metric: 'area', value: 1.4, text: '1.4x' }),
  ]],
  ['The macro gains 2.1x in TOPS/W and 1.6x in TOPS/mm2.', [
    claim({ metric: 'energy_efficiency', value: 2.1, text: '2.1x' }), claim({ metric: 'area_efficiency', value: 1.6, text: '1.6x' }),
  ]],
  ['The agent raises pass@1 accuracy by 4.2%, and its BLEU-4 rises by 3.1%.', [
    claim({ metric: 'correctness', value: 4.2, unit: '%', text: '4.2%' }), claim({ metric: 'accuracy', value: 3.1, unit: '%', text: '3.1%' }),
  ]],
  ['The student model needs 9x less training data and 5x less compute.', [
    claim({ metric: 'cost', value: 9, text: '9x' }), claim({ metric: 'cost', value: 5, text: '5x' }),
  ]],
  ['The core uses 812 LUTs, 640 FFs and 3 BRAMs.', [
    claim({ metric: 'resources', value: 812, unit: 'LUTs', direction: null, text: '812 LUTs' }),
    claim({ metric: 'resources', value: 640, unit: 'FFs', direction: null, text: '640 FFs' }),
    claim({ metric: 'resources', value: 3, unit: 'BRAMs', direction: null, text: '3 BRAMs' }),
  ]],
  ['Savings in energy range from 12x to 30x, and throughput gains lie between 1.2x and 1.9x.', [
    claim({ metric: 'energy', value: [12, 30], text: '12x to 30x' }), claim({ metric: 'throughput', value: [1.2, 1.9], text: '1.2x and 1.9x' }),
  ]],
  ['The classifier reaches an AUC of 0.91.', [claim({ metric: 'accuracy', value: 0.91, unit: '', direction: null, text: '0.91' })]],
  ['The tuner beats grid search and random search by 2.5x and 4x, respectively, in lowering the energy-delay product.', [
    claim({ metric: 'energy', value: 2.5, baseline: 'grid search', text: '2.5x' }), claim({ metric: 'energy', value: 4, baseline: 'random search', text: '4x' }),
  ]],
  ['Our scheduler outperforms the default policy by 1.7x on a storage simulator.',
    [claim({ value: 1.7, baseline: 'default policy', text: '1.7x' })]],
  ['The layers spend at least 60% of their energy in data movement, and the buffer uses 35% of its area for tags.', []],
  ['A node with 2 TB host memory trains the model 3x faster.', [claim({ value: 3, text: '3x' })]],
  ['We test models from 0.5B to 13B parameters and an ensemble of encoders (90M-300M parameters each); decoding is 2x faster.',
    [claim({ value: 2, text: '2x' })]],
  ['The tagger shows F1 gains (+1.1%) with cost savings of 20%.', [
    claim({ metric: 'accuracy', value: 1.1, unit: '%', text: '1.1%' }), claim({ metric: 'cost', value: 20, unit: '%', text: '20%' }),
  ]],
  ['It shrinks the tag store (3x) and the latency (2x).', [claim({ metric: 'latency', value: 2, text: '2x' })]],
  // Fifth pass: units outside the first list, and metric words of ML papers and link power.
  ['The transceiver sustains 480 Mbps over a 2 m cable, 12 Gb/s on the short link and 250 kbps in sleep mode.', [
    claim({ metric: 'bandwidth', value: 480, unit: 'Mbps', direction: null, text: '480 Mbps' }),
    claim({ metric: 'bandwidth', value: 12, unit: 'Gb/s', direction: null, text: '12 Gb/s' }),
    claim({ metric: 'bandwidth', value: 250, unit: 'kbps', direction: null, text: '250 kbps' }),
  ]],
  ['The denoiser restores the frames to 31.4 dB.', [claim({ metric: 'accuracy', value: 31.4, unit: 'dB', direction: null, text: '31.4 dB' })]],
  ['The agent completes the migration in 3.5 hours, and a review takes 12 minutes.', [
    claim({ metric: 'latency', value: 3.5, unit: 'h', direction: null, text: '3.5 hours' }),
    claim({ metric: 'latency', value: 12, unit: 'min', direction: null, text: '12 minutes' }),
  ]],
  ['Each model was trained for 24 hours on one node (40 GPU-hours), and the search gave 3x faster code.', [claim({ value: 3, text: '3x' })]],
  ['Even a long budget (>10 hours) leaves it 2x slower.', [claim({ value: 2, direction: 'worse', text: '2x' })]],
  ['The mapper lowers the EDP by 35% against the greedy mapper.', [
    claim({ metric: 'energy', value: 35, unit: '%', baseline: 'greedy mapper', text: '35%' }),
  ]],
  ['Reordering the flits cuts BT by 22% on the mesh.', [claim({ metric: 'power', value: 22, unit: '%', text: '22%' })]],
  ['The tagger improves Macro-F1 by 4.5% and ROC-AUC by 2.1%.', [
    claim({ metric: 'accuracy', value: 4.5, unit: '%', text: '4.5%' }), claim({ metric: 'accuracy', value: 2.1, unit: '%', text: '2.1%' }),
  ]],
  ['With our rubric, the agreement rises by 7%.', [claim({ metric: 'accuracy', value: 7, unit: '%', text: '7%' })]],
  ['Our parser improves $F_1$ by 3.2% over the rule baseline.', [
    claim({ metric: 'accuracy', value: 3.2, unit: '%', baseline: 'rule baseline', text: '3.2%' }),
  ]],
  ['The segmenter raises the IoU by 6%.', [claim({ metric: 'accuracy', value: 6, unit: '%', text: '6%' })]],
  ['Its decode latency averages 3.2x below the stock server.', [
    claim({ metric: 'latency', value: 3.2, baseline: 'stock server', text: '3.2x' }),
  ]],
  ['The server raises decode throughput by 2.5x in tokens/sec.', [claim({ metric: 'throughput', value: 2.5, text: '2.5x' })]],
  ['Prompt compression needs 40% fewer tokens.', [claim({ metric: 'cost', value: 40, unit: '%', text: '40%' })]],
  ['The error stays below 2% on all traces.', [claim({ metric: 'error', value: 2, unit: '%', qualifier: 'at most', text: '2%', direction: null })]],
  ['It gives up to 9.1x (4.2x) lower latency.', [
    claim({ metric: 'latency', value: 9.1, qualifier: 'up to', text: '9.1x' }), claim({ metric: 'latency', value: 4.2, text: '4.2x' }),
  ]],
  // Sixth pass: a gain with no metric word, and "performance" read by its own clause.
  ['The tuned policy achieves a 35.9% improvement on Qwen2.5-7B.', [claim({ metric: 'accuracy', value: 35.9, unit: '%', text: '35.9%' })]],
  ['We observe 19% average relative improvement on several benchmarks compared to the plain loss.', [
    claim({ metric: 'accuracy', value: 19, unit: '%', qualifier: 'average', baseline: 'plain loss', text: '19%' }),
  ]],
  ['On a GPU cluster, the scheduler brings a 20% improvement.', [claim({ value: 20, unit: '%', hardware: 'GPU', text: '20%' })]],
  ['Skills written by people give a +0.0pp gain.', []],
  ['Used as input to a CNN, the encoding reaches 99% on DigitSet and 85% on ShapeSet in classification.', [
    claim({ metric: 'accuracy', value: 99, unit: '%', text: '99%', direction: null }),
    claim({ metric: 'accuracy', value: 85, unit: '%', text: '85%', direction: null }),
  ]],
  ['Agent systems such as MAGE reach 95.9% on VerilogEval.', []],
  ['The estimate holds under a latency budget of around 3 ms, even at the 64x compression ratio.', []],
  ['The corpus holds 114 hours of spontaneous, unscripted dialogue in 15-20 minute sessions and 312 GB of text.', []],
  // Seventh pass.
  ['The artifact ships at 42 GB, small models (<300M parameters) keep up, and the variance across formats drops by 3.29%.', []],
  ['Pruning yields a 38% reduction at the cost of slight drift.', []],
  // Ninth pass.
  ['Screening time falls from about 20 minutes to under 1 minute, and perplexity rises by +2.90% +/- 0.33%.', [
    claim({ metric: 'latency', value: 1, unit: 'min', direction: null, qualifier: 'at most', text: '1 minute' }),
    // Perplexity is accuracy (eval/results/CONVENTIONS.md rule 13); more of it is worse.
    claim({ metric: 'accuracy', value: 2.9, unit: '%', direction: 'worse', text: '2.90%' }),
  ]],
  ['The detector achieves average AUROC improvements of 4% and 10%.', [
    claim({ metric: 'accuracy', value: 4, unit: '%', qualifier: 'average', text: '4%' }),
    claim({ metric: 'accuracy', value: 10, unit: '%', qualifier: 'average', text: '10%' }),
  ]],
  ['The core runs at 1.1~ms inference latency, using only 1,623 logic cells and 111~mW.', [
    claim({ metric: 'latency', value: 1.1, unit: 'ms', direction: null, text: '1.1~ms' }),
    claim({ metric: 'resources', value: 1623, unit: 'logic cells', direction: null, text: '1,623 logic cells' }),
    claim({ metric: 'power', value: 111, unit: 'mW', direction: null, text: '111~mW' }),
  ]],
  ['The models could reasonably predict age and sex (91% and 77% AUROC, respectively), with agreement (kappa = 0.82).', [
    claim({ metric: 'accuracy', value: 91, unit: '%', text: '91%', direction: null }),
    claim({ metric: 'accuracy', value: 77, unit: '%', text: '77%', direction: null }),
    claim({ metric: 'accuracy', value: 0.82, unit: '', direction: null, text: '0.82' }),
  ]],
  // Eighth pass.
  ['The controller reduces mean waiting time by 93% and peak queue length by 60.6%, lowers fuel consumption by 48.8% and achieves 86.2% intent satisfaction.', [
    claim({ metric: 'latency', value: 93, unit: '%', qualifier: 'average', text: '93%' }),
    claim({ metric: 'energy', value: 48.8, unit: '%', text: '48.8%' }),
    // (The fuel cue is not carried past "and achieves"; the intent satisfaction is a pass rate of its own, labeled so.)
    claim({ metric: 'correctness', value: 86.2, unit: '%', text: '86.2%', direction: null }),
  ]],
  ['The model gives 0.96 F1 score and mIoU improvements up to 73%.', [
    claim({ metric: 'accuracy', value: 0.96, unit: '', direction: null, text: '0.96' }),
    claim({ metric: 'accuracy', value: 73, unit: '%', qualifier: 'up to', text: '73%' }),
  ]],
  ['It cuts inference time steps by 64% and running power by 61.55%.', [
    claim({ metric: 'latency', value: 64, unit: '%', text: '64%' }), claim({ metric: 'power', value: 61.55, unit: '%', text: '61.55%' }),
  ]],
  ['Mapping gives up to 14.0%/17.4% kernel-level latency/energy reduction; the chip sustains 116.5 tokens/J. It beats the CPU.', [
    claim({ metric: 'latency', value: 14, unit: '%', qualifier: 'up to', text: '14.0%' }),
    claim({ metric: 'energy', value: 17.4, unit: '%', qualifier: 'up to', text: '17.4%' }),
    claim({ metric: 'energy_efficiency', value: 116.5, unit: 'tokens/J', direction: null, text: '116.5 tokens/J' }),
  ]],
  ['Compared to prior PIM systems, Sieve improves both throughput and latency by 1.3x and 1.6x on two models, respectively.', [
    claim({ metric: 'throughput', value: 1.3, baseline: 'prior PIM systems', text: '1.3x' }),
    claim({ metric: 'latency', value: 1.6, baseline: 'prior PIM systems', text: '1.6x' }),
  ]],
  ['The chip has higher energy efficiency, improving the Power-Delay Product (PDP) by up to 44.4x and 13.6x compared with the CPU and the GPU, respectively.', [
    claim({ metric: 'energy', value: 44.4, qualifier: 'up to', baseline: 'CPU', text: '44.4x' }),
    claim({ metric: 'energy', value: 13.6, qualifier: 'up to', baseline: 'GPU', text: '13.6x' }),
  ]],
  ['Model selection could potentially reduce cost by up to 10x; GPUs released since the mid-2000s run it at 8 KB blocks.', []],
  ['The scheduler reduces compute cost by 14-62% at fixed accuracy and improves energy efficiency by 7% and performance by 2.4x.', [
    claim({ metric: 'cost', value: [14, 62], unit: '%', text: '14-62%' }),
    claim({ metric: 'energy_efficiency', value: 7, unit: '%', text: '7%' }),
    claim({ value: 2.4, text: '2.4x' }),
  ]],
  ['The model reaches an F1 of 98.4%, surpassing TransNet by 2.94% in four-class tests, with a 20% compression ratio.', [
    claim({ metric: 'accuracy', value: 98.4, unit: '%', text: '98.4%', direction: null }),
    claim({ metric: 'accuracy', value: 2.94, unit: '%', baseline: 'TransNet', text: '2.94%' }),
  ]],
  ['The pipeline matches raw retrieval accuracy (70.1% vs. 71.2%, overlapping 95% CI).', [
    claim({ metric: 'accuracy', value: 70.1, unit: '%', text: '70.1%', direction: null }),
  ]],
  ['Across model families ranging from 125M to 8B parameters, latency rises by 28% at 880M parameters.', [
    claim({ metric: 'latency', value: 28, unit: '%', direction: 'worse', text: '28%' }),
  ]],
  ['The tool improves its pass rate from ~29% to ~61%. Latency falls from 21.7 seconds to under 1 second.', [
    claim({ metric: 'correctness', value: 61, unit: '%', qualifier: 'about', text: '61%', direction: null }),
    claim({ metric: 'latency', value: 1, unit: 's', direction: null, qualifier: 'at most', text: '1 second' }),
  ]],
  ['The hub achieves 1.40x-3.08x per-layer and 1.21x-1.98x end-to-end speedups.', [
    claim({ value: [1.4, 3.08], text: '1.40x-3.08x' }), claim({ value: [1.21, 1.98], text: '1.21x-1.98x' }),
  ]],
  ['The gain comes from offloading 2-22% of the total traffic, and the traffic varies by up to 90x across designs.', []],
  ['It beats the plain loop by 11.9%, and LoopNet further improves the score by 7.5%.', [
    claim({ metric: 'accuracy', value: 11.9, unit: '%', baseline: 'plain loop', text: '11.9%' }),
    claim({ metric: 'accuracy', value: 7.5, unit: '%', text: '7.5%' }),
  ]],
  ['The maps reach an overall accuracy of 93% and balanced omission and commission errors.', [
    claim({ metric: 'accuracy', value: 93, unit: '%', text: '93%', direction: null }),
  ]],
  ['The guided search gives a 4.83x search reduction, and training speed improves by 53%; messages arrive in 50.4 $\\mu$s.', [
    claim({ metric: 'cost', value: 4.83, text: '4.83x' }),
    claim({ value: 53, unit: '%', text: '53%' }),
    claim({ metric: 'latency', value: 50.4, unit: 'μs', direction: null, text: '50.4 $\\mu$s' }),
  ]],
  ['We observe 19% and 8% average relative improvement, respectively, on several benchmarks compared to next-token prediction.', [
    claim({ metric: 'accuracy', value: 19, unit: '%', baseline: 'next-token prediction', text: '19%' }),
    claim({ metric: 'accuracy', value: 8, unit: '%', qualifier: 'average', baseline: 'next-token prediction', text: '8%' }),
  ]],
  ['Tuned models show gains over the small model on the test split (BLEU 6.4%, ROUGE-L 4.8%).', [
    claim({ metric: 'accuracy', value: 6.4, unit: '%', baseline: 'small model', text: '6.4%' }),
    claim({ metric: 'accuracy', value: 4.8, unit: '%', baseline: 'small model', text: '4.8%' }),
  ]],
  ['FPGA implementation on a Xilinx VC707 platform achieves 58.4 GOPS/W.', [
    claim({ metric: 'energy_efficiency', value: 58.4, unit: 'GOPS/W', direction: null, hardware: 'Xilinx VC707', text: '58.4 GOPS/W' }),
  ]],
  ['It runs up to 79.6x faster vs. the CPU and 18.2x vs. the GPU, with energy-per-query reductions of 59.3x vs. the GPU.', [
    claim({ value: 79.6, qualifier: 'up to', baseline: 'CPU', text: '79.6x' }),
    claim({ value: 18.2, qualifier: 'up to', baseline: 'GPU', text: '18.2x' }),
    claim({ metric: 'energy', value: 59.3, baseline: 'GPU', text: '59.3x' }),
  ]],
  ['The design runs 3.1x faster on a Xilinx ZU19EG board.', [claim({ value: 3.1, hardware: 'Xilinx ZU19EG', text: '3.1x' })]],
  ['Kernels built with NVIDIA TensorRT 10 are 2x faster on the Intel Celeron SU2300.', [
    claim({ value: 2, hardware: 'Intel Celeron SU2300', text: '2x' }),
  ]],
  ['Inference on the NVIDIA A100-40GB is 2x faster.', [claim({ value: 2, hardware: 'NVIDIA A100', text: '2x' })]],
  ['It gives 3.39x higher throughput on FPGA-emulated systems. It has 97% lower cost under GPU rate-control assumptions.', [
    claim({ metric: 'throughput', value: 3.39, hardware: 'FPGA', text: '3.39x' }),
    claim({ metric: 'cost', value: 97, unit: '%', text: '97%' }),
  ]],
  ['The NPU achieves 9.1x higher embedding throughput.', [claim({ metric: 'throughput', value: 9.1, hardware: 'NPU', text: '9.1x' })]],
];

// Metric words of the sixth pass: the metric each sentence's one number gets.
const METRIC_WORDS: Array<[string, string, string?]> = [
  ['The new vector features increase the performance of the vector-add benchmark by 9.3x.', 'speedup', 'A RISC-V multicore'],
  ['Pruning the history improves completion to 79.0%.', 'correctness'],
  ['The pass@1 of the agent shows a 36-60 percentage-point lift per category.', 'correctness'],
  // A percentage gain is a speed only where its clause says speed, not where it names the device.
  ['Deployed on an FPGA, the model keeps detection performance only 2% lower than the GPU reference.', 'accuracy', 'FPGA kernels for detection'],
  // A percentage level set against another's ("69.4% vs 48.0%") is what its clause measures, else a score.
  ['The search finds a recipe that clearly outperforms the GRPO baseline (69.4% vs 48.0%) on post-training.', 'accuracy', 'Kernel search on GPUs'],
  ['The agent resolves more issues than the strong baseline (75.4% vs. 74.2% resolution rate).', 'correctness'],
  // A success of any task is correctness, like a success rate (rule 1).
  ['The harness achieves 100% compilation success across three interface protocols.', 'correctness'],
  ['Controlled studies show a 90.9% top-10 success with licensed technicians.', 'correctness'],
  // So little of something used is a saving; a share of the parameters used is the model's size.
  ['It matches full KV cache retention while using only 12% of the original KV cache.', 'memory'],
  ['The fused model uses only 48% of the parameters and half the time steps.', 'model_size'],
  ['TurboDiffusion: Accelerating Video Diffusion Models by 100-200 Times', 'speedup'],
  ['It cuts the parameter number by 83-87% across all datasets.', 'model_size'],
  ['Phythesis achieves an 11.5% power usage effectiveness (PUE) improvement in generated data centers.', 'energy_efficiency'],
  ['Training and Inference within 1 Second', 'latency'],
  // What any "X quality" names is a quality score; "the quality", "minimal quality" are not one.
  ['Orion improves reasoning quality by up to 18.75% through explicit modeling.', 'accuracy'],
  ['It achieves 10 to 20% improvement in perceptual quality over uniform-precision baselines.', 'accuracy'],
  ['It reaches 0.56 quality/sec efficiency, 8.5% higher quality than Q4_K_M.', 'accuracy'],
  ['The detector surpasses existing detectors by 6.5% AP75 on the benchmark.', 'accuracy'],
  ['The approach reduces GPU-hours by 31-42% on production traces.', 'cost'],
  ['The PDA-LSTM reduces the average BER by 80.4% compared with no data arrangement.', 'error'],
  ['Pearson correlations of 77.55% are obtained on STSbTR.', 'accuracy'],
  ['The accelerator reaches an efficiency of 107 GOPs/W on an FPGA.', 'energy_efficiency'],
  // An overhead no metric word names is a slowdown (rule 23), also "computational overhead".
  ['It enables continuous guardrailing during token generation with less than 6% overhead.', 'speedup'],
  ['The approach covers all decoder types with less than 7% computational overhead.', 'speedup'],
  ['The design reduces computational overhead by approximately 65% compared to full-graph generation.', 'speedup'],
  // Quality scores known by their acronyms are accuracy; mean squared and calibration errors are errors.
  ['It sets a new state of the art, reducing LPIPS by 25-34% versus the best prior model.', 'accuracy'],
  ['Our retriever improves NDCG@10 by up to 26 percentage points over CLIP.', 'accuracy'],
  ['The detector reaches 67.0% NDS on the validation split.', 'accuracy'],
  ['The forecaster reduces the average MSE by 12% compared to strong baselines.', 'error'],
  ['Calibration improves, with ECE reduced by 49-74% across all four settings.', 'error'],
  // Memory traffic and accesses are bandwidth (eval/results/CONVENTIONS.md rule 15).
  ['The traversal reduces remote traffic by up to 5.1x.', 'bandwidth'],
  ['It lowers effective memory accesses by 42%.', 'bandwidth'],
  ['Fusion cuts data movement by 87% compared to layer-by-layer execution.', 'bandwidth'],
  // Rules 13, 14 and 17: perplexity is accuracy, a DSP share is resources, factuality is correctness.
  ['The model reduces perplexity by 12% over the dense baseline.', 'accuracy'],
  ['The mapping reduces DSP utilization by 80%.', 'resources'],
  ['We achieve 90% factuality on the stricter definition.', 'correctness'],
  ['It reduces the KV cache footprint by 46.9%.', 'memory'],
  ['It needs 75% less VRAM usage.', 'memory'],
  ['The method reaches Dice similarity coefficients of 95.8% on kidneys.', 'accuracy'],
  ['Our approximation gives a 44.6% lower KL divergence.', 'error'],
  ['The router improves P99 by up to 50%.', 'latency'],
  ['Distillation cuts parameter counts by up to 57.1%.', 'model_size'],
  ['The BERT model achieves 85.2% for English.', 'accuracy'],
  ['The predictor achieves 70-84% cache hit rates.', 'accuracy'],
  ['The schedule reduces HBM traffic by up to 37%.', 'bandwidth'],
  // The reconciled label conventions (eval/results/CONVENTIONS.md, rules 1-3).
  ['The design reduces inference time by 1.4x on average.', 'speedup'],
  ['The agent achieves a 67% win rate.', 'correctness'],
  ['Redundancy reuse reduces computation cycles by 13.8%.', 'latency'],
  ['The detector achieves an AUC-ROC of 0.99.', 'accuracy'],
  ['Its repair accuracy improves by 15.4%p.', 'accuracy'],
  ['The detector lowers the EER by 8%.', 'error'],
  ['The simulator shows over 96% performance validation accuracy.', 'accuracy'],
  ['The verified workflows outperform the failing ones by an average of **11.94%** on the benchmark.', 'accuracy'],
  ['The compiler reaches up to 78.7% compute efficiency.', 'utilization'],
  ['Sorting reuse cuts DRAM traffic by 94.5%.', 'bandwidth'],
  ['The array needs 50% fewer clock cycles.', 'latency'],
  ['Pruning gives a 12.3% GFLOPs reduction.', 'cost'],
  ['The guided search gives a 4.83x search reduction.', 'cost'],
  ['Training speed improves by 53%.', 'speedup'],
  ['The stage needs 1722x less energy-per-timestep.', 'energy'],
  // Tenth pass: plurals of every cue, and metric words mined from unlabelled abstracts.
  ['The planner yields 12% higher task success rates.', 'correctness'],
  ['The fine-tuned model resolves issues at a 31.4% issue resolution rate.', 'correctness'],
  ['The scheduler improves SLO attainment by up to 27%.', 'correctness'],
  ['The fuzzer reaches 88.1% branch coverage.', 'accuracy'],
  ['The classifier achieves 92.4% precision on the test split.', 'accuracy'],
  ['The checker lowers false positive rates by 35%.', 'error'],
  ['Grounding reduces hallucinations by 48%.', 'error'],
  // A makespan ratio is a speedup (eval/results/CONVENTIONS.md rule 3; the one labeled case, line 551).
  ['The placer shortens the makespan by 17%.', 'speedup'],
  ['The assistant cuts analysis time by 3.2x.', 'speedup'],
  ['The key-value store sustains 2.6x higher IOPS.', 'throughput'],
  ['The trainer needs 12x fewer rollouts.', 'cost'],
  ['The codec reduces data size by 4.1x.', 'memory'],
  ['The repair agent fixes 81.2% of bugs in the benchmark.', 'correctness'],
  ['The best agent solves only 41.5% of tasks.', 'correctness'],
  ['The segmentation model attains 91.3% average DSC.', 'accuracy'],
  ['The flow keeps a quality of results (QoR) of 97.1%.', 'accuracy'],
  ['The agent improves the overall code quality by 8.2%.', 'accuracy'],
  ['Reusing chips reduces embodied carbon by 31%.', 'cost'],
  ['The curriculum cuts training steps by 35%.', 'cost'],
  ['The ISA extension lowers the dynamic instruction count by 2.3x.', 'cost'],
  ['The scheduler keeps 97.9% SLO compliance.', 'correctness'],
  ['The solver attains a 3.1% optimality gap.', 'error'],
  ['The mixture lowers the inference loss by 0.4x.', 'error'],
  ['The assistant reduced aggregate work time by 41%.', 'speedup'],
  ['The regressor reaches an R2 of 0.97.', 'accuracy'],
  ['The best models achieve AUCs of 0.991.', 'accuracy'],
  ['Predicted and measured runtimes agree with a Spearman rank correlation of 0.93.', 'accuracy'],
];

test('a list of changes shares the comparison that ends it', () => {
  const text = 'The attack causes up to an 85% increase in latency, a 49% increase in energy use, and more than a 3x increase in output length compared to the undefended server.';
  assert.deepEqual(extractPaper('', text).claims.map((c) => [c.value, c.metric, c.baseline]),
    [[85, 'latency', 'undefended server'], [49, 'energy', 'undefended server'], [3, 'cost', 'undefended server']]);
});

test('"over a 40% gain" hedges the number; "over a 50-step baseline" is still a comparison', () => {
  assert.deepEqual(extractPaper('', 'The sampler gives over a 40% gain in throughput.').claims.map((c) => [c.value, c.metric, c.qualifier]), [[40, 'throughput', 'at least']]);
  assert.deepEqual(extractPaper('', 'The sampler achieves a 14.1x end-to-end speedup over a 50-step baseline.').claims.map((c) => c.baseline), ['50-step baseline']);
});

test('a span of model sizes a study covers is a setting, not a model size', () => {
  for (const text of ['We evaluate 15 LLMs (410M-70B parameters) and find a 12% drop in recall.',
    'It covers encoder and decoder architectures from 110M to 6.7B parameters, with a 2.1x speedup.',
    'We test two families (1.5B and 3B parameters) and see a 2.1x speedup.']) {
    assert.deepEqual(extractPaper('', text).claims.filter((c) => c.metric === 'model_size'), [], text);
  }
  assert.deepEqual(extractPaper('', 'The distilled model keeps accuracy with only 1.1B parameters.').claims.map((c) => [c.value, c.unit]), [[1.1, 'B params']]);
});

test('a score-only abstract is read: the pre-scan and the rules share one list of score names', () => {
  assert.deepEqual(extractPaper('Reading comprehension', 'Our reader reaches an EM of 71.3 on the dev set.').claims.map((c) => [c.metric, c.value]), [['accuracy', 71.3]]);
  // A line break inside "M parameters" does not hide the number from the pre-scan.
  assert.deepEqual(extractPaper('', 'The model needs only 11.1M\nparameters.').claims.map((c) => c.unit), ['M params']);
});

test('the pre-scan is built from the unit rules: a paper whose only number has a unit of any rule is read', () => {
  // One spelling per unit rule, so a rule added without a sample here fails the count below.
  const SAMPLES = ['2.4x', '3.1 pp', '12%', '410 tokens/J', '95 tok/s', '185 TOPS/W/mm2', '12 TFLOPS/W', '3.2 TOPS/mm2', '14.56 GFLOPs', '40 TFLOPS',
    '9 MSamples/s/W', '3 MSamples/s', '560K inferences/s/W', '2.94 million events per second', '41 QPS', '500M SPS', '120 FPS/W', '24fps', '1.8 IPC',
    '5 MIPS', '10 Gbps', '12 GB/s', '80 GB', '5.7 mm2', '9 μm2', '0.17 mm', '0.5 deg error', '49.5 kGE', '0.07 pJ/SOP', '1219 Mpixels/J', '5 mJ', '3 W',
    '120 milliseconds', '1.3 μs', '2186 ns', '42 $', '5 GPU hours', '5.4 hours', '3 minutes', '0.5 s', '31.2 dB', '71.2 AP', '1,200 LUTs', '12 DSPs',
    '800 FFs', '40 BRAMs', '3,000 logic cells', '900 ALMs', '13 billion parameters', 'our 7B model', 'our model family in 2B and 7B model sizes', '32M tokens', '465 training samples', '225 tokens', 'RMSE of 0.43 m', 'an error of 3.6 pixels'];
  const rules = new Set(SAMPLES.map((sample) => findQuantities(`only ${sample} here`).find((q) => q.rule)?.rule));
  rules.delete(undefined);
  assert.equal(rules.size, UNIT_RULES.length);
  for (const sample of SAMPLES) assert.ok(MAY_HOLD_UNIT.test(`only ${sample} here`), sample);
  // As the rules read it: LaTeX and hard wraps inside a unit do not hide the number.
  const read = (abstract: string) => extractPaper('', abstract).claims.map((c) => [c.metric, c.value ?? c.max, c.unit]);
  assert.deepEqual(read('Round trips below 1.3$\\mu$s are achieved across three FPGAs.'), [['latency', 1.3, 'μs']]);
  assert.deepEqual(read('The detector runs at 24fps on one H100.'), [['throughput', 24, 'FPS']]);
  assert.deepEqual(read('The model captures phoneme features in just 120 milliseconds.'), [['latency', 120, 'ms']]);
  assert.deepEqual(read('Our method yields 12-18 point gains in accuracy on ARC-AGI-2.'), [['correctness', 18, 'pp']]);
  assert.deepEqual(read('The fitted predictor is near-perfect (R$^2$ = 0.99).').map(([m]) => m), ['accuracy']);
});

test('bare scores: qualifiers and "to" after the name, errors and losses of any size, exponents, lists, a correlation r', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('Our detector reaches a competitive AUC-ROC score of up to 0.805 without pretraining.'), [['accuracy', 0.805, '']]);
  assert.deepEqual(read('Tuning raises the macro-F1 to 0.88.'), [['accuracy', 0.88, '']]);
  assert.deepEqual(read('It attains an Audit-Gated FacetF1 of 0.282.'), [['accuracy', 0.282, '']]);
  assert.deepEqual(read('The predictor reaches RMSE 0.14 with Pearson r=0.78.'), [['error', 0.14, ''], ['accuracy', 0.78, '']]);
  assert.deepEqual(read('The network reaches a minimum training loss (3.14e-8) and a KL divergence below 8.4e-9.'), [['error', 3.14e-8, ''], ['error', 8.4e-9, '']]);
  assert.deepEqual(read('The regressor has a mean absolute error of 2.8167 on held-out flights.'), [['error', 2.8167, '']]);
  assert.deepEqual(read('Our models reach AUCs of 0.9969 for tear detection and 0.9641 for nodule detection.'), [['accuracy', 0.9969, ''], ['accuracy', 0.9641, '']]);
  // Quality scores no other metric names, before or after the number (labels, rule 27); "intersection over union" compares nothing.
  assert.deepEqual(read('Paris 2.0 cuts Frechet Video Distance (FVD) from 561.04 to 279.01.'), [['accuracy', 279.01, '']]);
  assert.deepEqual(read('The method yielded a Dice score value of 0.819 for the left ventricle.'), [['accuracy', 0.819, '']]);
  assert.deepEqual(read('It boosts path-efficiency (SPL) to 0.66.'), [['accuracy', 0.66, '']]);
  assert.deepEqual(read('The model achieves 0.9278 SSIM on the validation benchmark.'), [['accuracy', 0.9278, '']]);
  assert.deepEqual(read('Field-level agreement reached median intersection over union (IoU) scores of 0.81.'), [['accuracy', 0.81, '']]);
  assert.deepEqual(read('The pipeline achieves an overall temporal mAP@0.5 of 0.2456 and MEMTIER achieves Acc=0.382.'), [['accuracy', 0.2456, ''], ['accuracy', 0.382, '']]);
  assert.deepEqual(read('GRASPrune removes half the weights and achieves 12.18 perplexity on WikiText-2.'), [['accuracy', 12.18, '']]);
  assert.deepEqual(read('We evaluate on held-out real test splits (mAP@0.50:0.95).'), []);
  // Settings named after a score word, and r as a parameter, are no scores.
  assert.deepEqual(read('We keep the accuracy over 3 runs and the accuracy at 4 bits.'), []);
  assert.deepEqual(read('The share rises to 13.9% at r = 2 in our sweep.').filter((c) => c[2] === ''), []);
  // An exponent belongs to its number; a model code does not become one.
  assert.deepEqual(findQuantities('loss 2.1e-5 and 1e6 samples').map((q) => q.value), [2.1e-5, 1e6]);
});

test('a ratio with no metric word: over a baseline right after a verb of attainment, or compared with a level just stated', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit', 'baseline');
  assert.deepEqual(read('On the GPU, our tracer reaches up to 7.97x over OptiX and 14.55x over Embree.'),
    [['speedup', 7.97, 'x', 'OptiX'], ['speedup', 14.55, 'x', 'Embree']]);
  assert.deepEqual(read('The server reaches 47,873 tok/s, 6.5x higher than vLLM.'), [['throughput', 47873, 'tokens/s', null], ['throughput', 6.5, 'x', 'vLLM']]);
  // A verb with its own object names a quantity the rules do not know: no guess.
  assert.deepEqual(read('The policy reduces collision misses by up to 85x over LRU.'), []);
});

test('metric words: FLOPs and MACs are cost, emissions and TCO too; computation time is speed; gate count is area', () => {
  const read = (text: string) => fields(text, 'metric', 'value');
  assert.deepEqual(read('The encoder reduces FLOPs by 45% and GMACs by 30%.'), [['cost', 45], ['cost', 30]]);
  // A computational overhead is a slowdown (CONVENTIONS.md rule 23, settled after this list was first written).
  assert.deepEqual(read('This design reduces computational overhead by 65% and total emissions by 9%.'), [['speedup', 65], ['cost', 9]]);
  assert.deepEqual(read('Our system reduces the TCO by up to 40% over traditional approaches.'), [['cost', 40]]);
  assert.deepEqual(read('It achieves a 415x reduction in computation time.'), [['speedup', 415]]);
  assert.deepEqual(read('The mapper reduces gate count by up to 79%.'), [['area', 79]]);
  assert.deepEqual(read('It cuts memory requirements by 50%.'), [['memory', 50]]);
  // A rate in TFLOPS is a throughput, not a count of operations.
  assert.deepEqual(read('Our kernel achieves a 20x improvement in TFLOPS over standard implementations.').map((c) => c[0]), ['speedup']);
});

test('less traffic and lower perplexity are gains, though bandwidth and accuracy are higher-is-better metrics', () => {
  const read = (text: string) => fields(text, 'metric', 'direction');
  assert.deepEqual(read('The traversal reduces remote traffic by up to 5.1x.'), [['bandwidth', 'better']]);
  assert.deepEqual(read('Our method reduces perplexity by 12%.'), [['accuracy', 'better']]);
  assert.deepEqual(read('It raises memory bandwidth by 2x.'), [['bandwidth', 'better']]);
});

test('performance with no metric word: "by at least", a signed gain over a baseline; work counted as cost', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'baseline');
  assert.deepEqual(read('The link driver surpasses commercial options by at least 20X on the FPGA.'), [['speedup', 20, 'commercial options']]);
  assert.deepEqual(read('The selection method shows +0.9% over the best existing baseline on the benchmarks.'), [['accuracy', 0.9, 'best existing baseline']]);
  assert.deepEqual(read('The pruner removes 90% of computations and reduces the search space by 78%.').map((c) => c[0]), ['cost', 'cost']);
  assert.deepEqual(read('The sampler keeps task quality while reducing compute by up to 80%.').map((c) => c[0]), ['cost']);
});

test('a change in a "while using ..." clause is compared with what the claim before it was', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'baseline');
  assert.deepEqual(read('The unit achieves 71% lower error compared to a CORDIC baseline, while using 4.6% less area and 5.1% less power.'),
    [['error', 71, 'CORDIC baseline'], ['area', 4.6, 'CORDIC baseline'], ['power', 5.1, 'CORDIC baseline']]);
  assert.deepEqual(read('Tiara reduces traversal latency by 2.85x over one-sided RDMA while sustaining 3.4x higher throughput.'),
    [['latency', 2.85, 'one-sided RDMA'], ['throughput', 3.4, 'one-sided RDMA']]);
  // Another subject after "while", or two compared sides before it: nothing carries over.
  assert.deepEqual(read('Our design is 2x faster than the CPU baseline, while the GPU version uses 30% less energy.').map((c) => c[2]), ['CPU baseline', null]);
  assert.deepEqual(read('It gives 3x and 2x higher throughput than GPUs and FPGAs, respectively, while reducing DRAM traffic by 94.5%.').map((c) => c[2]), ['GPUs', 'FPGAs', null]);
});

test('"within N% of X": the gap is to X, the claim\'s baseline', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'baseline');
  assert.deepEqual(read('LoRA-Edge achieves accuracy within 4.7% of full fine-tuning while updating few parameters.'), [['accuracy', 4.7, 'full fine-tuning']]);
  assert.deepEqual(read('The distilled tagger reaches an agreement within 3% of Qwen2.5-32B-Instruct.'), [['accuracy', 3, 'Qwen2.5-32B-Instruct']]);
  assert.deepEqual(read('Accuracy stays within 5% of the digital baseline for Mistral-7B.'), [['accuracy', 5, 'digital baseline']]);
});

test('ratios written in words before a comparison: "three times faster", "a fivefold reduction", "twice the"', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit', 'text');
  assert.deepEqual(read('It runs up to three times faster than the CPU baseline.'), [['speedup', 3, 'x', 'three times']]);
  assert.deepEqual(read('The chip is five times more energy efficient than a GPU.'), [['energy_efficiency', 5, 'x', 'five times']]);
  assert.deepEqual(read('We see a fivefold reduction in latency.'), [['latency', 5, 'x', 'fivefold']]);
  assert.deepEqual(read('It serves twice the throughput of vLLM.'), [['throughput', 2, 'x', 'twice']]);
  // A repetition is not a ratio.
  assert.deepEqual(read('We run each benchmark three times and report the speedup.'), []);
});

test('throughput per watt, makespan, LUT6, "N-to-M" ranges, a cue "by ~N" or "between A and B", constraint lists and recorded hours', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('It achieves 1575x and 1.43x higher throughput per watt than prior solutions.'), [['energy_efficiency', 1575, 'x'], ['energy_efficiency', 1.43, 'x']]);
  assert.deepEqual(read('The scheduler improves workload makespan by up to 70.48%.'), [['speedup', 70.48, '%']]);
  assert.deepEqual(read('The softcore costs only +1.15% LUT6.'), [['resources', 1.15, '%']]);
  assert.deepEqual(read('Our chip achieves 14.08-to-135.69 token/s and a 4.46-to-7.17x speedup over vanilla decoding.'),
    [['throughput', [14.08, 135.69], 'tokens/s'], ['speedup', [4.46, 7.17], 'x']]);
  assert.deepEqual(read('It improves compute density by ~20.9x and weight storage density by ~2x.').map((c) => c[0]), ['area_efficiency', 'memory']);
  assert.deepEqual(read('The prefetcher achieves speedups between 1.08x and 1.88x by reducing memory access latency.'), [['speedup', [1.08, 1.88], 'x']]);
  assert.deepEqual(read('The explorer meets constraints of 50mm^2 area, 5W power, 50mJ energy, and 10ms latency, with 15.2x faster search.'), [['speedup', 15.2, 'x']]);
  assert.deepEqual(read('It contains 52.9 hours of everyday activities recorded by 20 people.'), []);
});

test('LaTeX units after a non-breaking space, a true positive rate, critical path delay', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('It reaches an area efficiency of $0.492~\\mathrm{TFLOPS/mm^2}$ and an energy efficiency of $11.58~\\mathrm{TFLOPS/W}$.'),
    [['area_efficiency', 0.492, 'TFLOPS/mm2'], ['energy_efficiency', 11.58, 'TFLOPS/W']]);
  assert.deepEqual(read('The best detector achieves a 75.3% true positive rate.'), [['accuracy', 75.3, '%']]);
  assert.deepEqual(read('3D FPGAs achieve a 6% CPD improvement over 2D devices.'), [['latency', 6, '%']]);
});

test('one passing systems word does not make an ML abstract a systems one: its bare gains are quality', () => {
  const metric = (abstract: string) => extractPaper('Federated learning with synthetic data', abstract).claims.map((c) => c.metric);
  assert.deepEqual(metric('Our method avoids communication overhead. It outperforms multi-round approaches, achieving up to 21.73% improvement.'), ['accuracy']);
  // Two speed or hardware words (or a title naming one) still read a bare gain as speed.
  assert.deepEqual(metric('Our GPU kernels cut memory traffic. It outperforms the baseline, achieving up to 21.73% improvement.'), ['speedup']);
});

test('a score on a benchmark of tasks (SWE-bench, HumanEval, ARC-AGI) is a pass rate; on a dataset it stays accuracy', () => {
  const read = (text: string) => fields(text, 'metric', 'value');
  assert.deepEqual(read('We achieved a score of 75.3% on SWE-bench Verified.'), [['correctness', 75.3]]);
  assert.deepEqual(read('The model reaches 81.2% accuracy on ImageNet.'), [['accuracy', 81.2]]);
});

test('a share of a reference\'s quality kept or restored is an accuracy; a share of the data is not', () => {
  const read = (text: string) => fields(text, 'metric', 'value');
  assert.deepEqual(read('On the vision benchmarks it keeps up to 96% of FP16 accuracy.'), [['accuracy', 96]]);
  assert.deepEqual(read('The transducer loss recovers more than 60% of the quality.'), [['accuracy', 60]]);
  assert.deepEqual(read('The sampler keeps 30% of the data.'), []);
});

test('bare scores: perplexity, recall, an abbreviation in parentheses after the name, "reaches", ranges of decimals', () => {
  const read = (text: string) => fields(text, 'metric', 'value');
  assert.deepEqual(read('CARVE achieves WikiText perplexity 15.72 on the test set.'), [['accuracy', 15.72]]);
  assert.deepEqual(read('It reaches a Normalized Root Mean Square Error (NRMSE) of 0.8661.'), [['error', 0.8661]]);
  assert.deepEqual(read('It matches supervised baselines (AUROC 0.650-0.714) with a recall of 0.90.'), [['accuracy', [0.65, 0.714]], ['accuracy', 0.9]]);
  // Integers joined by a hyphen are years or counts, not a range of scores.
  assert.deepEqual(read('Scores from 2020-2023 are shown.'), []);
});

test('", and by N" goes on with the verb\'s metric; a figure of merit is accuracy; CPU time is speed', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'baseline');
  assert.deepEqual(read('The layout reduces remote HBM traffic by 24.7x over 4KB interleaving, and by 4.1x and 2.1x over coarse placement.'),
    [['bandwidth', 24.7, '4KB interleaving'], ['bandwidth', 4.1, 'coarse placement'], ['bandwidth', 2.1, 'coarse placement']]);
  assert.deepEqual(read('It improves the Figure-of-Merit (FoM) by 7.3x over prior accelerators.'), [['accuracy', 7.3, 'prior accelerators']]);
  assert.deepEqual(read('SetupKit demonstrates a 2.4x overall CPU time reduction.'), [['speedup', 2.4, null]]);
});

test('fewer tool calls or turns are cost; a share of turns is not', () => {
  const read = (text: string) => fields(text, 'metric', 'value');
  assert.deepEqual(read('Balanced rewards cut unnecessary tool calls by 66.7%.'), [['cost', 66.7]]);
  assert.deepEqual(read('The agent uses 67.7% fewer turns.'), [['cost', 67.7]]);
  assert.deepEqual(read('Users push back in 44% of all turns.'), []);
});

test('shares listed after "constitutes", a target "sub-10ms", a LUT cost, "queries per second" as queries/s', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('Profiling shows the packing stage constitutes 58% and 94% of the entire runtime.'), []);
  assert.deepEqual(read('We build a positioning system targeting sub-10ms real-time operation.'), []);
  assert.deepEqual(read('Stateful migration introduces a LUT cost of 0.13% per region.'), [['resources', 0.13, '%']]);
  assert.deepEqual(read('The index serves 8e6 queries per second.'), [['throughput', 8e6, 'queries/s']]);
});

test('the memory a design or machine is built with is a setting; memory it needs or saves is a result', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('The chiplet has two accelerators, 16GB HBM3 memory stacks, and dedicated I/O.'), []);
  assert.deepEqual(read('For the tiny model, 32KB local memory and a burst length of 16 suffice.'), []);
  assert.deepEqual(read('It runs within 0.214 mm^2 and 120 KB on-chip memory.'), [['area', 0.214, 'mm2'], ['memory', 120, 'KB']]);
  assert.deepEqual(read('The prefetcher requires only 2.1 KB of hardware storage.'), [['memory', 2.1, 'KB']]);
  assert.deepEqual(read('Scaling analysis projects 2-48 GB HBM savings at production batch sizes.'), [['memory', [2, 48], 'GB']]);
});

test('slack and TDP, job completion time as speed, agent benchmarks, frequency and wirelength as no metrics, the compared side\'s level', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('MaP achieves up to 22.22% improvement in worst negative slack (WNS).'), [['latency', 22.22, '%']]);
  assert.deepEqual(read('Scheduling shortened mean job completion time by 36%.'), [['speedup', 36, '%']]);
  assert.deepEqual(read('It runs the decode stage with 28% lower TDP.'), [['power', 28, '%']]);
  assert.deepEqual(read('It improves throughput per TDP by 2.1x.'), [['energy_efficiency', 2.1, 'x']]);
  assert.deepEqual(read('Our agent achieves 36.2% on BrowseComp.'), [['correctness', 36.2, '%']]);
  assert.deepEqual(read('The operator compresses weights by nearly 50% and reaches 7.992 MMACs/s.'), [['model_size', 50, '%'], ['throughput', 7.992, 'MMACs/s']]);
  assert.deepEqual(read('The 3-bit design achieves 72% area reduction and 50% higher maximum frequency.'), [['area', 72, '%']]);
  assert.deepEqual(read('It delivers up to 15.14 GOPS/W compared to 1.93 GOPS/W for CPU-based inference.'), [['energy_efficiency', 15.14, 'GOPS/W']]);
});

test('"\\sim" joins a range; a list whose items each name their dataset; PSNR, SSIM and the concordance index are accuracy', () => {
  const read = (text: string) => fields(text, 'metric', 'value');
  assert.deepEqual(read('The design achieves a speedup of $23.4\\sim27.8\\times$ compared to edge GPUs.'), [['speedup', [23.4, 27.8]]]);
  assert.deepEqual(read('VS2 surpasses zero-shot CLIP by 4.12% on CIFAR-100, 1.08% on CUB-200, and 1.84% on Tiny-ImageNet.'),
    [['accuracy', 4.12], ['accuracy', 1.08], ['accuracy', 1.84]]);
  assert.deepEqual(read('WGAST improves SSIM by 11.00% and the concordance index by 10%.'), [['accuracy', 11], ['accuracy', 10]]);
});

test('smaller hardware is area, a model smaller is model size; CER, time between tokens, energy per synaptic operation', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('Overall, it is 5.98x smaller in area and uses a 4.5x smaller fault-resilient engine.'), [['area', 5.98, 'x'], ['area', 4.5, 'x']]);
  assert.deepEqual(read('Our model is 3x smaller than LLaMA.'), [['model_size', 3, 'x']]);
  assert.deepEqual(read('PARCO achieves a CER of 4.22% on AISHELL-1.'), [['error', 4.22, '%']]);
  assert.deepEqual(read('It achieves 1.5x lower time between tokens.'), [['latency', 1.5, 'x']]);
  assert.deepEqual(read('The core reaches 0.07 pJ/SOP.'), [['energy_efficiency', 0.07, 'pJ/SOP']]);
});

test('a bit rate a result is stated at is an operating point; a bit rate reached is a result', () => {
  assert.deepEqual(extractPaper('', 'At 1.5 kbps, our codec matches the quality of the baseline at 6 kbps.').claims, []);
  assert.deepEqual(extractPaper('', 'The link reaches 112 Gb/s.').claims.map((c) => [c.metric, c.value, c.unit]), [['bandwidth', 112, 'Gb/s']]);
});

test('not results: a cited number, how much a model was pruned, a test\'s detection power', () => {
  assert.deepEqual(extractPaper('', 'It beats the best existing model, which reported an accuracy of 88% [32], by 3%.').claims.map((c) => c.value), [3]);
  assert.deepEqual(extractPaper('', 'Pruning the ViT and DeiT models by 50% costs a 2% drop in accuracy.').claims.map((c) => c.value), [2]);
  assert.deepEqual(extractPaper('', 'The pruned model improves accuracy by 6%.').claims.map((c) => [c.metric, c.value]), [['accuracy', 6]]);
  assert.deepEqual(extractPaper('', 'The fingerprinting test reaches 86% detection power.').claims.filter((c) => c.metric === 'power'), []);
});

test('devices: plurals, architecture generations, Jetson boards named without their module, GeForce cards named by number', () => {
  const m = matcherFor(BUILT_IN);
  const names = (t: string) => m.hardware(t).map((h) => h.name);
  assert.deepEqual(names('trained on 8 H100s'), ['NVIDIA H100']);
  assert.deepEqual(names('on NVIDIA Blackwell GPUs'), ['NVIDIA Blackwell']);
  assert.deepEqual(names('on Hopper GPUs'), ['NVIDIA Hopper']);
  assert.deepEqual(names('on the NVIDIA Jetson AGX platform'), ['NVIDIA Jetson']);
  assert.deepEqual(names('on a single NVIDIA 4090'), ['NVIDIA GeForce RTX 4090']);
  // A generation named beside one of its GPUs is that GPU.
  assert.deepEqual(extractPaper('', 'On an H100, a Hopper GPU, the kernel is 1.8x faster than cuBLAS.').claims.map((c) => c.hardware), ['NVIDIA H100']);
  assert.deepEqual(extractPaper('', 'The scheduler runs on 1000s of GPUs with a 12% lower latency.').claims.map((c) => [c.metric, c.value, c.unit]), [['latency', 12, '%']]);
});

test('"from X (a note) to Y": the starting value is not a result', () => {
  assert.deepEqual(extractPaper('', 'Our approach improves task success rates from 9.3% (SFT-only baseline) to 15.8%.').claims.map((c) => c.value), [15.8]);
});

test('a "respectively" list of baselines may hold names with numbers in them ("16-thread T-MAC")', () => {
  const text = 'It achieves up to 73.6x, 4.09x, and 2.15x speedups over SpikingEyeriss, Prosperity, and 16-thread T-MAC (CPU), respectively.';
  assert.deepEqual(extractPaper('A LUT-Based Accelerator', text).claims.map((c) => [c.value, c.baseline, c.hardware]),
    [[73.6, 'SpikingEyeriss', null], [4.09, 'Prosperity', null], [2.15, '16-thread T-MAC (CPU)', null]]);
});

test('a list may name each number\'s variant ("2x FP16, 4x FP8, and 8x FP4 throughput"); a digit inside a name does not end a cue\'s reach', () => {
  assert.deepEqual(extractPaper('', 'The unit delivers 2x FP16, 4x FP8, and 8x FP4 throughput.').claims.map((c) => [c.value, c.metric]),
    [[2, 'throughput'], [4, 'throughput'], [8, 'throughput']]);
  assert.deepEqual(extractPaper('', 'Kernels reach up to 5.9x (forward), 8.9x (backward), and 7.3x (end-to-end training) speedup.').claims.map((c) => c.metric),
    ['speedup', 'speedup', 'speedup']);
  assert.deepEqual(extractPaper('', 'It achieves 60.2% lower end-to-end (E2E) latency than the planar baseline.').claims.map((c) => c.metric), ['latency']);
});

test('units: energy per area efficiency, atto- and femtojoules, gate equivalents, MIPS', () => {
  const read = (t: string) => fields(t, 'value', 'unit', 'metric');
  assert.deepEqual(read('The CIM tile achieves 185 TOPS/W/mm2.'), [[185, 'TOPS/W/mm2', 'energy_efficiency']]);
  assert.deepEqual(read('Each MAC consumes 640 aJ and each bit 2.1 fJ.'), [[640, 'aJ', 'energy'], [2.1, 'fJ', 'energy']]);
  assert.deepEqual(read('The core needs 49.5 kGE.'), [[49.5, 'kGE', 'area']]);
  assert.deepEqual(read('The soft core sustains 12 MIPS.'), [[12, 'MIPS', 'throughput']]);
  assert.deepEqual(read('We use 32 MIPS cores, and the design reaches 1.89 DMIPS/MHz.'), []);
});

test('bare numbers listed before a ratio share its unit, but not a name\'s number, a score or a number before a CI', () => {
  const read = (t: string) => fields(t, 'value', 'unit', 'metric');
  assert.deepEqual(read('It achieves speedups of 3.93, 4.22, 2.82x in end-to-end latency over the GPU.'), [[3.93, 'x', 'speedup'], [4.22, 'x', 'speedup'], [2.82, 'x', 'speedup']]);
  assert.deepEqual(read('It outperforms the baselines by 1.0, 1.3 and 2.5 percentage points in accuracy.'), [[1, 'pp', 'accuracy'], [1.3, 'pp', 'accuracy'], [2.5, 'pp', 'accuracy']]);
  assert.deepEqual(read('Top-1 accuracy rises by 7.1% on CIFAR-10, 6.5% on CIFAR-100.').map((c) => c[0]), [7.1, 6.5]);
  assert.deepEqual(read('The probe reaches an AUROC of 0.764, 95% CI [0.70, 0.84].').map((c) => c[1]), ['']);
});

test('a second list of the same length pairs with the same "respectively" baselines', () => {
  const text = 'It achieves 73.6x, 4.09x, and 2.15x speedups over Eyeriss, Prosperity, and T-MAC, respectively, along with energy reductions of 32.4x, 3.23x, and 20.9x.';
  assert.deepEqual(extractPaper('An Accelerator', text).claims.map((c) => c.baseline), ['Eyeriss', 'Prosperity', 'T-MAC', 'Eyeriss', 'Prosperity', 'T-MAC']);
});

test('"2.19x/4.37x": a ratio after a ratio and a slash is read', () => {
  assert.deepEqual(extractPaper('', 'On CPU/GPU systems it reduces sampling latency by 562x/3.45x.').claims.map((c) => c.value), [562, 3.45]);
});

test('a device a design is only said to be comparable to is not where it ran, nor a baseline of its gains', () => {
  const abstract = 'We propose a dataflow for tile-based accelerators. On a tile configuration with peak performance comparable to NVIDIA GH200, it reaches 86% utilization and a 1.9x speedup.';
  assert.deepEqual(extractPaper('A Dataflow for Tile-Based Accelerators', abstract).claims.map((c) => [c.value, c.hardware, c.baseline]), [[86, null, null], [1.9, null, null]]);
  assert.deepEqual(extractPaper('', 'It yields accuracy comparable to or surpassing full-data training, reducing training time by up to 16x.').claims.map((c) => c.baseline), ['full-data training']);
});

test('a level set against the other side\'s own number ("compared to 70.2% for X", "versus 0.12 for X") takes X (labels, rule 21)', () => {
  const text = 'The tagger reaches 91.5% accuracy compared to 70.2% for the rule-based tagger. It keeps a 0.81 F1 score (versus 0.12 for a retrieval-only baseline) on noisy input.';
  assert.deepEqual(extractPaper('', text).claims.map((c) => [c.value, c.baseline]), [[91.5, 'rule-based tagger'], [0.81, 'retrieval-only baseline']]);
  assert.deepEqual(extractPaper('', 'It reaches 91.5% accuracy, surpassing the rule-based tagger.').claims.map((c) => c.baseline), [null], 'no number for the other side: none');
});

test('amounts consumed to reach a result are cost: device time, and fewer experiments, samples or tokens (labels, rule 25)', () => {
  const read = (t: string) => extractPaper('', t).claims.map((c) => [c.metric, c.value ?? `${c.min}-${c.max}`, c.unit, c.hardware]);
  assert.deepEqual(read('The tuner converges within 0.02 GPU days, and a full run takes 12 GPU-hours.'), [['cost', 0.02, 'GPU days', null], ['cost', 12, 'GPU hours', null]], 'the GPU in the unit is no device');
  assert.deepEqual(read('The planner matches the grid search using 38% fewer experiments and 6x fewer profiling samples.'), [['cost', 38, '%', null], ['cost', 6, 'x', null]]);
  assert.deepEqual(read('The encoding reduces token counts by 20-45%, and pruning reduces computation by up to 30%.'), [['cost', '20-45', '%', null], ['cost', 30, '%', null]]);
});

test('a memory size written just before a device or in parentheses after it is the device\'s, not a result', () => {
  const text = 'Training runs on two 40 GB A100 GPUs and an RTX 4090 (24 GB). On 4 A40 GPUs (48 GB VRAM each), the method cuts peak memory by 3.1 GB.';
  assert.deepEqual(extractPaper('', text).claims.map((c) => [c.metric, c.value, c.unit, c.hardware]), [['memory', 3.1, 'GB', 'NVIDIA A40']]);
});

test('money is cost in $ (thousands written out) or million / billion USD; LaTeX math with a dollar sign is not money', () => {
  const read = (t: string) => extractPaper('', t).claims.map((c) => [c.metric, c.value ?? `${c.min}-${c.max}`, c.unit]);
  assert.deepEqual(read('Each explanation costs only \\$0.07 per case on average.'), [['cost', 0.07, '$']]);
  assert.deepEqual(read('Training costs $42 in total, the full sweep \\$19K, and per-alarm costs are $0.0011-$0.12.'), [['cost', 42, '$'], ['cost', 19000, '$'], ['cost', '0.0011-0.12', '$']]);
  assert.deepEqual(read('The detector saves $30M annually.'), [['cost', 30, 'million USD']]);
  assert.deepEqual(read('It reaches a $4.3\\times$ speedup on $1 - 6$ million parameter models at rate $1/\\varepsilon$ with $5,000$ records.'), [['speedup', 4.3, 'x']]);
  const amount = 'We spend $0.04 per trajectory.';
  const c = extractPaper('', amount).claims[0]!;
  assert.equal(amount.slice(c.valueStart, c.valueEnd), '$0.04', 'the highlight is the amount as written');
  assert.deepEqual(read('Skin cancer accounts for over $8 billion in annual healthcare expenditures; agents finish above the $1M starting balance on tasks worth $1M.'), [], 'money that sizes a problem or a setting is no cost paid');
});

test('a device class that only qualifies a metric ("GPU memory", "CPU time") is no device for the sentence (labels, rule 29)', () => {
  const text = 'The pruned model cuts peak GPU memory by 40% and runs 2x faster than the dense model. Tuning raises GPU utilization from 12% to 78%.';
  assert.deepEqual(extractPaper('', text).claims.map((c) => [c.value, c.hardware]), [[40, null], [2, null], [78, null]]);
  assert.deepEqual(extractPaper('', 'The scheduler improves throughput per GPU by up to 2.0x over conventional disaggregation.').claims.map((c) => c.hardware), [null], 'per GPU is a unit of the metric');
  assert.deepEqual(extractPaper('', 'It keeps local quality while reducing GPU cost by 2-4x compared to Best-of-N.').claims.map((c) => c.hardware), [null], 'GPU cost is a cost');
  assert.deepEqual(extractPaper('', 'It needs 2.4x fewer MACs and delivers over 6x faster GPU inference speed.').claims.map((c) => c.hardware), [null, null], 'GPU inference speed is a speed');
  assert.deepEqual(extractPaper('', 'The retriever has 32x fewer parameters and 50x lower CPU query latency, while being 4x cheaper in GPU compute.').claims.map((c) => c.hardware), [null, null, null], 'CPU query latency, GPU compute');
  assert.deepEqual(extractPaper('', 'On a GPU, the kernel runs 3x faster than the CPU version.').claims.map((c) => c.hardware), ['GPU'], 'a class the work ran on is kept');
  assert.deepEqual(extractPaper('', 'The classifier runs in 638 seconds while requiring no GPU.').claims.map((c) => c.hardware), [null], 'a class the work does without');
  assert.deepEqual(extractPaper('', 'It cuts latency by 1.4-5.4x, all without requiring additional GPUs.').claims.map((c) => c.hardware), [null], 'without additional GPUs');
  assert.deepEqual(extractPaper('', 'It reaches 5x over Brax at matched GPU batch sizes.').claims.map((c) => c.hardware), [null], 'GPU batch sizes are a setting');
  assert.deepEqual(extractPaper('', 'The scheduler cuts latency by 2.8x with less than 2.0% CPU performance loss.').claims.map((c) => c.hardware), [null, null], 'CPU performance is what is measured');
});

test('parameters cut "by" a factor are model size; a reduction in any task\'s time is a speedup, in the better direction', () => {
  const read = (t: string) => extractPaper('', t).claims.map((c) => [c.metric, c.value, c.unit, c.direction]);
  assert.deepEqual(read('The student reduces parameters by 2.7x and shows a 95% reduction in lookup time.'), [['model_size', 2.7, 'x', 'better'], ['speedup', 95, '%', 'better']]);
  assert.deepEqual(read('Pruning reduces the total parameters by about 20%.'), [['model_size', 20, '%', 'better']]);
});

test('"halving" and "doubling" what a metric names are 2x (labels, rule 26); a setting or a trend is not', () => {
  const read = (t: string) => extractPaper('', t).claims.map((c) => [c.metric, c.value, c.unit, c.direction]);
  assert.deepEqual(read('The kernel runs 3.2x faster while halving peak memory, and batching doubles throughput.'), [['speedup', 3.2, 'x', 'better'], ['memory', 2, 'x', 'better'], ['throughput', 2, 'x', 'better']]);
  assert.deepEqual(read('We double the batch size and halve the learning rate; GPU prices have doubled every 5 years.'), []);
});

test('three parallel verb phrases share the comparison that ends them; "over 4KB interleaving" is a comparison', () => {
  const text = 'It improves throughput by up to 3.5x, reduces inference loss by up to 0.6x, and delivers up to 2.1x higher SLO attainment over separate setups.';
  assert.deepEqual(extractPaper('', text).claims.map((c) => c.baseline), ['separate setups', 'separate setups', 'separate setups']);
  assert.deepEqual(extractPaper('', 'The layout reduces remote HBM traffic by 24.7x over 4KB interleaving.').claims.map((c) => [c.value, c.baseline]), [[24.7, '4KB interleaving']]);
});

test('a trailing comparison reaches across "and order of magnitude ..."; a degradation is a change that takes the leading comparison', () => {
  const text = 'It achieves 3.9x lower latency, 10.3x greater decoding throughput, and order of magnitude energy savings compared to an H100 GPU.';
  assert.deepEqual(extractPaper('', text).claims.map((c) => c.baseline), ['H100 GPU', 'H100 GPU']);
  const level = 'Compared to standard ELM, our rule cuts training cost while keeping accuracy within 3.6% degradation.';
  assert.deepEqual(extractPaper('', level).claims.map((c) => [c.metric, c.value, c.baseline]), [['accuracy', 3.6, 'standard ELM']]);
});

test('the other side\'s numbers: in a parenthesis after the comparison, "from a 62 ms baseline"; a gain stated there is kept', () => {
  const read = (t: string) => fields(t, 'value', 'unit', 'baseline');
  assert.deepEqual(read('It is 4.4x faster than the matched baseline (2186 ns).'), [[4.4, 'x', 'matched baseline']]);
  assert.deepEqual(read('It needs 45 ms per step, down from a 62 ms bf16 baseline.').map((c) => c[0]), [45]);
  assert.deepEqual(read('It beats adversarial fine-tuning (up to 83.4% improvement).').map((c) => c[0]), [83.4]);
  assert.deepEqual(read('It needs less time than manual review (45.4 s versus 101.4 s).').map((c) => c[0]), [45.4]);
  assert.deepEqual(read('It outperforms general models (F1=0.643 vs. RoBERTa-base 0.485).'), [[0.643, '', 'RoBERTa-base']]);
});

test('not results: a sparsity level, a signal level a result holds above, a latency constraint in parentheses, a bootstrap CI', () => {
  assert.deepEqual(extractPaper('', 'Kernels reach up to 5.3x speedup over cuBLAS at 70% dual-sparsity.').claims.map((c) => c.value), [5.3]);
  assert.deepEqual(extractPaper('', 'The receiver keeps 99% accuracy above 4 dB SNR.').claims.map((c) => c.unit), ['%']);
  assert.deepEqual(extractPaper('', 'It gives 30% higher throughput under a strict latency constraint (<=100 ms).').claims.map((c) => c.value), [30]);
  assert.deepEqual(extractPaper('', 'The speedup is 1.26x, with a 95 percent bootstrap confidence interval.').claims.map((c) => c.value), [1.26]);
});

test('units: frames per second per watt are an energy efficiency', () => {
  assert.deepEqual(extractPaper('', 'The pipeline reaches 4.0 FPS/W.').claims.map((c) => [c.metric, c.unit]), [['energy_efficiency', 'FPS/W']]);
});

test('a gap "within N% of" a reference, a signed change in parentheses after a level, a share of a board\'s LUTs', () => {
  const read = (t: string) => fields(t, 'value', 'metric');
  assert.deepEqual(read('LoRA-Edge keeps accuracy within 4.7% of full fine-tuning.'), [[4.7, 'accuracy']]);
  assert.deepEqual(read('The planner raises the success rate to 84% (+4%).'), [[84, 'correctness'], [4, 'correctness']]);
  assert.deepEqual(read('The core fits in about 14% of a U50\'s LUTs.'), [[14, 'resources']]);
});

test('a share of the data is not a pass rate', () => {
  assert.deepEqual(extractPaper('', 'Sensitive attributes appear in only 59.2% of cases, and the filter keeps 12% of the data.').claims, []);
});

test('a bit width\'s precision is a setting, not an accuracy', () => {
  assert.deepEqual(extractPaper('', 'Training in mixed precision gives a 2.1x speedup.').claims.map((c) => c.metric), ['speedup']);
  assert.deepEqual(extractPaper('', 'The kernels keep 99% of the FP16 precision baseline at 8 bits.').claims, []);
});

test('"X by N and Y by M": the words after "and" name the second number, not the first', () => {
  const claims = extractPaper('', 'The accelerator cuts data size by 71% and MAC operations by 23%.').claims;
  assert.deepEqual(claims.map((c) => [c.value, c.metric]), [[71, 'memory'], [23, 'cost']]);
});
for (const [text, metric, title] of METRIC_WORDS) {
  test(`metric word: ${text}`, () => assert.deepEqual(extractPaper(title ?? '', text).claims.map((c) => c.metric), [metric]));
}

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

test('a unit after a number ends its sentence; an initial or an abbreviation does not', () => {
  assert.deepEqual(splitSentences('The chip draws only 2.4 W. Compared with a GPU baseline, it is 3x faster.').map((s) => s.text),
    ['The chip draws only 2.4 W.', 'Compared with a GPU baseline, it is 3x faster.']);
  assert.deepEqual(splitSentences('Latency drops to 5 ms. The cache helps. Work by J. Doe and Ms. Roe.').map((s) => s.text),
    ['Latency drops to 5 ms.', 'The cache helps.', 'Work by J. Doe and Ms. Roe.']);
  // The power claim no longer borrows the next sentence's comparison.
  const [power] = extractPaper('T', 'The chip draws only 2.4 W. Compared with an A100 GPU, tuning shrinks from days to hours.').claims;
  assert.equal(power?.metric, 'power');
  assert.equal(power?.baseline, null);
});

test('"0.643 vs. 0.598": "vs." after a number does not end the sentence', () => {
  assert.deepEqual(splitSentences('It wins (F1=0.643 vs. 0.598). Done.').map((x) => x.text), ['It wins (F1=0.643 vs. 0.598).', 'Done.']);
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

/** Title, abstract, and per claim [value, baseline, hardware]: the attribution rules of issue 9's quality pass. */
const ATTRIBUTION: Array<[string, string, string, Array<[number | number[], string | null, string | null]>]> = [
  ['a number takes the device of its own "on X" phrase, not the previous number\'s',
    'Kernels', 'Ours reaches up to 3.2x speedup (1.9x average) on an RTX 4090 and up to 2.5x speedup (1.4x average) on a Jetson TX2 over PyTorch.',
    [[3.2, 'PyTorch', 'NVIDIA GeForce RTX 4090'], [1.9, 'PyTorch', 'NVIDIA GeForce RTX 4090'], [2.5, 'PyTorch', 'NVIDIA Jetson TX2'], [1.4, 'PyTorch', 'NVIDIA Jetson TX2']]],
  ['in a "respectively" list of baselines, each claim takes its own item, and a device there is what it is compared with',
    'Memory design', 'It delivers 1.9x and 2.7x higher energy efficiency over the reference design and an H200, respectively.',
    [[1.9, 'reference design', null], [2.7, 'H200', null]]],
  ['a device that says where a baseline ran is not the paper\'s platform',
    'A sparse engine', 'We prototype the engine targeting an Alveo U250 board. Its kernels run 4.1x faster than the reference design. End-to-end, it is 2.2x faster than vLLM on an NVIDIA A100.',
    [[4.1, 'reference design', 'AMD Alveo U250'], [2.2, 'vLLM', 'NVIDIA A100']]],
  ['a device the title names as the kind of design proposed is not the platform',
    'A Heterogeneous HBM-PIM Architecture', 'HBM-PIM moves compute into memory. Our design raises throughput by 1.5x over a dense stack.',
    [[1.5, 'dense stack', null]]],
  ['an FPGA named twice, with no model, is the platform; a CPU named twice is not',
    'Hashing engines', 'The engine is deployed on an FPGA. The FPGA runs the pipeline. It is 12x faster than software.',
    [[12, 'software', 'FPGA']]],
  ['CPUs named as context are not spread to claims',
    'Hashing engines', 'Server CPUs have few pins. The CPU frontend stalls. It is 12x faster than software.',
    [[12, 'software', null]]],
  ['a "-side" or "frontend" class is a topic, not a device',
    'Caches', 'Our GPU-side cache raises throughput by 12%.',
    [[12, null, null]]],
  ['a model\'s size takes no device from the rest of the paper',
    'Tiny detectors', 'We deploy the detector on a Jetson Orin. The model has 0.5 M parameters. It runs 3x faster than YOLO.',
    [[0.5, null, null], [3, 'YOLO', 'NVIDIA Jetson Orin']]],
  ['a research accelerator is a platform when a result is "on" it, never as a baseline',
    'Compilers', 'It reaches 3.1x speedup on AttAcc over GPU-only execution. It is 1.6x faster than NeuPIMs.',
    [[3.1, 'GPU-only execution', 'AttAcc'], [1.6, 'NeuPIMs', null]]],
  ['a claim in another coordinated statement does not take the device of the next one',
    'Serving', 'It accelerates inference by 20% over the baseline and supports clusters of heterogeneous GPUs.',
    [[20, 'baseline', null]]],
  ['newer devices and aliases are in the dictionary',
    'Ports', 'It is 2x faster on an Ascend 910B, 3x faster on a Hailo-8, 4x faster on an RK3588 and 5x faster on an MI325X.',
    [[2, null, 'Huawei Ascend 910'], [3, null, 'Hailo-8'], [4, null, 'Rockchip RK3588'], [5, null, 'AMD Instinct MI325X']]],
  ['a hyphenated "com-pared" still compares',
    'Graphs', 'It shows 2.4x speedup com-pared to prior accelerators.',
    [[2.4, 'prior accelerators', null]]],
  ['"a comparison between A and B" compares with B for the whole sentence',
    'Crypto', 'We present a comparison between generated designs and hand-written RTL designs, showing up to 1.8x speedup.',
    [[1.8, 'hand-written RTL designs', null]]],
  ['"N% of the area required by X" and "N% of the optimal" compare with X and "optimal"',
    'Engines', 'It uses only 3% of the area required by prior engines. It reaches 92% of the optimal energy efficiency.',
    [[3, 'prior engines', null], [92, 'optimal', null]]],
  ['a sentence that states the comparison gives it to the next sentence\'s changes, not to levels',
    'Attention', 'We compare our kernels against FlashAttention-2 on long sequences. They run 2.1x faster and keep 99% accuracy.',
    [[2.1, 'FlashAttention-2', null], [99, null, null]]],
  ['a comparison in passing at the end of another statement does not carry over',
    'Multipliers', 'Five designs are introduced and their coding loss is compared with a conventional multiplier. Two of them cut area by 20%.',
    [[20, null, null]]],
  // Fourth quality pass (issue 9): devices and baselines, on sentences written for the test.
  ['an ASIC named as the form of the proposed chip is no device, and the paper\'s board is not carried to it',
    'A vision engine', 'The ASIC version in 16 nm reaches 3.3 TOPS/W in our tests. The board version draws 8 W on a Zynq ZCU104 board.',
    [[3.3, null, null], [8, null, 'AMD Zynq ZCU104']]],
  ['an ASIC written as a platform is still the form of the design, not a device (rule 18), and takes none from the paper',
    'Spiking cores on a Zynq ZCU104', 'Ported to an ASIC platform, the core is 5x faster than the software model.',
    [[5, 'software model', null]]],
  ['silicon area belongs to the design, so it takes no device from the rest of the paper; a speed on the board does',
    'A sparse tensor unit', 'We prototype the unit on an AMD Alveo U280 board. The unit adds 3.1% area to the core and runs 2x faster than the dense unit.',
    [[3.1, 'dense unit', null], [2, 'dense unit', 'AMD Alveo U280']]],
  ['a class compound in the title ("GPU-Resident") gives the class',
    'A GPU-Resident Hash Table', 'Inserts are 12x faster than the lock-based table.',
    [[12, 'lock-based table', 'GPU']]],
  ['the paper\'s own device comes before the device named in a claim\'s baseline phrase',
    'Sorting', 'We build the sorter on an Alveo U55C card. It sorts 40x faster than CPU-based libraries.',
    [[40, 'CPU-based libraries', 'AMD Alveo U55C']]],
  ['with no device of its own, a claim does not take the one in its baseline phrase (CONVENTIONS.md, rule 4)',
    'Tiny ranker', 'It ranks 3x faster than a CPU-only pipeline. It keeps 2% higher accuracy than a CPU-only pipeline.',
    [[3, 'CPU-only pipeline', null], [2, 'CPU-only pipeline', null]]],
  ['"N x the throughput of X" compares with X; "CPU offloading" is a topic, not a device',
    'Training', 'It reaches 2.2x the training throughput of the reference trainer with CPU offloading.',
    [[2.2, 'reference trainer', null]]],
  ['a model size takes no device even in its own sentence',
    'Big models', 'On one H100 GPU, the system fits models of 70B parameters and runs 1.4x faster than offloading baselines.',
    [[70, null, null], [1.4, 'offloading baselines', 'NVIDIA H100']]],
  ['a level takes no comparison after a comma or a dash',
    'Retrieval', 'It scores 71.5% accuracy on the test split, beating every prior retriever. It scores 88% on the easy split -- the best of all prior retrievers.',
    [[71.5, null, null], [88, null, null]]],
  ['a change after its comparison still takes it',
    'Summaries', 'The summarizer outperforms all baselines, achieving improvements of up to 9.5% in ROUGE-L.',
    [[9.5, 'all baselines', null]]],
  ['an absolute number does not take the comparison of the relative one after it',
    'Samplers', 'The sampler produces 900 MSamples/s, which is 1.8x faster than the prior sampler.',
    [[900, null, null], [1.8, 'prior sampler', null]]],
  ['a paper that designs its own accelerator was not run on the GPU it is compared with',
    'A Sparse Attention Accelerator', 'The design runs 6.2x faster than an NVIDIA A100 GPU.',
    [[6.2, 'NVIDIA A100 GPU', null]]],
  ['a software paper compared with a GPU was not run on it either, when it names no device of its own',
    'Sparse Attention Kernels', 'The design runs 6.2x faster than an NVIDIA A100 GPU.',
    [[6.2, 'NVIDIA A100 GPU', null]]],
  ['a class claim in a paper run on one board of that class is that board',
    'Batch search on FPGAs', 'The design was implemented on an AMD Alveo U250 card. Four kernels on the FPGA give a 2.1x speedup over a CPU implementation.',
    [[2.1, 'CPU implementation', 'AMD Alveo U250']]],
  ['a device in parentheses after a compared-with class is where the baseline ran',
    'Autoencoders on FPGA', 'The design, on a Zynq UltraScale+ MPSoC FPGA, beats CPU (Intel Xeon Gold 5218R) and GPU (NVIDIA V100) versions. It is 18.2x faster than the GPU.',
    [[18.2, 'GPU', 'Xilinx Zynq UltraScale+']]],
  ['an abstract that presents its own accelerator takes no device from what it is compared with',
    'Sorting for splatting', 'We present Neo, a hardware accelerator for sorting. Neo achieves 10x higher throughput than an edge GPU.',
    [[10, 'edge GPU', null]]],
  ['a class whose microarchitecture the title studies is the topic, not the platform',
    'TLB Misses in GPU Microarchitectures', 'The filter delivers up to 72% IPC improvement.',
    [[72, null, null]]],
  ['an abstract that devises a custom accelerator takes no device from its comparisons',
    'Vector search', 'A custom accelerator is deployed in a CXL device. It improves throughput by 9x than a SOTA GPU system.',
    [[9, 'SOTA GPU system', null]]],
  ['a device in the clause after a semicolon is not the claim\'s',
    'Inference', 'It is 4x faster than the baseline; the same workload on the GPU is slower.',
    [[4, 'baseline', null]]],
  ['a search cost and a layout area take no device from the rest of the paper; "TSMC 16FF" is a process',
    'HLS design on FPGAs', 'We target an FPGA. The tuner cuts the search cost by 4.8x; the core occupies 5.7 mm^2 in TSMC 16FF.',
    [[4.8, null, null], [5.7, null, null]]],
  ['"on multi-GPU systems" and a "GPU-resident" engine say where the work runs; "for Multi-FPGA Systems" is a target',
    'Overlap on Multi-GPU Systems', 'The hub gives 1.2x-1.9x end-to-end speedups.', [[[1.2, 1.9], null, 'GPU']]],
  ['(abstract compound)', 'Faults in splatting', 'A GPU-resident engine injects faults. The guard costs 76 us per frame.', [[76, null, 'GPU']]],
  ['the paper\'s own kernel or implementation for a class runs on it (rule 32); a compared-with implementation does not',
    'Sparse attention', 'We implement an efficient GPU kernel for the method. It yields a 13.7x speedup in attention.', [[13.7, null, 'GPU']]],
  ['(a high-performance implementation)', 'Solvers', 'We develop a high-performance GPU implementation. The solver is 28x faster.', [[28, null, 'GPU']]],
  ['(compared with, not own)', 'Tries', 'The index is 948x faster than a CPU trie implementation.', [[948, 'CPU trie implementation', null]]],
  ['(a topic, not a platform)', 'Agents', 'Agents do GPU kernel optimization. The agent reaches a 16x speedup.', [[16, null, null]]],
  ['(a target, not a platform)', 'Partitioning for Multi-FPGA Systems', 'The partitioner runs 11.1x faster than hMETIS.', [[11.1, 'hMETIS', null]]],
  ['of several devices, the one the title names is the platform; what it is compared with is not',
    'RAG on a Mobile NPU: Benchmark on Snapdragon X Elite', 'All stages run on the Hexagon NPU of the Snapdragon X Elite. It is 18.1x faster than the CPU baseline.',
    [[18.1, 'CPU baseline', 'Qualcomm Snapdragon X Elite']]],
  ['a paper naming two devices of its own takes neither and not its baseline\'s',
    'Split inference', 'The first part runs on a VCK190, the rest on an RTX 2080. Latency improves by 3.4x over GPU-only execution.',
    [[3.4, 'GPU-only execution', null]]],
  ['a concessive clause\'s device ("While GPUs ...") is the other side\'s',
    'Edge retrieval', 'While GPUs exhibit lower latency, our design lowers the energy-delay product by 13.6x.', [[13.6, null, null]]],
  ['a title that designs chiplets or in-memory computing takes no device from what it is compared with',
    'Chiplet-based Near-Memory Acceleration for Edge LLMs', 'It achieves up to 54x speedup as compared to the edge GPU NVIDIA Jetson Orin NX.',
    [[54, 'edge GPU NVIDIA Jetson Orin NX', null]]],
  ['"SPEC CPU" is a suite; "Design of a GPU" designs one; "FPGA-implemented" cores run on one; "Intel server processors" are CPUs',
    'Design of a GPU with Heterogeneous Cores', 'On SPEC CPU benchmarks the design is 9.2% faster.', [[9.2, null, null]]],
  ['(FPGA-implemented)', 'RISC-V trade-offs', 'We study 10 FPGA-implemented microarchitectures. The deeper pipeline raises Dhrystone throughput by 64%.', [[64, null, 'FPGA']]],
  ['(vendor processors)', 'Coroutines', 'The compiler is 1.51x faster than coroutine methods on Intel server processors.', [[1.51, 'coroutine methods', 'Intel CPU']]],
  ['a family the paper also names a member of is that member',
    'Inference on Apple Silicon', 'We evaluate on an Apple M4 Max. Batching scales to 4.3x higher throughput.',
    [[4.3, null, 'Apple M4 Max']]],
  ['"performance" in a clause about benchmarks is quality, even in a systems paper',
    'Expert Parallelism on GPUs', 'Routing cuts GPU memory traffic. We gain an average performance improvement of 0.51% across ten downstream benchmarks.',
    [[0.51, null, null]]],
];

test('detection power, ranking consistency, robustness, truthfulness and factuality are accuracies', () => {
  assert.deepEqual(fields('Fingerprinting achieves 86% detection power and our evaluation achieves a 94.4% ranking consistency with WebDev Arena.', 'metric', 'value'),
    [['accuracy', 86], ['accuracy', 94.4]]);
  assert.deepEqual(fields('It improves adversarial robustness by 12.02 percent and truthfulness by 21.1%.', 'metric', 'value'), [['accuracy', 12.02], ['accuracy', 21.1]]);
});

test('a share of comparisons won or preferred is a win rate; a task success rate (TSR) and a preference over another are pass rates too; a score across N tasks of a known suite is a score there', () => {
  assert.deepEqual(fields('Human evaluators prefer our results in 72% of pairwise comparisons, and participants preferred the assistant 78% of the time.', 'metric', 'value'),
    [['correctness', 72], ['correctness', 78]]);
  assert.deepEqual(fields('A fine-tuned Qwen2.5-14B model achieves a TSR of 49.5% and 81.3% preference over the base model.', 'metric', 'value'),
    [['correctness', 49.5], ['correctness', 81.3]]);
  assert.deepEqual(fields('In simulation, a unified model achieves 98.11% across 130 LIBERO tasks.', 'metric', 'value', 'benchmark'), [['correctness', 98.11, 'LIBERO']]);
});

test('false negatives, FPR and FNR, MAPEs and a bias reduced are errors; the false-positive rate a detection rate is read at is an operating point; compute savings, fewer attempts and shorter reasoning chains are costs', () => {
  assert.deepEqual(fields('It reduces false negative rates by up to 28% and the FPR by 36.67% on average.', 'metric', 'value'), [['error', 28], ['error', 36.67]]);
  assert.deepEqual(fields('Debiasing-DPO reduces bias by 84% while MAPEs stay at 15%.', 'metric', 'value'), [['error', 84], ['error', 15]]);
  assert.deepEqual(fields('LT-MIA achieves 2.8x higher TPR at 0.1% FPR than the strongest baseline.', 'value'), [[2.8]]);
  assert.deepEqual(fields('The exit classifier achieves 33% compute savings and needs 3x fewer attempts.', 'metric', 'value'), [['cost', 33], ['cost', 3]]);
});

test('the level a random guess reaches, named before it, and a standard deviation are no results', () => {
  assert.deepEqual(fields('Even the best model falls short of random-level accuracy (50%) when faced with style bias.', 'value'), []);
  assert.deepEqual(fields('Scores vary across seeds, with standard deviations averaging 10.1%.', 'value'), []);
});

test('a count that qualifies a noun ("1-shot", "3-run", "2-step") is a setting, not a bare score', () => {
  assert.deepEqual(fields('It yields gains of 1.92% and 1.88% in average accuracy under 1-shot and 5-shot settings, respectively.', 'value'), [[1.92], [1.88]]);
  assert.deepEqual(fields('True Memory Pro reaches 93.0% accuracy (3-run mean) against 61.4% for Mem0.', 'value'), [[93]]);
  // (A score before a dash stays: "METEOR of 63.94-close to centralized fine-tuning".)
  assert.deepEqual(fields('It reaches a METEOR of 63.94-close to centralized fine-tuning.', 'value'), [[63.94]]);
});

test('a share of another model\'s capabilities, gains or performance gap kept or closed is an accuracy', () => {
  assert.deepEqual(fields('It fits on one GPU while preserving 98.4% of the original model\'s capabilities.', 'metric', 'value'), [['accuracy', 98.4]]);
  assert.deepEqual(fields('Pre-training on our synthetic videos closes 97.2% of the performance gap on UCF101.', 'metric', 'value'), [['accuracy', 97.2]]);
});

test('a small share of another\'s training compute or budget is a cost (and, since version 37, of its data: see below)', () => {
  assert.deepEqual(fields('It matches or surpasses DoReMi while utilizing only 10% of the compute budget.', 'metric', 'value'), [['cost', 10]]);
  // (Version 17 left this out when +7 of +12 such claims were labeled, over some 2,350 lines; over 4,078 it is +14 of +17.)
  assert.deepEqual(fields('It reaches full-data performance using only 10% of the training data.', 'metric', 'value'), [['cost', 10]]);
});

test('parameter and model-size reductions are model size, bitrate savings bandwidth (lower is better), wall-time ratios speedups, memory occupancy memory', () => {
  assert.deepEqual(fields('It achieves a 5.5x parameter reduction and a 51.6x model-size reduction.', 'metric', 'value'), [['model_size', 5.5], ['model_size', 51.6]]);
  assert.deepEqual(fields('DCVC-DT achieves up to 6.21% bitrate savings over the baseline DCVC-DC.', 'metric', 'value', 'direction'), [['bandwidth', 6.21, 'better']]);
  assert.deepEqual(fields('FP32-GMG gives 1.62x wall-time ratios relative to the solver while halving HBM occupancy.', 'metric', 'value'), [['speedup', 1.62], ['memory', 2]]);
});

test('a reduction in parameters is model size; counts of inference, denoising and sampling steps are latency', () => {
  assert.deepEqual(fields('The custom CNN achieves a 96.7% reduction in parameters and needs 20x fewer sampling steps.', 'metric', 'value'),
    [['model_size', 96.7], ['latency', 20]]);
  // (A loss denied right after the number is none: the cut is a gain.)
  assert.deepEqual(fields('Anchoring cuts the number of sampling steps by 70% without any loss in performance.', 'metric', 'direction'), [['latency', 'better']]);
});

test('miss rates, misclassifications and inconsistency are errors; tool-call rounds and invocations are costs; payloads are bandwidth', () => {
  assert.deepEqual(fields('The guard reaches a 3.5% miss rate and reduces hidden inconsistency by 41%.', 'metric', 'value'), [['error', 3.5], ['error', 41]]);
  assert.deepEqual(fields('It reduces tool-call rounds by about 20% and uplink payload by 62%.', 'metric', 'value'), [['cost', 20], ['bandwidth', 62]]);
});

test('chain-of-thought length, reasoning budgets and annotation effort are costs; circuit depth is latency; transistor count is area', () => {
  assert.deepEqual(fields('NoWait reduces chain-of-thought trajectory length by up to 51% and cuts annotation effort by 35%.', 'metric', 'value'),
    [['cost', 51], ['cost', 35]]);
  assert.deepEqual(fields('Accordion reduces circuit depth by 77% and the transistor count of the array by 56%.', 'metric', 'value'),
    [['latency', 77], ['area', 56]]);
});

test('in a paper that evaluates models on a benchmark, the levels the models reach and bounds over them are scores', () => {
  const read = (title: string, text: string) => titledFields(title, text, 'metric', 'value');
  const text = 'Evaluation of 17 models reveals severe limitations: no model exceeds 66% overall, with top performers DeepSeek-R1 (65.3%) and GPT-5 (63.0%) far below human baselines.';
  assert.deepEqual(read('CogBench: A Benchmark for Cognitive Control in LLMs', text), [['accuracy', 66], ['accuracy', 65.3], ['accuracy', 63]]);
  // (A method paper's levels of other models stay out.)
  assert.deepEqual(read('Sparse Routing for Mixture-of-Experts', text), []);
});

test('the models a gain improves are what it is over: base models, or a named model whose performance it raises', () => {
  assert.deepEqual(fields('ScalingAR improves base models by 12.5% on GenEval and 15.2% on TIIF-Bench.', 'value', 'baseline'),
    [[12.5, 'base models'], [15.2, 'base models']]);
  assert.deepEqual(fields('ThinkLite-VL improves the average performance of Qwen2.5-VL-7B-Instruct by 7% on eight benchmarks.', 'value', 'baseline'),
    [[7, 'Qwen2.5-VL-7B-Instruct']]);
  // (A percentile or a score's name is what improves, not a model.)
  assert.deepEqual(fields('The scheduler improves P99 by up to 50%.', 'baseline'), [[null]]);
});

test('a list of numbers and a list of benchmarks, respectively, pair up in order', () => {
  assert.deepEqual(fields('Applied to Qwen2-72B, it achieves scores of 70.8% and 94.0% on the test sets of MATH and GSM8K, respectively.', 'value', 'benchmark'),
    [[70.8, 'MATH'], [94, 'GSM8K']]);
});

test('a clause after a comparison that surpasses another system is no item of a list of baselines', () => {
  assert.deepEqual(fields('It achieves improvements over existing baselines, surpassing the previous state-of-the-art by 9.6%, 6.6%, and 3.9% on MLVU, LVBench, and LongVideoBench, respectively.', 'value', 'baseline'),
    [[9.6, 'previous state-of-the-art'], [6.6, 'previous state-of-the-art'], [3.9, 'previous state-of-the-art']]);
});

test('text, caption and agreement scores are named scores; a threshold called tau and the (2,1) of an ICC are not', () => {
  assert.deepEqual(fields('The ranking reaches Spearman\'s rho=0.85 and Kendall\'s tau=0.81 with human judges.', 'metric', 'value'), [['accuracy', 0.85], ['accuracy', 0.81]]);
  // (The compared raters' own 0.300 is not the paper's result.)
  assert.deepEqual(fields('The audit achieved ICC(2,1) = 0.449, exceeding the human inter-rater ICC of 0.300.', 'value'), [[0.449]]);
  assert.deepEqual(fields('The captioner reaches a CIDEr of 3.39 and ROUGE-L of 74.64.', 'metric', 'value'), [['accuracy', 3.39], ['accuracy', 74.64]]);
  assert.deepEqual(fields('We vary the classification thresholds (tau = 10 and tau = 100).', 'value'), []);
});

test('widely used suites are known benchmarks: a percentage on one is a score there, a pass rate on an agent\'s or a navigation suite', () => {
  assert.deepEqual(fields('Memo reports 92% on LongMemEval and 93.2% on LoCoMo.', 'metric', 'value', 'benchmark'),
    [['accuracy', 92, 'LongMemEval'], ['accuracy', 93.2, 'LoCoMo']]);
  assert.deepEqual(fields('The prover achieves 95.1% on MiniF2F.', 'metric', 'value', 'benchmark'), [['correctness', 95.1, 'miniF2F']]);
  assert.deepEqual(fields('Our agent reaches 75.9% on AIME 24 and 70.1% on TAU-Bench.', 'metric', 'value', 'benchmark'),
    [['accuracy', 75.9, 'AIME24'], ['correctness', 70.1, 'tau-bench']]);
});

test('each level of a list before a known benchmark is a score there; a number in the benchmark\'s name is not', () => {
  assert.deepEqual(fields('OpenSWE-32B and OpenSWE-72B achieve 62.4% and 66.0% on SWE-bench Verified.', 'metric', 'value'),
    [['correctness', 62.4], ['correctness', 66]]);
  assert.deepEqual(fields('It surpasses Gemma3-27B by 2.6% on AIME 24, 0.6% on AIME 25, and 3.0% on LiveCodeBench.', 'value'),
    [[2.6], [0.6], [3]]);
});

test('a level reached with no metric word, after a score in the same sentence, is another score; a compared system\'s is not', () => {
  assert.deepEqual(fields('The best closed model achieves only 64.2% accuracy, while the strongest open-source model reaches just 46.8%.', 'metric', 'value'),
    [['accuracy', 64.2], ['accuracy', 46.8]]);
  assert.deepEqual(fields('Reward models reach 52.7% mean accuracy, while zero-shot judges perform at 53.9%.', 'metric', 'value'),
    [['accuracy', 52.7], ['accuracy', 53.9]]);
  assert.deepEqual(fields('Our parser reaches 81.2% accuracy, with the best baseline model achieving only 67%.', 'metric', 'value'), [['accuracy', 81.2]]);
  // (A share with no level verb stays out.)
  assert.deepEqual(fields('It reaches 90.1% accuracy on 40% of the queries.', 'metric', 'value'), [['accuracy', 90.1]]);
});

test('a bare percentage gain takes its sense from what the abstract talks about most: quality words outnumbering speed words make it a score, even with a GPU named', () => {
  const metric = (title: string, abstract: string) => extractPaper(title, abstract).claims.map((c) => [c.metric, c.value]);
  const ml = 'We fine-tune vision-language models on a new dataset of instructions and train them on one GPU for each of the tasks. The trained models outperform prior state-of-the-art models by 6.2%.';
  assert.deepEqual(metric('Instruction data for vision-language models', ml), [['accuracy', 6.2]]);
  // The same sentence in an abstract about a memory system stays a speed gain.
  const sys = 'We present a hardware prefetcher for GPU memory hierarchies that hides DRAM latency and raises cache bandwidth. In simulation, it outperforms prior state-of-the-art prefetchers by 6.2%.';
  assert.deepEqual(metric('A GPU prefetcher', sys), [['speedup', 6.2]]);
  // A ratio keeps the systems reading: "1.8x performance" is rarely a score.
  const ratio = 'We fine-tune vision-language models on a new dataset of instructions and train them on one GPU. The trained models give a 1.8x performance improvement over prior state-of-the-art models.';
  assert.deepEqual(metric('Instruction data for vision-language models', ratio), [['speedup', 1.8]]);
});

for (const [name, title, abstract, expected] of ATTRIBUTION) {
  test(`attribution: ${name}`, () => {
    const got = extractPaper(title, abstract).claims.map((c) => [c.value ?? [c.min, c.max], c.baseline, c.hardware]);
    assert.deepEqual(got, expected);
  });
}

test('boards: a Kria board without its model code is the Kria family; a Cora Z7 is a board of its own', () => {
  const kria = extractPaper('A quantization accelerator', 'Our design, deployed on the AMD Kria board, reduces inference time by 1.4x over the Arm CPU.').claims;
  assert.deepEqual(kria.map((c) => c.hardware), ['AMD Kria']);
  const kv = extractPaper('', 'Deployed on the Kria KV260, the design is 2.1x faster than the Kria SOM software baseline.').claims;
  assert.deepEqual(kv.map((c) => c.hardware), ['AMD Kria KV260']);
  const cora = extractPaper('', 'On a Cora Z7 board the classifier runs 5.1x faster than the software version.').claims;
  assert.deepEqual(cora.map((c) => c.hardware), ['Digilent Cora Z7']);
});

test('the device dictionary knows the edge, neuromorphic and FPGA parts abstracts name by their codes', () => {
  const m = matcherFor(BUILT_IN);
  const expect: Array<[string, string]> = [
    ['Ascend 910B2', 'Huawei Ascend 910'], ['Ascend 950', 'Huawei Ascend 950'], ['GAP9', 'GreenWaves GAP9'], ['STM32H7', 'STM32'],
    ['Gaudi-v2', 'Intel Gaudi'], ['Cerebras CS-3', 'Cerebras WSE'], ['BlueField-3', 'NVIDIA BlueField'], ['Myriad X', 'Intel Movidius Myriad'],
    ['Spartan-7', 'Xilinx Spartan-7'], ['Kintex UltraScale+', 'Xilinx Kintex UltraScale'], ['Agilex-5', 'Intel Agilex'], ['XC7Z020', 'Xilinx Zynq-7000'],
    ['ESP32-CAM', 'ESP32'], ['Raspberry Pi4b', 'Raspberry Pi'], ['TPUv4i', 'Google TPU v4'], ['MAX78000', 'Analog Devices MAX78000'],
    ['Loihi 2', 'Intel Loihi'], ['SpiNNaker2', 'SpiNNaker'], ['TrueNorth', 'IBM TrueNorth'], ['Akida', 'BrainChip Akida'], ['RK3588', 'Rockchip RK3588'],
    ['Kintex', 'Xilinx Kintex'], ['MSP430', 'TI MSP430'], ['Arduino Nano 33 BLE', 'Arduino'], ['eIQ Neutron', 'NXP eIQ Neutron'], ['i.MX 93', 'NXP i.MX'],
  ];
  for (const [text, name] of expect) assert.deepEqual(m.hardware(`measured on the ${text} board`).map((h) => h.name), [name], text);
});

test('"N points" of a score out of 100 are percentage points of a quality metric; a contest score, a count of points or "60/60 points" are not', () => {
  const read = (t: string) => fields(t, 'metric', 'value', 'unit');
  assert.deepEqual(read('It improves mAP by 9 points over strong baselines on the TAO dataset.'), [['accuracy', 9, 'pp']]);
  assert.deepEqual(read('Our kernel scheduler outperforms the strongest baseline by 1.8 points.'), [['accuracy', 1.8, 'pp']]);
  assert.deepEqual(read('Varying submission orders can shift scores by 394 points.'), []);
  assert.deepEqual(read('The replication achieves 60/60 points.'), []);
  assert.deepEqual(read('It surpasses the YOLO baseline by 5.0 points in mAP at 0.5 and 6.7 points in recall.'), [['accuracy', 5, 'pp'], ['accuracy', 6.7, 'pp']]);
});

test('signed numbers in a list share the cue after the last one; a signed change in parentheses is not a list item', () => {
  const read = (t: string) => fields(t, 'metric', 'value', 'unit');
  assert.deepEqual(read('It achieves +5% and +13% relative improvements in mIoU in 10-shot settings.'), [['accuracy', 5, '%'], ['accuracy', 13, '%']]);
  assert.deepEqual(brief('The network achieves an F1-score of 77% (+10% improvement) on the test set.').map((c) => [c.value, c.baseline]), [[77, null], [10, null]]);
});

test('a cue followed by "for" and what it is measured for is the head: "SLO attainment for TPOT and TBT" is attainment, not latency', () => {
  const read = (t: string) => fields(t, 'metric', 'value');
  assert.deepEqual(read('It improves SLO attainment for TPOT and TBT by up to 66% and 48%, respectively.'), [['correctness', 66], ['correctness', 48]]);
  assert.deepEqual(read('It reduces the latency of KV cache by 96%.'), [['latency', 96]]);
  assert.deepEqual(read('It cuts TBT by 20% and improves throughput by 1.5x.'), [['latency', 20], ['throughput', 1.5]]);
});

test('an F1, precision or recall on a task benchmark stays accuracy; "N% file-level and M% function-level" is one list', () => {
  const read = (t: string) => fields(t, 'metric', 'value');
  assert.deepEqual(read('On SWE-bench Verified, it achieves SOTA-level performance (84.7% file-level and 56.4% function-level F1 scores).'), [['accuracy', 84.7], ['accuracy', 56.4]]);
  assert.deepEqual(read('It resolves 45.2% of the issues on SWE-bench Verified.'), [['correctness', 45.2]]);
});

test('a share of the parameters tuned, or of what a part holds, is no model size', () => {
  const read = (t: string) => fields(t, 'metric', 'value');
  assert.deepEqual(read('Each model was adapted by training fewer than 1% of its parameters.'), []);
  assert.deepEqual(read('It stays within 4.7% of full fine-tuning while updating at most 1.49% of parameters.').filter(([m]) => m === 'model_size'), []);
  assert.deepEqual(read('The state grows to up to 40% of model parameters.'), []);
});

test('the start of "from X to Y" is not a result, also with a sign, an article or a few words before "to"; a range stays whole', () => {
  const read = (t: string) => fields(t, 'metric', 'value', 'unit');
  assert.deepEqual(read('It reduces lookup latency from >3s to <50ms.'), [['latency', 50, 'ms']]);
  assert.deepEqual(read('It lifts FP64 from the ~1 TFLOPS native floor to ~500 TFLOPS.'), [['throughput', 500, 'TFLOPS']]);
  assert.deepEqual(read('Coverage accuracy drops from 93.8% for tiny to about 66.5% for base models.'), [['accuracy', 66.5, '%']]);
  assert.deepEqual(read('It achieves test accuracies ranging from 80% to over 99%.').length, 1);
  // A start that is itself a range, an end in words.
  assert.deepEqual(read('The service reduced P99 latency from 31-38 seconds to 6.4-8.7 seconds.').map(([m, , u]) => [m, u]), [['latency', 's']]);
  assert.deepEqual(read('It keeps compatibility while reducing latency from ~1000ms to single-digit milliseconds.'), []);
  assert.deepEqual(read('Offloading cuts the uplink share of execution time from 22.90%-1417.05% to near zero.'), []);
});

test('shares of generated code that runs or compiles, and a functional pass@1, are correctness', () => {
  const read = (t: string) => fields(t, 'metric', 'value');
  assert.deepEqual(read('The generator achieves 73% executability on 1,289 targets.'), [['correctness', 73]]);
  assert.deepEqual(read('The module-level compile rate is 67.1%.'), [['correctness', 67.1]]);
  assert.deepEqual(read('It achieves 75.8% on NL2SVA-Human and 84.0% on NL2SVA-Machine in Func.@1.'), [['correctness', 75.8], ['correctness', 84]]);
});

test('a gain of a bare score is read after "increases of" or "improvements of" its name', () => {
  const read = (t: string) => fields(t, 'metric', 'value', 'unit');
  assert.deepEqual(read('It beats the baselines, with F1 score increases of up to 0.60 in zero-shot settings.'), [['accuracy', 0.6, '']]);
  assert.deepEqual(read('It yields AUC improvements of up to 0.18 on ImageNet.'), [['accuracy', 0.18, '']]);
});

test('rates per second and per joule keep their multiplier as written; energy per frame stays energy', () => {
  const read = (t: string) => fields(t, 'metric', 'value', 'unit');
  assert.deepEqual(read('It reaches 560K inferences/s and 703M inferences/s/W.'), [['throughput', 560, 'K inferences/s'], ['energy_efficiency', 703, 'M inferences/s/W']]);
  assert.deepEqual(read('Our design achieves a throughput of 2.94 million events per second.'), [['throughput', 2.94, 'million events/s']]);
  assert.deepEqual(read('It sustains 7.992M MACs/s, 10959 MOps/s and 39.3 thousand reads/s.'), [['throughput', 7.992, 'M MACs/s'], ['throughput', 10959, 'MOps/s'], ['throughput', 39.3, 'thousand reads/s']]);
  assert.deepEqual(read('The accelerator delivers 1219 Mpixels/J.'), [['energy_efficiency', 1219, 'Mpixels/J']]);
  assert.deepEqual(read('The prototype needs 22.6 mJ/frame.'), [['energy', 22.6, 'mJ']]);
});

test('"accelerators" is a device word, not a speed cue; "N x faster time to first token" is a speedup', () => {
  const read = (t: string) => fields(t, 'metric', 'value');
  assert.deepEqual(read('The tile outperforms state-of-the-art accelerators by up to 2.56x in throughput.'), [['throughput', 2.56]]);
  assert.deepEqual(read('It accelerates inference by 3x.'), [['speedup', 3]]);
  assert.deepEqual(read('DUET achieves 4x faster time to first token and 3x lower latency.'), [['speedup', 4], ['latency', 3]]);
});

test('listed cues pair with listed numbers when their words differ, even if two name the same metric', () => {
  assert.deepEqual(fields('Dispatch reduces latency, energy, and energy-delay product by 17.4%, 14.4%, and 28.5%, respectively.', 'metric', 'value'),
    [['latency', 17.4], ['energy', 14.4], ['energy', 28.5]]);
});

test('"logic usage" of an FPGA design is resources', () => {
  assert.deepEqual(fields('It achieves 5-9% lower logic usage than parallel designs.', 'metric', 'value'), [['resources', [5, 9]]]);
});

test('model sizes: a bound, a list or a span of sizes is a setting; a size the model attains a result with is a claim', () => {
  const sizes = (t: string) => fields(t, 'metric', 'value', 'unit').filter((c) => c[0] === 'model_size');
  assert.deepEqual(sizes('The resulting model attains 93.22% average DSC with 3.58M parameters and 14.56 GFLOPs.'), [['model_size', 3.58, 'M params']]);
  assert.deepEqual(sizes('The network reaches 98.02% accuracy on MNIST while having only 9.5k parameters.'), [['model_size', 9.5, 'k params']]);
  assert.deepEqual(sizes('It surpasses larger models, achieving this with only 6.7 thousand parameters.'), [['model_size', 6.7, 'k params']]);
  assert.deepEqual(sizes('We quantize distilled versions of Deepseek with 1.7 billion, 7 billion, and 14 billion parameters.'), []);
  assert.deepEqual(sizes('Our simulator enables design space exploration of SLMs up to 4B parameters, with 2x speedups.'), []);
  assert.deepEqual(sizes('Across families from sub-1B to 35B parameters, BaseRT delivers up to 6.4x speedup.'), []);
  assert.deepEqual(sizes('It is a family of image-text models at 3-15ms latency and 50-150M parameters.'), []);
  assert.deepEqual(sizes('Extensive experiments on models with 8B and 16B parameters show a 2x speedup.'), []);
});

test('a memory size after "a" naming a part ("a 1 KB Bloom filter", "a single 24 GB GPU") or after "buffer of" is a setting', () => {
  const sizes = (t: string) => fields(t, 'metric', 'value', 'unit').filter((c) => c[0] === 'memory');
  assert.deepEqual(sizes('We design DEPOT, a 1 KB Bloom filter mechanism that protects entries.'), []);
  assert.deepEqual(sizes('It trains the model on a single 24 GB GPU while achieving a 2x speedup.'), []);
  assert.deepEqual(sizes('It adds a small on-chip buffer of about 20 KB.'), []);
  assert.deepEqual(sizes('It requires only 2.1 KB of hardware storage and has a memory footprint of only 32MB.'), [['memory', 2.1, 'KB'], ['memory', 32, 'MB']]);
});

test('every number of a list after "outperforms X by" is a change over X, not only the first', () => {
  assert.deepEqual(fields('It sets a new state of the art, outperforming existing methods by 2.6%, 1.4% and 3.9% in accuracy.', 'value', 'baseline'),
    [[2.6, 'existing methods'], [1.4, 'existing methods'], [3.9, 'existing methods']]);
  // A saving made while matching X is a saving over X; "the accuracy of X" names X.
  assert.deepEqual(fields('The decoupled pipeline matches end-to-end transformer accuracy while reducing compute by approximately 95%.', 'metric', 'baseline'), [['cost', 'end-to-end transformer']]);
  assert.deepEqual(fields('Luna matches the accuracy of state-of-the-art LLM-based evaluators while reducing inference cost by over 80x and latency by over 20x.', 'baseline'),
    [['state-of-the-art LLM-based evaluators'], ['state-of-the-art LLM-based evaluators']]);
  assert.deepEqual(fields('It keeps a performance comparable to full KV cache retention while using only 12% of the original KV cache.', 'baseline'), [['full KV cache retention']]);
  assert.deepEqual(fields('It matches or exceeds the state-of-the-art performance of patch-based implementations with 62% fewer parameters.', 'baseline'), [['patch-based implementations']]);
  assert.deepEqual(fields('Our model outperforms a 33B model in code generation quality while being three times faster.', 'metric', 'baseline'), [['speedup', '33B model']]);
  // A ratio in words after "by" is the size of a change, never a compared-with name.
  assert.deepEqual(fields('Pruning increases inference speed by more than fivefold on CPU and 2.5 times on an edge device.', 'metric', 'value', 'baseline'), [['speedup', 5, null], ['speedup', 2.5, null]]);
  // Frames a system processes at a rate are its throughput; a video made at a frame rate is a setting.
  assert.deepEqual(fields('Our fastest model is capable of processing Full HD frames at 20 FPS using only 500 MB of memory.', 'metric', 'value').filter(([m]) => m === 'throughput'), [['throughput', 20]]);
  assert.deepEqual(fields('Alice generates 5-second 720p videos at 24fps in 4 denoising steps.', 'metric', 'value').filter(([m]) => m === 'throughput'), []);
  assert.deepEqual(fields('It gives a 5.3x average reduction in end-to-end VPR runtime, while maintaining quality of results.', 'metric', 'value'), [['speedup', 5.3]]);
  assert.deepEqual(fields('The SR model attains beyond 256x enlargement with high perceptual quality.', 'metric'), []);
  // Settings and motivation, not results: a time a level is read at, a device's memory, a bounty, an economy's losses.
  assert.deepEqual(fields('The agent reaches 71.8% accuracy at 24 hours.', 'unit'), [['%']]);
  assert.deepEqual(fields('A configuration running on a consumer-grade 8GB GPU achieves 51.76% accuracy.', 'unit'), [['%']]);
  assert.deepEqual(fields('We released the PoCs, earning a $900 bounty.', 'unit'), []);
  assert.deepEqual(fields('Retail theft costs the global economy over $100 billion annually.', 'unit'), []);
  // "spanning from A to B" is a range.
  assert.deepEqual(fields('Energy per inference ranges from 0.68 mJ to 6.45 mJ, with latency spanning from 3.22 ms to 30.38 ms.', 'metric', 'value'), [['energy', [0.68, 6.45]], ['latency', [3.22, 30.38]]]);
  // A count of floating-point operations (GFLOPs) is a cost; a rate (GFLOPS) a throughput.
  assert.deepEqual(fields('The resulting model attains 93.22% average DSC with 14.56 GFLOPs.', 'metric', 'value', 'unit').filter(([m]) => m === 'cost'), [['cost', 14.56, 'GFLOPs']]);
  assert.deepEqual(fields('It enables real-time processing of HD (768 x 1280) videos at 25 FPS on a single A100 GPU.', 'metric', 'value'), [['throughput', 25]]);
  // One scope word may sit between the numbers of a list that shares the cue after it; a measure's name may not.
  assert.deepEqual(fields('The prototype achieves 121.2x encode and 70.9x decode speedups over a Python reference.', 'metric', 'value'), [['speedup', 121.2], ['speedup', 70.9]]);
  assert.deepEqual(fields('The framework attains 51.6x compression and 1.23x throughput improvement.', 'metric', 'value'), [['memory', 51.6], ['throughput', 1.23]]);
  // An aside in parentheses that names no metric is skipped on the way to the cue after it.
  assert.deepEqual(fields('On KITTI the system achieves up to 35x (and a runtime-weighted average of 15.9x) speedup over the CPU code.', 'metric', 'value'), [['speedup', 35], ['speedup', 15.9]]);
  assert.deepEqual(fields('It reduces the usage of the heavy expert by approximately 50% (achieving an estimated overall cost of 0.92x) without losing accuracy.', 'metric', 'value'), [['cost', 50], ['cost', 0.92]]);
  // "by at least 3.52%" is a change, which an opening comparison covers.
  assert.deepEqual(fields('Compared to state-of-the-art models, the network reduces the average RMSE by at least 3.52% on ERA5.', 'metric', 'baseline'), [['error', 'state-of-the-art models']]);
  // Past a comma a level takes the surpassed side only when that side's own number is given (rules 20, 21).
  assert.deepEqual(fields('The tagger reaches an F1-score of 0.980, significantly outperforming Gemini-Pro-2.5 (F1-score: 0.845).', 'baseline'), [['Gemini-Pro-2.5']]);
  assert.deepEqual(fields('It reaches 95.78% on CIFAR-10, surpassing deeper ResNet variants (ResNet50, ResNet101).', 'baseline'), [[null]]);
  // A side's own numbers written as its possession ("the base LLM's 85.3% and 45.3%") give it as the baseline of levels.
  assert.deepEqual(fields('It achieves 96% synthesizability and 60% functional correctness, compared to the base LLM\'s 85.3% and 45.3%, respectively.', 'baseline'), [['base LLM'], ['base LLM']]);
  assert.deepEqual(fields('SASI reduces redundant tokens, achieving a 10.7x speedup during diffusion inference and delivering results comparable to its full-computation counterpart.', 'baseline'), [['full-computation counterpart']]);
  // A parity stated after the saving, in its "while" clause; "comparable ... with X", "close the gap with X".
  assert.deepEqual(fields('GS-Scale lowers GPU memory demands by 3.3-5.6x, while achieving training speeds comparable to GPU without host offloading.', 'baseline'), [['GPU']]);
  assert.deepEqual(fields('Our method achieves 1.6~2.5x acceleration in attention computation while maintaining comparable visual quality with full-attention baselines.', 'baseline'), [['full-attention baselines']]);
  assert.deepEqual(fields('TiDAR is the first architecture to close the quality gap with AR models while delivering 4.71x to 5.91x more tokens per second.', 'baseline'), [['AR models']]);
  // The other side's own number names no baseline: the name before it does.
  assert.deepEqual(fields('The search clearly outperforms the GRPO baseline (69.4% vs 48.0%) on post-training.', 'baseline'), [['GRPO baseline']]);
  assert.deepEqual(fields('Recall lands at 2.1 s vs. ~16-18s per query.', 'baseline'), [[null]]);
  // "existing" and "conventional" say which baselines: "existing baselines" is not any "baselines".
  assert.deepEqual(fields('RULE outperforms existing baselines by up to 17.5% in forget quality.', 'baseline'), [['existing baselines']]);
});

test('three or more listed claims share the comparison that ends the list; a digit in a name is no listed claim', () => {
  const read = (t: string) => fields(t, 'value', 'baseline');
  assert.deepEqual(read('Overall, it is 5.98x smaller in area, 5.94x higher throughput, and delivers 7.5x higher energy efficiency than prior accelerators.'),
    [[5.98, 'prior accelerators'], [5.94, 'prior accelerators'], [7.5, 'prior accelerators']]);
  assert.deepEqual(read('The configurations reduce LUT count by up to 41.4%, delay by up to 76.1%, and power by up to 71.9% relative to exact engines.').map((c) => c[1]),
    ['exact engines', 'exact engines', 'exact engines']);
  assert.deepEqual(read('We gain 0.5% on LLaMA-MoE across ten benchmarks, and reduce the all2all communication costs, bringing 20% less time over SoTA.')[0], [0.5, null]);
});

test('a compared-with phrase ends before "and about N" or "and more than N", so the second claim is read with its own baseline', () => {
  assert.deepEqual(fields('For the longest inputs, it is about 1.7x faster than tiktoken and about 7.6x faster than the HuggingFace tokenizer.', 'value', 'baseline'),
    [[1.7, 'tiktoken'], [7.6, 'HuggingFace tokenizer']]);
  assert.deepEqual(fields('It achieves 7.5% higher F1 scores than automated baselines and more than 3% higher than manual deliberation.', 'value', 'baseline'),
    [[7.5, 'automated baselines'], [3, 'manual deliberation']]);
});

test('"fewer parameters" and "less parameters" are model size', () => {
  assert.deepEqual(fields('It matches the state of the art with 62% less parameters, and the small model uses 19% fewer trainable parameters.', 'metric', 'value'),
    [['model_size', 62], ['model_size', 19]]);
});

test('less time is a better speedup, more time a worse one', () => {
  const read = (t: string) => fields(t, 'metric', 'direction');
  assert.deepEqual(read('It needs 2.6 times less training time.'), [['speedup', 'better']]);
  assert.deepEqual(read('Execution time grows by 2x.'), [['speedup', 'worse']]);
});

test('millimetres are a distance error, not a size; a value before "±" takes the unit after its uncertainty', () => {
  const read = (t: string) => fields(t, 'metric', 'value', 'unit');
  assert.deepEqual(read('The model attains 93.22% average DSC and 4.73 mm HD95.'), [['accuracy', 93.22, '%'], ['error', 4.73, 'mm']]);
  assert.deepEqual(read('It reaches a mean localization error of $1.41 \\pm 0.06$\\,mm and distance errors of 3.40 +- 2.75 mm.'), [['error', 1.41, 'mm'], ['error', 3.4, 'mm']]);
  assert.deepEqual(read('Designs up to 32.16 mm $\\times$ 21.44 mm are simulated with a thickness of 1.57~mm, 3mm isotropic voxels and focal lengths (28-70mm).'), []);
});

test('averages in parentheses after a claim are the same measure; the next list after "on X, and" goes on with the same gains; quality benchmarks make a gain accuracy', () => {
  assert.deepEqual(fields('Across kernels, it achieves up to 12.42x and 8.4x speedup (9.48x and 4.97x geometric mean) for latency optimization.', 'metric', 'value', 'qualifier'),
    [['speedup', 12.42, 'up to'], ['speedup', 8.4, 'up to'], ['speedup', 9.48, null], ['speedup', 4.97, 'average']]);
  assert.deepEqual(extractPaper('A GPU kernel scheduler', 'The 32B model yields gains of +23.33% and +16.63% on AIME24, and +26.63% and +3.33% on AIME25.').claims.map((c) => [c.metric, c.value]),
    [['accuracy', 23.33], ['accuracy', 16.63], ['accuracy', 26.63], ['accuracy', 3.33]]);
});

test('settings and spreads: a bound named after its number, a rated part, a variance or a spread, wirelength before its gain, a model size in parentheses', () => {
  const read = (t: string) => fields(t, 'metric', 'value', 'unit');
  assert.deepEqual(read('The latency of 9.33 ms satisfies the 20 ms VR comfort budget.'), [['latency', 9.33, 'ms']]);
  assert.deepEqual(read('A 4 TOPS@2GHz matrix unit occupies only 0.53 mm\\textsuperscript{2} in 14nm CMOS.'), [['area', 0.53, 'mm2']]);
  assert.deepEqual(read('It achieves 29.1% faster convergence and 2.3x lower reward variance than PPO, and a 68x cost spread across model tiers.'), [['speedup', 29.1, '%']]);
  assert.deepEqual(read('It reduces CPD by up to 9.8% and routed WL by up to 18.1%.'), [['latency', 9.8, '%']]);
  assert.deepEqual(read('It reaches up to 4.6 FLOP/cycle on CCT (0.28M parameters, 71-126M FLOPs).'), []);
  assert.deepEqual(read("Integrating a tracker into the GPU\\'92s pipeline."), []);
});

test('signed ends of a range: "from +0.11% to +0.19%" and "-0.04% to -0.27%" are ranges', () => {
  assert.deepEqual(fields('CADC exhibits accuracy changes ranging from +0.11% to +0.19% for LeNet-5, -0.04% to -0.27% for ResNet-18.', 'value'), [[[0.11, 0.19]], [[0.04, 0.27]]]);
});

test('in a paper whose results come from simulation, claims take no device named elsewhere in the paper (rule 4)', () => {
  const hw = (title: string, abstract: string) => extractPaper(title, abstract).claims.map((c) => c.hardware);
  assert.deepEqual(hw('A near-memory engine for GPUs', 'We model the engine in a cycle-accurate simulator of an NVIDIA A100 system. It reaches a 2.1x speedup over the baseline.'), [null]);
  assert.deepEqual(hw('A near-memory engine', 'We build the engine on an NVIDIA A100 system. It reaches a 2.1x speedup over the baseline.'), ['NVIDIA A100']);
});

test('performance density and performance per mm2 are area efficiency', () => {
  assert.deepEqual(fields('It improves performance density by 9% and reaches 233x higher performance per mm2 than Proteus.', 'metric', 'value'), [['area_efficiency', 9], ['area_efficiency', 233]]);
});

test('the number of parameters is model size; memory transfer volume is bandwidth, and less of it is better', () => {
  assert.deepEqual(fields('It decreases the number of trainable parameters by 15x and reduces memory transfer volume by 1.6x.', 'metric', 'value', 'direction'),
    [['model_size', 15, 'better'], ['bandwidth', 1.6, 'better']]);
});

test('a list of numbers followed by "improvements in" as many listed cues pairs them in order', () => {
  assert.deepEqual(fields('It delivers 5.6-24.5x and 1.1-86.2x improvements in GEMM latency and GEMV throughput.', 'metric'), [['latency'], ['throughput']]);
  assert.deepEqual(fields('Results show average improvements of 4.9x, 5.9x, and 1.8x in runtime, throughput, and energy efficiency.', 'metric'), [['speedup'], ['throughput'], ['energy_efficiency']]);
  assert.deepEqual(fields('It achieves up to 13.3pp accuracy gain after transfer-learning to downstream tasks.', 'direction'), [['better']]);
});

test('a list of numbers, their listed cues and then a comparison: every number takes it; energy-cost products are energy', () => {
  assert.deepEqual(fields('They achieve 43.5%, 25.4%, 67.7%, and 78.8% reductions in energy, energy-cost product, energy-delay product, and area, compared to homogeneous accelerators.', 'metric', 'baseline'),
    [['energy', 'homogeneous accelerators'], ['energy', 'homogeneous accelerators'], ['energy', 'homogeneous accelerators'], ['area', 'homogeneous accelerators']]);
  assert.deepEqual(fields('It improves performance (1.33x), performance density by 9%, and energy efficiency by 8%, compared to prior GEMM accelerators.', 'baseline'),
    [['prior GEMM accelerators'], ['prior GEMM accelerators'], ['prior GEMM accelerators']]);
});

test('a rate after "at" is a result ("inference at 10,959 MOps/s"), except a video\'s frame rate', () => {
  const read = (t: string) => fields(t, 'metric', 'value', 'unit');
  assert.deepEqual(read('The distilled model reaches real-time performance at 16 FPS on one GPU.'), [['throughput', 16, 'FPS']]);
  assert.deepEqual(read('It generates 5-second 720p videos at 24fps in 4 denoising steps.'), []);
});

test('square micrometres are area, however written', () => {
  assert.deepEqual(fields('It adds an area overhead of 207um2 per destination; the unit takes $942\\,μm^2$ and the other 6632.4 $\\mu m^2$.', 'metric', 'value', 'unit'),
    [['area', 207, 'μm2'], ['area', 942, 'μm2'], ['area', 6632.4, 'μm2']]);
});

test('ratings on a 5- or 10-point scale and SSIM are bare accuracy scores; whole-number fractions are counts', () => {
  const read = (t: string) => fields(t, 'metric', 'value', 'unit');
  assert.deepEqual(read('Reviewers find the tests worth adding (4.53/5.0) and well integrated (4.2/5.0), and the model keeps SSIM = 0.981.'),
    [['accuracy', 4.53, ''], ['accuracy', 4.2, ''], ['accuracy', 0.981, '']]);
  assert.deepEqual(read('We use 1/2 of the data and 3/10 of the budget; basic RBAC blocks 4/5 attacks.'), []);
});

test('"N% relative improvement in X" takes X: "relative" stops the cue search only as "relative to"', () => {
  const read = (t: string) => fields(t, 'metric', 'value', 'baseline');
  assert.deepEqual(read('It achieves a 14% relative improvement in word error rate compared to shallow fusion.'), [['error', 14, 'shallow fusion']]);
  assert.deepEqual(read('It reaches up to 28% relative accuracy improvement.'), [['accuracy', 28, null]]);
  assert.deepEqual(read('It is 20% faster relative to vLLM.'), [['speedup', 20, 'vLLM']]);
});

test('retrieval scores (Hit@5, Recall@5, NDCG, MRR), a score after its number (0.84 recall), KV-cache accesses as bandwidth', () => {
  const read = (t: string) => fields(t, 'metric', 'value');
  assert.deepEqual(read('It improves recommendation Hit@5 from 0.30 to 0.38 and reaches MRR = 0.911.'), [['accuracy', 0.38], ['accuracy', 0.911]]);
  assert.deepEqual(read('SmartOracle achieves 0.84 recall with an 18% false positive rate.'), [['accuracy', 0.84], ['error', 18]]);
  assert.deepEqual(read('SpecAttn achieves over 75% reduction in key-value cache accesses.'), [['bandwidth', 75]]);
});

test('comparisons: "by N% from X" compares with X, "over eight years" does not, and a numberless last item may close a serial list', () => {
  const read = (t: string) => fields(t, 'value', 'baseline');
  assert.deepEqual(read('Proper optimizations reduce total energy use by up to 73% from unoptimized baselines.'), [[73, 'unoptimized baselines']]);
  assert.deepEqual(read('Key advancements over eight years include a 10x increase in bandwidth.'), [[10, null]]);
  assert.deepEqual(read('It achieves 40.4% area reduction, 63.6% power saving, 40.6% energy saving, and comparable latency over the prior engine.').map((c) => c[1]),
    ['prior engine', 'prior engine', 'prior engine']);
});

test('a metric word written right before its number owns it, over a score word after ("speedup ~180x) and scores"); not a comparative\'s number or a verb\'s', () => {
  const read = (text: string) => fields(text, 'metric', 'value');
  assert.deepEqual(read('It serves a 1M-token request in half a minute (speedup ~180x) and scores 79.8 on RULER.'), [['speedup', 180], ['accuracy', 79.8]]);
  assert.deepEqual(read('The pipeline achieves correctness up to 63% and execution speedups of 2.1x.'), [['correctness', 63], ['speedup', 2.1]]);
  assert.deepEqual(read('The method reaches equal accuracy 8x faster on 16-bit inputs.'), [['speedup', 8]]);
  assert.deepEqual(read('These gains cost 15% wall-clock latency.'), [['latency', 15]]);
});

test('a score takes no device named after it past a speed: the device is where the speed was measured (labels, rule 6)', () => {
  const hw = (abstract: string) => extractPaper('A detector', abstract).claims.map((c) => [c.metric, c.value, c.hardware]);
  assert.deepEqual(hw('Our detectors achieve 77.7% AP50 on DOTA and 132 FPS on an NVIDIA A100 GPU.'), [['accuracy', 77.7, null], ['throughput', 132, 'NVIDIA A100']]);
  assert.deepEqual(hw('The model reaches 92.7% mAP50 with an inference speed of 27 FPS on an NVIDIA A100.'), [['accuracy', 92.7, null], ['throughput', 27, 'NVIDIA A100']]);
  // A device named before the score, for the whole clause, stays the score's.
  assert.deepEqual(hw('The network runs fully on a Xilinx Artix-7 FPGA, lowering latency, with 97.0% accuracy on MNIST.'), [['accuracy', 97, 'Xilinx Artix-7']]);
});

test('a level compared with the other side\'s number in any unit, or a slash list of them, names whose number it is', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'baseline', 'hardware');
  assert.deepEqual(read('The accelerator delivers up to 15.14 GOPS/W compared to 1.93 GOPS/W for CPU-based inference.'), [['energy_efficiency', 15.14, 'CPU-based inference', null]]);
  assert.deepEqual(read('It answers in 2.1 s versus 16 s for LLM-reranking baselines.'), [['latency', 2.1, 'LLM-reranking baselines', null]]);
  assert.deepEqual(read('Our model reaches 94.6% category accuracy, compared to 89.3% / 43.3% for GPT-4o-mini.'), [['accuracy', 94.6, 'GPT-4o-mini', null]]);
  assert.deepEqual(read('Inference takes 20.1 ms versus 34.5 ms for the RT-DETR-X. The findings suggest more.'), [['latency', 20.1, 'RT-DETR-X', null]]);
});

test('baselines: a list of names past its commas, paired with as many numbers; "comparable or superior accuracy to X while"; "In a controlled comparison with X,"', () => {
  const read = (text: string) => fields(text, 'value', 'baseline');
  assert.deepEqual(read('It increases clinical F1 by 40% over CT2Rep, CT-CHAT, and Merlin.'), [[40, 'CT2Rep, CT-CHAT, and Merlin']]);
  assert.deepEqual(read('PADE achieves 5.1x, 4.3x and 3.4x lower energy than Sanger, DOTA and SOFA.'), [[5.1, 'Sanger'], [4.3, 'DOTA'], [3.4, 'SOFA']]);
  // A subject after the comma is no name of the list; a measured number is no name.
  assert.deepEqual(read('With 98.7% fewer trainable parameters than DeBERTa, ADE surpasses it.'), [[98.7, 'DeBERTa']]);
  assert.deepEqual(read('Our model achieves comparable or superior accuracy to Qwen3 across benchmarks while delivering up to 53.6x higher throughput.'), [[53.6, 'Qwen3']]);
  assert.deepEqual(read('In a controlled comparison with a commercial posture corrector, our system responds 1.8x faster.'), [[1.8, 'commercial posture corrector']]);
});

test('a parenthesis closed before the next number ("3.25x (geomean) speedup and 3.36x ...") does not make that number its average', () => {
  assert.deepEqual(fields('It achieves 3.25x (geomean) speedup and 3.36x (geomean) better energy efficiency than the baseline.', 'metric', 'value'),
    [['speedup', 3.25], ['energy_efficiency', 3.36]]);
});

test('"boost of", "increase of": a noun before "of" is no verb taking its own object, so the metric word before it names the number', () => {
  assert.deepEqual(fields('The accelerator achieves an energy efficiency boost of 20% via undervolting.', 'metric', 'value'), [['energy_efficiency', 20]]);
  assert.deepEqual(fields('It yields an average AUPRC increase of 12.8% over the vanilla Transformer.', 'metric', 'value', 'baseline'), [['accuracy', 12.8, 'vanilla Transformer']]);
});

test('distances of a reconstruction or segmentation are errors, an F-score is accuracy, and "X (ABBR) by N" is X\'s', () => {
  const read = (text: string) => fields(text, 'metric', 'value');
  assert.deepEqual(read('It reduces Chamfer Distance by 20.6% and increases F-score by 3.5%.'), [['error', 20.6], ['accuracy', 3.5]]);
  assert.deepEqual(read('Our approach improves Dice similarity coefficient (DSC) by 2%-11% and lowers Hausdorff distance (HD) by 1.6 mm.').map((c) => c[0]), ['accuracy']);
});

test('a gain verb whose object is a model or a task, with no metric word: "boosting GPT-4.1 by +7.8%", "improves geometric reasoning by 9.7%"', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit', 'baseline');
  assert.deepEqual(read('On Visual Haystacks it improves Qwen3VL-8B by 13.4 points.'), [['accuracy', 13.4, 'pp', 'Qwen3VL-8B']]);
  assert.deepEqual(read('Our training improves geometric reasoning by 9.7%.'), [['accuracy', 9.7, '%', null]]);
  // A measure the rules do not know stays unread; a score's name is no baseline.
  assert.deepEqual(read('The scheduler improves RPS and TPS by 29%.'), []);
  assert.deepEqual(read('The detector keeps its speed while improving AP70 by 1.1%.'), [['accuracy', 1.1, '%', null]]);
});

test('numbers joined by slashes before a unit each take it ("4.32/2.29 token/s", "132/119/119 FPS"); a fraction ("1/8x", "7/9 tasks") does not', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('We achieve 4.32/2.29 token/s for token generation.'), [['throughput', 4.32, 'tokens/s'], ['throughput', 2.29, 'tokens/s']]);
  assert.deepEqual(read('The detectors run at 132/119/119 FPS.'), [['throughput', 132, 'FPS'], ['throughput', 119, 'FPS'], ['throughput', 119, 'FPS']]);
  assert.deepEqual(read('It needs only 1/8x the computational cost of standard VAEs.'), []);
  assert.deepEqual(read('The agent solves 7/9 tasks.'), []);
});

test('the compared sides\' own numbers listed after the first ("compared to 89.3% for X and 87.4% for Y") are no results', () => {
  assert.deepEqual(fields('Our model reaches 94.6% accuracy, compared to 89.3% for GPT-4o-mini and 87.4% for Gemini 2.5 Flash.', 'value', 'baseline'), [[94.6, 'GPT-4o-mini']]);
  assert.deepEqual(fields('It reaches 93.0% accuracy against 61.4% for Mem0, 65.4% for Supermemory, approximately 71% for Zep, and 94.5% for EverMemOS.', 'value'), [[93]]);
});

test('"more memory-efficient" is a memory gain and better; a "memory-efficient X" names the method; a power "10**4" is no number 4; "potentially reducing" is hypothetical', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'direction');
  assert.deepEqual(read('The kernel is 47% more memory-efficient than a naive PyTorch MGLU.'), [['memory', 47, 'better']]);
  assert.deepEqual(read('We introduce a memory-efficient video reparameterization, achieving a 4x speedup.'), [['speedup', 4, 'better']]);
  assert.deepEqual(read('It matches dedicated systems while being 10**5 times smaller in storage, with **11.94%** higher accuracy.'), [['accuracy', 11.94, 'better']]);
  assert.deepEqual(read('Early results suggest the approach works, potentially reducing costs by up to 40%.'), []);
  assert.deepEqual(read('Results show it can theoretically achieve up to 3.04 times faster inference than GPU-based systems.'), [['speedup', 3.04, 'better']]);
});

test('a change may name its measure before the change word ("an average 2.4% accuracy gain"): it takes the comparison stated before it', () => {
  assert.deepEqual(fields('Notably, it outperforms M3-Agent with an average 2.4% accuracy gain.', 'metric', 'value', 'baseline'), [['accuracy', 2.4, 'M3-Agent']]);
});

test('a saving made while keeping a level "similar ... compared to X" is over X too ("3.2x better TTFT while maintaining similar performance ... compared to prior works")', () => {
  assert.deepEqual(fields('FastVLM achieves 3.2x improvement in time-to-first-token while maintaining similar performance on VLM benchmarks compared to prior works.', 'metric', 'value', 'baseline'), [['latency', 3.2, 'prior works']]);
});

test('more metric words: TPOT is latency, communication volume bandwidth, a collision rate an error, "cheaper" cost, "larger batch sizes" memory; "1.04sim2.2times" is a range', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'direction');
  assert.deepEqual(read('ELDR reduces median TPOT by 5.9% over the strongest load balancer.'), [['latency', 5.9, 'better']]);
  assert.deepEqual(read('It reduces communication volume by 75%.'), [['bandwidth', 75, 'better']]);
  assert.deepEqual(read('RAD-2 reduces the collision rate by 56% compared with diffusion-based planners.'), [['error', 56, 'better']]);
  assert.deepEqual(read('It matches the kernels of Claude Sonnet 4 while being 26 times cheaper.'), [['cost', 26, 'better']]);
  assert.deepEqual(read('It supports up to 6x larger batch sizes.'), [['memory', 6, 'better']]);
  assert.deepEqual(fields('Our system is 1.04sim2.2times faster.', 'metric', 'value'), [['speedup', [1.04, 2.2]]]);
  // A list of cues after "<cue> for" is what that cue is measured for.
  assert.deepEqual(fields('It improves SLO attainment for TPOT and TBT by up to 66% and 48%, respectively.', 'metric', 'value'), [['correctness', 66], ['correctness', 48]]);
});

test('a share of the peak is utilization; the input size a result is read on is no memory claim', () => {
  assert.deepEqual(fields('It raises the percentage of peak throughput from 49% to 61% on Trainium.', 'metric', 'value'), [['utilization', 61]]);
  assert.deepEqual(fields('StateSMix achieves 2.123 bpb on 1 MB and 2.149 bpb on 3 MB, beating xz by 8.7%.', 'metric', 'value', 'unit').filter((c) => c[2] === 'MB'), []);
});

test('the size of the paper\'s own model is model_size with no baseline (labels, rule 30); a model it is applied to or tested at is a setting', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit', 'baseline').filter((c) => c[0] === 'model_size');
  assert.deepEqual(read('Empirically, our 0.6B model surpasses FLUX-Schnell 12B on GenEval by 5%.'), [['model_size', 0.6, 'B params', null]]);
  assert.deepEqual(read('We introduce Humans-Junior, a 3.8B model that matches GPT-4o at 19x lower cost.'), [['model_size', 3.8, 'B params', null]]);
  assert.deepEqual(read('Our compact 7B-parameter model reaches 62% accuracy.'), [['model_size', 7, 'B params', null]]);
  assert.deepEqual(read('We pretrain a 1B-parameter model with NOSA and reach a 2x speedup.'), []);
  assert.deepEqual(read('On a 109B-parameter model, the kernel improves utilization by 12%.'), []);
});

test('a compression achieved is memory, better, and takes no device from the rest of the paper; a model\'s compression is its size; an operating point, a percentage or a gap is none', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'direction');
  assert.deepEqual(read('The encoder achieves 32x/64x spatial and 4x temporal compression while preserving quality.'), [['memory', 32, 'better'], ['memory', 64, 'better'], ['memory', 4, 'better']]);
  assert.deepEqual(read('It consumes long inputs even with high compression (up to 93x) while preserving semantics.'), [['memory', 93, 'better']]);
  assert.deepEqual(read('The student reaches a 6.14x compression ratio with no meaningful accuracy loss.'), [['memory', 6.14, 'better']]);
  assert.deepEqual(read('Our model compression reaches 12x on ResNet-50.'), [['model_size', 12, 'better']]);
  // "10x model weight compression and 12.8x key-value (KV) cache compression": each number its own phrase.
  assert.deepEqual(fields('It achieves 10x model weight compression and 12.8x key-value (KV) cache compression.', 'metric', 'value'), [['model_size', 10], ['memory', 12.8]]);
  assert.deepEqual(read('At 4x and 8x compression ratios, it surpasses the strongest competitor.'), []);
  assert.deepEqual(read('It retains most of the accuracy under 3x token compression.'), []);
  assert.deepEqual(read('It keeps higher accuracy than X while operating at about 4x higher compression.'), [['memory', 4, 'better']]);
  assert.deepEqual(read('We reach a 0.8% compression ratio on ImageNet.'), []);
  assert.deepEqual(fields('The compressor reaches 51.6x compression using only 5.12% of LUTs.', 'metric', 'value'), [['memory', 51.6], ['resources', 5.12]]);
  assert.deepEqual(fields('Oracle accuracy falls within 2-6 points of full in-context learning even at high compression.', 'metric', 'value', 'unit'), [['accuracy', [2, 6], 'pp']]);
  const paper = extractPaper('Token Compression on the NVIDIA H100', 'Our method achieves 32x token compression. It runs 2x faster.').claims.map((c) => [c.metric, c.hardware]);
  assert.deepEqual(paper, [['memory', null], ['speedup', 'NVIDIA H100']]);
});

test('"sim" left of a number by a feed that dropped its backslash is "about" ("a sim14,000times ratio", "{sim}19%", "1.2{sim}1.3times"); "sim2real" is a word', () => {
  assert.deepEqual(fields('It achieves a sim14,000times compression ratio.', 'value', 'qualifier'), [[14000, 'about']]);
  assert.deepEqual(fields('It uses {sim}19% less GPU memory than subword tokenizers.', 'metric', 'value', 'qualifier'), [['memory', 19, 'about']]);
  assert.deepEqual(fields('It gives a 1.2{sim}1.3times end-to-end speedup.', 'metric', 'value'), [['speedup', [1.2, 1.3]]]);
  assert.deepEqual(normalize('sim2real transfer').text, 'sim2real transfer');
});

test('a bare score a verb of attainment reaches on a named benchmark is that score ("attains 5.83 on GEditBench-EN and 3.49 on ImgEdit-Bench"); a policy\'s score on a robot or agent environment is a pass rate', () => {
  assert.deepEqual(fields('It attains 5.83 on GEditBench-EN and 3.49 on ImgEdit-Bench for image editing.', 'metric', 'value', 'unit'), [['accuracy', 5.83, ''], ['accuracy', 3.49, '']]);
  assert.deepEqual(fields('By pretraining on robot data, we achieve 4.01 on CALVIN ABC and 0.95 on LIBERO-90.', 'metric', 'value', 'benchmark'), [['correctness', 4.01, 'CALVIN'], ['correctness', 0.95, 'LIBERO']]);
  assert.deepEqual(fields('The model reaches 12 on Monday and runs VGG-16 on CIFAR-10.', 'metric', 'value'), []);
  assert.deepEqual(fields('We fine-tune with 12 on LIBERO-90 demonstrations per task.', 'metric', 'value'), []);
  assert.deepEqual(fields('Our policy achieves a 93.8% success rate on ALFWorld.', 'metric', 'value', 'benchmark'), [['correctness', 93.8, 'ALFWorld']]);
});

test('results given as examples ("e.g., 77.5 on AIME, 96.2 on MATH 500") are scores on those benchmarks; a decimal named a score after it ("an 83.0 score", "0.345 overall score") is one; "FVD scores of 103.3" is a distance of any size', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('It reaches state-of-the-art reasoning performance -- e.g., 77.5 on AIME, 96.2 on MATH 500, 94-th percentile on Codeforces.'), [['accuracy', 77.5, ''], ['accuracy', 96.2, '']]);
  assert.deepEqual(read('Our method outperforms sparse attention in quality (\\eg, 84.5 on VBench).'), [['accuracy', 84.5, '']]);
  // (An example that is no result, or a count "in" a name, stays unread.)
  assert.deepEqual(read('We compare 29 state-of-the-art detectors, including 14 in the YOLO family.'), []);
  assert.deepEqual(read('The indexer uses many query heads (e.g., 64 on DeepSeek-V3.2).'), []);
  assert.deepEqual(read('The tuned model achieves 0.345 overall score, and the best baseline only 0.299 overall score.'), [['accuracy', 0.345, ''], ['accuracy', 0.299, '']]);
  assert.deepEqual(read('It reaches a 9.55 score on MT-Bench, after 4 score updates.'), [['accuracy', 9.55, '']]);
  assert.deepEqual(read('Our model achieves FVD scores of 103.3 on UCF101 and 25.5 on K600.'), [['accuracy', 103.3, ''], ['accuracy', 25.5, '']]);
});

test('a difference in an absolute unit after "by" is compared like a ratio: "outperforms ARTDECO by 2.11 dB in PSNR" is over ARTDECO', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit', 'baseline');
  assert.deepEqual(read('It outperforms ARTDECO by 2.11 dB in PSNR on the ScanNet++ dataset.'), [['accuracy', 2.11, 'dB', 'ARTDECO']]);
  assert.deepEqual(read('Our method surpasses existing Gaussian-based techniques by 3.5 dB in relighting tasks.'), [['accuracy', 3.5, 'dB', 'existing Gaussian-based techniques']]);
  // (A level in the same unit is not compared with what the sentence outperforms.)
  assert.deepEqual(read('It reaches a PSNR of 31.7 dB, outperforming the baseline in every scene.'), [['accuracy', 31.7, 'dB', null]]);
});

test('direction is read from the number\'s own words: a level has none, a gain is better, a price paid worse, whatever the sentence says elsewhere', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'direction');
  assert.deepEqual(read('Memory usage drops by 23% and decoding throughput improves by 1.4x on H100 GPUs.'), [['memory', 23, 'better'], ['throughput', 1.4, 'better']]);
  assert.deepEqual(read('It achieves 81.2% accuracy with a 5% latency overhead.'), [['accuracy', 81.2, null], ['latency', 5, 'worse']]);
  assert.deepEqual(read('To minimize communication overhead, it pipelines transfers, and achieves 1.5x throughput over the H100.'), [['throughput', 1.5, 'better']]);
  assert.deepEqual(read('It reaches up to 9.5x speedup with minimal quality degradation.'), [['speedup', 9.5, 'better']]);
  assert.deepEqual(read('Accuracy stays within 3.0% of the FP16 model.'), [['accuracy', 3, 'worse']]);
  assert.deepEqual(read('It improves accuracy by 6.4% with approximately 2% additional training FLOPs.'), [['accuracy', 6.4, 'better'], ['cost', 2, 'worse']]);
  assert.deepEqual(read('GraphVid reduces FID by up to 39.9% and FVD by 37.6%.'), [['accuracy', 39.9, 'better'], ['accuracy', 37.6, 'better']]);
  // The rest of a list of gains are gains, compared with the same system.
  assert.deepEqual(fields('It outperforms TransPath by 6.7% in F1, 6.5% in recall, and 3.7% in precision.', 'value', 'direction', 'baseline'),
    [[6.7, 'better', 'TransPath'], [6.5, 'better', 'TransPath'], [3.7, 'better', 'TransPath']]);
  assert.deepEqual(read('The model gives 0.96 F1 score and mIoU improvements up to 73%.'), [['accuracy', 0.96, null], ['accuracy', 73, 'better']]);
  // A difference in an absolute unit after "by", and a margin, are changes too.
  assert.deepEqual(read('In cross-domain zero-shot we surpass the in-domain leader GAGAvatar by +1.5 dB PSNR.'), [['accuracy', 1.5, 'better']]);
  assert.deepEqual(fields('It performs as a unified model, outperforming Qwen2.5VL by relative margins of 29.1% on COCO and 22.1% on ReasonSeg.', 'value', 'direction', 'baseline'),
    [[29.1, 'better', 'Qwen2.5VL'], [22.1, 'better', 'Qwen2.5VL']]);
});

test('a list shares its first number\'s "up to" or "average"; "maximum" or "peak" after a number is "up to"', () => {
  const read = (text: string) => fields(text, 'value', 'qualifier');
  assert.deepEqual(read('The designs demonstrate up to 36% area reduction, 35% delay reduction, and 70% power savings.'), [[36, 'up to'], [35, 'up to'], [70, 'up to']]);
  assert.deepEqual(read('It shows average speedups of 10.26x, 33.58x, and 53.15x over SIGMA, Outer Product, and Gustavson.'), [[10.26, 'average'], [33.58, 'average'], [53.15, 'average']]);
  assert.deepEqual(read('It achieves 4.13x average and 7.80x maximum end-to-end speedup.'), [[4.13, 'average'], [7.8, 'up to']]);
  // (Another unit starts another list: "up to 525 tokens per second and 28x speedup".)
  assert.deepEqual(read('It reaches up to 525 tokens per second on text models and a 28x speedup on image queries.'), [[525, 'up to'], [28, null]]);
});

test('a level set against the other side\'s number ("69.4% vs 48.0%") is compared with the system named just before it', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'baseline');
  assert.deepEqual(read('It finds a recipe that outperforms the nanoGPT baseline (19.7 minutes vs 35.9 minutes) on pre-training.'), [['latency', 19.7, 'nanoGPT baseline']]);
  assert.deepEqual(read('LLM designs achieve a higher pass rate than reference solutions, 86.5% vs. 68.7%, on the board.'), [['correctness', 86.5, 'reference solutions']]);
  // (With no system named before it, the other side is only a number.)
  assert.deepEqual(read('The pipeline matches raw retrieval accuracy (70.1% vs. 71.2%, overlapping 95% CI).'), [['accuracy', 70.1, null]]);
});

test('a benchmark named after another clause\'s number is that number\'s; a list of levels ending in "on X" shares it', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'benchmark');
  assert.deepEqual(read('It reaches an average accuracy of 54.9% across math benchmarks, yielding a 7.2% relative gain over GRPO and secures a 93.8% success rate on ALFWorld.'),
    [['accuracy', 54.9, null], ['accuracy', 7.2, null], ['correctness', 93.8, 'ALFWorld']]);
  assert.deepEqual(read('It achieves an F1-score of 95.57%, accuracy of 95.63%, and precision of 94.79% on the CIFAR-10 dataset.'),
    [['accuracy', 95.57, 'CIFAR-10'], ['accuracy', 95.63, 'CIFAR-10'], ['accuracy', 94.79, 'CIFAR-10']]);
});

test('the paper\'s own model size written in words, after an appositive name with a version, or before a longer description; its family as a range (labels, rule 30)', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit').filter((c) => c[0] === 'model_size');
  assert.deepEqual(read('We introduce Skywork UniPic, a 1.5 billion-parameter autoregressive model that unifies understanding.'), [['model_size', 1.5, 'B params']]);
  assert.deepEqual(read('We present LongCat-Flash-Thinking, an efficient 560-billion-parameter open-source Mixture-of-Experts (MoE) reasoning model.'), [['model_size', 560, 'B params']]);
  assert.deepEqual(read('In this work, we present DeepGen 1.0, a lightweight 5B unified model that competes with larger ones.'), [['model_size', 5, 'B params']]);
  assert.deepEqual(read('Notably, all our 1B to 8B parameter models match the MT performance of a 70B model.'), [['model_size', [1, 8], 'B params']]);
  assert.deepEqual(read('Models from 1B to 8B parameters are evaluated.'), []);
});

test('a signed percentage is a gain without a comparison after it ("+5.5% and +6% for segmentation", "(+12% on RoboSpatial)"); a model\'s name before it is still what it improves', () => {
  assert.deepEqual(fields('It sets new state-of-the-art results: +5.5% and +6% for in-context semantic segmentation.', 'metric', 'value'), [['accuracy', 5.5], ['accuracy', 6]]);
  assert.deepEqual(fields('DIRL provides substantial improvements over the vanilla SFT (+12% on RoboSpatial).', 'metric', 'value', 'baseline'), [['accuracy', 12, 'vanilla SFT']]);
  assert.deepEqual(fields('It is consistent, boosting GPT-4.1 by +7.8% on V*.', 'metric', 'value', 'baseline'), [['accuracy', 7.8, 'GPT-4.1']]);
});

test('"an 8.0-point gain" is a change in percentage points; "a 5-point quality evaluation framework" is a scale', () => {
  assert.deepEqual(fields('On LVBench it transfers zero-shot to long video for an 8.0-point gain.', 'metric', 'value', 'unit'), [['accuracy', 8, 'pp']]);
  assert.deepEqual(fields('SeC achieves an 11.8-point improvement over SAM 2.1 on SeCVOS.', 'metric', 'value', 'unit', 'baseline'), [['accuracy', 11.8, 'pp', 'SAM 2.1']]);
  assert.deepEqual(fields('We introduce a 5-point quality evaluation framework for 12 tasks.', 'metric', 'value'), []);
});

test('a one-digit version after a baseline\'s name is part of it ("over SAM 2.1", "over Llama 3.2"), a score after it is not ("RoBERTa-base 0.485")', () => {
  assert.deepEqual(fields('They improve accuracy by 2.4% over Llama 3.2.', 'baseline'), [['Llama 3.2']]);
  assert.deepEqual(fields('It reaches an F1 of 0.643 vs. RoBERTa-base 0.485.', 'baseline'), [['RoBERTa-base']]);
});

test('what a cut brings its measure down to is a level of it, against the reference after "of" ("compresses the KV cache to 28.125% of the GQA baseline")', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'baseline');
  assert.deepEqual(read('It compresses the per-token KV cache to 28.125% of the GQA baseline.'), [['memory', 28.125, 'GQA baseline']]);
  assert.deepEqual(read('It reduces TTFT to 83% of that in conventional speculative decoding.'), [['latency', 83, 'conventional speculative decoding']]);
  assert.deepEqual(read('Shrinking the KV cache memory footprint to 25% of its original size enables longer contexts.'), [['memory', 25, null]]);
  assert.deepEqual(read('It keeps accuracy within 5% of the original models.'), [['accuracy', 5, 'original models']]);
});

test('the tokens a method needed "only" are its cost ("requires only 32M tokens", "just 45B training tokens"); a token count without it is a setting', () => {
  assert.deepEqual(fields('The distillation itself requires only 32M tokens.', 'metric', 'value', 'unit'), [['cost', 32, 'M tokens']]);
  assert.deepEqual(fields('This transformation required just 45B training tokens.', 'metric', 'value', 'unit'), [['cost', 45, 'B tokens']]);
  assert.deepEqual(fields('At 1.3B parameters trained on 100B tokens, it reaches a perplexity of 15.', 'metric', 'unit').filter((c) => c[0] === 'cost'), []);
});

test('signed numbers listed before a unit share it ("by +1.38, +1.67, +3.08, and +0.84 percentage points"); a level before a signed change does not ("(0.887, +5.9 pp)")', () => {
  assert.deepEqual(fields('It improves accuracy by +1.38, +1.67, +3.08, and +0.84 percentage points, respectively.', 'value', 'unit'), [[1.38, 'pp'], [1.67, 'pp'], [3.08, 'pp'], [0.84, 'pp']]);
  assert.deepEqual(fields('It leads in faithfulness (0.887, +5.9 pp).', 'value', 'unit'), [[5.9, 'pp']]);
});

test('computation cut is cost, with up to two words between ("reduces attention computation by 95%", "a 20x reduction in attention computation"); computation sped up is a speedup', () => {
  assert.deepEqual(fields('SLA reduces attention computation by 95% without degrading quality.', 'metric', 'value'), [['cost', 95]]);
  assert.deepEqual(fields('DiT models achieve a 20x reduction in attention computation.', 'metric', 'value'), [['cost', 20]]);
  assert.deepEqual(fields('It speeds up computation by 20x.', 'metric', 'value'), [['speedup', 20]]);
});

test('an asterisk after a number before a comparative is the times sign ("a 7.16* speedup"); a footnote mark is not', () => {
  assert.deepEqual(fields('On the edge accelerator, SwiftKV achieves a 7.16* speedup over native attention.', 'metric', 'value', 'unit'), [['speedup', 7.16, 'x']]);
  assert.equal(normalize('significant (p<0.05)* and stable').text, 'significant (p<0.05)* and stable');
});

test('a saving made "while matching X" is over X, unless what is matched is a measure; a list of levels pairs with a list of compared sides after it', () => {
  const read = (text: string) => fields(text, 'value', 'baseline');
  assert.deepEqual(read('It reduces tensor memory usage by 87.5% for 32B Transformers, while matching previous context parallelism techniques in terms of training speed.'), [[87.5, 'previous context parallelism techniques']]);
  assert.deepEqual(read('Hyma reduces the search cost by 10x, while matching the ranking obtained via grid search.'), [[10, null]]);
  assert.deepEqual(read('It reduces token usage by 16%-32% while matching or improving accuracy.'), [[[16, 32], null]]);
  assert.deepEqual(read('Human raters prefer it (with a 50.5%, 52.1%, 49.1% win rate with respect to Gen-3, LumaLabs, and Kling, respectively).'), [[50.5, 'Gen-3'], [52.1, 'LumaLabs'], [49.1, 'Kling']]);
});

test('PSNR names a bare score, a signed change may follow a score\'s name ("LPIPS +0.095"), and an asterisk written against the next word is a times sign ("1.6*GPU utilization")', () => {
  assert.deepEqual(fields('It maintains a PSNR of up to 30 and 26 on HunyuanVideo and Wan 2.1, respectively.', 'metric', 'value', 'unit'), [['accuracy', 30, ''], ['accuracy', 26, '']]);
  assert.deepEqual(fields('It boosts perceptual quality (LPIPS +0.095) over TMP.', 'metric', 'value'), [['accuracy', 0.095]]);
  assert.deepEqual(fields('It improves efficiency: 1.6*GPU utilization for rollout and 1.9* training throughput.', 'metric', 'value', 'unit'), [['utilization', 1.6, 'x'], ['throughput', 1.9, 'x']]);
});

test('so small a fraction of a resource is that many times less of it (labels, rule 36): "only 1/400 of its parameters", "2/3 of the activated parameters", "less than one-eighth of the GPU memory"', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit', 'qualifier');
  assert.deepEqual(read('It equals the leading models with only 1/400 of its parameters.'), [['model_size', 400, 'x', null]]);
  assert.deepEqual(read('Phi-mini-MoE matches Phi-3-mini using only 2/3 of the activated parameters.'), [['model_size', 1.5, 'x', null]]);
  assert.deepEqual(read('It runs 14x faster and uses less than one-eighth of the GPU memory.'), [['speedup', 14, 'x', null], ['memory', 8, 'x', 'at least']]);
  assert.deepEqual(read('It keeps quality in just a third of the training iterations.'), [['cost', 3, 'x', null]]);
  assert.deepEqual(read('With half of the data selected by active learning, the networks match.'), []);
  assert.deepEqual(read('LLMs preserve the cues poorly, often less than half the time.'), []);
});

test('a measure named before its change keeps the level reached ("accuracy increases from 70.8% to 77.7%"); a level started "from the previously published best" is earlier work\'s', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit', 'benchmark');
  assert.deepEqual(read('Its accuracy increases from 70.8% to 77.7% on GSM8K.'), [['accuracy', 77.7, '%', 'GSM8K']]);
  assert.deepEqual(read('The success rate improved from 40% to 62% after training.'), [['correctness', 62, '%', null]]);
  assert.deepEqual(read('It reaches an accuracy of over 43% (an increase from the previously published best of 16.6%).'), [['accuracy', 43, '%', null]]);
  assert.deepEqual(read('It scores 94.8% on MATH, improving from previous SFT-based models\' 59.2%.'), [['accuracy', 94.8, '%', 'MATH']]);
});

test('a distance named right after its number is a quality score of any size ("1.47 FID", "0.21 rFID", "1.97 gFID"); "4 RFID tags" and "ImageNet-256 FID" are not', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('It achieves 0.21 rFID and 3.01 rFVD, and its generator attains 1.97 gFID.'), [['accuracy', 0.21, ''], ['accuracy', 3.01, ''], ['accuracy', 1.97, '']]);
  assert.deepEqual(read('We achieved 12.5 FID on the benchmark.'), [['accuracy', 12.5, '']]);
  assert.deepEqual(read('We deploy 4 RFID tags per shelf.'), []);
  assert.deepEqual(read('The method consistently improves ImageNet-256 FID across tokenizers.'), []);
});

test('a task done "with a 93.77% success rate" is a result; "at a 10% sampling rate" is still an operating point', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('The policy laces a shoe with an 83.3% success rate.'), [['correctness', 83.3, '%']]);
  assert.deepEqual(read('It enables layout optimization with a 93.77% success rate in producing layouts.'), [['correctness', 93.77, '%']]);
  assert.deepEqual(read('It detects the faults at a 10% sampling rate with high recall.'), []);
});

test('the share of functions, incidents, algorithms or circuits a method gets right is a pass rate ("successfully lifts 99.98% of functions to valid LLVM IR")', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('CuLifter successfully lifts 99.98% of functions to valid LLVM IR.'), [['correctness', 99.98, '%']]);
  assert.deepEqual(read('TracExp successfully synthesizes PoCs for 93% of incidents.'), [['correctness', 93, '%']]);
  assert.deepEqual(read('Functions make up 40% of the binaries we collected.'), []);
});

test('validity, equivalence, compatibility and optimality rates are pass rates, and so is a constraint satisfied right after its percentage; the compared sides\' levels after their names in "(compared to X: 9%)" are theirs', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('Generation tests on 12 LLMs yield 100% syntactic validity.'), [['correctness', 100, '%']]);
  assert.deepEqual(read('Our pipeline achieves 91% numerical equivalence (compared to baseline: 9%, self-debugging: 27%) on neural modules.'), [['correctness', 91, '%']]);
  assert.deepEqual(read('It achieves 86.2% intent satisfaction.'), [['correctness', 86.2, '%']]);
  assert.deepEqual(read('OPTIC-ER achieved a 100.00% optimality rate on unseen incidents.'), [['correctness', 100, '%']]);
  assert.deepEqual(read('Across constraint satisfaction and planning, it improves accuracy by 39%.'), [['accuracy', 39, '%']]);
});

test('the paper\'s own model size before an agent, a classifier, a verifier, a student or a variant ("our 32B variant", "a 3B-parameter ... safety classifier")', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('We introduce Shieldstral, a 3B-parameter policy-adaptive multimodal safety classifier.'), [['model_size', 3, 'B params']]);
  assert.deepEqual(read('Notably, our 0.6B student transfers agentic reasoning to lightweight models.'), [['model_size', 0.6, 'B params']]);
  assert.deepEqual(read('We fine-tune a 7B agent on the collected trajectories.'), []);
});

test('a title that names the paper\'s own model by its size before a colon\'s description ("Moebius: 0.2B Lightweight ... Framework", "Humains-Junior: A 3.8B Language Model"); a title serving others\' models at a scale is not', () => {
  const read = (title: string) => titledFields(title, 'We evaluate it widely.', 'metric', 'value', 'unit');
  assert.deepEqual(read('Moebius: 0.2B Lightweight Image Inpainting Framework with 10B-Level Performance'), [['model_size', 0.2, 'B params']]);
  assert.deepEqual(read('Humains-Junior: A 3.8B Language Model Achieving GPT-4o-Level Factual Accuracy'), [['model_size', 3.8, 'B params']]);
  assert.deepEqual(read('PaddleOCR-VL-1.5: Towards a Multi-Task 0.9B VLM for Robust Document Parsing'), [['model_size', 0.9, 'B params']]);
  assert.deepEqual(read('TPI-LLM: Serving 70B-scale LLMs Efficiently on Low-resource Edge Devices'), []);
  assert.deepEqual(fields('Methods: A locally hosted 20-billion-parameter LLM classified the reports.', 'metric', 'value', 'unit'), []);
});

test('in a paper whose title is about code generation, program repair or theorem proving, a gain no metric word names is a pass rate (labels, rules 1 and 41)', () => {
  const text = 'Training on curated synthesis traces yields up to a 31% relative performance gain.';
  assert.deepEqual(titledFields('Scaling Synthetic Traces for Code Generation', text, 'metric', 'value'), [['correctness', 31]]);
  assert.deepEqual(titledFields('Scaling Synthetic Traces for Summarization', text, 'metric', 'value'), [['accuracy', 31]]);
});

test('fewer training epochs, fewer operations, GPU time and compute cut with words between are costs ("3x fewer training epochs", "4x less operations", "reducing per-token attention compute by 28.4x")', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('It reaches the best accuracy with up to 20x fewer trainable parameters and up to 3x fewer training epochs than the baselines.'), [['model_size', 20, 'x'], ['cost', 3, 'x']]);
  assert.deepEqual(read('Our method requires 4x less operations than the dense model.'), [['cost', 4, 'x']]);
  assert.deepEqual(read('It performs on par with GQA while reducing per-token attention compute by 28.4x at long context.'), [['cost', 28.4, 'x']]);
  assert.deepEqual(read('It matches end-to-end baselines while reducing total GPU-time by 202x.'), [['cost', 202, 'x']]);
});

test('token efficiency is a cost ("improves average token efficiency by 56%-79%", "2.3x greater token efficiency")', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('SwiReasoning improves average token efficiency by 56%-79%.'), [['cost', [56, 79], '%']]);
  assert.deepEqual(read('It reaches the same accuracy with 2.3x greater token efficiency.'), [['cost', 2.3, 'x']]);
});

test('how long the data or the media is, is no latency ("a corpus of approximately 117.5 hours", "videos up to 4 minutes and 15 seconds", "clips each 20 seconds long"); how long making it took is', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('We release a corpus of approximately 117.5 hours of reverberant speech.'), []);
  assert.deepEqual(read('It is capable of generating videos up to 4 minutes and 15 seconds.'), []);
  assert.deepEqual(read('The dataset contains 20,000 clips, each 20 seconds long.'), []);
  assert.deepEqual(read('It generates a video in 30 seconds.'), [['latency', 30, 's']]);
});

test('the uncertainty after "pm" (a dropped \\pm) and the level a random guess reaches are no results', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('Accuracies of 31-42% are only slightly above the 20% random-guess baseline.'), [['accuracy', [31, 42], '%']]);
  assert.deepEqual(read('It reaches a pass@1 of 69.8 pm 0.5% on GSM8K.'), [['correctness', 69.8, '']]);
});

test('a percentage on a benchmark the dictionary knows is the score there, without a verb ("(81.3% on LiveCodeBench v5)"); not a cut, a share used, or another system\'s level', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'benchmark');
  assert.deepEqual(read('Evaluation on general benchmarks (81.3% on LiveCodeBench v5) shows top-tier results.'), [['correctness', 81.3, 'LiveCodeBench']]);
  assert.deepEqual(read('Z1-7B generalizes to broader reasoning tasks (47.5% on GPQA Diamond).'), [['accuracy', 47.5, 'GPQA']]);
  assert.deepEqual(read('CADC reduces psums, eliminating 80% in LeNet-5 on MNIST.'), []);
  assert.deepEqual(read('It is the smallest model to date, surpassing the heavier WizardMath pipeline at 70.9% on full MATH.'), []);
});

test('an agent\'s or a robot policy\'s task score with no metric word is a pass rate (labels, rule 41); a question benchmark it answers, or a paper about no agent, keeps accuracy', () => {
  const read = (title: string, text: string) => titledFields(title, text, 'metric', 'value');
  assert.deepEqual(read('Skill libraries for web agents', 'It improves Qwen3 models by up to +15% on BFCLv3 and outperforms prior methods by 10.4%.'), [['correctness', 15], ['correctness', 10.4]]);
  assert.deepEqual(read('A vision-language-action model for robot manipulation', 'Our policy outperforms Diffusion Policy by 20.4%.'), [['correctness', 20.4]]);
  assert.deepEqual(read('A vision-language-action model for robot manipulation', 'It improves spatial reasoning by 12% on RoboSpatial.'), [['accuracy', 12]]);
  assert.deepEqual(read('A tool-calling agent for math', 'It improves accuracy by 5% on GSM8K and performance by 4% on MATH.'), [['accuracy', 5], ['accuracy', 4]]);
  assert.deepEqual(read('Sparse attention for long documents', 'It outperforms prior methods by 10.4%.'), [['accuracy', 10.4]]);
});

test('a budget\'s unit past a comma names what was spent, not a later gain ("With just 5 GPU hours of training, X shows an average improvement of 15%")', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('With just 5 GPU hours of training, Qwen-Math-7B-CFT shows an average improvement of 15% on six math benchmarks.'), [['cost', 5, 'GPU hours'], ['accuracy', 15, '%']]);
  assert.deepEqual(read('Trained on only 15B tokens, HydraHead achieves over 69% improvement over the baseline.'), [['cost', 15, 'B tokens'], ['accuracy', 69, '%']]);
  assert.deepEqual(read('It cuts training cost by 40%.'), [['cost', 40, '%']]);
});

test('a measure after "than" or "over" is no baseline ("more than 4x the number of parameters", "improving generation speed by 7x"); a system named like one is ("over Workflow Memory")', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'baseline');
  assert.deepEqual(read('Our model rivals foundation models with up to 16x the number of parameters.'), [['model_size', 16, null]]);
  assert.deepEqual(read('Skills improve over Workflow Memory by 6.06 points in matched comparisons.'), [['accuracy', 6.06, 'Workflow Memory']]);
});

test('the level a model or a named score reaches "from A% to B%" with no metric word is the paper\'s performance; a noun before "from" names a measure of its own', () => {
  const read = (title: string, text: string) => titledFields(title, text, 'metric', 'value');
  assert.deepEqual(read('Merging quantized models', 'E-PMQ improves 4-bit GPTQ from 65.0% to 73.6% under Task Arithmetic.'), [['accuracy', 73.6]]);
  assert.deepEqual(read('A harness for coding agents', 'By using our method Claude-4.5-Opus improves from 70.9% to 77.6% on SWE-Bench Verified.'), [['correctness', 77.6]]);
  assert.deepEqual(read('Molecule design', 'It increases the rate of generating valid chemical structures from 3% to 83%.'), []);
});

test('"improves over X by N%" and "an average enhancement of N%" are gains over X with no metric word; a tool-calling benchmark (BFCL, AppWorld) makes the paper an agents\' one', () => {
  const read = (title: string, text: string) => titledFields(title, text, 'metric', 'value', 'baseline');
  assert.deepEqual(read('Part segmentation', 'SegviGen improves over the prior state of the art by 40% on interactive part segmentation.'), [['accuracy', 40, 'prior state of the art']]);
  assert.deepEqual(read('Credit assignment', 'Experiments on BFCL v3 and AppWorld show that our method improves over the dense feedback baseline by up to 18.80 percent.'), [['correctness', 18.8, 'dense feedback baseline']]);
  assert.deepEqual(read('Vision-language alignment', 'DeGLA achieves an average enhancement of 3.5% across three benchmarks.'), [['accuracy', 3.5, null]]);
});

test('"15.5 times more cost-effective" is a cost ratio in the better direction; "reduces token generation by 23.5%" a cost', () => {
  assert.deepEqual(fields('CHURRO is 15.5 times more cost-effective than Gemini 2.5 Pro.', 'metric', 'value', 'direction'), [['cost', 15.5, 'better']]);
  assert.deepEqual(fields('Our approach reduces token generation by 23.5% and inference latency by 43.5%.', 'metric', 'value'), [['cost', 23.5], ['latency', 43.5]]);
});

test('"MCP" is an agent word only as MCP servers, tools or benchmarks: a "Mobile Conditioning Projector (MCP)" makes no agents\' paper', () => {
  const read = (title: string, text: string) => titledFields(title, text, 'metric', 'value');
  assert.deepEqual(read('Unified generation on device', 'Its Mobile Conditioning Projector (MCP) fuses features. It outperforms Show-O by 5% and JanusFlow by 11%.'), [['accuracy', 5], ['accuracy', 11]]);
  assert.deepEqual(read('Tool agents', 'Across MCP servers, it outperforms prior agents by 5%.'), [['correctness', 5]]);
});

test('ASR is an attack\'s success rate, a pass rate, before or after its number; "ASR accuracy" and an "ASRS test set" are not', () => {
  const read = (text: string) => fields(text, 'metric', 'value');
  assert.deepEqual(read('On IPIArena, it attains a 76.2% ASR against Gemini-2.5-Pro and 61.9% ASR against GPT-5.1.'), [['correctness', 76.2], ['correctness', 61.9]]);
  assert.deepEqual(read('RainbowPlus achieves an average ASR of 81.1% on HarmBench.'), [['correctness', 81.1]]);
  assert.deepEqual(read('The joint model reaches 81.1% ASR accuracy on the dialect set.'), [['accuracy', 81.1]]);
  // (Not a pass rate; since version 108 the reduction in violations is an error.)
  assert.deepEqual(read('Our approach improves macro-F1 scores and achieves up to an 86% reduction in rule violations on the ASRS test set.'), [['error', 86]]);
});

test('a model called compact, lightweight or efficient is the paper\'s own, whatever verb comes first ("into a compact 241M student model", "a compact 4B-scale generative stack")', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('We distill a frontier VLM into a compact 241M student model using a multi-task recipe.'), [['model_size', 241, 'M params']]);
  assert.deepEqual(read('We introduce Mage-Flow, a compact 4B-scale generative stack for text-to-image generation.'), [['model_size', 4, 'B params']]);
  assert.deepEqual(read('It applies RL to an already tiny 1.5B parameter base model.'), []);
});

test('a score a verb of change moves "from A to B", named only by IS, a score word, an average or a quality, reaches B; a batch size moved so is no score', () => {
  const read = (text: string) => fields(text, 'metric', 'value');
  assert.deepEqual(read('It improves IS from 86.55 to 116.70 on LlamaGen-XXL.'), [['accuracy', 116.7]]);
  assert.deepEqual(read('Block-GTQ raises the six-task NIAH average from 70.6 to 97.4 on Llama-3.1-8B-Instruct.'), [['accuracy', 97.4]]);
  assert.deepEqual(read('The cascade improves deterministic quality from 0.457 to 0.538 over the legacy system.'), [['accuracy', 0.538]]);
  assert.deepEqual(read('Our approach increases the maximum batch size of Qwen-14B from 47 to 75.'), []);
});

test('a level that is a share of another model\'s quality ("retains 99.9% of the dense model\'s accuracy", "99.71% of the AUC of Virchow2") is compared with that model', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'baseline');
  assert.deepEqual(read('On Imagenette, CLEAR-MoE retains 99.9% of the dense model\'s accuracy.'), [['accuracy', 99.9, 'dense model']]);
  assert.deepEqual(read('LitePath retains 99.71% of the AUC of Virchow2 on average.'), [['accuracy', 99.71, 'Virchow2']]);
  assert.deepEqual(read('On Gemma-4 12B, it keeps up to 96% of FP16 accuracy.'), [['accuracy', 96, 'FP16']]);
  assert.deepEqual(read('OTT-Vid preserves 95.8% of VQA and 73.9% of VTG performance.').at(-1), ['accuracy', 73.9, null]);
});

test('a comparison with no number of its own that ends the sentence in a "while" clause is what the changes before it are compared with', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'baseline');
  assert.deepEqual(read('Experiments demonstrate 4.6% faster training and 27.0% reduction in memory usage, while maintaining competitive accuracy compared to the state-of-the-art.'),
    [['speedup', 4.6, 'state-of-the-art'], ['memory', 27, 'state-of-the-art']]);
  assert.deepEqual(read('Our method achieves up to 2.5x lower VRAM usage while producing higher-fidelity reconstructions than existing methods.'), [['memory', 2.5, 'existing methods']]);
  assert.deepEqual(read('Our method achieves up to 2.5x lower VRAM usage while producing 3% higher PSNR than existing methods.').map(([m, , b]) => [m, b]), [['memory', null], ['accuracy', 'existing methods']]);
});

test('changes listed each with a scope of its own ("by 20% on X, 8% on Y", "15% on X and 16% on Y") share the first one\'s metric and comparison', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'baseline');
  assert.deepEqual(read('It outperforms the LLM-based embedding model by 20% on long-document retrieval, 8% on reasoning-intensive retrieval.'),
    [['accuracy', 20, 'LLM-based embedding model'], ['accuracy', 8, 'LLM-based embedding model']]);
  assert.deepEqual(titledFields('Critique fine-tuning', 'Qwen-Math-7B-CFT shows an average improvement of 15% on six math benchmarks and 16% on three logic reasoning benchmarks.', 'metric', 'value'),
    [['accuracy', 15], ['accuracy', 16]]);
  assert.deepEqual(read('It improves accuracy by 15% on six benchmarks and trains 16 models.').map(([m, v]) => [m, v]), [['accuracy', 15]]);
});

test('the RAM, flash or unified memory of a machine the work ran on is a setting; a bound on it ("<3 GB RAM") is a result', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('On commodity hardware (Intel Core i5, 8GB RAM), our model runs 2x faster than the baseline.').map(([m]) => m), ['speedup']);
  assert.deepEqual(read('It was measured on a single Apple Mac Studio (M-series, 64GB unified memory).'), []);
  assert.deepEqual(read('The method is efficient (<3 GB RAM, <2 hours training).')[0], ['memory', 3, 'GB']);
});

test('the frame rate of data ("24 fps video", "30 fps screen recordings") or the rate another measure is read at ("50 mJ at 60 FPS") is no throughput; "16 FPS for video stylization" is', () => {
  const read = (text: string) => fields(text, 'metric', 'value');
  assert.deepEqual(read('The dataset holds continuous 30 fps screen recordings of 87 applications.'), []);
  assert.deepEqual(read('It keeps the energy per window low (about 50 mJ at 60 FPS).').map(([m]) => m), ['energy']);
  assert.deepEqual(read('It maintains real-time performance at 16 FPS for video stylization.'), [['throughput', 16]]);
});

test('the perturbation or sparsity a result holds under ("under 50% spatial misalignment", "with up to 20% outliers") is a setting', () => {
  const read = (text: string) => fields(text, 'metric', 'value');
  assert.deepEqual(read('It maintains over 92% accuracy even under 50% spatial misalignment.'), [['accuracy', 92]]);
  assert.deepEqual(read('It preserves accuracy after 50 % sensor loss and reaches 88% accuracy with up to 20% outliers.'), [['accuracy', 88]]);
});

test('a score changed "by" a number with no unit is a gain in the score\'s own units ("improves the VBench score by +0.26", "reducing the FID by 1.87")', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('Sparse Forcing improves the VBench score by +0.26 over Self-Forcing on 5-second generation.'), [['accuracy', 0.26, '']]);
  assert.deepEqual(read('GNDM outperforms vanilla DMD, reducing the FID by 1.87.'), [['accuracy', 1.87, '']]);
  assert.deepEqual(read('AKBE improves task accuracy by 3.5% on average.'), [['accuracy', 3.5, '%']]);
});

test('"p.p." is percentage points', () => {
  assert.deepEqual(fields('Our method boosts F1-score by 11.8 p.p. on low-resolution footage.', 'metric', 'value', 'unit'), [['accuracy', 11.8, 'pp']]);
});

test('a split of a benchmark ("ARC-AGI-1-Train", "ARC-AGI-1-Eval") is the benchmark, and a score on a benchmark of tasks is a pass rate', () => {
  assert.deepEqual(titledFields('Vector symbolic algebras for abstraction', 'Our solver scores 10.8% on ARC-AGI-1-Train and 3.0% on ARC-AGI-1-Eval.', 'metric', 'value', 'benchmark'),
    [['correctness', 10.8, 'ARC-AGI'], ['correctness', 3, 'ARC-AGI']]);
});

test('a list of numbers read with a list of benchmarks: right after it, or before it with "respectively"; names before other numbers are not zipped', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'benchmark');
  assert.deepEqual(read('Our training boosts reasoning accuracy by +9.8%, +5.7%, +11.4% on GSM8K, MATH, and MBPP.'),
    [['accuracy', 9.8, 'GSM8K'], ['accuracy', 5.7, 'MATH'], ['correctness', 11.4, 'MBPP']]);
  assert.deepEqual(read('On GPQA, AIME24 and LiveCodeBench, our model achieves accuracy rates of 63.6%, 66.7% and 47.1%, respectively.'),
    [['accuracy', 63.6, 'GPQA'], ['accuracy', 66.7, 'AIME24'], ['correctness', 47.1, 'LiveCodeBench']]);
  // (The names lead into another number first: "respectively" may pair the list with something else.)
  assert.deepEqual(read('On GPQA and AIME24, it is 2.1x faster than the baseline, and reaches 63.6% and 66.7% accuracy, respectively.').map(([, v, b]) => [v, b]),
    [[2.1, 'AIME24'], [63.6, 'AIME24'], [66.7, 'AIME24']]);
});

test('a signed bare number beside a named benchmark is a gain in its score ("+3.1 on GPQA", "MME-RealWorld (+12.6)")', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit', 'direction', 'benchmark');
  assert.deepEqual(read('Delta residuals support 8B mid-training, yielding improvements of +3.2 on GSM8K and +3.1 on GPQA.'),
    [['accuracy', 3.2, '', 'better', 'GSM8K'], ['accuracy', 3.1, '', 'better', 'GPQA']]);
  assert.deepEqual(read('Initialized from Qwen2.5-VL-7B, it improves MME-RealWorld (+12.6) and TreeBench (+13.4).').map(([m, v, u, d]) => [m, v, u, d]),
    [['accuracy', 12.6, '', 'better'], ['accuracy', 13.4, '', 'better']]);
  // (Unsigned, with no score word, the number is no claim: "trained on 8 GPUs across 4 nodes on Frontier".)
  assert.deepEqual(read('The model was trained with 8 experts on 4 nodes on Frontier.'), []);
});

test('how long data or media lasts is no latency ("totaling 55 hours", "videos longer than 10 minutes", "ranging in duration from 10 to 90 minutes")', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('The corpus covers 11 categories, totaling 438 hours and 3.2 million comments.'), []);
  assert.deepEqual(read('The benchmark has 275 videos, ranging in duration from 10 to 90 minutes, with an average duration of 41 minutes.'), []);
  assert.deepEqual(read('For videos longer than 20 minutes, it achieves an 11.9% gain in accuracy.'), [['accuracy', 11.9, '%']]);
  assert.deepEqual(read('The policy is trained on 3,000 hours of teleoperated trajectories.'), []);
  assert.deepEqual(read('Our pipeline cuts the labeling time from 12 hours to 40 minutes.').map(([m, v]) => [m, v]), [['latency', 40]]);
});

test('a percentage gain with no metric word on a benchmark of models\' quality is a score\'s gain, even in a systems-flavoured abstract; on a systems benchmark it stays speed', () => {
  const read = (title: string, text: string) => titledFields(title, text, 'metric', 'value', 'benchmark');
  const title = 'Compressing the KV cache on GPUs for long-context inference';
  assert.deepEqual(read(title, 'It surpasses state-of-the-art baselines by 2.58% on LongBench and 15.2% on RULER.'),
    [['accuracy', 2.58, 'LongBench'], ['accuracy', 15.2, 'RULER']]);
  assert.deepEqual(read('A hardware prefetcher for irregular memory accesses on CPUs', 'Across SPEC CPU2017 benchmarks, it outperforms the best prior prefetcher by 14.0%.').map(([m]) => m), ['speedup']);
  assert.deepEqual(read(title, 'It improves runtime performance by about 15% on LongBench.').map(([m]) => m), ['speedup']);
});

test('the compared side\'s list of numbers goes on after its first ("versus 41.2% and 57.4% for X", "the baseline of 23.0% and 25.4%"), and a level "previously" reached is no result', () => {
  const read = (text: string) => fields(text, 'value');
  assert.deepEqual(read('It reaches 43.4% and 60.6% average accuracy at 2B and 4B scale, respectively, versus 41.2% and 57.4% for GRPO.'), [[43.4], [60.6]]);
  assert.deepEqual(read('Its pass rates are 92%, 88%, and 38%, against SFT baselines of 36%, 44%, and 12%.'), [[92], [88], [38]]);
  assert.deepEqual(read('Our retriever reaches answer recall@1=71% on NQ (previously 52%).'), [[71]]);
});

test('a level the compared systems reach is theirs ("where every baseline drops below 50%", "vs. 97.0% for X and only 32.2% for Y"); a benchmark paper\'s "state-of-the-art models achieve only 36%" is a result', () => {
  const read = (text: string) => fields(text, 'value');
  assert.deepEqual(read('It sustains up to 99.9% SLO attainment under high load, where every baseline drops below 50%.'), [[99.9]]);
  assert.deepEqual(read('It reaches a 100% success rate on LIBERO Object after 1,500 steps, vs. 97.0% for Muon and only 32.2% for AdamW.'), [[100]]);
  assert.deepEqual(titledFields('GeoBench: a benchmark for geometric reasoning', 'Even state-of-the-art models achieve only 36% accuracy on our benchmark.', 'value'), [[36]]);
});

test('an error, like an accuracy, takes no device named in another sentence (labels, rules 6 and 22)', () => {
  const hw = (abstract: string) => extractPaper('A quantizer', abstract).claims.map((c) => [c.metric, c.value, c.hardware]);
  assert.deepEqual(hw('We run every model on an NVIDIA H100. Our quantizer has 2x lower rounding error than SR. It decodes 1.5x faster than FP16.'),
    [['error', 2, null], ['speedup', 1.5, 'NVIDIA H100']]);
});

test('a score takes no device named for a training run or for inference (labels, rules 6 and 38)', () => {
  const hw = (abstract: string) => extractPaper('A model', abstract).claims.map((c) => [c.metric, c.value, c.hardware]);
  assert.deepEqual(hw('Our recipe lifts the 2B model to 61.5% accuracy in just 3 hours on 4 A100 GPUs.'), [['accuracy', 61.5, null], ['latency', 3, 'NVIDIA A100']]);
  assert.deepEqual(hw('Trained with a single GPU for two days, the model reaches 97% accuracy on long sums.'), [['accuracy', 97, null]]);
  assert.deepEqual(hw('The pruned network speeds up CPU inference by over 5x, with less than 2% F1 loss.'), [['speedup', 5, 'CPU'], ['accuracy', 2, null]]);
});

test('an amount of work (FLOPs, tokens, calls) takes a device only from its own "on X" (labels, rule 40)', () => {
  const hw = (abstract: string) => extractPaper('A pruner', abstract).claims.map((c) => [c.metric, c.value, c.hardware]);
  assert.deepEqual(hw('The pruned model cuts FLOPs by 60% and runs 3x faster on an NVIDIA A100.'), [['cost', 60, null], ['speedup', 3, 'NVIDIA A100']]);
  assert.deepEqual(hw('It lowers FLOPs by 12x, enabling deployment on an NVIDIA Jetson Orin Nano.'), [['cost', 12, null]]);
  assert.deepEqual(hw('The compiler reduces inference tokens by 40% on Gemmini.'), [['cost', 40, 'Gemmini']]);
});

test('a class that names a baseline ("the CPU-only baseline", "GPU and CPU baselines") is not where the result ran (rule 4)', () => {
  const hw = (abstract: string) => extractPaper('A classifier', abstract).claims.map((c) => [c.metric, c.value, c.hardware]);
  assert.deepEqual(hw('Our system reaches 96.2% accuracy, compared with 44.9% from the CPU-only baseline.'), [['accuracy', 96.2, null]]);
  assert.deepEqual(hw('The logic path delivers a latency of 0.2 μs per image, while comparisons with matched GPU and CPU baselines stay separate.'), [['latency', 0.2, null]]);
});

test('a placement, routing or packing tool for FPGAs takes no FPGA from its title: the FPGA is what it maps designs to', () => {
  const hw = (title: string) => extractPaper(title, 'It targets modern FPGA devices. Our flow reduces critical path delay by 8% over the baseline flow.').claims.map((c) => c.hardware);
  assert.deepEqual(hw('A Timing-Driven Placement Flow for Heterogeneous FPGAs'), [null]);
  assert.deepEqual(hw('FPGA-Accelerated Legalization'), ['FPGA']);
});

test('a simulation the results do not come from (a driving simulator, the RTL simulation compared with) does not keep the paper device from its claims', () => {
  const hw = (abstract: string) => extractPaper('Task-conditional skipping', abstract).claims.map((c) => c.hardware);
  assert.deepEqual(hw('We deploy the policy on an AMD Alveo U50, trained in the CARLA driving simulator. Latency drops by 55%.'), ['AMD Alveo U50']);
  assert.deepEqual(hw('The emulator runs on an AMD Alveo U50. It is 900x faster than RTL simulation.'), ['AMD Alveo U50']);
  assert.deepEqual(hw('We model the design in a cycle-accurate simulator and compare it with an AMD Alveo U50. Latency drops by 55%.'), [null]);
});

test('phones named with a model number are devices ("on an iPhone 16 Pro", "on a Xiaomi-14 Pro"); a bare "Pixel" is not', () => {
  const hw = (abstract: string) => extractPaper('A mobile generator', abstract).claims.map((c) => c.hardware);
  assert.deepEqual(hw('It generates an image in 1.7 seconds on a Xiaomi-14 Pro.'), ['Xiaomi 14 Pro']);
  assert.deepEqual(hw('The model runs at 1.6 ms on iPhone 16 Pro.'), ['Apple iPhone 16 Pro']);
  assert.deepEqual(hw('It takes about 3 s per image on an iPhone.'), ['Apple iPhone']);
  assert.deepEqual(hw('Each pixel is decoded in 2 ms on average.'), [null]);
});

test('a codec\'s bitrate saving is the model\'s and takes no device named in another sentence (rule 32\'s exceptions)', () => {
  const hw = (abstract: string) => extractPaper('A learned codec', abstract).claims.map((c) => [c.metric, c.value, c.hardware]);
  assert.deepEqual(hw('It gives 25% bitrate savings against VVC. On an iPhone 16 Pro, it decodes an image in 150 ms.'), [['bandwidth', 25, null], ['latency', 150, 'Apple iPhone 16 Pro']]);
});

test('"on single-GPU setups" says where the work ran, like "on multi-GPU systems"; "a single-NPU-PIM system" is a design', () => {
  const hw = (abstract: string) => extractPaper('Sparse attention for video', abstract).claims.map((c) => c.hardware);
  assert.deepEqual(hw('Our method achieves 2.5x acceleration in attention computation on single-GPU setups.'), ['GPU']);
  assert.deepEqual(hw('Inference on a mobile single-NPU-PIM system idles. Our design reaches 4.2x higher throughput.'), [null]);
});

test('the named model a method raises "from A% to B%" is the baseline of the level reached, and of the next pairs of its list', () => {
  const read = (text: string) => fields(text, 'value', 'baseline');
  assert.deepEqual(read('Our tuning boosts Llama-3.1-8B from 40.2% to 51.7% on our held-out tasks.'), [[51.7, 'Llama-3.1-8B']]);
  assert.deepEqual(read('The harness raises the success rate of Qwen2-7B from 12.0% to 30.5% on WebShop, and from 20.1% to 33.4% on ALFWorld.'),
    [[30.5, 'Qwen2-7B'], [33.4, 'Qwen2-7B']]);
  assert.deepEqual(read('It increases the accuracy of Mistral-7B from 31.0% to 45.5%, and Gemma-2B from 22.0% to 29.5%.'), [[45.5, 'Mistral-7B'], [29.5, 'Gemma-2B']]);
  // (A subject that improves, or a model with no name, is no baseline.)
  assert.deepEqual(read('With our data, Llama-3.1-8B improves from 40.2% to 51.7% accuracy.'), [[51.7, null]]);
  assert.deepEqual(read('It boosts the accuracy of the base model from 40.2% to 51.7%.'), [[51.7, null]]);
});

test('a level past a comma takes the surpassed side named with its own number after "of" ("surpassing the previous best of 46.6%"), not a count or a matched level', () => {
  const read = (text: string) => fields(text, 'value', 'baseline');
  assert.deepEqual(read('Our agent reaches a 61.2% success rate on the suite, surpassing the previous best of 52.4%.'), [[61.2, 'previous best']]);
  assert.deepEqual(read('The grader attains an ICC of 0.51, exceeding the expert agreement ICC of 0.42.'), [[0.51, 'expert agreement ICC']]);
  // (A count is no result of the other side, and "a matching F1-score" matches nothing.)
  assert.deepEqual(read('Our probe reaches 91.0% accuracy, outperforming an ensemble of 14 large models.'), [[91, null]]);
  assert.deepEqual(read('The parser achieves a matching F1-score of 96.4% on the test split.'), [[96.4, null]]);
});

test('the other side\'s number before its name may be a range or a list ("versus ~16-18s for X", "compared with 0.07, 65%, and 3.3/10 for X")', () => {
  const read = (text: string) => fields(text, 'value', 'baseline');
  assert.deepEqual(read('Our retriever answers at a latency of 2.1 s versus ~16-18s for reranking baselines.'), [[2.1, 'reranking baselines']]);
  assert.deepEqual(read('The tuned model reaches 81.5% and 64.0% accuracy on the two splits, versus 70.2% and 51.9% for the frozen encoder.'),
    [[81.5, 'frozen encoder'], [64, 'frozen encoder']]);
  assert.deepEqual(read('On the held-out claims of the new corpus, our probe scores a macro-F1 of 0.74, compared to scores of 0.61 and 0.58 for Probe-A and Probe-B, respectively.'), [[0.74, 'Probe-A and Probe-B']]);
});

test('a multiple in words or of "that of" another side compares with it ("6.5 times the throughput of X", "2.54 times that of X")', () => {
  const read = (text: string) => fields(text, 'value', 'baseline');
  assert.deepEqual(read('The new controller delivers up to 6.5 times the throughput of eMMC-based storage.'), [[6.5, 'eMMC-based storage']]);
  assert.deepEqual(read('On the pick-and-place suite, the new policy\'s success rate is 2.31 times that of ACT.'), [[2.31, 'ACT']]);
});

test('a saving a matched level is reached with is a saving over the matched side ("comparable performance to X, but with only 8% of the parameters")', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'baseline');
  assert.deepEqual(read('Our pruned model achieves comparable performance to the dense teacher, but with only 9% of the trainable parameters.'),
    [['model_size', 9, 'dense teacher']]);
  assert.deepEqual(read('On math tasks, our prover achieves comparable performance to standard sampling with only 14% of the computational cost.'),
    [['cost', 14, 'standard sampling']]);
  // ("despite" starts another clause: the name ends before it.)
  assert.deepEqual(read('The router reaches comparable accuracy to larger routers despite using 12x fewer parameters.'), [['model_size', 12, 'larger routers']]);
});

test('"similar X to Y", "parity with Y", "approaches the accuracy of Y" and "to match Y" are levels matched, whose savings are over Y; "that of Y" names Y', () => {
  const read = (text: string) => fields(text, 'value', 'baseline');
  assert.deepEqual(read('The accelerator achieves similar accuracy to the FP16 model while using 30.5% less energy.'), [[30.5, 'FP16 model']]);
  assert.deepEqual(read('Our kernel maintains accuracy parity with dense attention while delivering up to 3.2x speedup.'), [[3.2, 'dense attention']]);
  assert.deepEqual(read('The analog array approaches the accuracy of digital training, while delivering a speedup of 41x.'), [[41, 'digital training']]);
  assert.deepEqual(read('The policy is trained to match the performance of diffusion policies, while reducing training time by up to 4x.'), [[4, 'diffusion policies']]);
  assert.deepEqual(read('Inference on our largest split is up to 12 times faster than that of proprietary models.'), [[12, 'proprietary models']]);
});

test('a bare "baselines" keeps the word that says which ("all baselines", "various baselines", "our baseline")', () => {
  const read = (text: string) => fields(text, 'value', 'baseline');
  assert.deepEqual(read('The tuned agent outperforms all baselines by 6.5% on our suite.'), [[6.5, 'all baselines']]);
  assert.deepEqual(read('Our design is 2.4x faster than the baselines.'), [[2.4, 'baselines']]);
});

test('a second object of a surpassing verb with a gain of its own is compared with ("outperforms X by 14% and Y by 6%"); a verb phrase is not an object', () => {
  const read = (text: string) => fields(text, 'value', 'baseline');
  assert.deepEqual(read('Our prefetcher outperforms the stride prefetcher BOP by 11.0% and the indirect prefetcher IMP by 4.5% on average.'),
    [[11, 'stride prefetcher BOP'], [4.5, 'indirect prefetcher IMP']]);
  assert.deepEqual(read('The agent exceeds GRPO by 15.6 and 13.3 points and SDAR by 6.2 and 5.5 points on the two backbones.'),
    [[15.6, 'GRPO'], [13.3, 'GRPO'], [6.2, 'SDAR'], [5.5, 'SDAR']]);
  assert.deepEqual(read('The scheduler outperforms FIFO by 1.8x and reduces energy by 46%.'), [[1.8, 'FIFO'], [46, 'FIFO']]);
});

test('a second model improved with a gain of its own is that gain\'s baseline ("boosting GPT-4.1 by +7.8% on V* and Claude-4.0-Sonnet by +31.1%")', () => {
  const read = (text: string) => fields(text, 'value', 'baseline');
  assert.deepEqual(read('Our toolkit yields consistent gains, boosting Llama-3-8B by +6.2% on MathVista and Gemma-2-9B by +4.4% on ChartQA.'),
    [[6.2, 'Llama-3-8B'], [4.4, 'Gemma-2-9B']]);
});

test('a score the words right after it call pass@k is a pass rate ("an accuracy of 36% in Pass@1", "a score of 42% pass@1")', () => {
  const read = (text: string) => fields(text, 'metric', 'value');
  assert.deepEqual(read('Our coder stays close to the best baseline while reaching an accuracy of 36.2% in Pass@1.'), [['correctness', 36.2]]);
  assert.deepEqual(read('The strongest model reaches an overall score of 41% pass@1 on our suite.'), [['correctness', 41]]);
  assert.deepEqual(read('Our tuning improves generation performance by 5-7% for pass@k over fine-tuned baselines.'), [['correctness', [5, 7]]]);
  // (A pass@k named apart from the number leaves it a score: "an accuracy of 71%, and pass@1 of 40%".)
  assert.deepEqual(read('It keeps an accuracy of 71.5% on the quiz, with a pass@1 of 40% on the coding set.'), [['accuracy', 71.5], ['correctness', 40]]);
});

test('a title about agents makes an agents\' paper ("Scaling environments for terminal agents"); not multi-agent pipelines, nor agents that answer, retrieve, predict or classify', () => {
  const read = (title: string, text: string) => titledFields(title, text, 'metric', 'value');
  assert.deepEqual(read('Scaling training environments for terminal agents', 'On our held-out set, the small model improves from 4.0% to 18.2%.'), [['correctness', 18.2]]);
  assert.deepEqual(read('A guardrail for computer-using agents', 'It improves task utility by up to 21.4% over reactive guards.'), [['correctness', 21.4]]);
  assert.deepEqual(read('A multi-agent framework for chemistry', 'It improves over prior methods by 20%.'), [['accuracy', 20]]);
  assert.deepEqual(read('Agents for long video reasoning', 'It improves over prior methods by 6.1%.'), [['accuracy', 6.1]]);
  // (An F1 is a prediction's score, whatever the paper is about.)
  assert.deepEqual(read('Agents in search of truth', 'We see an average performance drop of 22% in terms of macro F1.'), [['accuracy', 22]]);
});

test('puzzle suites (Sudoku-Extreme, Maze-Hard, 1D-ARC) and search suites built for agents (DeepResearch Bench, Seal-0, OSWorld-Verified) are benchmarks of tasks: a score there is a pass rate', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'benchmark');
  assert.deepEqual(read('On Sudoku-Extreme, our solver reaches 97.5% exact accuracy.'), [['correctness', 97.5, 'Sudoku-Extreme']]);
  assert.deepEqual(read('It scores 94.5% on Sort-of-ARC and 83.1% on 1D-ARC.'), [['correctness', 94.5, 'Sort-of-ARC'], ['correctness', 83.1, '1D-ARC']]);
  assert.deepEqual(read('Our model sets the best overall score (58.0%) on DeepResearch Bench.'), [['correctness', 58, 'DeepResearch Bench']]);
  assert.deepEqual(read('On Seal-0, tool-using models reach only 17.1% accuracy.'), [['correctness', 17.1, 'Seal-0']]);
  assert.deepEqual(read('Our agent reaches 46.9% accuracy on OSWorld-Verified.'), [['correctness', 46.9, 'OSWorld']]);
});

test('a "winning rate" is a win rate ("a user study winning rate of over 92%")', () => {
  assert.deepEqual(fields('It wins a user study with a winning rate of over 92% against prior generators.', 'metric', 'value'), [['correctness', 92]]);
});

test('a "-Valid" split of a benchmark is the benchmark ("MiniF2F-Valid")', () => {
  assert.deepEqual(fields('Our prover reaches cumulative accuracies of 36.5% on MiniF2F-Valid.', 'metric', 'value', 'benchmark'), [['correctness', 36.5, 'miniF2F']]);
});

test('LiveBench is a benchmark of questions: a gain there listed beside an agent suite\'s stays accuracy', () => {
  assert.deepEqual(fields('It improves the base model by 18.7% and 11.9% on ALFWorld and LiveBench, respectively.', 'metric', 'value', 'benchmark'),
    [['correctness', 18.7, 'ALFWorld'], ['accuracy', 11.9, 'LiveBench']]);
});

test('an IoU or mAP after a number on a benchmark of tasks keeps it accuracy; a score name after the next number is that number\'s', () => {
  assert.deepEqual(fields('Leading agents on BrowseComp reach only 9.4% accuracy on deep tasks and 9.3% IoU on wide tasks.', 'metric', 'value'),
    [['correctness', 9.4], ['accuracy', 9.3]]);
});

test('one number over a list of suites with question sets in it is their average score, not a pass rate; a list of numbers zipped to them is read per suite', () => {
  const read = (text: string) => fields(text, 'metric', 'value');
  assert.deepEqual(read('Our recipe raises average accuracy across AIME24, GPQA, and LiveCodeBench from 57.8% to 72.8%.'), [['accuracy', 72.8]]);
  assert.deepEqual(read('Our model reaches 51.0% on HumanEval and MBPP.'), [['correctness', 51]]);
  assert.deepEqual(read('It reaches 60.1%, 40.2% and 35.3% on GSM8K, GPQA and LiveCodeBench, respectively.'), [['accuracy', 60.1], ['accuracy', 40.2], ['correctness', 35.3]]);
});

test('in a paper whose title\'s subject is a benchmark of tasks ("BrowseComp-Plus: ...", "... on GAIA"), a score no sentence gives a benchmark is a pass rate there; not a coverage, nor a title that only uses the word ("Habitat Classification")', () => {
  const read = (title: string, text: string) => titledFields(title, text, 'metric', 'value');
  assert.deepEqual(read('BrowseComp-Plus: a fixed-corpus benchmark', 'The best model achieves 55.9% accuracy with a dense retriever.'), [['correctness', 55.9]]);
  assert.deepEqual(read('Scaffold effects on GAIA', 'The scaffold alone moves measured accuracy by as much as 28 percentage points.'), [['correctness', 28]]);
  assert.deepEqual(read('BigCodeBench: code generation with function calls', 'Each task has tests with an average branch coverage of 99%.'), [['accuracy', 99]]);
  assert.deepEqual(read('Habitat classification from ground-level images', 'Our model reaches 91% accuracy.'), [['accuracy', 91]]);
});

test('"parameter efficiency" is the model\'s size, and more of an efficiency is better ("6x higher parameter efficiency"); "parameter-efficient tuning" names a method', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit', 'direction');
  assert.deepEqual(read('Our router has 5x higher parameter efficiency than the dense baseline.'), [['model_size', 5, 'x', 'better']]);
  assert.deepEqual(read('The student is over 3x more parameter-efficient than its teacher.'), [['model_size', 3, 'x', 'better']]);
  assert.deepEqual(read('Parameter-efficient tuning yields a marginal improvement of 0.9% on the target domain.').map(([m]) => m), ['accuracy']);
});

test('an efficiency in data, samples, labels, FLOPs or tokens is a cost, better when it grows ("increases sample efficiency by 2.1x")', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit', 'direction');
  assert.deepEqual(read('Our curriculum increases sample efficiency by 3.2x.'), [['cost', 3.2, 'x', 'better']]);
  assert.deepEqual(read('The planner shows a 12x gain in data efficiency over random selection.'), [['cost', 12, 'x', 'better']]);
  assert.deepEqual(read('It reduces reasoning tokens by 40% and reaches high token efficiency.'), [['cost', 40, '%', 'better']]);
});

test('tokens saved, a token budget cut and CPU or GPU consumption are costs; a token budget a method runs at is a setting', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit', 'direction');
  assert.deepEqual(read('The pruned planner achieves a 38% token reduction on math problems.'), [['cost', 38, '%', 'better']]);
  assert.deepEqual(read('Our scheduler reduces GPU consumption by 27% against static allocation.'), [['cost', 27, '%', 'better']]);
  assert.deepEqual(read('It reduces the image token budget by 75% while keeping accuracy.'), [['cost', 75, '%', 'better']]);
  assert.deepEqual(read('With a 20% token budget, the model keeps its answers.'), []);
});

test('an angle or an age named an error is an error in degrees or years ("a rotation error of 4.5 degrees"); an angle that is a setting is not', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('Our tracker cuts the heading error from 12 degrees to 3.5 degrees.'), [['error', 3.5, '°']]);
  assert.deepEqual(read('The pose head keeps a 0.8 deg orientation error on held-out scenes.'), [['error', 0.8, '°']]);
  assert.deepEqual(read('Our estimator predicts bone age within a 1.9-year mean absolute error.'), [['error', 1.9, 'years']]);
  assert.deepEqual(read('We flip each frame by 90 degrees to lower the error.'), []);
  assert.deepEqual(read('The wafer is held at 25 °C to limit errors.'), []);
});

test('average precision written as a unit ("reaches 48.3 AP") is a detection score, kept as "AP"', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('Our detector reaches 48.3 AP on the validation split.'), [['accuracy', 48.3, 'AP']]);
  assert.deepEqual(read('The student stays within 0.7 AP of its teacher.'), [['accuracy', 0.7, 'AP']]);
});

test('cumulative and generalized IoU and PR-AUC are scores ("62.1% cIoU", "a gIoU of 48.2", "in terms of PR-AUC")', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('Our segmenter reaches 62.1% cIoU on the test split.'), [['accuracy', 62.1, '%']]);
  assert.deepEqual(read('It obtains a gIoU of 48.2 on the hard split.'), [['accuracy', 48.2, '']]);
  assert.deepEqual(read('The ranker improves churn prediction by up to 12.5% in terms of PR-AUC.'), [['accuracy', 12.5, '%']]);
});

test('a simulator\'s steps per second are a throughput kept as written ("2.5M SPS")', () => {
  assert.deepEqual(fields('Our JAX port of the environment runs at 2.5M SPS on one GPU.', 'metric', 'value', 'unit'), [['throughput', 2.5, 'M SPS']]);
});

test('how far a system trails another with no metric word is a gap in its performance ("lags 12% behind experts", "falls behind X by 9 points"); "30% behind paywalls" is a share', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit', 'direction');
  assert.deepEqual(read('Even the strongest model lags 12.5% behind human experts on the puzzles.'), [['accuracy', 12.5, '%', 'worse']]);
  assert.deepEqual(read('The open model falls behind the proprietary one by 9 points on the hard split.'), [['accuracy', 9, 'pp', 'worse']]);
  assert.deepEqual(read('Of the cited papers, almost 30 percent behind paywalls were excluded.'), []);
});

test('a list read with "respectively" and no comparison of its own takes the comparisons made before it in order', () => {
  const read = (text: string) => fields(text, 'value', 'baseline');
  assert.deepEqual(read('The chip runs 3.1x faster than the Jetson board and 4.2x faster than the desktop CPU, while consuming 60% and 85% less power, respectively.'),
    [[3.1, 'Jetson board'], [4.2, 'desktop CPU'], [60, 'Jetson board'], [85, 'desktop CPU']]);
  assert.deepEqual(read('The kernel is 3.1x and 4.2x faster than cuBLAS and CUTLASS, respectively, while using 30% and 45% less memory.'),
    [[3.1, 'cuBLAS'], [4.2, 'CUTLASS'], [30, 'cuBLAS'], [45, 'CUTLASS']]);
});

test('a comparison inside parentheses ends at its closing one, not at a later "respectively" ("by 3x (vs. X), and FLOPs by ...")', () => {
  assert.deepEqual(fields('Our model cuts parameters by 2.5x (vs. MobileNet) and 9.1x (vs. ResNet-50), and FLOPs by 3.2x and 7.4x, respectively.', 'value', 'baseline'),
    [[2.5, 'MobileNet'], [9.1, 'ResNet-50'], [3.2, 'MobileNet'], [7.4, 'ResNet-50']]);
});

test('a "GPU-parallel" or "GPU-parallelized" tool runs on that class ("a GPU-parallel card game engine (400M steps per second)")', () => {
  const hw = (text: string) => fields(text, 'metric', 'value', 'hardware');
  assert.deepEqual(hw('We release a GPU-parallel card game engine that reaches 400M SPS with random actions.'), [['throughput', 400, 'GPU']]);
  assert.deepEqual(hw('Our GPU-parallelized planner runs 3.2x faster than the reference planner.'), [['speedup', 3.2, 'GPU']]);
});

test('a design "FPGA-based" or "based on FPGA" runs on an FPGA, unless earlier work is meant ("prior work explored FPGA-based engines")', () => {
  const hw = (abstract: string) => extractPaper('A sorting engine', abstract).claims.map((c) => c.hardware);
  assert.deepEqual(hw('We build a sorting engine based on FPGA. It sorts 5.2x faster than the reference sorter.'), ['FPGA']);
  assert.deepEqual(hw('We generate FPGA-based sorting engines. They sort 5.2x faster than the reference sorter.'), ['FPGA']);
  assert.deepEqual(hw('Prior work explored FPGA-based sorting engines. Our cache-side engine sorts 5.2x faster than the reference sorter.'), [null]);
});

test('a device count glued to the model ("on 4xL20", "on an 8xH100 node") still names the model', () => {
  const hw = (text: string) => fields(text, 'metric', 'value', 'hardware');
  assert.deepEqual(hw('On 4xL20, our server achieves a 2.5x speedup over the baseline server.'), [['speedup', 2.5, 'NVIDIA L20']]);
  assert.deepEqual(hw('Our trainer runs 1.8x faster than the baseline trainer on an 8xH100 node.'), [['speedup', 1.8, 'NVIDIA H100']]);
});

test('a series written just before its board, or a device renamed in parentheses, is one device ("Zynq UltraScale+ MPSoC ZCU104", "SM8750 (Snapdragon 8 Elite)")', () => {
  const hw = (abstract: string) => extractPaper('A monitor on a board', abstract).claims.map((c) => c.hardware);
  assert.deepEqual(hw('We implement the monitor on an AMD Zynq UltraScale+ MPSoC ZCU104 board. It adds at most 2% latency overhead.'), ['AMD Zynq ZCU104']);
  assert.deepEqual(hw('We profile the pipeline on the Qualcomm SM8750 (Snapdragon 8 Elite). The rewrite gives a 3.5x speedup.'), ['Qualcomm SM8750']);
});

test('a letter ending a hyphenated name ("RISC-V.", "ROUGE-L.") ends a sentence; an initial does not', () => {
  const texts = (t: string) => splitSentences(t).map((s) => s.text);
  assert.deepEqual(texts('We port the kernel to RISC-V. In tests it runs 2x faster.'), ['We port the kernel to RISC-V.', 'In tests it runs 2x faster.']);
  assert.deepEqual(texts('As shown by J. Smith, it runs 2x faster.'), ['As shown by J. Smith, it runs 2x faster.']);
});

test('a period glued to the next sentence ("many fields.GPU kernels") ends a sentence; "Abs.Rel" and "nn.Module" do not', () => {
  const texts = (t: string) => splitSentences(t).map((s) => s.text);
  assert.deepEqual(texts('It helps in many fields.GPU kernels run 3x faster.'), ['It helps in many fields.', 'GPU kernels run 3x faster.']);
  assert.deepEqual(texts('The error falls in Abs.Rel on both sets.'), ['The error falls in Abs.Rel on both sets.']);
});

test('code "optimized for modern CPUs" runs on CPUs (rule 32)', () => {
  const hw = (abstract: string) => extractPaper('Low-bit inference', abstract).claims.map((c) => c.hardware);
  assert.deepEqual(hw('We write 2-bit microkernels optimized for modern CPUs. Decoding runs 3.1x faster than the reference runtime.'), ['CPU']);
});

test('the Sophon SG2042 RISC-V CPU is a device the dictionary knows', () => {
  const hw = (abstract: string) => extractPaper('LLM inference on a RISC-V server', abstract).claims.map((c) => c.hardware);
  assert.deepEqual(hw('We tune decoding on the Sophon SG2042. Generation reaches 4.1 tokens/s.'), ['Sophon SG2042']);
});

test('a CPU core named beside its chip ("the MCU integrates a Cortex-M55 core") leaves the chip as the one device', () => {
  const hw = (abstract: string) => extractPaper('Tiny models in orbit', abstract).claims.map((c) => c.hardware);
  assert.deepEqual(hw('We deploy the classifier on an STM32N6 board. Its MCU integrates a Cortex-M55 core and an NPU. Inference takes 4.2 ms.'), ['STM32']);
});

test('the share of parameters a method tunes ("with only 2.5% trainable parameters") and how much more it can take in ("handles 8x more input tokens") are no claims; tokens spent stay a cost', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('Our adapter reaches 91.2% accuracy with only 2.5% trainable parameters.'), [['accuracy', 91.2, '%']]);
  assert.deepEqual(read('The tuned head is small, just 0.4% of the total model size.'), []);
  assert.deepEqual(read('As a result, our encoder handles 8x more input tokens than prior designs.'), []);
  assert.deepEqual(read('Our method attains 71.3% accuracy, matching baselines trained on 12x more data.'), [['accuracy', 71.3, '%']]);
  assert.deepEqual(read('The search agent is accurate but consumes 30x more tokens than a plain prompt.').map((c) => c[1]), [30]);
});

test('a cost named as the problem, with ", limiting ..." after it, is motivation; "limiting it to 4%" and a turned clause stay results', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('Current planners draw 40 W on desktop chips, limiting their use in drones.'), []);
  assert.deepEqual(read('Their heavy decoder (52 GFLOPs) limits deployment on phones.'), []);
  assert.deepEqual(read('Our cache cuts the error rate by 60%, limiting it to 4% on the test set.'), [['error', 60, '%'], ['error', 4, '%']]);
});

test('a threshold is a bound the work is held to ("meets the 150 ms response threshold", "a threshold of 0.9")', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('The assistant runs on a laptop CPU, meeting the 150 ms conversational latency threshold.'), []);
  assert.deepEqual(read('Our agent reaches 41.5% pass@1 at a reward threshold of 0.9.'), [['correctness', 41.5, '%']]);
});

test('the level SOTA or state-of-the-art methods reach ("SOTA, which stands at 61%", "state-of-the-art methods achieving up to 98% recall") is theirs', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('Our tool reaches 72.4% accuracy, beating SOTA, which stands at 61.3% accuracy.').map((c) => c[1]), [72.4]);
  assert.deepEqual(read('The old benchmark is saturated, with state-of-the-art methods achieving up to 98.5% recall.'), []);
});

test('the level a cost is measured to reach ("fewer steps to reach 80% accuracy", "the time needed to achieve a 95% hit rate") is a target', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('Our schedule needs 3x fewer training steps to reach 80% accuracy on the task.').map((c) => c[1]), [3]);
  assert.deepEqual(read('The tuner needs 40% less data to achieve 95% accuracy than grid search.').map((c) => c[1]), [40]);
});

test('suites listed before a list of numbers zip with it: after "on" without "respectively", or across a model size', () => {
  const read = (text: string) => fields(text, 'value', 'benchmark');
  assert.deepEqual(read('Tests on GSM8K and MMLU show accuracy gains of 4.2% and 1.3% over the base model.'), [[4.2, 'GSM8K'], [1.3, 'MMLU']]);
  // (The model's size is a claim of its own; only the scores are read here.)
  assert.deepEqual(read('On GSM8K and MMLU, our 7B model reaches 81.2% and 64.5% accuracy, respectively.').filter((r) => r[0] !== 7), [[81.2, 'GSM8K'], [64.5, 'MMLU']]);
});

test('a paper that names one benchmark for its evaluation gives it to scores in sentences that name none (rule 22), not to speeds', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'benchmark');
  assert.deepEqual(read('We evaluate our classifier on the MNIST dataset. It reaches 99.1% accuracy and runs 2.5x faster than the baseline.'),
    [['accuracy', 99.1, 'MNIST'], ['speedup', 2.5, null]]);
  assert.deepEqual(read('We test our agent on SWE-bench Verified. Our agent resolves 41.2% of the issues it is given.').map((r) => r[2]), ['SWE-bench']);
  // (An abstract that speaks of several datasets may evaluate on others it does not name.)
  assert.deepEqual(read('We evaluate on the MNIST dataset and two other datasets. It reaches 99.1% accuracy.'), [['accuracy', 99.1, null]]);
});

test('a benchmark paper\'s own suite, named before its title\'s colon, is its scores\' benchmark; on coding or agent tasks a level is a pass rate', () => {
  const read = (title: string, text: string) => brief(text, title).map((c) => [c.metric, c.value, c.benchmark]);
  assert.deepEqual(read('FooBench: A Benchmark of Repository Coding Tasks', 'We test ten models. The best model reaches only 31.5% accuracy.'),
    [['correctness', 31.5, 'FooBench']]);
  assert.deepEqual(read('FooBench: A Benchmark of Repository Coding Tasks', 'Its judge reaches 81.5% agreement with human raters.'), [['accuracy', 81.5, 'FooBench']]);
  // ("Foo: ..." names a method, not a suite.)
  assert.deepEqual(read('Foo: Faster Coding Agents', 'The best model reaches only 31.5% accuracy.').map((r) => r[2]), [null]);
});

test('a percentage reached on named sets is a score even in an abstract about speed; time-to-accuracy and "N times as fast" are speedups; a baseline ends before "and"', () => {
  const read = (title: string, text: string) => titledFields(title, text, 'metric', 'value', 'baseline');
  assert.deepEqual(read('Real-Time Segmentation Transformers on GPUs', 'Our model significantly enhances performance, achieving 79.9% on S4 and 57.9% on MS3.'),
    [['accuracy', 79.9, null], ['accuracy', 57.9, null]]);
  // (A change in performance stays a speedup there.)
  assert.deepEqual(read('Real-Time Segmentation Transformers on GPUs', 'Our design delivers up to 35% higher performance than the baseline core.'), [['speedup', 35, 'baseline core']]);
  assert.deepEqual(fields('Our design reduces time-to-solution by 8x relative to a prior Ising machine.', 'metric', 'value'), [['speedup', 8]]);
  assert.deepEqual(fields('The tuner improves training time-to-accuracy by up to 1.69x over the fastest baseline.', 'metric', 'value'), [['speedup', 1.69]]);
  assert.deepEqual(fields('Queries run 15 to 130 times as fast as before.', 'metric', 'value'), [['speedup', [15, 130]]]);
  // ("compared to unimodal models and by 5% compared to ...": the phrase stops at "by", and its "and" goes with it.)
  assert.deepEqual(fields('Fusing both models improves classification performance by 15% compared to unimodal models and by 5% compared to bimodal models.', 'value', 'baseline'),
    [[15, 'unimodal models'], [5, 'bimodal models']]);
});

test('a quality drop or loss is an accuracy change for the worse; a video generated at N FPS is a rate the work reaches, not a setting', () => {
  assert.deepEqual(fields('It supports video generation at 24.3 FPS with less than 0.5% quality drop.', 'metric', 'value', 'unit', 'direction'),
    [['throughput', 24.3, 'FPS', null], ['accuracy', 0.5, '%', 'worse']]);
  assert.deepEqual(fields('Layers can be cut from 36 to 28 with only a 9.7% quality loss.', 'metric', 'value', 'direction'), [['accuracy', 9.7, 'worse']]);
  assert.deepEqual(fields('KV-cache compression to 4 bits costs only 0.3% average accuracy loss.', 'metric', 'value', 'direction'), [['accuracy', 0.3, 'worse']]);
  // (The frame rate of the data stays a setting.)
  assert.deepEqual(fields('We train on 720p videos at 24 fps.', 'metric'), []);
});

test('a reconstruction or generation FID (rFID, gFID) is a score, and so is a quality score a change moves from one level to another, named before its verb or on a set', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('Our tokenizer achieves a remarkable rFID of 0.38 on ImageNet.'), [['accuracy', 0.38, '']]);
  assert.deepEqual(read('Our generator outperforms DiT-XL/2 (gFID 2.74 vs. 3.04).').map((c) => c[1]), [2.74]);
  assert.deepEqual(read('It improves FVD on UCF-101 from 99.5 to 88.6.'), [['accuracy', 88.6, '']]);
  assert.deepEqual(read('With our reward, PickScore increases from 20.46 to 23.81.'), [['accuracy', 23.81, '']]);
  // (A plain "from 20 to 15" stays no score.)
  assert.deepEqual(read('It cuts the number of function evaluations from 20 to 15.'), []);
});

test('a change in a "while" clause after a level set against another number ("(FID 2.13 vs. 3.04) while ... 74x faster") takes no number as its baseline', () => {
  assert.deepEqual(fields('Our variant is better (FID 2.13 vs. 3.04) while generating samples 74x faster.', 'value', 'baseline'), [[2.13, null], [74, null]]);
  // (A named side still carries over: "over RDMA while sustaining 3.4x higher throughput".)
  assert.deepEqual(fields('It reduces latency by 2.85x over RDMA while sustaining 3.4x higher throughput.', 'value', 'baseline'), [[2.85, 'RDMA'], [3.4, 'RDMA']]);
});

test('a compared-with phrase is tidied last: no other side\'s number, no unclosed parenthesis, no comparator or function word it was cut after', () => {
  assert.equal(tidyName('0.8272) compared to the thinking mode alone'), null);
  assert.equal(tidyName('(7.3% versus'), null);
  assert.equal(tidyName('strong SSL baselines (SimCLR'), 'strong SSL baselines (SimCLR)');
  assert.equal(tidyName('existing similarly-sized models (e.g'), 'existing similarly-sized models');
  assert.equal(tidyName("Gemini's best performance of"), "Gemini's best performance");
  assert.equal(tidyName('the state of the art compared to'), 'the state of the art');
  // (An acronym is a name: "TO" is not "to".)
  assert.equal(tidyName('conventional simplistic TO'), 'conventional simplistic TO');
  assert.equal(tidyName('RDMA'), 'RDMA');
  // Through the extractor (before, this baseline read "0.8272) compared to the thinking mode alone").
  assert.deepEqual(fields('Our model achieves an accuracy of 0.839 (vs. 0.8272) compared to the thinking mode alone.', 'value', 'baseline'), [[0.839, null]]);
});

test('the sizes a paper introduces its own model with (total and activated parameters, in parentheses after its name) are model sizes; others\' models and bounds are not', () => {
  const sizes = (text: string) => fields(text, 'metric', 'value', 'unit').filter((c) => c[0] === 'model_size').map((c) => [c[1], c[2]]);
  assert.deepEqual(sizes('We present GLM-9, an open-source Mixture-of-Experts language model with 355B total parameters and 32B activated parameters.'), [[355, 'B params'], [32, 'B params']]);
  assert.deepEqual(sizes('We introduce Foo K3, a 2.8T parameter Mixture-of-Experts model.'), [[2.8, 'T params']]);
  assert.deepEqual(sizes('We release both Foo-4 (355B parameters) and a compact version, Foo-4-Air (106B parameters), to advance research.'), [[355, 'B params'], [106, 'B params']]);
  assert.deepEqual(sizes('The backbone, FlowNet (1.90M parameters), mixes convolution and attention.'), [[1.9, 'M params']]);
  // (Each size of the paper's own list of models.)
  assert.deepEqual(sizes('Our best performing 32B and 72B models achieve the highest resolution rates.'), [[32, 'B params'], [72, 'B params']]);
  // (Another's model, in parentheses after a comparison or as the thing fine-tuned; a bound on the models studied; a memory cell.)
  assert.deepEqual(sizes('RTMPose-M (13.6M params) is fine-tuned on the data.'), []);
  assert.deepEqual(sizes('Our 7B model matches a much larger model (27B parameters) on math.').map((c) => c[0]), [7]);
  assert.deepEqual(sizes('LLMs with <10 billion parameters exhibited less than 60% correct answers.'), []);
  assert.deepEqual(sizes('Scaling to over 1B parameters, our approach outperforms existing methods.'), []);
  assert.deepEqual(sizes('This work introduces an 8T SRAM-based IMC architecture that decouples read and write paths.'), []);
});

test('agent, coding and math suites of recent papers are in the benchmark dictionary: an agent suite\'s score is a pass rate, a math contest\'s an accuracy', () => {
  assert.deepEqual(fields('On mobile use, it achieves 82.1% on MobileWorld and 97.5% on AndroidDaily.', 'metric', 'value', 'benchmark'),
    [['correctness', 82.1, 'MobileWorld'], ['correctness', 97.5, 'AndroidDaily']]);
  assert.deepEqual(fields('Our agent reaches 64.2% on SWE-Bench Pro and 48.0% on AppWorld.', 'metric', 'benchmark'), [['correctness', 'SWE-bench Pro'], ['correctness', 'AppWorld']]);
  assert.deepEqual(fields('It scores 41.5% on HMMT 2025.', 'metric', 'benchmark'), [['accuracy', 'HMMT']]);
});

test('how much larger a compared model is ("competitive with models 17 times its size", "the 10x larger X", "10x more parameters") is model size, for the better; a larger dataset is not', () => {
  const read = (text: string) => titledFields('A small model', text, 'metric', 'value', 'direction');
  assert.deepEqual(read('Our model achieves 67.0 on MathVista, comparable to the 10x larger InternVL2-76B.').filter((c) => c[0] === 'model_size'), [['model_size', 10, 'better']]);
  assert.deepEqual(read('It surpasses models with 10x more parameters on every benchmark.'), [['model_size', 10, 'better']]);
  // (The subject's own size is a claim too: rule 30.)
  assert.deepEqual(read('The 4.5B model achieves results competitive with models 2-3 times its size.'), [['model_size', 4.5, null], ['model_size', [2, 3], 'better']]);
  // (A score's gain after it keeps its own metric; a corpus 40 times larger is no model.)
  assert.deepEqual(read('It outperforms a tokenized counterpart with 16x more parameters on IMDB (+1.6%).').map((c) => c[0]), ['model_size', 'accuracy']);
  assert.deepEqual(read('With over 230,000 images, it is 40 times larger than MVTec-AD.'), []);
});

test('ratios glued to "times" ("17times its size", "a 3times FPS") find their cue; fewer decoding steps are latency; more activated parameters are a larger model', () => {
  const read = (text: string) => titledFields('A small model', text, 'metric', 'value', 'direction');
  assert.deepEqual(read('CoVe remains competitive with models up to 17times its size.'), [['model_size', 17, 'better']]);
  assert.deepEqual(read('SurgSAM-2 achieves a 3times FPS compared with SAM2.'), [['throughput', 3, 'better']]);
  assert.deepEqual(read('It surpasses all compared encoders, including those with up to 5x more activated parameters.'), [['model_size', 5, 'better']]);
  assert.deepEqual(read('LatentLM matches VALL-E 2 while requiring 10x fewer decoding steps.'), [['latency', 10, 'better']]);
});

test('a share of the original performance kept through a compression or an acceleration is accuracy, a level; a share of native or peak performance stays speed', () => {
  const read = (text: string) => titledFields('Fast GPU kernels', text, 'metric', 'value', 'direction');
  assert.deepEqual(read('Pruning reduces the number of activated experts while retaining 99.11% of the original performance.'), [['accuracy', 99.11, null]]);
  assert.deepEqual(read('Early exit yields consistent speedup gains with 99.1-100% performance retention.'), [['accuracy', [99.1, 100], null]]);
  assert.deepEqual(read('The VM retains 97% of native performance.').map((c) => c[0]), ['speedup']);
});

test('deviations and violation rates are errors; fewer iterations or turns, a shorter completion and a query efficiency are costs; a hashrate is a throughput', () => {
  const read = (text: string) => fields(text, 'metric', 'value');
  assert.deepEqual(read('Software and hardware inference agree, with an average accuracy deviation of 2.62% across networks.'), [['error', 2.62]]);
  assert.deepEqual(read('Our planner reduces safety violations by up to 74% in simulation.'), [['error', 74]]);
  assert.deepEqual(read('It reaches the same perplexity with 44% fewer training iterations.'), [['cost', 44]]);
  assert.deepEqual(read('It matches them with up to 3x fewer interaction turns.'), [['cost', 3]]);
  assert.deepEqual(read('TON can reduce the completion length by up to 90% compared to vanilla GRPO.'), [['cost', 90]]);
  assert.deepEqual(read('It improves few-shot accuracy by 6% and query efficiency by 48% over the best alternative.').map((c) => c[0]), ['accuracy', 'cost']);
  assert.deepEqual(read('The block manager achieves a +25% effective hashrate.'), [['throughput', 25]]);
  // (On CALVIN a task completion length is how many tasks a policy completes in a row.)
  assert.deepEqual(read('It raises the average task completion length on CALVIN by 3.81%.'), [['correctness', 3.81]]);
});

test('a refusal rate and being preferred by raters are pass rates (correctness)', () => {
  assert.deepEqual(fields('It yields a 40.0% increase in refusal rates for unsafe prompts.', 'metric', 'value'), [['correctness', 40]]);
  assert.deepEqual(fields('Our model is preferred by 44.0% vs. 21.4% human evaluators over SDXL.', 'metric', 'value'), [['correctness', 44]]);
});

test('a times sign before the number is a ratio ("up to ×3.23 attention speedup", "a $\\times 73$ speedup"); a size or a scale factor is not', () => {
  assert.deepEqual(fields('Sparse attention achieves up to $\\times$3.23 attention speedup at 128K context.', 'metric', 'value', 'unit', 'text'), [['speedup', 3.23, 'x', '$\\times$3.23']]);
  assert.deepEqual(fields('Skipping empty pixels results in a $\\times 73$ inference speedup.', 'metric', 'value'), [['speedup', 73]]);
  assert.deepEqual(fields('We evaluate on $256 \\times 256$ images and report a 2.1x speedup.', 'value'), [[2.1]]);
  assert.deepEqual(fields('Our entry to the Image Super-Resolution ($\\times 4$) challenge improves PSNR by 0.2 dB under a bicubic $\\times 4$ evaluation protocol.', 'unit'), [['dB']]);
});

test('an F1 named right before its number stays a prediction score on a benchmark of tasks ("Item F1 of 80.12" on WideSearch)', () => {
  assert.deepEqual(fields('Our agent sets a new state of the art on WideSearch, reaching a Row F1 of 63.53 and an Item F1 of 80.12.', 'metric', 'value', 'benchmark'),
    [['accuracy', 63.53, 'WideSearch'], ['accuracy', 80.12, 'WideSearch']]);
  assert.deepEqual(fields('Our agent reaches 48.0% on AppWorld.', 'metric'), [['correctness']]);
  assert.deepEqual(titledFields('Agents that use tools', 'It improves Search-QA exact match by 3.0 points over the in-context baseline.', 'metric', 'value'), [['accuracy', 3]]);
});

test('a plus between a number and its unit is at least that much ("600+ FPS", "10+ points"); a sum is no number of its own', () => {
  assert.deepEqual(fields('OMG enables 600+ FPS rendering while maintaining high quality.', 'metric', 'value', 'unit', 'qualifier', 'text'), [['throughput', 600, 'FPS', 'at least', '600+ FPS']]);
  assert.deepEqual(fields('Our retriever improves recall by 10+ points over BM25.', 'metric', 'value', 'unit', 'qualifier'), [['accuracy', 10, 'pp', 'at least']]);
  assert.deepEqual(fields('We pack 8+8 bits per word.', 'value'), []);
});

test('hours or gigabytes of a corpus or a dataset are its size; minutes per dataset are how long a step took', () => {
  assert.deepEqual(fields('We build a baseline on a 1,700 hour corpus, with 10 GB corpora.', 'value'), []);
  assert.deepEqual(fields('Recalibration takes less than 2 minutes per dataset on a single GPU.', 'metric', 'value', 'unit'), [['latency', 2, 'min']]);
});

test('a percentage written before "points" is percentage points ("by an average of 7.1% points", "by 10% to 60% points"); "40% point-level" is not', () => {
  assert.deepEqual(fields('It outperforms the best baselines by an average of 7.1% points across ALFWorld.', 'value', 'unit'), [[7.1, 'pp']]);
  assert.deepEqual(fields('It outperforms baselines by 10$\\%$ to 60$\\%$ points, while keeping quality.', 'value', 'unit'), [[[10, 60], 'pp']]);
  assert.deepEqual(fields('Experiments show superior AUC-PR performance, including over 40% point-level improvement on the new industrial dataset.', 'unit'), [['%']]);
});

test('the number of a name in capitals is no item of a list of percentages ("on ARC-AGI 1 and 16.0% on ARC-AGI 2", "AIME 24, and 64.2%")', () => {
  assert.deepEqual(fields('It reaches 53.8% pass@1 on ARC-AGI 1 and 16.0% pass@1 on ARC-AGI 2.', 'value'), [[53.8], [16]]);
  assert.deepEqual(fields('It scores 91.0% on AIME 24, and 64.2% on SWE-bench Verified.', 'value'), [[91], [64.2]]);
});

test('"less" samples are fewer samples, a cost; a training or inference overhead is a slowdown', () => {
  assert.deepEqual(fields('Our method outperforms standard learning methods, yet using 68x less training samples.', 'metric', 'value'), [['cost', 68]]);
  assert.deepEqual(fields('These classifiers stay deployable, with a 23.7% inference overhead.', 'metric', 'value', 'direction'), [['speedup', 23.7, 'worse']]);
});

test('a compared-with name keeps LaTeX\'s unbreakable space as a space ("V-JEPA~(ViT-H)"); a pronoun is no baseline ("outperforms them")', () => {
  assert.deepEqual(tidyName('V-JEPA~(ViT-H)'), 'V-JEPA (ViT-H)');
  assert.deepEqual(fields('Prompting baselines are weak. Our agent outperforms them by 20% on average.', 'value', 'baseline'), [[20, null]]);
});

test('"gains over X of up to N%": the hedged number after "of" is the gain over X, and the items listed after it share X', () => {
  assert.deepEqual(fields('VS2++ achieves absolute top-1 gains over CLIP zero-shot of up to 21.44% on CIFAR-100, 7.08% on CUB-200, and 20.47% on Tiny-ImageNet.', 'value', 'direction', 'baseline'),
    [[21.44, 'better', 'CLIP zero-shot'], [7.08, 'better', 'CLIP zero-shot'], [20.47, 'better', 'CLIP zero-shot']]);
});

test('list items that each name their set keep the list when the set has a note in parentheses ("29.1% on COCO (detection), 22.1% on ReasonSeg (segmentation)")', () => {
  assert.deepEqual(fields('Experimental results show that the model achieves superior performance as a unified model, outperforming Qwen2.5VL by relative margins of 29.1% on COCO (detection), 22.1% on ReasonSeg (segmentation), and 15.3% on CountBench (counting).', 'value', 'baseline').slice(1),
    [[22.1, 'Qwen2.5VL'], [15.3, 'Qwen2.5VL']]);
});

test('a percentage in parentheses after a set\'s name is its score ("best results on GSM8K (91.2%), AIME\'24 (80.5%)"); names after a known one go on the list, with its metric', () => {
  assert.deepEqual(fields("With our planner, the assistant achieves new best results on GSM8K (91.2%), AIME'24 (80.5%), and FooBench Lite (55.0%).", 'metric', 'value', 'unit', 'benchmark'),
    [['accuracy', 91.2, '%', 'GSM8K'], ['accuracy', 80.5, '%', 'AIME24'], ['accuracy', 55, '%', 'FooBench Lite']]);
  assert.deepEqual(fields('Our prover attains the best pass@8 on MiniF2F (88.1%), QuuxProofs (40.2%) and ZetaProof (9.5%).', 'metric', 'value', 'benchmark'),
    [['correctness', 88.1, 'miniF2F'], ['correctness', 40.2, 'QuuxProofs'], ['correctness', 9.5, 'ZetaProof']]);
  // A name the dictionary does not know opens the list when it follows "on".
  assert.deepEqual(fields('Our judges achieve top performance on QuillEval (82.4%) and RubricBench (73.7%).', 'metric', 'value', 'benchmark'),
    [['accuracy', 82.4, 'QuillEval'], ['accuracy', 73.7, 'RubricBench']]);
  // No result stated (a share held out), or a cut in time: no score.
  assert.deepEqual(fields('We hold out GSM8K (20%) of problems for testing.', 'value'), []);
  assert.deepEqual(fields('The method cuts inference time on GSM8K (12%) and reaches similar results on MATH.', 'metric'), []);
});

test('a model the paper names right after a verb that makes it is its own size ("we train Zorbit-2, a 7B model"); a bare trained model\'s size is an experiment\'s scale', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('Using these traces, we train Zorbit-2, a 7B model tuned for planning.'), [['model_size', 7, 'B params']]);
  assert.deepEqual(read('We develop KiloCoder, an 8B end-to-end model that writes solver scripts.'), [['model_size', 8, 'B params']]);
  assert.deepEqual(read('Experiments show that FlowNet9, a 5B model, leads the open models.'), [['model_size', 5, 'B params']]);
  assert.deepEqual(read('Using this mixture we train a 1B parameter model for 25B tokens.'), []);
  assert.deepEqual(read('We fine-tune the recipe on Borealis-7, a 15B-parameter open-weight LLM, across five tasks.'), []);
});

test('a model named by its size as the subject of a result ("a 1.5B GenPRM outperforms GPT-4o", "enables a 1.5B student LLM to rival") is the paper\'s own; a baseline\'s, or a model a method is run on, is not', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('With test-time scaling, a 1.5B QuillPRM outperforms GPT-4o.'), [['model_size', 1.5, 'B params']]);
  assert.deepEqual(read('Distillation enables a 2B student LLM to rival far larger models.'), [['model_size', 2, 'B params']]);
  assert.deepEqual(read('The 1.96M-parameter student recovers most of the teacher quality.'), [['model_size', 1.96, 'M params']]);
  assert.deepEqual(read('Experiments on a 3B parameter model show FooOpt achieves faster training.'), []);
  assert.deepEqual(read('A baseline 0.83M-parameter model reaches a lower loss.'), []);
  assert.deepEqual(read('Zorbo with an 8B base model achieves strong results.'), []);
});

test('the levels a stated change went between, in parentheses or with an arrow ("by 0.8% (94.0% to 94.8%)", "50% -> 82%", "$\\rightarrow$"), give the level it reached, with no direction; not a range', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'direction');
  assert.deepEqual(read('QuillTune improves accuracy by 0.8% (94.0% to 94.8%) on MATH500.'), [['accuracy', 0.8, 'better'], ['accuracy', 94.8, null]]);
  assert.deepEqual(read('Students showed large accuracy improvements (50% -> 82%) on held-out questions.'), [['accuracy', 82, null]]);
  assert.deepEqual(fields('It strengthens the reasoning ability of Qwen2.5-VL-7B (e.g., 66.3 %$\\rightarrow$72.9 % on MathVista).', 'metric', 'value', 'benchmark'), [['accuracy', 72.9, 'MathVista']]);
  // (An arrow is no "greater than": "95->76 ms" is no lower bound.)
  assert.deepEqual(fields('It cuts p95 latency (95->76 ms).', 'value', 'qualifier'), [[76, null]]);
  // Frontier models vary widely (from 34% to 72%): still a range.
  assert.deepEqual(fields('Frontier model accuracies vary widely (from 34% to 72%) on these questions.', 'value'), [[[34, 72]]]);
});

test('a score on a benchmark the sentence calls public, challenging or standard ("51.67% on the public LoCoMo benchmark") is a score there', () => {
  assert.deepEqual(fields('O-Mem achieves 51.67% on the public LoCoMo benchmark.', 'metric', 'value', 'benchmark'), [['accuracy', 51.67, 'LoCoMo']]);
});

test('a small share of the data, compute or evaluations another needs ("using only 10% of the training data", "less than 40% of the NFE") is a cost, kept in % with no direction; data described is not', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit', 'direction');
  assert.deepEqual(read('QuillSel matches full-data training using only 10% of the training data.'), [['cost', 10, '%', null]]);
  assert.deepEqual(read('It outperforms continuous diffusion models while requiring less than 40% of the NFE.'), [['cost', 40, '%', null]]);
  assert.deepEqual(read('We achieve results on par with SAM using only 0.06% of their data.'), [['cost', 0.06, '%', null]]);
  assert.deepEqual(read('The corpus holds 6,000 hours of speech, with 60% of data being generated.'), []);
});

test('fewer interactions or turns, shorter reasoning traces and length reductions are costs, for the better ("using 3x fewer interactions", "20.8% shorter reasoning traces")', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'direction');
  assert.deepEqual(read('In video segmentation it is more accurate, using 3x fewer interactions than prior approaches.'), [['cost', 3, 'better']]);
  assert.deepEqual(read('ZetaRL matches end-to-end RL with 4x fewer rollout turns.'), [['cost', 4, 'better']]);
  assert.deepEqual(read('Our models reach 1.5% higher accuracy with 20.8% shorter reasoning traces.'), [['accuracy', 1.5, 'better'], ['cost', 20.8, 'better']]);
  assert.deepEqual(read('It yields length reductions of 33-59% with little accuracy loss.').map((c) => c[0]), ['cost']);
  // (A shorter representation that yields a higher throughput is no lower throughput.)
  assert.deepEqual(read('The shorter adaptive representation yields 2.1x throughput over a fixed decoder.'), [['throughput', 2.1, 'better']]);
});

test('forgetting, toxicity, AbsRel and a drift that is reduced are errors ("a 12% reduction in forgetting", "reduces state drift by up to 44%"); a drift a result holds under is not', () => {
  const read = (text: string) => fields(text, 'metric', 'value');
  assert.deepEqual(read('QuillCL shows a 7% gain in accuracy and a 12% reduction in forgetting.'), [['accuracy', 7], ['error', 12]]);
  assert.deepEqual(read('It reduces state drift by up to 44% on long tasks.'), [['error', 44]]);
  assert.deepEqual(read('Toxic continuations drop from 46.8% to 3.9% across 17 languages.'), [['error', 3.9]]);
  assert.deepEqual(read('It outperforms OMNI-DC by 32.2% in average AbsREL.'), [['error', 32.2]]);
  assert.deepEqual(read('It improves classification accuracy under covariate drift by 5.6%.'), [['accuracy', 5.6]]);
});

test('percentage points with a plus, or after a gain verb\'s "by", are a score\'s change whatever follows ("+23.8pp on multi-hop", "improves the baseline by 5.3 points"); "5.38% percentage points" are points', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('Our memory reaches +23.8pp on multi-hop and +12.7pp on adversarial questions.'), [['accuracy', 23.8, 'pp'], ['accuracy', 12.7, 'pp']]);
  assert.deepEqual(read('QuillZoom improves the same SFT+RL baseline by 5.3 points on average.'), [['accuracy', 5.3, 'pp']]);
  assert.deepEqual(read('It improves system-level accuracy by up to 5.38% percentage points over the single model.'), [['accuracy', 5.38, 'pp']]);
});

test('how much results move with a setting ("performance fluctuations of over 12%", "up to 9% variation in accuracy", "swinging accuracy by up to 47 points") is a finding, not a gain', () => {
  assert.deepEqual(fields('Changing the fine-tuning data leads to performance fluctuations of over 12%.', 'value'), []);
  assert.deepEqual(fields('A reasoning model can exhibit up to 9% variation in accuracy across seeds.', 'value'), []);
  assert.deepEqual(fields('Font alone swings accuracy by up to 47 percentage points.', 'value'), []);
  assert.deepEqual(fields('Accuracy varies by at most 0.06 percentage points across runs.', 'value'), []);
  assert.deepEqual(fields('Our method improves accuracy by 12% over the baseline.', 'value'), [[12]]);
});

test('fewer total or activated parameters, and a reduction in trainable or model parameters, are model size ("with 39% fewer total parameters", "a 79% reduction in trainable parameters")', () => {
  const read = (text: string) => fields(text, 'metric', 'value');
  assert.deepEqual(read('It surpasses Pythia-12B with 39% fewer total parameters.'), [['model_size', 39]]);
  assert.deepEqual(read('It achieves a 79% reduction in trainable parameters.'), [['model_size', 79]]);
  assert.deepEqual(read('It attains a 20x reduction in model parameters.'), [['model_size', 20]]);
});

test('a score or utilization written as a ratio is a change, never a level ("increase bus utilization up to 2.5x"): it has a direction and takes the comparison', () => {
  assert.deepEqual(fields('Compared to an off-the-shelf DMAC IP, we increase bus utilization up to 2.5x in an ideal memory system.', 'metric', 'value', 'direction', 'baseline'),
    [['utilization', 2.5, 'better', 'off-the-shelf DMAC IP']]);
  assert.deepEqual(fields('It leads to 2x coverage.', 'metric', 'direction'), [['accuracy', 'better']]);
});

test('levels set against the other side\'s, each after a benchmark named with a year or a number, are compared with what the sentence surpasses ("surpasses PPO on AIME 2024 (46.28% vs. 45.25%), AMC 2023 (...), and MATH-500 (...)")', () => {
  assert.deepEqual(fields('ZetaRL surpasses PPO on AIME 2024 (46.28% vs. 45.25%), AMC 2023 (85.83% vs. 82.94%), and MATH-500 (87.42% vs. 85.43%).', 'value', 'baseline'),
    [[46.28, 'PPO'], [85.83, 'PPO'], [87.42, 'PPO']]);
});

test('a phone not named by its model is a device class ("11.68 tokens per second on a smartphone", "up to 1.6x speedup on mobile devices")', () => {
  assert.deepEqual(fields('It serves a 47B model at 11.68 tokens per second on a smartphone.', 'value', 'hardware'), [[11.68, 'smartphone']]);
  assert.deepEqual(fields('It delivers up to 1.6x speedup on mobile devices.', 'value', 'hardware'), [[1.6, 'smartphone']]);
  assert.deepEqual(titledFields('QuillGen: Fast Image Generation on Mobile Phones', 'It generates an image in 2.5 seconds.', 'value', 'hardware'), [[2.5, 'smartphone']]);
});

test('a share of a named problem set, or of documents, solved, sanitized or certified is a pass rate, and so are the shares listed after it ("solving at most 23.77% of FormalMath500, 27.47% of MiniF2F-Solving")', () => {
  assert.deepEqual(fields('The baselines solve at most 23.77% of FormalMath500, 27.47% of MiniF2F-Solving, and little else.', 'metric', 'value'), [['correctness', 23.77], ['correctness', 27.47]]);
  assert.deepEqual(fields('QuillScrub correctly sanitised 95% of documents completely.', 'metric', 'value'), [['correctness', 95]]);
  // (Recovering a share of another model's score is retention, not a pass rate.)
  assert.notDeepEqual(fields('With 3.1 bits we recover 96% of the unquantized model accuracy.', 'metric'), [['correctness']]);
});

test('LaTeX bounds are read as bounds ("$\\le$8.57% simulation error" is at most 8.57%), and failures cut are errors ("reduces reasoning failures from 64.0% to 13.0%")', () => {
  assert.deepEqual(fields('QuillSim achieves $\\le$8.57% simulation error against real silicon.', 'metric', 'value', 'qualifier'), [['error', 8.57, 'at most']]);
  assert.deepEqual(fields('It runs in real time ($\\leq$ 30ms) on a laptop.', 'value', 'qualifier'), [[30, 'at most']]);
  assert.deepEqual(fields('ZetaRL reduces early-stage reasoning failures from 64.0% to 13.0%.', 'metric', 'value'), [['error', 13]]);
});

test('a change noun\'s size in parentheses takes the measure named after them ("a substantial reduction (30.5%) in perception errors")', () => {
  assert.deepEqual(fields('We also observe a substantial reduction (30.5%) in perception errors.', 'metric', 'value'), [['error', 30.5]]);
});

test('the samples or examples a method needed, after "only" or "as few as", are its cost in the unit written ("with only 465 self-refined training samples", "only 4.8k preference samples", "as few as 200-300 training examples")', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('With only 465 self-refined training samples, QuillFix achieves state-of-the-art performance.'), [['cost', 465, 'samples']]);
  assert.deepEqual(read('Using only 4.8k preference samples, it halves hallucinations.').slice(0, 1), [['cost', 4.8, 'k samples']]);
  assert.deepEqual(read('Gains appear with as few as 200-300 training examples.'), [['cost', [200, 300], 'examples']]);
  assert.deepEqual(read('Even with only 10-shot training samples, it works.'), []);
  assert.deepEqual(read('The dataset holds 465 training samples.'), []);
});

test('a count of tokens a method gets by with is its cost ("from 741 to 225 tokens" after a cut, "with just 1 vision token"); a range of lengths or a context widened is not', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('We reduce reasoning chains from 741 to 225 tokens with a minor drop.'), [['cost', 225, 'tokens']]);
  assert.deepEqual(read('It outperforms the baseline with just 1 vision token instead of 576.'), [['cost', 1, 'tokens']]);
  assert.deepEqual(read('It needs only 10B tokens of training.'), [['cost', 10, 'B tokens']]);
  assert.deepEqual(read('We cover input lengths from 64 to 4096 tokens.'), []);
});

test('fewer frames, environments or data, with words between ("20x fewer frames", "5x less real human preference data"), are a cost', () => {
  const read = (text: string) => fields(text, 'metric', 'value');
  assert.deepEqual(read('It outperforms the video baseline with over 20x fewer frames.'), [['cost', 20]]);
  assert.deepEqual(read('It fine-tunes the policies with 5x less real human preference data.'), [['cost', 5]]);
});

test('what the paper presents "on GPUs" runs there, and its speedups elsewhere in the abstract take that class ("we present X, an acceleration approach utilizing tensor cores on GPUs")', () => {
  const text = 'We present QuillGS, an acceleration approach utilizing tensor cores on GPUs. Experiments show that QuillGS achieves a 1.42x speedup over vanilla 3DGS.';
  assert.deepEqual(extractPaper('Fast splatting', text).claims.map((c) => [c.value, c.hardware]), [[1.42, 'GPU']]);
  assert.deepEqual(extractPaper('Fast splatting', 'We study GPU memory use. QuillGS achieves a 1.42x speedup over vanilla 3DGS.').claims.map((c) => c.hardware), [null]);
});

test('a device class refined by the model in parentheses after it is that model ("over 13x on consumer-grade GPUs (NVIDIA T4) and exceeding 40x on data-center-class hardware (NVIDIA A100)")', () => {
  assert.deepEqual(fields('QuillBLEU provides speedups of over 13x on consumer-grade GPUs (NVIDIA T4) and exceeding 40x on data-center-class hardware (NVIDIA A100).', 'value', 'hardware'),
    [[13, 'NVIDIA T4'], [40, 'NVIDIA A100']]);
});

test('a length in centimetres or metres is an error only with an error word in its clause ("median trajectory errors of 3.1 cm and 2.0 cm", "average L2 error to 0.32m")', () => {
  const read = (text: string) => fields(text, 'metric', 'value', 'unit');
  assert.deepEqual(read('It achieves median trajectory errors of 3.1 cm and 2.0 cm, respectively.'), [['error', 3.1, 'cm'], ['error', 2, 'cm']]);
  assert.deepEqual(read('On nuScenes, it reduces average L2 error to 0.32m.'), [['error', 0.32, 'm']]);
  assert.deepEqual(read('The bus supports wires up to 15 m and 11 cm long.'), []);
});

test('a percentage "SR" is a navigation or planning success rate ("66.2% SR on R2R-CE"); lengths at a resolution are settings', () => {
  assert.deepEqual(fields('QuillNav achieves state-of-the-art performance (e.g., 66.2% SR on R2R-CE).', 'metric', 'value'), [['correctness', 66.2]]);
  assert.deepEqual(fields('It maps canopy height with mean absolute errors of 2.62 m and 2.72 m at 2.5 m and 5 m resolution.', 'value'), [[2.62], [2.72]]);
});

test('a bias score cut is an error ("reduces the bias score by 4.5%")', () => {
  assert.deepEqual(fields('It reduces the bias score by 4.5%.', 'metric', 'value', 'direction'), [['error', 4.5, 'better']]);
});

test('a small loss after "with", right after a speed, is the quality given up ("2x faster with only a 0.3% drop on ImageNet"), for the worse', () => {
  assert.deepEqual(fields('It runs 2x faster with only a 0.3% drop on ImageNet.', 'metric', 'value', 'direction'), [['speedup', 2, 'better'], ['accuracy', 0.3, 'worse']]);
  assert.deepEqual(fields('Caching lowers latency to 268s with only a 0.09% drop on VBench.', 'metric', 'value'), [['latency', 268], ['accuracy', 0.09]]);
});

test('"N times as fast as X" compares with X; a level followed by "outperforming X at N%" is compared with X, and N% is X\'s', () => {
  assert.deepEqual(fields('It runs 15 to 130 times as fast as the previous methods.', 'value', 'baseline'), [[[15, 130], 'previous methods']]);
  assert.deepEqual(fields('QuillBot achieves a success rate of 79.2% in real-world trials, outperforming pi-0.5 at 39.2%.', 'metric', 'value', 'baseline'), [['correctness', 79.2, 'pi-0.5']]);
  assert.deepEqual(fields('Small models surpass foundation models at 59 times fewer parameters.', 'metric', 'value'), [['model_size', 59]]);
});

test('a note in parentheses followed by "with" does not hide the list\'s own measure ("by up to 32.5% (1.5B) and 25.7% (7B) with minimal accuracy loss")', () => {
  assert.deepEqual(fields('Compared with GRPO, it reduces reasoning budget by up to 32.5% (1.5B) and 25.7% (7B) with minimal accuracy loss.', 'metric', 'value', 'baseline'),
    [['cost', 32.5, 'GRPO'], ['cost', 25.7, 'GRPO']]);
});

test('a list\'s comparison after its cue may follow names with digits ("2.80x, 2.74x, and 3.17x speedup ... in SD 3, 3.5, and FLUX compared to RFlow")', () => {
  assert.deepEqual(fields('It achieves 2.80x, 2.74x, and 3.17x speedup with negligible quality loss in Stable Diffusion 3, 3.5, and FLUX compared to RFlow.', 'value', 'baseline'),
    [[2.8, 'RFlow'], [2.74, 'RFlow'], [3.17, 'RFlow']]);
});

test('items each naming a dataset with a year are one list ("by 13.12% on AIME 2025 and 11.00% on BeyondAIME") and share its comparison', () => {
  assert.deepEqual(fields('QuillR improves the base model by 13.12% on AIME 2025 and 11.00% on BeyondAIME.', 'value', 'baseline'), [[13.12, 'base model'], [11, 'base model']]);
});

test('"values from X" compared with is X ("lower than values from state-of-the-art GPU-based models")', () => {
  assert.deepEqual(fields('Its detection score is only 2% lower than values from state-of-the-art GPU-based models.', 'value', 'baseline'), [[2, 'state-of-the-art GPU-based models']]);
});

test('a pair listed after a change goes on with it ("from 22.9% to 39.4% on SetA, and 20.6% to 29.1% on SetB"); listed ranges stay ranges', () => {
  assert.deepEqual(fields('Our tuning raises the win rate from 22.9% to 39.4% on QuillArena, and 20.6% to 29.1% on HardQuill.', 'value'), [[39.4], [29.1]]);
  assert.deepEqual(fields('Probe latency ranges from 0.15 to 5.62 ms (batched) and 1.55 to 6.66 ms (single sample).', 'value'), [[[0.15, 5.62]], [[1.55, 6.66]]]);
});

test('the best model\'s score with no measure named after it is a score ("the strongest agent achieves only 41.46%"); not a baseline\'s, nor one whose measure the sentence named', () => {
  assert.deepEqual(fields('Evaluations show the task is hard: the best-performing model achieves only 39.6% overall.', 'metric', 'value', 'unit'), [['accuracy', 39.6, '%']]);
  assert.deepEqual(fields('Our method reaches 83% accuracy, while the best baseline model achieves only 67%.', 'value'), [[83]]);
  assert.deepEqual(fields('Even the strongest model reaches only 65.6% transition validity.', 'metric'), []);
});

test('changes listed each with their own compared side share the first one\'s metric and direction ("10.0% over GRPO and 5.1% over PPO")', () => {
  assert.deepEqual(fields('ZetaRL achieves an average improvement of 10.0% over GRPO and 5.1% over PPO on math benchmarks.', 'metric', 'value', 'direction', 'baseline'),
    [['accuracy', 10, 'better', 'GRPO'], ['accuracy', 5.1, 'better', 'PPO']]);
});

test('a bare number glued by a hyphen to a name is no end of a range ("from 98.3% at difficulty-5 to 80.0%", "for VGG-11 to 83.74%")', () => {
  assert.deepEqual(fields('Humans decline from 98.3% success at level-5 to 80.0% at level-25.', 'value'), [[80]]);
  assert.deepEqual(fields('The method is 1.79x to 3.23x faster than the baseline.', 'value'), [[[1.79, 3.23]]]);
});

test('signed points over another are a score\'s gain ("(+2.9 pp vs. instruction-tuned, +6.6 pp vs. Self-Instruct)")', () => {
  assert.deepEqual(fields('Our method achieves a 29.2% absolute improvement on GSM8K (+2.9 pp vs. tuned models, +6.6 pp vs. QuillInstruct).', 'metric', 'value', 'unit', 'baseline').slice(1),
    [['accuracy', 2.9, 'pp', 'tuned models'], ['accuracy', 6.6, 'pp', 'QuillInstruct']]);
});

test('a signed or absolute number before a score\'s change is that many points ("a +1.4 Top-1 accuracy improvement"); an F1 change below 1 keeps its own scale', () => {
  assert.deepEqual(fields('Our pruner achieves a 28% speed increase with a +1.4 Top-1 accuracy improvement over HALP.', 'metric', 'value', 'unit').slice(1), [['accuracy', 1.4, 'pp']]);
  assert.deepEqual(fields('Our sampler achieves a 5.03 absolute NDCG@10 improvement on the test set.', 'metric', 'value', 'unit'), [['accuracy', 5.03, 'pp']]);
  assert.deepEqual(fields('It gives up to +0.17 F1 improvement in hard features.', 'unit'), [['']]);
});

test('a list of ratios goes on past a note in parentheses with its own number ("8.7x on GSM8K (256 tokens), 45.1x on longer sequences")', () => {
  assert.deepEqual(fields('Experiments demonstrate consistent speedups: 8.7x on GSM8K (256 tokens), 45.1x on longer sequences, and 4.8x on HumanEval.', 'metric', 'value'),
    [['speedup', 8.7], ['speedup', 45.1], ['speedup', 4.8]]);
  assert.deepEqual(fields('It improves the strong baseline by 22.3% (AUROC) and 13% (TPR01) on the attack subset.', 'value'), [[22.3], [13]]);
});

test('results "on" sets scored in parentheses may name a scope of a few words first ("performance within the 10B parameter class on X (40.7%)")', () => {
  assert.deepEqual(fields('Our model shows state-of-the-art performance within the 10B parameter class on FooQA-std (40.7%), BarVerse (42.6%), and BazMath (55.7%).', 'metric', 'value', 'benchmark'),
    [['accuracy', 40.7, 'FooQA-std'], ['accuracy', 42.6, 'BarVerse'], ['accuracy', 55.7, 'BazMath']]);
});

test('a margin is the change it names ("by a clear margin of 15%", "by average margins of 10.4% and 14.2%"), with the span as written', () => {
  assert.deepEqual(fields('QuillPO outperforms the celebrated DPO by a clear margin of 15% after 5 self-revisions.', 'metric', 'value', 'direction', 'baseline'), [['accuracy', 15, 'better', 'celebrated DPO']]);
  assert.deepEqual(fields('Our 7B and 14B models outperform strong baselines by average margins of 10.4% and 14.2%, respectively.', 'value', 'direction', 'qualifier').slice(-2),
    [[10.4, 'better', 'average'], [14.2, 'better', 'average']]);
  const text = 'It surpasses the previous best method by an absolute\nmargin of 63%.';
  const [c] = extractPaper('A title', text).claims;
  assert.equal(text.slice(c!.valueStart, c!.valueEnd), '63%');
  assert.equal(c!.span, text);
});

test('a FLOP reduction and a thinking budget cut are cost ("1.67x theoretical FLOP reduction", "reduces thinking budgets by ~35x")', () => {
  assert.deepEqual(fields('SparseQ achieves 2.09x, 2.38x, and 1.67x theoretical FLOP reduction, and actual inference speedups of 1.76x, 1.85x, and 1.58x, respectively.', 'metric', 'value').slice(0, 3),
    [['cost', 2.09], ['cost', 2.38], ['cost', 1.67]]);
  assert.deepEqual(fields('This approach reduces thinking budgets by ~35x while improving evaluation performance.', 'metric', 'value', 'direction'), [['cost', 35, 'better']]);
});

test('a score\'s name links to its numbers through "reaching" ("with PSNR values reaching 24.13, 27.09, and 22.59")', () => {
  assert.deepEqual(fields('It keeps high visual fidelity, with PSNR values reaching 24.13, 27.09, and 22.59.', 'metric', 'value', 'unit'),
    [['accuracy', 24.13, ''], ['accuracy', 27.09, ''], ['accuracy', 22.59, '']]);
});

test('a title about agentic work makes an unnamed gain a task score, as a title about agents does (labels, rule 41)', () => {
  const abstract = 'Experiments across multiple open-source agents and benchmarks demonstrate up to 62% performance improvement over strong baselines.';
  assert.deepEqual(extractPaper('QuillMuse: Agentic Parallel Thinking for Deep Information Seeking', abstract).claims.map((c) => c.metric), ['correctness']);
  assert.deepEqual(extractPaper('QuillMuse: Parallel Thinking for Deep Information Seeking', abstract).claims.map((c) => c.metric), ['accuracy']);
});

test('a score on AlpacaEval or Arena-Hard is a win rate; hyphenated versions name their benchmark ("AlpacaEval-2", "LiveCodeBench-v6")', () => {
  assert.deepEqual(fields('Our method achieves 73.1% and 58.7% on AlpacaEval and Arena-Hard with a small model.', 'metric', 'value', 'benchmark'),
    [['correctness', 73.1, 'AlpacaEval'], ['correctness', 58.7, 'Arena-Hard']]);
  assert.deepEqual(fields('QuillPO outperforms DPO by up to 5.6% on AlpacaEval-2.', 'metric', 'benchmark'), [['correctness', 'AlpacaEval']]);
  assert.deepEqual(fields('It reaches 45.7 on LiveCodeBench-v6.', 'metric', 'benchmark'), [['correctness', 'LiveCodeBench']]);
});

test('robot, agent and proof suites the dictionary knows make their scores pass rates ("96.1% on LIBERO-Plus", "RoboTwin 2.0")', () => {
  assert.deepEqual(fields('Our policy achieves 96.1% on LIBERO-Plus and 58.2% on RoboTwin 2.0.', 'metric', 'value', 'benchmark'),
    [['correctness', 96.1, 'LIBERO-Plus'], ['correctness', 58.2, 'RoboTwin']]);
  assert.deepEqual(fields('QuillProver achieves 49.7% on ProofNet and 12 problems on PutnamBench.', 'metric', 'benchmark'), [['correctness', 'ProofNet']]);
  const m = matcherFor(BUILT_IN);
  assert.deepEqual(m.benchmarks('evaluated on SIMPLER with a simpler model').map((h) => h.name), ['SimplerEnv']);
});

test('the model whose named measure a method raises or cuts is the baseline ("the pass@1 performance of X by approximately 159%", "the average response length of X by 53%")', () => {
  assert.deepEqual(fields('Notably, QuillRL boosts the pass@1 performance of Quill-2.5-Math-7B by approximately 159% on the AIME 2024.', 'value', 'baseline'), [[159, 'Quill-2.5-Math-7B']]);
  assert.deepEqual(fields('QuillThink reduces the average response length of Quill-R1-Distill-1.5B by 53%.', 'metric', 'value', 'baseline'), [['cost', 53, 'Quill-R1-Distill-1.5B']]);
});

test('a family\'s listed sizes are each a model size; the scales a method is tested at are not (labels, rule 30)', () => {
  const sizes = (t: string) => fields(t, 'metric', 'value', 'unit');
  assert.deepEqual(sizes('We release the training data, code, and models with different scales (1B, 3B, 8B) of QuillGuard.'),
    [['model_size', 1, 'B params'], ['model_size', 3, 'B params'], ['model_size', 8, 'B params']]);
  assert.deepEqual(sizes('We propose QuillVL, a new VLM family in 2B and 7B model sizes.'), [['model_size', 2, 'B params'], ['model_size', 7, 'B params']]);
  assert.deepEqual(sizes('We introduce QuillCoder, models for kernel generation spanning three parameter scales, 1.7B, 4B, and 8B.'),
    [['model_size', 1.7, 'B params'], ['model_size', 4, 'B params'], ['model_size', 8, 'B params']]);
  assert.deepEqual(sizes('We apply our method to various model scales (7B, 8B, 70B).'), []);
  assert.deepEqual(sizes('It generalizes across Qwen and Llama models at 4B, 8B, and 30B scale.'), []);
});

test('every level of a list reached before the sets it is on is a score ("achieves only 75.8 and 66.1 on the UGD and QE splits")', () => {
  assert.deepEqual(extractPaper('A title', 'On proof generation, the best model achieves only 75.8 and 66.1 on the UGD and QE splits, respectively.').claims.map((c) => [c.metric, c.value, c.unit]),
    [['accuracy', 75.8, ''], ['accuracy', 66.1, '']]);
  assert.deepEqual(fields('Our model achieves 75.8% and 66.1% on FooBench and BarQA, respectively.', 'metric', 'value'), [['accuracy', 75.8], ['accuracy', 66.1]]);
  assert.deepEqual(fields('Our model achieves 75.8, 66.1 and 50.2 on FooBench, BarQA and BazEval.', 'value'), [[75.8], [66.1], [50.2]]);
  assert.deepEqual(fields('The cache holds 75 and 66 entries on Foo.', 'value'), []);
});

test('a number listed with a claim in its unit is another item of the same measure; numbers in names and resolutions are not', () => {
  assert.deepEqual(fields('Compared with the base model, it reaches 84.0% in QuillCAD and 38.0% on KernelBench.', 'metric', 'value'),
    [['correctness', 84], ['correctness', 38]]);
  assert.deepEqual(fields('Our model attains FID of 1.62 (256x256) and 2.22 (512x512) on ImageNet.', 'value'), [[1.62], [2.22]]);
  assert.deepEqual(fields('It achieves FID scores of 2.06 on CIFAR-10 and 1.48 on ImageNet 64x64.', 'value'), [[2.06], [1.48]]);
});

test('a second level in parentheses for a variant of the set is a score of the same measure ("94.51% (87.20%) on HumanEval (Plus)")', () => {
  assert.deepEqual(fields('QuillCoder-14B achieves 94.51% (87.20%) on HumanEval (Plus), 81.80% (78.57%) on MBPP (Plus), 35.00% on BigCodeBench.', 'metric', 'value'),
    [['correctness', 94.51], ['correctness', 87.2], ['correctness', 81.8], ['correctness', 78.57], ['correctness', 35]]);
});

test('a ratio written with the letter x before its number ("an average speedup of x17.7", "up to x30") or a times sign before a range ("$\\times$25-54"); "x86" and "x4" scales are not', () => {
  assert.deepEqual(fields('On NVIDIA A100, QuillKern delivers an average speedup of x17.7 across all kernels, with peak speedups reaching x449.', 'metric', 'value', 'unit', 'qualifier'),
    [['speedup', 17.7, 'x', 'average'], ['speedup', 449, 'x', 'up to']]);
  assert.deepEqual(fields('Our GPU renderer outperforms regular grids by up to x30.', 'value', 'unit'), [[30, 'x']]);
  assert.deepEqual(extractPaper('A title', 'The macro delivers $\\times$25-54 and $\\times$4.5 energy efficiency improvements in the two fields.').claims.map((c) => [c.min ?? c.value, c.max, c.unit]),
    [[25, 54, 'x'], [4.5, null, 'x']]);
  assert.deepEqual(fields('It reaches 79.25% translation accuracy from x86 to ARMv5, and runs across ARM and x86.', 'value'), [[79.25]]);
  assert.deepEqual(fields('At x4 and x8, QuillSR improves OCR F1 by up to 15.2%.', 'value'), [[15.2]]);
});

test('each listed number with a device of its own in an "on X" phrase before the next takes that device ("17.8x on H100, 19.0x on A100 and 13.9x on H20")', () => {
  assert.deepEqual(fields('QuillKern achieves speedups of 17.8x on H100, 19.0x on A100, and 13.9x on H20.', 'value', 'hardware'),
    [[17.8, 'NVIDIA H100'], [19, 'NVIDIA A100'], [13.9, 'NVIDIA H20']]);
  assert.deepEqual(fields('QuillKern achieves speedups of 3.1x and 2.5x on A100.', 'value', 'hardware'), [[3.1, 'NVIDIA A100'], [2.5, 'NVIDIA A100']]);
});

test('a suite the dictionary does not know, named on Bench, Eval or Arena ("QuillWorkerBench", "Quill-TTS-Eval", "SWE-Bench++"), is the benchmark of a score beside it that has none; metrics are unchanged', () => {
  assert.deepEqual(fields('On QuillWorkerBench, our agent completes 45.1% of tasks, and it reaches 30.2% on Quill-TTS-Eval.', 'value', 'benchmark'),
    [[45.1, 'QuillWorkerBench'], [30.2, 'Quill-TTS-Eval']]);
  assert.deepEqual(fields('Our model achieves 40% accuracy (QuillBench-Solving).', 'benchmark'), [['QuillBench-Solving']]);
  // Not a suite: a judge's metric, the word benchmark, an evaluation.
  assert.deepEqual(fields('G-Eval scores reach 80% and the Benchmark Evaluation accuracy is 71%.', 'benchmark'), [[null], [null]]);
  // A speed is the system's, not the suite's (labels, rule 22).
  assert.deepEqual(fields('On QuillKernBench, our kernels run 2.1x faster than PyTorch.', 'benchmark'), [[null]]);
});

test('a paper whose only benchmark is one such suite gives it to the scores of sentences that name none (labels, rule 22); not when it evaluates on several sets or names a known benchmark', () => {
  const bench = (title: string, abstract: string) => extractPaper(title, abstract).claims.map((c) => [c.value, c.benchmark]);
  assert.deepEqual(bench('Agents at work', 'We introduce QuillWorkerBench, 300 office tasks. The best agent reaches a success rate of only 31.5%.'), [[31.5, 'QuillWorkerBench']]);
  assert.deepEqual(bench('Agents at work', 'We introduce QuillWorkerBench and test on five datasets. The best agent reaches a success rate of only 31.5%.'), [[31.5, null]]);
  assert.deepEqual(bench('Agents at work', 'We introduce QuillWorkerBench and also use GSM8K. The best agent reaches a success rate of only 31.5%.'), [[31.5, null]]);
});

test('standard datasets the abstracts name often are in the dictionary ("UCF-101", "SemanticKITTI", "Ego-Exo4D", "IMDB")', () => {
  assert.deepEqual(fields('Our model reaches 97.1% accuracy on UCF-101.', 'value', 'benchmark'), [[97.1, 'UCF101']]);
  assert.deepEqual(fields('Our model reaches 71.2% mIoU on SemanticKITTI.', 'value', 'benchmark'), [[71.2, 'SemanticKITTI']]);
  assert.deepEqual(fields('It improves accuracy by 3.2% on Ego-Exo4D and by 1.1% on IMDB.', 'value', 'benchmark'), [[3.2, 'Ego-Exo4D'], [1.1, 'IMDB']]);
  // "apps" is a word, not the APPS benchmark (left out of the dictionary for it).
  assert.deepEqual(fields('Across 10 apps, the best model achieves only 57.3% accuracy.', 'benchmark'), [[null]]);
});

test('a score takes the set in the "on X" phrase right after it, before the next number, over a nearer-starting set of the previous score ("97.1% accuracy on UCF-101 and 71.2% mIoU on SemanticKITTI"); lists pair with lists', () => {
  assert.deepEqual(fields('Our model reaches 97.1% accuracy on UCF-101 and 71.2% mIoU on SemanticKITTI.', 'value', 'benchmark'), [[97.1, 'UCF101'], [71.2, 'SemanticKITTI']]);
  assert.deepEqual(fields('LIMO achieves 57.1% accuracy on AIME and 94.8% on MATH.', 'value', 'benchmark'), [[57.1, 'AIME'], [94.8, 'MATH']]);
  assert.deepEqual(fields('It excels with scores of 83.72 and 0.89 on the DPG-Bench and GenEval benchmarks, respectively.', 'value', 'benchmark'), [[83.72, 'DPG-Bench'], [0.89, 'GenEval']]);
  assert.deepEqual(fields('It achieves an average RULER score of 76.03 and the highest average on LongBench.', 'value', 'benchmark'), [[76.03, 'RULER']]);
});

test('a title "X: Benchmarking ..." names the paper\'s own suite, as "X: A ... Benchmark" does ("FronTalk: Benchmarking Front-End Development"); "X: ... Evaluation" does not', () => {
  const bench = (title: string, abstract: string) => extractPaper(title, abstract).claims.map((c) => [c.metric, c.value, c.benchmark]);
  assert.deepEqual(bench('QuillTalk: Benchmarking Front-End Development as Conversational Code Generation', 'The best model solves only 65.3% of the tasks.'),
    [['correctness', 65.3, 'QuillTalk']]);
  assert.deepEqual(bench('QUILL-V: Analysis and Insights from Holistic Evaluation on Video Models', 'Our model achieves an accuracy of 88.3% on the held-out split.'),
    [['accuracy', 88.3, null]]);
});

test('an acronym that ends in s itself counts only as written ("LVIS", "FLORES"): "Flores", "lvis" are words', () => {
  assert.deepEqual(fields('Following Flores, our model reaches 30.1% accuracy.', 'benchmark'), [[null]]);
  assert.deepEqual(fields('Our model reaches 30.1% accuracy on FLORES.', 'benchmark'), [['FLORES-200']]);
});

test('the named model a method raises "from X% to Y%" may end in a version number ("Claude Opus 4.8"), and is the level\'s baseline', () => {
  assert.deepEqual(fields('On OSWorld, StateAct lifts Claude Opus 4.8 from 20.6% to 26.9% on binary success.', 'value', 'baseline'), [[26.9, 'Claude Opus 4.8']]);
  assert.deepEqual(fields('Our method boosts Gemini 2 from 41.0% to 47.5%.', 'value', 'baseline'), [[47.5, 'Gemini 2']]);
  // A percentage after the name is a level, not the name's version.
  assert.deepEqual(fields('It lifts Claude Opus from 20.6% to 26.9% on binary success.', 'value', 'baseline'), [[26.9, null]]);
});

test('a time cut with two words before "time" is a speedup ("reduces optimizer step time by up to 6x", "reduced aggregate work time by 54.7%"), as is a step\'s or an iteration\'s time, and less of it is better', () => {
  assert.deepEqual(fields('Dion3 matches the loss of Muon but reduces optimizer step time by up to 6x.', 'metric', 'value', 'direction', 'qualifier'), [['speedup', 6, 'better', 'up to']]);
  assert.deepEqual(fields('Assisted authoring reduced aggregate work time by 54.7% under the same endpoint.', 'metric', 'value', 'direction'), [['speedup', 54.7, 'better']]);
  assert.deepEqual(fields('Our method achieves 2.26x lower time per training step than the dense baseline.', 'metric', 'value', 'direction'), [['speedup', 2.26, 'better']]);
  assert.deepEqual(fields('It cuts the epoch time by 31%.', 'metric', 'value', 'direction'), [['speedup', 31, 'better']]);
});

test('"outperforms X by N" with no metric word reads past a list of three names ("outperforms A, B, and C by 12%, 4.9%, and 4.86%, respectively")', () => {
  assert.deepEqual(fields('On QA benchmarks, Maestro outperforms MIPROv2, GEPA, and Merge by an average of 12%, 4.9%, and 4.86%, respectively.', 'metric', 'value', 'baseline', 'qualifier'),
    [['accuracy', 12, 'MIPROv2', 'average'], ['accuracy', 4.9, 'GEPA', 'average'], ['accuracy', 4.86, 'Merge', 'average']]);
  // A clause after a comma is not a list of names: its own measure decides.
  assert.deepEqual(fields('Our kernel outperforms cuBLAS, reducing energy by 31%.', 'metric', 'value'), [['energy', 31]]);
});

test('an opening "Compared to A, B, and C," pairs its names with a "respectively" list of numbers', () => {
  assert.deepEqual(fields('Compared to FlashAttention, xFormers, and cuDNN, our kernels achieve 2.1x, 1.9x, and 1.5x speedups, respectively.', 'value', 'baseline'),
    [[2.1, 'FlashAttention'], [1.9, 'xFormers'], [1.5, 'cuDNN']]);
  assert.deepEqual(fields('Compared to simulated annealing and RL-based methods, our tool achieves 3.7x and 29.4x speedups, respectively.', 'value', 'baseline'),
    [[3.7, 'simulated annealing'], [29.4, 'RL-based methods']]);
  // Without "respectively" the opening phrase is one baseline.
  assert.deepEqual(fields('Compared to the tuned cuBLAS library, our kernels achieve a 2.1x speedup.', 'value', 'baseline'), [[2.1, 'tuned cuBLAS library']]);
});

test('the level a number was raised from, in parentheses right after it, is no result ("rising to 90.3% (from 79.2%)")', () => {
  assert.deepEqual(fields('Sensitivity rose to 90.3% (from 79.2%), and specificity reached 89.3% (from 80.7%).', 'value'), [[90.3], [89.3]]);
  // A change "(from X to Y)" is not such a level: its end is read as before.
  assert.deepEqual(fields('It reduced training time by 63.7% (from 30 to 11 minutes).', 'metric', 'value'), [['speedup', 63.7], ['latency', 11]]);
});

test('a pair of bare scores listed after a change goes on with it ("F1 from 0.177 to 0.336 on Siena and 0.327 to 0.488 on Juntendo"): no range, the end is the same score\'s', () => {
  assert.deepEqual(fields('Our approach improves the F1 scores from 0.177 to 0.336 on Siena and 0.327 to 0.488 on Juntendo.', 'metric', 'value'), [['accuracy', 0.336], ['accuracy', 0.488]]);
  assert.deepEqual(fields('Our approach improves the F1 score from 0.177 to 0.336 on Siena and from 0.327 to 0.488 on Juntendo.', 'metric', 'value'), [['accuracy', 0.336], ['accuracy', 0.488]]);
  // Two decimals joined by "to" with no change before them are still a range of scores.
  assert.deepEqual(fields('Our detector reaches an AUROC of 0.650 to 0.714 across sites.', 'metric', 'value'), [['accuracy', [0.65, 0.714]]]);
});

test('a score named right after a decimal up to 100 is read ("68.20 mIoU", "45.2 BLEU"); in "A vs B NAME" only A is a claim', () => {
  assert.deepEqual(fields('Our model achieves 68.20 mIoU on synthetic-to-real and 71.87 mIoU on real-to-real.', 'metric', 'value', 'unit'), [['accuracy', 68.2, ''], ['accuracy', 71.87, '']]);
  assert.deepEqual(fields('Our model reaches 38.4 F1 versus 20.0 F1 for Gemini.', 'value'), [[38.4]]);
  assert.deepEqual(fields('It surpasses Gemini on some tasks (38.4 vs 20.0 F1 on video pointing).', 'value'), [[38.4]]);
  // A whole number before a score's name is still no score ("50 BLEU" could be a count or a setting).
  assert.deepEqual(fields('We evaluate with 50 BLEU references.', 'value'), []);
});

test('pairs listed after a change may carry a short unit and be joined by commas: their starts are no results, no pair is a range', () => {
  assert.deepEqual(fields('It reduces latency from 12 ms to 8 ms on A100 and 20 ms to 11 ms on H100.', 'value', 'unit'), [[8, 'ms'], [11, 'ms']]);
  assert.deepEqual(fields('Accuracy improves from 70.1% to 75.3%, 80.2% to 85.9%, and 60.0% to 66.1% on A, B, and C, respectively.', 'value'), [[75.3], [85.9], [66.1]]);
});

test('numbers of different units form one list where "respectively" follows it ("latency, energy, and area by 2.1x, 3.4x, and 15%, respectively")', () => {
  assert.deepEqual(fields('It reduces latency, energy, and area by 2.1x, 3.4x, and 15%, respectively.', 'metric', 'value'), [['latency', 2.1], ['energy', 3.4], ['area', 15]]);
  assert.deepEqual(fields('Our method achieves 2.1x and 3.5% improvements in throughput and accuracy, respectively.', 'metric', 'value'), [['throughput', 2.1], ['accuracy', 3.5]]);
  assert.deepEqual(fields('It achieves 2.1x and 35% higher throughput than A and B, respectively.', 'value', 'baseline'), [[2.1, 'A'], [35, 'B']]);
});

test('"a factor of N" is a ratio, with its hedge and its range ("by roughly a factor of 5", "by a factor of 1.2 to 6.3")', () => {
  assert.deepEqual(fields('Trove reduces memory consumption by a factor of 2.6.', 'metric', 'value', 'unit'), [['memory', 2.6, 'x']]);
  assert.deepEqual(fields('Re-ranking increases runtime by roughly a factor of 5.', 'metric', 'value', 'direction', 'qualifier'), [['speedup', 5, 'worse', 'about']]);
  assert.deepEqual(fields('It outperforms PAC by a factor of 1.2 to 6.3 in encoding throughput.', 'metric', 'value', 'baseline'), [['throughput', [1.2, 6.3], 'PAC']]);
  // Written with its own times sign, the number is read once.
  assert.deepEqual(fields('It reduces latency by a factor of 9.3x.', 'value', 'unit'), [[9.3, 'x']]);
});

test('a measure named after a number is not looked for past "and" with a new verb ("by up to a factor of 10 and enhanced task accuracy")', () => {
  assert.deepEqual(fields('The tool accelerated task execution by up to a factor of 10 and enhanced task accuracy.', 'metric', 'value'), [['speedup', 10]]);
  assert.deepEqual(fields('H-AIM elevates the task success rate from 12% to 55% and boosting the goal condition recall from 32% to 72%.', 'metric', 'value'), [['correctness', 55], ['accuracy', 72]]);
});

test('the share of cases a system fails or gets right in a named way is an error rate or a hit rate ("leak data in 25.68% and 38.69% of cases")', () => {
  assert.deepEqual(fields('GPT-4 and Llama-3 leak sensitive information in 25.68% and 38.69% of cases.', 'metric', 'value'), [['error', 25.68], ['error', 38.69]]);
  assert.deepEqual(fields('Even human experts produce semantic errors in up to 38.5% of cases.', 'metric', 'value', 'qualifier'), [['error', 38.5, 'up to']]);
  assert.deepEqual(fields('The model correctly identifies the high-level strategy in 84% of cases.', 'metric', 'value'), [['accuracy', 84]]);
  assert.deepEqual(fields('Agents succeed on <50% of the tasks.', 'metric', 'value', 'qualifier'), [['correctness', 50, 'at most']]);
  assert.deepEqual(fields('Our reward model wins in up to 59% of instances against a standard one.', 'metric', 'value'), [['correctness', 59]]);
  // How often errors are found is no error rate; a share that describes the data is no result.
  assert.deepEqual(fields('The best model classifies the error in only 66.47% of cases.', 'metric'), []);
  assert.deepEqual(fields('Notably, 84% of samples require audio signals.', 'metric'), []);
});

test('a parallel scope may follow "but only" ("scores 90.5% on ChartQA but only 55.81% on ChartQAPro")', () => {
  assert.deepEqual(fields('Claude Sonnet 3.5 scores 90.5% on ChartQA but only 55.81% on ChartQAPro.', 'metric', 'value'), [['accuracy', 90.5], ['accuracy', 55.81]]);
});

test('an average precision named after a number is a score ("44.8 APbox, and 41.1 APmask", "49.6 mask AP")', () => {
  assert.deepEqual(fields('AdaptViG-M obtains 45.8 mIoU, 44.8 APbox, and 41.1 APmask.', 'metric', 'value'), [['accuracy', 45.8], ['accuracy', 44.8], ['accuracy', 41.1]]);
  assert.deepEqual(fields('A3-FPN achieves 49.6 mask AP on MS COCO.', 'metric', 'value', 'benchmark'), [['accuracy', 49.6, 'COCO']]);
});

test('a cut in a time named by hyphenated words is a run time ("reduces RL fine-tuning time by 25% to 65%", "end-to-end fault-injection time")', () => {
  assert.deepEqual(fields('Our method reduces RL fine-tuning time by 25% to 65% to reach the same level of performance.', 'metric', 'value', 'direction'), [['speedup', [25, 65], 'better']]);
  assert.deepEqual(fields('FastFI reduces end-to-end fault-injection time by an average of 76.12% compared to state-of-the-art baselines.', 'metric', 'direction', 'qualifier'), [['speedup', 'better', 'average']]);
});

test('a small share of the data or compute a method used is its cost, whatever measure a cue after it names ("with just 10% of data selected by X yields performance")', () => {
  assert.deepEqual(fields('Training with just 10% of data selected by UFO-RL yields performance comparable to full-data training.', 'metric', 'value'), [['cost', 10]]);
  assert.deepEqual(fields('This strategy requires only 55% of the compute to match the peak performance of pure SFT.', 'metric', 'value'), [['cost', 55]]);
  // The cue after it still names the result it is next to.
  assert.deepEqual(fields('Using only 10% of the training data, accuracy reaches 91.2%.', 'metric', 'value'), [['cost', 10], ['accuracy', 91.2]]);
});

test('a hedged number in parentheses belongs to the words before them, as an unhedged one does ("throughput (up to 75%) and end-to-end latency (up to 39%)")', () => {
  assert.deepEqual(fields('It shows improvements in both throughput (up to 75%) and end-to-end latency (up to 39%) over standard SD.', 'metric', 'value', 'qualifier'), [['throughput', 75, 'up to'], ['latency', 39, 'up to']]);
  assert.deepEqual(fields('Current LLMs achieve high accuracy (over 90%) in avoiding hallucination on simple questions.', 'metric', 'value'), [['accuracy', 90]]);
});

test('one baseline followed by the list of where it ran is no list of baselines ("over FlashAttention-2 on A100 and H100, respectively")', () => {
  assert.deepEqual(fields('FlashX achieves 1.8x and 2.3x speedups over FlashAttention-2 on A100 and H100, respectively.', 'baseline', 'hardware'), [['FlashAttention-2', 'NVIDIA A100'], ['FlashAttention-2', 'NVIDIA H100']]);
  assert.deepEqual(fields('It outperforms StreetGaussian in NTA-IoU, NTL-IoU, and FID by 45.7%, 34.2%, and 14.9%, respectively.', 'baseline'), [['StreetGaussian'], ['StreetGaussian'], ['StreetGaussian']]);
  // A list whose every item has its own scope is still a list of baselines.
  assert.deepEqual(fields('FlashX is 1.8x and 2.3x faster than cuBLAS on A100 and rocBLAS on MI300X, respectively.', 'baseline'), [['cuBLAS on A100'], ['rocBLAS on MI300X']]);
});

test('a change before a "while ...ing" or ", and <verb>s" phrase whose change is compared with X is compared with X too ("a 5.54% increase in accuracy while reducing latency by 28% compared to greedy decoding")', () => {
  assert.deepEqual(fields('CoLD achieves up to a 5.54% increase in task accuracy while reducing end-to-end latency by 28% compared to greedy decoding.', 'baseline'), [['greedy decoding'], ['greedy decoding']]);
  assert.deepEqual(fields('It achieves 2.22x server throughput, and reduces inter token latency by 11.24% compared to a server-only baseline.', 'baseline'), [['server-only baseline'], ['server-only baseline']]);
  assert.deepEqual(fields('It improves utilization by up to 6x while reducing memory access by over 40% compared to linear configurations.', 'baseline'), [['linear configurations'], ['linear configurations']]);
  // Not past a phrase that keeps a level ("while holding accuracy within 1% of full recompute"), nor to a level.
  assert.deepEqual(fields('SIFT improves TTFT by 1.71x while holding accuracy within 1% of full recompute.', 'baseline'), [[null], ['full recompute']]);
});

test('a share of the cost, compute or memory of another system compares with it ("only 1% of the cost of MovieGen", "50% of the FLOPs of DiT-XL/2")', () => {
  assert.deepEqual(fields('It trains in 12 days, which is only 1% of the cost of MovieGen.', 'metric', 'baseline'), [['cost', 'MovieGen']]);
  assert.deepEqual(fields('It uses only 50% of the FLOPs of DiT-XL/2.', 'metric', 'baseline'), [['cost', 'DiT-XL/2']]);
  assert.deepEqual(fields('The proposed model requires only 13% of the parameters of DL-based online coupling models.', 'metric', 'baseline'), [['model_size', 'DL-based online coupling models']]);
});

test('a title about coders, programmers, code solutions or Lean makes an unnamed gain a pass rate ("Co-Evolving LLM Coder and Unit Tester")', () => {
  const text = 'It achieves a relative performance improvement by up to 50% over the strongest heuristic.';
  assert.deepEqual(titledFields('Co-Evolving LLM Coder and Unit Tester via Reinforcement Learning', text, 'metric', 'value'), [['correctness', 50]]);
  assert.deepEqual(titledFields('B4: Towards Optimal Assessment of Plausible Code Solutions with Plausible Tests', text, 'metric', 'value'), [['correctness', 50]]);
  assert.deepEqual(titledFields('Building A Proof-Oriented Programmer That Is Better Than GPT-4o', text, 'metric', 'value'), [['correctness', 50]]);
  // A title about something else keeps it a score.
  assert.deepEqual(titledFields('Mixtures of Experts for Image Classification', text, 'metric', 'value'), [['accuracy', 50]]);
});

test('an abstract is about agents when its title says so, it names an agent benchmark, or it uses two different agent words; one passing "tool-augmented" is not enough', () => {
  assert.deepEqual(titledFields('Visual Sketchpad: Sketching as a Visual Chain of Thought for Multimodal Language Models', 'With tool-augmented sketching, it yields an average gain of 12.7% on math tasks.', 'metric', 'value'), [['accuracy', 12.7]]);
  assert.deepEqual(titledFields('Scaling Reinforcement Learning for Large Models', 'Our robot learns a manipulation policy that improves performance by 5.2%.', 'metric', 'value'), [['correctness', 5.2]]);
  assert.deepEqual(titledFields('Scaling Reinforcement Learning for Large Models', 'Trained this way, the model improves performance by 5.2% on Terminal-Bench.', 'metric', 'value'), [['correctness', 5.2]]);
});

test('a percentage written before "absolute points" is percentage points ("by over 4% absolute points")', () => {
  assert.deepEqual(fields('It outperforms the best counterpart by over 4% absolute points in text-to-image accuracy.', 'metric', 'value', 'unit'), [['accuracy', 4, 'pp']]);
  assert.deepEqual(fields('It gains 3.2 absolute percentage points.', 'value', 'unit'), [[3.2, 'pp']]);
});

test('a score\'s name between a number and "points" keeps the gain in percentage points ("+4.83 BLEU points", "by 14.3 AUC points")', () => {
  assert.deepEqual(fields('We observe a performance gain of +4.83 BLEU points over the baseline.', 'metric', 'value', 'unit'), [['accuracy', 4.83, 'pp']]);
  assert.deepEqual(fields('It outperforms the strongest open-source verifier by 14.3 AUC points.', 'value', 'unit', 'baseline'), [[14.3, 'pp', 'strongest open-source verifier']]);
  // Not a scale: "a 5-point quality evaluation framework" is still no claim.
  assert.deepEqual(fields('We use a 5-point quality evaluation framework.', 'value'), []);
});

test('a reduction in violations is an error ("an 86% reduction in rule violations", "a ~98% total violation reduction")', () => {
  assert.deepEqual(fields('It achieves up to an 86% reduction in rule violations compared to prompting.', 'metric', 'value', 'baseline'), [['error', 86, 'prompting']]);
  assert.deepEqual(fields('DRC-Aid achieves repairs in ~92.5% of cases with a ~98% total violation reduction.', 'metric', 'value'), [['correctness', 92.5], ['error', 98]]);
});

test('a similarity score is a quality score, accuracy ("70.1% normalized Levenshtein similarity", "increases intratopic similarity by 81%"); a similarity threshold is a setting', () => {
  assert.deepEqual(fields('CHURRO achieves 82.3% (printed) and 70.1% (handwritten) normalized Levenshtein similarity, surpassing the second-best model.', 'metric', 'value'), [['accuracy', 82.3], ['accuracy', 70.1]]);
  assert.deepEqual(fields('FinTextSim increases intratopic similarity by 81% compared to all-MiniLM-L6-v2.', 'metric', 'value', 'direction'), [['accuracy', 81, 'better']]);
  assert.deepEqual(fields('We evaluate event-level matching at a cosine similarity threshold of 0.1.', 'value'), []);
});

test('scores in parentheses after the examples of a list of sets ("state-of-the-art performance on benchmarks such as ScreenSpot-Pro (69.6%), VenusBench-GD (75.0%)"), lower-case task names too', () => {
  assert.deepEqual(fields('Venus-1.5 establishes new state-of-the-art performance on benchmarks such as ScreenSpot-Pro (69.6%), VenusBench-GD (75.0%), and AndroidWorld (77.6%).', 'value', 'benchmark'),
    [[69.6, 'ScreenSpot'], [75, 'VenusBench-GD'], [77.6, 'AndroidWorld']]);
  assert.deepEqual(fields('GPT-4o with Sketchpad sets a new state of the art on all tasks, including V*Bench (80.3%), BLINK spatial reasoning (83.9%), and visual correspondence (80.8%).', 'metric', 'value', 'benchmark'),
    [['accuracy', 80.3, 'V*Bench'], ['accuracy', 83.9, 'BLINK spatial reasoning'], ['accuracy', 80.8, 'visual correspondence']]);
  // Other systems' scores given as examples stay no claims.
  assert.deepEqual(fields('Our model outperforms strong models such as GPT-4o (80.1%) and Gemini (78.2%) on this benchmark.', 'value'), []);
});

test('a level reached after "from A% to": the model, agent or average moved may take a few words, an adjective may come before the level, and the next levels of a list count too', () => {
  const read = (text: string) => fields(text, 'value');
  assert.deepEqual(read('ODE improves the Qwen3-VL-8B agent from 24.9% to 39.0% on average.'), [[39]]);
  assert.deepEqual(read('On LiveCodeBench, rStar-Coder improves Qwen2.5-7B from 17.4% to an impressive 57.3%, and Qwen2.5-14B from 23.3% to 62.5%.'), [[57.3], [62.5]]);
  assert.deepEqual(read('E-PMQ improves GPTQ from 34.8% to 76.7% on CLIP-ViT-L/14 and from 78.26% to 83.34% on GLUE.'), [[76.7], [83.34]]);
  // Not any noun phrase: "the fraction of safe responses from 61% to 97%" names no model, agent or average.
  assert.deepEqual(read('It overcomes the guardrail tax by improving the fraction of safe responses from 61% to 97%.'), []);
});

test('a setting in parentheses may come between a score\'s name and its value ("a gFID (w/o CFG) of 2.20", "an FID (lower is better) of 15.9")', () => {
  assert.deepEqual(fields('With continued training to 640 epochs, it further attains a gFID (w/o CFG) of 1.62.', 'metric', 'value'), [['accuracy', 1.62]]);
  assert.deepEqual(fields('DiRotQ achieves an FID (lower is better) of 15.9 on PixArt.', 'metric', 'value'), [['accuracy', 15.9]]);
});

test('a comma between a number and its unit is a thin space whose backslash was dropped ("a PSNR of 38.21,dB", "0.77,ms overhead"); a thousands comma is not', () => {
  assert.deepEqual(fields('It achieves a PSNR of 38.21,dB in the DCT application.', 'value', 'unit'), [[38.21, 'dB']]);
  assert.deepEqual(fields('The system enables first-packet emission in 97,ms through its design.', 'metric', 'value', 'unit'), [['latency', 97, 'ms']]);
  assert.deepEqual(fields('It cuts the footprint to 12,500 GB.', 'value', 'unit'), [[12500, 'GB']]);
});

test('a false positive rate at a true positive rate (FPR95, FPR@95TPR) and an AURC are errors', () => {
  assert.deepEqual(fields('The method achieves 98.3% AUROC and AUPR with only 8.9% FPR95 on DeepFake dataset.', 'metric', 'value'), [['accuracy', 98.3], ['error', 8.9]]);
  assert.deepEqual(fields('On average, SPROD improves AUROC by 4.7% and FPR@95 by 9.3% over the second best.', 'metric', 'value'), [['accuracy', 4.7], ['error', 9.3]]);
});

test('each of a list of shares before "of the tasks" is a pass rate when a verb of solving names them ("solves 20% and 30% of the tasks")', () => {
  assert.deepEqual(fields('It solves 20% and 30% of the tasks on SWE-bench Lite and SWE-bench Verified.', 'metric', 'value'), [['correctness', 20], ['correctness', 30]]);
  assert.deepEqual(fields('Our agent resolves 45.2%, 38.1% and 30.0% of issues on the three splits.', 'metric', 'value'), [['correctness', 45.2], ['correctness', 38.1], ['correctness', 30]]);
});

test('additional, extra or more (training) compute is a cost ("with only 0.36% additional training compute")', () => {
  assert.deepEqual(fields('It reaches a state-of-the-art FID of 1.02 with only 0.36% additional training compute.', 'metric', 'value'), [['accuracy', 1.02], ['cost', 0.36]]);
  assert.deepEqual(fields('It needs only 0.36% more training compute.', 'metric', 'value', 'direction'), [['cost', 0.36, 'worse']]);
});

test('a loss function named before a gain is no loss paid ("the contrastive loss alone yields a 16% improvement"; "90% lower validation loss" is better)', () => {
  assert.deepEqual(fields('The contrastive loss alone yields a 16% improvement in accuracy.', 'direction'), [['better']]);
  assert.deepEqual(fields('With the same data, fine-tuning achieved a 90% lower validation loss than training from scratch.', 'metric', 'direction'), [['error', 'better']]);
  // A loss of what should be higher is still worse.
  assert.deepEqual(fields('It incurs a 2% accuracy loss.', 'direction'), [['worse']]);
});

test('the bounds of a confidence interval are not results ("an accuracy of 92.39% (95% CI, 90.70%-94.07%)")', () => {
  assert.deepEqual(fields('The model achieved an accuracy of 92.39% (95% CI, 90.70%-94.07%) and a sensitivity of 91.22% (95% CI: 89.98%-92.47%).', 'value'), [[92.39], [91.22]]);
});

test('a reduction in some part\'s parameters, or in parameter costs, is a size ("a 2.4x reduction in decoder parameters", "a 30x reduction in shortcut parameter costs")', () => {
  assert.deepEqual(fields('The scheme reuses the same block, yielding a 2.4x reduction in decoder parameters compared to previous SOTA.', 'metric', 'value', 'direction'), [['model_size', 2.4, 'better']]);
  assert.deepEqual(fields('It offers over a 30x reduction in shortcut parameter costs during inference.', 'metric', 'value'), [['model_size', 30]]);
});

test('the level of random guessing a result is held against is no result ("close to the random baseline of 50%", "(chance = 50%)"); "near chance (18.97%)" is a level reached', () => {
  assert.deepEqual(fields('o4-mini achieves only 65.0% accuracy on hard UNSAT problems, close to the random baseline of 50%.', 'value'), [[65]]);
  assert.deepEqual(fields('Dermatologists distinguish synthetic from real images at only 66.5% accuracy (chance = 50%).', 'value'), [[66.5]]);
});

test('a bare score written with an arrow from one level to another is the level it reaches ("PSNR (9.87=>15.98)", "($0.590 \\rightarrow 0.730$)", "$1.729 \\to 0.015$")', () => {
  assert.deepEqual(fields('It keeps motion while improving PSNR (9.87=>15.98) and SSIM (0.38=>0.61).', 'metric', 'value'), [['accuracy', 15.98], ['accuracy', 0.61]]);
  assert.deepEqual(fields('UPLME gives state-of-the-art results (accuracy: $0.590 \\rightarrow 0.730$; AUC: $0.564 \\rightarrow 0.669$).', 'value'), [[0.73], [0.669]]);
  assert.deepEqual(fields('It improves task accuracy (e.g., $75.1\\% \\to 76.5\\%$) on text-to-SQL.', 'value', 'unit'), [[76.5, '%']]);
});

test('a number listed after a list mate found the same way is a list mate too ("0.87 for English (X), 0.85 for Spanish (X), 0.81 for Urdu (Y)")', () => {
  assert.deepEqual(fields('Our approach achieves macro F1 scores of 0.87 for English (GPT-3.5 Turbo), 0.85 for Spanish (GPT-3.5 Turbo), 0.81 for Urdu (Qwen 2.5 72B), and 0.88 for the joint model (Qwen 2.5 72B).', 'metric', 'value'),
    [['accuracy', 0.87], ['accuracy', 0.85], ['accuracy', 0.81], ['accuracy', 0.88]]);
});

test('a gain on a known benchmark may pass 100% ("improving FLUX by 218% on GenEval"); a level there may not', () => {
  assert.deepEqual(fields('Stitch consistently enhances base models, even improving FLUX by 218% on GenEval.', 'metric', 'value', 'direction'), [['accuracy', 218, 'better']]);
  assert.deepEqual(fields('We achieve 218% on GenEval.', 'value'), []);
});

test('"v.s." is versus: it ends no sentence, and the level before it is the paper\'s ("1.8% (91.9% v.s. 90.1%) higher")', () => {
  assert.deepEqual(fields('Notably, SNELLA obtains 1.8% (91.9% v.s. 90.1%) higher Top-1 accuracy on the FGVC benchmark compared to SPT-LoRA.', 'value', 'baseline'), [[1.8, 'SPT-LoRA'], [91.9, 'SPT-LoRA']]);
});

test('hallucination scores are an error, a cut in the number of ratings, annotations or queries a cost, and a "win-rate" a win rate', () => {
  assert.deepEqual(fields('SPIN is effective in reducing hallucination scores up to 2.7x while maintaining F1.', 'metric', 'value', 'direction'), [['error', 2.7, 'better']]);
  assert.deepEqual(fields('A Bayesian method leads to a further ~5x reduction in number of ratings required for the same accuracy.', 'metric', 'value'), [['cost', 5]]);
  assert.deepEqual(fields('It enables smaller language models to self-improve, achieving +8-10% in AlpacaEval win-rate.', 'metric', 'value'), [['correctness', [8, 10]]]);
});

test('what a result is repeated or averaged over is no baseline ("over multiple iterations", "over these datasets", "over three seeds")', () => {
  assert.deepEqual(fields('Simulations over these datasets show that we can reduce the number of annotations required by over 60%.', 'value', 'baseline'), [[60, null]]);
  assert.deepEqual(fields('Bootstrapping our algorithm over multiple iterations lets models self-improve, achieving +8-10% in AlpacaEval win-rate.', 'baseline'), [[null]]);
});

test('a gain hedged with "around" or "approximately" is still a gain ("gains of around 4.26% over ResNet50")', () => {
  assert.deepEqual(fields('XMANet achieves gains of around 4.26% over ResNet50.', 'metric', 'value', 'qualifier', 'baseline'), [['accuracy', 4.26, 'about', 'ResNet50']]);
  assert.deepEqual(fields('Improvements of approximately 1.57% and 1.88% are observed over the same baselines.', 'value'), [[1.57], [1.88]]);
});

test('a "respectively" list of baselines ends before "with improvements of" as it does before "by"', () => {
  assert.deepEqual(fields('XMANet outperforms the baseline ResNet50 and DenseNet121 models with improvements of 1.72% and 2.53%, respectively.', 'value', 'baseline'),
    [[1.72, 'baseline ResNet50'], [2.53, 'DenseNet121 models']]);
});

test('a gain hedged with "approx." is a gain ("improvements of approx. 4%, 3%, and 5%")', () => {
  assert.deepEqual(fields('Our method demonstrates improvements of approx. 4%, 3%, and 5% on GSM8K, MMLU, and ARC datasets respectively.', 'value', 'direction', 'benchmark'),
    [[4, 'better', 'GSM8K'], [3, 'better', 'MMLU'], [5, 'better', 'ARC']]);
});

test('a standard deviation is no result ("standard deviation of accuracy = 0.0403", "(M = 4.10, SD = 1.03)", "(SD = 0.24%)")', () => {
  assert.deepEqual(fields('The model is stable even though the training data is split randomly (standard deviation of accuracy = 0.0403; standard deviation of AUC = 0.0174).', 'value'), []);
  assert.deepEqual(fields('The five YOLOv8 models reach a mean accuracy of 96% (SD = 0.24%).', 'value'), [[96]]);
});

test('an anomaly detector\'s image- and pixel-level AUROC (I-AUROC, P-AUROC) is a score', () => {
  assert.deepEqual(fields('It shows notable improvements on texture-rich datasets (99.2% I-AUROC on DTD-Synthetic, 97.2% on BTAD) and pixel-level localization (96.3% P-AUROC on MVTec-AD).', 'metric', 'value'),
    [['accuracy', 99.2], ['accuracy', 97.2], ['accuracy', 96.3]]);
});

test('retraining and pre-training time are run times, so a cut in them is a speedup', () => {
  assert.deepEqual(fields('MOCHA reduces the response delay and retraining time by up to 35.5x and 3.0x respectively.', 'metric', 'value'), [['latency', 35.5], ['speedup', 3]]);
  assert.deepEqual(fields('The pre-training time and FLOPs are reduced by 1.6x and 2.25x, respectively.', 'metric', 'value'), [['speedup', 1.6], ['cost', 2.25]]);
});

test('a share of the device\'s peak is utilization ("reaching over 90% of peak memory bandwidth", "75% of the theoretical peak FLOPS")', () => {
  assert.deepEqual(fields('The kernel uses shared-memory tiling and coalesced access, reaching over 90% of peak memory bandwidth.', 'metric', 'value', 'direction'), [['utilization', 90, null]]);
  assert.deepEqual(fields('It achieves 75% of the theoretical peak FLOPS.', 'metric', 'value'), [['utilization', 75]]);
  assert.deepEqual(fields('It cuts peak memory by 30%.', 'metric', 'value'), [['memory', 30]]);
});

test('a bare Dice similarity coefficient written DSC is a score ("a mean DSC of 0.651 +/- 0.738", "DSC 0.89-0.92")', () => {
  assert.deepEqual(fields('In 5-fold cross-validation, the model achieved a mean DSC of 0.651 +/- 0.738, IoU of 0.579 +/- 0.658.', 'metric', 'value', 'qualifier'), [['accuracy', 0.651, 'average'], ['accuracy', 0.579, null]]);
  assert.deepEqual(fields('The framework achieved high registration accuracy (DSC 0.89-0.92).', 'value'), [[[0.89, 0.92]]]);
});

test('the level after "up from" or "down from" is where a change started, no result ("69.3%, up from 58.8%")', () => {
  assert.deepEqual(fields('Our best model achieves a top-1 exact match of 69.3%, up from 58.8%.', 'value'), [[69.3]]);
  assert.deepEqual(fields('CADSmith achieves a 100% execution rate (up from 95%).', 'value'), [[100]]);
});

test('what a result holds fixed is no measure of it ("by up to 2x at matched accuracy", "4-15x at the same latency")', () => {
  assert.deepEqual(fields('Our method reduces inference latency by up to 2x at matched accuracy.', 'metric', 'value', 'direction'), [['latency', 2, 'better']]);
  assert.deepEqual(fields('Autellix improves throughput of programs by 4-15x at the same latency compared to state-of-the-art systems.', 'metric'), [['throughput']]);
});

test('fewer operations of some kind are a cost ("up to 37x fewer Boolean operations")', () => {
  assert.deepEqual(fields('Our method achieves better accuracy with up to 37x fewer Boolean operations.', 'metric', 'value'), [['cost', 37]]);
});

test('a cross-entropy (loss) measured is an error; one named as the loss a model is trained with is not', () => {
  assert.deepEqual(fields('BioMamba achieves a 100 times reduction in perplexity and a 4 times reduction in cross-entropy loss on the BioASQ test set.', 'metric', 'value'), [['accuracy', 100], ['error', 4]]);
  assert.deepEqual(fields('Even with a vanilla binary cross-entropy, REAL remains stable and exceeds DAPO by 4.5% on average.', 'metric'), [['accuracy']]);
});

test('a navigation path\'s efficiency (SPL) is a quality score, not the success rate listed before it', () => {
  assert.deepEqual(fields('BRACE achieves 6.3% higher success rates and 41% increased path efficiency over the unassisted control.', 'metric', 'value'), [['correctness', 6.3], ['accuracy', 41]]);
});

test('the bytes a model\'s weights take are its size, not run memory ("a 9.26 MB model", "reducing model size from 35.34 MB to 5.76 MB")', () => {
  assert.deepEqual(fields('This 9.26 MB model achieved 98.02% accuracy.', 'metric', 'value'), [['model_size', 9.26], ['accuracy', 98.02]]);
  assert.deepEqual(fields('The model is quantized, reducing model size from 35.34 MB to 5.76 MB.', 'metric', 'value'), [['model_size', 5.76]]);
  assert.deepEqual(fields('It runs within 24 GB of memory.', 'metric', 'value'), [['memory', 24]]);
});

test('a Brier score is an error: lower is better ("Brier score of 0.134 for Gemini 3 Pro")', () => {
  assert.deepEqual(fields('Stronger LLMs perform better (Brier score of 0.134 for Gemini 3 Pro, 0.149 for GPT-5).', 'metric', 'value'), [['error', 0.134], ['error', 0.149]]);
});

test('the next change of a list, in a measure of its own, is against the same side and goes the same way ("by up to 50% in F1 score and 24% in Brier score")', () => {
  assert.deepEqual(fields('TerraFlow outperforms state-of-the-art foundation models by up to 50% in F1 score and 24% in Brier score.', 'metric', 'direction', 'baseline'),
    [['accuracy', 'better', 'state-of-the-art foundation models'], ['error', 'better', 'state-of-the-art foundation models']]);
});

test('a share of a setting\'s or another model\'s quality names it as the baseline ("retains 98% of full-attention performance"); a task or what was lost does not', () => {
  assert.deepEqual(fields('KVpop retains 98% of full-attention performance on Qwen3-4B at 75% KV cache compression.', 'metric', 'value', 'baseline')[0], ['accuracy', 98, 'full-attention']);
  assert.deepEqual(fields('Our framework recovers over 85% of teacher performance while constraining forgetting.', 'metric', 'value', 'baseline'), [['accuracy', 85, 'teacher']]);
  assert.deepEqual(fields('The filter keeps 82% of retrieval performance for non-person objects.', 'baseline'), [[null]]);
  assert.deepEqual(fields('Two repair procedures recover 93.8% of the lost performance.', 'baseline'), [[null]]);
  assert.deepEqual(fields('It retains over 95% of its performance.', 'baseline'), [[null]]);
});

test('a signed number ends the compared side before it and takes the hedge before its sign ("+11.8% over TextGrad and +16.5% over REVOLVE", "over +6%")', () => {
  assert.deepEqual(fields('TextReg yields accuracy gains of up to +11.8% over TextGrad and +16.5% over REVOLVE.', 'value', 'baseline'), [[11.8, 'TextGrad'], [16.5, 'REVOLVE']]);
  assert.deepEqual(fields('It also improves on relative depth: over +6% on BLINK.', 'value', 'baseline', 'qualifier'), [[6, null, 'at least']]);
  assert.deepEqual(fields('Dr.LLM improves average accuracy by up to +3.4%p while saving 5 layers.', 'value', 'qualifier'), [[3.4, 'up to']]);
});

test('a LaTeX rewrite does not double the spaces around it ("27.4% $\\rightarrow$ 40.1%" is a change like "27.4% → 40.1%", "$0.395 \\ \\text{mm}^2$" an area)', () => {
  assert.deepEqual(fields('EMA-PG improves GRPO on 7 datasets, including 29.7% $\\rightarrow$ 44.1% on HotpotQA, 27.4% $\\rightarrow$ 40.1% on 2WikiMultiHopQA.', 'value'), [[44.1], [40.1]]);
  assert.deepEqual(fields('It keeps a compact engine with $0.395 \\ \\text{mm}^2$ area and only $0.40 \\ μ\\text{J}$ per inference.', 'metric', 'value', 'unit'), [['area', 0.395, 'mm2'], ['energy', 0.4, 'μJ']]);
});

test('PPL is perplexity: a quality score where lower is better ("reducing baseline PPL by 4.7%-23.4%", "7.4% lower PPL")', () => {
  assert.deepEqual(fields('SNLP regularization reduces baseline PPL by 4.7%-23.4%.', 'metric', 'value', 'direction'), [['accuracy', [4.7, 23.4], 'better']]);
  assert.deepEqual(fields('Experiments show 7.4% lower PPL than conventional methods.', 'metric', 'value', 'direction', 'baseline'), [['accuracy', 7.4, 'better', 'conventional methods']]);
});

test('a ratio set after a quantity with no noun of its own compares that quantity ("2.5M parameters, more than 17x fewer than X"); "S3DIS Area 5" is a split, not an area', () => {
  assert.deepEqual(fields('SLNet-T reaches 58.2% mIoU on S3DIS Area 5 with only 2.5M parameters, more than 17x fewer than Point Transformer V3.', 'metric', 'value', 'baseline'),
    [['accuracy', 58.2, null], ['model_size', 2.5, null], ['model_size', 17, 'Point Transformer V3']]);
  assert.deepEqual(fields('It reduces chip area by 5% and area 3x compared with the baseline.', 'metric', 'value'), [['area', 5], ['area', 3]]);
});

test('"test-time" says when a method runs, not that it was evaluated on the one benchmark the abstract names', () => {
  const abstract = 'TARo improves reasoning performance by up to 22.4% over base model and 8.4% over existing test-time alignment methods, while also boosting instruction following (AlpacaEval).';
  assert.deepEqual(extractPaper('TARo: Token-level Routing', abstract).claims.map((c) => [c.metric, c.value, c.benchmark]), [['accuracy', 22.4, null], ['accuracy', 8.4, null]]);
});

test('the next change of the same measure in a list, with a scope of its own, goes the same way ("by 7.2% over depth-only and 9.9% over LiDAR-only configurations")', () => {
  assert.deepEqual(fields('Multimodal fusion improves reconstruction accuracy by 7.2% over depth-only and 9.9% over LiDAR-only configurations.', 'value', 'direction', 'baseline'),
    [[7.2, 'better', 'depth-only'], [9.9, 'better', 'LiDAR-only configurations']]);
});

test('a disparity between groups is an error, lower being better ("TPR disparity drops from 10.81% to 0.93%", "reduces accuracy disparities by 69%"); a stereo disparity map is no measure', () => {
  assert.deepEqual(fields('On HAM10000, TPR disparity drops from 10.81% to 0.93% across age groups.', 'metric', 'value'), [['error', 0.93]]);
  assert.deepEqual(fields('GR-LoRA reduces diagnostic accuracy disparities by 69% while maintaining 53.15% overall accuracy.', 'metric', 'value', 'direction'), [['error', 69, 'better'], ['accuracy', 53.15, null]]);
});

test('a number inside parentheses takes no metric word past their end ("on in-distribution tasks (2-7% gain) and is more robust to catastrophic forgetting"), except LaTeX\'s inline math', () => {
  assert.deepEqual(fields('Student models achieve good performance on in-distribution tasks (2-7% gain) and are more robust to catastrophic forgetting.', 'metric', 'value'), [['accuracy', [2, 7]]]);
  assert.deepEqual(fields('The layer achieves a \\(7\\times\\) improvement in training speed.', 'metric', 'value'), [['speedup', 7]]);
  assert.deepEqual(fields('We also observe a substantial reduction (30.5%) in perception errors.', 'metric', 'value'), [['error', 30.5]]);
});

test('a closing quote after the period ends the sentence with it (\'learned "reasoning theater." Finally, ...\')', () => {
  const claims = extractPaper('T', 'We call this learned "reasoning theater." Finally, probe-guided early exit reduces tokens by up to 80% on MMLU.').claims;
  assert.deepEqual(claims.map((c) => [c.value, c.baseline, c.span]), [[80, null, 'Finally, probe-guided early exit reduces tokens by up to 80% on MMLU.']]);
});

test('the measure a from-to starts after names the level it reaches, before any word past it ("the attack success rate (ASR) from 73% to 4% with partial model performance degradation")', () => {
  assert.deepEqual(fields('Our defense reduces the attack success rate (ASR) from 73% to 4% with partial model performance degradation.', 'metric', 'value'), [['correctness', 4]]);
  assert.deepEqual(fields('Human evaluation shows critical errors falling from 47.75% to 23% and correctness rising from 41.75% to 66%.', 'metric', 'value'), [['error', 23], ['correctness', 66]]);
});

test('training or inference efficiency is speed, minADE and FDE are errors ("a 48.3% improvement in training efficiency", "over 20% in minADE and minFDE")', () => {
  assert.deepEqual(fields('LAEP achieves a 48.3% improvement in training efficiency.', 'metric', 'value'), [['speedup', 48.3]]);
  assert.deepEqual(fields('The method shows improvements of over 20% in minADE and minFDE while maintaining speed.', 'metric', 'direction'), [['error', 'better']]);
  // (ADE alone is no measure: "discharge letters with ADEs", adverse drug events, or a method's name.)
  assert.deepEqual(fields('It reduces ADE and FDE by 12%, and drug ADEs by 30%.', 'metric', 'value'), [['error', 12]]);
});

test('a range may say in parentheses what each end is of ("ranging from 93.8% (flap tears) to 99.3% (concave severity)")', () => {
  assert.deepEqual(fields('It achieves classification accuracies ranging from 93.8% (flap tears) to 99.3% (concave severity).', 'metric', 'value'), [['accuracy', [93.8, 99.3]]]);
  assert.deepEqual(fields('It raises accuracy from 93.8% (before) to 99.3% (after).', 'value'), [[99.3]]);
});

test('a change of "the baseline" or its measure is against the baseline ("improves the baseline results by 24.6%", "at ~70x the baseline cost")', () => {
  assert.deepEqual(fields('AWM substantially improves the baseline results by 24.6% relative success rate on WebArena.', 'value', 'baseline'), [[24.6, 'baseline']]);
  assert.deepEqual(fields('SNLP can also improve sequential perplexity, reducing baseline PPL by 4.7%-23.4%.', 'value', 'baseline'), [[[4.7, 23.4], 'baseline']]);
  assert.deepEqual(fields('It partially closes the gap, but at ~70x the baseline cost.', 'value', 'baseline'), [[70, 'baseline']]);
});

test('a verb or noun of change whose levels follow in parentheses reaches the second ("improved same-cancer (64.9% to 72.6% AUC)", "(28% to 54% and 37% to 60%)")', () => {
  assert.deepEqual(fields('Few-shot fine-tuning improved same-cancer (64.9% to 72.6% AUC).', 'value'), [[72.6]]);
  assert.deepEqual(fields('Anchor-Align improves real-robot success on both (28% to 54% and 37% to 60%).', 'value'), [[54], [60]]);
  assert.deepEqual(fields('ROAD achieves a 5.6 percent increase in success rate (73.6 percent to 79.2 percent).', 'value'), [[5.6], [79.2]]);
  // (Seconds are no such levels: "reduced (90 to 120 seconds per task down to 20 to 40 seconds per task)" keeps its ranges.)
  assert.deepEqual(fields('Annotation time is reduced (90 to 120 seconds per task down to 20 to 40 seconds per task).', 'value'), [[[90, 120]], [[20, 40]]]);
});

test('the compared side\'s own scores may be named with a digit or in lowercase ("compared to 95.9 F1, 92.1 recall, and 89.9% for X")', () => {
  assert.deepEqual(fields('StreamGuard reaches 97.5 F1, 95.1 recall, and 92.6% on-time intervention, compared to 95.9 F1, 92.1 recall, and 89.9% for Qwen3Guard-Stream.', 'value', 'baseline'),
    [[97.5, 'Qwen3Guard-Stream'], [95.1, 'Qwen3Guard-Stream'], [92.6, 'Qwen3Guard-Stream']]);
});

test('a distance between distributions is a quality score where lower is better ("reducing Frechet trajectory distance by 13.1% and energy distance by 20.2%")', () => {
  assert.deepEqual(fields('It improves realism, reducing Frechet trajectory distance by 13.1% and energy distance by 20.2%.', 'metric', 'value', 'direction'),
    [['accuracy', 13.1, 'better'], ['accuracy', 20.2, 'better']]);
  assert.deepEqual(fields('It cuts energy by 20%.', 'metric'), [['energy']]);
});

test('a measured number ends a compared side\'s name or is dropped from it ("over the original RLVR of +9.86% Pass@1", "the previous 73.9% state-of-the-art", "versus under 6%")', () => {
  assert.deepEqual(fields('Our method achieved 83.6% average accuracy, a 9.7% improvement over the previous 73.9% state-of-the-art for training-free approaches.', 'value', 'baseline'),
    [[83.6, null], [9.7, 'previous state-of-the-art']]);
  assert.deepEqual(fields('Moreover, our method exhibits only 15% error increase compared to over 200% degradation in baseline models.', 'value', 'baseline'), [[15, null]]);
});

test('a gain\'s factors from one to another are the range it spans ("parameter reduction, from 5 to 10 times", "an enhancement in TOPS/mm^2 from 11.3x to 12.78x")', () => {
  assert.deepEqual(fields('ProbScale identifies subnetworks achieving significant parameter reduction, from 5 to 10 times, while maintaining high performance.', 'metric', 'value'), [['model_size', [5, 10]]]);
  assert.deepEqual(fields('It achieves an enhancement in TOPS/mm^2 from 11.3x to 12.78x relative to various baselines.', 'value'), [[[11.3, 12.78]]]);
  // (A plain "from" after no gain noun stays a change: "pushing the extrapolation limit from 2x to 4x" is no range.)
  assert.deepEqual(fields('It pushes the extrapolation limit from 2x to 4x.', 'value'), []);
});

test('a mean ADE is a displacement error too ("a 98.7% reduction in mean ADE")', () => {
  assert.deepEqual(fields('Instruction conditioning prevents extreme baseline failures, yielding a 98.7% reduction in mean ADE.', 'metric', 'direction'), [['error', 'better']]);
});

test('what a model quantizes to in bytes is its size, and a compression after two parameter counts compares them ("quantizes to 398 MB", "(43.7M parameters), achieving 3.9x compression")', () => {
  assert.deepEqual(fields('The edge build quantizes to 398 MB (q4_k_m) and delivers 635 tok/s.', 'metric', 'value'), [['model_size', 398], ['throughput', 635]]);
  assert.deepEqual(fields('The student (11.2M parameters) matches the YOLOv8-L teacher (43.7M parameters), achieving 3.9x compression while preserving accuracy.', 'metric', 'value'),
    [['model_size', 11.2], ['model_size', 3.9]]);
});

test('an uncertainty after a number is no new number: the metric word after it is the number\'s ("85.3 ± 0.4% accuracy", "35.1$\\pm$0.3\\% mAP@0.5")', () => {
  assert.deepEqual(fields('It achieves 85.3 ± 0.4% accuracy.', 'metric', 'value', 'unit'), [['accuracy', 85.3, '%']]);
  assert.deepEqual(fields('LAF-YOLOv10 achieves 35.1$\\pm$0.3\\% mAP@0.5 on VisDrone.', 'metric', 'value'), [['accuracy', 35.1]]);
  assert.deepEqual(fields('It achieves 96.9% +/- 0.6% puzzle accuracy.', 'metric', 'value'), [['accuracy', 96.9]]);
});

test('a list of sizes right after "a family of" or "the resulting", before the models, sizes the paper\'s own models ("a family of 8B and 56B/47B hybrid models")', () => {
  assert.deepEqual(fields('We introduce Nemotron-H, a family of 8B and 56B/47B hybrid Mamba-Transformer models designed to reduce inference cost.', 'metric', 'value'), [['model_size', 8], ['model_size', 56]]);
  assert.deepEqual(fields('The resulting 7B and 32B models exhibit both comprehensive formal knowledge.', 'value', 'unit'), [[7, 'B params'], [32, 'B params']]);
  assert.deepEqual(fields('We fine-tune 7B and 32B models on the data.', 'value'), []);
});

test('the sizes a family of the paper\'s own models spans are one range in the first end\'s unit ("we train RexBERT models ranging from 17M to 400M parameters"); the scales a study evaluates are not', () => {
  assert.deepEqual(fields('Third, we train RexBERT models ranging from 17M to 400M parameters and evaluate them on token classification.', 'metric', 'value', 'unit'), [['model_size', [17, 400], 'M params']]);
  assert.deepEqual(fields('We offer models of different scales (ranging from 25M to 1.3B params) to support extensive scenarios.', 'value', 'unit'), [[[25, 1300], 'M params']]);
  assert.deepEqual(extractPaper('PP-OCRv6: From 1.5M to 34.5M Parameters, Surpassing Billion-Scale VLMs on OCR', 'It reaches 90% accuracy.').claims.map((c) => [c.min, c.max, c.unit])[0], [1.5, 34.5, 'M params']);
  assert.deepEqual(fields('We evaluate models ranging from 1B to 70B parameters.', 'value'), []);
});

test('a currency\'s code after an amount is money ("4.12 USD on average")', () => {
  assert.deepEqual(fields('It enables low-cost (4.12 USD on average) generation of heterogeneous worlds.', 'metric', 'value', 'unit'), [['cost', 4.12, '$']]);
  assert.deepEqual(fields('Simulations cost 0.006USD per route.', 'value', 'unit'), [[0.006, '$']]);
});

test('hours of data are how much data there is, and "the 1980s" a decade: neither is a time ("61 hours of synchronized 32-channel EEG")', () => {
  assert.deepEqual(fields('This dataset comprises 61 hours of synchronized 32-channel EEG recordings.', 'value'), []);
  assert.deepEqual(fields('Distributed Arithmetic, a technique prevalent in 1980s, was used.', 'value'), []);
  assert.deepEqual(fields('It trains in 12 hours and answers in 30s.', 'metric', 'value'), [['latency', 12], ['latency', 30]]);
});

test('"percent points" are percentage points ("by up to 4.2 percent points")', () => {
  assert.deepEqual(fields('It increases the task success rate by up to 4.2 percent points.', 'value', 'unit'), [[4.2, 'pp']]);
  assert.deepEqual(fields('It outperforms all other submissions by 2.8 percent points.', 'value', 'unit'), [[2.8, 'pp']]);
  assert.deepEqual(fields('It improves accuracy by 3 percent.', 'value', 'unit'), [[3, '%']]);
});

test('"%pt" and "pts" are percentage points ("F1 score gains of up to 30 %pt", "BIRD-Critic (+2.6 pts)")', () => {
  assert.deepEqual(fields('Some species saw per-species F1 score gains of up to 30 %pt.', 'value', 'unit'), [[30, 'pp']]);
  assert.deepEqual(fields('It results in an average 36%pt performance increase.', 'value', 'unit'), [[36, 'pp']]);
  assert.deepEqual(fields('Skills transfer to a different task formulation, such as BIRD-Critic (+2.6 pts).', 'value', 'unit'), [[2.6, 'pp']]);
});

test('an overhead\'s amount in parentheses is a slowdown ("negligible computational overhead (<0.12%)"); "ASR-8" is an attack success rate', () => {
  assert.deepEqual(fields('The method introduces negligible computational overhead (<0.12%).', 'metric', 'value', 'qualifier'), [['speedup', 0.12, 'at most']]);
  assert.deepEqual(fields('It adds minimal overhead (see Table 2) and 5% accuracy.', 'metric', 'value'), [['accuracy', 5]]);
  assert.notDeepEqual(fields('It adds only negligible latency overhead (7.1%).', 'metric')[0], ['speedup']);
  assert.deepEqual(fields('We outperform jailbreak methods, improving ASR-8 from 25.30% to 43.15% on Stable Diffusion 3.5 Large Turbo.', 'metric', 'value'), [['correctness', 43.15]]);
  assert.deepEqual(fields('Qwen3-ASR-0.6B can achieve an average TTFT as low as 92ms.', 'metric', 'value'), [['latency', 92]]);
});

test('an area under a curve is a score, not a chip\'s area ("an area under the receiver operating characteristic curve of 96%"); hours in parentheses after a count of videos or utterances are data', () => {
  assert.deepEqual(fields('The classifier achieved an area under the receiver operating characteristic curve of 96% using only 16 of the 28 features.', 'metric', 'value'), [['accuracy', 96]]);
  assert.deepEqual(fields('It reaches an area under the curve of 0.91.', 'metric', 'value'), [['accuracy', 0.91]]);
  assert.deepEqual(fields('The accelerator needs 30% less area under the same power budget.', 'metric', 'value'), [['area', 30]]);
  assert.deepEqual(fields('GTAC further reduces 6.4% area under the error rate constraint.', 'metric', 'value'), [['area', 6.4]]);
  assert.deepEqual(fields('We catalog 1,553 YouTube videos (236 hours) and a corpus of 174,179 utterances (573 hours).', 'value'), []);
  assert.deepEqual(fields('Training on 8 GPUs (12 hours) reaches 80% accuracy.', 'metric', 'value'), [['latency', 12], ['accuracy', 80]]);
});

test('how far ahead a forecast looks is no latency ("anticipating risks up to 38.66 seconds ahead", "at the 24h horizon", "a 30 min forecasting F1")', () => {
  assert.deepEqual(fields('It anticipates risks up to 38.66 seconds ahead.', 'value'), []);
  assert.deepEqual(fields('It forecasts potential risk 1-3 seconds in advance.', 'value'), []);
  assert.deepEqual(fields('The results show great promise on horizons up to 4 seconds.', 'value'), []);
  assert.deepEqual(fields('Calibration error stays below 0.02 at the 24h horizon.', 'metric', 'value').filter((c) => c[0] === 'latency'), []);
  assert.deepEqual(fields('The chip achieves a state of the art 30 min forecasting F1 score of 0.825.', 'metric', 'value'), [['accuracy', 0.825]]);
  assert.deepEqual(fields('It answers in 30 ms ahead of the baseline, and forecasting takes 12 ms per step.', 'metric', 'value'), [['latency', 30], ['latency', 12]]);
});

test('what people spend, what a benchmark\'s task lasts and an example of a setting are no latency ("more than 2,500 hours of human effort", "Each task averages roughly 8 minutes", "(e.g., 2 minutes)")', () => {
  assert.deepEqual(fields('HumanEdit requires more than 2,500 hours of human effort across four stages.', 'value'), []);
  assert.deepEqual(fields('Scientists spent 469 hours rating 2,960 criticisms.', 'value'), []);
  assert.deepEqual(fields('It is a workflow that takes human users a median of about 1.6 hours to complete.', 'value'), []);
  assert.deepEqual(fields('To make this feasible for extreme durations (e.g., 2 minutes), we introduce a context manager.', 'value'), []);
  assert.deepEqual(fields('Each task averages roughly 8 minutes of wall-clock time.', 'value'), []);
  assert.deepEqual(fields('It completes roughly 6 of the estimated 14 hours a human expert would need.', 'value'), []);
  assert.deepEqual(fields('Our system needs 12 ms per task and spends 3 ms on I/O.', 'metric', 'value'), [['latency', 12], ['latency', 3]]);
});

test('what a change is "of" is the compared-with side ("improves the performance of existing detectors by up to 18.7%"), not the paper\'s own model or a size', () => {
  assert.deepEqual(fields('It improves the performance of existing detectors by up to 18.7% when used as an auxiliary signal.', 'baseline'), [['existing detectors']]);
  assert.deepEqual(fields('SVC improves the performance of Task Arithmetic by 13.0%.', 'baseline'), [['Task Arithmetic']]);
  assert.deepEqual(fields('It reaches 36.7%, relatively improving the success rate of the GPT-4o agent baseline by 51.0%.', 'metric', 'value', 'baseline').pop(), ['correctness', 51, 'GPT-4o agent baseline']);
  assert.deepEqual(fields('It improves the accuracy of our model by 5%.', 'baseline'), [[null]]);
  assert.deepEqual(fields('It improves the accuracy of the 2B model by 23.6%.', 'baseline'), [[null]]);
});

test('a distance in pixels is an error with an error word before it in the clause ("a mean localization error of 3.61 pixels"), not a resolution', () => {
  assert.deepEqual(fields('It achieves a mean localization error of 3.61 pixels through an ensemble.', 'metric', 'value', 'unit'), [['error', 3.61, 'px']]);
  assert.deepEqual(fields('It yields an overall reprojection error of 0.382 px.', 'metric', 'value', 'unit'), [['error', 0.382, 'px']]);
  assert.deepEqual(fields('It renders 832x480 pixels at 30 FPS.', 'metric', 'value'), [['throughput', 30]]);
});

test('an uncertainty written in words is one too ("an error of 5.3 plus-minus 1.5 pixels", "(0.9125 plus or minus 0.0047)")', () => {
  assert.deepEqual(fields('The dynamic system maintained an error of 5.3 plus-minus 1.5 pixels.', 'metric', 'value', 'unit'), [['error', 5.3, 'px']]);
  assert.deepEqual(fields('It achieves the highest macro F1 (0.9125 plus or minus 0.0047) overall.', 'value'), [[0.9125]]);
});

test('a percentage a result verb gives, right before a score\'s abbreviation no cue knows, is that score ("achieves 80.68% JGA", "attains 94.2% P@1"); not a setting\'s share or an error rate', () => {
  assert.deepEqual(fields('The adaptive system attains 94.2% P@1, outperforming speaker-only baselines.', 'metric', 'value'), [['accuracy', 94.2]]);
  assert.deepEqual(fields('Combined, the architecture reaches 45.6% Hit@5 on held-out data.', 'metric', 'value'), [['accuracy', 45.6]]);
  assert.deepEqual(fields('Hybrid LLMs like Qwen3-Next use 75% GDN layers.', 'value'), []);
  assert.deepEqual(fields('V3.2 achieved 74.8% Mode A and 87.7% Mode C.', 'value'), []);
  assert.notDeepEqual(fields('It achieves 8.97% ACER on the dataset.', 'metric')[0], ['accuracy']);
});

test('the specificity a sensitivity is read at is an operating point ("64.6% sensitivity at 80% specificity")', () => {
  assert.deepEqual(fields('Prost-RL achieves 64.6% sensitivity at 80% specificity for core-level detection.', 'value'), [[64.6]]);
  assert.deepEqual(fields('It reaches 92.8% specificity at 59.3% recall.', 'value'), [[92.8], [59.3]]);
});

test('how much of a model a method changes is its setting ("adjusting only 3% of parameters", "updating only the top 10% of unique tokens")', () => {
  assert.deepEqual(fields('The LoRA mechanism adjusting only 3% of parameters achieved comparable performance.', 'value'), []);
  assert.deepEqual(fields('Updating only the top 10% of unique tokens yields an improvement.', 'value'), []);
  assert.deepEqual(fields('It reduces parameters by 3% with no loss.', 'metric', 'value'), [['model_size', 3]]);
});

test('"sFID" is a distance like FID, and "N% parameters of X" a size ("FID 2.16, and sFID 8.07 with only 38.4% parameters of VAR")', () => {
  assert.deepEqual(fields('It attains FID 2.16, and sFID 8.07 with only 38.4% parameters of VAR.', 'metric', 'value'), [['accuracy', 2.16], ['accuracy', 8.07], ['model_size', 38.4]]);
  assert.deepEqual(fields('It uses 5% parameters to train.', 'value'), []);
});

test('"5-fold cross-validation" is how a model was evaluated, not a ratio', () => {
  assert.deepEqual(fields('We evaluate it using 10-fold cross-validation and reach 91% accuracy.', 'value', 'unit'), [[91, '%']]);
  assert.deepEqual(fields('It achieves a mean normalised absolute error of 9.64% under 5-fold cross-validation.', 'value'), [[9.64]]);
  assert.deepEqual(fields('It gives a 5-fold speedup over the CPU.', 'value', 'unit'), [[5, 'x']]);
});

test('decibels of an error measure are an error ("reduces NMSE by 7.19 dB, 4.08 dB, and 5.27 dB"); MASE, sMAPE, NMSE and MNAE are error names', () => {
  assert.deepEqual(fields('It reduces NMSE by 7.19 dB, 4.08 dB, and 5.27 dB for CSI reconstruction.', 'metric', 'value'), [['error', 7.19], ['error', 4.08], ['error', 5.27]]);
  assert.deepEqual(fields('It reduces NMSE by 3 dB and improves PSNR by 2.1 dB.', 'metric'), [['error'], ['accuracy']]);
  assert.deepEqual(fields('GITCO achieves an average +1.95% MASE reduction on TimesFM 2.5.', 'metric', 'value'), [['error', 1.95]]);
});

test('a pair of percentage levels does not measure a size named in an earlier clause ("With 98.7% fewer trainable parameters than X, ADE surpasses X on DBpedia-14 (98.06% vs. 97.80%)")', () => {
  assert.deepEqual(fields('With 98.7% fewer trainable parameters than DeBERTa-v3-base, ADE surpasses DeBERTa on DBpedia-14 (98.06% vs. 97.80%).', 'metric', 'value'), [['model_size', 98.7], ['accuracy', 98.06]]);
});

test('a time an error measure is read in is an error ("median RMSE is 22.75 min (segment-level) and 30.90 min"), not a latency', () => {
  assert.deepEqual(fields('On a held-out test set, median RMSE is 22.75 min (segment-level) and 30.90 min (trajectory-level).', 'metric', 'value'), [['error', 22.75], ['error', 30.9]]);
  assert.deepEqual(fields('Our model achieves an average prediction error of only 15 seconds.', 'metric', 'value'), [['error', 15]]);
  assert.deepEqual(fields('It trains in 12 minutes and answers in 30 s.', 'metric'), [['latency'], ['latency']]);
});

test('"smaller and larger executors" are conditions, not a size cue; hours of speech in parentheses are data ("only 25% of the real speech (13.6h)")', () => {
  assert.deepEqual(fields('It improves over the strongest baseline by 12.2% and 4.7% on static tasks with smaller and larger executors.', 'metric'), [['accuracy'], ['accuracy']]);
  assert.deepEqual(fields('The model is 3x smaller than GPT-4.', 'metric'), [['model_size']]);
  assert.deepEqual(fields('It matches the baseline using only 25% of the real speech (13.6h).', 'unit').filter((c) => c[0] === 'h'), []);
});
