/**
 * The two small dense kernels the randomized SVD needs: orthonormalizing a tall block of columns
 * (modified Gram-Schmidt) and the eigen-decomposition of a small symmetric matrix (cyclic Jacobi).
 * Both are plain loops over Float64Array: the blocks are at most a few hundred columns wide.
 */

/**
 * Orthonormalizes the columns of a column-major (rows x cols) block in place, by modified
 * Gram-Schmidt: each column has the projections on the finished columns removed one at a time
 * (not all computed from the original column, as classical Gram-Schmidt does), which keeps
 * rounding errors from piling up. A column that is (numerically) a combination of earlier ones
 * becomes zero instead of amplified noise, so a rank-deficient input yields exact zeros.
 */
export function orthonormalizeColumns(a: Float64Array, rows: number, cols: number): Float64Array {
  for (let j = 0; j < cols; j++) {
    const jo = j * rows;
    const before = norm(a, jo, rows);
    for (let i = 0; i < j; i++) {
      const io = i * rows;
      let dot = 0;
      for (let r = 0; r < rows; r++) dot += a[io + r] * a[jo + r];
      if (dot === 0) continue;
      for (let r = 0; r < rows; r++) a[jo + r] -= dot * a[io + r];
    }
    const after = norm(a, jo, rows);
    // Losing 10 of 16 significant digits means the column held nothing new beyond rounding.
    const scale = after > 1e-10 * before && after > 0 ? 1 / after : 0;
    for (let r = 0; r < rows; r++) a[jo + r] *= scale;
  }
  return a;
}

function norm(a: Float64Array, offset: number, n: number): number {
  let sum = 0;
  for (let r = 0; r < n; r++) sum += a[offset + r] * a[offset + r];
  return Math.sqrt(sum);
}

/** Eigenvalues in descending order; vectors is n x n row-major with eigenvector t in column t. */
export interface Eigen {
  values: Float64Array;
  vectors: Float64Array;
}

/**
 * Eigen-decomposition of a symmetric n x n matrix (row-major) by cyclic Jacobi rotations: each
 * rotation in the (p, q) plane zeroes the entry a_pq, and sweeping all pairs repeatedly drives the
 * off-diagonal mass to zero (quadratically, once small). Slow for big n, but exact to rounding
 * and simple, which is what an n of ~140 needs.
 */
export function eigenSymmetric(matrix: Float64Array, n: number): Eigen {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let total = 0;
  for (let i = 0; i < n * n; i++) total += a[i] * a[i];

  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] * a[p * n + q];
    // Off-diagonal mass below (1e-15)² of the whole: the diagonal is exact to double precision.
    if (off <= 1e-30 * total) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (apq === 0) continue;
        // The rotation angle φ with tan φ = t zeroes a_pq when t² + 2θt - 1 = 0,
        // θ = (a_qq - a_pp) / (2 a_pq); the smaller root keeps the rotation under 45°, for stability.
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        rotate(a, v, n, p, q, c, s);
      }
    }
  }

  // Sort by eigenvalue, descending, carrying the vectors along.
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => a[y * n + y] - a[x * n + x] || x - y);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((from, to) => {
    values[to] = a[from * n + from];
    for (let r = 0; r < n; r++) vectors[r * n + to] = v[r * n + from];
  });
  return { values, vectors };
}

/** A ← Jᵀ·A·J and V ← V·J for the plane rotation J with J_pp = J_qq = c, J_pq = s, J_qp = -s. */
function rotate(a: Float64Array, v: Float64Array, n: number, p: number, q: number, c: number, s: number): void {
  for (let k = 0; k < n; k++) {
    const akp = a[k * n + p];
    const akq = a[k * n + q];
    a[k * n + p] = c * akp - s * akq;
    a[k * n + q] = s * akp + c * akq;
  }
  for (let k = 0; k < n; k++) {
    const apk = a[p * n + k];
    const aqk = a[q * n + k];
    a[p * n + k] = c * apk - s * aqk;
    a[q * n + k] = s * apk + c * aqk;
  }
  for (let k = 0; k < n; k++) {
    const vkp = v[k * n + p];
    const vkq = v[k * n + q];
    v[k * n + p] = c * vkp - s * vkq;
    v[k * n + q] = s * vkp + c * vkq;
  }
}
