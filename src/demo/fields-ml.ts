/**
 * Model-centric fields of the demo corpus: LLM code generation, computer vision, natural
 * language processing and speech.
 */
import type { Field } from './field.ts';

/** Code generation with language models. */
export const CODEGEN: Field = {
  key: 'codegen',
  weight: 1.0,
  primary: ['cs.SE', 'cs.SE', 'cs.CL'],
  cross: ['cs.CL', 'cs.LG', 'cs.PL', 'cs.AI'],
  nameChance: 0.65,
  namePrefixes: ['Code', 'Repo', 'Test', 'Patch', 'Bug', 'Syn', 'Spec', 'Lint', 'Refactor', 'Verif', 'Agent', 'Prog'],
  nameSuffixes: ['Gen', 'Coder', 'Fix', 'Agent', 'Bench', 'Pilot', 'Smith', 'Craft', 'Mind', 'Forge', 'Sage', 'Wright'],
  mathChance: 0.07,
  vocab: {
    task: ['repository-level code completion', 'automated program repair', 'unit test generation', 'code translation from C to Rust', 'text-to-SQL', 'competitive programming', 'Verilog generation', 'GPU kernel generation with LLMs', 'formal proof synthesis', 'issue resolution in real-world repositories'],
    method: ['retrieval-augmented code model', 'agentic repair framework', 'execution-guided decoding strategy', 'self-debugging loop', 'test-driven fine-tuning recipe', 'multi-agent planning system', 'reinforcement learning recipe with execution feedback', 'compiler-in-the-loop generator'],
    mechanism: ['retrieves relevant functions from the repository using a static call graph', 'executes candidate programs against generated tests and feeds failures back to the model', 'decomposes issues into localization, editing and validation steps', 'rewards the model with compiler and test outcomes during fine-tuning', 'ranks samples by agreement on synthesized test inputs', 'constrains decoding with an incremental type checker'],
    challenge: ['hallucinated APIs', 'the lack of cross-file context', 'unreliable test oracles', 'data contamination in popular benchmarks', 'the high cost of sampling many candidates'],
    dataset: ['HumanEval', 'MBPP', 'SWE-bench Verified', 'LiveCodeBench', 'Defects4J', 'Spider', 'VerilogEval', 'KernelBench'],
    baseline: ['a frontier proprietary model', 'the base model', 'a strong retrieval baseline', 'CodeLlama-34B', 'prior agent frameworks', 'greedy decoding'],
    property: ['functional correctness', 'compilability', 'code readability', 'test coverage'],
    component: ['the retrieval module', 'the test generator', 'the feedback loop', 'the reward shaping', 'the planning stage'],
    technique: ['execution feedback', 'repository-level retrieval', 'self-consistency', 'tree search', 'type-constrained decoding', 'reinforcement learning', 'test-time scaling', 'speculative editing'],
    verb: ['Repair Their Own Bugs', 'Write Useful Tests', 'Navigate Large Repositories', 'Use Compilers as Critics', 'Plan Before They Code'],
  },
  namedTitles: ['<Name>: <adjective> <task> with <technique>', '<Name>: Teaching Language Models to <verb>', '<Name>: <a:method> for <task>', '<Name>: Benchmarking LLMs on <task>'],
  plainTitles: ['Can Large Language Models Do <task>?', '<technique> Improves <task>', 'An Empirical Study of <task> with Open Code Models', '<adjective> <task> via <technique>', 'What Makes <technique> Work for <task>?'],
  context: ['Large language models have made rapid progress on <task>, yet their outputs often fail to compile or pass tests.', '<task> is a long-standing goal of software engineering research and a key capability for coding assistants.', 'Despite strong benchmark scores, code models still struggle with <task> in realistic settings.'],
  details: ['All candidate programs run in a sandbox with resource limits, so evaluation is safe and reproducible.', 'We construct a decontaminated training set of <#int>K problems mined from permissively licensed repositories.'],
  results: ['<Ref> resolves <#pct>% of the issues in <dataset>, <#pts> points more than <baseline>.', 'On <dataset>, pass@1 improves by <#pts> points over the base model while sampling <#x>x fewer candidates.', 'Generated tests reach <#pct>% line coverage, outperforming <baseline>.', 'A 7B model trained with our recipe matches <baseline> on <dataset>.'],
  math: ['We estimate pass@$k$ with the unbiased estimator $1 - \\binom{n-c}{k} / \\binom{n}{k}$ over $n = <#int>$ samples.', 'The policy maximizes $\\mathbb{E}_{y \\sim \\pi_\\theta}[r(y)] - \\beta\\, \\mathrm{KL}(\\pi_\\theta \\| \\pi_{\\text{ref}})$, where $r$ counts passed tests.'],
};

