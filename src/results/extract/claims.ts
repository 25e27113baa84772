/**
 * Claims from one sentence: each quantity with a metric becomes a claim, with the hedge, direction,
 * baseline, hardware and benchmark read from the same sentence. Every decision is a rule on the
 * words next to the number, so any claim can be explained by pointing at its span.
 */
import type { Claim, Metric } from '../types.ts';
import { findComparisons, type Comparison } from './baseline.ts';
import { findCues, resolvePerformance, type CueHit } from './cues.ts';
import type { EntityHit, EntityMatcher } from './entities.ts';
import { normalize, originalRange } from './normalize.ts';
import { findQuantities, type Quantity } from './quantities.ts';
import { directionOf, qualifierOf } from './qualifiers.ts';
import type { Sentence } from './sentences.ts';

export interface SentenceContext {
  matcher: EntityMatcher;
  /** "performance" means speed (systems paper) rather than accuracy. */
  systems: boolean;
  source: 'title' | 'abstract';
}

/** What a sentence says besides its numbers, for the paper-level fallbacks. */
export interface SentenceFacts {
  claims: Claim[];
  /** Devices and classes named outside comparisons ("our FPGA", not "than a GPU"). */
  hardware: EntityHit[];
  classes: EntityHit[];
  benchmarks: EntityHit[];
}

const HARD_BOUNDARY = /;|\bwhile\b|\bwhereas\b|\bbut\b|\.\s/gi;
const RIGHT_STOP = /[,;.]|\d|\b(?:over|than|compared|relative|versus|vs|resulting|leading|while|whereas|respectively)\b/i;
const BARE_SCORE = /(?:avg@\d+|pass@\d+|\bscore|\baccuracy|\bF1|\bBLEU|\bmAP|\bEM)\s*(?:of|=|:)?\s*$/i;

const inside = (c: { start: number; end: number }, at: number) => at >= c.start && at < c.end;
const lastBoundaryBefore = (text: string, at: number) => {
  let last = 0;
  HARD_BOUNDARY.lastIndex = 0;
  for (let m = HARD_BOUNDARY.exec(text); m && m.index < at; m = HARD_BOUNDARY.exec(text)) last = m.index + m[0].length;
  return last;
};
const hasBoundary = (s: string) => /;|\bwhile\b|\bwhereas\b|\bbut\b/i.test(s);

function metricOf(cue: CueHit['cue'], systems: boolean): Metric {
  return cue === 'performance' ? resolvePerformance(systems) : cue;
}

/** The cue right after the number ("2.2x higher energy efficiency"), up to a stop word. */
function rightCue(text: string, q: Quantity, cues: CueHit[]): CueHit | null {
  const rest = text.slice(q.end, q.end + 60);
  const stop = RIGHT_STOP.exec(rest);
  const limit = q.end + (stop ? stop.index : rest.length);
  return cues.find((c) => c.start >= q.end && c.start < limit) ?? null;
}

/** Runs of relative numbers written as a list: "69x, 2.2x and 1.9x". */
function listGroups(text: string, qs: Quantity[]): Quantity[][] {
  const groups: Quantity[][] = [];
  for (const q of qs) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    if (prev && prev.unit === q.unit && /^\s?(?:,|and|, and|,and)\s?(?:up to |an? )?$/i.test(text.slice(prev.end, q.start))) g!.push(q);
    else groups.push([q]);
  }
  return groups;
}

/** "power, latency, and area by 69x, 2.2x and 1.9x": as many listed cues as numbers, in order. */
function zippedCues(text: string, group: Quantity[], cues: CueHit[], from: number): CueHit[] | null {
  const k = group.length;
  if (k < 2) return null;
  const before = cues.filter((c) => c.end <= group[0]!.start && c.start >= from);
  if (before.length < k) return null;
  const picked = before.slice(-k);
  for (let i = 1; i < k; i++) {
    const gap = text.slice(picked[i - 1]!.end, picked[i]!.start);
    if (gap.length > 30 || !/,|\band\b/.test(gap)) return null;
  }
  return new Set(picked.map((c) => c.cue)).size === k ? picked : null;
}

function nearest(hits: EntityHit[], at: number): EntityHit | null {
  let best: EntityHit | null = null;
  for (const h of hits) if (!best || Math.abs(h.start - at) < Math.abs(best.start - at)) best = h;
  return best;
}

