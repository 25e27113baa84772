/**
 * Precision and recall of extracted claims against hand labels. A predicted claim matches a label
 * of the same paper with the same metric, unit and number (or range), each label used once. Text
 * fields (baseline, hardware, benchmark) are then compared on matched pairs: lowercased, without
 * spaces (LaTeX's "~" is one), hyphens, articles and the word "baseline", one containing the other (a label may list
 * alternatives, e.g. both devices of a cross-platform comparison); a device label also agrees when
 * the hardware dictionary reads it as the predicted entry.
 *
 * The predictions may be a second annotator's labels (agreement between annotators, agreement.ts):
 * their text fields may list alternatives too, and one agreeing alternative is enough.
 */
import { BUILT_IN } from '../../src/results/dictionaries/load.ts';
import { matcherFor } from '../../src/results/extract/entities.ts';

export interface LabelClaim {
  metric: string;
  value?: number;
  min?: number;
  max?: number;
  unit: string;
  baseline?: string | string[];
  hardware?: string | string[];
  benchmark?: string | string[];
  /** Labeled on some lines only (see docs/RESULTS.md): null for a level, else better or worse. */
  direction?: 'better' | 'worse' | null;
  qualifier?: string | null;
}
export interface LabeledPaper { id: string; claims: LabelClaim[] }

/** What is scored: an extracted claim, or another annotator's label in the same shape. */
export interface ScoredClaim {
  metric: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  baseline: string | string[] | null;
  hardware: string | string[] | null;
  benchmark: string | string[] | null;
  direction?: string | null;
  qualifier?: string | null;
  /** The sentence and the number's offsets, shown for a spurious claim (extracted claims have them). */
  span?: string;
  spanStart?: number;
  valueStart?: number;
  valueEnd?: number;
}

