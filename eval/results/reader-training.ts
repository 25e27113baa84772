/**
 * Trains the experimental second reader (reader.ts): a multinomial logistic regression
 * over the numbers the rules left unclaimed, each labeled with the metric of a labeled claim the rules
 * missed (same number and unit), else "no claim". Plain stochastic gradient descent in a fixed order,
 * so the same labels and rules always give the same model.
 */
import { readPaper } from '../../src/results/extract/index.ts';
import { unclaimedCandidates, type LinearModel, type ReaderModel } from '../../src/results/extract/learned-reader.ts';
import { METRICS } from '../../src/results/types.ts';
import { BUILT_IN } from '../../src/results/dictionaries/load.ts';
import { sameNumber, type LabelClaim } from './score.ts';

export interface TrainingPaper { title: string; abstract: string; claims: LabelClaim[] }
export interface TrainingOptions { epochs?: number; rate?: number; minCount?: number; threshold?: number; seed?: number; runs?: number; prune?: number }

const CLASSES = ['none', ...METRICS];
type Numbered = { value: number | null; min: number | null; max: number | null; unit: string };
const sameQuantity = (q: Numbered, g: LabelClaim) => q.unit === g.unit && sameNumber(q, g);

interface Row { x: number[]; y: number }

/** Candidates of every paper with their class: the metric of a labeled claim the rules missed, else none. */
function rowsOf(papers: TrainingPaper[]): Array<{ features: string[]; y: number }> {
  const rows: Array<{ features: string[]; y: number }> = [];
  for (const p of papers) {
    const { claims: rules, rejected } = readPaper(p.title, p.abstract, BUILT_IN, null);
    // (A paper the prescan skips is never read by the model either.)
    if (!rejected) continue;
    const used = new Set<number>();
    const missed = p.claims.filter((g) => {
      const i = rules.findIndex((c, k) => !used.has(k) && c.metric === g.metric && sameQuantity(c, g));
      if (i >= 0) used.add(i);
      return i < 0;
    });
    for (const c of unclaimedCandidates(p.title, p.abstract, rules, rejected)) {
      const i = missed.findIndex((g) => sameQuantity(c.q, g));
      rows.push({ features: c.features, y: i >= 0 ? CLASSES.indexOf(missed.splice(i, 1)[0]!.metric) : 0 });
    }
  }
  return rows;
}

// A fixed pseudo-random order per epoch (a linear congruential generator): reproducible, not the file's order.
function order(n: number, epoch: number, seed: number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  let s = ((epoch + 1) * 2654435761 + seed) >>> 0;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx;
}

/** Multinomial logistic regression by stochastic gradient descent, in a fixed order per epoch. */
function descend(rows: Row[], features: number, K: number, epochs: number, rate: number, seed: number): { W: Float64Array; b: Float64Array } {
  const W = new Float64Array(features * K);
  const b = new Float64Array(K);
  const z = new Float64Array(K);
  let step = 0;
  for (let e = 0; e < epochs; e++) {
    for (const i of order(rows.length, e, seed)) {
      const { x, y } = rows[i]!;
      z.set(b);
      for (const j of x) for (let k = 0; k < K; k++) z[k]! += W[j * K + k]!;
      let top = -Infinity;
      for (let k = 0; k < K; k++) top = Math.max(top, z[k]!);
      let sum = 0;
      for (let k = 0; k < K; k++) { z[k] = Math.exp(z[k]! - top); sum += z[k]!; }
      const lr = rate / (1 + 1e-4 * step++);
      for (let k = 0; k < K; k++) {
        const g = z[k]! / sum - (k === y ? 1 : 0);
        if (Math.abs(g) < 1e-4) continue;
        b[k]! -= lr * g;
        for (const j of x) W[j * K + k]! -= lr * g;
      }
    }
  }
  return { W, b };
}

/** Both models of the second reader, from the same papers. */
export function trainReader(papers: TrainingPaper[], opts: TrainingOptions = {}): ReaderModel {
  return { detector: fit(rowsOf(papers), opts), metric: fit(labeledNumbers(papers), opts), threshold: opts.threshold ?? 0.9 };
}

function fit(raw: Array<{ features: string[]; y: number }>, opts: TrainingOptions): LinearModel {
  const { epochs = 6, rate = 0.2, minCount = 10, seed = 0, runs = 5, prune = 0.2 } = opts;
  const counts = new Map<string, number>();
  for (const r of raw) for (const f of r.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows: Row[] = raw.map((r) => ({ x: r.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), y: r.y }));
  const K = CLASSES.length;
  // One run of stochastic gradient descent depends on its order; the mean of several runs' weights does much less.
  const W = new Float64Array(vocab.length * K);
  const b = new Float64Array(K);
  for (let r = 0; r < runs; r++) {
    const one = descend(rows, vocab.length, K, epochs, rate, seed + r);
    for (let i = 0; i < W.length; i++) W[i]! += one.W[i]! / runs;
    for (let k = 0; k < K; k++) b[k]! += one.b[k]! / runs;
  }
  // Features seen fewer than minCount times and weights under `prune` are left out, the rest rounded: a file a
  // tenth the size, with the same claims on the lines measured (docs/RESULTS.md).
  const round = (v: number) => Math.round(v * 1e3) / 1e3;
  const weights: LinearModel['weights'] = {};
  vocab.forEach((f, j) => {
    const kept: Array<[number, number]> = [];
    for (let k = 0; k < K; k++) if (Math.abs(W[j * K + k]!) >= prune) kept.push([k, round(W[j * K + k]!)]);
    if (kept.length) weights[f] = kept;
  });
  return { classes: CLASSES, bias: [...b].map(round), weights };
}

/** Every number with a labeled claim of the same number and unit (the rules' claims included), labeled with its metric. */
function labeledNumbers(papers: TrainingPaper[]): Array<{ features: string[]; y: number }> {
  const rows: Array<{ features: string[]; y: number }> = [];
  for (const p of papers) {
    const left = [...p.claims];
    for (const c of unclaimedCandidates(p.title, p.abstract, [], [])) {
      const i = left.findIndex((g) => sameQuantity(c.q, g));
      if (i >= 0) rows.push({ features: c.features, y: CLASSES.indexOf(left.splice(i, 1)[0]!.metric) });
    }
  }
  return rows;
}
