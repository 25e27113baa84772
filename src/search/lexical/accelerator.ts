import type { Db } from '../../db/sqlite/open.ts';
import type { ParsedQuery } from '../fts-query.ts';
import type { RankedId } from '../types.ts';
import { buildImpactIndex, type BuildProgress, type BuildSummary } from './impact-build.ts';
import { topK, type TopKOptions } from './impact-search.ts';
import { createQueryTokenizer, type QueryTokenizer } from './query-tokens.ts';
import { readMeta } from './schema.ts';

/**
 * The lexical accelerator: a derived index that answers relevance-sorted lexical queries with
 * FTS5's exact bm25(papers_fts, 10, 4, 1) ranking without scoring every match. `search` returns
 * null whenever it cannot answer exactly (phrases, exclusions, no index yet, a prefix with too
 * many expansions, too many papers changed since the build): the caller then runs plain FTS5.
 */
export interface LexicalAccelerator {
  /** Builds (or rebuilds) the index from papers_fts and swaps it in atomically. */
  build(onProgress?: (p: BuildProgress) => void): Promise<BuildSummary>;
  isBuilt(): boolean;
  /** Top k of a parsed query (as typed: the last bare word is a prefix), or null to fall back. */
  search(match: ParsedQuery, k: number, opts?: { prefixLast?: boolean } & Pick<TopKOptions, 'stats' | 'smallIntersection' | 'count'>): RankedId[] | null;
}

export function createLexicalAccelerator(db: Db): LexicalAccelerator {
  let tokenizer: QueryTokenizer | null = null;
  // One build at a time per accelerator: a second call joins the running one (two builds would
  // write the same `_next` tables). Builds from other processes are not coordinated.
  let building: Promise<BuildSummary> | null = null;
  return {
    build(onProgress) {
      building ??= buildImpactIndex(db, onProgress).finally(() => { building = null; });
      return building;
    },
    isBuilt: () => readMeta(db) !== null,
    search(match, k, opts = {}) {
      if (match.phrases.length > 0 || match.excluded.length > 0 || match.terms.length === 0) return null;
      // Before any index exists, refuse without creating the tokenizer's temporary tables.
      if (!tokenizer && readMeta(db) === null) return null;
      tokenizer ??= createQueryTokenizer(db);
      const tokens = tokenizer.tokenize(match.terms);
      // A word FTS5 splits into several tokens is a phrase to FTS5: positions matter, not ours to answer.
      if (tokens.some((t) => t.length !== 1)) return null;
      // toFtsMatch makes the last bare word a prefix only when it has a letter ("gpt 4" stays exact).
      const last = match.terms[match.terms.length - 1];
      const prefixLast = (opts.prefixLast ?? true) && /\p{L}/u.test(last);
      return topK(db, tokens.map((t) => t[0]), k, { prefixLast, stats: opts.stats, smallIntersection: opts.smallIntersection, count: opts.count });
    },
  };
}
