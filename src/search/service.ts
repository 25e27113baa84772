import type { Store } from '../db/store.ts';
import { parseQuery } from './fts-query.ts';
import { reciprocalRankFusion } from './fusion.ts';
import { highlightTerms } from './highlight.ts';
import { sortByDateOrUpvotes } from './sort-hits.ts';
import { TITLE_COVERAGE_MIN, titleCoverage } from './title-coverage.ts';
import type { SemanticIndex } from './semantic/semantic-index.ts';
import { semanticCandidates } from './semantic-query.ts';
import { findSimilar, type SimilarOptions, type SimilarResult } from './similar.ts';
import type { RankedId, SearchFilters, SearchRequest, SearchResult } from './types.ts';

/**
 * How deep each ranking goes before fusion (and how far semantic results can be paged): RRF only
 * needs the heads of the lists, and 100 keeps a hybrid query to two cheap top-k lookups.
 */
export const CANDIDATES = 100;
/**
 * Hybrid fuses up to three rankings: papers with every word, titles with any of the words (BM25
 * ranks those with more and rarer words first, so a title remembered with a word changed is still
 * found; used only when the best such title covers half the query, see title-coverage.ts), and
 * papers close in meaning. Weights and k were measured on the relevance set (docs/RELEVANCE.md):
 * any-word title matching is the strongest single signal for known items, meaning for topic
 * descriptions; k = 10 (not the usual 60) lets a first place count for more.
 */
export const FUSION = { k: 10, weights: [1, 2, 1] };
/**
 * The every-word list joins the fusion this deep (or as deep as the page asked for). With k = 10 a
 * paper ranked past 30 there adds at most 1/41 to its fused score; on the relevance set depths 20,
 * 30 and 100 gave the same top 10 (MRR@10 0.947-0.948, topic nDCG@10 0.113), and a top 30 costs the
 * word index a third of a top 100 when two common words meet.
 */
export const EVERY_WORD_DEPTH = 30;
/** Semantic and hybrid results page no further than this. */
export const MAX_RANKED = 300;

export interface SearchService {
  search(req: SearchRequest): Promise<SearchResult>;
  similar(paperId: string, options: SimilarOptions): Promise<SimilarResult>;
  suggest(prefix: string, limit: number): Promise<Array<{ id: string; title: string }>>;
}

const filtersOf = (r: SearchRequest): SearchFilters => ({
  since: r.since, until: r.until, category: r.category, organization: r.organization, author: r.author, hasCode: r.hasCode,
});

/** Search by words, by meaning, or both fused; similar papers; suggestions. The one entry point for every edge. */
export function createSearchService(store: Store, semantic: SemanticIndex | null): SearchService {
  async function lexical(req: SearchRequest): Promise<SearchResult> {
    const page = await store.searchRowids({ ...filtersOf(req), query: req.query, sort: req.sort, limit: req.limit, offset: req.offset });
    const papers = await store.papersByRowids(page.items.map((i) => i.rowid));
    const score = new Map(page.items.map((i) => [i.rowid, i.score]));
    return {
      items: papers.map(({ rowid, paper }) => ({ paper, score: score.get(rowid) ?? 0 })),
      total: page.total, totalIsLowerBound: page.totalIsLowerBound, mode: 'lexical', highlightTerms: highlightTerms(req.query),
    };
  }

  async function search(req: SearchRequest): Promise<SearchResult> {
    const model = req.mode === 'lexical' ? null : semantic?.current() ?? null;
    // Until an index is built (or loaded), meaning-based modes answer by words and say so.
    if (!model) return lexical(req);
    const parsed = parseQuery(req.query);
    const depth = Math.min(MAX_RANKED, Math.max(CANDIDATES, req.offset + req.limit));
    const sem = await semanticCandidates(store, model, parsed, filtersOf(req), depth);
    let ranked: RankedId[] = sem;
    let total = sem.length;
    // A full list means the ranking stopped at its depth: more papers may be as close.
    let totalIsLowerBound = sem.length >= depth;
    if (req.mode === 'hybrid') {
      const lexical = { ...filtersOf(req), query: req.query, sort: 'relevance' as const, limit: depth, offset: 0 };
      const all = await store.searchRowids({ ...lexical, limit: Math.max(EVERY_WORD_DEPTH, req.offset + req.limit) });
      const titles = await store.searchRowids({ ...lexical, matchAny: true });
      const best = titles.items.length ? (await store.papersByRowids([titles.items[0]!.rowid]))[0]?.paper.title ?? '' : '';
      ranked = titleCoverage(req.query, best) >= TITLE_COVERAGE_MIN
        ? reciprocalRankFusion([all.items, titles.items, sem], FUSION)
        : reciprocalRankFusion([all.items, sem], { k: FUSION.k });
      // Any-word counts say little: count what was fused, a lower bound when a list was cut.
      total = ranked.length;
      totalIsLowerBound = all.total > depth || titles.total > depth || totalIsLowerBound;
    }
    const window = req.sort === 'relevance' ? ranked.slice(req.offset, req.offset + req.limit) : ranked;
    const score = new Map(window.map((r) => [r.rowid, r.score]));
    const loaded = await store.papersByRowids(window.map((r) => r.rowid));
    let hits = loaded.map(({ rowid, paper }) => ({ paper, score: score.get(rowid) ?? 0 }));
    if (req.sort !== 'relevance') hits = sortByDateOrUpvotes(hits, req.sort).slice(req.offset, req.offset + req.limit);
    return { items: hits, total, totalIsLowerBound, mode: req.mode, highlightTerms: highlightTerms(req.query) };
  }

  return {
    search,
    similar: (paperId, options) => findSimilar(store, semantic, paperId, options),
    suggest: (prefix, limit) => store.suggestTitles(prefix, limit),
  };
}
