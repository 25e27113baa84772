import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eigenSymmetric, orthonormalizeColumns } from '../../src/search/semantic/dense.ts';
import { randomizedSvd, type CsrMatrix } from '../../src/search/semantic/svd.ts';

/** Row-major dense rows to CSR, skipping zeros. */
function csr(dense: number[][]): CsrMatrix {
  const rows = dense.length;
  const cols = dense[0].length;
  const indptr = new Int32Array(rows + 1);
  const indices: number[] = [];
  const values: number[] = [];
  dense.forEach((row, i) => {
    row.forEach((x, j) => {
      if (x !== 0) {
        indices.push(j);
        values.push(x);
      }
    });
    indptr[i + 1] = indices.length;
  });
  return { rows, cols, indptr, indices: Int32Array.from(indices), values: Float32Array.from(values) };
}

/** Small integers keep the float32 values exact, so only the algorithm's error is measured. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return (s % 7) - 3;
  };
}

function reconstruct(u: Float64Array, s: Float64Array, v: Float64Array, k: number, i: number, j: number): number {
  let x = 0;
  for (let t = 0; t < k; t++) x += u[i * k + t] * s[t] * v[j * k + t];
  return x;
}

test('Jacobi eigen-decomposition of a known symmetric matrix', () => {
  // [[2,1,0],[1,2,0],[0,0,5]] has eigenvalues 5, 3 (vector (1,1,0)/√2) and 1 (vector (1,-1,0)/√2).
  const m = Float64Array.from([2, 1, 0, 1, 2, 0, 0, 0, 5]);
  const { values, vectors } = eigenSymmetric(m, 3);
  assert.deepEqual(Array.from(values, (x) => Number(x.toFixed(12))), [5, 3, 1]);
  const col = (t: number) => [0, 1, 2].map((r) => vectors[r * 3 + t]);
  assert.ok(Math.abs(Math.abs(col(1)[0]) - Math.SQRT1_2) < 1e-12);
  assert.ok(Math.abs(col(1)[0] - col(1)[1]) < 1e-12, 'eigenvector of 3 is (1,1,0)/√2');
  assert.ok(Math.abs(col(2)[0] + col(2)[1]) < 1e-12, 'eigenvector of 1 is (1,-1,0)/√2');
  // A·v = λ·v for every pair.
  for (let t = 0; t < 3; t++) {
    for (let r = 0; r < 3; r++) {
      let av = 0;
      for (let c = 0; c < 3; c++) av += m[r * 3 + c] * vectors[c * 3 + t];
      assert.ok(Math.abs(av - values[t] * vectors[r * 3 + t]) < 1e-12);
    }
  }
});

test('modified Gram-Schmidt gives orthonormal columns and zeroes dependent ones', () => {
  const rows = 4;
  // Columns: (1,1,0,0), (2,2,0,0) (dependent), (1,0,1,0).
  const a = Float64Array.from([1, 1, 0, 0, 2, 2, 0, 0, 1, 0, 1, 0]);
  orthonormalizeColumns(a, rows, 3);
  const dot = (i: number, j: number) => [0, 1, 2, 3].reduce((s, r) => s + a[i * rows + r] * a[j * rows + r], 0);
  assert.ok(Math.abs(dot(0, 0) - 1) < 1e-12);
  assert.equal(dot(1, 1), 0, 'the dependent column is zero');
  assert.ok(Math.abs(dot(2, 2) - 1) < 1e-12);
  assert.ok(Math.abs(dot(0, 2)) < 1e-12);
});

test('singular values of a diagonal matrix are its entries, sorted', () => {
  const d = [3, 1, 5, 2, 4];
  const dense = d.map((x, i) => d.map((_, j) => (i === j ? x : 0)));
  const { s, u, v } = randomizedSvd(csr(dense), 3);
  assert.deepEqual(Array.from(s, (x) => Number(x.toFixed(9))), [5, 4, 3]);
  // The top singular vectors are the unit vectors of rows 2, 4 and 0.
  assert.ok(Math.abs(u[2 * 3 + 0]) > 0.999999 && Math.abs(v[2 * 3 + 0]) > 0.999999);
  assert.ok(Math.abs(u[4 * 3 + 1]) > 0.999999 && Math.abs(u[0 * 3 + 2]) > 0.999999);
});

test('a rank-3 matrix is reconstructed exactly from 3 components, and further ones are zero', () => {
  const next = lcg(7);
  const rows = 60;
  const cols = 40;
  const left = Array.from({ length: 3 }, () => Array.from({ length: rows }, next));
  const right = Array.from({ length: 3 }, () => Array.from({ length: cols }, next));
  const dense = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => left.reduce((x, l, t) => x + l[i] * right[t][j], 0)));
  const three = randomizedSvd(csr(dense), 3);
  let worst = 0;
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) worst = Math.max(worst, Math.abs(reconstruct(three.u, three.s, three.v, 3, i, j) - dense[i][j]));
  assert.ok(worst < 1e-9, `max reconstruction error ${worst}`);

  const five = randomizedSvd(csr(dense), 5);
  assert.ok(five.s[3] < 1e-6 && five.s[4] < 1e-6, `tail ${five.s[3]}, ${five.s[4]}`);
  for (let t = 0; t < 3; t++) assert.ok(Math.abs(five.s[t] - three.s[t]) < 1e-9);
});

test('matches the exact spectrum of a sparse random matrix, with orthonormal U', () => {
  const next = lcg(11);
  const rows = 50;
  const cols = 30;
  // About 40% of entries non-zero.
  const dense = Array.from({ length: rows }, () => Array.from({ length: cols }, () => { const x = next(); return Math.abs(x) >= 2 ? x : 0; }));
  // Exact σ² are the eigenvalues of AᵀA.
  const ata = new Float64Array(cols * cols);
  for (let a = 0; a < cols; a++) for (let b = 0; b < cols; b++) for (let i = 0; i < rows; i++) ata[a * cols + b] += dense[i][a] * dense[i][b];
  const exact = Array.from(eigenSymmetric(ata, cols).values.slice(0, 5), Math.sqrt);

  // Oversampling to the full width makes the range finder exact.
  const full = randomizedSvd(csr(dense), 5, { oversample: 25 });
  full.s.forEach((x, t) => assert.ok(Math.abs(x - exact[t]) < 1e-9 * exact[0], `σ${t}`));
  // The default (10 extra directions, 4 power iterations) is close on this flat spectrum.
  const approx = randomizedSvd(csr(dense), 5);
  approx.s.forEach((x, t) => assert.ok(Math.abs(x - exact[t]) < 0.02 * exact[0], `σ${t}: ${x} vs ${exact[t]}`));
  for (let a = 0; a < 5; a++) {
    for (let b = 0; b < 5; b++) {
      let dot = 0;
      for (let i = 0; i < rows; i++) dot += approx.u[i * 5 + a] * approx.u[i * 5 + b];
      assert.ok(Math.abs(dot - (a === b ? 1 : 0)) < 1e-9);
    }
  }
});

test('the same seed gives identical output; k is capped by the matrix size; V is optional', () => {
  const dense = [[1, 2, 0], [0, 1, 3], [4, 0, 1], [1, 1, 1]];
  const a = randomizedSvd(csr(dense), 2, { seed: 5 });
  const b = randomizedSvd(csr(dense), 2, { seed: 5 });
  assert.deepEqual(a, b);
  assert.equal(randomizedSvd(csr(dense), 10).k, 3);
  const uOnly = randomizedSvd(csr(dense), 2, { seed: 5, withV: false });
  assert.deepEqual(uOnly.u, a.u);
  assert.equal(uOnly.v.length, 0);
});
