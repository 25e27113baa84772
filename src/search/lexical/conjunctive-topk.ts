import { lengthNorm, SATURATION, saturate } from './bm25.ts';
import { freqIn, intersectDense } from './dense-intersect.ts';
import { END, PostingCursor } from './posting-cursor.ts';
import type { TopKHeap } from './top-k-heap.ts';

/**
 * One FTS5 phrase of the query restricted to one tier: a term's tier list, or for a prefix whose
 * terms were not merged, every list of every expansion (a row's weighted frequency for a prefix
 * phrase is the sum over its expansions: FTS5 counts every instance of any expansion).
 */
export interface Clause {
  idf: number;
  cursors: PostingCursor[];
  /** Postings in all cursors: the rarest clause leads. */
  size: number;
  /** The cursors never share a row (tiers of one list): bound by their largest block maximum. */
  disjoint?: boolean;
}

export interface TopKInput {
  clauses: Clause[];
  /** Shared across calls: the k best so far, whose k-th score is the bar to beat. */
  heap: TopKHeap;
  docLengths: Uint32Array;
  /** Current average row length (FTS5's, at query time). */
  avgdl: number;
  /** max(1, avgdl / build avgdl): how far stored block maxima may be below today's values. */
  drift: number;
  /** Rows whose indexed text changed since the build: scored elsewhere, skipped here. */
  skip: Set<number> | null;
  /** Bitmap of the rows holding every clause, when known: candidates outside it are dropped unprobed. */
  filter?: Int32Array | null;
}

export interface TopKStats { blocksRead: number; scored: number; tierRuns: number }

/** Float slack on bounds: sums of rounded products may land an ulp below the true bound. */
const SAFE = 1 + 1e-9;

/**
 * Exact top-k under AND semantics by document-at-a-time block-max pruning over rowid-sorted lists
 * (block-max AND, after Ding and Suel's Block-Max WAND, with shallow pointer moves), adding to a
 * shared heap.
 *
 * Bounds: a clause's current block bounds its contribution for every rowid up to the block's last
 * one (idf x block max x drift; a prefix clause of several expansions sums their maxima, capped at
 * idf x (k1 + 1), which no frequency part reaches). Whatever cannot beat the heap's k-th score is
 * skipped: whole lead blocks, single candidates before the other lists are probed, whole regions
 * when every clause is a bitmap tier. A row missing from any clause is no match (AND), so the
 * search ends as soon as one clause has no block left.
 */