/** Computer vision and graphics-adjacent vision. */
export const VISION: Field = {
  key: 'vision',
  weight: 1.2,
  primary: ['cs.CV'],
  cross: ['cs.LG', 'cs.AI', 'cs.GR', 'eess.IV'],
  nameChance: 0.6,
  namePrefixes: ['Vis', 'Seg', 'Pix', 'Depth', 'Scene', 'Gauss', 'Mask', 'Omni', 'Vid', 'Ray', 'Lumi', 'Pano'],
  nameSuffixes: ['Former', 'Net', 'Diff', 'Splat', 'Gen', 'Track', 'Seg', 'Fusion', 'Field', 'Vision', 'Occ', 'Prior'],
  mathChance: 0.07,
  vocab: {
    task: ['open-vocabulary segmentation', 'monocular depth estimation', 'novel view synthesis', 'video object tracking', 'text-to-image generation', '3D reconstruction from sparse views', 'image restoration', 'visual question answering', 'semi-supervised object detection', 'long video understanding'],
    method: ['diffusion model', 'vision transformer', 'Gaussian splatting pipeline', 'dual-branch encoder', 'token-merging strategy', 'self-supervised pretraining objective', 'state-space video backbone', 'test-time adaptation method'],
    mechanism: ['aligns dense visual features with text embeddings through a lightweight adapter', 'prunes redundant image tokens after the first few transformer blocks', 'regularizes 3D Gaussians with monocular depth priors', 'distills a large foundation model into a compact student', 'propagates masks across frames with a memory bank', 'denoises in a compressed latent space with a consistency objective'],
    challenge: ['the quadratic cost of attention at high resolution', 'poor generalization to unseen categories', 'floaters and artifacts from sparse input views', 'temporal inconsistency across frames', 'the scarcity of dense annotations'],
    dataset: ['ImageNet-1K', 'COCO', 'ADE20K', 'Cityscapes', 'NYU Depth v2', 'KITTI', 'DAVIS 2017', 'Mip-NeRF 360'],
    baseline: ['ViT-B/16', 'Mask2Former', 'Stable Diffusion', 'SAM', '3D Gaussian Splatting', 'DINOv2', 'the previous state of the art'],
    property: ['fine-grained detail', 'temporal consistency', 'robustness to distribution shift', 'real-time speed'],
    component: ['the adapter', 'the token-merging ratio', 'the depth prior', 'the memory bank', 'the teacher model'],
    technique: ['token merging', 'latent diffusion', 'Gaussian splatting', 'masked image modeling', 'contrastive distillation', 'state-space models', 'test-time training', 'neural radiance fields'],
    fps: ['24', '30', '45', '60', '120'],
  },
  namedTitles: ['<Name>: <adjective> <task> with <technique>', '<Name>: <a:method> for <task>', '<Name>: Towards <adjective> <task> in the Wild'],
  plainTitles: ['<technique> for <task>', 'Learning <task> from Unlabeled Video', '<adjective> <task> via <technique>', 'Does <technique> Help <task>?', 'Scaling <technique> for <task>'],
  context: ['<task> is a core problem in computer vision with applications from robotics to content creation.', 'Recent foundation models have transformed <task>, but they remain expensive and brittle outside their training distribution.', 'Progress in <task> has been driven by ever larger models and datasets.'],
  details: ['Training uses only publicly available images and takes <#int> GPU-days.', 'The adapter adds fewer than <#int>M parameters on top of a frozen backbone.'],
  results: ['<Ref> reaches <#pct>% top-1 accuracy on <dataset>, surpassing <baseline> by <#pts> points.', 'On <dataset>, it improves mIoU by <#pts> points while running at <fps> FPS.', 'Rendering quality rises by <#pts> dB PSNR over <baseline> with <#x>x faster training.', 'With <#red>% fewer FLOPs, our model matches <baseline> on <dataset>.'],
  math: ['We minimize $\\mathcal{L} = \\mathcal{L}_{\\text{rgb}} + \\lambda \\|\\hat{D} - D\\|_1$, where $\\lambda$ balances photometric and depth terms.', 'Token merging reduces the attention cost from $O(N^2)$ to $O(N^2 / r^2)$ for a merge ratio $r$.'],
};

