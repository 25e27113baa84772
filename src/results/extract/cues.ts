/**
 * Metric cue words: which metric a relative number ("2.4x", "61%") is about. One alternation, longest
 * phrases first, so "energy efficiency" wins over "energy" and "memory bandwidth" over "memory".
 * "performance" is left undecided here: it means speed in systems papers and accuracy in ML ones.
 */
import type { Metric } from '../types.ts';

export type Cue = Metric | 'performance' | 'compression';

// "a 95% reduction in lookup time": any task's time that is cut (checked after the word: a lookbehind
// tried at every position costs extraction time). Also the lower-is-better word of qualifiers.ts.
export const TIME_CUT = String.raw`time(?<=\b(?:reductions?|reduc(?:e|es|ed|ing)|cut(?:s|ting)?|shorten(?:s|ed|ing)?)\s(?:in\s|of\s)?(?:the\s)?(?:[a-z]+(?:-[a-z]+)*\s){0,2}time)`;

// "reduces optimizer step time by 6x", "2.26x lower time per training step": a step's, an iteration's or an epoch's time is a
// run time (and less of it is better: qualifiers.ts).
export const STEP_TIME = String.raw`(?:(?:training |optimizer |update )?step|iteration|epoch) times?|time per (?:training |optimizer |update )?(?:step|iteration|epoch)`;

// A ratio right before a cue word, for cues that only a ratio names ("a 3times FPS", "17times its size"; a lookbehind,
// as the cue must start at the word).
const RATIO_BEFORE = String.raw`(?:\d\s?(?:x|×|times)|\btimes|fold)\s`;

// A distance between distributions: lower is better (qualifiers.ts).
export const DISTRIBUTION_DISTANCE = String.raw`(?:wasserstein|energy|fr[eé]chet|sliced|earth mover'?s?|mmd)\s(?:[a-z]+\s)?(?:distances?|divergences?)`;

