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
  b('Kinetics', 'Kinetics-400'), b('UCF101', 'UCF-101'), b('LibriSpeech'), b('GLUE'), b('SuperGLUE'), b('SQuAD'), b('WikiText', 'WikiText-2', 'WikiText-103'),
  b('C4'), b('MMLU', 'MMLU-Pro'), b('GSM8K'), b('MATH', 'MATH-500', 'MATH500'), b('HumanEval', 'HumanEval+'), b('MBPP'), b('SWE-bench', 'SWE-bench Verified'),
  b('LiveCodeBench', 'LiveCodeBench-v5', 'LiveCodeBench-v6'), b('BIG-bench', 'BIG-Bench Hard', 'BBH'), b('HellaSwag'), b('ARC-Challenge', 'ARC-Easy'), b('ARC-AGI', 'ARC-AGI-1', 'ARC-AGI-2'),
  b('TruthfulQA'), b('AIME24', 'AIME 2024', 'AIME-24', 'AIME 24', "AIME'24"), b('AIME25', 'AIME 2025', 'AIME-25', 'AIME 25', "AIME'25"), b('GPQA', 'GPQA-Diamond'), b('LongBench'), b('RULER'),
  b('MT-Bench'), b('AlpacaEval', 'AlpacaEval-2', 'AlpacaEval2', 'Alpaca Eval', 'Alpaca-Eval'), b('VBench'), b('VerilogEval'), b('RTLLM'), b('HLS-Eval'),
  b('ISPD', 'ISPD19', 'ISPD 2019', 'ISPD 2015'), b('ICCAD 2015', 'ICCAD15', 'ICCAD'), b('ISCAS\'85', 'ISCAS85', 'ISCAS-85', 'ISCAS\'89', 'ISCAS89', 'ISCAS'),
  b('EPFL benchmark suite', 'EPFL benchmarks'),
  b('N-MNIST'), b('DVS128 Gesture', 'DVS Gesture', 'DVS128'), b('MIT-BIH', 'MIT-BIH Arrhythmia Database'),
  b('BrowseComp', 'BrowseComp-ZH', 'BrowseComp-en', 'BrowseComp-Plus'), b('WebArena', 'VisualWebArena'), b('OSWorld', 'OSWorld-Verified', 'OSWorld-MCP'), b('GAIA'), b('AndroidWorld'), b('Terminal-Bench'),
  b('MipNeRF360', 'Mip-NeRF 360', 'Mip-NeRF360'), b('Google Speech Commands', 'Speech Commands'),
  // Robot manipulation and agent environments: a policy's score there is the share of tasks it completes.
  b('LIBERO', 'LIBERO-90', 'LIBERO-Long', 'LIBERO-10'), b('CALVIN', 'CALVIN ABC', 'CALVIN ABC-D', 'CALVIN ABCD-D'), b('ManiSkill', 'ManiSkill2', 'ManiSkill3'),
  b('SimplerEnv', 'SIMPLER'), b('RLBench'), b('Meta-World', 'MetaWorld'), b('ALFWorld'), b('WebShop'), b('AgentBench'),
  // Widely used suites of the fields the HF daily papers cover most (math and code reasoning, vision-language,
  // video, retrieval and long context, driving and 3D, agents, safety), and classic processor benchmarks.
  b('AIME'), b('AMC23', 'AMC 2023', 'AMC'), b('Minerva Math', 'MinervaMath'), b('OlympiadBench'),
  b('MathVista'), b('MathVerse'), b('MathVision', 'MATH-Vision'), b('MMMU', 'MMMU-Pro'), b('MMBench'), b('MME'), b('MM-Vet'), b('POPE'),
  b('HallusionBench'), b('ScienceQA'), b('VQAv2', 'VQA v2'), b('GQA'), b('TextVQA'), b('DocVQA'), b('ChartQA'), b('InfoVQA', 'InfographicVQA'),
  b('OCRBench'), b('AI2D'), b('RealWorldQA'), b('CV-Bench', 'CVBench'), b('BLINK'), b('SEED-Bench'), b('RefCOCO', 'RefCOCO+', 'RefCOCOg'),
  b('Flickr30k'), b('NoCaps'), b('ScreenSpot', 'ScreenSpot-Pro', 'ScreenSpot-v2'), b('AndroidControl'), b('Mind2Web'), b('WebVoyager'),
  b('GenEval'), b('DPG-Bench'), b('T2I-CompBench'), b('ImgEdit'), b('GEdit-Bench'),
  b('Video-MME', 'VideoMME'), b('MVBench'), b('MLVU'), b('LVBench'), b('LongVideoBench'), b('EgoSchema'), b('MSR-VTT', 'MSRVTT'),
  b('ActivityNet'), b('Something-Something V2', 'SSv2'), b('Kinetics-600', 'K600'), b('EPIC-Kitchens'), b('VSI-Bench'),
  b('HotpotQA'), b('Natural Questions', 'NaturalQuestions'), b('TriviaQA'), b('2WikiMultiHopQA'), b('MuSiQue'), b('PopQA'), b('SimpleQA'),
  b('LoCoMo'), b('LongMemEval', 'LongMemEval-S'), b('BABILong'), b('InfiniteBench'), b('Needle-in-a-Haystack'), b('MTEB'), b('BEIR'), b('MS MARCO'),
  b('WinoGrande'), b('PIQA'), b('BoolQ'), b('OpenBookQA'), b('CommonsenseQA'), b('LAMBADA'), b('IFEval'), b('LiveBench'), b('Arena-Hard', 'Arena-Hard-Auto'),
  b('BigCodeBench'), b('CRUXEval'), b('DS-1000'), b('Spider'), b('BIRD'), b('miniF2F'), b('HLE', "Humanity's Last Exam"), b('tau-bench', 'τ-bench', 'τ2-bench'),
  b('BFCL'), b('ToolBench'), b('ScienceAgentBench'), b('MLE-bench'), b('HarmBench'), b('AgentDojo'), b('AdvBench'), b('JailbreakBench'),
  b('KITTI'), b('nuScenes'), b('Waymo Open Dataset', 'Waymo'), b('BDD100K'), b('ScanNet', 'ScanNetV2', 'ScanNet++'), b('ShapeNet'), b('ModelNet40'),
  b('ScanObjectNN'), b('NYUv2', 'NYU Depth V2'), b('Human3.6M'), b('LaSOT'), b('DTU'), b('LLFF'), b('Tanks and Temples'),
  b('FFHQ'), b('CelebA', 'CelebA-HQ'), b('LSUN'), b('CUB-200', 'CUB-200-2011'), b('EuroSAT'), b('AudioSet'), b('ESC-50'), b('LJSpeech'), b('VCTK'),
  b('Common Voice'), b('FLEURS'), b('FLORES-200', 'FLORES'), b('WMT'), b('XNLI'), b('C-Eval'), b('CMMLU'), b('MedQA'), b('PubMedQA'), b('MedMCQA'),
  b('MIMIC-CXR'), b('MIMIC-III', 'MIMIC-IV'), b('CheXpert'), b('BraTS'), b('ISIC'), b('enwik8'), b('TinyStories'), b('OpenWebText'), b('The Pile'),
  // Puzzles a solver gets right or not, and search suites built for agents (labels, rules 1 and 41).
  b('Sudoku-Extreme'), b('Maze-Hard'), b('1D-ARC'), b('Sort-of-ARC'), b('DeepResearch Bench'), b('DeepResearch Bench II'), b('WebWalkerQA'), b('xbench-DeepSearch', 'XBench-DeepSearch'), b('SealQA'), b('Seal-0'),
  b('MuJoCo'), b('D4RL'), b('Atari'), b('ProcGen', 'Procgen'), b('Habitat'), b('R2R'), b('CoreMark'), b('Dhrystone'), b('MIPLIB 2017', 'MIPLIB'),
  // Agent, coding and research suites the 2025-2026 HF daily papers report on most among those missing above (counted over
  // the shared abstracts: AppWorld 28, HMMT 20, ScienceWorld 18, CodeContests 16, MobileWorld 14, SWE-bench Pro 13, PaperBench 13).
  b('AppWorld'), b('ScienceWorld'), b('CodeContests'), b('SciCode'), b('MobileWorld', 'MobileWorld-Real'), b('AndroidLab'), b('AndroidDaily'),
  b('WindowsAgentArena', 'Windows Agent Arena'), b('Toolathlon'), b('MCP-Universe'), b('WideSearch'), b('PaperBench'),
  b('SWE-bench Pro', 'SWE-Bench Pro'), b('Multi-SWE-bench'), b('SWE-Lancer'), b('HMMT', 'HMMT25', 'HMMT 2025', 'HMMT24'), b('BeyondAIME'),
  // Robot, agent, proof and planning suites the labels score as task success and the shared abstracts name most among those
  // missing above (RoboTwin 25, RoboCasa 18, ProofNet 11, PutnamBench 11, LIBERO-Plus 11, R2R-CE 9, SpreadsheetBench 8,
  // TravelPlanner 7, Online-Mind2Web 7, VitaBench 6, Cybench 5, InterCode 5).
  b('RoboTwin'), b('RoboCasa'), b('ProofNet'), b('PutnamBench'), b('ProverBench'), b('LIBERO-Plus'), b('LIBERO-Pro'), b('R2R-CE'),
  b('SpreadsheetBench'), b('TravelPlanner'), b('Online-Mind2Web'), b('VitaBench'), b('Cybench'), b('InterCode', 'InterCode-CTF'),
  b('EmbodiedBench'), b('VLABench'), b('MCP-Atlas'),
  // Datasets the shared abstracts name at least five times that were missing above (SemanticKITTI 37, UCF-101 35, HumanML3D 29,
  // Objaverse 22, Ego-Exo4D 21, Ego4D 17, DOTA 16, LVIS 16, ImageNet-C 15, IMDB 14, TotalSegmentator 12, SST-2 11, ...), and
  // ones the labels name that are standard sets of their fields (CORe50, SHD, FER-2013, Caltech-101, Defects4J, FB15k-237).
  b('SemanticKITTI'), b('HumanML3D'), b('Objaverse', 'Objaverse-XL'), b('Ego-Exo4D', 'EgoExo4D'), b('Ego4D'), b('DOTA', 'DOTA1.0', 'DOTA-v1.0', 'DOTA v1.0', 'DOTA-v1.5'),
  b('LVIS'), b('ImageNet-C'), b('IMDB'), b('TotalSegmentator'), b('SST-2'), b('ScanQA'), b('StrategyQA'), b('SVHN'), b('MultiNLI', 'MNLI'),
  b('RAGTruth'), b('XSum'), b('KiTS', 'KiTS19', 'KiTS21', 'KiTS23'), b('AG News', 'AGNews'), b('Food-101'), b('ImageNet-21K', 'ImageNet-22K'),
  b('STL-10'), b('CIFAR10-DVS', 'CIFAR-10-DVS'), b('VoxCeleb', 'VoxCeleb1', 'VoxCeleb2'), b('CoQA'), b('Open Images', 'OpenImages'),
  b('CNN/DailyMail', 'CNN/DM'), b('MMAU'), b('Imagenette'), b('Objects365'), b('Market-1501'), b('CRAG'), b('API-Bank'),
  b('CORe50'), b('Spiking Heidelberg Digits', 'Spiking Heidelberg Dataset', 'SHD'), b('FER-2013', 'FER2013'), b('Caltech-101', 'Caltech101'),
  b('N-Caltech101'), b('Defects4J'), b('BlendedMVS'), b('FB15k-237'), b('WN18RR'), b('CIC-IDS2017', 'CICIDS2017'), b('NSL-KDD'),
];

