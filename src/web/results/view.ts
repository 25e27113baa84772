/** Links and labels of the results pages. */
import type { Claim } from '../../results/types.ts';
import { isMoney } from '../../results/extract/units.ts';
import type { EntityKind } from '../../results/repo.ts';
import { mayHaveMath, placedMath, type Segment } from '../render/math-segments.ts';

export const ENTITY_PATH: Record<EntityKind, string> = { hardware: 'hardware', benchmark: 'benchmarks', baseline: 'baselines' };
export const ENTITY_TITLE: Record<EntityKind, string> = { hardware: 'Hardware', benchmark: 'Benchmark', baseline: 'Baseline' };

export const entityHref = (kind: EntityKind, name: string) => `/results/${ENTITY_PATH[kind]}/${encodeURIComponent(name)}`;
export const trendsHref = (params: Record<string, string>) => `/trends?${new URLSearchParams(params).toString()}`;

export const METRIC_LABEL: Record<Claim['metric'], string> = {
  speedup: 'Speedup', throughput: 'Throughput', latency: 'Latency', energy: 'Energy', energy_efficiency: 'Energy efficiency',
  power: 'Power', area: 'Area', area_efficiency: 'Area efficiency', resources: 'FPGA resources', memory: 'Memory',
  bandwidth: 'Bandwidth', accuracy: 'Accuracy', correctness: 'Correctness / pass rate', error: 'Error', cost: 'Cost',
  utilization: 'Utilization', model_size: 'Model size',
};

const num = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6))));
// Money reads the way it is written: "$0.07", "$30 million".
const withUnit = (n: string, unit: string) => (unit === 'x' ? `${n}×` : unit === '%' ? `${n}%`
  : isMoney(unit) ? (unit === '$' ? `$${n}` : `$${n} ${unit.slice(0, -' USD'.length)}`) : unit ? `${n} ${unit}` : n);

/** "up to 4.86×", "1.9–38.8×", "97.6%". */
export function formatValue(c: Pick<Claim, 'value' | 'min' | 'max' | 'unit' | 'qualifier'>): string {
  const n = c.value !== null ? num(c.value) : `${num(c.min!)}–${num(c.max!)}`;
  return `${c.qualifier ? `${c.qualifier} ` : ''}${withUnit(n, c.unit)}`;
}

/** The sentence split around the number, for highlighting it. */
export function splitSpan(c: Pick<Claim, 'span' | 'spanStart' | 'valueStart' | 'valueEnd'>): [string, string, string] {
  const a = Math.max(0, c.valueStart - c.spanStart);
  const b = Math.max(a, c.valueEnd - c.spanStart);
  return [c.span.slice(0, a), c.span.slice(a, b), c.span.slice(b)];
}

/**
 * The sentence around its number as segments to show, with the math typeset: a formula the number
 * is part of is marked whole ("$1.45\times$ to $4.52\times$" shows as 1.45× to 4.52×, marked), as
 * a <mark> cannot sit inside KaTeX's markup.
 */
export function spanParts(c: Pick<Claim, 'span' | 'spanStart' | 'valueStart' | 'valueEnd'>): [Segment[], Segment[], Segment[]] {
  const [before, mark, after] = splitSpan(c);
  if (!mayHaveMath(c.span)) return [[{ kind: 'text', text: before }], [{ kind: 'text', text: mark }], [{ kind: 'text', text: after }]];
  const segments = placedMath(c.span);
  let a = before.length;
  let b = a + mark.length;
  for (const m of segments) if (m.kind === 'math' && m.start < b && m.end > a) { a = Math.min(a, m.start); b = Math.max(b, m.end); }
  const parts: [Segment[], Segment[], Segment[]] = [[], [], []];
  for (const m of segments) {
    if (m.kind === 'math') { parts[m.end <= a ? 0 : m.start >= b ? 2 : 1].push({ kind: 'math', tex: m.tex, display: false }); continue; }
    // Plain runs are cut at the mark by their source ("\\$" is an escaped dollar).
    const cut = (from: number, to: number) => c.span.slice(Math.max(from, m.start), Math.min(to, m.end)).replace(/\\\$/g, '$');
    for (const [i, from, to] of [[0, 0, a], [1, a, b], [2, b, c.span.length]] as const) {
      const text = cut(from, to);
      if (text) parts[i].push({ kind: 'text', text });
    }
  }
  return parts;
}

/** The current query with some parameters changed (undefined or '' removes one). */
export function withParams(path: string, current: Record<string, string>, change: Record<string, string | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...current, ...change })) if (v !== undefined && v !== '') p.set(k, v);
  const qs = p.toString();
  return qs ? `${path}?${qs}` : path;
}
