/**
 * Dense representation of a posting list: per 65,536 rowids, a bitmap of the rows that hold the
 * term plus their weighted frequencies in rowid order. It answers "does row d hold the term, with
 * what F?" in constant time (a bit test and a rank) instead of decoding a block, which is what an
 * AND of two common terms does for every row of the rarer one, and two bitmaps intersect 32 rows
 * per AND.
 *
 * Chunk blob: u32 count, u32 exceptions, 2,048 u32 bitmap words, count F bytes (255 = see
 * exceptions), then (u32 rank, u32 F) per F of 255 or more. Little-endian.
 */
export const CHUNK_SHIFT = 16;
export const CHUNK_ROWS = 1 << CHUNK_SHIFT;
const WORDS = CHUNK_ROWS / 32;
/**
 * A tier is stored dense when it holds at least this share of the rowid space. At 1/64 a bitmap
 * costs 8 bytes per posting against about 2 for gaps, but only the tiers of common terms reach
 * it, and those are the lists an AND of common terms probes row by row (measured: the bitmap
 * probe and the word AND beat decoding blocks by several times there).
 */
export const DENSE_MIN_SHARE = 1 / 64;

export interface DenseChunk {
  base: number;
  words: Uint32Array;
  /** Set bits before each word (at most 65,504: fits 16 bits). Filled on first use. */
  rankBefore: Uint16Array | null;
  freqs: Uint8Array;
  exceptions: Map<number, number> | null;
}

/** Encodes the postings [from, to) of a rowid-sorted list, all within chunk `chunk`. */
export function encodeDenseChunk(rowids: Uint32Array, freqs: Uint32Array, from: number, to: number, chunk: number): Buffer {
  const count = to - from;
  const exceptions: Array<[number, number]> = [];
  for (let i = from; i < to; i++) if (freqs[i] >= 255) exceptions.push([i - from, freqs[i]]);
  const buf = Buffer.alloc(8 + WORDS * 4 + count + exceptions.length * 8);
  buf.writeUInt32LE(count, 0);
  buf.writeUInt32LE(exceptions.length, 4);
  const base = chunk * CHUNK_ROWS;
  for (let i = from; i < to; i++) {
    const bit = rowids[i] - base;
    const at = 8 + (bit >>> 5) * 4;
    buf.writeUInt32LE((buf.readUInt32LE(at) | (1 << (bit & 31))) >>> 0, at);
    buf[8 + WORDS * 4 + i - from] = Math.min(255, freqs[i]);
  }
  let o = 8 + WORDS * 4 + count;
  for (const [rank, f] of exceptions) { buf.writeUInt32LE(rank, o); buf.writeUInt32LE(f, o + 4); o += 8; }
  return buf;
}

export function decodeDenseChunk(buf: Uint8Array, chunk: number): DenseChunk {
  const copy = new Uint8Array(buf);
  const view = new DataView(copy.buffer);
  const count = view.getUint32(0, true);
  const nExc = view.getUint32(4, true);
  const words = new Uint32Array(copy.buffer, 8, WORDS);
  let exceptions: Map<number, number> | null = null;
  if (nExc) {
    exceptions = new Map();
    for (let i = 0, o = 8 + WORDS * 4 + count; i < nExc; i++, o += 8) exceptions.set(view.getUint32(o, true), view.getUint32(o + 4, true));
  }
  return { base: chunk * CHUNK_ROWS, words, rankBefore: null, freqs: new Uint8Array(copy.buffer, 8 + WORDS * 4, count), exceptions };
}

/** First rowid >= from (within the chunk) holding the term, or -1. */
export function nextInChunk(c: DenseChunk, from: number): number {
  let bit = from - c.base;
  if (bit < 0) bit = 0;
  let w = bit >>> 5;
  if (w >= WORDS) return -1;
  let x = c.words[w] & (~0 << (bit & 31));
  while (x === 0) {
    if (++w === WORDS) return -1;
    x = c.words[w];
  }
  // Index of the lowest set bit: 31 - clz(x & -x).
  return c.base + w * 32 + (31 - Math.clz32(x & -x));
}

/** F of a rowid known to be in the chunk: its rank among the chunk's set bits indexes the F bytes. */
export function freqInChunk(c: DenseChunk, rowid: number): number {
  const bit = rowid - c.base;
  const w = bit >>> 5;
  const mask = (bit & 31) === 0 ? 0 : (0xffffffff >>> (32 - (bit & 31)));
  // Ranks are built on the first lookup: a chunk read only to OR its bitmap never needs them.
  const ranks = c.rankBefore ?? buildRanks(c);
  const rank = ranks[w] + popcount(c.words[w] & mask);
  const f = c.freqs[rank];
  return f === 255 && c.exceptions ? c.exceptions.get(rank) ?? f : f;
}

function buildRanks(c: DenseChunk): Uint16Array {
  const ranks = new Uint16Array(WORDS);
  let sum = 0;
  for (let w = 0; w < WORDS; w++) { ranks[w] = sum; sum += popcount(c.words[w]); }
  return (c.rankBefore = ranks);
}

/** Set bits of a 32-bit word (the classic SWAR count). */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