const CUES: Array<[Cue, string]> = [
  // "energy distance by 20.2%", "Wasserstein distance by 13.1%": a distance between distributions is a quality score (labels,
  // L7589), never the energy or memory its first word names.
  ['accuracy', String.raw`${DISTRIBUTION_DISTANCE}`],
  // A data center's power usage effectiveness (PUE) is how efficiently it turns power into work.
  ['energy_efficiency', String.raw`energy[- ]efficien\w*|power[- ]efficien\w*|power usage effectiveness(?: \(pue\))?|pue|throughput[- ]per[- ](?:watt|power(?: consumption)?|tdp)|perf(?:ormance)?(?:/| per )watt|performance[- ]per[- ]watt|[kmgtp]?(?:ops|flops)/w`],
  ['area_efficiency', String.raw`area[- ]efficien\w*|compute density|performance density|(?:perf(?:ormance)?|throughput)(?:/| per )(?:mm2|area|square millimet\w+)|[kmgtp]?(?:ops|flops)/mm2`],
  // Energy-delay(-area) products are energy figures, an area-time (area-delay) product an area one.
  ['energy', String.raw`fuel consumption|power[- ]delay[- ]product|energy[- ](?:delay[- ])?(?:area[- ]|cost[- ])?product|energy[- ]cost|edap|edp|per-token energy|energy[- ]per[- ](?:token|timestep|inference|query|operation|bit|sample|frame|image)|energy`],
  // Memory accesses, traffic and data movement are bandwidth, as a DRAM traffic volume is (labels, rule 15).
  ['bandwidth', String.raw`(?:memory |network |link )?bandwidth|(?:dram|hbm) traffic|memory traffic|data access(?: amount)?|(?:dram|memory|off-chip|external memory|register file|sram|(?:key-value |kv[- ])?cache|buffer) access\w*|off-chip traffic|(?:remote|communication|network|inter-?node) traffic|communication volume|data movement|(?:memory |data )?transfer volume|bit-?rates?(?: savings?)?|communication reductions?|(?:off-chip |external |dram |memory )transfers|transferred bytes|(?:uplink |downlink )?payloads?`],
  // ("47% more memory-efficient"; not "a memory-efficient semantic video reparameterization", which names the method.)
  ['memory', String.raw`(?:larger|bigger) batch(?:es| sizes?)|memory[- ]efficien(?:t|cy)(?!\s(?!and\b|or\b|than\b|while\b|by\b|compared\b|with\b|in\b|on\b|at\b|for\b)[a-z])|(?:kv[- ]?cache|cache|weight|activation) footprint|(?:gpu memory|vram)(?: usage| consumption| footprint)?|data size|memory footprint|memory usage|memory consumption|(?:hbm|memory|vram|gpu memory) occupancy|memory cost|memory requirements?|peak memory(?!\sbandwidth)|key-value (?:\(kv\) )?cache(?!\saccess)|kv[- ]cache(?!\saccess)|memory|storage`],
  // A share of LUTs or DSPs is resources even when called utilization (labels, rule 14).
  ['resources', String.raw`(?:lut|dsp|bram|ff|ai engine tile|aie tile)s? utili[sz]ation|lut (?:cost|overhead)|lut\d?s?|lut usage|logic (?:usage|utili[sz]ation)|slices?|dsps?(?: blocks)?|flip[- ]flops|brams?|(?:hardware |fpga )?resources?(?: utilization| usage| savings| consumption)?|register overhead`],
  // "the percentage of peak throughput from 49% to 61%": a share of the peak is how much of it is used.
  // ("reaching over 90% of peak memory bandwidth": a share of the device's peak is how much of it is used.)
  ['utilization', String.raw`(?:percentage|share|fraction) of (?:the )?(?:theoretical )?peak(?: (?:throughput|performance|flops|bandwidth|compute))?|(?<=\d\s?%\sof\s(?:the\s)?(?:theoretical\s)?)peak(?:\s(?:memory|compute|dram|hbm))?(?:\s(?:bandwidth|throughput|performance|flops))?|(?:hardware |compute |pe |gpu )?utili[sz]ation|compute efficiency|model flops utili[sz]ation|mfu`],
  ['latency', String.raw`critical path delay|cpd|time[- ]between[- ]tokens|tbt|time[- ]per[- ]output[- ]token|tpot|inter-token latency|itl|(?:worst |total )?negative slack|wns|tns|turnaround time|(?:mean |average )?(?:waiting|wait|queu(?:e|ing)) time|time[- ]to[- ]first[- ]token|ttft|tail latency|p9[059](?: latency)?|latenc\w*|delay|response time|(?:inference |denoising |sampling )?time[- ]steps?|transmission time|prefill time|decode time|(?:clock |computation )?cycles?(?: counts?)?|circuit depth|(?:inference|denoising|sampling|diffusion|decoding) steps`],
  // A makespan is the time a whole workload takes: its ratio is a speedup (labels, rule 3).
  // The time a run takes to reach its goal ("time-to-accuracy", "time-to-solution", "time-to-train") is a run time; "15 to
  // 130 times as fast as" compares speeds.
  ['speedup', String.raw`(?:training|inference|decoding|convergence)[- ]efficiency|time-to-(?:accuracy|solution|train(?:ing)?|target(?: accuracy)?|convergence)|as fast(?= as\b)|makespan|(?:mean |average )?(?:job )?completion time|speed[- ]?ups?|speed(?:s|ing)? up|faster|slower|slowdown|accelerat(?!ors?\b)\w*|execution time|run[- ]?times?|wall[- ]clock time|wall-?time(?: ratios?)?|(?:simulation|total|end-to-end|(?:re|pre-?)?training|inference|compilation|compile|build|synthesis|solving|search|sampling|verification|tuning|analysis|allocation|coding|development|debugging|placement|routing|convergence|query|processing|work|computation|computational|feature extraction|fault-injection|cpu|gpu|compute) time|${STEP_TIME}|ipc (?:improvement|boost|gain)|time savings?|${TIME_CUT}\b(?!\s?steps?\b|\sto\sfirst)|(?:training |inference |decoding |processing |simulation )?speed`],
  // ("a 3times FPS compared with SAM2": a ratio of frame rates.)
  ['throughput', String.raw`hash ?rate|fps(?<=${RATIO_BEFORE}fps)|iops|qps|queries per second|throughput|goodput|serving capacity|tokens per second|frame rate|requests per second|ipc`],
  // Bit transitions on a link are what its dynamic power is spent on.
  // "detection power", "statistical power" are a test's sensitivity, not watts.
  ['power', String.raw`power consumption|tdp|thermal design power|power savings?|(?<!(?:detection|statistical|predictive|discriminative|discriminating|explanatory|expressive|representational|reasoning) )power|bit[- ]transitions?(?: \(bt\))?|bt`],
  // "5.98x smaller in area", "a 4.5x smaller engine": hardware that is smaller is area, not model size.
  ['area', String.raw`area[- ](?:time|delay)[- ]product|atp|adp|gate counts?|transistor counts?|smaller in (?:chip |silicon |die )?area|smaller(?= (?:[\w-]+ ){0,2}(?:engines?|designs?|circuits?|chips?|cores?|units?|accelerators?|dies?|macros?)\b)|(?:chip |silicon |die |gate |circuit |hardware )?area(?!\s\d+(?![\d.]|\s?(?:x|×|%|mm|μm|um|times)))(?!\sunder\s(?:the\s)?(?:[\w-]+\s){0,4}?curves?\b)|footprint`],
  // "6 times higher parameter efficiency", "4x more parameter-efficient": how few parameters a model needs (not
  // "parameter-efficient fine-tuning", a method).
  // "competitive with models up to 17times its size", "comparable to the 10x larger InternVL2-76B", "surpassing models with 10x more
  // parameters": how much larger a compared model is (labels: model_size, the L2047 case); a larger model or batch a method can
  // handle is a capability and is not read here (no comparison before it).
  ['model_size', String.raw`(?:size(?<=${RATIO_BEFORE}(?:its|their|the|his|her)\ssize)|more (?:(?:activated|active|total)\s)?param(?:eter)?s(?<=${RATIO_BEFORE}more (?:(?:activated|active|total)\s)?param(?:eter)?s)|(?:larger|bigger)(?<=${RATIO_BEFORE}(?:larger|bigger))(?<=\b(?:comparable|competitive|outperform\w*|surpass\w*|match\w*|rival\w*|approach\w*|than|beat\w*|vs\.?|versus|exceed\w*)\b[^.;]{0,80}))(?<!\b(?:datasets?|corpus|corpora|data|images|videos|hours|documents)\b[^.;]{0,80})(?!\s(?:than\s(?:[\w-]+\s){0,5}(?:datasets?|corpus|corpora|subsets?|collections?)|(?:[\w-]+\s)?(?:datasets?|corpora|rollout|budgets?|batch\w*|data)\b))|param(?:eter)?[- ]efficiency|param(?:eter)?\scosts?|more param(?:eter)?[- ]efficient|model[- ]size|parameter reductions?|compress\w* (?:the )?(?:model )?weights|model weights?(?: compression)?|weight compression|parameter (?:counts?|numbers?)|(?<=\b(?:fewer|less)\s(?:trainable\s|total\s|active\s|activated\s)?)param(?:eter)?s|param(?:eter)?s(?=\s(?:by|count)\b)|number of (?:trainable |model )?param(?:eter)?s|param(?:eter)?s(?<=\breductions? in\s(?:the\s)?(?:number of\s)?(?:trainable\s|total\s|model\s|[\w-]+\s)?param(?:eter)?s)|param(?:eter)?s(?<=\d\s?%\sparam(?:eter)?s)(?=\sof\s)|smaller(?!\s(?:and|or)\s(?:larger|bigger)\b)`],
  // "pass@1 accuracy" and "pass@1 performance" are pass rates; so are the shares of generated code that
  // runs or compiles, and a functional pass@1 ("Func.@1"), outputs passing a check (labels, rule 17).
  // ASR is an attack's success rate (labels, rule 24), except where speech recognition is meant ("ASR accuracy").
  // A win rate is one too, also written "winning rate" ("a user study winning rate of over 92%"; labels, rule 37), as are being
  // "preferred by 44.0% ... of human evaluators" and a refusal rate for unsafe prompts (labels, the L2481 case).
  // (An attack success rate within N tries is written "ASR@8" or "ASR-8"; not "Qwen3-ASR-0.6B", a model.)
  ['correctness', String.raw`asr(?:@\d+|-\d+(?![.\w]))?(?!s?\s(?:accuracy|performance|errors?|systems?|tasks?|benchmarks?|datasets?|test|training|corpus|pipelines?|backbones?|encoders?|outputs?|transcripts?|transcriptions?|quality)\b)|(?:issue )?resol(?:ution|ve) rate|(?:slo|deadline) (?:attainment|compliance)|acceptance rate|(?:fix|repair) rate|win(?:ning)?[- ]rate|refusal rates?|preferred(?=\sby\s)|tsr|sr(?<=%\s?sr)(?!\s?(?:models?|networks?|methods?|tasks?))|preference(?: rate)?(?=\s(?:over|against|vs\.?)\b)|task completion length|completion(?!\slength)(?: rate)?|pass rate|pass@\d+(?: accuracy| performance| scores?)?|success rate|(?:compilation |compile |execution |synthesis |task |top-\d+ )?success|solve rate|correctness|functional correctness|valid(?:ity)? rate|(?:syntactic |syntax |semantic |functional )validity|(?:numerical |functional |semantic )equivalence|equivalence rate|(?:backward |api )?compatibility|optimality rate|(?:intent|constraint|requirement|demand) satisfaction rate|(?<=%\s)(?:intent|constraint|requirement|demand) satisfaction|factuality|faithfulness|correct|executability|execution rate|compil(?:ability|ation rate|e rate)|func(?:tional)?\.?@\d+`],
  // ("an average accuracy deviation of 2.62%", "instruction violations decreasing from 26.6% to 5.8%".)
  ['error', String.raw`(?:(?:accuracy|mean|absolute|average|prediction|estimation)\s)+deviations?|(?:instruction |constraint |policy |safety )?(?:violation rates?|violations(?=\s(?:decreas|dropp|drops?|fell|falls?|reduc|by|from)\w*))|violations(?<=\b(?:reductions?|decreases?|drops?|cuts?)\sin\s(?:the\s)?(?:number\sof\s)?(?:[\w-]+\s){0,2}violations)|violation\sreductions?|optimality gap|min(?:ade|fde)(?:@\d+)?|fde(?:@\d+)?|ade(?=\s?(?:/|,|and)\s?(?:min)?fde)|ade(?<=\b(?:mean|average)\sade)|(?:[\w-]+\s)?disparit(?:y|ies)(?![\s-](?:maps?|estimation|range|space))|collision (?:rate|frequency)|(?:training|inference|validation|test) loss|hallucinations?(?: rates?| scores?)?|failure rate|false (?:positive|alarm|negative)s?(?: rates?)?|fnir|fpir|fnr|fpr(?:\s?@\s?\d+(?:\s?%)?(?:\s?tpr)?|\d+)?|aurc|(?:integrated )?brier(?: scores?)?|(?:racial |gender |social |position(?:al)? )?bias(?:es)?(?: scores?)?(?=\s(?:by|in|of)\b)|equal error rate|eer|kl divergence|(?<!\b(?:vanilla|standard|symmetric|generali[sz]ed|weighted|categorical|using|with)\s(?:binary\s)?)cross[- ]entropy(?: loss)?(?!\s(?:objective|with|based|training))|error rate|errors?|s?mapes?|mase|n?rmse|n?mse|n?mae|mnae|wer|cer|ece|bit error rate|ber|duplication|noisy nodes|(?:chamfer|hausdorff|edit|levenshtein) distance|chamfer-l\d|miss rates?|misclassifications?|inconsistenc(?:y|ies)|absrel|failures(?<=\b(?:reduc\w*|cut\w*|lower\w*|fewer|decreas\w*|eliminat\w*|halv\w*)\s(?:[\w-]+\s){0,3}failures)|drift(?<=\b(?:reduc\w*|lower\w*|cut\w*|less|minimal|mitigat\w*)\s(?:[\w-]+\s){0,2}drift)|forgetting|toxicity|toxic (?:continuations|responses|outputs|generations)`],
  // Perplexity is accuracy (labels, rule 13). A cumulative or generalized IoU ("65.5% cIoU", "gIoU") and a PR-AUC are scores too.
  // A figure of merit is accuracy (labels, "How labels were written"), and so is what any "X quality"
  // names ("reasoning quality", "layout quality"; not "the quality" or "label quality"): matched at
  // "quality" and its word checked after, as a word tried at every position costs extraction time.
  // ("with less than 0.5% quality drop": what a quality loss is measured in is a score.)
  // A navigation path's efficiency (SPL) is a quality score too (labels, L161).
  ['accuracy', String.raw`area under (?:the )?(?:[\w-]+ ){0,4}?curves?|quality (?:drops?|loss(?:es)?|degradation)|path[- ]efficiency|accura\w*|perplexity|ppl|figure[- ]of[- ]merit|fom|psnr|(?:ms-)?ssim|concordance index|c-index|dice(?: similarity)?(?: coefficients?| scores?)?|dsc|similarity(?!\s(?:thresholds?|search\w*|retrieval|chunking|measures?|edges?|matri(?:x|ces)|functions?|graphs?|based)\b|-based)|quality of results|qor|quality(?<=(?<!\b(?:high|low|good|comparable|similar|minimal|same)\s)\b(?!(?:the|a|an|its|their|our|minimal|similar|comparable|high|low|good|same|original|full|reference|label|data|annotation|based|poor|maintains?|maintaining|preserves?|preserving|retains?|retaining|keeps?|keeping|sacrificing|degrading|improving|losing|match(?:es)?|matching|compromising)\s)[a-z]+ quality)(?!\s(?:assurance|control|gates?|checks?|filter\w*))|top-[15]|(?:micro|macro)-f1|f1(?:[- ]score)?|f_1|f-score|f-measure|roc-auc|pr-auc|(?:[ip]-)?auroc|auprc|[cgm]?iou|intersection over union|hit rates?|agreement|map(?:50|75|@?0?\.5)?|ap(?:50|75|@?0?\.5)|auc(?:-roc)?|correlations?|bleu(?:-\d)?|rouge(?:-(?:l|\d))?|lpips|dists|fid|fvd|nds|hota|mota|idf1|nmi|ndcg(?:@\d+)?|mrr|tpr|ctr|meteor|cider|chrf|bertscore|mcc|sensitivity|specificity|recall|(?<!(?:mixed|bit|low|full|half|single|double|numerical|numeric|arithmetic|floating-point|fp\d+|int\d+|reduced|lower|higher|weight|activation)[- ])precision|(?:code |branch |statement |functional |toggle |line |test |fault |defect )?coverage|detection(?: rate| power)|detection\b(?<=\d\s?%\sdetection)|true positive rate|ranking consistency|(?:adversarial )?robustness(?=\s(?:by|of|on|to|from|and|,|\.)|$)|truthfulness|factuality|hit ratio|exact match|avg@\d+|scor(?:e|es|ed|ing)`],
  // "14x less training data and 16x less compute": what it took to get there is a cost; "in
  // tokens/sec" is a throughput unit, not a token count.
  // Tokens saved and a budget of them cut are a cost ("a 43% token reduction on AIME", "reducing the visual token budget by
  // 91%"; "with a 20% token budget" is a setting), as is the CPU or GPU a service consumes ("reduces CPU consumption by 35%").
  // What it takes per result is a cost too: "2.2x better sample efficiency", "a 10x gain in data efficiency", "over 100x
  // more data-efficient" (the labels' cost: "18x higher per-token efficiency", "improves FLOP efficiency by 4.1x").
  ['cost', String.raw`(?:data|sample|label|annotation|query|flops?|(?:per-)?token)[- ]efficiency|(?:training |optimization )?iterations(?<=\b(?:fewer|less)\s(?:training\s|optimization\s)?iterations)|(?:interaction|dialogue|conversation) turns(?<=\bfewer\s[a-z]+\sturns)|completion length|more (?:data|sample|label|annotation|flops?|token)[- ]efficient|(?:embodied |operational )?carbon(?: emissions| footprint)?|(?:co2 )?emissions|tco|total cost of ownership|(?:training |inference |encoder )?flops|g?macs|multiply-accumulate operations|computations|(?:search|candidate|design) space|(?<=\b(?:reduc\w*|cut\w*|sav\w*)\s(?:[\w-]+\s){0,2})compute|gpu[- ]time|(?:operations|epochs)(?<=\b(?:fewer|less)\s(?:training\s|[A-Za-z]+\s)?(?:operations|epochs))|computational (?:requirements?|cost|complexity|burden)|(?:training|optimization) steps|instruction counts?|(?:output|response|reasoning|generation) length|(?:cot|chain-of-thought|thinking|trajectory|trace)(?: trajectory)? lengths?|(?:reasoning|thinking) budgets?|annotation (?:effort|cost)|(?:tool[- ]call|interaction) rounds|invocations|compute savings?|reasoning chains(?<=\bshorter\sreasoning chains)|(?:trials|attempts|evaluations|ratings|annotations|queries)(?<=\b(?:reduc\w*|cut\w*)\s(?:in\s)?(?:the\s)?(?:number of\s)?(?:trials|attempts|evaluations|ratings|annotations|queries))|attempts(?<=\bfewer\s(?:[\w-]+\s)?attempts)|rollouts|bitops|mac operations|macs|(?:gpu|cpu|compute)[- ]hours|api calls|(?<=\b(?:fewer|reduc\w*|cut\w*|sav\w*)\s(?:[\w-]+\s)?)(?:tool|llm|model|function) calls|turns(?<=\bfewer\s(?:[\w-]+\s)?turns)|interactions(?<=\bfewer\s(?:[\w-]+\s)?interactions)|(?:traces|chains)(?<=\bshorter\s(?:reasoning\s|thinking\s|cot\s)?(?:traces|chains))|(?:response |output |reasoning |generation )?length reductions?|(?:experiments|samples|queries|trials|evaluations|simulations|examples|frames|environments|data)(?<=\b(?:fewer|less)\s(?:[\w-]+\s){0,3}[a-z]+)|token counts?|computation(?<=\b(?:reduc\w*|cut\w*|sav\w*|less|fewer|lower|eliminat\w*|reduction in)\s(?:the\s)?(?:[\w-]+\s){0,2}computation)|search (?:cost|reduction)|[gtm]?flops? (?:reduction|savings?)|(?:input |inference |prompt )?tokens? (?:consumption|usage|cost|efficiency)|inference tokens|fewer tokens|token (?:reductions?|savings?)|token budgets?(?<=\b(?:reduc\w*|cut\w*)\s(?:the\s)?(?:[\w-]+\s)?token budgets?)|(?:cpu|gpu) consumption|tokens(?!\/|\sper\s)|(?<!\bat (?:the |no |a |little |small )?(?:small )?)costs?(?! of (?:greater|higher|lower|more|less|some|slight))|dollars?|price|cheaper|less expensive|cost[- ]effective(?:ness)?|cost[- ]efficien(?:t|cy)|(?<=\b(?:reduc\w*|cut\w*|sav\w*|lower\w*)\s(?:the\s)?)token generation|(?<=\b(?:less|fewer|lower|reduced) )(?:training |pre-?training )?(?:compute|data)|(?<=\b(?:additional|extra|more) )(?:training |pre-?training |inference )?compute\b`],
  ['performance', String.raw`performance`],
  // "32x/64x spatial and 4x temporal compression", "a compression ratio of 1:192": how much smaller
  // the data, tokens or latents get (claims.ts keeps only ratios: "within 0.5% of Huffman coding" is a gap).
  ['compression', String.raw`compression(?: ratios?| rates?)?`],
];

