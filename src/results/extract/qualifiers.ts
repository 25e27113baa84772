import { DISTRIBUTION_DISTANCE, LARGER_MODEL_AFTER, LOWER_IS_BETTER, STEP_TIME, TIME_CUT } from './cues.ts';
import type { Direction, Metric, Qualifier } from '../types.ts';

/** Checked just before the number ("up to 4.86x", "an average of 6.16%"), nearest wording first. */
const BEFORE: Array<[Qualifier, RegExp]> = [
  ['up to', /\b(?:up to|peak|maximum|max\.?|as much as|as high as)\s*(?:of\s*)?(?:a |an |the )?$/i],
  ['average', /\b(?:average|avg\.?|mean|geomean|geo-?mean|geometric[- ]mean|on average)\s*(?:of\s*)?(?:a |an |the )?$/i],
  ['at least', /(?:\b(?:over|more than|at least|exceeding|above|greater than)|>|≥)\s*(?:a |an )?$/i],
  ['at most', /(?:\b(?:less than|below|under|within|at most|fewer than)|<|≤)\s*(?:a |an )?$/i],
  ['about', /(?:\b(?:about|approximately|approx\.?|around|roughly|nearly|almost|close to)|≈|~)\s*(?:a |an )?$/i],
];
const AFTER_AVERAGE = /^\s*(?:\(?(?:on )?average\)?|\(?avg\.?\)?|\(?geomean\)?|\(?(?:geometric )?mean\)?)(?![\w-])/i;
const AFTER_AVERAGE_LOOSE = /^[^,;.]{0,40}\b(?:on average|in average)\b/i;

/** The hedge on a number from the words around it. */
export function qualifierOf(before: string, after: string): Qualifier | null {
  // ("by roughly a factor of 5": the hedge is on the factor.)
  // ("over +6%": a plus sign between the hedge and the number.)
  const tail = before.slice(-60).replace(/\s?(?:a\s)?factor\sof\s$/i, ' ').replace(/(?<=\s)\+$/, '').slice(-40);
  for (const [q, re] of BEFORE) if (re.test(tail)) return q;
  if (AFTER_AVERAGE.test(after) || AFTER_AVERAGE_LOOSE.test(after)) return 'average';
  // "7.80x maximum end-to-end speedup", "42.27 GOPS peak performance".
  if (/^\s?(?:maximum|peak)\b/i.test(after)) return 'up to';
  // "average speedups of 3.1x" / "with up to 2x": a qualifier a few words back in the same phrase.
  const phrase = /[^,;()]*$/.exec(tail)?.[0] ?? '';
  if (/\b(?:up to|peak|maximum)\b/i.test(phrase)) return 'up to';
  if (/\b(?:average|geomean|geometric[- ]mean|mean)\b/i.test(phrase)) return 'average';
  return null;
}

// Read in the number's own phrase: "minimize communication overhead, and achieves 1.5x throughput" is no cost.
// (A drop or a cut is worse only for what should be higher: DOWN and the metric's polarity decide.)
// (Not a loss function: "the contrastive loss alone yields a 16% improvement".)
const WORSE = /\b(?:overheads?|degradation|penalty|slowdown|slower|loss(?<!\b(?:contrastive|training|validation|test|cross-entropy|auxiliary|reconstruction|distillation|regularization|adversarial|triplet|focal|ranking|alignment|consistency|diffusion|denoising|objective)\sloss)(?!\sfunctions?\b)|worse|behind|increase in (?:latency|energy|power|area|cost)|at the cost of)\b/i;
const NO_LOSS = /\b(?:without|no)\s(?:any\s|a\s|significant\s|noticeable\s|much\s)?(?:[\w-]+\s)?(?:loss|degradation|penalty|slowdown)\b/gi;
// "2% additional training FLOPs", "3.4% added device area" (not "2 to 7% additional gain").
const EXTRA_COST = /\b(?:additional|added|extra)\s(?:[\w-]+\s)?(?:area|power|energy|memory|latency|costs?|compute|FLOPs|parameters|time|storage|LUTs|registers)\b/i;
// "within 3.0% of BitNet", "narrows the gap to within 10%": a gap left to the reference.
export const GAP_BEFORE = /\bwithin\s(?:about\s|only\s|just\s|roughly\s|approximately\s|~\s?)?$/i;
const UP = /\b(?:higher|more|increase[sd]?|increasing|rises?|rising|rose|grows?|grew|boost\w*|gains?|greater|larger|improv\w*|better|faster|speed[- ]?ups?|outperform\w*|accelerat\w*|doubl(?:es|ed|ing))\b/i;
const DOWN = /\b(?:lower|less|fewer|reduc\w*|decreas\w*|savings?|saves?|saving|smaller|cuts?|drops?|shrink\w*|compress\w*|eliminat\w*|halv(?:es|ed|ing))\b/i;

