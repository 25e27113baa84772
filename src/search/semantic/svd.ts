/**
 * Randomized truncated SVD of a sparse matrix (Halko, Martinsson and Tropp 2011, algorithms 4.4
 * and 5.1): project onto a random subspace, sharpen it with a few power iterations, then solve the
 * small dense problem exactly. It needs only products with A and Aᵀ, so a 50,000 x 50,000 PPMI
 * matrix with tens of millions of entries is reduced without ever forming a dense copy.
 *
 * Pure and deterministic: the random test matrix comes from a seeded generator.
 * Dense blocks are column-major Float64Array (column j at offset j * rows) unless noted.
 */
import { eigenSymmetric, orthonormalizeColumns } from './dense.ts';

/** A sparse matrix in compressed sparse row form: row i holds indices/values[indptr[i] .. indptr[i+1]). */
export interface CsrMatrix {
  rows: number;
  cols: number;
  indptr: Int32Array;
  indices: Int32Array;
  values: Float32Array;
}

/** A ≈ U·diag(s)·Vᵀ with k components, s descending. U and V are row-major (row i = u_i). */
export interface SvdResult {
  k: number;
  /** rows x k, row-major. */
  u: Float64Array;
  s: Float64Array;
  /** cols x k, row-major (empty when not asked for). */
  v: Float64Array;
}

export interface SvdOptions {
  /** Extra random directions beyond k; they absorb the tail of the spectrum (Halko §4.2 suggests 5-10). */
  oversample?: number;
  /** Power iterations: each multiplies by A·Aᵀ, so the tail's weight shrinks as (σ_j/σ_k)^(2q). */
  powerIterations?: number;
  seed?: number;
  /** Also compute V (cols x k); callers that need only U save a third of the final step. */
  withV?: boolean;
}

/** splitmix32 uniform draws, turned into standard normals by Box-Muller. */
function gaussian(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (((z ^ (z >>> 15)) >>> 0) + 0.5) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** Column-major (n x l) to row-major, and back: the sparse products want rows contiguous. */
function transpose(src: Float64Array, n: number, l: number, toRowMajor: boolean): Float64Array {
  const out = new Float64Array(n * l);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < l; c++) {
      if (toRowMajor) out[i * l + c] = src[c * n + i];
      else out[c * n + i] = src[i * l + c];
    }
  }
  return out;
}

/** A·X for X (cols x l) column-major; returns rows x l column-major. */
export function multiply(a: CsrMatrix, x: Float64Array, l: number): Float64Array {
  const xr = transpose(x, a.cols, l, true);
  const yr = new Float64Array(a.rows * l);
  const { indptr, indices, values } = a;
  for (let i = 0; i < a.rows; i++) {
    const yo = i * l;
    for (let p = indptr[i]; p < indptr[i + 1]; p++) {
      const w = values[p];
      const xo = indices[p] * l;
      for (let c = 0; c < l; c++) yr[yo + c] += w * xr[xo + c];
    }
  }
  return transpose(yr, a.rows, l, false);
}

/** Aᵀ·X for X (rows x l) column-major; returns cols x l column-major (a scatter over A's rows). */
export function multiplyTransposed(a: CsrMatrix, x: Float64Array, l: number): Float64Array {
  const xr = transpose(x, a.rows, l, true);
  const zr = new Float64Array(a.cols * l);
  const { indptr, indices, values } = a;
  for (let i = 0; i < a.rows; i++) {
    const xo = i * l;
    for (let p = indptr[i]; p < indptr[i + 1]; p++) {
      const w = values[p];
      const zo = indices[p] * l;
      for (let c = 0; c < l; c++) zr[zo + c] += w * xr[xo + c];
    }
  }
  return transpose(zr, a.cols, l, false);
}