const SOURCE = CUES.map(([, re]) => `(${re})`).join('|');
const ORDER = CUES.map(([c]) => c);

export interface CueHit {
  cue: Cue;
  start: number;
  end: number;
}

// A cue glued to a hyphen is a modifier ("bandwidth-constrained", "memory-intensive"), and a cue
// followed by one of these nouns names something else ("performance gap", "cost weights").
const CUE_RE = new RegExp(`(?<![\\w-])(?:${SOURCE})s?(?![\\w-])(?![\\s-]+(?:gap|models?|counters?|bottlenecks?|budgets?|constraints?|targets?|requirements?|analysis|characteristics|metrics?|trade-?offs?|weights?|wall|predictors?|prediction|detection|estimation|modeling|simulator|hierarchy|controller|subsystem|technolog\\w*|devices?|cells?|arrays?|chips?)\\b)`, 'gi');

/** Every cue in `text` (lowercase matching, whole words), left to right. */
export function findCues(text: string): CueHit[] {
  const re = CUE_RE;
  re.lastIndex = 0;
  const out: CueHit[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    out.push({ cue: ORDER[group]!, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The model_size cues above that say how much larger a compared model is ("size" of "17times its size", "more parameters",
 * "larger"): they name only the ratio before them (claims.ts), and that ratio is better for the paper's model (qualifiers.ts).
 */
export const LARGER_MODEL_CUE = /^(?:size|more param|larger|bigger)/i;
export const LARGER_MODEL_AFTER = /^\s?(?:larger|bigger|(?:its|their|the|his|her)\ssize|more\s(?:(?:activated|active|total)\s)?param)/i;

/** Metrics where a lower number is the better result. */
export const LOWER_IS_BETTER = new Set<Metric>(['latency', 'energy', 'power', 'area', 'resources', 'memory', 'error', 'cost', 'model_size']);

/** Papers about agents acting in an environment or robot policies (labels, rule 41). */
const AGENT_SUITES = String.raw`OSWorld|WebArena|AndroidWorld|SWE-bench|ALFWorld|LIBERO|BFCL\w*|AppWorld|WebShop|Mind2Web|WebVoyager|Terminal-?Bench|(?:τ|tau)\^?2?-bench|MCP[- ](?:Bench|Atlas|Universe)`;
export const AGENTIC = new RegExp(String.raw`\b(?:GUI (?:agents?|automation|navigation|tasks?)|computer[- ]use|web (?:agents?|navigation)|mobile agents?|tool[- ](?:use|using|calling|call|augmented)|function[- ]calling|robots?|robotic|VLAs?|vision-language-action|embodied|(?:robot(?:ic)? |dexterous )manipulation|manipulation (?:tasks?|policy|policies)|${AGENT_SUITES}|MCP[- ](?:servers?|tools?))\b`, 'i');
/** An agent or robot benchmark named: the abstract is about agents. */
export const AGENT_BENCHMARKS = new RegExp(String.raw`\b(?:${AGENT_SUITES})\b`, 'i');
const AGENT_WORDS = new RegExp(AGENTIC.source, 'gi');
/** How many different agent words an abstract uses ("robot" and "manipulation policy" are two; "robots" twice is one). */
export const agentWords = (text: string) => new Set((text.match(AGENT_WORDS) ?? []).map((w) => w.toLowerCase().replace(/s$/, ''))).size;

// A title about agents ("Terminal Agents", "Computer-Using Agents", "Language Model Agents", "Agentic Parallel Thinking") makes the paper an agent one;
// not multi-agent pipelines, nor agents that answer, retrieve, predict or classify, whose scores stay accuracy (labels, rule 41).
export const AGENT_TITLE = /^(?!.*\b(?:retrieval|RAG|videos?|QA|questions?|answering|understanding|reasoning|diagnosis|detection|classification|prediction|scoring|embeddings?|geolocali[sz]ation|geolocation)\b).*(?<!multi-)\b(?:agents?|agentic)\b/i;

// A title about writing code or proofs ("... for Code Generation", "Program Repair", "Theorem Proving") makes a score no
// metric word names a share of programs or proofs that pass (labels, rules 1 and 41). Only the title: an abstract that
// merely lists code generation among its tasks keeps its gains accuracy.
export const CODE_TASK_TITLE = /\b(?:code generation|program synthesis|coding (?:tasks?|agents?|benchmarks?)|software engineering|(?:bug|program) repair|theorem proving|formal proofs?|(?:LLM |code )?coders?|programmers?|code solutions?|Lean ?4|theorem provers?|transcompil\w*|(?:Verilog|RTL|HDL) (?:code )?generation)\b/i;

/** "performance" as speed when the text is about systems, else as accuracy. */
export function resolvePerformance(systemsContext: boolean): Metric {
  return systemsContext ? 'speedup' : 'accuracy';
}

// Speed and hardware words: the strong ones alone make an abstract a systems one, the weak ones
// ("overhead", "inference") need a second (index.ts).
const STRONG_WORDS = String.raw`speed[- ]?up|hardware|gpus?|fpgas?|cpus?|asics?|kernels?|dram|simulat\w*|rtl|processors?|multi-?core|many-?core|risc-v|simd|isa|microarchitectur\w*|chips?|socs?`;
const WEAK_WORDS = String.raw`latency|throughput|accelerat\w*|cache|compiler|ipc|energy|area|power|overhead|memory|inference|serving|cores?`;

/** Words that make "performance" mean speed. */
export const SYSTEMS_CONTEXT = new RegExp(String.raw`\b(?:${STRONG_WORDS}|${WEAK_WORDS})\b`, 'i');

/** Of those, the ones that alone make an abstract a systems one. */
export const STRONG_SYSTEMS = new RegExp(String.raw`\b(?:${STRONG_WORDS})\b`, 'i');

/** Words of a paper about models' quality, counted against the systems words (index.ts). */
export const QUALITY_TOPIC_WORDS = /\b(?:accura\w*|benchmarks?|datasets?|tasks?|F1|precision|recall|state-of-the-art|SOTA|classification|detection|segmentation|reasoning|LLMs?|fine-tun\w*|training|learning|models?)\b/gi;
