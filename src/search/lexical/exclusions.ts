import type { Db } from '../../db/sqlite/open.ts';
import type { RankedId } from '../types.ts';
import type { MatchCount } from './impact-search.ts';

/**
 * `words -excluded`: FTS5 scores `(A) NOT "x"` exactly as A alone, since an excluded phrase never
 * occurs in a matching row and so adds idf * 0 to its score. The top k of the query is therefore
 * the top of A with the rows holding an excluded word taken out: ask the accelerator for a few more
 * than k, drop those rows (one FTS5 rowid lookup each, which seeks instead of scanning), and ask for
 * more only if too many fell out. Plain FTS5 would score every row matching A.
 *
 * The count is |A| - |A and (x1 or x2 ...)|, the second part by inclusion-exclusion over the
 * accelerator's own AND counts (each exact up to its intersection limit). Since |A and x| <= |x|,
 * |A| - (|x1| + |x2| ...) is a lower bound known from row counts alone: when it already passes what
 * the caller counts to (`enough`, the site's "1,000+"), no intersection is counted. Past three
 * excluded words, or when a part is only a lower bound, the count is that bound (or the rows seen).
 */
export interface ExclusionRun {
  /** Top `k` of the positive query, with `count` filled, or null when the accelerator cannot answer. */
  top(k: number, count: MatchCount): RankedId[] | null;
  /** Rows of the positive query that also hold every given excluded term, counted (k = 1 ranking). */
  countWith(excludedTokens: readonly string[]): MatchCount | null;
  /** Rows holding one term (an index row count, corrected by the delta). */
  rowsOf(token: string): number | null;
}

/** Rounds of widening before the caller hands the query to FTS5 (a query excluding most of its matches). */
const MAX_DEPTH = 4_000;
/** Inclusion-exclusion needs 2^m - 1 counts: enough for what people type. */
const MAX_COUNTED_EXCLUSIONS = 3;

export function createExclusionCheck(db: Db) {
  // CAST: better-sqlite3 binds a JS number as REAL, and FTS5 drops a rowid bound that is not an
  // INTEGER while telling SQLite it applied it, so `rowid = ?` would match every row.
  const holds = db.prepare('SELECT 1 FROM papers_fts WHERE papers_fts MATCH ? AND rowid = CAST(? AS INTEGER)').pluck();
  /** Whether the row holds any of the excluded words (as typed: FTS5 tokenizes them as in a NOT). */
  return (words: readonly string[]) => {
    const match = words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' OR ');
    return (rowid: number) => holds.get(match, rowid) !== undefined;
  };
}

export function searchExcluding(run: ExclusionRun, excludedTokens: readonly string[], excluded: (rowid: number) => boolean,
  k: number, count?: MatchCount, enough = Infinity): RankedId[] | null {
  let depth = k + 10;
  for (;;) {
    const positive: MatchCount = { rows: 0, atLeast: false };
    const top = run.top(depth, positive);
    if (!top) return null;
    const kept = top.filter((r) => !excluded(r.rowid));
    const exhausted = top.length < depth;
    if (kept.length >= k || exhausted) {
      if (count) Object.assign(count, exhausted ? { rows: kept.length, atLeast: false } : remaining(run, excludedTokens, positive, kept.length, enough));
      return kept.slice(0, k);
    }
    if (depth >= MAX_DEPTH) return null;
    // Widen by how many fell out so far, at least fourfold, so a heavy exclusion takes few rounds.
    depth = Math.min(MAX_DEPTH, Math.max(depth * 4, Math.ceil((depth * k) / Math.max(1, kept.length))));
  }
}

/** |A| minus the rows of A holding any excluded term, or a lower bound of it. */
function remaining(run: ExclusionRun, tokens: readonly string[], positive: MatchCount, seen: number, enough: number): MatchCount {
  let xs = 0;
  for (const t of tokens) xs += run.rowsOf(t) ?? Infinity;
  const atLeast = { rows: Math.max(seen, positive.rows - xs), atLeast: true };
  if (atLeast.rows > enough || positive.atLeast || tokens.length > MAX_COUNTED_EXCLUSIONS) return atLeast;
  let withAny = 0;
  for (let mask = 1; mask < 1 << tokens.length; mask++) {
    const subset = tokens.filter((_, i) => mask & (1 << i));
    const c = run.countWith(subset);
    if (!c || c.atLeast) return atLeast;
    withAny += subset.length % 2 === 1 ? c.rows : -c.rows;
  }
  return { rows: positive.rows - withAny, atLeast: false };
}