/** The top-k singular triplets of A. k is capped by min(rows, cols). */
export function randomizedSvd(a: CsrMatrix, k: number, options: SvdOptions = {}): SvdResult {
  const { oversample = 10, powerIterations = 4, seed = 1, withV = true } = options;
  const m = a.rows;
  const n = a.cols;
  k = Math.max(0, Math.min(k, m, n));
  const l = Math.min(k + oversample, m, n);

  // Range finder: Q spans A·Ω, refined by q rounds of (A·Aᵀ), re-orthonormalizing after every
  // product so the small singular directions are not lost to rounding (Halko algorithm 4.4).
  const draw = gaussian(seed);
  const omega = new Float64Array(n * l);
  for (let i = 0; i < omega.length; i++) omega[i] = draw();
  let q = orthonormalizeColumns(multiply(a, omega, l), m, l);
  for (let it = 0; it < powerIterations; it++) {
    const z = orthonormalizeColumns(multiplyTransposed(a, q, l), n, l);
    q = orthonormalizeColumns(multiply(a, z, l), m, l);
  }

  // B = Qᵀ·A is l x n; stored as Bᵀ = Aᵀ·Q (n x l, column-major, column c = row c of B).
  const bt = multiplyTransposed(a, q, l);
  // B·Bᵀ = W·diag(σ²)·Wᵀ gives B's left singular vectors W and singular values σ.
  const gram = new Float64Array(l * l);
  for (let r = 0; r < l; r++) {
    for (let c = r; c < l; c++) {
      let dot = 0;
      const ro = r * n;
      const co = c * n;
      for (let j = 0; j < n; j++) dot += bt[ro + j] * bt[co + j];
      gram[r * l + c] = dot;
      gram[c * l + r] = dot;
    }
  }
  const eig = eigenSymmetric(gram, l);

  const s = new Float64Array(k);
  for (let t = 0; t < k; t++) s[t] = Math.sqrt(Math.max(0, eig.values[t]));
  // W's first k columns, as a row-major l x k block, and the same scaled by 1/σ for V.
  const w = new Float64Array(l * k);
  const wScaled = new Float64Array(l * k);
  for (let r = 0; r < l; r++) {
    for (let t = 0; t < k; t++) {
      w[r * k + t] = eig.vectors[r * l + t];
      // A zero σ (rank-deficient A) leaves V's column zero rather than dividing by zero.
      wScaled[r * k + t] = s[t] > 0 ? eig.vectors[r * l + t] / s[t] : 0;
    }
  }
  // U = Q·W and V = Bᵀ·W·Σ⁻¹, a row at a time so the inner loop runs over contiguous memory.
  const u = rowTimes(q, m, l, w, k);
  const v = withV ? rowTimes(bt, n, l, wScaled, k) : new Float64Array(0);
  for (let t = 0; t < k; t++) fixSign(u, v, m, k, t);
  return { k, u, s, v };
}

/** X·W for X (n x l) column-major and W (l x k) row-major; the result is n x k row-major. */
function rowTimes(x: Float64Array, n: number, l: number, w: Float64Array, k: number): Float64Array {
  const out = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const oo = i * k;
    for (let r = 0; r < l; r++) {
      const xv = x[r * n + i];
      if (xv === 0) continue;
      const wo = r * k;
      for (let t = 0; t < k; t++) out[oo + t] += xv * w[wo + t];
    }
  }
  return out;
}

/**
 * Singular vectors are defined up to a joint sign flip; pick the one whose largest-magnitude entry
 * of u is positive so results do not depend on accidents of rounding.
 */
function fixSign(u: Float64Array, v: Float64Array, m: number, k: number, t: number): void {
  let best = 0;
  for (let i = 0; i < m; i++) if (Math.abs(u[i * k + t]) > Math.abs(best)) best = u[i * k + t];
  if (best >= 0) return;
  for (let i = 0; i < m; i++) u[i * k + t] = -u[i * k + t];
  for (let j = 0; j < v.length / k; j++) v[j * k + t] = -v[j * k + t];
}
