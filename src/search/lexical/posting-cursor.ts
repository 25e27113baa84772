import type { TierSkip } from './block-codec.ts';
import { CHUNK_SHIFT, freqInChunk, nextInChunk, type DenseChunk } from './dense-chunk.ts';
import type { IndexReader, TermEntry } from './index-reader.ts';

const EMPTY = new Uint32Array(0);

/** Past the last rowid: what an exhausted cursor reports. */
export const END = Number.MAX_SAFE_INTEGER;

/**
 * Walks one tier of a term (a rowid-sorted list) block by block. Two kinds of move:
 * - shallow(target): moves only the block pointer, to the block that would hold `target`, using
 *   the skip data (no read, no decoding), so a caller can bound scores before paying for a block;
 * - next(target): decodes that block (one SQLite row) and moves to the first posting >= target.
 * A dense tier has the same skip data, but its postings are bitmap chunks: next() is a bit scan.
 */
export class PostingCursor {
  /** Current rowid after next(); END when exhausted. */
  doc = 0;
  /** Weighted frequency F of the current posting. */
  freq = 0;
  blocksRead = 0;
  private block = 0;
  private decoded = -1;
  private pos = 0;
  private rowids: Uint32Array = EMPTY;
  private freqs: Uint32Array = EMPTY;
  private readonly nBlocks: number;
  private readonly skip: TierSkip;
  private chunk: DenseChunk | null = null;
  private chunkNo = -1;

  constructor(private readonly index: IndexReader, readonly entry: TermEntry, readonly tier: number) {
    this.skip = entry.tiers[tier];
    this.nBlocks = this.skip.lastRowid.length;
  }

  /** Moves the block pointer to the first block whose last rowid is >= target; false if none. */
  shallow(target: number): boolean {
    const last = this.skip.lastRowid;
    let b = this.block;
    if (b < this.nBlocks && last[b] < target) {
      // Gallop then binary search: targets usually land in the same or a nearby block.
      let step = 1;
      let hi = b + 1;
      while (hi < this.nBlocks && last[hi] < target) { b = hi; step *= 2; hi = b + step; }
      hi = Math.min(hi, this.nBlocks);
      let lo = b + 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (last[mid] < target) lo = mid + 1; else hi = mid;
      }
      b = lo;
    }
    this.block = b;
    return b < this.nBlocks;
  }

  /** Upper bound of the frequency part of any posting in the current block (build-time average length). */
  blockMax(): number {
    return this.skip.maxPart[this.block];
  }

  /** Last rowid of the current block: the shallow bound holds up to here. */
  blockEnd(): number {
    return this.skip.lastRowid[this.block];
  }

  /** A list of a few blocks at most: cheaper to decode than to bound by its block maxima. */
  get sparse(): boolean {
    return this.nBlocks <= 4 && !this.skip.dense;
  }

  /** Largest weighted frequency F in the whole tier. */
  get tierMaxFreq(): number {
    return this.skip.maxFreq;
  }

  /** Largest frequency part in the whole tier. */
  get tierMax(): number {
    return this.skip.max;
  }

  /** True when the tier is stored as bitmap chunks. */
  get dense(): boolean {
    return this.skip.dense;
  }

  /** Chunk `no` of a dense tier (the cursor keeps the last one), or null where the tier has no rows. */
  chunkAt(no: number): DenseChunk | null {
    if (no !== this.chunkNo) {
      this.chunk = this.index.chunk(this.entry, this.tier, no);
      this.chunkNo = no;
      this.blocksRead++;
    }
    return this.chunk;
  }

  /**
   * Dense tiers only: whether `rowid` holds the term, by one bit test. On a hit the cursor sits on
   * it (doc and freq set); on a miss it stays where it was. Cheaper than next() when the caller
   * only needs membership, as an AND does for each candidate of a rarer term.
   */
  probe(rowid: number): boolean {
    const c = this.chunkAt(rowid >>> CHUNK_SHIFT);
    if (c === null) return false;
    const bit = rowid - c.base;
    if ((c.words[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
    this.freq = freqInChunk(c, rowid);
    this.doc = rowid;
    return true;
  }

  /** Moves to the first posting with rowid >= target (decoding its block) and returns its rowid. */
  next(target: number): number {
    if (target <= this.doc && this.doc !== 0) return this.doc;
    if (!this.shallow(target)) return (this.doc = END);
    if (this.skip.dense) return this.nextDense(target);
    if (this.decoded !== this.block) this.load();
    const { rowids } = this;
    let p = this.pos;
    while (rowids[p] < target) p++;
    this.pos = p;
    this.freq = this.freqs[p];
    return (this.doc = rowids[p]);
  }

  /** Bit scan from target, chunk by chunk (shallow() already proved a row >= target exists). */
  private nextDense(target: number): number {
    for (let no = target >>> CHUNK_SHIFT; ; no++) {
      const chunk = this.chunkAt(no);
      const d = chunk ? nextInChunk(chunk, target) : -1;
      if (d >= 0) {
        this.freq = freqInChunk(chunk!, d);
        return (this.doc = d);
      }
    }
  }

  private load(): void {
    const block = this.index.block(this.entry, this.tier, this.block);
    this.rowids = block.rowids;
    this.freqs = block.freqs;
    this.decoded = this.block;
    this.pos = 0;
    this.blocksRead++;
  }
}
