/**
 * Units a result can be reported in, matched right after a number in normalized text, with the
 * canonical spelling they are stored under. `relative` units (x, %, pp) compare with something and
 * need a metric word nearby; absolute units name their metric themselves (TOPS/W is efficiency).
 */
import type { Metric } from '../types.ts';

export interface UnitRule {
  re: RegExp;
  canonical: (m: RegExpExecArray) => string;
  kind: 'relative' | 'absolute';
  /** The metric an absolute unit implies. */
  metric?: Metric;
}

const fixed = (s: string) => () => s;
const micro = (p: string | undefined) => (p === 'u' ? 'μ' : p ?? '');

/** "2.4x" but not "8x8", "8192 x 8192", "INT8×INT8" (the number rule refuses a letter before) or "5-fold cross-validation". */
export const RATIO: UnitRule = { re: /(?:×|[xX](?![A-Za-z0-9])|[Tt]imes\b|-?fold\b(?!\s(?:stratified\s|nested\s|repeated\s)?(?:cross|CV\b|ensembl|validation|splits?\b)))(?!\s?\d)/y, canonical: fixed('x'), kind: 'relative' };

// "our compact 7B-parameter model", "we introduce X, a 3.8B model": the size of the paper's own model
// (labels, rule 30); the size of a model a method is applied to or tested at ("on a 109B-parameter
// model", "we pretrain a 1B-parameter model with X") is a setting and is not read.
// ("we present DeepGen 1.0, a lightweight 5B unified model", "an efficient 560-billion-parameter open-source
// Mixture-of-Experts (MoE) reasoning model", "a 1.5 billion-parameter autoregressive model".)
// A model called compact, lightweight or efficient is the paper's own whatever verb comes before it ("enabling
// a compact 3B model to outperform", "we distill a frontier VLM into a compact 241M student model", "a
// compact 4B-scale generative stack"); a base model "already tiny" is not. Each size of a list is one ("our best performing 32B
// and 72B models"). A name the paper gives its model, right after a verb that makes it, is its own too ("we train
// Meno-Lite-0.1, a 7B model", "we develop VRPCoder, an 8B end-to-end model", "show that LanDiff, a 5B model,");
// a bare "we train a 1B parameter model for 25B tokens" is the scale of an experiment (labels, rule 30).
// A title naming the model by its size right after the name's colon is the paper's own too ("Moebius: 0.2B Lightweight
// Image Inpainting Framework", "Humains-Junior: A 3.8B Language Model"), unless a verb in -ing is done to others'
// models there ("TPI-LLM: Serving 70B-scale LLMs") or the colon ends a structured abstract's heading ("Methods: A ... LLM").
// A model named by its size as the subject of a result is the paper's own too ("a 1.5B GenPRM outperforms GPT-4o", "the 72B
// variant achieves", "enables a 2B student LLM to rival"), unless a baseline's or a base model's, or the model a method is
// tried on ("experiments on a 3B model show X achieves", "fine-tuning an 8B model on Y achieves").
export const OWN_MODEL_SIZE: UnitRule = { re: /(?:(?<=(?:\b[Oo]ur|\b(?:introduces?|introducing|presents?|releases?|trained|propose[sd]?|creates?|created)\b(?:[^.;]|\.\d){0,40}?\ban?|\b(?:trains?|develop(?:s|ed)?|build(?:s|ing)?|built|(?:pre|post-)train(?:s|ed)?|yields?|that)\s[A-Z][\w.-]*[A-Z\d][\w.-]*,\san?|\ban?\s(?:compact|lightweight|efficient)|^(?!(?:Background|Methods?|Results?|Conclusions?|Objectives?|Purpose|Aims?)\b)[A-Z][^:]{1,40}:(?!\s[A-Z][a-z]+ing\b)(?:\s(?:[Tt]owards?\s)?[Aa]n?)?)\s(?:[\w-]+\s){0,2}(?:\d+(?:\.\d+)?\s?[MB],?\s(?:and\s|or\s)?)*\d+(?:\.\d+)?\s?)(?:([MB]|T(?=[- ]param))|-?(billion|million|trillion))(?:-parameters?|\sparameters?|-scale)?(?=\s(?:[\w()-]+\s){0,4}(?:model|LLM|LM|language model|VLM|VLA|architecture|critic|annotator|classifier|encoder|retriever|reasoner|prover|verifier|variant|version|student|policy|policies|agent|generator|detector|transformer|stack|Model|Framework)s?\b))|(?<=\b(?:[Aa]n?|[Tt]he)\s(?:(?!(?:baseline|base|vanilla|original|standard|dense|teacher)\b)[\w-]+\s)?\d+(?:\.\d+)?\s?)([MB])(?:-parameters?|\sparameters?)?(?=\s(?:(?!(?:shows?|demonstrates?|reveals?|indicates?|suggests?|with|using|on|in|of|for|and|or|when|via|by|as|under|base|baseline)\b)[\w-]+\s){0,3}(?:outperforms|surpasses|achieves|matches|rivals|recovers|reaches|exceeds|beats|attains|to\s(?:rival|match|outperform|surpass))\b)/y,
    canonical: (m) => `${m[1] ?? m[2]?.[0]!.toUpperCase() ?? m[3]} params`, kind: 'absolute', metric: 'model_size' };

