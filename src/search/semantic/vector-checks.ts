/** Argument checks and query normalization shared by the vector indexes. */
/** hnswlib labels are unsigned 32-bit, so rowids must fit; SQLite rowids of papers always do. */
const MAX_ROWID = 0xffffffff;

export function checkRowid(rowid: number): void {
  if (!Number.isInteger(rowid) || rowid < 0 || rowid > MAX_ROWID) throw new RangeError(`rowid ${rowid} is not an integer in [0, 2^32)`);
}

export function checkBatch(dim: number, rowids: ArrayLike<number>, vectors: Float32Array[]): void {
  if (rowids.length !== vectors.length) throw new RangeError(`${rowids.length} rowids but ${vectors.length} vectors`);
  for (let i = 0; i < vectors.length; i++) {
    checkRowid(rowids[i]);
    if (vectors[i].length !== dim) throw new RangeError(`vector for rowid ${rowids[i]} has length ${vectors[i].length}, expected ${dim}`);
  }
}

/** The query scaled to unit length in float64 (so the scan's products need no conversion), or null when it is zero. */
export function unitQuery(query: Float32Array, dim: number): Float64Array | null {
  if (query.length !== dim) throw new RangeError(`query has length ${query.length}, expected ${dim}`);
  let sq = 0;
  for (let i = 0; i < dim; i++) sq += query[i] * query[i];
  if (sq === 0) return null;
  const inv = 1 / Math.sqrt(sq);
  return Float64Array.from(query, (x) => x * inv);
}