export const TEXT_FIELDS = ['baseline', 'hardware', 'benchmark'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
/**
 * Fields labeled on some lines only, compared exactly on the claims found (matched pairs) whose label
 * has them: a non-null value is a prediction or a label, null (a level, an unhedged number) is neither.
 */
export const HEDGE_FIELDS = ['direction', 'qualifier'] as const;
export type HedgeField = (typeof HEDGE_FIELDS)[number];
export type FieldName = 'metric+value+unit' | TextField | HedgeField;

export interface Counts { tp: number; predicted: number; gold: number }
export interface Miss { id: string; kind: 'missed' | 'spurious' | 'wrong field'; field?: FieldName; detail: string }
export interface Score { fields: Record<FieldName, Counts>; misses: Miss[]; papers: number; goldClaims: number; predictedClaims: number }

const close = (a: number | undefined | null, b: number | undefined | null) => a != null && b != null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/** The same number or range (units are compared apart). */
export function sameNumber(p: Pick<ScoredClaim, 'value' | 'min' | 'max'>, g: LabelClaim): boolean {
  if (g.value !== undefined) return close(p.value, g.value);
  return close(p.min, g.min) && close(p.max, g.max);
}

/** The comparable form of a name. */
export function norm(s: string): string {
  return s.toLowerCase().replace(/\b(?:the|a|an|baselines?)\b/g, '').replace(/[\s\-_'’().,~]/g, '');
}

/** A predicted name agrees with a label (or one of its alternatives). */
export function textMatches(pred: string | null, gold: string | string[] | undefined): boolean {
  if (!pred || gold === undefined) return false;
  const p = norm(pred);
  return (Array.isArray(gold) ? gold : [gold]).some((g) => {
    const n = norm(g);
    // "the baseline" against "baseline": nothing is left after normalizing, so compare as written.
    if (!n || !p) return pred.trim().toLowerCase().replace(/^the /, '') === g.trim().toLowerCase().replace(/^the /, '');
    return p.includes(n) || n.includes(p);
  });
}

/**
 * A predicted device agrees with a label that names the same dictionary entry in other words: labels
 * keep the abstract's spelling ("AMD Xilinx U55c", "Xilinx Zynq UltraScale Plus ZCU104", "Intel server
 * processors"), the extractor gives the entry's name ("AMD Alveo U55C", "AMD Zynq ZCU104", "Intel
 * CPU"). The label must name that one entry (the matcher reads a family written with its member as
 * the member); a vendor's class counts only when the label names no device. A label that names nothing the
 * dictionary knows (an unknown board) is compared as text only.
 */
export function hardwareMatches(pred: string | null, gold: string | string[] | undefined): boolean {
  if (textMatches(pred, gold)) return true;
  if (!pred || gold === undefined) return false;
  const matcher = matcherFor(BUILT_IN);
  return (Array.isArray(gold) ? gold : [gold]).some((g) => {
    // "AMD Zynq UltraScale+ (ZCU104) FPGA": a series written with one of its boards names the board.
    const hits = matcher.hardware(g).filter((h, i, all) => {
      const next = all[i + 1];
      return !(next && h.family && next.family === h.family && /^[\s()]*$/.test(g.slice(h.end, next.start)));
    });
    if (hits.length) return hits.length === 1 && hits[0]!.name === pred;
    const classes = matcher.hardwareClasses(g);
    return classes.length === 1 && classes[0]!.name === pred;
  });
}

const fieldMatches = (field: TextField, pred: string | string[] | null, gold: string | string[] | undefined) =>
  (Array.isArray(pred) ? pred : [pred]).some((p) => (field === 'hardware' ? hardwareMatches(p, gold) : textMatches(p, gold)));

const show = (c: { metric: string; value?: number | null; min?: number | null; max?: number | null; unit: string }) =>
  `${c.metric} ${c.value ?? `${c.min}-${c.max}`}${c.unit ? ` ${c.unit}` : ''}`;

/** Scores one set of predictions per paper against the labels. */
export function scoreClaims(labels: LabeledPaper[], predicted: Map<string, ScoredClaim[]>): Score {
  const zero = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });
  const fields: Record<FieldName, Counts> = { 'metric+value+unit': zero(), baseline: zero(), hardware: zero(), benchmark: zero(), direction: zero(), qualifier: zero() };
  const misses: Miss[] = [];
  let goldClaims = 0;
  let predictedClaims = 0;
  for (const paper of labels) {
    const preds = predicted.get(paper.id) ?? [];
    goldClaims += paper.claims.length;
    predictedClaims += preds.length;
    const used = new Set<number>();
    const pairs: Array<[ScoredClaim | null, LabelClaim | null]> = [];
    for (const p of preds) {
      // Of labels with this number, the one whose other fields agree most (the same number can be
      // claimed twice, e.g. in the title and in the abstract).
      const agree = (g: LabelClaim) => TEXT_FIELDS.filter((f) => (g[f] === undefined && !p[f]) || fieldMatches(f, p[f], g[f])).length;
      let gi = -1;
      paper.claims.forEach((g, i) => {
        if (used.has(i) || g.metric !== p.metric || g.unit !== p.unit || !sameNumber(p, g)) return;
        if (gi < 0 || agree(g) > agree(paper.claims[gi]!)) gi = i;
      });
      if (gi >= 0) { used.add(gi); pairs.push([p, paper.claims[gi]!]); } else pairs.push([p, null]);
    }
    paper.claims.forEach((g, i) => { if (!used.has(i)) pairs.push([null, g]); });
    const f = fields['metric+value+unit'];
    for (const [p, g] of pairs) {
      if (p) f.predicted++;
      if (g) f.gold++;
      if (p && g) f.tp++;
      if (p && !g) misses.push({ id: paper.id, kind: 'spurious', detail: `${show(p)} from ${source(p)}` });
      if (g && !p) misses.push({ id: paper.id, kind: 'missed', detail: show(g) });
      for (const field of TEXT_FIELDS) {
        const pv = p?.[field] ?? null;
        const gv = g?.[field];
        const c = fields[field];
        if (pv) c.predicted++;
        if (gv !== undefined) c.gold++;
        const ok = p && g && fieldMatches(field, pv, gv);
        if (ok) c.tp++;
        if (p && g && (pv || gv !== undefined) && !ok) {
          misses.push({ id: paper.id, kind: 'wrong field', field, detail: `${show(g)}: ${field} ${pv ? JSON.stringify(pv) : 'none'}, labeled ${gv === undefined ? 'none' : JSON.stringify(gv)}` });
        }
      }
      for (const field of HEDGE_FIELDS) {
        if (!p || !g || !(field in g) || p[field] === undefined) continue;
        const pv = p[field] ?? null;
        const gv = g[field] ?? null;
        const c = fields[field];
        if (pv) c.predicted++;
        if (gv) c.gold++;
        if (pv && pv === gv) c.tp++;
        if (pv !== gv) misses.push({ id: paper.id, kind: 'wrong field', field, detail: `${show(g)}: ${field} ${pv ?? 'none'}, labeled ${gv ?? 'none'}` });
      }
    }
  }
  return { fields, misses, papers: labels.length, goldClaims, predictedClaims };
}

/** Where a spurious claim came from: the words around its number, or "a label" (another annotator's). */
function source(p: ScoredClaim): string {
  if (p.span === undefined || p.spanStart === undefined || p.valueStart === undefined || p.valueEnd === undefined) return 'a label';
  const from = Math.max(0, p.valueStart - p.spanStart - 40);
  return `"${p.span.slice(from, p.valueEnd - p.spanStart + 30).replace(/\s+/g, ' ')}"`;
}

export const precision = (c: Counts) => (c.predicted ? c.tp / c.predicted : 1);
export const recall = (c: Counts) => (c.gold ? c.tp / c.gold : 1);
