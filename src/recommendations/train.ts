import type { Example } from './types.ts';

/** Learned weights: a bias, one weight per embedding dimension, one per word. */
export interface Weights {
  bias: number;
  dense: Float64Array;
  terms: Map<string, number>;
}

export interface TrainOptions {
  /**
   * L2 penalty on the weights (the bias is free). With tens of examples and thousands of words a
   * weak penalty lets one word of one paper dominate; measured on the evaluation (docs/RECOMMENDATIONS.md).
   */
  l2: number;
  /** Gradient steps; the loss is smooth and small, so a few hundred accelerated steps converge. */
  iterations: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { l2: 0.02, iterations: 250 };

interface SparseRow { idx: Int32Array; val: Float64Array }

/**
 * Weighted logistic regression with an L2 penalty, by Nesterov-accelerated gradient descent on the
 * full batch. Classes are balanced first (the positives and the negatives each weigh half), so ten
 * upvotes against two hundred background papers still pull as hard as the background.
 *
 * Features are unit-length (embedding) plus unit-length (words), so |x|^2 <= 2 and the loss
 * gradient is Lipschitz with L <= 2/4 + l2: a step of 1/L always descends. Deterministic: the same
 * examples in the same order give the same weights.
 */
export function trainLogistic(examples: Example[], dim: number, opts: TrainOptions = TRAIN_DEFAULTS): Weights {
  const vocab = new Map<string, number>();
  const rows: SparseRow[] = examples.map((e) => {
    const idx = new Int32Array(e.features.terms.size);
    const val = new Float64Array(e.features.terms.size);
    let i = 0;
    for (const [t, v] of e.features.terms) {
      let id = vocab.get(t);
      if (id === undefined) { id = vocab.size; vocab.set(t, id); }
      idx[i] = id; val[i] = v; i++;
    }
    return { idx, val };
  });
  const posTotal = examples.reduce((s, e) => s + (e.label === 1 ? e.weight : 0), 0);
  const negTotal = examples.reduce((s, e) => s + (e.label === 0 ? e.weight : 0), 0);
  const c = examples.map((e) => (e.label === 1 ? (posTotal > 0 ? e.weight / posTotal : 0) : (negTotal > 0 ? e.weight / negTotal : 0)) / 2);
  const n = dim + vocab.size;
  const step = 1 / (0.5 + opts.l2);
  let w = new Float64Array(n + 1); // last: bias
  let prev = new Float64Array(n + 1);
  const y = new Float64Array(n + 1);
  const grad = new Float64Array(n + 1);
  for (let it = 1; it <= opts.iterations; it++) {
    // Look-ahead point y = w + (it-1)/(it+2) (w - prev).
    const momentum = (it - 1) / (it + 2);
    for (let j = 0; j <= n; j++) y[j] = w[j]! + momentum * (w[j]! - prev[j]!);
    grad.fill(0);
    for (let i = 0; i < examples.length; i++) {
      if (c[i] === 0) continue;
      const e = examples[i]!;
      const r = rows[i]!;
      let z = y[n]!;
      for (let d = 0; d < dim; d++) z += y[d]! * e.features.dense[d]!;
      for (let k = 0; k < r.idx.length; k++) z += y[dim + r.idx[k]!]! * r.val[k]!;
      // d/dz of log(1 + exp(-s z)) with s = +-1 is sigmoid(z) - label.
      const g = c[i]! * (1 / (1 + Math.exp(-z)) - e.label);
      for (let d = 0; d < dim; d++) grad[d] += g * e.features.dense[d]!;
      for (let k = 0; k < r.idx.length; k++) grad[dim + r.idx[k]!] += g * r.val[k]!;
      grad[n] += g;
    }
    for (let j = 0; j < n; j++) grad[j] += opts.l2 * y[j]!;
    const next = prev;
    for (let j = 0; j <= n; j++) next[j] = y[j]! - step * grad[j]!;
    prev = w;
    w = next;
  }
  const terms = new Map<string, number>();
  for (const [t, id] of vocab) if (w[dim + id] !== 0) terms.set(t, w[dim + id]!);
  return { bias: w[n]!, dense: w.slice(0, dim), terms };
}