export function conjunctiveTopK(input: TopKInput, stats: TopKStats): void {
  const { clauses, heap, docLengths, avgdl, drift, skip } = input;
  const filter = input.filter ?? null;
  const n = clauses.length;
  // Rarest first: it leads, and the others are checked in order of how likely they are to fail.
  const order = clauses.map((_, i) => i).sort((a, b) => clauses[a].size - clauses[b].size);
  const lead = clauses[order[0]];
  const leadIndex = order[0];
  const bound = new Float64Array(n);
  let scored = 0;
  // Largest F a row can have per clause (tiers of a term: the largest; prefix expansions: summed).
  // With the row's length, idf x saturate(maxF, norm) bounds the clause for that row exactly under
  // today's statistics, at the cost of a division.
  const maxF = clauses.map((c) => {
    const perEntry = new Map<unknown, number>();
    for (const cur of c.cursors) {
      const key = c.disjoint ? c : cur.entry;
      perEntry.set(key, Math.max(perEntry.get(key) ?? 0, cur.tierMaxFreq));
    }
    let f = 0;
    for (const v of perEntry.values()) f += v;
    return f;
  });

  /** Shallow-moves clause i to t; sets its bound; returns its region end, or -1 when it has no block left. */
  const shallow = (i: number, t: number): number => {
    const c = clauses[i];
    let sum = 0;
    let e = -1;
    let alive = false;
    let prevEntry: unknown = null;
    let entryMax = 0;
    for (const cur of c.cursors) {
      if (!cur.shallow(t)) continue;
      alive = true;
      if (!c.disjoint && cur.sparse) {
        // A rare expansion's block spans a wide range of rowids but holds few rows: its maximum
        // counts only where it has a row. Before its next row the region ends without it.
        const x = cur.next(t);
        if (x === END) continue;
        if (x > t) { if (e < 0 || x - 1 < e) e = x - 1; continue; }
        sum += cur.blockMax();
        e = t;
        continue;
      }
      // Tiers of one term never share a row: the largest of their maxima bounds them. Different
      // expansions of a prefix may share rows: their bounds add up.
      const m = cur.blockMax();
      if (c.disjoint || cur.entry === prevEntry) { if (m > entryMax) { sum += m - entryMax; entryMax = m; } }
      else { sum += m; entryMax = m; prevEntry = cur.entry; }
      const last = cur.blockEnd();
      if (e < 0 || last < e) e = last;
    }
    bound[i] = c.idf * Math.min(sum * drift, SATURATION);
    return alive ? Math.max(e, t) : -1;
  };
  const next = (c: Clause, t: number): number => {
    if (c.cursors.length === 1) return c.cursors[0].next(t);
    let d = END;
    for (const cur of c.cursors) { const x = cur.next(t); if (x < d) d = x; }
    return d;
  };
  const freqAt = (c: Clause, d: number): number => {
    if (c.cursors.length === 1) return c.cursors[0].freq;
    let f = 0;
    for (const cur of c.cursors) if (cur.doc === d) f += cur.freq;
    return f;
  };

  // All clauses dense: regions that survive the bound are intersected a bitmap word at a time.
  const dense = n > 1 && clauses.every((c) => c.cursors.length === 1 && c.cursors[0].dense);
  const denseCursors = dense ? clauses.map((c) => c.cursors[0]) : [];
  const visitDense = (d: number, chunks: readonly import('./dense-chunk.ts').DenseChunk[]): void => {
    if (skip !== null && skip.has(d)) return;
    const norm = lengthNorm(docLengths[d], avgdl);
    let b = 0;
    for (let i = 0; i < n; i++) b += clauses[i].idf * saturate(maxF[i], norm);
    if (b * SAFE <= heap.threshold()) return;
    let s = 0;
    for (let i = 0; i < n; i++) s += clauses[i].idf * saturate(freqIn(chunks, i, d), norm);
    scored++;
    heap.push(d, s);
  };

  if (dense) {
    // The region [t, regionEnd] keeps every cursor in the same block, so its bound holds until t
    // passes regionEnd; a region that can beat the threshold is intersected word by word.
    for (let t = 1; ;) {
      let ub = 0;
      let regionEnd = END;
      for (let i = 0; i < n; i++) {
        const e = shallow(i, t);
        if (e < 0) return finish();
        ub += bound[i];
        if (e < regionEnd) regionEnd = e;
      }
      if (ub * SAFE > heap.threshold()) intersectDense(denseCursors, t, regionEnd, visitDense);
      t = regionEnd + 1;
    }
  }

  // Bound of each non-lead clause over the whole run: idf x its largest tier maximum (expansions: the sum).
  let othersMax = 0;
  for (let i = 0; i < n; i++) {
    if (i === leadIndex) continue;
    // Per term the largest tier maximum; summed over the expansions of a prefix.
    const perEntry = new Map<unknown, number>();
    for (const cur of clauses[i].cursors) {
      const key = clauses[i].disjoint ? clauses[i] : cur.entry;
      perEntry.set(key, Math.max(perEntry.get(key) ?? 0, cur.tierMax));
    }
    let m = 0;
    for (const v of perEntry.values()) m += v;
    othersMax += clauses[i].idf * Math.min(m * drift, SATURATION);
  }
  // Lead-driven: bounds are only worth computing once there is a threshold to beat. Then the
  // lead's block maximum plus the others' run maxima skips whole lead blocks unread; a candidate
  // is bounded by its exact lead part plus the others' run maxima, then their block maxima at
  // the candidate, before any other list is probed.
  outer: for (let t = 1; ;) {
    const theta = heap.threshold();
    if (theta > -Infinity) {
      const e = shallow(leadIndex, t);
      if (e < 0) break;
      if ((bound[leadIndex] + othersMax) * SAFE <= theta) { t = e + 1; continue; }
    }
    const d = next(lead, t);
    if (d === END) break;
    t = d + 1;
    if (filter !== null && (filter[d >>> 5] & (1 << (d & 31))) === 0) continue;
    const norm = lengthNorm(docLengths[d], avgdl);
    if (theta > -Infinity) {
      const leadPart = lead.idf * saturate(freqAt(lead, d), norm);
      let ub = leadPart;
      for (let j = 1; j < n; j++) ub += clauses[order[j]].idf * saturate(maxF[order[j]], norm);
      if (Math.min(ub, leadPart + othersMax) * SAFE <= theta) continue;
      ub = leadPart;
      for (let j = 1; j < n; j++) {
        const e = shallow(order[j], d);
        if (e < 0) break outer;
        ub += Math.min(bound[order[j]], clauses[order[j]].idf * saturate(maxF[order[j]], norm));
      }
      if (ub * SAFE <= theta) continue;
    }
    for (let j = 1; j < n; j++) {
      const c = clauses[order[j]];
      // A dense tier answers membership with a bit test; others move to their next row >= d,
      // which lets the lead jump past rows they lack.
      if (c.cursors.length === 1 && c.cursors[0].dense) {
        if (!c.cursors[0].probe(d)) continue outer;
        continue;
      }
      if (c.cursors.length === 1) {
        const x = c.cursors[0].next(d);
        if (x !== d) { t = x; continue outer; }
        continue;
      }
      // Several lists: dense ones answer by a bit test, the others move to their next row >= d.
      let hit = false;
      let anyDense = false;
      let jump = END;
      for (const cur of c.cursors) {
        if (cur.dense) { anyDense = true; if (cur.probe(d)) hit = true; continue; }
        const x = cur.next(d);
        if (x === d) hit = true; else if (x < jump) jump = x;
      }
      if (!hit) { t = anyDense ? d + 1 : jump; continue outer; }
    }
    if (skip !== null && skip.has(d)) continue;
    // Summed in query order, as FTS5 does, so equal inputs give equal doubles.
    let s = 0;
    for (let i = 0; i < n; i++) s += clauses[i].idf * saturate(freqAt(clauses[i], d), norm);
    scored++;
    heap.push(d, s);
  }
  finish();

  function finish(): void {
    for (const c of clauses) for (const cur of c.cursors) stats.blocksRead += cur.blocksRead;
    stats.scored += scored;
  }
}
