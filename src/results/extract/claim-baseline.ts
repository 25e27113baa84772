/**
 * Which of a sentence's comparisons (baseline.ts) a claim is set against: the one after its number
 * in the same clause, one before it for a change, a list paired in order, a reference after "within"
 * or "of", or one a "while" clause carries over.
 */
import { QUALITY_METRICS, type Claim, type Metric } from '../types.ts';
import { OWNED_NUMBER, type Comparison } from './baseline.ts';
import { hasBoundary, hasHardBoundary } from './clause-bounds.ts';
import { CUT_DOWN_TO } from './cut-to-level.ts';
import type { Quantity } from './quantities.ts';

const NEW_SUBJECT = /,\s*and\s+(?:[A-Z][\w-]*|it|we|our|the\s+\w+\s+(?:further\s+)?(?:improves|reduces|achieves|reaches|delivers))\s+(?:further\s+|also\s+)?(?:improves|reduces|achieves|reaches|delivers|outperforms|boosts|cuts|lowers|raises|increases|yields|attains|provides)\b/;
// "improves throughput by 3.5x, reduces loss by 0.6x, and delivers 2.1x higher attainment over X": a list
// of three or more verb phrases shares the comparison that ends it.
const PARALLEL_VERBS = /,\s[a-z]+s\b[^;]*,\s*and\s[a-z]+s\b[^;,]*$/;

/**
 * "matches end-to-end transformer accuracy while reducing compute by approximately 95%", "comparable to
 * full KV cache retention while using only 12% of the original KV cache": a saving made while matching X
 * (or while going on after a comparison with X) is a saving over X.
 */