/**
 * Better or worse, from the words around a relative number and the metric's polarity: "61% less
 * memory" is better, "15.6% performance overhead" worse, "2x higher latency" worse. Absolute
 * numbers ("8.55 mW") carry no direction.
 */
// Quantities filed under a metric where higher is better, though less of them is the gain: perplexity
// (accuracy), memory traffic and accesses (bandwidth), times a speedup is read from ("2.6 times less
// training time").
const LOWER_WORDS = new RegExp(String.raw`\b(?:${DISTRIBUTION_DISTANCE}|perplexity|PPL|FID|FVD|LPIPS|WER|CER|traffic|bit-?rates?|BD-rate|communication reductions?|data reductions?|access(?:es)?|data movement|(?:memory |data |off-chip |external |dram )transfers?|transfer volume|communication volume|(?:training|inference|execution|run|wall-clock|compilation|compile|search|simulation|response|completion|processing|solving|query) times?|run-?times?|makespan|${STEP_TIME}|${TIME_CUT})\b`, 'i');

// An efficiency in what is spent, filed under a metric where lower is better, is better when it grows
// ("increases sample efficiency by 2.1x", "a 10x gain in data efficiency").
const SPENT_EFFICIENCY = /\b(?:data|sample|label|annotation|flops?|(?:per-)?token|param(?:eter)?|cost)[- ]efficien(?:cy|t)\b/i;

export function directionOf(metric: Metric, relative: boolean, before: string, after: string): Direction | null {
  if (!relative) return null;
  // The number's phrase: its words before, and the few words after that name what it measures
  // ("15.6% performance overhead"; not "9.5x speedup with minimal quality degradation").
  const phrase = `${/[^,;]*$/.exec(before)![0]} ${/^[^,;]*/.exec(after)![0].match(/^\s?(?:\S+\s){0,2}\S*/)![0]}`;
  // ("cut sampling steps by 70% without any loss in performance": a loss denied is none.)
  if (WORSE.test(phrase.replace(NO_LOSS, '')) || EXTRA_COST.test(phrase) || GAP_BEFORE.test(before)) return 'worse';
  // ("a 0.3% drop on ImageNet": a drop named right after the number is a loss of what should be higher.)
  if (/^\s?(?:drop|decline)\b/i.test(after) && !LOWER_IS_BETTER.has(metric) && !LOWER_WORDS.test(`${before} ${after}`)) return 'worse';
  // ("comparable to the 10x larger InternVL2-76B", "models 17 times its size": the other model is the larger one.)
  if (metric === 'model_size' && LARGER_MODEL_AFTER.test(after)) return 'better';
  const context = `${before} ${after}`;
  const up = UP.test(context);
  // ("20.8% shorter reasoning traces": shorter is less only right after its number; "the shorter representation yields 2x" is not.)
  const down = DOWN.test(context) || /^\s?shorter\b/i.test(after);
  // ("five times more memory-efficient", "6 times higher parameter efficiency": more of an efficiency is
  // better, whatever the metric; so are "cheaper" and "larger batch sizes".)
  if (/\bimprov\w*|\bbetter\b|\boutperform|\bsurpass|\bbeat(?:s|ing)?\b|\b(?:more|higher|greater)\s(?:\w+[- ])?(?:efficien(?:t|cy)|effective)\b|\bcheaper\b|\blarger batch/i.test(context)) return 'better';
  const lower = LOWER_IS_BETTER.has(metric) || LOWER_WORDS.test(context);
  if (down && !up) return lower ? 'better' : 'worse';
  if (up && !down) return lower && !/\bspeed|\bfaster|\baccelerat/i.test(context) && !SPENT_EFFICIENCY.test(context) ? 'worse' : 'better';
  return 'better';
}