/** The claims of one sentence, with offsets in the source field. */
export function sentenceClaims(s: Sentence, ctx: SentenceContext): SentenceFacts {
  const n = normalize(s.text);
  const text = n.text;
  const hwAll = ctx.matcher.hardware(text);
  const clsAll = ctx.matcher.hardwareClasses(text);
  const benchmarks = ctx.matcher.benchmarks(text);
  const comps = findComparisons(text);
  const outside = (h: EntityHit) => !comps.some((c) => inside(c, h.start));
  const facts: SentenceFacts = { claims: [], hardware: hwAll.filter(outside), classes: clsAll.filter(outside), benchmarks };
  if (!/\d/.test(text)) return facts;

  const cues = findCues(text);
  const qs = findQuantities(text).filter((q) => keep(text, q, comps, hwAll, clsAll));
  const relative = qs.filter((q) => q.rule?.kind === 'relative');
  const groups = listGroups(text, relative);
  const groupOf = new Map<Quantity, { group: Quantity[]; index: number }>();
  for (const g of groups) g.forEach((q, index) => groupOf.set(q, { group: g, index }));

  for (const q of qs) {
    const isRelative = q.rule?.kind === 'relative';
    const from = lastBoundaryBefore(text, q.start);
    let metric: Metric | null = null;
    if (q.rule?.kind === 'absolute') metric = q.rule.metric ?? null;
    else if (!q.rule) {
      const m = BARE_SCORE.exec(text.slice(Math.max(0, q.start - 30), q.start));
      if (m && q.value !== null && q.value <= 100) metric = /pass@/i.test(m[0]) ? 'correctness' : 'accuracy';
    } else {
      const g = groupOf.get(q)!;
      const zipped = g.group.every((x) => !rightCue(text, x, cues)) ? zippedCues(text, g.group, cues, from) : null;
      const right = rightCue(text, q, cues);
      if (zipped) metric = metricOf(zipped[g.index]!.cue, ctx.systems);
      else if (right) metric = metricOf(right.cue, ctx.systems);
      else if (!/^\s?of\b/i.test(text.slice(q.end))) {
        // "N% of the data" with no metric after it is a share, not a result.
        const left = cues.filter((c) => c.end <= q.start && c.start >= from).pop();
        if (left) metric = metricOf(left.cue, ctx.systems);
      }
    }
    if (!metric) continue;

    const baseline = baselineFor(text, q, comps, groupOf.get(q), isRelative);
    const hw = nearest(hwAll.filter(outside), q.start) ?? nearest(clsAll.filter(outside), q.start)
      ?? nearest(hwAll, q.start) ?? nearest(clsAll, q.start);
    const bench = nearest(benchmarks, q.start);
    const localStart = Math.max(from, q.start - 60);
    const context = text.slice(localStart, Math.min(text.length, q.end + 60));
    const [vs, ve] = originalRange(n, q.start, q.end);
    facts.claims.push({
      metric,
      value: q.value,
      min: q.min,
      max: q.max,
      unit: q.unit,
      direction: directionOf(metric, isRelative, context),
      qualifier: q.value === null ? null : qualifierOf(text.slice(0, q.start), text.slice(q.end)),
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
  }
  return facts;
}

/** Numbers that are not results: a baseline's own number, "from X to Y"'s X, "8x A100" (a count). */
function keep(text: string, q: Quantity, comps: Comparison[], hw: EntityHit[], cls: EntityHit[]): boolean {
  if (comps.some((c) => inside(c, q.start) && !/^\s*(?:respectively)/.test(text.slice(q.end)))) return false;
  if (/\bfrom\s?$/i.test(text.slice(Math.max(0, q.start - 6), q.start)) && /^\s?to\s?[\d~≈]/i.test(text.slice(q.end))) return false;
  if (q.unit === 'x' && [...hw, ...cls].some((h) => h.start >= q.end && h.start <= q.end + 2)) return false;
  return true;
}

function baselineFor(text: string, q: Quantity, comps: Comparison[], g: { group: Quantity[]; index: number } | undefined, relative: boolean): string | null {
  const after = comps.find((c) => c.start >= q.end && !hasBoundary(text.slice(q.end, c.start))
    && (relative || !/,/.test(text.slice(q.end, c.start))));
  if (after) {
    if (g && g.group.length > 1 && after.items.length === g.group.length) return after.items[g.index]!;
    return after.text;
  }
  if (!relative) return null;
  const before = comps.filter((c) => c.end <= q.start && !hasBoundary(text.slice(c.end, q.start))).pop();
  return before?.text ?? null;
}