export function matchedWhile(text: string, q: Quantity, sides: Comparison[], metric: Metric): string | null {
  if (!BASELINE_CARRIES.has(metric) && metric !== 'model_size') return null;
  // "lowers GPU memory demands by 3.3-5.6x, while achieving training speeds comparable to X": a parity
  // stated after the saving, in its "while" clause, is what it was saved against too.
  const next = sides.find((c) => c.start >= q.end);
  // ("3.2x better TTFT while maintaining similar performance ... compared to prior works": so is a comparison
  // that the kept level is compared in.)
  // ("by 87.5% for 32B Transformers, while matching X in terms of training speed": the parity is the verb itself,
  // and what it matches is X unless it names a measure: "while matching the ranking ... obtained via grid search".)
  const matching = next && /^match/i.test(text.slice(next.start, next.start + 5));
  if (next && (next.parity || KEPT_LEVEL.test(text.slice(q.end, next.start))) && WHILE_KEEPING.test(text.slice(q.end, matching ? next.end : next.start))
    && !(matching && (/\b(?:performance|accuracy|quality|results?|ranking|scores?|capabilit\w*)\b|^match\w*\s(?:or|and)\b|['’]s\b/i.test(text.slice(next.start, next.end))
      || /^\s?(?:[\w-]+\s)?(?:performance|accuracy|quality|results?|scores?)\b/i.test(text.slice(next.end, next.end + 30))))
    && !hasHardBoundary(text.slice(q.end, next.start).replace(/\bwhil(?:e|st)\b/i, ''))) return next.text;
  const before = sides.filter((c) => c.end <= q.start);
  const last = before[before.length - 1];
  // (After "than GPUs and FPGAs, respectively" no single comparison goes on.)
  if (!last || last.items.length > 0) return null;
  const between = text.slice(last.end, q.start);
  // ("improves the VBench score by +0.26 over Self-Forcing ... while delivering a 1.11x speedup": the
  // same subject goes on, as in inheritAcrossWhile.)
  const going = last.parity ? /^[^;]{0,60}?\b(?:while|whilst)\s/i : GOING_ON_AFTER;
  // ("comparable performance to early fusion, but with only 8% of the trainable parameters", "matches X's performance with
  // about 30% of its thinking tokens", "matching diffusion on control tasks with 16-256x fewer inference steps", "comparable
// performance to LLM-based methods despite using 2x to 30x fewer parameters": so is a
  // saving the matched level is reached with.)
  // ("(FID 2.13 vs. 3.04) while generating samples 74x faster": the other side's number names nobody.)
  if (!trimResult(last.text)) return null;
  if (last.parity && MATCHED_WITH.test(between)) return last.text;
  return going.test(between) && !hasHardBoundary(between.replace(/\bwhil(?:e|st)\b/i, '')) ? last.text : null;
}

const MATCHED_WITH = /^(?:\s(?:on|in|across|for)\s[^,;()\d]{1,40}?)?(?:,?\s(?:but|yet))?\s(?:also\s)?(?:with|using|requiring|needing|despite\s(?:using|having|requiring|needing|being))\s(?:only\s|just\s|merely\s|about\s|approximately\s|roughly\s|around\s|less than\s|up to\s|~\s?)*(?:an?\s)?$/i;
const KEPT_LEVEL = /\b(?:similar|comparable|same|equal|on[- ]par)\b/i;
// ("achieving a 10.7x speedup ... and delivering results comparable to X": the same subject goes on.)
const WHILE_KEEPING = /^[^;]{0,60}?\b(?:while|whilst|and)\s(?:also\s|still\s)?(?:achiev|maintain|keep|preserv|retain|deliver|offer|provid|reach|match)\w*\b[^;,]{0,60}$/i;

/** Changes a stated comparison carries over to (a level such as an accuracy is compared only where it says so). */
export const BASELINE_CARRIES = new Set<Metric>(['speedup', 'throughput', 'latency', 'energy', 'energy_efficiency', 'power', 'area', 'area_efficiency', 'memory', 'bandwidth', 'cost', 'resources']);
const COMPARES = /[;]|\b(?:than|over|compared|versus|vs\.?|relative to|against)\b/i;

// "while using", "while being", "whilst also reducing": the same subject goes on ("while the VQC attains" starts another).
const WHILE_GOING_ON = String.raw`\b(?:while|whilst)\s(?:also\s|still\s|simultaneously\s)?\w+ing\b`;
const WHILE_GOING_ON_I = new RegExp(WHILE_GOING_ON, 'i');
const GOING_ON_AFTER = new RegExp(String.raw`^[^;]{0,60}?${WHILE_GOING_ON}`, 'i');

/**
 * "reduces latency by 2.85x over RDMA while sustaining 3.4x higher throughput", "similar accuracy to
 * the BF16 baseline while using 24.9% less energy": a change in a "while" clause after a compared
 * one is compared with the same thing.
 */
export function inheritAcrossWhile(text: string, offset: number, claims: Claim[]): void {
  const inherited = new Set<Claim>();
  for (let i = 1; i < claims.length; i++) {
    const c = claims[i]!;
    if (c.baseline || !c.direction || !BASELINE_CARRIES.has(c.metric)) continue;
    const prev = claims.slice(0, i).reverse().find((p) => p.baseline);
    // After "over GPUs and FPGAs, respectively" no single comparison goes on.
    if (!prev || new Set(claims.slice(0, i).map((p) => p.baseline).filter(Boolean)).size !== 1) continue;
    const between = text.slice(prev.valueEnd - offset, c.valueStart - offset);
    const at = between.search(WHILE_GOING_ON_I);
    // "..., while using 4.6% less area and 5.1% less power": the rest of the clause's list too.
    const listed = inherited.has(prev) && /^[^,;]*?(?:,\s?(?:and\s)?|\sand\s)(?:[\w-]+\s){0,3}$/.test(between) && !COMPARES.test(between);
    if ((at >= 0 && !COMPARES.test(between.slice(at))) || listed) { c.baseline = prev.baseline; inherited.add(c); }
  }
}

// "5.41x and 1.26x", "7%, 9%, and 12%": what stands between two numbers of one list (past the first one's unit).
const LIST_JOIN = /^[^\s\d,;]*\s?(?:,\s?(?:and\s)?|and\s)$/;

/**
 * "a 2.27x speedup over GPUs and a 2.85x improvement over prior FPGAs, while demonstrating 5.41x and 1.26x higher
 * energy efficiency, respectively": a list of as many numbers as the comparisons just before it, read with
 * "respectively" and with no comparison of its own, takes those comparisons in order.
 */
export function pairRespectively(text: string, offset: number, claims: Claim[]): void {
  const joined = (a: Claim, b: Claim) => a.metric === b.metric && LIST_JOIN.test(text.slice(a.valueEnd - offset, b.valueStart - offset));
  for (let k = 2; k < claims.length; k++) {
    // The run of numbers joined as one list ("5.41x and 1.26x", "7%, 9% and 12%"), from its start.
    if (joined(claims[k - 1]!, claims[k]!)) continue;
    let e = k;
    while (e + 1 < claims.length && joined(claims[e]!, claims[e + 1]!)) e++;
    const n = e - k + 1;
    if (n < 2 || k < n) continue;
    const run = claims.slice(k, e + 1);
    const earlier = claims.slice(k - n, k);
    const names = earlier.map((c) => c.baseline);
    if (names.some((b) => !b) || new Set(names).size !== n) { k = e; continue; }
    // ("..., respectively": the word follows the list, with no other number or comparison between.)
    // ("10x and 5.6x higher throughput than A and B, respectively, while reducing DRAM traffic by 94% and 81%": or a
    // second list goes on from a first one read so.)
    const resp = /^[^\d;.]*?\brespectively\b/i.exec(text.slice(claims[e]!.valueEnd - offset))?.[0]
      ?? /\brespectively\b[^\d;.]*$/i.exec(text.slice(earlier[n - 1]!.valueEnd - offset, claims[k]!.valueStart - offset))?.[0].slice(13);
    if (resp === undefined || COMPARES.test(resp) || !run.every((c) => !c.baseline || names.includes(c.baseline))) { k = e; continue; }
    run.forEach((c, i) => { c.baseline = names[i]!; });
    k = e;
  }
}

// "27.0% reduction in memory usage, while maintaining competitive accuracy compared to the state-of-the-art",
// "2.5x lower VRAM usage and 50% faster optimization while producing higher-fidelity reconstructions than
// existing methods": a comparison with no number of its own that ends the sentence in a "while" clause is
// what the changes before it are compared with.
const TRAILING_WHILE_COMPARISON = /[,\s](?:while|whilst)\s(?:also\s|still\s)?(?:maintain|preserv|keep|retain|achiev|produc|deliver|offer|provid|match|sustain)\w*\b[^\d;]*?\b(?:compared\s(?:to|with)|relative\sto|than|over)\s(?:the\s|an?\s)?([^\d,;()]{2,60}?)\s*\.?\s*$/i;

export function inheritTrailingComparison(text: string, offset: number, claims: Claim[]): void {
  const m = TRAILING_WHILE_COMPARISON.exec(text);
  if (!m) return;
  for (const c of claims) {
    if (!c.baseline && c.direction && BASELINE_CARRIES.has(c.metric) && c.valueEnd - offset <= m.index) c.baseline = m[1]!.trim();
  }
}

/**
 * "achieves a 5.54% increase in task accuracy while reducing latency by 28% compared to greedy decoding", "achieves
 * 2.22x server throughput, and reduces inter token latency by 11.24% compared to a server-only baseline": a change
 * before a "while ...ing" or ", and <verb>s" phrase whose change is compared with X, with no comparison between
 * them, is compared with X too (a phrase written once for the list, labels rule 20; levels take none).
 */
export function inheritBackward(text: string, offset: number, claims: Claim[]): void {
  for (let i = claims.length - 2; i >= 0; i--) {
    const c = claims[i]!;
    if (c.baseline || !c.direction) continue;
    const later = claims.slice(i + 1);
    const next = later.find((p) => p.baseline);
    if (!next || new Set(later.map((p) => p.baseline).filter(Boolean)).size !== 1) continue;
    const between = text.slice(c.valueEnd - offset, next.valueStart - offset);
    // (The later change's comparison must follow it: "by 28% compared to greedy decoding"; and the phrase between must
    // go on with another change, not keep a level: "while maintaining accuracy within 1% of X".)
    // (A quality gain's comparison is not a speed's or a size's: "2.5x lower VRAM usage while producing 3% higher PSNR
    // than existing methods" leaves the VRAM saving without one, as the labels do.)
    const trailing = next.direction && text.slice(next.valueEnd - offset).includes(next.baseline!) && !(QUALITY_METRICS.has(next.metric) && !QUALITY_METRICS.has(c.metric));
    if (!trailing || COMPARES.test(between.replace(/\bover\s$/, '')) || /\b(?:but|whereas|yet)\b/i.test(between) || NEW_SUBJECT.test(between) || KEEPING.test(between)) continue;
    if (SAME_SUBJECT_GOES_ON.test(between)) c.baseline = next.baseline;
  }
}
const KEEPING = /\b(?:maintain|retain|preserv|hold|keep|sustain|consum|occupy|using|requir)\w*\b/i;
const SAME_SUBJECT_GOES_ON = new RegExp(String.raw`${WHILE_GOING_ON}|,?\s(?:and|while)\s(?:also\s|further\s)?[a-z]+(?:s|ing)\b(?![^,]*,\s?and\s[A-Z])`);

// "accuracy within 4.7% of full fine-tuning": the gap is to the reference named after "of".
const WITHIN_BEFORE = /\bwithin\s(?:about\s|only\s|just\s|roughly\s|approximately\s|~)?$/i;
const REF_WORD = String.raw`[\w+-]+(?:\.[\w+-]+)*`;
const OF_REFERENCE = new RegExp(String.raw`^\s?of\s(?:the\s|an?\s)?(${REF_WORD}(?:\s${REF_WORD}){0,4}?)(?=\s(?:while|with|on|in|at|for|and|using|across|when|by)\b|\s?[,;.()]|\s?$)`, 'i');

export function withinOf(text: string, q: Quantity): string | null {
  // ("compresses the KV cache to 28.125% of the GQA baseline", "reducing TTFT to 83% of that in X": a level
  // a cut brings its measure to is set against the reference after "of" too.)
  const within = WITHIN_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start));
  if (!within && !CUT_DOWN_TO.test(text.slice(Math.max(0, q.start - 90), q.start))) return null;
  const m = OF_REFERENCE.exec(text.slice(q.end).replace(/^(\s?of\s)(?:that|those)\s(?:of|in|for|with|by)\s/i, '$1'));
  // ("to 25% of its original size", "to 6.9% of FLOPs": a share of its own earlier self names no other side.)
  return m && !/^(?:its|their|our|the)$/i.test(m[1]!.trim()) && (within || !/^(?:(?:its|their|our)\s|original\b|FLOPs\b)/i.test(m[1]!.trim())) ? m[1]!.trim() : null;
}

