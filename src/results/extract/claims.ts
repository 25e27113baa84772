/**
 * Claims from one sentence: each quantity with a metric becomes a claim, with the hedge, direction,
 * baseline, hardware and benchmark read from the same sentence. Every decision is a rule on the
 * words next to the number, so any claim can be explained by pointing at its span.
 */
import type { Claim, Metric } from '../types.ts';
import { findComparisons, inside, qualityShareBaseline, shareBaseline } from './baseline.ts';
import { baselineFor, inheritAcrossWhile, inheritBackward, pairRespectively, inheritTrailingComparison, isChange, matchedWhile, trimResult, withinOf } from './claim-baseline.ts';
import { hasBoundary, hasHardBoundary, lastBoundaryBefore } from './clause-bounds.ts';
import { isResult } from './not-results.ts';
import { findCues, LARGER_MODEL_CUE, resolvePerformance, type CueHit } from './cues.ts';
import { CUT_TO, MEASURE_DOWN_TO } from './cut-to-level.ts';
import { asicForm, baselineSide, forwardEntity, nearest, platformClasses, zippedEntity } from './devices.ts';
import type { EntityHit, EntityMatcher } from './entities.ts';
import { clauseSense, leftCue, listedRightCues, listGroups, metricOf, QUALITY_WORDS, rightCue, slashCues, SPEED_WORDS, zippedCues } from './metric-reader.ts';
import { normalize, originalRange } from './normalize.ts';
import { findQuantities, isFractionRule, MAY_HOLD_WORD_RATIO, PLUS_NUMBER, type Quantity } from './quantities.ts';
import { BARE_SCORE, DISTANCE_AFTER, DISTANCE_SCORE, ERROR_SCORE, EXAMPLE_SCORE, IPC_OF, isRating, ON_NAMED_BENCHMARK, RESULT_WORDS, SCORE_AFTER, scoreWordAfter, SCORE_FROM_TO, SCORE_VERB } from './scores.ts';
import { BENCHMARKS, SYSTEMS_BENCHMARKS, TASK_BENCHMARKS } from '../dictionaries/benchmarks.ts';
import { directionOf, GAP_BEFORE, qualifierOf } from './qualifiers.ts';
import { OWN_MODEL_SIZE } from './units.ts';
import type { UnclaimedNumber } from './unclaimed.ts';
import type { Sentence } from './sentences.ts';

export interface SentenceContext {
  matcher: EntityMatcher;
  /** "performance" means speed (systems paper) rather than accuracy. */
  systems: boolean;
  /** The same for a percentage: the abstract's systems words at least as many as its quality words too (counted when first asked). */
  percentSystems: () => boolean;
  /** The paper is about agents or robot policies (a task score of theirs is a pass rate, labels rule 41; counted when first asked). */
  agentic: () => boolean;
  /** The paper introduces a benchmark or evaluates models on one (the levels of the models it evaluates are its results, labels rule 42). */
  evaluation: () => boolean;
  source: 'title' | 'abstract';
}

/** Where a number stands: its field and offsets in it. */
export interface Span { source: 'title' | 'abstract'; start: number; end: number }

/** What a sentence says besides its numbers, for the paper-level fallbacks. */
export interface SentenceFacts {
  claims: Claim[];
  /** False when the sentence held no candidate number and its names were not looked up (see index.ts). */
  scanned: boolean;
  /** Devices and classes named outside comparisons ("our FPGA", not "than a GPU"). */
  hardware: EntityHit[];
  classes: EntityHit[];
  benchmarks: EntityHit[];
  /** The normalized sentence the hits' offsets refer to ('' when not scanned). */
  text: string;
  /**
   * Numbers the rules read as no result of this paper (settings, prior work, the other side's levels), by their
   * offsets in the source field: the second reader (learned-reader.ts) leaves them alone.
   */
  rejected: Span[];
  /** Numbers of the sentence no claim was made of and the rules did not reject: what list-mates.ts reads. */
  left: UnclaimedNumber[];
  /** Devices that only say where a baseline ran ("than LLaMA 3 on an NVIDIA A100"): not the paper's platform. */
  baselineDevices: EntityHit[];
  /**
   * Claims the sentence says were measured on the proposed chip itself ("ASIC implementation ...
   * achieves"): no device, and none from the rest of the paper either (index.ts).
   */
  ownChip: Set<Claim>;
}

// Results of earlier work quoted for context are not this paper's.
const PRIOR_WORK = /^(?:\w+,\s*)?(?:prior|previous|earlier|existing|recent) (?:work|works|studies|study|research|approaches|methods|designs)\b/i;
const PROCESS_NODE = /\b(?:\d{1,3}\s?nm\b|TSMC|GlobalFoundries|FinFET|FDSOI|FD-SOI|\d+\s?FF\b|CMOS\b)/;
// "by 15% and supports applications with heterogeneous GPUs": a coordinated verb starts another
// statement, whose device is not this number's.
const NEW_CLAUSE = /\band\s(?:also\s)?(?:supports?|enables?|provides?|allows?|offers?|scales?|runs?|integrates?|generalizes?|remains?|requires?|extends?|works?)\b/i;