// ("by an average of 7.1% points", "by over 4% absolute points": a percentage written before "points" is percentage points too.)
// ("by 2.8 percent points", "F1 gains of up to 30 %pt": shorter spellings of the same unit.)
export const PERCENTAGE_POINTS: UnitRule = { re: /(?:%\s?(?:absolute\s)?percentage[- ]points?\b|(?:absolute\s)?percent(?:age)?[- ]points?\b|pp\b|p\.p\.|%p\b|%\s?pts?\b|%\s?(?:absolute\s)?points?(?![\w-])(?!\s?clouds?\b))/y, canonical: fixed('pp'), kind: 'relative' };

const RATE = String.raw`((?:[KMG]|thousand|million|billion)\s?)?(records|queries|requests|images|inferences|sequences|samples|reads|writes|lookups|transactions|packets|events|positions|updates|rays|pixels|Ops|MACs)`;

/** The canonical units of money the rule below writes: "$", "million USD", "billion USD". */
export const isMoney = (unit: string) => unit === '$' || /^(?:million|billion) USD$/.test(unit);

// "models with different scales (1B, 3B, 8B)", "two dense variants (2B and 8B)", "spanning three parameter scales, 1.7B, 4B,
// and 8B", "a new VLM family in 2B and 7B model sizes": the sizes of a family of models the paper presents, each a claim
// (labels, rule 30). Only a list of two or more sizes tied to "sizes", "scales" or "variants", in a sentence where the
// paper presents, releases or trains its own ("we", "our", "family"): "generalizes across Qwen and Llama models at 4B, 8B,
// and 30B scale" is the scale of a test.
// The parts: a sentence where the paper presents its own models, one size of a list ("1.7B, "), a size's number.
const OWN_MODELS = String.raw`(?:\b[Ww]e\s(?:introduce|present|release|propose|train|open-source)\w*|\b[Oo]ur\s(?:[\w-]+\s){0,2}?(?:models?|family|series|suite|LLMs?|VLMs?)\b|\bfamily\b|\bproposed\b|\bseries\b)[^.;]{0,160}?`;
const SIZE_ITEM = String.raw`(?:\d+(?:\.\d+)?\s?[MB],?\s(?:and\s|or\s)?)`;
const SIZE_NUMBER = String.raw`\d+(?:\.\d+)?\s?`;
export const FAMILY_SIZES: UnitRule = {
  re: new RegExp(String.raw`(?:`
    // "scales (1B, 3B, 8B)", "sizes: 0.6B, 1.7B, and 4B": the list after the word.
    + String.raw`(?<=${OWN_MODELS}\b(?:sizes|scales|variants)\s?(?:\(|,\s(?:including\s)?|:\s)${SIZE_ITEM}*${SIZE_NUMBER})([MB])(?=,?\s(?:and\s|or\s)?\d|\s?[).;,]|\s(?:parameters|params|models)\b|$)`
    + String.raw`(?<=(?:\(|,\s|:\s|including\s)${SIZE_ITEM}{0,6}${SIZE_NUMBER}[MB])`
    // "in 2B and 7B model sizes": the list before it.
    + String.raw`|(?<=${OWN_MODELS}\b(?:in|at|of)\s${SIZE_ITEM}*${SIZE_NUMBER})([MB])(?=(?:,?\s(?:and\s|or\s)?${SIZE_NUMBER}[MB])*\s(?:model\s|parameter\s)?(?:sizes|scales|variants)\b)`
    // "introduces a family of 1B, 3B, and 8B hybrid models", "The resulting 7B and 32B models": a list of sizes right
    // after "a family of" or "the resulting", before the models they size.
    + String.raw`|(?<=\b(?:(?:family|series|suite)\sof|[Tt]he\sresulting)\s${SIZE_ITEM}*${SIZE_NUMBER})([MB])(?=(?:\/${SIZE_NUMBER}[MB])?(?:,?\s(?:and\s|or\s)?${SIZE_NUMBER}[MB](?:\/${SIZE_NUMBER}[MB])?)*\s(?:[\w-]+\s){0,2}(?:models|variants|LLMs|VLMs|versions|checkpoints)\b))`
    // Two sizes at least: one before this one, or one after it.
    + String.raw`(?<=\d\s?[MB])(?<=${SIZE_ITEM}${SIZE_NUMBER}[MB]|${SIZE_NUMBER}[MB](?=,?\s(?:and\s|or\s)?\d))`, 'y'),
  canonical: (m) => `${m[1] ?? m[2] ?? m[3]} params`, kind: 'absolute', metric: 'model_size',
};

