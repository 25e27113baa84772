import { CHUNK_ROWS, CHUNK_SHIFT, freqInChunk, type DenseChunk } from './dense-chunk.ts';
import type { PostingCursor } from './posting-cursor.ts';

/**
 * Rows in [from, to] held by every one of several dense tiers, found a 32-row word at a time by
 * ANDing their bitmaps: for two common terms this replaces one probe per row of the rarer term
 * with one AND per 32 rows, and only rows in the intersection are visited, with their F per tier.
 */
export function intersectDense(cursors: readonly PostingCursor[], from: number, to: number,
  visit: (rowid: number, chunks: readonly DenseChunk[]) => void): void {
  const chunks: DenseChunk[] = [];
  for (let no = from >>> CHUNK_SHIFT; no <= to >>> CHUNK_SHIFT; no++) {
    chunks.length = 0;
    for (const cur of cursors) {
      const c = cur.chunkAt(no);
      if (!c) break;
      chunks.push(c);
    }
    if (chunks.length < cursors.length) continue;
    const base = no * CHUNK_ROWS;
    const lo = Math.max(from, base) - base;
    const hi = Math.min(to, base + CHUNK_ROWS - 1) - base;
    for (let w = lo >>> 5; w <= hi >>> 5; w++) {
      let x = -1;
      for (const c of chunks) x &= c.words[w];
      // Keep only bits inside [lo, hi] in the first and last words.
      if (w === lo >>> 5) x &= ~0 << (lo & 31);
      if (w === hi >>> 5) x &= 0xffffffff >>> (31 - (hi & 31));
      while (x !== 0) {
        const bit = 31 - Math.clz32(x & -x);
        x &= x - 1;
        visit(base + w * 32 + bit, chunks);
      }
    }
  }
}

/** F of a row in the i-th chunk of an intersection (a thin re-export for the caller's loop). */
export const freqIn = (chunks: readonly DenseChunk[], i: number, rowid: number): number => freqInChunk(chunks[i], rowid);
