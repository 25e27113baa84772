/**
 * Byte layouts of the lexical accelerator's postings, kept together so writer and reader agree.
 *
 * A term's postings are sorted by rowid and cut into blocks of BLOCK_SIZE. Each block is one blob:
 *   varint count, then count rowid gaps (from the previous block's last rowid, 0 for the first),
 *   then count weighted frequencies F (10 tf_title + 4 tf_authors + tf_abstract), all LEB128 varints.
 * Gaps of a common term are one byte and F is almost always one byte, so a posting costs about
 * two bytes; random rowids would cost four.
 *
 * A common term's postings are first split into tiers (tiers.ts) by frequency part
 * F (k1+1) / (F + norm) at the build's average length, each tier its own rowid-sorted list. The term's skip blob holds, per tier and per block, the block's last rowid and its largest
 * frequency part (rounded up so it stays an upper bound); the query reads it whole and skips
 * blocks, and whole tiers, without decoding them.
 */

/** Postings per block: small enough for tight block maxima, large enough that a block read pays off. */
export const BLOCK_SIZE = 128;

/** Appends `v` (a non-negative integer below 2^53) as a LEB128 varint. */
export function putVarint(out: number[], v: number): void {
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** Encodes one block; `base` is the last rowid of the previous block (0 for the first). */
export function encodeBlock(rowids: ArrayLike<number>, freqs: ArrayLike<number>, from: number, to: number, base: number): Buffer {
  const out: number[] = [];
  putVarint(out, to - from);
  let prev = base;
  for (let i = from; i < to; i++) { putVarint(out, rowids[i] - prev); prev = rowids[i]; }
  for (let i = from; i < to; i++) putVarint(out, freqs[i]);
  return Buffer.from(out);
}

/**
 * Decodes a block into the caller's arrays and returns the number of postings. Rowids fit 32 bits
 * (the build refuses larger ones). The varint loop is written out: a helper closure per call cost
 * more than the decoding itself.
 */
export function decodeBlock(buf: Uint8Array, base: number, rowids: Uint32Array, freqs: Uint32Array): number {
  let p = 0;
  let n = 0;
  for (let shift = 1, byte = 0x80; byte & 0x80; shift *= 0x80) { byte = buf[p++]; n += (byte & 0x7f) * shift; }
  let prev = base;
  for (let i = 0; i < n; i++) {
    let byte = buf[p++];
    let v = byte & 0x7f;
    for (let shift = 0x80; byte & 0x80; shift *= 0x80) { byte = buf[p++]; v += (byte & 0x7f) * shift; }
    prev += v;
    rowids[i] = prev;
  }
  for (let i = 0; i < n; i++) {
    let byte = buf[p++];
    let v = byte & 0x7f;
    for (let shift = 0x80; byte & 0x80; shift *= 0x80) { byte = buf[p++]; v += (byte & 0x7f) * shift; }
    freqs[i] = v;
  }
  return n;
}

/** Skip data of one posting list: per block, its last rowid and an upper bound of its frequency parts. */
export interface SkipData {
  lastRowid: Uint32Array;
  maxPart: Float32Array;
}

/** One tier of a term: a rowid-sorted list holding the postings whose frequency part is in its band. */
export interface TierSkip extends SkipData {
  /** Postings in the tier. */
  count: number;
  /** Largest frequency part in the tier (rounded up): bounds the whole tier. */
  max: number;
  /** Stored as bitmap chunks (dense-chunk.ts) rather than blocks; the skip data is the same. */
  dense: boolean;
  /**
   * Largest weighted frequency F in the tier. With a row's length known, saturate(maxFreq, norm)
   * bounds that row's part under today's statistics: a per-row bound that costs no read.
   */
  maxFreq: number;
}

/** Rounds up to the next float32, so a stored maximum is never below the true one. */
export function float32Above(x: number): number {
  const f = Math.fround(x);
  if (f >= x) return f;
  const a = new Float32Array([f]);
  new Uint32Array(a.buffer)[0] += 1;
  return a[0];
}

/**
 * A term's skip blob: u32 tier count; per tier u32 block count, u32 posting count, f32 max,
 * u32 flags (bit 0: dense; bits 8-31: largest F, capped at 2^24 - 1); then per tier its block
 * last rowids (u32) and block maxima (f32).
 * Little-endian throughout.
 */
const HEAD = 16;
export function encodeTiers(tiers: Array<{ count: number; lastRowid: number[]; maxPart: number[]; dense: boolean; maxFreq: number }>): Buffer {
  const blocks = tiers.reduce((n, t) => n + t.lastRowid.length, 0);
  const buf = Buffer.alloc(4 + tiers.length * HEAD + blocks * 8);
  buf.writeUInt32LE(tiers.length, 0);
  let o = 4 + tiers.length * HEAD;
  tiers.forEach((t, i) => {
    const nb = t.lastRowid.length;
    buf.writeUInt32LE(nb, 4 + i * HEAD);
    buf.writeUInt32LE(t.count, 8 + i * HEAD);
    buf.writeFloatLE(float32Above(t.maxPart.reduce((a, b) => Math.max(a, b), 0)), 12 + i * HEAD);
    // A capped F still bounds: saturate() grows with F, and the cap is far above any real F.
    buf.writeUInt32LE(((Math.min(t.maxFreq, 0xffffff) << 8) >>> 0) + (t.dense ? 1 : 0), 16 + i * HEAD);
    for (let b = 0; b < nb; b++) buf.writeUInt32LE(t.lastRowid[b], o + b * 4);
    o += nb * 4;
    for (let b = 0; b < nb; b++) buf.writeFloatLE(float32Above(t.maxPart[b]), o + b * 4);
    o += nb * 4;
  });
  return buf;
}

export function decodeTiers(buf: Uint8Array): TierSkip[] {
  // Copy into fresh, aligned memory: a blob's bytes may start at any offset.
  const copy = new Uint8Array(buf);
  const view = new DataView(copy.buffer);
  const n = view.getUint32(0, true);
  const tiers: TierSkip[] = [];
  let o = 4 + n * HEAD;
  for (let i = 0; i < n; i++) {
    const nb = view.getUint32(4 + i * HEAD, true);
    tiers.push({
      count: view.getUint32(8 + i * HEAD, true),
      max: view.getFloat32(12 + i * HEAD, true),
      dense: (view.getUint32(16 + i * HEAD, true) & 1) === 1,
      maxFreq: view.getUint32(16 + i * HEAD, true) >>> 8,
      lastRowid: new Uint32Array(copy.buffer, o, nb),
      maxPart: new Float32Array(copy.buffer, o + nb * 4, nb),
    });
    o += nb * 8;
  }
  return tiers;
}
