import type { RankedId } from '../types.ts';

/**
 * The k best (rowid, score) pairs seen so far, as a binary min-heap on score: the root is the
 * k-th best, the threshold a candidate must beat. Equal scores keep the first one pushed. A rowid
 * already held is not added again (the searches visit each row once; this is a safety net).
 */
export class TopKHeap {
  private readonly scores: number[] = [];
  private readonly rowids: number[] = [];
  private readonly held = new Set<number>();

  constructor(readonly k: number) {}

  get size(): number {
    return this.scores.length;
  }

  /** The score to beat: the k-th best once k are held, -Infinity before. */
  threshold(): number {
    return this.scores.length < this.k ? -Infinity : this.scores[0];
  }

  push(rowid: number, score: number): void {
    const { scores, rowids } = this;
    if (this.k <= 0) return;
    if (scores.length < this.k) {
      if (this.held.has(rowid)) return;
      scores.push(score);
      rowids.push(rowid);
      this.held.add(rowid);
      this.up(scores.length - 1);
    } else if (score > scores[0]) {
      if (this.held.has(rowid)) return;
      this.held.delete(rowids[0]);
      scores[0] = score;
      rowids[0] = rowid;
      this.held.add(rowid);
      this.down(0);
    }
  }

  /** Best first; equal scores by ascending rowid. */
  sorted(): RankedId[] {
    return this.scores.map((score, i) => ({ rowid: this.rowids[i], score }))
      .sort((a, b) => b.score - a.score || a.rowid - b.rowid);
  }

  private swap(i: number, j: number): void {
    const { scores, rowids } = this;
    [scores[i], scores[j]] = [scores[j], scores[i]];
    [rowids[i], rowids[j]] = [rowids[j], rowids[i]];
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.scores[parent] <= this.scores[i]) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.scores.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.scores[l] < this.scores[m]) m = l;
      if (r < n && this.scores[r] < this.scores[m]) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}