/** Natural language processing and large language models. */
export const NLP: Field = {
  key: 'nlp',
  weight: 1.4,
  primary: ['cs.CL'],
  cross: ['cs.AI', 'cs.LG', 'cs.IR'],
  nameChance: 0.55,
  namePrefixes: ['Lingo', 'Chain', 'Reason', 'Think', 'Align', 'Prompt', 'Mem', 'Long', 'Tok', 'Retr', 'Self', 'Dialog'],
  nameSuffixes: ['LM', 'RAG', 'Bench', 'Align', 'Think', 'Chat', 'Instruct', 'Judge', 'Mind', 'Ret', 'Eval', 'Tune'],
  mathChance: 0.07,
  vocab: {
    task: ['multi-step reasoning', 'retrieval-augmented generation', 'long-context understanding', 'instruction tuning', 'preference alignment', 'machine translation for low-resource languages', 'hallucination detection', 'LLM-as-a-judge evaluation', 'tool use', 'multilingual question answering'],
    method: ['preference optimization objective', 'retrieval-augmented framework', 'chain-of-thought distillation method', 'data selection strategy', 'evaluation benchmark', 'reward model', 'memory-augmented architecture', 'decoding strategy'],
    mechanism: ['rewards intermediate reasoning steps with a learned process verifier', 'selects instruction data by estimated influence on held-out tasks', "interleaves retrieval with generation whenever the model's uncertainty is high", 'compresses past context into a fixed set of memory tokens', 'contrasts outputs of a strong and a weak model to suppress hallucinations', 'trains on self-generated critiques filtered by consistency'],
    challenge: ['hallucinated facts', 'sensitivity to prompt phrasing', 'the cost of human preference labels', 'degraded accuracy in the middle of long contexts', 'benchmark contamination'],
    dataset: ['MMLU', 'GSM8K', 'MATH', 'BIG-Bench Hard', 'TruthfulQA', 'Natural Questions', 'FLORES-200', 'AlpacaEval 2.0'],
    baseline: ['DPO', 'supervised fine-tuning', 'standard RAG', 'chain-of-thought prompting', 'Llama-3-8B-Instruct', 'a larger proprietary model'],
    property: ['factuality', 'helpfulness', 'calibration', 'multilingual robustness'],
    component: ['the process verifier', 'the data filter', 'the retrieval trigger', 'the memory size', 'the critique model'],
    technique: ['process supervision', 'direct preference optimization', 'self-consistency', 'adaptive retrieval', 'curriculum learning', 'contrastive decoding', 'synthetic data', 'model merging'],
  },
  namedTitles: ['<Name>: <adjective> <task> with <technique>', '<Name>: <a:method> for <task>', '<Name>: Benchmarking Language Models on <task>'],
  plainTitles: ['<technique> Improves <task> in Large Language Models', 'Less Is More: <technique> for <task>', 'On the Role of <technique> in <task>', 'Do Language Models Really Need <technique> for <task>?', '<adjective> <task> via <technique>'],
  context: ['Large language models excel at many tasks, yet <task> remains a persistent weakness.', '<task> has emerged as a central capability of modern language models.', 'Recent work on <task> relies on costly human annotation and large proprietary models.'],
  details: ['We train models from 1B to 70B parameters and observe consistent trends across scales.', 'All data and prompts are released to enable fair comparison.'],
  results: ['<Ref> improves accuracy on <dataset> by <#pts> points over <baseline>.', 'Using only <#red>% of the training data, it matches <baseline> on <dataset>.', 'Human raters prefer its outputs <#pct>% of the time against <baseline>.', 'Hallucination rates fall by <#red>% on <dataset> without hurting <property>.'],
  math: ['Our objective generalizes DPO: $\\mathcal{L}(\\theta) = -\\log \\sigma\\big(\\beta \\log \\frac{\\pi_\\theta(y_w|x)}{\\pi_{\\text{ref}}(y_w|x)} - \\beta \\log \\frac{\\pi_\\theta(y_l|x)}{\\pi_{\\text{ref}}(y_l|x)}\\big)$.', 'We show that the retrieval gain scales as $\\Theta(\\log k)$ in the number of retrieved passages $k$.'],
};