// An accuracy or a model's size is not measured on the platform a baseline ran on.
const NOT_FROM_BASELINE = new Set<Metric>(['model_size', 'accuracy', 'correctness']);
// Accuracy and pass rates: the shared QUALITY_METRICS (types.ts) less error, whose shares and devices read otherwise.
const SCORE_METRICS = new Set<Metric>(['accuracy', 'correctness']);
// "improves the baseline results by 24.6%", "reducing baseline PPL by 4.7%", "at ~70x the baseline cost": the paper's own
// baseline, named only so, is what the change is against.
const BASELINE_OBJECT = /\b(?:improv|reduc|doubl|boost|lower|rais|increas|enhanc)\w*\s(?:the\s)?baseline(?:['’]s)?\s(?:(?!by\b)[\w-]+\s){0,2}(?:by\s)?(?:up to\s|nearly\s|about\s|over\s|roughly\s|approximately\s|an average of\s)?[+~]?$/i;
const TIMES_BASELINE = /^\s(?:the\s)?baseline(?:['’]s)?\s(?:cost|latency|throughput|accuracy|performance|speed|memory|energy|power)\b/i;
function baselineObject(text: string, from: number, q: Quantity): string | null {
  return BASELINE_OBJECT.test(text.slice(from, q.start)) || (q.unit === 'x' && TIMES_BASELINE.test(text.slice(q.end, q.end + 40))) ? 'baseline' : null;
}
const ELIDED_RATIO = /^\s?(?:fewer|less|smaller|lower)\s(?:than|compared)\b/i;
const APPOSED = /^,\s(?:more than |over |about |nearly |roughly |up to |~\s?)?$/i;
const SPEED_BETWEEN = /\b(?:FPS|frames per second|speed|latency|throughput|inference|run-?times?|ms|seconds|minutes|W|watts|energy|power)\b/i;
// "boosts Qwen3-1.7B from 48.3% to 58.3% in just 4 hours on 8 A100 GPUs", "(5 hours on 32xA100 GPUs)", "with a single GPU
// for one day": a device named for a run's duration is where the training ran, not where a score was measured (rules 6, 38).
const NUM_WORD = String.raw`(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|ten|twelve|a few|several)`;
const TIME_WORD = String.raw`(?:hours?|hrs?|h|minutes?|mins?|days?|weeks?)`;
const RUN_DEVICE_BEFORE = new RegExp(String.raw`\b${NUM_WORD}\s?${TIME_WORD}\s(?:of\s(?:training\s)?)?(?:on|using|with)\s(?:an?\s|one\s|a single\s|\d+\s?x?\s?)?(?:[\w-]+\s)?$`, 'i');
const RUN_DEVICE_AFTER = new RegExp(String.raw`^s?\s(?:for|in|within)\s(?:about\s|roughly\s|~\s?)?${NUM_WORD}\s?${TIME_WORD}\b`, 'i');
// "reduces FLOPs by 67% and increases inference speed by fivefold on CPU", "lowers FLOPs by 403.5x ..., enabling deployment on a
// Jetson Orin Nano": an amount of work is the model's or the method's, the same on any device; only its own "on X" names one (rule 40).
const WORK_AMOUNT = /\b(?:G?FLOPs|FLOPS|MACs|MAC operations|tokens|instruction count|instructions|invocations|calls)\b/i;
// "accelerates CPU inference by over 8x, with less than 3% F1 loss": a class that qualifies inference is where a speed was measured.
const CLASS_OF_SPEED = /^s?\s(?:inference|execution)\b/i;

// Levels ("93.7% accuracy") take a baseline only from a comparison of their own, not the sentence's.
const LEVELS = new Set<Metric>(['accuracy', 'correctness', 'utilization', 'error']);
const METRIC_LIST_SCOPE = /^\s(?:in|on)\s(?:[^,;()\d]|(?<=[A-Za-z])\d){1,40}?(?:,\s?(?:and\s)?|\sand\s)$/i;
// ("The edge build quantizes to 398 MB": what a model quantizes to is its size.)
const MODEL_BYTES_BEFORE = /\b(?:model(?:\s(?:file|weights?|checkpoint))?\s(?:sizes?|footprints?)|size of the model|checkpoint sizes?|quantiz(?:es|ed|ing)\sto)\b(?:[^.;]|\.\d){0,40}$/i;
const MODEL_BYTES_AFTER = /^\s?(?:[\w-]+\s)?(?:models?|engines?|checkpoints?)\b/i;

// Between two scores of one list: "for tears and", ", ", " / ".
// Between two items of one list: "6.7% SPR, ", " in BLEU-4 and ", " on Qwen2.5-7B and ".
const LISTED_AFTER = /^(?:\s(?:in|on|for)\s[^,;()]{1,50}?|\s[\w@.-]{1,20})?\s?(?:,\s?(?:and\s)?|\sand\s)$/;
const ORDINAL_AFTER = /^-?(?:th|st|nd|rd)\b/;
const SCORE_LIST = /^(?:\s(?:for|on|in)\s[^,;()]{1,50}?)?\s?(?:,\s?(?:and\s)?|and\s|\/\s?)$/;
// "accuracy 8x faster", "performance 52.65% of the time": a number right after a metric word that a
// comparative or "of" follows measures something else.
const ADJACENT_NOT_OWNED = /^\s?(?:faster|slower|lower|higher|smaller|larger|fewer|less|more|better|worse|of)\b/i;
// ("62.4% and 66.0% on SWE-bench Verified": each level of a list before the benchmark is a score there; "on the public
// LoCoMo benchmark": a word saying what kind of set it is may come between.)
const SET_KIND = String.raw`(?:public|challenging|standard|popular|official|held-out|widely[- ]used|competitive|difficult|hard|recent|latest|established|comprehensive|rigorous|real-world|large-scale|well-known)\s`;
const ON_KNOWN_BENCHMARK = new RegExp(String.raw`^(?:(?:,\s?(?:and\s)?|\sand\s|\s?\/\s?)\d+(?:\.\d+)?\s?%)*\s(?:on|in|across)\s(?:the\s)?(?:full\s|${SET_KIND})?(?:\d+\s)?$`, 'i');
const CUT_OR_SHARE = /\b(?:reduc|eliminat|collaps|cut|sav|lower|decreas|remov|prun|skip|us(?:e|es|ing)\b|only)\w*\b[^,;]*$/i;
// "such as MAGE reach 95.9%", "surpassing the heavier WizardMath pipeline at 70.9%": another system's level.
// "such as MAGE", "prior methods": a number said of other systems.
const OTHER_SYSTEMS = /\b(?:such as|prior|existing|previous|earlier)\b/i;
// ("on benchmarks such as ScreenSpot-Pro (69.6%)": examples of the sets a score is on, not of other systems.)
const EXAMPLE_SETS = /\b(?:benchmarks?|tasks|datasets|suites),?\s(?:such as|including)\b/gi;
const OTHERS_LEVEL_BEFORE = new RegExp(String.raw`${OTHER_SYSTEMS.source}|\b(?:surpass|outperform|beat|exceed)\w*\b[^,;]*\bat\s(?:only\s|about\s|~\s?)?$`, 'i');
/** Built-in benchmarks that are not tasks an agent carries out. */
const QA_BENCHMARKS = new Set(BENCHMARKS.map((b) => b.name).filter((n) => !TASK_BENCHMARKS.has(n)));
const KNOWN_BENCHMARKS = new Set(BENCHMARKS.map((b) => b.name));
const QUESTION_WORDS = /\b(?:QA|questions?|answer\w*|grounding|understanding|spatial|retrieval|perception|comprehension)\b/i;
const MEASURE_ONLY = /^(?:the\s)?(?:number of\s)?(?:[\w-]+\s)?(?:performance|parameters?|speed|latency|throughput|accuracy|memory|energy|kernels?|size)$/;
// (What changes is a model, a named score, or the change itself: "Llama-3.2-3B improves from", "improves S3@256K from",
// "a similar increase from"; a noun before "from" names a measure the rules do not know: "empty-patch failures drop from".)
// ("improves the Qwen3-VL-8B agent from 24.9% to 39.0%", "increases the overall average from 42.81% to 61.32%": a model, an
// agent or an average the verb moves may take a few words; "to an impressive 57.3%": an adjective may come before the level.)
const LEVEL_REACHED = /(?:\b(?:improv|increas|ris|rose|decreas|drop|mov|went|goes|jump|climb|fell|fall|rais|boost|lift|push|bring|elevat|advanc)\w*(?:(?:\s(?!from\b)[^\s,;.]+){0,3}\s(?:models?|agents?|polic(?:y|ies)|LLMs?|VLMs?|average|resolution)(?:\s(?:trained|tuned)\son\s(?:it|them))?)?|[\w.~@-]*[\dA-Z][\w.~@-]*)\s(?:\([^)]*\)\s)?from\s(?:about\s|around\s|~\s?)?[\d.]+\s?%\s(?:\([^)]*\)\s)?to\s(?:over\s|about\s|around\s|nearly\s|~\s?|an?\s[a-z]+\s)?$/;
// "from 34.8% to 76.7% on X and from 78.26% to 83.34% on Y", "from 70.9% to 77.6% on X and 46.9% to 59.1% on Y": the next
// levels reached of a list; the text before the first level must read as a level reached.
const NEXT_LEVEL_REACHED = /(?<=\bto\s(?:over\s|about\s|around\s|nearly\s|~\s?|an?\s[a-z]+\s)?)[\d.]+\s?%[^;]{0,80}?(?:,\s(?:and\s)?|\sand\s)(?:from\s)?[\d.]+\s?%\s(?:\([^)]*\)\s)?to\s(?:over\s|about\s|around\s|nearly\s|~\s?)?$/;
const levelReached = (before: string) => {
  if (LEVEL_REACHED.test(before)) return true;
  const next = NEXT_LEVEL_REACHED.exec(before);
  return next !== null && LEVEL_REACHED.test(before.slice(0, next.index));
};
// ("94.51% (87.20%) on HumanEval (Plus)": a second level in parentheses, for a variant of the set, may come between.)
const SCORE_ON = new RegExp(String.raw`^(?:\s?\([\d.]+\s?%\))?\s?(?:on|for)\s(?:the\s)?(?:${SET_KIND})?[A-Z0-9][\w.+-]*[A-Za-z0-9]`);
// ") and AIME'25 (", "), Math-500 (": the next name of a list of scores in parentheses.
// ("), BLINK spatial reasoning (83.9%), and visual correspondence (": a task named in lower case too.)
const NEXT_PAREN_SCORE = /^\s?\)\s?,?\s(?:and\s)?[A-Za-z][\w.'+*-]*(?:\s[\w.'+-]+){0,2}\s?\(\s?$/;
// "new best results on", "state-of-the-art performance on": results stated per dataset.
// ("state-of-the-art performance within the 10B parameter class on MMMU-Pro-std (40.7%)": a scope of a few words may come between.)
const RESULTS_ON = /\b(?:results?|performance|state[- ]of[- ]the[- ]art|SOTA)\s(?:[\w-]+\s){0,6}?(?:on|across)\b/i;
const PAREN_NAME = /(?:\band\s)?((?!and\b)[A-Za-z][\w.'+*-]*(?:\s[\w.'+-]+){0,2})\s?\(\s?$/;
// "top performance on RM-Bench (82.4%)": a name the dictionary does not know, right after "on", with its score.
// ("on benchmarks such as ScreenSpot-Pro (69.6%)", "on all tasks, including V*Bench (80.3%)": the first of a list of examples.)
const ON_PAREN_NAME = /\bon\s(?:the\s)?(?:(?:[\w-]+\s){0,3}?[\w-]+,?\s(?:such as|including|like|e\.g\.,?)\s)?([A-Z][\w.'+*-]*(?:\s[A-Z0-9][\w.'+-]*){0,2})\s?\(\s?$/;

/**
 * The set a score in parentheses at `at` is for: a benchmark the dictionary knows ending right before "(", a name
 * right after "on" ("top performance on RM-Bench (82.4%)"), or the next name of a list of such scores ("),
 * ProverBench (58.2%"), the last two as found benchmarks.
 */
function parenScoreSet(text: string, benchmarks: EntityHit[], prior: { end: number; parenScore?: boolean } | undefined, at: number, from: number): EntityHit | null {
  const known = benchmarks.find((b) => /^\s?\(\s?$/.test(text.slice(b.end, at)));
  if (known) return known;
  const listed = prior?.parenScore === true && NEXT_PAREN_SCORE.test(text.slice(prior.end, at));
  const start = listed ? prior!.end : Math.max(from, at - 60);
  const m = (listed ? PAREN_NAME : ON_PAREN_NAME).exec(text.slice(start, at));
  if (!m) return null;
  const nameStart = start + m.index + m[0].indexOf(m[1]!);
  return { name: m[1]!, kind: 'benchmark', start: nameStart, end: nameStart + m[1]!.length };
}
const ACHIEVES = /\b(?:achiev\w*|reach\w*|attain\w*|obtain\w*|scor\w*)\b/i;
// "passes validation on only 15% of questions", "succeeded in 68.5% of cases": the share of tasks a
// system gets right is a pass rate.
const SHARE_HEDGE = String.raw`(?:only\s|just\s|about\s|over\s|nearly\s|roughly\s|up to\s|at most\s|at least\s|more than\s|less than\s|fewer than\s|no more than\s|~\s?|<\s?|>\s?)?`;
const SOLVED_SHARE = new RegExp(String.raw`\b(?:solv|pass|succe|resolv|complet|fix|repair|verif|accomplish|synthesi[sz]|saniti[sz]|certif)\w*\b(?:\s[\w-]+){0,4}\s(?:on|in|for)?\s?${SHARE_HEDGE}$`, 'i');
// "leaks sensitive information in 25.68% of cases", "violate constraints in over 50% of cases": the share of cases a
// system fails in a named way is an error rate; "correctly identifying conditions in 94.9% of cases" a hit rate (labels,
// rules 17 and 27). (Not a share that only describes the data: "84% of samples require audio".)
const ERROR_SHARE = new RegExp(String.raw`\b(?:violat|leak|fak|hallucinat|misclassif|errors?\b)\w*(?:\s[\w-]+){0,4}\s(?:in|on|for)\s${SHARE_HEDGE}$`, 'i');
// ("classifies the error in only 66.47% of cases" is how often errors are found.)
const ERRORS_FOUND = /\b(?:classif|identif|detect|locat|find|found|catch|spot|diagnos)\w*\s(?:the\s|an?\s)?(?:[\w-]+\s)?errors?\b/i;
const CORRECT_SHARE = new RegExp(String.raw`\bcorrectly\s(?:[\w-]+\s){0,4}(?:in|on|for)\s${SHARE_HEDGE}$|\bcorrectly\s(?:answer|identif|classif|predict|detect|locat|recogni)\w*\s${SHARE_HEDGE}$`, 'i');
// An F1, precision, recall, AUC, IoU or mAP after a number scores a prediction, a detection or a segmentation ("9.31% IoU on Wide Research"),
// and a coverage the tests (labels, rule 27).
export const PREDICTION_NAMES = String.raw`F_?1|F1-scores?|precision|recall|AUC|AUROC|[cgm]?IoU|mAP|MCC`;
export const PREDICTION_SCORE = new RegExp(String.raw`^(?:[^.;]|\.\d)*?\b(?:${PREDICTION_NAMES}|coverage)\b`, 'i');
// ("Row F1 of 63.53", "improves exact match by 3.0 points": the same names right before the number.)
const PREDICTION_BEFORE = new RegExp(String.raw`\b(?:${PREDICTION_NAMES}|exact match|EM)(?:\sscores?)?\s(?:of\s|by\s|=\s?|:\s?)?(?:up to\s|about\s)?$`, 'i');
// "an accuracy of 36.19% in Pass@1", "a score of 42% pass@1", "by 5-7% for pass@k": a score the words right
// after it call a pass rate is one (labels, rule 1).
const PASS_AT_AFTER = /^\s?(?:\)\s?)?(?:(?:in|on|at|for|of)\s)?(?:the\s)?pass@(?:\d+|k)\b/i;
const POINT_METRICS = new Set<Metric>(['accuracy', 'correctness', 'error', 'utilization']);
// "83.72 and 0.89", "61.7, 36.8": a number right after another one of a list (a number in a name, "UCF-101 and", is none).
const AFTER_A_NUMBER = /(?<![\w.-])\d+(?:\.\d+)?\s?%?(?:,\s?(?:and\s)?|\sand\s)$/;
// "scores of 83.72 and 0.89 on the DPG-Bench and GenEval": numbers of one unit joined by a comma or "and" are a list even
// where no ratio groups them (the groups above are of relative numbers), for pairing with a list of sets.
const PLAIN_JOIN = /^(?:\s?,\s?(?:and\s)?|\s(?:and|or)\s)$/;
function sameUnitList(text: string, qs: Quantity[], q: Quantity): { group: Quantity[]; index: number } | undefined {
  let i = qs.indexOf(q);
  let j = i;
  while (i > 0 && qs[i - 1]!.unit === q.unit && PLAIN_JOIN.test(text.slice(qs[i - 1]!.end, qs[i]!.start))) i--;
  while (j < qs.length - 1 && qs[j + 1]!.unit === q.unit && PLAIN_JOIN.test(text.slice(qs[j]!.end, qs[j + 1]!.start))) j++;
  return j > i ? { group: qs.slice(i, j + 1), index: qs.indexOf(q) - i } : undefined;
}
const OF_RESOURCES = /^\s?of\s(?:the\s|an?\s|its\s)?(?:[\w'’-]+\s){0,2}(?:LUTs|DSPs|BRAMs|FFs|flip-flops|slices|(?:FPGA |hardware |logic )?resources)\b/i;
const SMALL_SHARE = /(?:\b(?:only|just|merely)|\b(?:using|uses|use|with|requir\w*|utiliz\w*|needs?)\s(?:only\s|just\s|merely\s|less than\s|fewer than\s|about\s|~)?)\s?$/i;
// "compresses Llama2-70B by 25.8x", "model compression", "compressing the network": a model made smaller.
const COMPRESSED_MODEL = /\b(?:compress\w*\s(?:the\s|a\s)?(?:[A-Z][\w.-]*\d[\w.-]*|(?:[\w-]+\s)?(?:models?|networks?|LLMs?|weights|parameters))\b|(?:model|network|weight|parameter|LLM)\scompression)/;
const OF_TRAINING = /^\s?of\s(?:the\s|its\s|their\s)?(?:[\w'’.-]+\s){0,4}?(?:(?:training|pre-?training|labeled|rollout|annotation)\s)?(?:compute|budgets?|GPU hours|data(?!\s(?:being|allocated|captured|collected|generated|coming|from|is|are|was|were)\b)|NFEs?|function evaluations|inputs)\b/i;
const OF_PARAMETERS = /^\s?of\s(?:the\s|its\s|their\s)?(?:total\s|original\s|model\s|trainable\s|full\s)*param(?:eter)?s\b/i;
const OF_JUDGMENTS = /^\s?(?:of\s(?:the\s|all\s)?(?:time|judgments|comparisons|cases|instances|matchups|head-to-head\s\w+|(?:matched\s|pairwise\s)?(?:samples|comparisons|evaluations))|\bof\sjudgments)\b/i;
const BEST_REACHES = /\b(?:the\s)?(?:best|strongest|top|leading)(?:[- ]performing)?(?:\s(?:[\w.-]+\s){0,2}?(?:model|agent|system|LLM|MLLM|VLM|method|policy|one)s?)?(?:\s\([^)]{1,30}\))?,?\s(?:only\s|still\s|merely\s)?(?:reach\w*|achiev\w*|attain\w*|scor\w*|obtain\w*|solv\w*)\s(?:only\s|just\s|merely\s|about\s|around\s|roughly\s|~\s?)?$/i;
// ("solving at most 23.77% of FormalMath500": a named benchmark of problems.)
const OF_TASKS = /^\s?of\s(?:[A-Z][\w.+-]*\d[\w.+-]*\b|(?:the\s|all\s)?(?:[\w-]+\s)?(?:tasks|cases|problems|questions|issues|instances|bugs|queries|programs|prompts|attempts|trials|challenges|puzzles|functions|incidents|algorithms|designs|kernels|circuits|PRs|vulnerabilities|exploits|attacks|episodes|benchmarks|proofs|theorems|goals|targets|files|documents)\b)/i;

// "a 35.9% improvement on Qwen2.5-7B", "19% average relative improvement", "improves ... by 7.47%":
// a gain with no metric word is performance.
const GAIN_RIGHT = /^\s?(?:\)\s?)?(?:(?:average|relative|absolute|overall|consistent|significant|further|end-to-end|performance)\s)*(?:improvements?|gains?|boosts?|lifts?)\b/i;
const SCORE_NAME = /(?:^|-)(?:F1|m?AP\d*|Top-?\d+|Rank-?\d+|[RH]@\d+|Hit@\d+|pass@\d+|L\d)$/i;
// (The next "X to" of a list of changes, after the last one's end: "... on Siena and from 0.327 to ".)
const NEXT_PAIR_END = /^(?:[^.;\d]|\.\d){0,60}?(?:,\s(?:and\s)?|\sand\s)(?:from\s)?[\d.]+\sto\s$/;
// ("boosts the pass@1 performance of Qwen-2.5-Math-7B by approximately 159%", "reduces the average response length of
// DeepSeek-R1-Distill-Qwen-1.5B by 53%": the model whose measure the method changes, whatever the measure is called.)
const IMPROVED_MODELS = /\b(?:(?:improv|boost|enhanc|lift|rais)\w*\s(?:the\s)?(?:(?:[\w@.-]+\s){0,2}?(?:performance|accuracy|reasoning\s\w+|capabilit(?:y|ies))\sof\s)?|(?:reduc|cut|shorten|lower|decreas)\w*\s(?:the\s)?(?:[\w-]+\s){0,2}?(?:length|latency|cost|memory(?:\susage)?|time|FLOPs|footprint|usage|consumption)\sof\s)(?:the\s)?((?:base|backbone|baseline|original|vanilla|SFT(?:-ed)?|pre-?trained|student)\smodels?|[A-Z][\w.+-]*\d[\w.+-]*)\sby\s(?:up to |an average of |about |approximately |around |over |more than |nearly |roughly |\+)?$/i;
// "boosts Qwen3-1.7B from 48.3% to 58.3%", "increases the accuracy of Qwen3-Coder-Flash from 51.6% to 62.0%", "increasing
// DeepSeek-R1-Distill-Qwen-7B's performance on MATH500 from 87.4% to 91.2%": the named model a method raises is the
// level's baseline (a name with a digit; "the base model" and a subject that improves, "Llama-3.2-3B improves from", are not).
const RAISED_MODEL = /\b(?:improv(?:e|es|ed|ing)|boost(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)|lift(?:s|ed|ing)?|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing))\s(?:the\s)?(?:(?:average\s|overall\s)?(?:[\w@-]+\s){0,2}?(?:performance|accuracy|scores?|success\srates?|pass\srates?|pass@\d+)\sof\s)?(?:the\s)?(?:official\s)?((?:\d+-bit\s)?[A-Z][\w.+~-]*(?:\s[A-Z][\w.+~-]*)?(?:\s\d+(?:\.\d+)?(?![\d.]*\s?%))?)(?:['’]s(?:\s[\w@-]+){1,3}?)?(?:\son\s[\w.+~-]+)?\sfrom\s(?:about\s|around\s|~\s?)?[\d.]+\s?%\s(?:\([^)]*\)\s)?to\s(?:over\s|about\s|around\s|nearly\s|~\s?)?$/;
// ("..., from 69.7% to 77.2% on Terminal-Bench", "..., and Qwen3-Coder-Max from 67.0% to 74.6%": the next pair of a list goes on with the same or its own model.)
const RAISED_NEXT = /^%?(?:\s?\([^)]*\))?(?:\s(?:[\w@-]+\s)?(?:on|under|for|in|with)\s[^,;()]{1,60}?)?(?:,\s(?:and\s)?|\sand\s)((?:\d+-bit\s)?[A-Z][\w.+~-]*(?:\s[A-Z][\w.+~-]*)?\s)?from\s(?:about\s|around\s|~\s?)?[\d.]+\s?%\s(?:\([^)]*\)\s)?to\s(?:over\s|about\s|around\s|nearly\s|~\s?)?$/;
// ("boosting GPT-4.1 by +7.8% on V* and Claude-4.0-Sonnet by +31.1%", "improves Qwen3VL-8B by 13.4 points and InternVL3.5 by
// 12.4 points": a second model improved, with a gain of its own.)
const BOOSTED_NEXT = /^%?(?:\s?(?:pp|points?|percentage points))?(?:\s(?:on|in|for|across)\s[^,;()]{1,50}?)?,?\s(?:and|while)\s((?:the\s)?[A-Z][\w.+~-]*(?:\s[A-Z0-9][\w.+~-]*)?)\sby\s(?:up to\s|about\s|an average of\s|\+\s?)?$/;
// The hedges a gain's number may follow ("improves X by about 3%", "gains of approx. 4%").
const GAIN_HEDGE = String.raw`(?:up to |an average of |about |around |approx(?:imately|\.) |over |nearly |roughly |\+)?$`;
const GAIN_OBJECT = new RegExp(String.raw`\b(?:improv(?:e|es|ed|ing)|boost(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)|lift(?:s|ed|ing)?)\s(?:the\s)?((?:[\w.+*-]+\s){1,3}?)by\s${GAIN_HEDGE}`, 'i');
const GAIN_LEFT = new RegExp(String.raw`\b(?:improv\w*|gains?|boost\w*|enhancements?)\s(?:(?:of|by)\s)?${GAIN_HEDGE}`, 'i');

const AND_BY = /^[^;]{0,80}?,?\s(?:and|while)\sby\s(?:up to\s|about\s|over\s|nearly\s|roughly\s|an average of\s)?$/i;
// "gains of +23.33% and +16.63% on AIME'24, and +26.63% and +3.33% on AIME'25": the next list, after a
// scope of the last, goes on with the same gains.
const AND_NEXT_SCOPE = /^\s?(?:on|for|in)\s[^\s,;]+(?:\s[^\s,;]+)?,\s?and\s\+$/i;
// "by 20% on long-document retrieval, 8% on reasoning-intensive retrieval", "15% on six math benchmarks and 16%
// on three logic reasoning benchmarks", "30% in consistency and 20% in narrative coherence": changes listed each
// with a scope of its own share the first one's metric.
const PARALLEL_SCOPE = /^\s(?:on|in|for|across|over|compared\s(?:to|with)|relative\sto|against)\s[^,;()\d]{1,60}?(?:,\s?(?:and\s|but\s)?|\s(?:and|but)\s)(?:up to\s|about\s|over\s|nearly\s|roughly\s|only\s|just\s|merely\s)?$/i;
const SCOPE_AFTER = /^\s?(?:on|in|for|across|over|compared\s(?:to|with)|relative\sto|against)\s/i;
// "up to 12.42x and 8.4x speedup (9.48x and 4.97x geometric mean)": averages in parentheses after a claim are the same measure.
const AVERAGE_PAREN = /^[^()]*\b(?:geo(?:metric)?[- ]?mean|geomean|average|avg|mean)\b[^()]*\)/i;
const KEEPS_SHARE = /\b(?:keep|retain|recover|restor|preserv|maintain|clos|eliminat)\w*\s(?:up to\s|over\s|more than\s|about\s|nearly\s|roughly\s|at least\s)?$/i;
// ("preserving 98.4% of the original model's capabilities", "closes 97.2% of the performance gap", "retains 64.8% of the gains".)
const SHARE_OF_QUALITY = /^\s?of\s(?:the\s|its\s|their\s)?(?:[\w.+'’-]+\s){0,3}?(accuracy|quality|performance|capabilit(?:y|ies)|gains)\b/i;
const SPEED_REFERENCE = /\b(?:native|bare[- ]metal|peak|hardware|theoretical|ideal|roofline|GPUs?|CPUs?|HBM|DRAM)\b/i;
const RETENTION_AFTER = /^\s?(?:performance|quality|accuracy)\sretention\b/i;

/**
 * "keeps up to 96% of FP16 accuracy", "restoring over 70% of the quality", "while retaining 99.11% of the original performance",
 * "with 99.1-100% performance retention": a share of a reference's quality kept, through a compression or an acceleration too;
 * "retains 97% of native performance", "80% of the peak performance" is a speed.
 */
function keptShare(text: string, from: number, q: Quantity): 'quality' | 'speed' | null {
  if (q.unit !== '%') return null;
  if (RETENTION_AFTER.test(text.slice(q.end, q.end + 30))) return 'quality';
  const kept = KEEPS_SHARE.test(text.slice(from, q.start)) ? SHARE_OF_QUALITY.exec(text.slice(q.end, q.end + 60)) : null;
  if (!kept) return null;
  return /performance/i.test(kept[1]!) && SPEED_REFERENCE.test(kept[0]) ? 'speed' : 'quality';
}
// ", 6.5x higher than", "(3x more than": what sits between a level and a ratio that compares it.
const LEVEL_THEN_RATIO = /^\s?[,(]\s?(?:i\.e\.,?\s|or\s|which is\s)?(?:up to\s|about\s|roughly\s|nearly\s|over\s)?$/i;
const COMPARED_RIGHT = /^\s?(?:higher|more|greater|better|larger|faster|lower|less|fewer|smaller)\s(?:than|over|compared)\b/i;
// "7.97x over OptiX", "3x versus the baseline": a ratio whose comparison follows it at once.
// ... with nothing but a verb of attainment before it: "reduces collision misses by 85x over LRU" names
// what it measures, in words the cue lists may lack.
const BARE_VERB = /\b(?:achiev|reach|deliver|provid|yield|attain|obtain|offer)\w*\s(?:up to\s|an average of\s|on average\s|about\s|nearly\s|roughly\s|over\s)?$/i;
const RATIO_OVER = /^\s?(?:\)\s?)?(?:over|versus|vs\.?|against|relative to|compared (?:to|with))\s/i;

const OTHERS_NUMBER = /^[~≈<>≤≥]?\s?\d[\d.,]*(?:\s?[-–]\s?[\d.,]+)?\s?(?:%|x|×|s|ms|pp)(?![\w-])/;
const PAIRS_AND_YEARS = /\([^()]*\bvs\.?[^()]*\),?\s(?:and\s)?|(?<=[A-Za-z][\w~-]*[\s~])(?:19|20)\d\d\b|(?<=[A-Za-z]-)\d+\b/g;
const LEVEL_VS = /^\s?(?:vs\.?|versus)\s?\d+(?:\.\d+)?\s?%/i;
const OVERHEAD_KINDS = String.raw`(?:(?:protection|transfer|computational|compute|microarchitectural|runtime|performance|training|inference|execution|time|additional|extra|total|average|end-to-end|overall)\s){0,2}`;
const OVERHEAD_AFTER = new RegExp(String.raw`^\s?(?:(?:reductions?|decreases?|increases?|savings?)\sin\s(?:the\s)?)?${OVERHEAD_KINDS}overheads?\b`, 'i');
// ("reducing buffer and transfer overhead by 29.3%" names what is transferred: only a listed kind, or none.)
const OVERHEAD_BY = new RegExp(String.raw`\b(?:(?:reduc|cut|lower|minimi[sz]|decreas)\w*\s(?:the\s|its\s)?|(?:protection|computational|compute|microarchitectural|runtime|performance)\s)overheads?\s(?:by|of)\s(?:up to |about |approximately |around |over |more than |nearly |roughly |only |just |an average of |less than )?$`, 'i');
// ("negligible computational overhead (<0.12%)": the overhead's amount in parentheses right after it; a "latency overhead"
// names its own metric.)
const OVERHEAD_PAREN = new RegExp(String.raw`\b(?<!\b(?:latency|memory|energy|power|area|storage|bandwidth|communication|token|cost)\s)${OVERHEAD_KINDS}overheads?\s?\(\s?(?:[<≤~≈]\s?|less than\s|only\s|about\s)?$`, 'i');
const TIME_ERROR_BEFORE = /\b(?:RMSE|MAE|(?:prediction |estimation |absolute |timing |arrival )?errors?|deviations?)\s(?:is\s|was\s|of\s|=\s?|:\s?)(?:only\s|about\s|just\s|~\s?)?$/;
// (Between two numbers of a list, each number's end already past its unit: ", ", " and ", " (segment-level) and ".)
const TIME_LIST_JOIN = /^\s?(?:\([^()]{1,30}\)\s?)?(?:,\s(?:and\s)?|\sand\s|and\s)$/;
const DB_LIST_JOIN = /^,?\s(?:and\s)?$/;
const DB_ERROR_BEFORE = /\b(?:N?MSE|RMSE|MAE|EVM|(?:reconstruction |estimation |quantization |prediction )?errors?|distortion)\s(?:by|of|to|at)\s(?:up to\s|about\s|nearly\s|over\s|an average of\s)?-?$/;
const SIZE_OR_COST: ReadonlySet<Metric> = new Set<Metric>(['model_size', 'memory', 'cost']);
const RESULT_VERB_BEFORE = /\b(?:achiev(?:es|ed|ing)|reach(?:es|ed|ing)|attain(?:s|ed|ing)|scor(?:es|ed|ing)|obtain(?:s|ed|ing))\s(?:up to\s|only\s|just\s|about\s|over\s|nearly\s|an?\s(?:average\s)?(?:of\s)?)?$/i;
const SCORE_ABBREVIATION_AFTER = /^\s(?![A-Z]*ER\b)(?=[A-Z][a-z]*[A-Z@\d-])[A-Z][A-Za-z]{0,5}(?:@\d+|-\d+)?(?![\w-])(?!\s(?:layers?|weights?|nodes?|parameters|tokens|data|samples)\b)/;
// "outperforms X by 1.8x" with no metric word: performance (speed in a systems paper).
const OUTPERFORMS_BY = /\b(?:outperform\w*|surpass\w*|beat(?:s|ing)?|exceed(?:s|ed|ing)?|improv(?:e|es|ed|ing)\s(?:up)?on|improv(?:e|es|ed|ing)\sover)\b(?:[^,;]|,\s(?:and\s|or\s)?(?=[A-Z0-9]))*\bby\s?(?:up to |an average of |about |over |nearly |roughly |at least |more than |approximately |around |a factor of )?$/i;
// "+0.9% over the best existing baseline": a signed gain over a baseline, with no metric word.
const VS_NUMBER = /^\s?(?:vs\.?|versus)\s?[~≈]?\d/i;
const BEHIND_AFTER = /^\s(?:[\w-]+\s)?behind\b/i;
// ("almost 50 percent behind paywalls" is a share of things, not how far a system trails.)
const TRAILS_BEFORE = /\b(?:lag(?:s|ged|ging)?|trail(?:s|ed|ing)?|falls?|fell|was|were|is|are|remains?|remained|stays?|plateaus?|plateaued|only|just)\s(?:only\s|just\s|about\s|around\s|roughly\s|nearly\s|~\s?)?$/i;
const LAGS_BY = /\b(?:lag(?:s|ged|ging)?|trail(?:s|ed|ing)?|fall(?:s|ing)?|fell)\s(?:\w+\s){0,3}?behind\s[^,;]{1,40}?\sby\s(?:up to\s|about\s|around\s|over\s|nearly\s|~\s?)?$/i;
const BY_DELTA = /\bby\s(?:up to\s|about\s|an average of\s|over\s|more than\s|\+)?$/i;
const POINTS_GAIN_BY = /\b(?:improv|boost|rais|lift|increas|outperform|surpass|exceed|beat)\w*\s(?:[^\s,;]+\s){0,5}?by\s(?:up to\s|about\s|around\s|roughly\s|nearly\s|over\s|an average of\s)?$/i;
const SIGNED_OVER = /^\s?(?:over|than|relative to|compared (?:to|with)|versus|vs\.?)\s/i;


// "achieving 79.9% on S4, 57.9% on MS3 and": the verb of a level reached, with the rest of its list before the number.
const REACHED_ON = /\b(?:achiev|reach|attain|scor)\w*\s(?:an?\s)?(?:(?:average|overall|mean)\s)?(?:of\s)?(?:[\d.]+%\s(?:on|in)\s[^,;]{1,30}(?:,\s(?:and\s)?|\sand\s))*$/i;

/** "+3.1 on GPQA", "V* Bench (+16.8)": a signed bare number beside a named benchmark is a gain in its score. */
const signed = (text: string, q: Quantity) => /\+\s?$/.test(text.slice(Math.max(0, q.start - 2), q.start));
const signedOnBenchmark = (text: string, q: Quantity) => q.value !== null && q.value <= 100 && signed(text, q)
  && (ON_NAMED_BENCHMARK.test(text.slice(q.end, q.end + 40)) || /[A-Z*][\w*.+'’-]*\s?\(\s?\+\s?$/.test(text.slice(Math.max(0, q.start - 40), q.start)));

// Between two numbers of a list of levels: ", ", ", and ", " and ", " or ", "/".
const LEVEL_JOIN = String.raw`(?:,\s(?:and\s)?|,?\s(?:and|or)\s|\s?\/\s?)`;
// "achieves 75.8% and 66.1% on FooBench and BarQA": the rest of a list of percentages before the sets they are on.
const PERCENT_LIST_ON = new RegExp(String.raw`^(?:${LEVEL_JOIN}\d+(?:\.\d+)?\s?%)+(?:,\s?respectively)?\s(?:on|in)\s(?:the\s)?[A-Z]`);
// "achieves 75.8 and 66.1 on the UGD and QE splits": the numbers of a list of bare scores before the sets they are on.
const BARE_LIST_REST = new RegExp(String.raw`^(?:${LEVEL_JOIN}\d+(?:\.\d+)?(?![\d.%]|[A-Za-z]))+(?:,\s?respectively)?(?=\s(?:on|in)\s(?:the\s)?[A-Z])`);
const BARE_LIST_BEFORE = new RegExp(String.raw`(?:\d+(?:\.\d+)?${LEVEL_JOIN})+$`);
// (The verb may say how little the level is: "achieves only 75.8 and 66.1".)
const ONLY_LEVEL = /\s(?:only|just|merely)\s$/i;

/** "attains 5.83 on GEditBench-EN": a bare score reached on a named benchmark (scores.ts), or one of a list of them. */
const scoreOnBenchmark = (text: string, q: Quantity) => q.value !== null && q.value <= 100 && !/[\w.-]$/.test(text.slice(Math.max(0, q.start - 1), q.start))
  && (ON_NAMED_BENCHMARK.test(text.slice(q.end, q.end + 40))
    ? SCORE_VERB.test(text.slice(Math.max(0, q.start - 40), q.start)) || (EXAMPLE_SCORE.test(text.slice(Math.max(0, q.start - 20), q.start)) && /^\son\s/.test(text.slice(q.end)) && RESULT_WORDS.test(text.slice(0, q.start)))
      || listedBareScore(text, q, false)
    : BARE_LIST_REST.test(text.slice(q.end, q.end + 80)) && listedBareScore(text, q, true));

/**
 * A bare number of a list that starts right after a verb of attainment ("achieves only 75.8 and 66.1 on"): numbers of
 * the list before it, or (`more`) after it.
 */
function listedBareScore(text: string, q: Quantity, more: boolean): boolean {
  const before = text.slice(Math.max(0, q.start - 80), q.start);
  const head = before.replace(BARE_LIST_BEFORE, '');
  return (head !== before || more) && SCORE_VERB.test(head.replace(ONLY_LEVEL, ' '));
}

// Between two numbers of one list: "2.3x higher energy efficiency than the NPU and ", "% area reduction, ".
// (Not a number in parentheses: "up to 9.1x (4.2x)" is most often the peak and its average.)
const QUALIFIER_LIST = /^[^,;.()\d]{0,60}?(?:,\s?(?:and\s)?|\sand\s|\/)$/;
// ("4.13x average and 7.80x maximum": a list whose items say their own hedge.)
const OWN_HEDGE = /^\s?(?:maximum|max|peak|average|mean|minimum)\b/i;

/** "up to 36% area reduction, 35% delay reduction, and 70% power savings": a list shares its first number's "up to" or "average". */
function shareListQualifier(text: string, offset: number, claims: Claim[]): void {
  for (let i = 1; i < claims.length; i++) {
    const prev = claims[i - 1]!, c = claims[i]!;
    if (c.qualifier || (prev.qualifier !== 'up to' && prev.qualifier !== 'average') || prev.source !== c.source || prev.unit !== c.unit) continue;
    if (QUALIFIER_LIST.test(text.slice(prev.valueEnd - offset, c.valueStart - offset)) && !OWN_HEDGE.test(text.slice(c.valueEnd - offset, c.valueEnd - offset + 12))) c.qualifier = prev.qualifier;
  }
}

const OTHERS_BEFORE = /\b(?:baselines?|prior|previous|existing|reference|outperform\w*|surpass\w*|compared)\b/i;
const EVAL_LEVEL = /\b(?:achiev|reach|attain|scor|obtain|exceed|surpass)\w*\s(?:only\s|just\s|merely\s|about\s|around\s|roughly\s|approximately\s|~\s?|below\s|under\s|above\s|over\s|less than\s|more than\s|at most\s|at least\s)*$|\b(?:below|under|above|less than|at most)\s$/i;
const LEVEL_VERB = /\b(?:achiev|reach|attain|scor|obtain|hit|surpass|exceed|yield|perform(?:s|ed|ing)? at)\w*\s(?:only |just |merely |up to |about |nearly |over |around |roughly |approximately |~\s?)?$/i;

/** The claims of one sentence, with offsets in the source field. */
export function sentenceClaims(s: Sentence, ctx: SentenceContext): SentenceFacts {
  // Most sentences hold no number: they only matter for the paper-level device (sentenceDevices).
  const none: SentenceFacts = {
    claims: [], scanned: false, hardware: [], classes: [], benchmarks: [], text: '', baselineDevices: [], ownChip: new Set(), rejected: [], left: [],
  };
  if (!/\d/.test(s.text) && !MAY_HOLD_WORD_RATIO.test(s.text)) return none;
  const n = normalize(s.text);
  const text = n.text;
  // Years, model sizes and counts carry no unit: such sentences skip the dictionary scans (the
  // costly part), which is what keeps extraction cheap at import.
  const found = findQuantities(text);
  if (!found.some((q) => { const b = text.slice(Math.max(0, q.start - 30), q.start); return q.rule || BARE_SCORE.test(b) || ERROR_SCORE.test(b) || scoreOnBenchmark(text, q) || signedOnBenchmark(text, q)
    || SCORE_AFTER.test(text.slice(q.end, q.end + 20)) || scoreWordAfter(text, q.start, q.end) || DISTANCE_AFTER.test(text.slice(q.end, q.end + 8)) || isRating(text, q.start, q.end) || IPC_OF.test(b)
    || SCORE_FROM_TO.test(text.slice(Math.max(0, q.start - 140), q.start)); })) return none;
  const hwAll = ctx.matcher.hardware(text);
  // "ASIC design", "GPU workloads": a class used as a modifier is a topic, not the platform.
  const classHits = ctx.matcher.hardwareClasses(text);
  const clsAll = platformClasses(text, classHits);
  const chipForms = classHits.filter(asicForm);
  const benchmarks = ctx.matcher.benchmarks(text);
  const sides = findComparisons(text);
  // A level matched ("comparable to X") takes X's device away from the work, but is no baseline.
  const comps = sides.filter((c) => !c.parity);
  const outside = (h: EntityHit) => !sides.some((c) => inside(c, h.start));
  const ofBaseline = (h: EntityHit) => baselineSide(text, sides, h);
  const facts: SentenceFacts = {
    claims: [], scanned: true, benchmarks, text,
    hardware: hwAll.filter((h) => outside(h) && !ofBaseline(h)), classes: clsAll.filter((h) => outside(h) && !ofBaseline(h)),
    baselineDevices: hwAll.filter((h) => outside(h) && ofBaseline(h)), ownChip: new Set(), rejected: [], left: [],
  };
  // The numbers claimed or rejected; the others are left for the list reader (facts.left).
  const settled = new Set<Quantity>();
  const reject = (q: Quantity) => { settled.add(q); const [vs, ve] = originalRange(n, q.start, q.end); facts.rejected.push({ source: ctx.source, start: s.start + vs, end: s.start + ve }); };
  if (PRIOR_WORK.test(text)) { found.forEach(reject); return facts; }

  const allCues = findCues(text);
  // A compression is a ratio of sizes: "within 2-6 points of full in-context learning even at high
  // compression" is not measured by it, "a 0.8% compression ratio" is a setting.
  // (How much larger a compared model is names only its ratio: "16x more parameters on IMDB (+1.6%)" is a score's gain.)
  const sizeCues = allCues.filter((c) => c.cue !== 'compression' && !(c.cue === 'model_size' && LARGER_MODEL_CUE.test(text.slice(c.start, c.end))));
  // "(75.4% vs. 74.2% resolution)", "2.1 s vs. ~16-18s": a side that is the other's number names no baseline.
  const namedComps = comps.filter((c) => !OTHERS_NUMBER.test(c.text));
  const processNode = PROCESS_NODE.test(text);
  const qs = found.filter((q) => isResult(text, q, comps, hwAll, clsAll));
  for (const q of found) if (!qs.includes(q)) reject(q);
  const relative = qs.filter((q) => q.rule?.kind === 'relative');
  const groups = listGroups(text, relative, allCues);
  const groupOf = new Map<Quantity, { group: Quantity[]; index: number }>();
  for (const g of groups) g.forEach((q, index) => groupOf.set(q, { group: g, index }));

  // Where each claim's number ends (normalized offsets), for a change stated right after it.
  const made: Array<{ end: number; metric: Metric; bare: boolean; absolute: boolean; ratio: boolean; unnamed: boolean; change?: boolean; parenScore?: boolean }> = [];
  // The last level a method raised a named model to ("boosts Qwen3-1.7B from 48.3% to 58.3%"), which a next pair may go on from.
  let raised: { end: number; name: string } | null = null;
  for (const q of qs) {
    let raisedNow: string | null = null;
    const isRelative = q.rule?.kind === 'relative';
    const cues = q.unit === 'x' ? allCues : sizeCues;
    const from = lastBoundaryBefore(text, q.start);
    let metric: Metric | null = null;
    // Set when no metric word names the number: a bare gain or "performance", a level on a benchmark.
    let unnamed = false;
    // The set a score in parentheses is for ("GSM8K (98.1%)"), when the number is one.
    let parenSet: EntityHit | null = null;
    let improvedModel: string | null = null;
    let compression = false;
    // (A share of another's budget written in %, "only 10% of the data", is a level of cost: no direction, labels.)
    let shareOfBudget = false;
    // The claim before this one in a list of changes each with its scope, whose comparison this one shares.
    let parallelTo: Claim | undefined;
    let unit = q.unit;
    // The claim made just before this number in the sentence, which a list or a change may continue.
    const prior = made[made.length - 1];
    if (q.rule?.kind === 'absolute') {
      metric = q.rule.metric ?? null;
      // "a 278 MB model", "a 0.52 MB engine", "bringing the total model size within 9.5 MB": the bytes a model's weights
      // take are its size, not the memory a run uses (labels: model_size in MB, GB and KB).
      // "median RMSE is 22.75 min (segment-level) and 30.90 min", "an average prediction error of only 15 seconds": a time an
      // error measure is read in is an error, not a latency (labels: error in minutes, seconds, days).
      const errorBefore = (name: RegExp) => name.test(text.slice(Math.max(from, q.start - 40), q.start));
      const errorListGoesOn = (join: RegExp) => prior?.metric === 'error' && prior.absolute && join.test(text.slice(prior.end, q.start));
      if (metric === 'latency' && (errorBefore(TIME_ERROR_BEFORE) || errorListGoesOn(TIME_LIST_JOIN))) metric = 'error';
      // "reduces NMSE by 7.19 dB": decibels of an error measure are an error, not a signal quality (labels: error).
      // ("by 7.19 dB, 4.08 dB, and 5.27 dB": the list after it too.)
      if (metric === 'accuracy' && q.unit === 'dB' && (errorBefore(DB_ERROR_BEFORE) || errorListGoesOn(DB_LIST_JOIN))) metric = 'error';
      if (metric === 'memory' && /^[KMG]B$/.test(q.unit) && (MODEL_BYTES_BEFORE.test(text.slice(Math.max(from, q.start - 60), q.start)) || MODEL_BYTES_AFTER.test(text.slice(q.end, q.end + 24)))) metric = 'model_size';
      // "720p videos at 24fps", "frames at 5fps": a video's frame rate is a setting; "runs at 16 FPS",
      // "inference at 10,959 MOps/s" are results.
      // ("capable of processing Full HD frames at 20 FPS" is a rate the work reaches, as is "video generation at 24.3 FPS".)
      if (metric === 'throughput' && /\b(?:videos?|frames|footage|clips?|streams?|sequences?|cameras?)\s(?:(?!(?:generation|synthesis|decoding|encoding|rendering|processing|inference|streaming)\s)[\w-]+\s)?at\s(?:up to |about |~)?$/i.test(text.slice(Math.max(0, q.start - 40), q.start))
        && !/\b(?:process|render|decod|handl|analy[sz])\w*\s[^,;]{0,40}?(?:videos?|frames|footage|clips?|streams?|sequences?)\s(?:[\w-]+\s)?at\s/i.test(text.slice(from, q.start))) metric = null;
      // "24 fps video", "continuous 30 fps screen recordings", "1 fps input sources": the frame rate of the data;
      // "≈50 mJ at 60 FPS": the rate another measure is read at.
      if (metric === 'throughput' && q.unit === 'FPS' && (/^\s?(?:(?!for\b|on\b|in\b|with\b|of\b)[\w-]+\s)?(?:videos?|recordings?|footage|clips?|input)\b(?![\s-](?:throughput|generation|inference|processing|driven))/i.test(text.slice(q.end, q.end + 30))
        || /\d\s?(?:mJ|J|W|mW)\s(?:at|@)\s(?:~\s?)?$/.test(text.slice(Math.max(0, q.start - 16), q.start)))) metric = null;
    } else if (!q.rule && /^-(?:shots?|runs?|steps?|bits?|way|fold|layers?|seeds?|hops?|stages?|class(?:es)?|epochs?|trials?|turns?|rounds?|tokens?|grams?|error)\b/i.test(text.slice(q.end, q.end + 10))) {
      // "under 1-shot and 5-shot settings", "(3-run mean)": a count that qualifies a noun is a setting, not a score.
    } else if (!q.rule) {
      const before = text.slice(Math.max(0, q.start - 30), q.start);
      const m = BARE_SCORE.exec(before);
      if (IPC_OF.test(before)) { metric = 'throughput'; unit = 'IPC'; }
      else if (ERROR_SCORE.test(before) && q.value !== null) metric = 'error';
      else if (m && (q.value ?? q.max) !== null && ((q.value ?? q.max)! <= (/\br\s?=\s?$/i.test(m[0]) ? 1 : 100) || DISTANCE_SCORE.test(before))) metric = /pass@/i.test(m[0]) ? 'correctness' : 'accuracy';
      // (A perplexity is written in its own units: "12.18 perplexity"; the 2 of "WikiText-2 perplexity" is a name's.)
      // "38.4 vs 20.0 F1", "38.4 F1 versus 20.0 F1 for X": the number after "vs." is the other side's, and the first
      // takes the score named after the pair.
      else if (/\d\s?(?:[A-Za-z@\d-]{1,10}\s)?(?:vs\.?|versus)\s$/i.test(text.slice(Math.max(0, q.start - 24), q.start))) metric = null;
      else if (q.value !== null && (q.value <= 1 || (/^\s?(?:perplexity|PPL)\b/i.test(text.slice(q.end, q.end + 12)) && !/[A-Za-z]-$/.test(text.slice(Math.max(0, q.start - 2), q.start)))
        || (q.value <= 100 && /\.\d/.test(text.slice(q.start, q.end))))
        && SCORE_AFTER.test(text.slice(q.end, q.end + 20).replace(/^\s?(?:vs\.?|versus)\s[\d.]+/i, ''))) metric = 'accuracy';
      // ("ImageNet-256 FID": the number is the dataset's name.)
      else if (q.value !== null && DISTANCE_AFTER.test(text.slice(q.end, q.end + 8)) && !/[A-Za-z]-$/.test(text.slice(Math.max(0, q.start - 2), q.start))) metric = 'accuracy';
      else if (q.value !== null && q.value <= 10 && isRating(text, q.start, q.end)) metric = 'accuracy';
      else if (scoreOnBenchmark(text, q)) metric = 'accuracy';
      else if (signedOnBenchmark(text, q)) metric = 'accuracy';
      else if (q.value !== null && q.value <= 100 && scoreWordAfter(text, q.start, q.end)) metric = 'accuracy';
      else if (q.value !== null && SCORE_FROM_TO.test(text.slice(Math.max(from, q.start - 140), q.start))) metric = 'accuracy';
      // "AUCs of 0.9969 for tears and 0.9641 for nodules", "IDSAuditPass 0.753 / 0.693": a list of scores.
      // ("94-th percentile on Codeforces" in such a list is a rank, not a score.)
      else if (prior?.bare && q.value !== null && SCORE_LIST.test(text.slice(prior.end, q.start)) && !ORDINAL_AFTER.test(text.slice(q.end, q.end + 4))) metric = prior.metric;
      // "F1 from 0.177 to 0.336 on Siena and (from) 0.327 to 0.488 on Juntendo": the next pair's end is the same score's.
      else if (prior?.bare && q.value !== null && NEXT_PAIR_END.test(text.slice(prior.end, q.start))) metric = prior.metric;
    } else {
      const g = groupOf.get(q)!;
      const rights = g.group.map((x) => rightCue(text, x, cues));
      const zipped = slashCues(text, g.group, cues) ?? listedRightCues(text, g.group, cues) ?? (rights.every((r) => !r) ? zippedCues(text, g.group, cues, from) : null);
      // "up to 40x and 1.9x higher energy efficiency": a list shares the cue after its last number.
      const right = rights[g.index] ?? rights.slice(g.index + 1).find((r) => r) ?? null;
      let senseOnce: boolean | undefined;
      const sense = () => (senseOnce ??= clauseSense(text, from, q.end, q.unit === '%' ? ctx.percentSystems : () => ctx.systems, q.unit === '%'));
      const performance = () => { unnamed = true; return resolvePerformance(sense()); };
      // "an overall accuracy of 93% and balanced omission errors", "reduces compute cost by 14-62% at
      // fixed accuracy": a cue that the number completes ("X of N", "X by N") is the number's.
      const tight = leftCue(text, g.group[0]!, cues, from);
      const ofLeft = tight && /^\)?\s?(?:\([\w-]{2,8}\)\s|(?!of\b|and\b|or\b|to\b|in\b)[a-z]+\s)?(?:of|=|:|by|between|from\s[~≈]?[\d.,]+\s?(?:%|x|×|pp|points?)?\s(?:to|→))\s?(?:up to |about |over |nearly |only |just |roughly |approximately |an average of |~\s?)?$/i.test(text.slice(tight.end, g.group[0]!.start))
        // ("speedup ~180x", "correctness up to 63%": the metric word itself; "gains cost 15% latency" is a verb's.)
        || (tight && !/^costs?$/i.test(text.slice(tight.start, tight.end)) && /^\s?(?:about |approximately |nearly |up to |~\s?)?$/i.test(text.slice(tight.end, g.group[0]!.start)) && !ADJACENT_NOT_OWNED.test(text.slice(g.group[g.group.length - 1]!.end))) ? tight : null;
      // The claim made before this list, which a list in parentheses or after "and" may continue.
      const beforeGroup = [...made].reverse().find((m) => m.end <= g.group[0]!.start);
      const open = text.lastIndexOf('(', g.group[0]!.start);
      // (The number must be inside that parenthesis: "3.25x (geomean) speedup and 3.36x ..." closed it.)
      const averaged = beforeGroup && !beforeGroup.bare && open >= beforeGroup.end && !text.slice(open, q.start).includes(')') && beforeGroup.ratio === (q.unit === 'x')
        && /^\s?(?:[\w-]+\s){0,3}\($/.test(text.slice(beforeGroup.end, open + 1)) && AVERAGE_PAREN.test(text.slice(open + 1));
      let said: CueHit | null = null;
      let fromRight = false;
      if (isFractionRule(q.rule)) metric = q.rule!.metric!;
      else if (averaged) metric = beforeGroup.metric;
      else if (zipped) said = zipped[g.index]!;
      else if (ofLeft) said = ofLeft;
      else if (right) { said = right; fromRight = true; }
      else if (!/^\s?\)?\s?of\b/i.test(text.slice(q.end)) || /\bwithin\s(?:about |only |just )?$/i.test(text.slice(from, q.start))
        // ("compresses the per-token KV cache to 28.125% of the GQA baseline", "reducing TTFT to 83% of that in X":
        // what a cut brings its measure down to is a level of that measure.)
        || (tight && CUT_TO.test(text.slice(from, tight.start)) && MEASURE_DOWN_TO.test(text.slice(tight.end, q.start)))) {
        // "N% of the data" with no metric after it is a share, not a result ("accuracy within 4.7% of
        // full fine-tuning" is a gap to it).
        said = tight;
      }
      if (said) { metric = metricOf(said.cue, sense); unnamed = said.cue === 'performance'; }
      // (A share of performance kept is the model's quality, even where the abstract's words make "performance" speed.)
      if (said?.cue === 'performance' && keptShare(text, from, q) === 'quality') metric = 'accuracy';
      // "with only 2.5M parameters, more than 17x fewer than Point Transformer V3": a ratio set after a quantity with no noun
      // of its own before "than" compares that quantity.
      if (q.unit === 'x' && prior && !prior.ratio && ELIDED_RATIO.test(text.slice(q.end, q.end + 24)) && APPOSED.test(text.slice(prior.end, q.start))) metric = prior.metric;
      // A compression is an operating point after "at", "under" or "across" ("at 4x and 8x compression
      // ratios"; "operating at about 4x higher compression" than X is a result), a model's size when it
      // is the model's or its weights' ("model compression"), else how much smaller the data gets.
      if (said?.cue === 'compression') {
        if (/\b(?:at|under|across)\s(?:the\s|an?\s|approximately\s|about\s|roughly\s|~\s?)?$/i.test(text.slice(from, g.group[0]!.start))
          && !/^\s?(?:higher|better|more|greater|larger)\b/i.test(text.slice(g.group[g.group.length - 1]!.end))) metric = null;
        else if (COMPRESSED_MODEL.test(said.start >= q.end ? text.slice(q.end, said.end) : text.slice(Math.max(from, said.start - 24), said.end))) metric = 'model_size';
        // ("a student (11.2M parameters) ... teacher (43.7M parameters), achieving 3.9x compression": the sizes just compared.)
        else if (/\d\s?[KMB]?\s?param(?:eter)?s\)?,?\s(?:[\w-]+\s){0,2}$/i.test(text.slice(Math.max(from, g.group[0]!.start - 40), g.group[0]!.start))) metric = 'model_size';
        else compression = true;
      }
      // "using only 48% of the parameters": a share of a model's parameters is its size ("training only
      // 1% of its parameters" is how it was tuned, "up to 40% of model parameters" what a part holds).
      // (What follows them is another item's: "using only 39% of the parameters and half the time steps".)
      if (q.unit === '%' && OF_PARAMETERS.test(text.slice(q.end, q.end + 40)) && SMALL_SHARE.test(text.slice(Math.max(from, q.start - 40), q.start))
        && !/\b(?:train|updat|fine-?tun|tun|adapt)\w*\s(?:only\s|just\s|at most\s|fewer than\s|less than\s|about\s|~)*$/i.test(text.slice(Math.max(from, q.start - 40), q.start))) metric = 'model_size';
      // "fits in ~14% of a U50's LUTs": a share of the device's resources.
      if (!metric && q.unit === '%' && OF_RESOURCES.test(text.slice(q.end, q.end + 40))) metric = 'resources';
      // "with only 40% of the original training budget", "less than 10% of the original model's training data", "using only
      // 10% of the data", "less than 40% of the NFE": a small share of another's (or the full) compute, data or budget is what
      // the method costs ("with 60% of data being generated" describes a dataset). A measure a cue after it names ("with just
      // 10% of data selected by X yields performance comparable to ...") is another result's.
      if ((!metric || fromRight) && q.unit === '%' && OF_TRAINING.test(text.slice(q.end, q.end + 70))
        && (SMALL_SHARE.test(text.slice(Math.max(from, q.start - 40), q.start)) || /\b(?:less|fewer) than\s$/i.test(text.slice(Math.max(from, q.start - 12), q.start)))) { metric = 'cost'; shareOfBudget = true; }
      // "raises success rate to 84% (+4%)": a signed change in parentheses is the change of the level before it.
      if (!metric && prior && /^\s?\(\s?[+−-]\s?$/.test(text.slice(prior.end, q.start))) metric = prior.metric;
      if (!metric && OUTPERFORMS_BY.test(text.slice(from, g.group[0]!.start))) metric = performance();
      if (!metric && q.unit === '%' && /\+\s?$/.test(text.slice(0, q.start)) && SIGNED_OVER.test(text.slice(q.end))) metric = performance();
      // "(+2.9 pp vs. instruction-tuned, +6.6 pp vs. Self-Instruct)": signed points over another are a score's gain, the
      // score the claim before it moved when it is one (points are never a speed).
      if (!metric && q.unit === 'pp' && /[+−]\s?$/.test(text.slice(0, q.start)) && SIGNED_OVER.test(text.slice(q.end))) metric = prior && POINT_METRICS.has(prior.metric) ? prior.metric : 'accuracy';
      // "with +23.8pp on multi-hop", "improves the same baseline by 5.3 points on average": a signed change in points, or one a
      // gain verb makes, is a score's whatever follows it (points are never a speed; "a +0.0pp gain" is none).
      if (!metric && q.unit === 'pp' && q.value !== 0 && (/[+]\s?$/.test(text.slice(0, q.start)) || POINTS_GAIN_BY.test(text.slice(from, g.group[0]!.start)))) {
        metric = prior && POINT_METRICS.has(prior.metric) ? prior.metric : 'accuracy';
        unnamed = metric === 'accuracy';
      }
      const last = g.group[g.group.length - 1]!;
      // "achieving 99% on N-MNIST, 85% on N-Caltech101": a score per named dataset.
      // ("achieves 75.8% and 66.1% on FooBench and BarQA, respectively": each of a list of them before the sets.)
      if (!metric && q.unit === '%' && q.value !== null && q.value <= 100 && (SCORE_ON.test(text.slice(q.end, q.end + 40)) || PERCENT_LIST_ON.test(text.slice(q.end, q.end + 80)))
        && ACHIEVES.test(text.slice(from, q.start)) && !SPEED_WORDS.test(text.slice(from, q.start))
        && !OTHER_SYSTEMS.test(text.slice(from, q.start))) metric = 'accuracy';
      // "achieves new best results on GSM8K (98.1%), AIME'24 (94.4%), ...": a score in parentheses after each dataset's
      // name, the first a benchmark the dictionary knows, the others the names listed after it.
      if (!metric && q.unit === '%' && q.value !== null && q.value <= 100 && /^\s?\)/.test(text.slice(q.end))
        && (ACHIEVES.test(text.slice(from, q.start)) || RESULTS_ON.test(text.slice(from, q.start))) && !SPEED_WORDS.test(text.slice(from, q.start))
        && !OTHER_SYSTEMS.test(text.slice(from, q.start).replace(EXAMPLE_SETS, '')) && !CUT_OR_SHARE.test(text.slice(from, q.start))) {
        parenSet = parenScoreSet(text, benchmarks, prior, q.start, from);
        if (parenSet) { metric = 'accuracy'; unnamed = true; }
      }
      // "the best reaches only 68.7%", "the strongest agent achieves only 41.46%": the best score on a benchmark
      // (a benchmark paper's models' scores are claims, labels rule 19), with no measure named after it.
      // (Not when the sentence named the measure before it, "cloud models achieve 77-89% overall pass rates; the best local
      // model reaches 77%", which the rules below read; nor a baseline's, "the best baseline model achieving only 67%".)
      if (!metric && q.unit === '%' && q.value !== null && q.value <= 100 && BEST_REACHES.test(text.slice(Math.max(from, q.start - 70), q.start))
        && !/\b(?:pass|accura|success|rates?\b|baseline|prior|existing|competing)/i.test(text.slice(0, q.start))
        && /^(?:\s?[,.;:)]|\s?$|\s(?:on|in|overall|across|and|while|at|for)\b)/.test(text.slice(q.end, q.end + 12))) { metric = 'accuracy'; unnamed = true; }
      // A share of tasks, cases or questions named by what the system did in them: solved, failed in a named way, or got
      // right. ("in 25.68% and 38.69% of cases", "solves 20% and 30% of the tasks": a list before the cases shares its verb;
      // a single share is a list of one.)
      const shareEnd = g.group[g.group.length - 1]!.end;
      if (!metric && q.unit === '%' && OF_TASKS.test(text.slice(shareEnd, shareEnd + 50))) {
        const before = text.slice(from, g.group[0]!.start);
        if (SOLVED_SHARE.test(before)) metric = 'correctness';
        else if (ERROR_SHARE.test(before) && !ERRORS_FOUND.test(before)) metric = 'error';
        else if (CORRECT_SHARE.test(before)) metric = 'accuracy';
      }
      // ("solving 23.77% of FormalMath500, 27.47% of MiniF2F-Solving, and 0.31% of ...": the list goes on.)
      if (!metric && q.unit === '%' && prior?.metric === 'correctness' && OF_TASKS.test(text.slice(q.end, q.end + 50)) && /^\s?of\s[^,;()]{1,40},\s(?:and\s)?$/.test(text.slice(prior.end, q.start))) metric = 'correctness';
      // "wins 85% of head-to-head judgments", "preferred our assistant 78% of the time": a share of comparisons won is a win rate.
      if (!metric && q.unit === '%' && OF_JUDGMENTS.test(text.slice(q.end, q.end + 40)) && /\b(?:prefer\w*|favou?r\w*|wins?|won|winning)\b/i.test(text.slice(from, q.start))) metric = 'correctness';
      if (!metric && q.value !== 0 && (GAIN_RIGHT.test(text.slice(last.end)) || GAIN_LEFT.test(text.slice(from, g.group[0]!.start)))) metric = performance();
      // "boosting GPT-4.1 by +7.8% on V*", "improves geometric reasoning by 9.7%": what a gain verb improves, with no metric word, is its performance.
      // (Only a model's name, "GPT-4.1", or a task: "improves RPS and TPS by 29%" names a measure the rules do not know.)
      const object = !metric && q.value !== 0 ? GAIN_OBJECT.exec(text.slice(from, g.group[0]!.start))?.[1]!.trim() : undefined;
      const modelName = object !== undefined && /[A-Za-z][\w.-]*\d/.test(object);
      if (object !== undefined && (modelName || QUALITY_WORDS.test(object))) metric = performance();
      // (A model's name improved by the method is what the gain is over: "improves Qwen3VL-8B by 13.4 points".)
      // ("improving AP70 by 1.1%", "Overall-F1 by 8.43%": a score's name is no model.)
      if (modelName && !/\s/.test(object) && !SCORE_NAME.test(object)) improvedModel = object;
      // ("improves base models by 12.5%", "the average performance of Qwen2.5-VL-7B-Instruct by 7%": the models improved.)
      // (Not a percentile or a score's name: "improving P99 by 50%".)
      const improved = improvedModel ? null : IMPROVED_MODELS.exec(text.slice(from, g.group[0]!.start))?.[1];
      if (improved && !/^p\d+$|score|F1|AUC|mAP|BLEU|ROUGE|IoU/i.test(improved) && !SCORE_NAME.test(improved)) improvedModel = improved;
      if (improvedModel) raisedNow = improvedModel;
      // (A model's name, not a score's or a benchmark's: "raises AIME24 from 30% to 40%" names no model.)
      const modelAt = (name: string, at: number) => /\d/.test(name) && !/^p\d+$|score|F1|AUC|mAP|BLEU|ROUGE|IoU/i.test(name) && !SCORE_NAME.test(name)
        && !benchmarks.some((b) => b.start < at + name.length && b.end > at);
      const raising = improvedModel ? null : RAISED_MODEL.exec(text.slice(from, q.start));
      const next: RegExpExecArray | null = improvedModel || raising || !raised ? null : RAISED_NEXT.exec(text.slice(raised.end, q.start)) ?? BOOSTED_NEXT.exec(text.slice(raised.end, q.start));
      if (raising && modelAt(raising[1]!, from + raising.index + raising[0].indexOf(raising[1]!))) improvedModel = raisedNow = raising[1]!;
      else if (next && (!next[1] || modelAt(next[1].trim(), raised!.end + next.index + next[0].indexOf(next[1])))) {
        improvedModel = raisedNow = next[1]?.trim() ?? raised!.name;
        // ("and from 69.1% to 74.8% under TIES-Merging": the next pair is the same measure.)
        if (!metric && prior && !prior.bare) metric = prior.metric;
      }
      // "reduces HBM traffic by 24.7x over X, and by 4.1x over Y": the verb goes on, with its metric.
      if (!metric && beforeGroup && !beforeGroup.bare && AND_NEXT_SCOPE.test(text.slice(beforeGroup.end, g.group[0]!.start))) metric = beforeGroup.metric;
      if (!metric && prior && !prior.bare && !prior.absolute && prior.ratio === (q.unit === 'x') && PARALLEL_SCOPE.test(text.slice(prior.end, q.start))
        && SCOPE_AFTER.test(text.slice(last.end))) { metric = prior.metric; parallelTo = facts.claims[facts.claims.length - 1]; }
      if (!metric && beforeGroup && !beforeGroup.bare && AND_BY.test(text.slice(beforeGroup.end, g.group[0]!.start))
        && !cues.some((c) => c.start >= beforeGroup.end && c.end <= g.group[0]!.start)) metric = beforeGroup.metric;
      const kept = metric ? null : keptShare(text, from, q);
      if (kept) metric = kept === 'speed' ? performance() : 'accuracy';
      // "reaches 47,873 tok/s, 6.5x higher than X": a ratio right after a level compares that level.
      if (!metric && prior && !prior.bare && prior.absolute && LEVEL_THEN_RATIO.test(text.slice(prior.end, g.group[0]!.start))
        && COMPARED_RIGHT.test(text.slice(last.end))) metric = prior.metric;
      // "outperforms the GRPO baseline (69.4% vs 48.0%)", "higher accuracy than the naive baseline 91.4% vs.
      // 28.6%": a level set against another's is what its clause measures, else a score (a percentage
      // level is no speed).
      const vs = !metric && q.unit === '%' ? LEVEL_VS.exec(text.slice(q.end, q.end + 24)) : null;
      if (vs) {
        // ("75.4% vs. 74.2% resolution rate": the word after both numbers names them.)
        const after = q.end + vs[0].length;
        const said = cues.find((c) => c.start >= after && c.start <= after + 1) ?? cues.filter((c) => c.start >= from && c.end <= q.start).pop();
        metric = said ? metricOf(said.cue, () => false) : 'accuracy';
        // ("With 98.7% fewer trainable parameters than X, ADE surpasses X on DBpedia-14 (98.06% vs. 97.80%)": a size or a
        // cost named in an earlier clause is not what a pair of percentage levels measures.)
        if (said && said.end <= q.start && SIZE_OR_COST.has(metric) && /,\s/.test(text.slice(said.end, q.start))) metric = 'accuracy';
      }
      // "with less than 6% overhead", "a 7% transfer overhead", "reducing microarchitectural overhead by up
      // to 88%": an overhead no metric word names is a slowdown (labels, rule 23).
      if (!metric && q.unit === '%' && (OVERHEAD_AFTER.test(text.slice(last.end, last.end + 40)) || OVERHEAD_BY.test(text.slice(from, g.group[0]!.start)) || OVERHEAD_PAREN.test(text.slice(from, g.group[0]!.start)))) metric = 'speedup';
      // "reaches up to 7.97x over OptiX": a ratio over a baseline with no metric word is performance.
      if (!metric && q.unit === 'x' && RATIO_OVER.test(text.slice(last.end))) {
        if (BARE_VERB.test(text.slice(from, g.group[0]!.start))) metric = performance();
        // "... 7.97x over OptiX and 14.55x over Embree": the next ratio over the next baseline.
        else if (prior?.ratio && RATIO_OVER.test(text.slice(prior.end)) && /^[^;]{1,60}?(?:,\s?|\sand\s)$/.test(text.slice(prior.end, q.start))) metric = prior.metric;
      }
      // "+5.5% and +6% for in-context segmentation", "(+12% on RoboSpatial)": a signed gain is one without
      // a comparison after it too (in lines 1-1810, 67 of 71 signed percentages are labeled claims).
      if (!metric && q.unit === '%' && /\+\s?$/.test(text.slice(0, q.start))) metric = performance();
      // "improves Qwen from 51.8% to 80.7% on WeaveBench", "Llama-3.2-3B improves from 4.0% to 18.2%": the level a
      // change reaches with no metric word is the paper's performance (in lines 1-2146, all 26 such levels are labeled).
      if (!metric && q.unit === '%' && levelReached(text.slice(from, q.start))) metric = performance();
      // "even GPT-4o lags 34.80% behind humans", "lag behind humans by ~40%", "only 0.47% behind the 1st-place solution": how
      // far a system trails another, with no metric word, is a gap in its performance.
      if (!metric && (q.unit === '%' || q.unit === 'pp') && ((BEHIND_AFTER.test(text.slice(last.end, last.end + 24)) && TRAILS_BEFORE.test(text.slice(from, g.group[0]!.start))) || LAGS_BY.test(text.slice(from, g.group[0]!.start)))) metric = performance();
      // "achieves 80.68% JGA", "attains 94.2% P@1", "reaches 45.6% Hit@5", "with 93.7% Acc@5": a percentage a result verb gives,
      // right before a score's abbreviation no cue knows, is that score (in lines 1-8530, 25 of 36 such abbreviations
      // after any word are labeled quality scores; after a result verb, none is a setting).
      if (!metric && q.unit === '%' && RESULT_VERB_BEFORE.test(text.slice(Math.max(0, g.group[0]!.start - 40), g.group[0]!.start))
        && SCORE_ABBREVIATION_AFTER.test(text.slice(q.end, q.end + 16))) metric = performance();
      // "(81.3% on LiveCodeBench v5)", "surpass 70% on the MMLU benchmark": a percentage on a benchmark the
      // dictionary knows is the score there, with or without a verb (not a cut: "eliminating 80% ... on MNIST").
      // ("improving FLUX by 218% on GenEval": a gain there may pass 100%, a level may not.)
      if (!metric && q.unit === '%' && q.value !== null && (q.value <= 100 || /\bby\s$/.test(text.slice(Math.max(0, q.start - 3), q.start)))
        && benchmarks.some((b) => ON_KNOWN_BENCHMARK.test(text.slice(q.end, b.start)))
        && !/\b[A-Z][\w-]*\s$/.test(text.slice(Math.max(0, q.start - 24), q.start))
        && !CUT_OR_SHARE.test(text.slice(from, q.start)) && !OTHERS_LEVEL_BEFORE.test(text.slice(from, q.start))) { metric = 'accuracy'; unnamed = true; }
    }
    // "the best closed model achieves only 64.2% accuracy, while the strongest open one reaches just 46.8%":
    // a level no word names, reached in a sentence whose earlier level was a score or a rate, is another of them.
    // (Not a compared system's level: "the best baseline model achieving only 67%", "outperforming U-Net, which achieved 51.3%".)
    if (!metric && q.unit === '%' && LEVEL_VERB.test(text.slice(from, q.start)) && prior && !OTHERS_BEFORE.test(text.slice(prior.end, q.start)) && !prior.absolute && !prior.change && (prior.metric === 'accuracy' || prior.metric === 'correctness' || prior.metric === 'error')) metric = prior.metric;
    // "no model exceeds 66% overall, with top performers DeepSeek-R1 (65.3%), Qwen3-32B (64.1%)": in a paper
    // that evaluates models on a benchmark, a percentage level a model reaches, or a bound over them, is a score.
    if (!metric && q.unit === '%' && q.value !== null && q.value <= 100 && ctx.evaluation()
      && (EVAL_LEVEL.test(text.slice(from, q.start)) || (/[\w.-]*\d[\w.-]*\s\($/.test(text.slice(Math.max(0, q.start - 30), q.start)) && /^\s?\)/.test(text.slice(q.end))))
      && !OTHERS_BEFORE.test(text.slice(from, q.start)) && !CUT_OR_SHARE.test(text.slice(from, q.start))) { metric = 'accuracy'; unnamed = true; }
    if (!metric) continue;
    // Percentage points move a rate or a score: "outperforms X by 1.8 points" is no speedup, even in a systems abstract.
    if (unit === 'pp' && !POINT_METRICS.has(metric)) metric = 'accuracy';

    // A level ("an accuracy of 84%") is compared only where the sentence says so right after it; a
    // change ("by 3%", "improvements of 3%", "3% higher") also takes a comparison stated before it.
    // ("outperforms TransPath by 6.7% SPR, 6.5% PSIM, and 3.7% ASIM", "a 35.9% improvement on Qwen2.5-7B and 5.9% on
    // R1-Distilled-7B": the rest of a list of gains are gains too.)
    const last = made.at(-1);
    const listed = last?.change === true && last.metric === metric && LISTED_AFTER.test(text.slice(last.end, q.start));
    // ("+3.1 on GPQA": a signed bare number is a change in a score.)
    const signedBare = !q.rule && signed(text, q);
    // "2x faster with only a 0.3% drop on ImageNet", "lowers latency to 268s with only a 0.09% drop on VBench": a small loss
    // after "with" is the quality given up, whatever speed the clause names before it.
    if (unit === '%' && (metric === 'speedup' || metric === 'latency' || metric === 'throughput') && /^\s?(?:drop|loss|degradation|decline)\b/i.test(text.slice(q.end, q.end + 16))
      && /\bwith\s(?:only\s|just\s|merely\s|a\s|an\s|negligible\s|minimal\s|minor\s|slight\s|marginal\s)*$/i.test(text.slice(Math.max(0, q.start - 30), q.start))) metric = 'accuracy';
    // (A ratio is never a level: "increase bus utilization up to 2.5x" is a change.)
    const level = LEVELS.has(metric) && unit !== 'x' && !signedBare && !isChange(text, q, groupOf.get(q)) && !listed;
    // ("within 3.0% of BitNet": a gap to a reference has a direction, and its reference is the one after "of".)
    const gap = GAP_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start));
    // "outperforms ARTDECO by 2.11 dB": a difference in an absolute unit is compared like a ratio.
    const mine = groupOf.get(q)?.group ?? [q];
    const listEnd = mine[mine.length - 1]!.end;
    const byDelta = !isRelative && (signedBare || BY_DELTA.test(text.slice(Math.max(0, mine[0]!.start - 24), mine[0]!.start)));
    // "outperforms the GRPO baseline (69.4% vs 48.0%)", "than reference solutions, 86.5% vs. 68.7%": a level set
    // against the other side's number is compared with the system the sentence names before it.
    // ("surpasses PPO on AIME 2024 (46.28% vs. 45.25%), AMC 2023 (85.83% vs. 82.94%)": names with a year and the pairs
    // listed before are no other result.)
    const versus = VS_NUMBER.test(text.slice(q.end, q.end + 16))
      && namedComps.some((c) => { const between = c.end <= q.start ? text.slice(c.end, q.start).replace(PAIRS_AND_YEARS, '') : null; return between !== null && between.length <= 40 && !/\d/.test(between); });
    const base = baselineFor(text, q, namedComps, groupOf.get(q), isRelative || byDelta || versus, !level || versus, level && !versus ? [] : qs);
    // "70.1% vs. 71.2%": the other side's number is the baseline's result, not its name.
    // ("F1=0.643 vs. RoBERTa-base 0.485)": the name without its number and the closing parenthesis.)
    const bare = trimResult(base?.name ?? '');
    // ("the number of parameters", "peak latency", "generation speed": a measure, not something compared with.)
    const named = base && bare && !/^[A-Za-z]\s?=/.test(bare) && !MEASURE_ONLY.test(bare) ? bare : null;
    // (The size of the paper's own model is stated, not compared: "our 0.6B model surpasses FLUX-Schnell 12B".)
    // "by up to 50% in F1 score and 24% in Brier score": the next change of a list, in a measure of its own, is against
    // the same side and goes the same way.
    if (!parallelTo && prior?.change && !prior.bare && metric !== prior.metric && METRIC_LIST_SCOPE.test(text.slice(prior.end, q.start))) parallelTo = facts.claims[facts.claims.length - 1];
    // ("by up to 22.4% over base model and 8.4% over existing methods": so does the next change of the same measure with a scope
    // of its own.)
    if (!parallelTo && prior?.change && !prior.bare && metric === prior.metric && PARALLEL_SCOPE.test(text.slice(prior.end, q.start)) && SCOPE_AFTER.test(text.slice(q.end))) parallelTo = facts.claims[facts.claims.length - 1];
    const baseline = q.rule === OWN_MODEL_SIZE ? null : named ?? improvedModel ?? baselineObject(text, from, q) ?? (isRelative && !base ? shareBaseline(text.slice(q.end)) ?? withinOf(text, q) ?? matchedWhile(text, q, sides, metric) : null)
      ?? (SCORE_METRICS.has(metric) && q.unit === '%' ? qualityShareBaseline(text.slice(q.end)) : null) ?? parallelTo?.baseline ?? null;
    // A device of this claim: its own "on X" after the number, else named outside any comparison and
    // not in another clause; never the device inside its baseline phrase ("than an A100"), which is
    // what it is compared with (CONVENTIONS.md, rule 4).
    // A quality level is a property of the model: a device only counts when its own clause names it.
    const sameClause = (h: EntityHit) => {
      const between = text.slice(Math.min(h.end, q.end), Math.max(h.start, q.start));
      // "While GPUs exhibit lower latency, our accelerator achieves ...": a concessive clause's device is the other side's.
      const concessive = h.end <= q.start && /\b(?:while|whereas|although|though|unlike)\b[^,]*$/i.test(text.slice(0, h.start)) && /,/.test(between);
      // "77.7% AP50 on DOTA and 132 FPS on a 2080 Ti GPU", "92.7% mAP50 with an inference speed of 27 FPS on an
      // RTX 4090": the device is where the speed was measured; the score is the model's (labels, rule 6).
      const speedBetween = SCORE_METRICS.has(metric!) && h.start >= q.end && SPEED_BETWEEN.test(between);
      // A device named for a training run's duration, or a class named for inference, is not where a score was measured.
      const ofOther = SCORE_METRICS.has(metric!) && (RUN_DEVICE_BEFORE.test(text.slice(Math.max(0, h.start - 60), h.start))
        || RUN_DEVICE_AFTER.test(text.slice(h.end, h.end + 30)) || (h.kind === 'class' && CLASS_OF_SPEED.test(text.slice(h.end, h.end + 16))));
      return !concessive && !speedBetween && !ofOther && !NEW_CLAUSE.test(between) && !/;/.test(between) && !(NOT_FROM_BASELINE.has(metric!) && hasBoundary(between));
    };
    const own = [...hwAll, ...clsAll].filter((h) => outside(h) && sameClause(h));
    // A layout's area ("5.7 mm^2") belongs to the silicon, not to a board it was also mapped to.
    const hw = metric === 'model_size' || (metric === 'area' && !isRelative) ? null : zippedEntity(text, groupOf.get(q), [...hwAll, ...clsAll].filter(outside))
      // The number's own "on X" before the next number, then its list's ("speedups of 17.8x on H100, 19.0x on RTX 3090 and
      // 13.9x on H20" pairs up; "3.1x and 2.5x on A100" share one).
      ?? forwardEntity(text, [q], qs, own)
      ?? (mine.length > 1 ? forwardEntity(text, mine, qs, own) : null)
      // (An amount of work takes a device only from its own "on X", read above.)
      ?? (metric === 'cost' && WORK_AMOUNT.test(text.slice(Math.max(from, q.start - 50), q.end + 30)) ? null
        : nearest(hwAll.filter((h) => outside(h) && sameClause(h)), q.start) ?? nearest(clsAll.filter((h) => outside(h) && sameClause(h)), q.start));
    // "5.7 mm^2 in TSMC 16FF", "in 28 nm CMOS": a result of the paper's own silicon, not of a board it names elsewhere.
    // ("32x token compression" is the model's, as its size is: rule 32's exceptions.)
    const ownChip = !hw && (chipForms.some(outside) || processNode || compression);
    // ("54.9% across mathematical benchmarks, yielding ... and an exceptional 93.8% success rate on ALFWorld":
    // a benchmark named after another clause's number is that number's; "an F1-score of 95.57%, accuracy
    // of 95.63% ... on the BUSI dataset" is one list.)
    // Where the next number after this one's list starts (what follows the list is read up to it).
    const nextAfter = (members: Quantity[]) => {
      const end = members[members.length - 1]!.end;
      return Math.min(text.length, ...qs.filter((x) => x.start >= end && !members.includes(x)).map((x) => x.start));
    };
    const nextStart = nextAfter(mine);
    // (Benchmarks of a list are named right after it, before the next number.)
    // (Bare scores joined by a comma or "and" are such a list too: sameUnitList.)
    const zipList = groupOf.get(q) ?? sameUnitList(text, qs, q);
    const zipMembers = zipList?.group ?? mine;
    const zippedBench = zippedEntity(text, zipList, benchmarks, Math.min(zipMembers[zipMembers.length - 1]!.end + 60, nextAfter(zipMembers)));
    // (A score in parentheses is the named set's before it.)
    // ("97.1% accuracy on UCF-101 and 71.2% mIoU on SemanticKITTI": the set in an "on X" phrase right after a number, before
    // the next, is that number's, even where the previous number's set starts nearer.)
    // (Not for a number of a list, even one the rules did not group: "scores of 83.72 and 0.89 on the DPG-Bench and GenEval"
    // pairs the lists.)
    const onAfter = (groupOf.get(q)?.group.length ?? 1) === 1 && !AFTER_A_NUMBER.test(text.slice(Math.max(0, q.start - 14), q.start)) ? forwardEntity(text, [q], qs, benchmarks) : null;
    const bench = parenSet ?? zippedBench ?? (onAfter && !/\band\b/.test(text.slice(q.end, onAfter.start)) ? onAfter : null) ?? nearest(benchmarks.filter((b) => !hasHardBoundary(text.slice(Math.min(b.end, q.end), Math.max(b.start, q.start)))
      && !(b.start > q.end && qs.some((x) => x.rule && !mine.includes(x) && x.start > q.end && x.end <= b.start && /(?:,\s(?:and\s)?|\sand\s)(?:[a-z]+ing|achiev\w*|reach\w*|deliver\w*|secur\w*|yield\w*|obtain\w*|attain\w*)\b/.test(text.slice(q.end, x.start))))), q.start);
    // What follows this number's list up to the next number, where a score's name after it would be ("9.4% accuracy and 9.3% IoU").
    const scoreAfter = text.slice(q.end, Math.min(nextStart, listEnd + 40));
    // A score on a benchmark of tasks (SWE-bench, HumanEval, ARC-AGI) is the share of tasks solved (labels, rule 1).
    // (An F1, precision or recall on such a benchmark still scores a prediction: accuracy.)
    // "gains of +12.6% on KITTI", "a 15% gain on VBench 2.0": a percentage gain no metric word names, on a benchmark of
    // models' quality, is a score's gain, even in an abstract the systems words make one about speed.
    // (Only a benchmark the dictionary knows: "GAP benchmarks" of graph kernels is a name the rules merely found.)
    // "enhances model performance, achieving 79.9% on S4, 57.9% on MS3": a percentage a system reaches on a named
    // benchmark or task set is a score, even one the dictionary does not know, whatever the abstract is about.
    if (metric === 'speedup' && unnamed && unit === '%' && REACHED_ON.test(text.slice(from, q.start)) && /^\s(?:on|in)\s(?:the\s)?[A-Z]/.test(text.slice(q.end, q.end + 12))) metric = 'accuracy';
    if (metric === 'speedup' && unnamed && unit === '%' && bench && KNOWN_BENCHMARKS.has(bench.name) && !SYSTEMS_BENCHMARKS.has(bench.name) && !SPEED_WORDS.test(text.slice(from, q.start))) metric = 'accuracy';
    // ("accuracy across AIME24, AIME25, and LiveCodeBench from 57.8% to 72.8%": one number, not a list, over a list of
    // suites with question sets in it is their average score, not a pass rate.)
    const averagedOver = !zippedBench && mine.length === 1 && bench && listMates(text, benchmarks, bench).some((b) => QA_BENCHMARKS.has(b.name));
    // (Nor one named an F1 right before it: "Row F1 of 63.53", "an item F1 score of 40.0% on WideSearch".)
    const scoredBefore = PREDICTION_BEFORE.test(text.slice(Math.max(from, q.start - 30), q.start));
    // (A score in parentheses after a name the dictionary does not know is what the list's first was: "pass@32 on
    // MiniF2F (93.3%), ProverBench (58.2%)" proofs found, as on MiniF2F.)
    if (metric === 'accuracy' && parenSet && !benchmarks.includes(parenSet) && prior?.parenScore === true) metric = prior.metric;
    if (metric === 'accuracy' && bench && TASK_BENCHMARKS.has(bench.name) && !PREDICTION_SCORE.test(scoreAfter) && !scoredBefore && !averagedOver) metric = 'correctness';
    else if (metric === 'accuracy' && PASS_AT_AFTER.test(text.slice(listEnd))) metric = 'correctness';
    // An agent's or a robot policy's task score that no metric word names is a pass rate too (labels, rule 41),
    // unless it was scored on a benchmark of questions the dictionary knows (MMLU, GSM8K: accuracy, as for any model).
    // (Nor a gain the clause calls one in answering, reasoning, grounding or understanding: "+12% on RoboSpatial" spatial reasoning.)
    // (Nor a drop "in terms of macro F1": an F1, precision or recall scores a prediction, as on a benchmark of tasks above.)
    // (A gain after a level the sentence names as accuracy is a gain in it: "an accuracy of 54.9%, yielding a 7.2% gain".)
    else if (metric === 'accuracy' && unnamed && ctx.agentic() && !(bench && QA_BENCHMARKS.has(bench.name)) && !made.some((m) => m.metric === 'accuracy' && !m.unnamed)
      && !QUESTION_WORDS.test(text.slice(from, Math.min(text.length, q.end + 60))) && !PREDICTION_SCORE.test(scoreAfter) && !scoredBefore) metric = 'correctness';
    // Direction is read from the words of this number (its list) up to the numbers beside it and the
    // clause's end: "Memory usage drops by 23% and decoding throughput improves by 1.4x" is two gains.
    const prevEnd = Math.max(-1, ...qs.filter((x) => x.end <= mine[0]!.start && !mine.includes(x)).map((x) => x.end));
    const clauseEnd = /;|,\s(?:and|while|whereas|but|alongside)\b|\s(?:while|whereas)\s/.exec(text.slice(q.end));
    const before = text.slice(Math.max(from, q.start - 60, prevEnd), q.start);
    const after = text.slice(q.end, Math.max(q.end, Math.min(q.end + 60, nextStart, clauseEnd ? q.end + clauseEnd.index : text.length)));
    const [vs, ve] = originalRange(n, q.start, q.end);
    facts.claims.push({
      metric,
      value: q.value,
      min: q.min,
      max: q.max,
      unit,
      // (A level, "an accuracy of 81.2%", is no change: no direction.)
      // (A change listed after another with a scope of its own goes the same way: "10.0% over GRPO and 5.1% over PPO".)
      direction: compression ? 'better' : shareOfBudget ? null : directionOf(metric, (isRelative || byDelta) && (!level || gap), before, after) ?? parallelTo?.direction ?? null,
      // ("less than one-eighth of the memory" is at least eight times less.)
      qualifier: q.value === null ? null : PLUS_NUMBER.test(text.slice(q.start, q.end)) ? 'at least' : isFractionRule(q.rule) && qualifierOf(text.slice(0, q.start), '') === 'at most' ? 'at least' : qualifierOf(text.slice(0, q.start), text.slice(q.end)),
      baseline,
      hardware: hw?.name ?? null,
      benchmark: bench?.name ?? null,
      source: ctx.source,
      span: s.text,
      spanStart: s.start,
      spanEnd: s.end,
      valueStart: s.start + vs,
      valueEnd: s.start + ve,
    });
    const claim = facts.claims[facts.claims.length - 1]!;
    settled.add(q);
    made.push({ end: q.end, metric, bare: !q.rule, absolute: q.rule?.kind === 'absolute', ratio: unit === 'x', unnamed, change: LEVELS.has(metric) && !level, parenScore: parenSet !== null });
    raised = raisedNow && claim.baseline === raisedNow ? { end: q.end, name: raisedNow } : null;
    if (ownChip) facts.ownChip.add(claim);
  }
  shareListQualifier(s.text, s.start, facts.claims);
  inheritAcrossWhile(s.text, s.start, facts.claims);
  inheritTrailingComparison(s.text, s.start, facts.claims);
  pairRespectively(s.text, s.start, facts.claims);
  inheritBackward(s.text, s.start, facts.claims);
  for (const q of found) {
    if (settled.has(q) || (q.value === null && q.min === null)) continue;
    const [vs, ve] = originalRange(n, q.start, q.end);
    facts.left.push({ q, text, sentence: s, source: ctx.source, valueStart: s.start + vs, valueEnd: s.start + ve });
  }
  return facts;
}

// ", ", ", and ", " and ", " / ": what stands between two names of one list.
const LIST_JOIN = /^(?:\s?,\s?(?:and\s)?|\s(?:and|or)\s|\s?\/\s?)$/;

/** The names listed with `hit` ("AIME24, AIME25, and LiveCodeBench"), itself left out. */
function listMates(text: string, hits: EntityHit[], hit: EntityHit): EntityHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const at = sorted.indexOf(hit);
  const out: EntityHit[] = [];
  if (at < 0) return out;
  for (let i = at - 1; i >= 0 && LIST_JOIN.test(text.slice(sorted[i]!.end, sorted[i + 1]!.start)); i--) out.push(sorted[i]!);
  for (let i = at + 1; i < sorted.length && LIST_JOIN.test(text.slice(sorted[i - 1]!.end, sorted[i]!.start)); i++) out.push(sorted[i]!);
  return out;
}