/** Longest first where spellings share a prefix (TOPS/W before TOPS, ms before s). */
export const UNIT_RULES: UnitRule[] = [
  RATIO,
  // "15.4%p" is a percentage point (a Korean-style spelling), before the plain percent.
  PERCENTAGE_POINTS,
  { re: /(?:%|percent\b|per cent\b)/y, canonical: fixed('%'), kind: 'relative' },
  { re: /(?:tokens?\/J\b|tokens? per joule\b)/y, canonical: fixed('tokens/J'), kind: 'absolute', metric: 'energy_efficiency' },
  { re: /(?:tokens?\/s(?:ec)?\b|tok\/s\b|tokens? per second\b|TPS\b)/y, canonical: fixed('tokens/s'), kind: 'absolute', metric: 'throughput' },
  // An efficiency per watt and per square millimetre ("185 TOPS/W/mm2") is an energy efficiency.
  { re: /([KMGTP]?)(FLOPS|OPS)\/W\/mm2/y, canonical: (m) => `${m[1]}${m[2]}/W/mm2`, kind: 'absolute', metric: 'energy_efficiency' },
  // ("107 GOPs/W": a per-watt rate whatever the case of its s.)
  { re: /(?:[A-Z0-9]+-)?([KMGTP]?)(FLOPS|FLOPs|FLOP\/s|OPS|OPs)\/W\b/y, canonical: (m) => `${m[1]}${/^OP/.test(m[2]!) ? 'OPS' : 'FLOPS'}/W`, kind: 'absolute', metric: 'energy_efficiency' },
  { re: /([KMGTP]?)(FLOPS|OPS)\/mm2/y, canonical: (m) => `${m[1]}${m[2]}/mm2`, kind: 'absolute', metric: 'area_efficiency' },
  // A count of floating-point operations ("14.56 GFLOPs", lower-case s) is work done, a cost; FLOPS is a rate.
  { re: /([kKMGTP])FLOPs\b/y, canonical: (m) => `${m[1] === 'K' ? 'k' : m[1]}FLOPs`, kind: 'absolute', metric: 'cost' },
  { re: /(?:[A-Z0-9]+-)?([KMGTP])(FLOPS|FLOP\/s|OPS)\b/y, canonical: (m) => `${m[1]}${m[2] === 'OPS' ? 'OPS' : 'FLOPS'}`, kind: 'absolute', metric: 'throughput' },
  { re: /([KMG]?)Samples?\/s\/W\b/y, canonical: (m) => `${m[1]}Samples/s/W`, kind: 'absolute', metric: 'energy_efficiency' },
  { re: /([KMG]?)Samples?\/s\b/y, canonical: (m) => `${m[1]}Samples/s`, kind: 'absolute', metric: 'throughput' },
  // Rates of things per second keep their multiplier as written ("560K inferences/s", "2.94 million
  // events per second" is "million events/s", "267.5 Mpixels/s"); spelled out, "per second" is "/s".
  { re: new RegExp(String.raw`${RATE}\/s\/W\b`, 'y'), canonical: (m) => `${m[1] ?? ''}${m[2]}/s/W`, kind: 'absolute', metric: 'energy_efficiency' },
  { re: new RegExp(String.raw`${RATE}(?:\/s\b|\sper\ssecond\b)`, 'y'), canonical: (m) => `${m[1] ?? ''}${m[2]}/s`, kind: 'absolute', metric: 'throughput' },
  { re: /QPS\b/y, canonical: fixed('QPS'), kind: 'absolute', metric: 'throughput' },
  // A simulator's steps (or samples) per second, kept as written with its multiplier ("500M SPS", "717K SPS").
  { re: /([KMB])\s?SPS\b/y, canonical: (m) => `${m[1]} SPS`, kind: 'absolute', metric: 'throughput' },
  { re: /(?:FPS|fps)\/W\b/y, canonical: fixed('FPS/W'), kind: 'absolute', metric: 'energy_efficiency' },
  { re: /(?:FPS\b|fps\b|frames per second\b)/y, canonical: fixed('FPS'), kind: 'absolute', metric: 'throughput' },
  { re: /IPC\b/y, canonical: fixed('IPC'), kind: 'absolute', metric: 'throughput' },
  // Millions of instructions per second, "5 MIPS" (not "32 MIPS cores", the instruction set).
  { re: /(D?MIPS)\b(?!\/)(?!\s(?:cores?|processors?|CPUs?|ISA|architecture))/y, canonical: (m) => m[1]!, kind: 'absolute', metric: 'throughput' },
  // Data rates in bits (kbps, Mbps, Gb/s) are link or interface bandwidth, kept as written.
  { re: /([kKMGT])(bps|b\/s)\b/y, canonical: (m) => `${m[1] === 'K' ? 'k' : m[1]}${m[2]}`, kind: 'absolute', metric: 'bandwidth' },
  { re: /([KMGT])(?:B\/s|Bps)\b/y, canonical: (m) => `${m[1]}B/s`, kind: 'absolute', metric: 'bandwidth' },
  { re: /([KMGT])i?B\b/y, canonical: (m) => `${m[1]}B`, kind: 'absolute', metric: 'memory' },
  { re: /(?:mm2|mm 2\b|square millimet(?:er|re)s?\b)/y, canonical: fixed('mm2'), kind: 'absolute', metric: 'area' },
  { re: /(?:[μu]\s?m2|[μu]m 2\b|square micro(?:n|met(?:er|re))s?\b)/y, canonical: fixed('μm2'), kind: 'absolute', metric: 'area' },
  // A length in millimetres in an abstract is almost always a distance error ("4.73 mm HD95", "an MAE of
  // 0.17 mm", labels: error); voxel sizes, thresholds, focal lengths and die sizes are not.
  { re: /(?:mm|millimet(?:er|re)s)\b(?!\s?(?:2\b|\^|\/|x\s?\d|×|\\times|isotropic|iso-?voxels?|voxels?|thick|slices?|resolution|threshold|focal|apertures?|pitch|spacing|wafers?|dies?\b|chips?\b|packages?\b|long\b|wide\b|lengths?\b))/y, canonical: fixed('mm'), kind: 'absolute', metric: 'error' },
  // A length in centimetres or metres is a distance error only with an error word in its clause ("median trajectory errors
  // of 3.1 cm and 2.0 cm", "an average L2 error of 0.32 m"); "an 11 cm wire" and "15 meters" are sizes and settings.
  { re: /(cm|m)\b(?!\s?(?:2\b|\^|\/|x\s?\d|×))(?!(?:,?\s(?:and\s)?[\d.]+\s?c?m)*\s(?:resolution|grid|spacing|range|radius))(?<=\b(?:errors?|deviations?|MAE|RMSE|ATE|L2)\b(?:[^.;]|\.\d){0,50}?\d[\d.]*\s?(?:cm|m))/y,
    canonical: (m) => m[1]!, kind: 'absolute', metric: 'error' },
  // A distance in pixels is an error only with an error word before it in the clause ("a mean localization error of 3.61
  // pixels", "an overall reprojection error of 0.382 px"); "832x480 pixels" and "a 16-pixel patch" are sizes.
  { re: /(?:px|pixels?)\b(?<=\b(?:errors?|deviations?|MAE|RMSE|drift)\b(?:[^.;]|\.\d){0,50}?\d[\d.]*\s?(?:px|pixels?))/y, canonical: fixed('px'), kind: 'absolute', metric: 'error' },
  // An angle or an age a system is off by, with an error word before or after it in the clause ("reduces rotation error
  // from ~17 degrees to ~10 degrees", "a mean error of just 2.2 years", "0.12 deg precision", "a 4.23-year ... mean absolute
  // error"); "rotated by 90 degrees", "a 120° field of view", "errors at 180 deg", "360° imagery" and "25 °C" are settings.
  { re: /(?:(?:°|\^\{?\\circ\b\}?|deg\b|degrees?\b)|-?(years?)\b)(?!\s?[CF]\b)(?<!(?:\bat\s|\b360)[\d.]*\s?-?\S{1,8})(?:(?<=\b(?:errors?|deviations?|drift|MAE|RMSE)\b[^.;]{0,50}?\d[\d.]*\s?-?(?:\S{1,8}))|(?=[\s-]?(?:(?!to\b|and\b|with\b|for\b)[\w-]+\s){0,3}(?:errors?|precision|deviations?|MAE|RMSE)\b))/y,
    canonical: (m) => (m[1] ? 'years' : '°'), kind: 'absolute', metric: 'error' },
  // Gate equivalents, a technology-independent logic area ("49.5 kGE").
  { re: /([kM]?)GEs?\b/y, canonical: (m) => `${m[1]}GE`, kind: 'absolute', metric: 'area' },
  // Energy per operation ("0.07 pJ/SOP", "1.2 pJ/MAC") and items per joule ("1219 Mpixels/J") are how
  // efficiently a chip computes (labels use energy_efficiency); energy per frame or query stays energy.
  { re: /([mμunpfa]?)J\/(SOP|OP|MAC|synop)\b/y, canonical: (m) => `${micro(m[1])}J/${m[2]}`, kind: 'absolute', metric: 'energy_efficiency' },
  { re: new RegExp(String.raw`${RATE}\/J\b`, 'y'), canonical: (m) => `${m[1] ?? ''}${m[2]}/J`, kind: 'absolute', metric: 'energy_efficiency' },
  { re: /([mμunpfa]?)J\b/y, canonical: (m) => `${micro(m[1])}J`, kind: 'absolute', metric: 'energy' },
  { re: /([kmμu]?)W\b/y, canonical: (m) => `${micro(m[1])}W`, kind: 'absolute', metric: 'power' },
  { re: /(?:ms\b|milliseconds?\b)/y, canonical: fixed('ms'), kind: 'absolute', metric: 'latency' },
  { re: /(?:μs\b|us\b|microseconds?\b)/y, canonical: fixed('μs'), kind: 'absolute', metric: 'latency' },
  { re: /(?:ns\b|nanoseconds?\b)/y, canonical: fixed('ns'), kind: 'absolute', metric: 'latency' },
  // Money, which the normalizer writes after its number ("$42" as "42 $", "$30M" as "30 million USD").
  // ("4.12 USD on average": the currency's code after the amount.)
  { re: /(?:\$|(million|billion) USD\b|\s?USD\b)/y, canonical: (m) => (m[1] ? `${m[1]} USD` : '$'), kind: 'absolute', metric: 'cost' },
  // Device time consumed ("with just 5 GPU hours of training", "within 0.01 GPU days") is a cost (labels, rule 25).
  { re: /(GPU|TPU|accelerator|node)[\s-](hour|day)s?\b/y, canonical: (m) => `${m[1]} ${m[2]}s`, kind: 'absolute', metric: 'cost' },
  // Wall-clock hours and minutes a task takes ("finishes in 5.4 hours", a title's "within 1 Second");
  // "GPU-hours" is not matched.
  { re: /(?:h\b|hrs?\b|[Hh]ours?\b)(?!-)/y, canonical: fixed('h'), kind: 'absolute', metric: 'latency' },
  { re: /(?:min\b|mins\b|[Mm]inutes?\b)(?!-)/y, canonical: fixed('min'), kind: 'absolute', metric: 'latency' },
  { re: /(?:s\b|sec\b|[Ss]econds?\b)/y, canonical: fixed('s'), kind: 'absolute', metric: 'latency' },
  // Average precision written as a unit ("achieves 71.2 AP", "a +12.5 AP improvement", "within 0.9 AP of FP32") is a
  // detection score, kept as written (labels: "AP" as written).
  { re: /AP\b(?!-|\s?[@(])/y, canonical: fixed('AP'), kind: 'absolute', metric: 'accuracy' },
  // Signal quality in decibels (PSNR, SNR) is a quality score: accuracy.
  { re: /dB\b/y, canonical: fixed('dB'), kind: 'absolute', metric: 'accuracy' },
  { re: /LUTs?\b/y, canonical: fixed('LUTs'), kind: 'absolute', metric: 'resources' },
  { re: /(?:DSPs?|DSP blocks)\b/y, canonical: fixed('DSPs'), kind: 'absolute', metric: 'resources' },
  { re: /(?:FFs?|flip-?flops)\b/y, canonical: fixed('FFs'), kind: 'absolute', metric: 'resources' },
  { re: /BRAMs?\b/y, canonical: fixed('BRAMs'), kind: 'absolute', metric: 'resources' },
  { re: /logic cells?\b/y, canonical: fixed('logic cells'), kind: 'absolute', metric: 'resources' },
  { re: /ALMs?\b/y, canonical: fixed('ALMs'), kind: 'absolute', metric: 'resources' },
  // "6.7k parameters" is "k params", as thousands of samples are "k samples".
  // ("355B total parameters", "32B activated parameters": a mixture of experts' sizes.)
  { re: /([kK]|thousand|M|B|T|million|billion|trillion)(?: (?:total|active|activated))? (?:parameters|params)\b/y, canonical: (m) => `${/^(?:[kK]|thousand)$/.test(m[1]!) ? 'k' : m[1]![0]!.toUpperCase()} params`, kind: 'absolute', metric: 'model_size' },
  OWN_MODEL_SIZE,
  FAMILY_SIZES,
  // "from 741 to 225 tokens", "with just 1 vision token", "reduced to just 32 discrete tokens": a count of tokens a method
  // gets by with is its cost, in tokens (labels).
  { re: /(?<=(?:\b(?:only|just|merely|as few as)\s|\b(?:reduc|cut|shorten|decreas|compress|lower|drop)\w*\s(?:[^.;]{0,60}?\s)?from\s\d[\d,.]*\s(?:to|→)\s(?:just\s|only\s)?)\d[\d,.]*\s?)(?!(?:[kKMBT]|thousand|million|billion)\s)(?:(?![\d-])[\w-]+\s)?tokens?\b/y,
    canonical: () => 'tokens', kind: 'absolute', metric: 'cost' },
  // "with only 465 self-refined training samples", "from as few as 50 samples", "only 4.8k preference samples": the examples
  // a method needed are its cost, as its tokens are (labels: samples and examples, in the unit written).
  { re: /(?<=\b(?:only|just|merely|as few as)\s(?:about\s|approximately\s|roughly\s|~\s?)?(?:\d[\d.,]*\s?(?:-|to)\s?)?\d[\d.,]*\s?)(?:([kKM])\s?)?(?!-?shot\b)(?:(?![\d-])[\w-]+\s){0,2}?(samples|examples)\b/y,
    canonical: (m) => `${m[1] ? `${m[1] === 'K' ? 'k' : m[1]} ` : ''}${m[2]}`, kind: 'absolute', metric: 'cost' },
  // "requires only 32M tokens", "using just 45B training tokens": the data a method needed is its cost (labels:
  // each such amount in lines 1-1810 is one); a token count without "only" is a setting ("trained on 100B tokens").
  { re: /(?<=\b(?:only|just|merely|as few as)\s(?:about\s|approximately\s|roughly\s|~\s?)?\d[\d.,]*\s?)([kKMBT])\s(?:training\s|pre-?training\s|fine-?tuning\s)?tokens\b/y,
    canonical: (m) => `${/^[kK]/.test(m[1]!) ? 'k' : m[1]} tokens`, kind: 'absolute', metric: 'cost' },
];