/**
 * A baseline name without the other side's own result: "RoBERTa-base 0.485)" is "RoBERTa-base",
 * "5s)" is nothing, a parenthesis left open by the phrase's end is dropped; "RTX 4090" stays.
 */
export function trimResult(name: string): string {
  // ("SAM 2.1", "Claude 3.5": a one-digit version after a name is part of it, not the side's result.)
  let out = /[A-Za-z]\s[1-9]\.\d$/.test(name) ? name : name.replace(/(?:^|\s)[~≈<>≤≥]?(?:\d*\.\d+|\d+(?:\.\d+)?\s?(?:%|x|×|pp|m?s|[KMG]B))\)?$/, '').trim();
  if ((out.match(/\)/g) ?? []).length > (out.match(/\(/g) ?? []).length) out = out.replace(/\)$/, '').trim();
  return /^[~≈<>≤≥]?[\d.,]+\s?(?:%|x|×|pp)?$/.test(out) ? '' : out;
}

// ("outperforms them by 20%": a pronoun says nothing to a reader of the claim alone.)
const PRONOUN = /^(?:it|them|they|those|these|this|that|others|ours|theirs)$/i;

/**
 * The last look at a compared-with phrase, after every rule that gives or passes one on: the other side's number
 * closing a parenthesis ("0.8272) compared to the thinking mode alone"), an unclosed parenthesis at its end ("strong
 * SSL baselines (SimCLR" is closed, "existing models (e.g" dropped), and a comparator or function word it was cut after ("the RMSE
 * of", "the state of the art compared to") name nobody or are not part of the name.
 */
