/**
 * Numbers in a claim sentence that are not results: settings and operating points, budgets, dataset
 * and model sizes a study picks, shares quoted as motivation, hypotheticals, spreads, a baseline's own
 * number, the start of "from X to Y", device counts and memory variants. Each rule names the phrase
 * it was written for; everything else is left to the metric cues (claims.ts).
 */
import { inside, OWNED_NUMBER, shareBaseline, type Comparison } from './baseline.ts';
import type { EntityHit } from './entities.ts';
import { changeLevelsInParen, isFractionRule, NEXT_CHANGE, PLUS_MINUS, type Quantity } from './quantities.ts';
import { FAMILY_SIZES, isMoney, OWN_MODEL_SIZE } from './units.ts';

const DATA_HOURS = /^\s?of\s(?:[\w-]+\s){0,3}(?:speech|audio|video|data|recordings?|transcri\w+|footage|EEG|ECG|annotat\w+|conversations?|dialogues?|driving|demonstrations?|gameplay)\b/i;
const DATA_ITEMS_BEFORE = /(?:\b\d[\d,.]*\s?[KkM]?\s(?:[\w-]+\s){0,3}(?:videos?|clips?|recordings?|utterances?|episodes?|trajectories|demonstrations?|audio files|segments?)|\b(?:speech|audio|data|recordings|footage|transcriptions))\s\($/i;
const UNCERTAINTY_BEFORE = new RegExp(String.raw`(?:${PLUS_MINUS}|\d\s?pm)\s?$`);
const TUNED_SHARE_BEFORE = /\b(?:adjust|updat|tun|train|modif|fine-tun)\w*\s(?:only\s|just\s|merely\s)?(?:the\s)?(?:top\s)?(?:~\s?)?$/i;
const TUNED_SHARE_AFTER = /^\s?of\s(?:the\s|its\s|their\s)?(?:[\w-]+\s){0,2}?(?:parameters|weights|tokens|layers|neurons)\b/i;
const HORIZON_AFTER = /^\)?\s?(?:ahead\b(?!\sof\b)|in advance\b|look-?ahead\b|(?:prediction\s|forecast(?:ing)?\s)?horizons?\b|forecast(?:ing|s)?\b)/i;
const HORIZON_BEFORE = /\bhorizons?\s(?:of\s)?(?:up to\s|around\s|about\s|roughly\s|approximately\s|~\s?)?$/i;
const PEOPLE_TIME_AFTER = /^\s?(?:of\s)?(?:human|manual)\s(?:effort|work|labou?r|inspection|annotation|time)\b|^\s(?:a|an|the)\s(?:human\s)?(?:experts?|humans?|annotators?)\s(?:would|will|needs?)\b/i;
const PEOPLE_TIME_BEFORE = /(?:\b(?:takes?|took|needs?|needed|requires?|required)\s(?:human\s)?(?:users|experts|annotators|participants|people|humans?|developers|engineers)\s(?:[\w-]+\s){0,4}|\bspen[dt]\w*\s(?:about\s|over\s|more than\s|nearly\s)?|\b(?:[Ee]ach|[Ee]very)\s(?:task|episode|problem|workflow)\s(?:[\w-]+\s){0,3})$/;
// ("extreme durations (e.g., 2 minutes)": an example of a setting, in parentheses, not "(e.g., 21.23s vs. 108.44s per epoch)".)
const EXAMPLE_BEFORE = /\(e\.g\.,?\s(?:about\s|around\s|~\s?)?$/i;
// Words that make a number a bound the work is held to, not a result ("a latency budget of 3 ms", "the 200ms latency threshold").
const BOUND_WORDS = String.raw`budgets?|constraints?|deadlines?|targets?|limits?|thresholds?`;
const BOUND = new RegExp(String.raw`\b(?:${BOUND_WORDS}|targeting|SLOs?)\s(?:of\s|\(\s?)?(?:sub-)?(?:around |about |under |below |at most |up to |~|<=\s?|≤\s?|<\s?)?$`, 'i');
// "the 20 ms VR comfort budget", "a 10 ms latency requirement": the bound named after its number.
const BOUND_AFTER = new RegExp(String.raw`^\s?(?:[\w-]+\s){0,3}(?:${BOUND_WORDS}|requirements?)\b`, 'i');
const BOUND_LIST = new RegExp(String.raw`\b(?:${BOUND_WORDS})\s(?:of\s)?(?:[~<≤]?\s?\d(?:[^,;.]|\.\d){0,25},\s?)+(?:and\s)?$`, 'i');
const SIZED_PART = /^\s?(?:of\s)?(?:[\w-]+\s){0,2}?(?:L[123]\s|LLC\s|last-level\s)?(?:caches?|SRAMs?|buffers?|scratchpads?|SPMs?|HBM\w*|DRAM|local memory|on-chip memory|memory stacks?|tiles?|register files?|LLC|RAM|[Ff]lash|unified memory)\b(?!\s(?:savings?|reductions?|footprint|usage|consumption|traffic)\b)/i;
// Clock frequency and wirelength are no metrics of the list: a gain in them is not a result.
const NO_METRIC = String.raw`frequency|fmax|wirelength|wire length|WL`;
const NO_METRIC_AFTER = new RegExp(String.raw`^\s?(?:higher|lower|better|faster|shorter|longer|improvements?\sin|reductions?\sin|increases?\sin)?\s?(?:the\s)?(?:maximum\s|max\.?\s|clock\s|operating\s|routed\s|total\s)?(?:${NO_METRIC})\b`, 'i');
const NO_METRIC_BEFORE = new RegExp(String.raw`\b(?:${NO_METRIC})\s(?:by\s)?(?:up to\s|about\s|over\s|nearly\s)?$`, 'i');
// "account for up to 99% of ...", "offloading 2-22% of the traffic", "constitutes 58% and 94% of":
// words that make a percentage (and the next one of its list) a share.
const SHARE = /\b(?:account(?:s|ed|ing)? for|make(?:s)? up|represent(?:s|ing)?|constitut\w*|occup(?:y|ies|ying)|spend(?:s|ing)?|takes? up|dominat\w*|offload(?:s|ed|ing)?)\s+(?:up to |about |over |nearly |roughly |almost |more than |less than |only |around |approximately |at least |at most )?(?:\d+(?:\.\d+)?\s?%,?\s(?:and\s|or\s)?)?$/i;

const MONEY_CONTEXT_BEFORE = /\b(?:worth|accounting for|awards? (?:from|of|up to)|valued at|market (?:of|size of)|exceed(?:s|ed|ing)?|costs? the (?:global |world |US )?econom(?:y|ies))\s(?:over |about |around |nearly |more than |roughly |approximately )?$/i;
const MONEY_CONTEXT_AFTER = /^\s?(?:bount(?:y|ies)\b|prizes?\b|grants?\b|in\s(?:(?:annual|yearly|global|economic|healthcare|lost)\s)*(?:losses|expenditures?|spending|revenue|damages?|market)|of holdings|starting balance|market\b|(?:in\s)?(?:annual|yearly)\s(?:losses|spending|revenue))/i;

const OTHERS_NUMBER_FOR = String.raw`(?:approximately |about |around |only |just |merely |~\s?)?[\d.,]+\s?(?:%|x|×)?`;
const OTHERS_LIST_GOES_ON = new RegExp(String.raw`^(?:,?\s(?:and\s)?${OTHERS_NUMBER_FOR}\s(?:for|of|by)\s[^,;]{1,40}?)*,?\s(?:and\s)?(?:approximately |about |around |only |just |merely |~\s?)?$`, 'i');
const OWNED_LIST = new RegExp(String.raw`\b(?:compared (?:to|with)|versus|vs\.?|than)\s[^,;]{0,40}${OWNED_NUMBER}[\d.,]*\s?(?:%|x|×)?(?:,\s?(?:and\s)?|\sand\s)$`, 'i');
// "versus 41.17% and 57.43% for GRPO", "surpassing the GPT-4 baseline of 22.95% and 25.41%", "a stark contrast to the
// 20.3% and 22.3% from full fine-tuning": the list of the compared side's numbers goes on after its first.
const OTHERS_LIST = /\b(?:compared (?:to|with)|versus|vs\.?|baselines?(?:['’]s)?\s(?:of|at)|contrast to (?:the\s)?|previously|from (?:the\s)?(?:previous|prior|earlier|existing)\b[^\d;]{0,45}?)\s?(?:(?:about\s|~\s?)?\d[\d.,]*\s?(?:%|x|×)?(?:\s\([^()]{1,12}\))?(?:,\s?(?:and\s)?|\sand\s))+$/i;

const MEDIA_HEAD = String.raw`\b(?:corpus|corpora|dataset|videos?|clips?|audio|recordings?|speech|footage|movies?)\s?(?:(?:of|lasting|spanning|totaling|totalling|longer than|shorter than|,?\s?ranging (?:in (?:duration|length) )?from|with (?:an? )?(?:average |mean )?durations? of)\s)?(?:only\s|up to\s|about\s|approximately\s|around\s|over\s|nearly\s|more than\s|roughly\s|~\s?)?`;
// (A second duration joined to the first, "4 minutes and 15 seconds", is part of the same length, as is the end of
// a range: "ranging in duration from 10 to 90 minutes".)
const MEDIA_LENGTH_BEFORE = new RegExp(String.raw`${MEDIA_HEAD}(?:[\d.]+\s?(?:hours?|minutes?|seconds?|h|min|s)?\s(?:and\s|to\s)?)?$`, 'i');
const FROM_PRIOR_LEVEL = /\bfrom\s(?:the\s)?(?:previous(?:ly)?|prior|earlier|existing)\b[^\d;]{0,45}$/i;

// "under 50% spatial misalignment", "with up to 20% outliers", "after 50 % sensor loss", "including 30% pruning":
// the perturbation or sparsity a result holds under.
const CONDITION_BEFORE = /\b(?:under|with|after|including|at|despite)\s(?:up to\s|about\s|over\s|only\s)?$/i;
const PERTURBATION_AFTER = /^\s?(?:[\w-]+\s)?(?:misalignment|outliers?|noise|sensor loss|corruption|occlusion|pruning|sparsity|dropout|masking|missing|packet loss|label noise|missingness|erasure|perturbation|drop rate)\b(?!\s(?:reduction|removal|decrease|suppression|rejection)\b)/i;

// (Not "state-of-the-art models achieve only 36%": in a benchmark paper the models it evaluates score results;
// "state-of-the-art methods achieving up to 99.9% AUROC" are the compared methods.)
const OTHERS_REACH = /\b(?:baselines?|competitors|prior (?:methods|work|approaches)|existing (?:methods|approaches)|SOTA|state-of-the-art (?:methods|approaches))(?:,\s(?:which|that)|\s(?:which|that))?\s(?:only\s)?(?:achiev\w*|reach\w*|drop\w*|collaps\w*|fall\w*|stands?|obtain\w*|scor\w*|attain\w*|degrad\w*)\s(?:at\s|to\s)?(?:only |just |around |about |below |under |merely |roughly |approximately |up to |~\s?)*$/i;

// "(13.6M params) is fine-tuned", "replacing embedding tables (65K parameters)", "outperforms RT-2-X (55B parameters)": a size in
// parentheses after another's model (compared, replaced, built on) is a setting; after the paper's own ("We release GLM-4.5
// (355B parameters)", "the backbone, FlowResNet (1.90M parameters)") it is the model's size (labels, rule 30).
const OTHERS_MODEL_BEFORE = /\b(?:than|such as|like|including|e\.g\.|replac\w*|compared|versus|vs\.?|over|outperform\w*|surpass\w*|beat\w*|rival\w*|fine-?tun\w*|based on|built (?:up)?on|distill\w*|teacher|baselines?|conventional|existing|prior|previous|models|larger|bigger)\b[^;]*$/i;
// "4.6 FLOP/cycle on CCT (0.28M parameters, ...)": a model a result was measured on is a workload.
const WORKLOAD_BEFORE = /\b(?:on|of|for|with|to|from|in|across)\s(?:the\s)?[\w.+-]+\s?\(\s?$/i;
const USED_AFTER = /^[^()]{0,3}\)\s(?:is|are|was|were)\s(?:\w+\s)?(?:fine-?tun|adapt|adopt|employ|us|chosen|selected)/i;
// "We present GLM-4.5, an open-source ... model with 355B total parameters": the size a paper introduces its model with.
const INTRODUCED_BEFORE = /\b(?:introduc|present|releas)\w*\b[^;]*$/i;

/** Whether a number of a claim sentence can be a result (false for the cases above). */
export function isResult(text: string, q: Quantity, comps: Comparison[], hw: EntityHit[], cls: EntityHit[]): boolean {
  const memorySize = /^[KMGT]i?B$/.test(q.unit ?? '');
  if (q.unit === '%' && CONDITION_BEFORE.test(text.slice(Math.max(0, q.start - 24), q.start)) && PERTURBATION_AFTER.test(text.slice(q.end, q.end + 40))) return false;
  // "close to the random baseline of 50%", "(chance = 50%)", "where random chance is 50%": the level of guessing a result is
  // held against (not "drops to near chance (18.97%)", a level reached).
  if (/(?<!\bnear[- ])\b(?:random|chance)(?:[- ](?:baseline|guess(?:ing)?|chance|level))*\s?(?:of|is|at|=|\()\s?(?:about\s|around\s|~\s?)?(?:[\d.]+\s?%,?\s(?:and\s|or\s)?)*$/i.test(text.slice(Math.max(0, q.start - 60), q.start))) return false;
  // "accuracy of 92.39% (95% CI, 90.70%-94.07%)": the bounds of a confidence interval are not results.
  if (/\b(?:CIs?|confidence intervals?)\s?[,:=]?\s?[[(]?\s?$/i.test(text.slice(Math.max(0, q.start - 30), q.start))) return false;
  // "raises performance variance across formats by 3.29%": a spread, not a gain.
  if (/\b(?:variance|variation|spread)\s(?:across\s[\w-]+\s)?by\s(?:up to |about |only )?$/i.test(text.slice(Math.max(0, q.start - 40), q.start))) return false;
  // "the release artifact at 42 GB", "saturates at 32 GB/s", "At 1.5 kbps, the codec ...": a size or
  // rate it sits at, not a gain.
  if (/^(?:[KMGTP]i?B|[KMGT]B\/s|[kKMGT]b\/s|[kKMGT]bps)$/.test(q.unit ?? '') && /\bat\s(?:about |around |~)?$/i.test(text.slice(Math.max(0, q.start - 10), q.start))) return false;
  // "lightweight models (<300M parameters)": the size of models a study picks.
  if (/params$/.test(q.unit ?? '') && /\(\s?(?:<|≤|up to\s)\s?$/.test(text.slice(Math.max(0, q.start - 8), q.start))) return false;
  // "traffic varies by up to 90x across the design space": a spread that was measured, not a gain.
  if (/\bvar(?:y|ies|ied|ying)\s+(?:by\s+)?(?:up to |as much as |over |more than |at most |only )?$/i.test(text.slice(Math.max(0, q.start - 30), q.start))) return false;
  // "performance fluctuations of over 12%", "up to 9% variation in accuracy", "swinging accuracy by up to 47 points": how much
  // results move with a setting, a study's finding, not a gain.
  if (/\b(?:fluctuations?|variations?|swing(?:s|ing)?(?:\s[\w-]+)?\sby)\s(?:of\s)?(?:up to |as much as |over |more than |about |around )?$/i.test(text.slice(Math.max(0, q.start - 40), q.start))
    || /^\s?(?:[\w-]+\s)?(?:variations?|fluctuations?)\b/i.test(text.slice(q.end, q.end + 24))) return false;
  // "at the 64x compression ratio", "a latency budget of around 3 ms": operating points and budgets are settings
  // ("with a 93.77% success rate" is a result: a rate of getting the task right is no operating point).
  if (/\b(?:at|with)\s(?:the\s|an?\s)?$/i.test(text.slice(Math.max(0, q.start - 8), q.start)) && /^\s?(?!(?:success|pass|win|completion|resolution|solve|fix|repair|hit|detection|recognition|optimality)\srates?\b)[\w-]+\s(?:ratios?|rates?|settings?|levels?|budgets?)\b|^\s?(?:compression|sparsity|pruning|quantization|blocks?|pages?|granularity|batch(?:es)?)\b/i.test(text.slice(q.end, q.end + 30))) return false;
  if (BOUND.test(text.slice(Math.max(0, q.start - 30), q.start))) return false;
  // "satisfies the 20 ms VR comfort budget", "a 4 TOPS@2GHz matrix unit": a bound or a rated part named after its number.
  if (q.rule?.kind === 'absolute' && BOUND_AFTER.test(text.slice(q.end, q.end + 50))
    && !/^\s?(?:[\w-]+\s){0,3}(?:reduction|savings?|improvement)/i.test(text.slice(q.end, q.end + 50))) return false;
  if (q.rule?.kind === 'absolute' && /^@\s?\d/.test(text.slice(q.end, q.end + 3))) return false;
  // "2.3x lower reward variance", "a 68x cost spread across model tiers": a spread is no result.
  if (q.rule?.kind === 'relative' && /^\s?(?:lower|higher|smaller|larger|reduced|reduction in)?\s?(?:[\w-]+\s){0,2}(?:variance|spread|variability)\b/i.test(text.slice(q.end, q.end + 40))) return false;
  // "routed WL by up to 18.1%", "frequency by 12%": wirelength and frequency are no metrics either way round.
  if (q.rule?.kind === 'relative' && NO_METRIC_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start))) return false;
  // "for constraints of 50mm^2 area, 5W power, 50mJ energy, and 10ms latency": the whole list is settings.
  if (BOUND_LIST.test(text.slice(Math.max(0, q.start - 120), q.start))) return false;
  // "114 hours of dialogue in 15-20 minute sessions", "312 GB of Turkish text", "a 1,700+ hour corpus": the size of a dataset.
  if (/^(?:h|min|s|[KMGTP]B|[KMGTP]iB)$/.test(q.unit ?? '') && /^\s?(?:of\s(?:[\w-]+,?\s){0,3}(?:text|data|dialogues?|speech|audio|video|recordings?|images?|logs?|traces?|corpus|code|tokens|activities|footage|interactions?|conversations|driving|gameplay|demonstrations?|trajectories)|(?!per\b)[\w-]*\s?(?:sessions?|clips?|recordings?|videos?|segments?|corpus|corpora|datasets?)\b)/i.test(text.slice(q.end, q.end + 40))) return false;
  // "a corpus of approximately 117.5 hours", "videos up to 4 minutes and 15 seconds", "clips of 10-20 seconds
  // length": how long the data or the media is, not how long anything took.
  if (/^(?:h|min|s|ms|days)$/.test(q.unit ?? '') && (MEDIA_LENGTH_BEFORE.test(text.slice(Math.max(0, q.start - 70), q.start))
    || /^\s?(?:long|in length|of length|length|duration)\b|^-long\b/i.test(text.slice(q.end, q.end + 12))
    // ("an average duration of greater than 700 seconds", "totaling approximately 55 hours": a length again.)
    || /\b(?:durations?\sof|totaling|totalling)\s(?:greater than |more than |over |about |approximately |around |nearly |roughly |~\s?)?$/i.test(text.slice(Math.max(0, q.start - 40), q.start)))) return false;
  // "could potentially reduce cost by up to 10x": a hypothetical, not a measured result.
  // ("could reasonably predict age (91% AUROC)" reports a result: only a change the work could bring is hypothetical.)
  if (/\b(?:could|might|may|would)\s(?:potentially\s|theoretically\s|in principle\s)?(?:reduce|improve|save|cut|lower|increase|boost|bring|yield|deliver|achieve|enable|speed up)\s(?:[\w-]+\s){0,4}$/i.test(text.slice(Math.max(0, q.start - 60), q.start))) return false;
  // ("potentially reducing costs by up to 40%": the same, written as an adverb.)
  if (/\b(?:potentially|possibly|hypothetically)\s(?:reduc|improv|sav|cut|lower|increas|boost|bring|yield|deliver|achiev|enabl|speed)\w*\s(?:[\w-]+\s){0,4}$/i.test(text.slice(Math.max(0, q.start - 60), q.start))) return false;
  // "run on 1000s of GPUs": a plural count, not seconds.
  if (q.unit === 's' && /\ds$/.test(text.slice(q.start, q.end)) && /^\s?of\b/i.test(text.slice(q.end))) return false;
  // "from the mid-2000s", "prevalent in 1980s": a decade, not seconds.
  if (q.unit === 's' && q.value !== null && ((q.value >= 1900 && q.value <= 2099 && /(?:mid-|early\s|late\s|the\s)$/i.test(text.slice(Math.max(0, q.start - 6), q.start)))
    || /^(?:1[89]|20)\d0s\b/.test(text.slice(q.start, q.start + 6)))) return false;
  // "a top-1 exact match of 69.3%, up from 58.8%", "(down from 80.16% for SMT++)": the level a change started from.
  if (/\b(?:up|down)\sfrom\s(?:about\s|around\s|roughly\s|~\s?)?$/i.test(text.slice(Math.max(0, q.start - 20), q.start))) return false;
  // "(standard deviation of accuracy = 0.0403", "(M = 4.10, SD = 1.03)": a spread over runs or raters, not a result.
  if (/(?:\bstandard deviations?|\bstd\.?|(?<![\w-])SD)\s?(?:of\s(?:the\s)?(?:[\w-]+\s)?)?(?:=|:|of|is|was)?\s?$/i.test(text.slice(Math.max(0, q.start - 48), q.start))) return false;
  // "overlapping 95% CI": a confidence level, not a result.
  if (q.unit === '%' && /^\s?(?:[\w-]+\s)?(?:CIs?|confidence|credible)\b/i.test(text.slice(q.end, q.end + 24))) return false;
  // "at 70% dual-sparsity", "reporting 52-85% element-level sparsity": a sparsity level is a setting or a
  // property of the data, not a gain.
  if (q.unit === '%' && /^\s?(?:[\w-]+[\s-])?sparsity\b/i.test(text.slice(q.end, q.end + 32))) return false;
  // "above 4 dB SNR": a signal level a result holds at.
  if (q.unit === 'dB' && /\b(?:above|below|at|under|over)\s(?:about |around )?$/i.test(text.slice(Math.max(0, q.start - 14), q.start))) return false;
  // "4.37x below the matched baseline (2186 ns)", "from a 62.32 ms bf16 baseline": the baseline's own number.
  // (A gain stated in that parenthesis, "over X (up to 83% improvement)", is still this work's.)
  // (Nor is the first side of "(45.4 s versus 101.4 s)" or the end of "(from 21.6 GB to 10.6 GB)".)
  if (q.unit !== 'x' && !/^\s?(?:vs\.?|versus)\s/i.test(text.slice(q.end, q.end + 10)) && !/\bto\s?(?:about |only |just )?$/i.test(text.slice(Math.max(0, q.start - 12), q.start))
    && comps.some((c) => /^\s?\([^()]*$/.test(text.slice(c.end, q.start))
    && !/\b(?:improv\w*|gains?|up to|speed-?ups?|reduc\w*|faster|higher|lower|better|more|less|by|mean|average|relative)\b|\+/i.test(text.slice(c.end, q.end + 30)))) return false;
  // ("by 0.8% (94.0% to 94.8%)", "accuracy improvements (50% → 82%)": the level a change started from.)
  // ("improved same-cancer (64.9% to 72.6% AUC)", "a 5.6 percent increase in success rate (73.6 percent to 79.2 percent)": a verb or
  // noun of change whose levels follow in parentheses.)
  if (q.unit === '%' && /^\sto\s[\d.]+\s?(?:%|percent)(?:\s[A-Za-z@\d-]{1,10})?\s?\)/.test(text.slice(q.end, q.end + 30))
    && changeLevelsInParen(text.slice(Math.max(0, q.start - 80), q.start))) return false;
  if (/^\s?→\s?[\d.]/.test(text.slice(q.end, q.end + 6))) return false;
  if (/\bfrom\s(?:an?\s|the\s)?$/i.test(text.slice(Math.max(0, q.start - 10), q.start))
    && /^\s?(?:(?!compared|relative|than|over|versus|vs)[\w-]+\s){0,2}baselines?\b/i.test(text.slice(q.end, q.end + 40))) return false;
  // "TSMC 16FF" is a process, not sixteen flip-flops.
  if (q.unit === 'FFs' && /\b(?:TSMC|Samsung|Intel|GlobalFoundries|GF|SMIC|UMC)\s?$/.test(text.slice(Math.max(0, q.start - 16), q.start))) return false;
  // "outperforming pi-0.5 at 39.2%": the level of the system compared with.
  if (q.unit === '%' && /\b(?:outperform|surpass|beat|exceed)\w*\s(?:the\s)?(?:[\w.+()-]+\s){1,3}at\s(?:only\s|just\s|about\s|~\s?)?$/i.test(text.slice(Math.max(0, q.start - 60), q.start))) return false;
  // "account for up to 99% of ...": a share of something, quoted as motivation.
  if (q.unit === '%' && SHARE.test(text.slice(Math.max(0, q.start - 40), q.start))) return false;
  // "consume more than 70% of its area": a share of what something uses, not a saving (but "only 3%
  // of the area required by X" compares with X).
  // ("using only 12% of the original KV cache", "occupying only 2.4% of total area": so little is a saving.)
  if (/\b(?:consum|us|occup|tak)(?:e|es|ed|ing|ies|y)\s+(?:up to |about |over |nearly |roughly |almost |more than |less than |around |approximately )?$/i.test(text.slice(Math.max(0, q.start - 40), q.start))
    && /^\s?of\b/i.test(text.slice(q.end)) && !shareBaseline(text.slice(q.end)) && !isFractionRule(q.rule)) return false;
  // "models from 1.5B to 405B parameters", "trains models up to 120B parameters", "(129M-605M
  // parameters each)": the sizes of the models a study covers are settings, not results.
  // "15 LLMs (410M-70B parameters)", "architectures from 110M to 6.7B parameters": a span of sizes covered.
  // "SLMs up to 4B parameters", "versions with 1.7 billion, 7 billion, and 14 billion parameters",
  // "50-150M parameters": a bound, a list or a span of sizes is what was studied. "The resulting model
  // attains 93.22% DSC with 3.58M parameters" is a result: a size after "with" counts only after a
  // verb of attainment in its clause.
  // ("our 1B to 8B parameter models": the paper's own family is its size, a range; labels, rule 30.)
  // (A family's listed sizes, FAMILY_SIZES, are the paper's own, list and all.)
  if (/params$/.test(q.unit ?? '') && q.rule !== FAMILY_SIZES && ((q.value === null && q.rule !== OWN_MODEL_SIZE) || /^\s?each\b/i.test(text.slice(q.end))
    || /(?:\(|\bfrom\s(?:sub-)?)\s?[\d.]+\s?(?:[KMB]|million|billion)?\s?(?:-|–|to|and|,)\s?$/i.test(text.slice(Math.max(0, q.start - 24), q.start))
    || (/\(\s?$/.test(text.slice(Math.max(0, q.start - 2), q.start)) && (OTHERS_MODEL_BEFORE.test(text.slice(Math.max(0, q.start - 100), q.start)) || WORKLOAD_BEFORE.test(text.slice(Math.max(0, q.start - 60), q.start))
      || USED_AFTER.test(text.slice(q.end, q.end + 50))))
    || (q.rule !== OWN_MODEL_SIZE && /[\d.]+\s?(?:[KMB]|million|billion)?,\s(?:and\s)?$|[\d.]+\s?(?:[KMB]|million|billion)?,?\sand\s$/i.test(text.slice(Math.max(0, q.start - 24), q.start)))
    || /\b(?:at|for|up to)\s$/i.test(text.slice(Math.max(0, q.start - 6), q.start))
    // ("<10 billion parameters", "more than 6B parameters", "scaling to over 1B", "beyond 1T total parameters", "as few as 0.3B": a bound.)
    || /(?:[<>≤≥]|\b(?:more than|over|beyond|as few as|as many as|at least|at most|fewer than|less than|under|above|below|to|spanning|exceeding))\s?$/i.test(text.slice(Math.max(0, q.start - 12), q.start))
    || (/\bwith\s$/i.test(text.slice(Math.max(0, q.start - 5), q.start)) && !/\b(?:obtain|attain|achiev|reach|deliver)\w*\b[^,;]*$/i.test(text.slice(Math.max(0, q.start - 120), q.start))
      && !INTRODUCED_BEFORE.test(text.slice(0, q.start)))
    || /\b(?:models|model sizes|model families|LLMs)\b(?:\s[\w-]+){0,2}\s(?:from|up to|ranging from|between|of up to)\s(?:[\d.]+\s?(?:[MB]|million|billion)?\s(?:to|and)\s)?$/i.test(text.slice(Math.max(0, q.start - 80), q.start)))) return false;
  // "with only 3.9% trainable parameters", "just 0.21% of the total model size": the share of parameters a method
  // tunes is a setting (CONVENTIONS.md, rule 30), not a saving ("comparable performance to early fusion, but with
  // only 8% of the trainable parameters" is one: a saving against the method matched).
  if (q.unit === '%' && !/\b(?:comparable|similar|on par|match(?:es|ing)?)\b[^.;]{0,80}$/i.test(text.slice(Math.max(0, q.start - 100), q.start)) && /^\s?(?:of\s(?:the\s|its\s|their\s)?(?:total\s|full\s|backbone(?:['’]s)?\s|model(?:['’]s)?\s)?)?(?:trainable|tunable|learnable|tuned|fine-tuned)\s(?:parameters|params|weights)\b|^\s?of\s(?:the\s)?(?:total\s|full\s)model(?:['’]s)?\s(?:size|parameters)\b/i.test(text.slice(q.end, q.end + 50))) return false;
  // "handles 20x more object tokens", "contexts 10 to 100 times longer than those seen during training", "20x more
  // unique data": how much more a method can take in is a capability or a setting, not a claim (rule 31).
  // ("consuming 1000x more tokens", "using 1.8-2.7x more tokens": tokens spent are a cost.)
  if (q.unit === 'x' && /^\s?(?:times\s)?(?:more|longer|larger|beyond)\s(?:[\w-]+\s){0,2}?(?:tokens|contexts?|sequences?|history|data(?!-)|frames|videos?|horizons?|than\s(?:those\s|the\s)?(?:seen\s)?(?:during|in)\straining|(?:their\s)?training\slength)\b(?!\s(?:per\s|\/\s?s\b|throughput))/i.test(text.slice(q.end, q.end + 70))
    && !/\b(?:consum|us|cost|spend|spent|requir|need|generat|emit|produc|burn)\w*\s(?:up to |about |roughly |nearly |over |only |~\s?)?$/i.test(text.slice(Math.max(0, q.start - 30), q.start))) return false;
  // "requires 55-300 W on conventional processors, limiting edge deployment", "(34.1 GFLOPs) limits applications": a
  // cost named as the problem the work sets out to solve is motivation ("..., limiting accuracy loss to 0.3%", "limiting
  // it to 35%" are results, as is "models reach 86.9% but suffer from high latency, limiting ...": the clause turned).
  if (/^(?:(?!\bbut\b|\bwhile\b|\bwhereas\b)[^.;]){0,60}?(?:,\s(?:thereby\s|thus\s|severely\s|significantly\s|greatly\s)?(?:limiting|hindering|precluding|impeding|preventing|prohibiting)|\)\s(?:limits|hinders|impedes|prevents|precludes))\s(?!(?:the\s|its\s|their\s)?(?:[\w-]+\s)?(?:loss|losses|degradation|drops?|overheads?|errors?|leakage|out-of-memory|OOM|crash\w*|stalls?)\b)(?![^.;,]{0,30}\bto\s[~<]?\d)(?:the\s|its\s|their\s|wide\s|broad\s|broader\s|practical\s)?[\w-]+/i.test(text.slice(q.end, q.end + 100))) return false;
  // "reduces the time needed to achieve a 90% ASR", "requires 64x less data to achieve 99% accuracy": the level a cost
  // is measured to reach is a target, not a result.
  if (/\b(?:needed|required|necessary|(?:less|fewer)\s(?:[\w-]+\s)?[\w-]+)\sto\s(?:achieve|reach|attain|hit)\s(?:an?\s|the\s)?(?:over\s|above\s|at least\s)?$/i.test(text.slice(Math.max(0, q.start - 60), q.start))) return false;
  // "a single H200 GPU with 1.5TB host memory": the machine's memory is a setting, not a result.
  if (memorySize && /\bwith\s(?:an?\s)?$/i.test(text.slice(Math.max(0, q.start - 8), q.start))
    && /^\s?(?:of\s)?(?:host |system |main |device |GPU |CPU |DRAM |HBM )?(?:memory|RAM|DRAM|HBM|VRAM)\b/i.test(text.slice(q.end))) return false;
  // "32KB local memory and burst length", "16GB HBM3 memory stacks", "the 8MB cache": the size a
  // design or a machine is built with is a setting; "only 2.1 KB of storage", "within ... 120 KB
  // on-chip memory", "under 60 MB of cache memory" are results.
  // ("8GB RAM", "64GB unified memory" in a machine's description are its memory; "<3 GB RAM" is a bound reached.)
  if (memorySize && SIZED_PART.test(text.slice(q.end, q.end + 40))
    && !/\b(?:only|under|within|requir\w*|footprint|occup\w*|uses?|using|consum\w*|reduc\w*|sav\w*|less than|just|fits?|needs?)\b(?:[^.;]|\.\d){0,30}$|[<≤]\s?$/i.test(text.slice(Math.max(0, q.start - 40), q.start))) return false;
  // "a 1 KB Bloom filter mechanism", "an on-chip buffer of about 20 KB": a part of that size is how the
  // design is built.
  if (memorySize && ((/\b(?:an?|one)\s(?:single\s|small\s|tiny\s)?$/i.test(text.slice(Math.max(0, q.start - 10), q.start))
    && /^\s?(?!of\b|reduction|footprint|saving|less|fewer|smaller|lower|decrease)[A-Za-z]/i.test(text.slice(q.end, q.end + 12)))
    || /\b(?:buffers?|caches?|scratchpads?|tiles?|SRAMs?|filters?|tables?|queues?)\sof\s(?:about\s|around\s|approximately\s|~\s?)?$/i.test(text.slice(Math.max(0, q.start - 30), q.start)))) return false;
  // "32.16 mm × 21.44 mm", "a thickness of 1.57 mm", "focal lengths (28-70mm)": sizes, not distance errors.
  if (q.unit === 'mm' && /(?:×|\bx|\bby|\b(?:thickness|length|diameter|width|height|size|spacing|pitch|resolution)s?\s(?:of\s(?:about\s|around\s|~)?|\(\s?))\s?$/i.test(text.slice(Math.max(0, q.start - 30), q.start))) return false;
  // "50% higher maximum frequency", "14% wirelength reduction": frequency and wirelength are no metrics.
  if (q.rule?.kind === 'relative' && NO_METRIC_AFTER.test(text.slice(q.end, q.end + 40))) return false;
  // "15.14 GOPS/W compared to 1.93 GOPS/W for CPU-based inference": the compared side's own number.
  if (q.rule?.kind === 'absolute' && /\b(?:compared (?:to|with)|versus|vs\.?)\s(?:~\s?|about\s|only\s|just\s)?$/i.test(text.slice(Math.max(0, q.start - 24), q.start))) return false;
  // "61 hours of synchronized 32-channel EEG", "2,000 hours of microsecond-synchronized ... recordings": how much data there
  // is, not a time.
  // ("1,553 YouTube videos (236 hours)", "174,179 utterances (573 hours)", "only 25% of the real speech (13.6h)": the same
  // amount, in parentheses after a count of items or the data it measures.)
  if ((q.unit === 'h' || q.unit === 'min') && (DATA_HOURS.test(text.slice(q.end, q.end + 60)) || DATA_ITEMS_BEFORE.test(text.slice(Math.max(0, q.start - 60), q.start)))) return false;
  // "anticipating risks up to 38.66 seconds ahead", "at the 24h horizon", "horizons up to 4 seconds", "a state of the art 30 min
  // forecasting F1": how far ahead a forecast looks, not how long anything takes.
  if (['h', 'min', 's', 'ms'].includes(q.unit) && (HORIZON_AFTER.test(text.slice(q.end, q.end + 30)) || HORIZON_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start)))) return false;
  // "requires more than 2,500 hours of human effort", "spent 469 hours rating", "takes human users a median of about 1.6 hours",
  // "(e.g., 10-20 minutes of manual inspection per alarm)", "Each task averages roughly 8 minutes of wall-clock time": what people
  // spend or a benchmark's task lasts, or an example of a setting, not a time the work achieves.
  if (['h', 'min', 's'].includes(q.unit) && (PEOPLE_TIME_AFTER.test(text.slice(q.end, q.end + 40)) || PEOPLE_TIME_BEFORE.test(text.slice(Math.max(0, q.start - 60), q.start))
    || (EXAMPLE_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start)) && /^\s?\)/.test(text.slice(q.end))))) return false;
  // "trained for 24 hours", "(>10 hours)": a time budget someone spent, not a time the work achieves.
  // ("reaches 71.8% at 24 hours": the time a result is read at.)
  if ((q.unit === 'h' || q.unit === 'min') && /(?:\b(?:for|over|after|every|within|at)|>|≥)\s?(?:about |up to |more than |nearly |roughly |over )?$/i.test(text.slice(Math.max(0, q.start - 20), q.start))) return false;
  // "trained for 24 hours on one node (40 GPU-hours)": the same budget restated in device time.
  if (/ (?:hours|days)$/.test(q.unit) && /\b(?:for|over|after|every)\s[^()]{0,40}\(\s?$/i.test(text.slice(Math.max(0, q.start - 50), q.start))) return false;
  // "an accuracy of 88% [32]": a number with a citation is quoted from the cited work.
  if (/^\s?\[\d+(?:[,–-]\s?\d+)*\]/.test(text.slice(q.end))) return false;
  // "pruning the models by 50% costs 2% accuracy": how much was pruned is the setting studied.
  if (/\bprun(?:e|es|ed|ing)\s(?:(?!improv|reduc|increas|achiev|lower|boost)[\w,-]+\s){0,5}?(?:models?|weights|parameters|layers|heads|channels|networks?|neurons|filters|tokens|experts)\sby\s(?:up to |about |over |nearly |roughly )?$/i.test(text.slice(Math.max(0, q.start - 70), q.start))) return false;
  if (comps.some((c) => inside(c, q.start) && !/^\s*(?:respectively)/.test(text.slice(q.end)))) return false;
  // "compared to 89.3% for GPT-4o-mini and 87.4% for Gemini", "65.4% for Supermemory, approximately 71% for
  // Zep": the list of the compared sides' own numbers goes on past the first one.
  if (/^\s?(?:for|of|by)\s/i.test(text.slice(q.end)) && comps.some((c) => c.othersNumber && c.end <= q.start && OTHERS_LIST_GOES_ON.test(text.slice(c.end, q.start)))) return false;
  // "accounting for over $8 billion in annual healthcare expenditures", "tasks worth $1M", "the $1M starting
  // balance": money that sizes a problem, a market or a dataset is motivation or setting, not a cost paid.
  if (isMoney(q.unit) && (MONEY_CONTEXT_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start))
    || MONEY_CONTEXT_AFTER.test(text.slice(q.end, q.end + 60)))) return false;
  // "compared to the base LLM's 85.3% and 45.3%": the compared side's own list of numbers.
  if (OWNED_LIST.test(text.slice(Math.max(0, q.start - 80), q.start))) return false;
  if (OTHERS_LIST.test(text.slice(Math.max(0, q.start - 100), q.start))) return false;
  // "where every baseline drops below 50%", "baselines collapse to 0%", "SOTA, which stands at 92.11%": a level the
  // compared systems reach.
  if (OTHERS_REACH.test(text.slice(Math.max(0, q.start - 80), q.start))) return false;
  // "answer recall@1=71% on NQ (previously 52%)": the level before the work, not a result.
  if (/\bpreviously\s(?:about\s|~\s?)?$/i.test(text.slice(Math.max(0, q.start - 20), q.start))) return false;
  // "(compared to baseline: 9%, instruction + self-debugging: 27%)": levels of the compared sides, each after its name.
  if (/\((?:compared (?:to|with)|versus|vs\.?)\s[^()]{1,80}:\s?$/i.test(text.slice(Math.max(0, q.start - 90), q.start))) return false;
  // "+2.90% +/- 0.33%": the uncertainty of a result, not a result.
  // ("69.8 pm 0.5%": a feed that dropped the backslash of \pm.)
  if (UNCERTAINTY_BEFORE.test(text.slice(Math.max(0, q.start - 16), q.start))) return false;
  // "The LoRA mechanism adjusting only 3% of parameters", "updating only the top 10% of unique tokens": how much of a model a
  // method changes is its setting, not a saving.
  if (q.unit === '%' && TUNED_SHARE_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start)) && TUNED_SHARE_AFTER.test(text.slice(q.end, q.end + 40))) return false;
  // "2.8x higher TPR at 0.1% FPR", "TPR@FPR=1%", "sensitivity at 80% specificity": the false-positive rate (or the
  // specificity) a detection rate is read at is an operating point.
  if (q.unit === '%' && (/\bat\s$/i.test(text.slice(Math.max(0, q.start - 4), q.start)) && /^\s?(?:FPR|FAR|FNR|false[- ]positive rate|specificity)\b/i.test(text.slice(q.end, q.end + 24))
    || /@\s?FPR\s?=\s?$/i.test(text.slice(Math.max(0, q.start - 12), q.start)))) return false;
  // "falls short of random-level accuracy (50%)": the same level, named before it.
  if (/\brandom(?:[- ](?:level|chance|guess(?:ing)?))?\s(?:accuracy|performance|baseline)\s\(\s?$/i.test(text.slice(Math.max(0, q.start - 40), q.start))) return false;
  // "standard deviations averaging 10.1%": a spread, not a result.
  if (/\bstandard deviations?\s(?:[\w-]+\s){0,2}$/i.test(text.slice(Math.max(0, q.start - 40), q.start))) return false;
  // "slightly above the 20% random-guess baseline": the level chance reaches, not a result.
  if (/^\s?(?:random(?:[- ](?:guess(?:ing)?|chance))?|chance(?:[- ]level)?)\s(?:baseline|level|performance|accuracy)\b/i.test(text.slice(q.end, q.end + 40))) return false;
  // The start of "from X to Y" (also "from >3s to <50ms", "from the ~1 TFLOPS native floor to ~500 TFLOPS",
  // "from 93.8% for tiny to about 66.5%"): the value reached is the result (CONVENTIONS.md, rule 11).
  // ("ranges from 17.83% for VGG-11 to 83.74%" spans both.)
  // ("from 31-38 seconds to 6.4-8.7 seconds", "from ~1000ms to single-digit milliseconds": the start may be a range
  // the number ends, and the end a number in words.)
  const from = /\bfrom\s?(?:the\s|an?\s)?(?:about\s|around\s|approximately\s|roughly\s|nearly\s|over\s|[~≈<>≤≥]\s?)?(?:\d[\d.,]*\s?[%x×]?\s?-\s?)?$/i.exec(text.slice(Math.max(0, q.start - 30), q.start));
  const to = from && /^(?:\s?-\s?\d[\d.,]*\s?[%x×]?)?\s?(\([^)]{1,40}\)\s?|(?:[\w-]+\s){1,3})?to\s?(?:under |below |about |over |only |just |nearly |[<>~≈≤≥]\s?)?(?:[\d~≈<>]|(?:single|double)-digit\b|(?:near[- ])?zero\b)/i.exec(text.slice(q.end));
  // "a substantial increase from the previously published best of 16.6%", "improving from previous
  // SFT-based models' 6.5%": the level earlier work started from is theirs, not a result.
  if (FROM_PRIOR_LEVEL.test(text.slice(Math.max(0, q.start - 60), q.start))) return false;
  // "rising to 90.3% (from 79.2%)", "to 0.569 (from 0.534)": the level a number was raised from, in parentheses after it.
  if (/\d\s?(?:%|x|×|[A-Za-z]{1,5})?\s?\(\s?from\s?(?:about\s|around\s|~\s?)?$/.test(text.slice(Math.max(0, q.start - 30), q.start)) && /^\s?\)/.test(text.slice(q.end))) return false;
  if (to && (!to[1] || to[1].startsWith('(') || !/\brang(?:e|es|ed|ing)\s$/i.test(text.slice(Math.max(0, q.start - 30), q.start).slice(0, from.index)))) return false;
  // ("..., and 20.6% to 29.1% on Arena-Hard": so is the start of a pair listed after a change.)
  if (/^\s?to\s[+−-]?\d/.test(text.slice(q.end, q.end + 8)) && NEXT_CHANGE.test(text.slice(Math.max(0, q.start - 160), q.start))) return false;
  if (q.unit === 'x' && [...hw, ...cls].some((h) => h.start >= q.end && h.start <= q.end + 2)) return false;
  // "A100 80GB", "H100 80GB HBM3 GPUs": a memory size right after a device name is its model variant.
  if (memorySize && hw.some((h) => h.end <= q.start && /^[\s-]?$/.test(text.slice(h.end, q.start)))) return false;
  // "two 40 GB A100 GPUs", "an A10G GPU (22GiB of memory)", "4 A40 GPUs (48 GB VRAM each)": so is a size
  // written just before the device, or in parentheses right after it.
  // ("the 16GB laptop 4090 GPU": one word of the machine's kind may stand between.)
  if (memorySize && [...hw, ...cls].some((h) => h.start >= q.end && /^[\s-]?(?:(?:laptop|desktop|mobile|consumer|server|edge|data-?center)\s)?$/i.test(text.slice(q.end, h.start)))) return false;
  // "2.123 bpb on 1 MB, 2.149 bpb on 3 MB": the size of the input a result is read on.
  if (memorySize && /\b(?:on|for)\s(?:the\s)?$/i.test(text.slice(Math.max(0, q.start - 8), q.start)) && /\d[^,;]{0,30}\b(?:on|for)\s(?:the\s)?$/.test(text.slice(Math.max(0, q.start - 40), q.start))) return false;
  if (memorySize && [...hw, ...cls].some((h) => h.end <= q.start && /^s?\s?\(\s?$/.test(text.slice(h.end, q.start)))) return false;
  return true;
}