/** Speech and audio processing. */
export const SPEECH: Field = {
  key: 'speech',
  weight: 0.5,
  primary: ['eess.AS', 'cs.SD', 'cs.CL'],
  cross: ['cs.LG', 'eess.SP', 'cs.SD', 'cs.CL'],
  nameChance: 0.6,
  namePrefixes: ['Voice', 'Speech', 'Audio', 'Wave', 'Sono', 'Echo', 'Phone', 'Vox', 'Tone', 'Whisp', 'Chord', 'Mel'],
  nameSuffixes: ['Codec', 'TTS', 'ASR', 'Former', 'Gen', 'Net', 'Clone', 'Sep', 'Tok', 'Vocoder', 'Chat', 'Mix'],
  mathChance: 0.07,
  vocab: {
    task: ['streaming speech recognition', 'zero-shot text-to-speech', 'speech translation', 'speaker diarization', 'neural audio coding', 'speech enhancement in noisy environments', 'spoken language understanding', 'voice conversion', 'music generation', 'low-resource speech recognition'],
    method: ['neural codec language model', 'streaming transducer', 'self-supervised speech encoder', 'non-autoregressive synthesizer', 'diffusion-based vocoder', 'speech tokenizer', 'multilingual ASR model', 'end-to-end diarization model'],
    mechanism: ['predicts discrete codec tokens with a delayed parallel decoding pattern', 'limits attention look-ahead to a few frames for streaming', 'disentangles speaker identity from content with an information bottleneck', 'pretrains on unlabeled audio with masked prediction of quantized targets', 'generates waveforms in a handful of diffusion steps', 'aligns text and speech units without forced alignment'],
    challenge: ['high latency in streaming settings', 'scarce transcribed data for most languages', 'speaker leakage in voice conversion', 'artifacts at low bitrates', 'overlapping speech'],
    dataset: ['LibriSpeech', 'Common Voice', 'VCTK', 'LibriTTS', 'FLEURS', 'the AMI meeting corpus', 'CoVoST 2'],
    baseline: ['Whisper large-v3', 'a Conformer transducer', 'VALL-E', 'EnCodec', 'HiFi-GAN', 'wav2vec 2.0'],
    property: ['naturalness', 'speaker similarity', 'low latency', 'intelligibility'],
    component: ['the codec bitrate', 'the look-ahead window', 'the speaker encoder', 'the number of diffusion steps', 'the tokenizer vocabulary'],
    technique: ['codec language modeling', 'streaming attention', 'self-supervised pretraining', 'flow matching', 'discrete speech units', 'knowledge distillation', 'multitask training', 'diffusion vocoding'],
    mos: ['3.9', '4.1', '4.2', '4.35', '4.4'],
    rtf: ['0.02', '0.05', '0.08', '0.12'],
    kbps: ['1.5', '3', '6'],
  },
  namedTitles: ['<Name>: <adjective> <task> with <technique>', '<Name>: <a:method> for <task>', '<Name>: Towards Human-Level <task>'],
  plainTitles: ['<technique> for <task>', '<adjective> <task> with <technique>', 'Scaling <technique> to 100 Languages', 'Revisiting <technique> for <task>'],
  context: ['<task> has improved dramatically with large-scale pretraining, but deployment constraints remain.', 'Most of the world\'s languages lack the labeled data that <task> systems depend on.', '<task> underpins voice assistants, captioning and accessibility tools.'],
  details: ['The model runs on a single CPU core in real time after int8 quantization.', 'We pretrain on <#int>K hours of unlabeled multilingual audio.'],
  results: ['<Ref> reduces word error rate on <dataset> by <#red>% relative to <baseline>.', 'It achieves a MOS of <mos> with a real-time factor of <rtf>.', 'At <kbps> kbps, <Ref> matches the quality of <baseline> at twice the bitrate.', 'Streaming latency stays below <#int>0 ms with only <#pts>% relative degradation.'],
  math: ['We train with a flow-matching loss $\\mathbb{E}_{t, x_0, x_1} \\|v_\\theta(x_t, t) - (x_1 - x_0)\\|_2^2$ on mel-spectrogram frames.', 'The codec operates at $f_s = 24$ kHz with $R = 75$ frames per second and $N_q$ residual codebooks.'],
};