export function tidyName(name: string): string | null {
  if (/^[~≈<>≤≥+-]?\d[\d.,%-]*\)/.test(name)) return null;
  // ("compared to (68.16%-72.16%) + a 73.30% recall": numbers in parentheses are the other side's levels, no name.)
  if (/^\(\s?[~≈<>≤≥+-]?\d/.test(name)) return null;
  // ("conventional heuristics methods (techmap": the parenthesis names examples, and is closed.)
  // ("V-JEPA~(ViT-H)", "Claude Opus~4.7": LaTeX's unbreakable space is a space in a name.)
  let t = name.replace(/(?<=[\w)])~(?=[\w(])/g, ' ').replace(/\s?\((?:e\.g|i\.e|cf)\.?$/i, '').replace(/\(([^()]*)$/, (_, inner: string) => (/[A-Za-z]{2}/.test(inner.replace(/\b(?:versus|vs)\b/g, '')) ? `(${inner.trim()})` : '')).trim();
  // ("original RLVR of +9.86% Pass@1", "Kimi Code 77%/72%", "under 6%": a measured number ends the name, or is all of it.)
  const measured = /(?:^|\s)(?:of\s|at\s|with\s)?(?:up to\s|about\s|over\s|under\s|only\s|nearly\s)?[~≈<>≤≥+-]?\d[\d.,]*\s?(?:%|percent\b)/i.exec(t);
  // ("the previous 73.9% state-of-the-art": a number between a name's words is dropped from it.)
  if (measured) t = /^(?:the\s)?(?:previous|prior|best|current|existing|strongest)$/i.test(t.slice(0, measured.index).trim()) ? t.replace(measured[0], '').trim() : t.slice(0, measured.index).trim();
  // (Lowercase only: "conventional simplistic TO" ends in a name.)
  for (let last = ''; last !== t;) {
    last = t;
    t = t.replace(/[\s,;:]+(?:and|or|but|while|with|to|of|the|an?|by|in|on|for|at|from|compared (?:to|with)|relative to|than|over|versus|vs\.?)$/, '').trim();
  }
  return /[A-Za-z]/.test(t) && !PRONOUN.test(t) ? t : null;
}

const HEDGE = String.raw`(?:up to |an average of |on average |about |over |nearly |roughly |approx(?:imately|\.) |around |at least |more than |as much as |almost |~)?`;
// ("mIoU improvements up to 73%": the hedge may stand for the "of".)
const CHANGE_BEFORE = new RegExp(String.raw`(?:\bby\s?|\b(?:improvements?|gains?|increases?|boosts?|reductions?|drops?|decreases?|margins?)\s(?:(?:in [\w@-]+ )?of\s|(?=up to\s|as much as\s))|\+\s?)${HEDGE}$`, 'i');
// ("2.4% accuracy gain", "a 9.7% quality loss": the measure may stand between the number and its change; "lags 34.8% behind humans" is a gap.)
const CHANGE_AFTER = /^\s?(?:(?:average|mean|overall)\s)?(?:absolute\s|relative\s)?(?:higher|lower|better|worse|more|less|fewer|behind|(?:[\w@-]+\s){0,2}?(?:improvements?|gains?|increases?|reductions?|drops?|decreases?|degradations?|boosts?|loss(?:es)?))\b/i;

// ("gains over CLIP zero-shot of up to 21.44%": the compared side between the change and its size.)
const GAIN_OVER_OF = new RegExp(String.raw`\b(?:improvements?|gains?|margins?|boosts?)\s(?:over|against|compared (?:to|with)|relative to)\s[^,;()]{1,40}?\sof\s${HEDGE}$`, 'i');

/** "by 3%", "improvements of up to 3%", "+3%", "3% higher": a change, not a level. */
export function isChange(text: string, q: Quantity, g?: { group: Quantity[] }): boolean {
  // "19% and 8% average relative improvement", "outperforming X by 2.6%, 1.4% and 3.9%": a list is a
  // change when its last number is, or its first.
  // ("by 0.8% (94.0% to 94.8%)", "50% → 82%": the level a change reached is a level.)
  if (/(?:\(\s?(?:from\s)?[\d.]+\s?%\sto|[\d.]\s?%?\s?→)\s?$/.test(text.slice(Math.max(0, q.start - 24), q.start))) return false;
  const last = g ? g.group[g.group.length - 1]! : q;
  const first = g ? g.group[0]! : q;
  if (CHANGE_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start)) || CHANGE_AFTER.test(text.slice(last.end, last.end + 32))
    || GAIN_OVER_OF.test(text.slice(Math.max(0, first.start - 80), first.start))
    || (first !== q && CHANGE_BEFORE.test(text.slice(Math.max(0, first.start - 40), first.start)))) return true;
  // "modest gains over X (BLEU 6.4%, ROUGE-L 4.8%)": numbers in parentheses after a gain are its sizes.
  const open = text.lastIndexOf('(', q.start);
  return open >= 0 && !text.slice(open, q.start).includes(')') && GAIN_BEFORE_PAREN.test(text.slice(Math.max(0, open - 80), open));
}
const GAIN_BEFORE_PAREN = /\b(?:gains?|improvements?|improves?|improved|outperform\w*)\b[^()]*$/i;

/**
 * "5.98x smaller in area, 5.94x higher throughput, and 7.5x higher energy efficiency than X", "reduce
 * LUT count by 41.4%, delay by 76.1%, and power by 71.9% relative to X": three or more items, each
 * with a number, joined by commas and a last "and", share the comparison that ends them.
 */
const RELATIVE_NUMBER = /(?<![A-Za-z\d.])\d+(?:\.\d+)?\s?(?:%|x\b|×|-?fold\b|times\b|percent\b|pp\b)/i;
function serialList(text: string, q: Quantity, end: number): boolean {
  const region = text.slice(q.start, end).replace(/[,\s]+$/, '');
  const after = region.split(/,\s*(?:and\s+)?/);
  // ("..., 40.6% energy saving, and comparable latency over X": a last item with no number may close the list.)
  const closing = after.length >= 2 && /^(?:and\s)?(?:comparable|similar|competitive|negligible|minimal|no|lower|higher|better)\b/i.test(after[after.length - 1]!.trim());
  if (after.length < 2 || !/,\s*and\s|\sand\s[^,]*$/.test(region) || !after.slice(0, closing ? -1 : undefined).every((item) => RELATIVE_NUMBER.test(item))) return false;
  let items = after.length;
  for (const item of text.slice(0, q.start).split(/,\s*/).reverse().slice(1)) {
    if (!RELATIVE_NUMBER.test(item) || /[;:]/.test(item)) break;
    items++;
    if (/\b(?:while|whereas|but)\b/i.test(item)) break;
  }
  return items >= 3;
}

// "an F1 of 0.980, significantly outperforming Gemini-Pro-2.5 (F1-score: 0.845)": past a comma a level
// is compared only with a side whose own number is given (labels, rules 20 and 21), in parentheses
// after it or written as its possession ("compared to the base LLM's 85.3% and 45.3%").
const OWN_NUMBER_OF = new RegExp(OWNED_NUMBER);
// ("deeper ResNet variants (ResNet50, ...)" names more, it gives no number.)
// ("outperforming pi-0.5 at 39.2%": the compared system's own number after "at".)
const OWN_NUMBER_AFTER = /^(?:\s?\((?:[^()]{0,24}?[:=\s])?\s?|\sat\s(?:only\s|just\s|about\s|~\s?)?)[~≈]?\d[\d.,]*\s?(?:%|x|×|\)|,|;|\s|\.)/;

/**
 * The comparison after the number in the same clause; else (for relative numbers) the nearest one
 * before it, or an opening "Compared with X," that covers the whole sentence.
 */
export function baselineFor(text: string, q: Quantity, comps: Comparison[], g: { group: Quantity[]; index: number } | undefined, relative: boolean, borrow: boolean, qs: Quantity[]): { name: string; comparison: Comparison } | null {
  // "1277 MSample/s at 0.9V, which is 2x faster than X": an absolute number's comparison is its own
  // only when no relative number stands between them (then it is that number's). A level (borrow
  // false) takes one that follows it in the same phrase, not after a comma or a dash.
  // ("a 50.5%, 52.1%, 49.1% win rate with respect to Gen-3, LumaLabs, and Kling, respectively": a level of a
  // list is read from the list's end, past its own commas.)
  const end = g && g.group.length > 1 && comps.some((c) => c.start >= g.group[g.group.length - 1]!.end && (c.items.length === g.group.length || c.names?.length === g.group.length))
    ? g.group[g.group.length - 1]!.end : q.end;
  const after = comps.find((c) => c.start >= q.end && !c.second && (!hasBoundary(text.slice(q.end, c.start))
    || (relative && borrow && !hasHardBoundary(text.slice(q.end, c.start)) && (PARALLEL_VERBS.test(text.slice(0, c.start)) || serialList(text, q, c.start)
      // "43.5%, 25.4%, and 78.8% reductions in energy, EDP, and area compared to X": a list's cues then its comparison
      // (names with digits may stand between: "2.80x, 2.74x, and 3.17x speedup ... in SD 3, 3.5, and FLUX compared to RFlow").
      || (g !== undefined && g.group.length > 1 && !/\d\s?(?:%|x|×|times)/.test(text.slice(g.group[g.group.length - 1]!.end, c.start)) && c.start - g.group[g.group.length - 1]!.end < 160))))
    && ((relative && borrow) || ((!/,|\s-\s/.test(text.slice(end, c.start)) || c.othersNumber || OWN_NUMBER_AFTER.test(text.slice(c.end, c.end + 40)) || OWN_NUMBER_OF.test(text.slice(c.start, c.end + 16)))
      && !qs.some((x) => x.rule?.kind === 'relative' && x.start >= q.end && x.end <= c.start))));
  if (after) {
    const list = after.items.length ? after.items : after.names;
    if (g && g.group.length > 1 && list?.length === g.group.length) return { name: list[g.index]!, comparison: after };
    return { name: after.text, comparison: after };
  }
  if (!relative || !borrow) return null;
  // "outperforms A and B by 2.8x and 12.6x, respectively": the list before pairs with the numbers.
  const listed = comps.filter((c) => c.end <= q.start && c.items.length > 0 && !hasHardBoundary(text.slice(c.end, q.start))).pop();
  // "... over A, B, and C, respectively, along with energy reductions of 3x, 2x and 4x": a second list of
  // the same length pairs with the same baselines.
  if (listed && g && g.group.length === listed.items.length && /\brespectively\b/i.test(text)) {
    return { name: listed.items[g.index]!, comparison: listed };
  }
  // ", and LeanEvolve further improves ... by 7.47%": a new subject ends the earlier comparison's reach.
  const before = comps.filter((c) => c.end <= q.start && c.items.length === 0 && !hasHardBoundary(text.slice(c.end, q.start))
    && !NEW_SUBJECT.test(text.slice(c.end, q.start))).pop()
    ?? comps.find((c) => c.leading && c.end <= q.start);
  return before ? { name: before.text, comparison: before } : null;
}
