import type { Db } from '../../db/sqlite/open.ts';
import type { ParsedQuery } from '../fts-query.ts';
import type { RankedId } from '../types.ts';
import { buildImpactIndex, type BuildProgress, type BuildSummary } from './impact-build.ts';
import { topK, type TopKOptions } from './impact-search.ts';
import { createQueryTokenizer, type QueryTokenizer } from './query-tokens.ts';
import { createExclusionCheck, searchExcluding } from './exclusions.ts';
import { readMeta } from './schema.ts';

/**
 * The lexical accelerator: a derived index that answers relevance-sorted lexical queries with
 * FTS5's exact bm25(papers_fts, 10, 4, 1) ranking without scoring every match. `search` returns
 * null whenever it cannot answer exactly (quoted phrases, words FTS5 splits into several tokens, no
 * index yet, a prefix with too many expansions, too many papers changed since the build, an
 * exclusion that removes nearly every match): the caller then runs plain FTS5.
 */
export interface LexicalAccelerator {
  /** Builds (or rebuilds) the index from papers_fts and swaps it in atomically. */
  build(onProgress?: (p: BuildProgress) => void): Promise<BuildSummary>;
  isBuilt(): boolean;
  /** Top k of a parsed query (as typed: the last bare word is a prefix), or null to fall back. */
  search(match: ParsedQuery, k: number, opts?: SearchOptions): RankedId[] | null;
}

export interface SearchOptions extends Pick<TopKOptions, 'stats' | 'smallIntersection' | 'count'> {
  prefixLast?: boolean;
  /** Counting past this many matches may stop, the count flagged as a lower bound (the site shows "1,000+"). */
  countEnough?: number;
}

export function createLexicalAccelerator(db: Db): LexicalAccelerator {
  let tokenizer: QueryTokenizer | null = null;
  // One build at a time per accelerator: a second call joins the running one (two builds would
  // write the same `_next` tables). Builds from other processes are not coordinated.
  let building: Promise<BuildSummary> | null = null;
  let exclusionCheck: ReturnType<typeof createExclusionCheck> | null = null;
  return {
    build(onProgress) {
      building ??= buildImpactIndex(db, onProgress).finally(() => { building = null; });
      return building;
    },
    isBuilt: () => readMeta(db) !== null,
    search(match, k, opts = {}) {
      if (match.phrases.length > 0 || match.terms.length === 0) return null;
      // Before any index exists, refuse without creating the tokenizer's temporary tables.
      if (!tokenizer && readMeta(db) === null) return null;
      tokenizer ??= createQueryTokenizer(db);
      const tokens = tokenizer.tokenize(match.terms);
      const excludedTokens = tokenizer.tokenize(match.excluded);
      // A word FTS5 splits into several tokens is a phrase to FTS5: positions matter, not ours to answer.
      if (tokens.some((t) => t.length !== 1) || excludedTokens.some((t) => t.length !== 1)) return null;
      // toFtsMatch makes the last bare word a prefix only when it has a letter ("gpt 4" stays exact).
      const last = match.terms[match.terms.length - 1];
      const prefixLast = (opts.prefixLast ?? true) && /\p{L}/u.test(last);
      const terms = tokens.map((t) => t[0]);
      const base = { prefixLast, stats: opts.stats, smallIntersection: opts.smallIntersection };
      if (excludedTokens.length === 0) return topK(db, terms, k, { ...base, count: opts.count });
      const excluded = [...new Set(excludedTokens.map((t) => t[0]))];
      // Excluding a word every match must hold leaves nothing (the prefix term may match other words).
      if (excluded.some((x) => terms.some((t, i) => t === x && !(prefixLast && i === terms.length - 1)))) {
        if (opts.count) Object.assign(opts.count, { rows: 0, atLeast: false });
        return [];
      }
      exclusionCheck ??= createExclusionCheck(db);
      return searchExcluding({
        top: (depth, count) => topK(db, terms, depth, { ...base, count }),
        // Excluded terms go first: the prefix, if any, stays the last term.
        countWith: (xs) => {
          const count = { rows: 0, atLeast: false };
          return topK(db, [...xs, ...terms], 1, { ...base, count }) ? count : null;
        },
        rowsOf: (x) => {
          const count = { rows: 0, atLeast: false };
          return topK(db, [x], 1, { count }) ? count.rows : null;
        },
      }, excluded, exclusionCheck(match.excluded), k, opts.count, opts.countEnough);
    },
  };
}
