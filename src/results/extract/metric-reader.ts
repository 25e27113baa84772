/**
 * The metric word of a number: the cue right or left of it in the same phrase, lists of numbers
 * and of cues paired in order, and what a vague "performance" means in its clause.
 */
import type { Metric } from '../types.ts';
import { resolvePerformance, type CueHit } from './cues.ts';
import { PLUS_MINUS, type Quantity } from './quantities.ts';

const UNCERTAINTY_AFTER = new RegExp(String.raw`^\s?${PLUS_MINUS}\s?\d[\d.]*\s?(?:%|pp)?`);

// "cuts data size by 81% and MAC operations by 27%": the words after "and" are the next number's. A
// digit inside a name ("8x FP4 throughput") is no new number.
// ("by up to 2x at matched accuracy": what a result holds fixed is no measure of it.)
const RIGHT_STOP = /[,;.]|(?<![A-Za-z])\d|\bat\s(?:the\s)?(?:same|matched|matching|similar|comparable|equal|equivalent|fixed|constant|iso-?)\b|\band\s(?:[\w-]+\s){1,3}by\b|\b(?:over|than|compared|relative\s+to|versus|vs|resulting|leading|while|whereas|respectively|without|and (?:an?|the|result|lead|achiev|reduc|improv|increas|deliver|provid|maintain|enabl|keep|offer|yield|show|enhanc|boost|lower|rais|accelerat|outperform|surpass|attain|reach)\w*)\b/i;
// A verb between a cue and the number starts a new measurement ("throughput ..., improves data
// retention by 1.2%"): the cue on the left is not this number's.
const VERB = /\b(?<!(?:is|are|was|were|be|been) )(?:improv(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lower(?:s|ed|ing)|boost(?:s|ed|ing)?|cuts?|decreas(?:e|es|ed|ing)|extend(?:s|ed|ing)?|eliminat(?:e|es|ed|ing)|enhanc(?:e|es|ed|ing)|saves?|saving|shrinks?|achiev(?:e|es|ed|ing))\b(?=\s+(?!by\b|of\b|up\b|to\b|from\b|on\b|over\b|nearly\b|about\b|roughly\b|approximately\b|almost\b|more\b|an? (?:average|factor)\b)[a-z])/i;

/** A cue's metric; "performance" asks `systems` (read only then: it scans the clause). */
export function metricOf(cue: CueHit['cue'], systems: () => boolean): Metric {
  return cue === 'performance' ? resolvePerformance(systems()) : cue === 'compression' ? 'memory' : cue;
}

// What a clause measures when it says only "performance" or "improvement": benchmark and task words
// mean a model's quality, speed and device words a system's speed, whatever the rest of the paper is about.
export const QUALITY_WORDS = /\b(?:tasks?|downstream|reasoning|math|classification|recognition|detection|segmentation|vision-language|NLP|GLUE|MMLU|SWE[- ]?bench[\w-]*|leaderboard|Qwen[\w.-]*|LLaMA[\w.-]*|Llama[\w.-]*|Mistral[\w.-]*|AIME[\w'’-]*|GSM8K|MATH-?500|HumanEval\+?|MBPP\+?|GPQA[\w-]*|LiveCodeBench|ImageNet[\w-]*|CIFAR[\w-]*|COCO|HellaSwag|WikiText[\w-]*)(?![\w-])/i;
const SPEED_MEASURES = String.raw`speed\w*|latency|throughput|run(?:ning)?[- ]?times?|execution|cycles?|IPC|bandwidth|serving|wall[- ]clock`;
export const SPEED_WORDS = new RegExp(String.raw`\b(?:${SPEED_MEASURES}|GPUs?|CPUs?|FPGAs?|hardware|kernels?|energy|power|area)\b`, 'i');
// Words that say speed itself, not where or what ran (clauseSense, for percentages).
const SPEED_ONLY_WORDS = new RegExp(String.raw`\b(?:${SPEED_MEASURES}|faster|FPS)\b`, 'i');

/** "performance" in this clause: speed or quality, else the paper's context decides. */
export function clauseSense(text: string, from: number, at: number, systems: () => boolean, percent: boolean): boolean {
  const rest = text.slice(at);
  const stop = /;|\bwhile\b|\bwhereas\b|\bbut\b|,\s*and\s+(?!\d|up to)|,\s*(?:and\s+)?(?:reduc|bring|achiev|deliver|lower|cut)\w*/i.exec(rest);
  const clause = text.slice(from, at + (stop ? stop.index : rest.length));
  const quality = QUALITY_WORDS.test(clause);
  // A percentage gain is a speed only where the clause says speed: the device it ran on says nothing
  // ("gains of +12.6% ... on a single consumer GPU" are detection scores).
  const speed = (percent ? SPEED_ONLY_WORDS : SPEED_WORDS).test(clause);
  return quality === speed ? systems() : speed;
}

// ("25.7% (7B) with minimal accuracy loss": a word like "with" after the parenthesis starts another phrase.)
const ASIDE = /^\s?\([^()]{1,80}\)(?=\s(?!(?:with|while|whereas|at|for|on|in|and|under|across|without)\b)[a-z])/;
const RESPECTIVELY_IN = /^\s?,?\s?respectively,?\s(?:in|for|when)\s(?:\w+ing\s)?/i;

/** The cue right after the number ("2.2x higher energy efficiency"), up to a stop word. */
export function rightCue(text: string, q: Quantity, cues: CueHit[]): CueHit | null {
  // "accuracy gains (+0.8%) with cost ...", "bitcell count (7.8X) and latency (4X)": a number in
  // parentheses belongs to the words before them, never to a cue after them.
  // ("up to 68.1x (6.4x) lower latency": an alternative to a number before it shares that number's cue.)
  const open = /(\S+)\s?\(\s?(?:[+~≈<>]|(?:over|about|around|nearly|almost|approximately|roughly|up to|below|under|above|less than|more than|at least|at most)\s)?\s?$/.exec(text.slice(Math.max(0, q.start - 40), q.start));
  // ("a substantial reduction (30.5%) in perception errors": a change noun's size in parentheses, its measure after them.)
  const changeNoun = open && /^(?:reductions?|improvements?|increases?|decreases?|gains?|drops?|boosts?|savings?)$/i.test(open[1]!) && /^\s?\)\s(?:in|of)\s/i.test(text.slice(q.end));
  if (open && !/\d/.test(open[1]!) && /^\s?\)/.test(text.slice(q.end)) && !changeNoun) return null;
  // "by 2.8x and 12.6x, respectively, in improving the energy-delay product": the cue follows the list.
  // "up to 35x (and a runtime-weighted average of 15.9x) speedup": an aside in parentheses that names
  // no metric of its own is skipped ("by 50% (achieving an overall cost of 0.92x)" names one).
  const aside = ASIDE.exec(text.slice(q.end));
  const after = RESPECTIVELY_IN.exec(text.slice(q.end))
    ?? (aside && !cues.some((c) => c.start >= q.end && c.start < q.end + aside[0].length) ? aside : null);
  // ("85.3 ± 0.4% accuracy", "2.5 +- 0.2% lower validation loss": the uncertainty after a number is no new number.)
  const uncertainty = after ? null : UNCERTAINTY_AFTER.exec(text.slice(q.end));
  const at = q.end + (after ? after[0].length : uncertainty ? uncertainty[0].length : 0);
  const rest = text.slice(at, at + 60);
  const stop = RIGHT_STOP.exec(rest);
  let limit = at + (stop ? stop.index : rest.length);
  // ("good performance on in-distribution tasks (2-7% gain) and is more robust to catastrophic forgetting": a number
  // inside parentheses takes no cue past their end.)
  // (Not LaTeX's inline math, "\\(7\\times\\)", nor "a reduction (30.5%) in perception errors".)
  const close = open && !/\d/.test(open[1]!) && !open[1]!.endsWith('\\') && !changeNoun ? /^[^()]*?(?<!\\)\)/.exec(text.slice(q.end, limit)) : null;
  if (close) limit = q.end + close[0].length - 1;
  let hit = cues.find((c) => c.start >= at && c.start < limit) ?? null;
  // "2.2x latency speedup", "TTFT speedup": the last of adjacent cues is the head noun; but "4x faster
  // time to first token" calls a latency ratio faster, which makes it a speedup (labels, rule 12).
  for (let next = hit && cues.find((c) => c.start > hit!.start); hit && next && next.start - hit.end <= 1; next = cues.find((c) => c.start > hit!.start)) {
    if (next.cue === 'latency' && /^(?:faster|slower)$/i.test(text.slice(hit.start, hit.end))) break;
    hit = next;
  }
  // "96% performance validation accuracy": a vague "performance" gives way to the head noun a word later.
  const next = hit?.cue === 'performance' ? cues.find((c) => c.start > hit!.start) : undefined;
  if (next && /^\s[a-z]+\s$/.test(text.slice(hit!.end, next.start)) && !/^\s(?:and|or|with|per|of|in|at|for|to|by|vs|while|than|over)\s$/.test(text.slice(hit!.end, next.start))) hit = next;
  return hit;
}

/** The cue just left of the number in the same phrase, unless a verb or a parenthesis intervenes. */
export function leftCue(text: string, q: Quantity, cues: CueHit[], from: number): CueHit | null {
  const candidates = cues.filter((c) => c.end <= q.start && c.start >= from);
  let hit = candidates.pop() ?? null;
  if (!hit) return null;
  const between = text.slice(hit.end, q.start);
  // "(7.8X)" belongs to the word just before its parenthesis.
  if (/\(\s*$/.test(text.slice(0, q.start)) && !/^\s*\(\s*$/.test(between)) return null;
  if (VERB.test(between)) return null;
  // "With just 5 GPU hours of training, X shows an average improvement of 15%": a budget's unit, past a
  // comma, names what was spent, not the later number.
  if (hit.cue === 'cost' && between.includes(',') && /\d\s?[KMB]?\s?$/.test(text.slice(Math.max(0, hit.start - 8), hit.start))) return null;
  // "by 93% and peak queue length by 60.6%", "by 48.8% and achieves 86.2% intent satisfaction": past
  // another number, a new subject or a new verb starts another claim, which this cue does not name.
  const sinceNumber = /\d[^\d]*$/.exec(between)?.[0];
  if (sinceNumber && (/\b(?:and|,)\s+(?:[\w-]+\s+){1,4}by\s+(?:up to |about |over |nearly |roughly )?$/i.test(sinceNumber)
    || /\b(?:achiev|reach|attain|deliver|yield|obtain|record)\w*\s+(?:up to |about |over |nearly |roughly |an? |only )?$/i.test(sinceNumber))) return null;
  // "latency of KV cache by 96%": the head is the cue before "of". "SLO attainment for TPOT and TBT
  // by 66%": also before "for" and what it is measured for, up to three words.
  // ("SLO attainment for TPOT and TBT by 66%": a list of cues after "for" is what the head is measured for.)
  let first = hit;
  let prev = candidates.pop();
  while (prev && /^(?:,\s?(?:and\s|or\s)?|\s(?:and|or)\s)$/.test(text.slice(prev.end, first.start))) { first = prev; prev = candidates.pop(); }
  const gap = prev ? text.slice(prev.end, first.start) : '';
  if (prev && (/^\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$/i.test(gap) || /^\s+for\s+(?:[\w-]+(?:,\s|\s(?:and|or)\s|\s)){0,3}$/i.test(gap))) hit = prev;
  return hit;
}

/**
 * "latency, energy, and area by 2.1x, 3.4x, and 15%, respectively": numbers of different units are one list only
 * where "respectively" follows it (with no other number between), each item joined to the next by a comma or "and".
 */
function mixedRespectively(text: string, prev: Quantity, q: Quantity, qs: Quantity[]): boolean {
  if (!/^\s?(?:,|and|, and)\s$/.test(text.slice(prev.end, q.start))) return false;
  let last = q;
  for (let i = qs.indexOf(q) + 1; i < qs.length && /^\s?(?:,|and|, and)\s$/.test(text.slice(last.end, qs[i]!.start)); i++) last = qs[i]!;
  // ("2.1x and 3.5% improvements in throughput and accuracy, respectively": the word may follow the list's measures.)
  return /^[^\d;.]{0,80}?\brespectively\b/i.test(text.slice(last.end));
}

/** Runs of relative numbers written as a list: "69x, 2.2x and 1.9x". */
export function listGroups(text: string, qs: Quantity[], cues: CueHit[]): Quantity[][] {
  const groups: Quantity[][] = [];
  for (const q of qs) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    const gap = text.slice(prev?.end ?? 0, q.start);
    // "1.40x-3.08x per-layer and 1.21x-1.98x end-to-end speedups": a scope word that is no metric cue may sit between.
    // "2x FP16, 4x FP8, and 8x FP4 throughput", "5.9x (forward), 8.9x (backward)": so may one name word.
    // "+5% and +13% relative improvements": signed items are a list too.
    // ("121.2x encode and 70.9x decode speedups", "32x forward-pass and 161x end-to-end": any one scope
    // word; "51.6x compression and 1.23x throughput" names two measures.)
    const scoped = prev && (/^\s(?:per-[\w-]+|end-to-end|[a-z]+-level|layer-wise|overall|single-\w+|multi-\w+|(?![a-z-]*(?:ion|ment)s?\s)[a-z][a-z-]+)\s(?:and|,)\s$/.test(gap)
      || /^\s(?:[A-Z][\w.+-]*\d[\w.+-]*|\([\w -]{1,24}\))\s?(?:,|, and|and)\s(?:up to |an? )?$/.test(gap)
      // "4.12% on CIFAR-100, 1.08% on CUB-200, and 1.84% on Tiny-ImageNet", "13.12% on AIME 2025 and 11.00% on BeyondAIME":
      // each item names its dataset (with its year).
      // ("29.1% on COCO (detection), 22.1% on ReasonSeg (segmentation)": with what the set measures in parentheses.)
      || /^\son\s[A-Z][\w.+-]*(?:\s(?:19|20)\d\d)?(?:\s\([\w\s-]{1,30}\))?\s?(?:,|, and|and)\s(?:up to |an? )?$/.test(gap))
      // (A cue in a note in parentheses, "8.7x on GSM8K (256 tokens), 45.1x on longer sequences", names the note's number.)
      && !cues.some((c) => c.start >= prev.end && c.end <= q.start && !(/\([^()]*\d[^()]*$/.test(text.slice(prev.end, c.start)) && /^[^()]*\)/.test(text.slice(c.end, q.start))));
    if (prev && (prev.unit === q.unit || mixedRespectively(text, prev, q, qs)) && (scoped || gap === '/' || /^\s?(?:\(?(?:on )?average\)?\s?)?(?:,|and|, and|,and|\()\s?(?:up to |an? |an average of |peak |on average )?$/i.test(gap) || /^\s?(?:,|and|, and)\s\+$/.test(gap))) g!.push(q);
    else groups.push([q]);
  }
  return groups;
}

/** "power, latency, and area by 69x, 2.2x and 1.9x": as many listed cues as numbers, in order. */
export function zippedCues(text: string, group: Quantity[], cues: CueHit[], from: number): CueHit[] | null {
  const k = group.length;
  if (k < 2) return null;
  const before = cues.filter((c) => c.end <= group[0]!.start && c.start >= from);
  if (before.length < k) return null;
  const picked = before.slice(-k);
  for (let i = 1; i < k; i++) {
    const gap = text.slice(picked[i - 1]!.end, picked[i]!.start);
    // "latency and energy by 2x and 3x": the cues form a list ("energy efficiency, improving the PDP" does not).
    if (!/^\s?(?:,\s?(?:and\s)?|and\s|as well as\s|&\s|\/\s?)(?:[a-z]+ing\s|the\s|its\s)?$/i.test(gap)) return null;
  }
  // "SLO attainment for TPOT and TBT by 66% and 48%": a list after "<cue> for" is what that cue is measured for.
  const head = before[before.length - k - 1];
  if (head && /^\s(?:for|of)\s$/i.test(text.slice(head.end, picked[0]!.start))) return null;
  // Distinct words, not distinct metrics: "latency, energy, and energy-delay product" lists three.
  return new Set(picked.map((c) => text.slice(c.start, c.end).toLowerCase())).size === k ? picked : null;
}

/** "14.0%/17.4% kernel-level latency/energy reduction": numbers and cues written as slash pairs. */
export function slashCues(text: string, group: Quantity[], cues: CueHit[]): CueHit[] | null {
  const k = group.length;
  if (k < 2 || text.slice(group[0]!.end, group[1]!.start) !== '/') return null;
  const last = group[k - 1]!;
  const after = cues.filter((c) => c.start >= last.end && c.start - last.end <= 30);
  if (after.length < k) return null;
  const picked = after.slice(0, k);
  for (let i = 1; i < k; i++) if (text.slice(picked[i - 1]!.end, picked[i]!.start) !== '/') return null;
  return picked;
}

/**
 * "5.6-24.5x and 1.1-86.2x improvements in GEMM latency and GEMV throughput": a list of numbers
 * followed by as many listed cues (after "in" or "of", words between) pairs them in order.
 */
export function listedRightCues(text: string, group: Quantity[], cues: CueHit[]): CueHit[] | null {
  const k = group.length;
  if (k < 2) return null;
  const last = group[k - 1]!;
  const head = /^\s?(?:[\w-]+\s){0,3}?(?:in|of)\s/i.exec(text.slice(last.end, last.end + 40));
  if (!head) return null;
  const from = last.end + head[0].length;
  const picked = cues.filter((c) => c.start >= from).slice(0, k);
  if (picked.length < k || /[;,.]|\d/.test(text.slice(from, picked[0]!.start))) return null;
  for (let i = 1; i < k; i++) {
    if (!/^(?:\s[\w-]+)?(?:,\s?(?:and\s)?|\sand\s)(?:[\w-]+\s)?$/i.test(text.slice(picked[i - 1]!.end, picked[i]!.start))) return null;
  }
  return new Set(picked.map((c) => text.slice(c.start, c.end).toLowerCase())).size === k ? picked : null;
}
