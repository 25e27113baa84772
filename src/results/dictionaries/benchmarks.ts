import type { EntityEntry } from './hardware.ts';

/**
 * Benchmarks and datasets results are reported on. Abstracts also name ones this list lacks; the
 * pattern in extract/entities.ts ("on the X benchmark", "X dataset") catches those.
 */
const b = (name: string, ...aliases: string[]): EntityEntry => ({ name, kind: 'benchmark', aliases: [name, ...aliases] });

export const BENCHMARKS: EntityEntry[] = [
  b('KernelBench'), b('MLPerf', 'MLPerf Inference', 'MLPerf Training'), b('SPEC CPU2017', 'SPEC CPU 2017', 'SPEC2017', 'SPEC CPU2006', 'SPEC2006'),
  b('PARSEC'), b('Rodinia'), b('PolyBench'), b('MiBench'), b('CHStone'), b('GAP benchmark suite', 'GAPBS'), b('Graph500'),
  b('TPC-H'), b('TPC-C'), b('TPC-DS'), b('YCSB'), b('DeathStarBench'), b('CloudSuite'),
  b('ImageNet', 'ImageNet-1K', 'ImageNet-1k', 'ILSVRC'), b('CIFAR-10', 'CIFAR10'), b('CIFAR-100', 'CIFAR100'), b('MNIST'), b('Fashion-MNIST'),
  b('Tiny-ImageNet', 'TinyImageNet'), b('COCO', 'MS COCO', 'MS-COCO'), b('VOC', 'PASCAL VOC', 'Pascal VOC'), b('Cityscapes'), b('ADE20K'),
  b('Kinetics', 'Kinetics-400'), b('UCF101'), b('LibriSpeech'), b('GLUE'), b('SuperGLUE'), b('SQuAD'), b('WikiText', 'WikiText-2', 'WikiText-103'),
  b('C4'), b('MMLU', 'MMLU-Pro'), b('GSM8K'), b('MATH', 'MATH-500', 'MATH500'), b('HumanEval', 'HumanEval+'), b('MBPP'), b('SWE-bench', 'SWE-bench Verified'),
  b('LiveCodeBench'), b('BIG-bench', 'BIG-Bench Hard', 'BBH'), b('HellaSwag'), b('ARC-Challenge', 'ARC-Easy'), b('ARC-AGI', 'ARC-AGI-1', 'ARC-AGI-2'),
  b('TruthfulQA'), b('AIME24', 'AIME 2024', 'AIME-24'), b('AIME25', 'AIME 2025', 'AIME-25'), b('GPQA', 'GPQA-Diamond'), b('LongBench'), b('RULER'),
  b('MT-Bench'), b('AlpacaEval'), b('VBench'), b('VerilogEval'), b('RTLLM'), b('HLS-Eval'),
  b('ISPD', 'ISPD19', 'ISPD 2019', 'ISPD 2015'), b('ICCAD 2015', 'ICCAD15', 'ICCAD'), b('ISCAS\'85', 'ISCAS85', 'ISCAS-85', 'ISCAS\'89', 'ISCAS89', 'ISCAS'),
  b('EPFL benchmark suite', 'EPFL benchmarks'),
  b('N-MNIST'), b('DVS128 Gesture', 'DVS Gesture', 'DVS128'), b('MIT-BIH', 'MIT-BIH Arrhythmia Database'),
  b('BrowseComp', 'BrowseComp-ZH'), b('WebArena', 'VisualWebArena'), b('OSWorld'), b('GAIA'), b('AndroidWorld'), b('Terminal-Bench'),
  b('MipNeRF360', 'Mip-NeRF 360', 'Mip-NeRF360'), b('Google Speech Commands', 'Speech Commands'),
  // Robot manipulation and agent environments: a policy's score there is the share of tasks it completes.
  b('LIBERO', 'LIBERO-90', 'LIBERO-Long', 'LIBERO-10'), b('CALVIN', 'CALVIN ABC', 'CALVIN ABC-D', 'CALVIN ABCD-D'), b('ManiSkill', 'ManiSkill2', 'ManiSkill3'),
  b('SimplerEnv'), b('RLBench'), b('Meta-World', 'MetaWorld'), b('ALFWorld'), b('WebShop'), b('AgentBench'),
];

/** Benchmarks of tasks an agent, solver or code model gets right or not: their scores are pass rates. */
export const TASK_BENCHMARKS = new Set(['HumanEval', 'MBPP', 'SWE-bench', 'LiveCodeBench', 'ARC-AGI', 'VerilogEval', 'RTLLM', 'HLS-Eval', 'KernelBench', 'BrowseComp', 'WebArena', 'OSWorld', 'GAIA', 'AndroidWorld', 'Terminal-Bench',
  'LIBERO', 'CALVIN', 'ManiSkill', 'SimplerEnv', 'RLBench', 'Meta-World', 'ALFWorld', 'WebShop', 'AgentBench']);
