/**
 * An experimental second reader, off unless a model is passed to extractPaper: numbers the rules made
 * no claim of (nor read as no result), read by two small linear models trained on the labels
 * (eval/results/reader-training.ts). The first says whether such a number is a result at all, the
 * second which metric it measures, from the words around it, the metric words (cues) nearest to it
 * and the title; the second learned from every labeled number, the rules' own included. The rules
 * stay first and it never changes their claims. `npm run eval -- --only reader` measures it, and
 * docs/RESULTS.md ("A learned second reader") says why the extractor does not use it.
 */
import { METRICS, type Claim, type Metric } from '../types.ts';
import type { Span } from './claims.ts';
import { isChange } from './claim-baseline.ts';
import { findCues } from './cues.ts';
import { directionOf } from './qualifiers.ts';
import type { Quantity } from './quantities.ts';
import { claimOf, unclaimedNumbers, type UnclaimedNumber } from './unclaimed.ts';

/** A number no rule claimed, with what the model reads about it. */
export interface Candidate extends UnclaimedNumber {
  features: string[];
}

/** A multinomial logistic regression with sparse weights: per feature, [class index, weight] pairs; class 0 is "no claim". */
export interface LinearModel {
  classes: string[];
  bias: number[];
  weights: Record<string, Array<[number, number]>>;
}

export interface ReaderModel {
  /** Whether an unclaimed number is a result (trained on the numbers the rules left). */
  detector: LinearModel;
  /** Which metric a result measures (trained on every labeled number). */
  metric: LinearModel;
  /** The least probability of being a result that makes a claim. */
  threshold: number;
}

const words = (s: string) => s.toLowerCase().match(/[a-z][a-z0-9@+\-']*|\d+(?:\.\d+)?|[%×+]/g) ?? [];
const near = (d: number) => `d${Math.min(3, Math.floor(d / 20))}`;

function valueBucket(v: number): string {
  return v < 1 ? 'lt1' : v <= 100 ? 'le100' : v < 1900 ? 'lt1900' : v <= 2030 ? 'year' : 'big';
}

/** What the model reads about one number: its unit, the words beside it, the nearest metric words, the sentence and the title. */
function featuresOf(text: string, q: Quantity, source: string, titleWords: Set<string>): string[] {
  const left = words(text.slice(Math.max(0, q.start - 80), q.start)).slice(-8);
  const right = words(text.slice(q.end, q.end + 80)).slice(0, 8);
  const f = [`u=${q.unit}`, `src=${source}`];
  left.forEach((w, i) => { f.push(`L:${w}`); if (i >= left.length - 3) f.push(`L3:${w}`); });
  right.forEach((w, i) => { f.push(`R:${w}`); if (i < 3) f.push(`R3:${w}`, `u=${q.unit}|R3:${w}`); });
  if (left.length) f.push(`L1:${left[left.length - 1]}`, `u=${q.unit}|L1:${left[left.length - 1]}`);
  if (right.length) f.push(`R1:${right[0]}`);
  for (const w of new Set(words(text))) f.push(`S:${w}`);
  for (const w of titleWords) f.push(`T:${w}`);
  const cues = findCues(text);
  const before = cues.filter((c) => c.end <= q.start).pop();
  const after = cues.find((c) => c.start >= q.end);
  if (before) f.push(`cue<:${before.cue}`, `cue<:${before.cue}|${near(q.start - before.end)}`);
  if (after) f.push(`cue>:${after.cue}`, `cue>:${after.cue}|${near(after.start - q.end)}`);
  for (const c of cues) f.push(`cueS:${c.cue}`);
  const v = (q.value ?? q.max)!;
  f.push(`v=${valueBucket(v)}`, `int=${Number.isInteger(v)}`, `sign=${/\+\s?$/.test(text.slice(0, q.start))}`, `paren=${/\(\s?$/.test(text.slice(0, q.start))}`);
  return [...new Set(f)];
}

/** Numbers that none of `claims` covers and the rules did not reject, with what the model reads about them. */
export function unclaimedCandidates(title: string, abstract: string, claims: Claim[], rejected: Span[]): Candidate[] {
  const titleWords = new Set(words(title));
  return unclaimedNumbers(title, abstract, claims, rejected).map((n) => ({ ...n, features: featuresOf(n.text, n.q, n.source, titleWords) }));
}

/** Class probabilities of one candidate (softmax over the model's linear scores). */
export function classProbabilities(model: LinearModel, features: string[]): number[] {
  const z = [...model.bias];
  for (const f of features) for (const [k, w] of model.weights[f] ?? []) z[k]! += w;
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, v) => a + v, 0);
  return e.map((v) => v / sum);
}

const METRIC_SET = new Set<string>(METRICS);

/** Claims the model reads in numbers the rules left, each with its sentence, direction and hedge. */
export function readUnclaimed(title: string, abstract: string, claims: Claim[], model: ReaderModel, rejected: Span[] = []): Claim[] {
  const out: Claim[] = [];
  for (const c of unclaimedCandidates(title, abstract, claims, rejected)) {
    if (1 - classProbabilities(model.detector, c.features)[0]! < model.threshold) continue;
    const p = classProbabilities(model.metric, c.features);
    let best = 1;
    for (let k = 2; k < p.length; k++) if (p[k]! > p[best]!) best = k;
    const metric = model.metric.classes[best]!;
    if (!METRIC_SET.has(metric)) continue;
    const { q, text } = c;
    out.push(claimOf(c, {
      metric: metric as Metric,
      // (A ratio or a point difference is a change; a percentage one only where isChange reads one: "by 12%", "28% higher".)
      direction: q.unit === 'x' || q.unit === 'pp' || isChange(text, q) ? directionOf(metric as Metric, true, text.slice(Math.max(0, q.start - 60), q.start), text.slice(q.end, q.end + 60)) : null,
      baseline: null,
      hardware: null,
      benchmark: null,
    }));
  }
  return out;
}
