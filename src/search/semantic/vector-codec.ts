/**
 * The stored form of a paper vector: one signed byte per dimension, value round(x * 127).
 *
 * Unit vectors have every component in [-1, 1], so a fixed scale of 127 needs no per-vector header
 * and any reader can decode a blob knowing only the model's dimension. Rounding moves each component
 * by at most 0.5/127; at d = 128 that bounds the cosine between a vector and its decoded self
 * below by about 0.999 (worst case) and leaves it near 0.9997 typically, far below what changes a ranking.
 */

/** Largest stored magnitude: int8's symmetric range, so that -x always encodes as the negation of x. */
const SCALE = 127;

/** Writes round(x * 127) of each component into `out` starting at `offset`; clamps stray |x| > 1. */
export function quantizeInto(vec: ArrayLike<number>, out: Int8Array, offset = 0): void {
  for (let i = 0; i < vec.length; i++) {
    const q = Math.round(vec[i] * SCALE);
    out[offset + i] = q > SCALE ? SCALE : q < -SCALE ? -SCALE : q;
  }
}

/** Encodes a unit vector as `vec.length` int8 bytes, the form kept in the database. */
export function quantize(vec: Float32Array): Buffer {
  const buf = Buffer.alloc(vec.length);
  quantizeInto(vec, new Int8Array(buf.buffer, buf.byteOffset, buf.length));
  return buf;
}

/**
 * Decodes `dim` int8 bytes back to a unit vector. Rounding leaves the decoded vector slightly off
 * unit length, and the indexes score by dot product, so it is re-normalized here. An all-zero blob
 * (a text with no known words) stays the zero vector.
 */
export function dequantize(buf: Uint8Array, dim: number): Float32Array {
  if (buf.length !== dim) throw new RangeError(`vector blob has ${buf.length} bytes, expected ${dim}`);
  const q = new Int8Array(buf.buffer, buf.byteOffset, dim);
  let sq = 0;
  for (let i = 0; i < dim; i++) sq += q[i] * q[i];
  const out = new Float32Array(dim);
  if (sq === 0) return out;
  const inv = 1 / Math.sqrt(sq);
  for (let i = 0; i < dim; i++) out[i] = q[i] * inv;
  return out;
}
