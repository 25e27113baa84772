import { SATURATION } from './bm25.ts';
import { conjunctiveTopK, type Clause, type TopKStats } from './conjunctive-topk.ts';
import type { TermEntry, IndexReader } from './index-reader.ts';
import { PostingCursor } from './posting-cursor.ts';
import type { TopKHeap } from './top-k-heap.ts';

/** A query phrase as stored lists: one entry (a term or a merged prefix range) or several (unmerged expansions). */
export interface PhraseLists {
  idf: number;
  entries: TermEntry[];
}

interface TierChoice { max: number; size: number; cursors: () => PostingCursor[] }

const SAFE = 1 + 1e-9;

/**
 * Exact top-k over tiered lists. Every matching row lies in exactly one tier of each phrase, so
 * the matches split into disjoint tier combinations, each bounded by the sum over phrases of
 * idf x tier maximum (x drift, capped at idf x (k1+1)). Combinations are taken best bound first;
 * once the best one left cannot beat the k-th best score, neither can any other, and the search
 * stops. Combinations sharing their smallest tier run together, as one block-max AND search in
 * which the other phrases are unions of their tiers: the small tier leads once instead of once per
 * combination (with three terms of three tiers each, nine times). Every combination the union
 * covers is marked done, so no row is visited twice.
 */
export function tieredTopK(index: IndexReader, phrases: PhraseLists[], heap: TopKHeap,
  ctx: { docLengths: Uint32Array; avgdl: number; drift: number; skip: Set<number> | null; filter: Int32Array | null }, stats: TopKStats): void {
  const choices = phrases.map((p) => tierChoices(index, p));
  const combos: Array<{ bound: number; pick: number[]; done: boolean }> = [];
  const walk = (i: number, pick: number[], bound: number): void => {
    if (i === phrases.length) { combos.push({ bound, pick: [...pick], done: false }); return; }
    choices[i].forEach((c, t) => {
      pick.push(t);
      walk(i + 1, pick, bound + phrases[i].idf * Math.min(c.max * ctx.drift, SATURATION));
      pick.pop();
    });
  };
  walk(0, [], 0);
  combos.sort((a, b) => b.bound - a.bound);
  for (const combo of combos) {
    if (combo.done) continue;
    if (combo.bound * SAFE <= heap.threshold()) break;
    let lead = 0;
    phrases.forEach((_, i) => { if (choices[i][combo.pick[i]].size < choices[lead][combo.pick[lead]].size) lead = i; });
    const unions = combo.pick.map((t) => new Set([t]));
    // Until the heap is full there is no threshold to choose a group by: run the combination alone
    // (the best bounds come first, so a threshold forms quickly), then group. A combination joins
    // only if the product of the unions then holds no combination already run: each row once.
    const theta = heap.threshold();
    if (theta > -Infinity) {
      for (const c of combos) {
        if (c.done || c.pick[lead] !== combo.pick[lead] || c.bound * SAFE <= theta) continue;
        const added = c.pick.map((t, i) => !unions[i].has(t) && (unions[i].add(t), true));
        if (combos.some((d) => d.done && d.pick.every((t, i) => unions[i].has(t)))) {
          added.forEach((a, i) => { if (a) unions[i].delete(c.pick[i]); });
        }
      }
    }
    for (const c of combos) if (c.pick.every((t, i) => unions[i].has(t))) c.done = true;
    const clauses: Clause[] = phrases.map((p, i) => {
      const picked = [...unions[i]].map((t) => choices[i][t]);
      return {
        idf: p.idf,
        cursors: picked.flatMap((c) => c.cursors()),
        size: picked.reduce((n, c) => n + c.size, 0),
        // Tiers of one list never share a row: a row's bound is the largest of theirs, not the sum.
        disjoint: p.entries.length === 1,
      };
    });
    conjunctiveTopK({ clauses, heap, ...ctx }, stats);
    stats.tierRuns++;
  }
}

/**
 * A phrase's tier choices: one per tier of a single list; for unmerged expansions a single choice
 * holding every tier of every expansion (their sum of maxima is the only bound they give).
 */
function tierChoices(index: IndexReader, p: PhraseLists): TierChoice[] {
  if (p.entries.length === 1) {
    const e = p.entries[0];
    return e.tiers.filter((t) => t.count > 0).map((t) => ({
      max: t.max, size: t.count, cursors: () => [new PostingCursor(index, e, e.tiers.indexOf(t))],
    }));
  }
  let max = 0;
  let size = 0;
  for (const e of p.entries) { max += e.tiers[0]?.max ?? 0; size += e.df; }
  return [{
    max, size,
    cursors: () => p.entries.flatMap((e) => e.tiers.map((_, t) => new PostingCursor(index, e, t))),
  }];
}