/** Benchmarks of tasks an agent, solver or code model gets right or not: their scores are pass rates. */
export const TASK_BENCHMARKS = new Set(['HumanEval', 'MBPP', 'SWE-bench', 'LiveCodeBench', 'ARC-AGI', 'VerilogEval', 'RTLLM', 'HLS-Eval', 'KernelBench', 'BrowseComp', 'WebArena', 'OSWorld', 'GAIA', 'AndroidWorld', 'Terminal-Bench',
  'LIBERO', 'CALVIN', 'ManiSkill', 'SimplerEnv', 'RLBench', 'Meta-World', 'ALFWorld', 'WebShop', 'AgentBench',
  'BigCodeBench', 'miniF2F', 'tau-bench', 'BFCL', 'ScienceAgentBench', 'MLE-bench', 'AndroidControl', 'Mind2Web', 'WebVoyager', 'AgentDojo',
  // Navigation, control and game environments: an agent's or a policy's score there is its task success (labels, rule 41).
  'R2R', 'Habitat', 'D4RL', 'MuJoCo', 'Atari', 'ProcGen',
  'Sudoku-Extreme', 'Maze-Hard', '1D-ARC', 'Sort-of-ARC', 'DeepResearch Bench', 'DeepResearch Bench II', 'WebWalkerQA', 'xbench-DeepSearch', 'SealQA', 'Seal-0',
  'AppWorld', 'ScienceWorld', 'CodeContests', 'SciCode', 'MobileWorld', 'AndroidLab', 'AndroidDaily', 'WindowsAgentArena', 'Toolathlon', 'MCP-Universe',
  'WideSearch', 'PaperBench', 'SWE-bench Pro', 'Multi-SWE-bench', 'SWE-Lancer',
  // Scored as win rates against a reference model: a score there is a win rate (labels, rule 1).
  'AlpacaEval', 'Arena-Hard',
  'RoboTwin', 'RoboCasa', 'ProofNet', 'PutnamBench', 'ProverBench', 'LIBERO-Plus', 'LIBERO-Pro', 'R2R-CE', 'SpreadsheetBench', 'TravelPlanner',
  'Online-Mind2Web', 'VitaBench', 'Cybench', 'InterCode', 'EmbodiedBench', 'VLABench', 'MCP-Atlas',
  // Tool calls made pass or fail.
  'API-Bank']);

/** Benchmarks that measure systems (speed, throughput): a bare "performance" gain on one of them is speed. */
export const SYSTEMS_BENCHMARKS = new Set(['KernelBench', 'MLPerf', 'SPEC CPU2017', 'PARSEC', 'Rodinia', 'PolyBench', 'MiBench', 'CHStone', 'GAP benchmark suite',
  'Graph500', 'TPC-H', 'TPC-C', 'TPC-DS', 'YCSB', 'DeathStarBench', 'CloudSuite', 'ISPD', 'ICCAD 2015', "ISCAS'85", 'EPFL benchmark suite']);
