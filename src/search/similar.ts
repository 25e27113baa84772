import type { Paper } from '../core/paper.ts';
import type { Store } from '../db/store.ts';
import { PaperboyError } from '../errors.ts';
import { closeEnough } from './semantic-query.ts';
import { sortByDateOrUpvotes } from './sort-hits.ts';
import { sharedTerms } from './semantic/corpus-model.ts';
import { paperText } from './semantic/indexer.ts';
import type { SemanticIndex } from './semantic/semantic-index.ts';
import { dequantize } from './semantic/vector-codec.ts';

export type SimilarSort = 'similarity' | 'date' | 'upvotes';
export const SIMILAR_SORTS: readonly SimilarSort[] = ['similarity', 'date', 'upvotes'];

export interface SimilarOptions {
  limit: number;
  sort: SimilarSort;
}

/** Why a paper is listed: the words that weigh most in both papers, and the categories they share. */
export interface SimilarReason {
  terms: string[];
  categories: string[];
}

export interface SimilarItem {
  paper: Paper;
  /** Cosine similarity of the two papers' vectors, -1 to 1. */
  score: number;
  reason: SimilarReason;
}

export interface SimilarResult {
  paper: Paper;
  items: SimilarItem[];
  /** False until a search index is built: similarity needs paper vectors. */
  available: boolean;
}

/** Sorting by date or upvotes reorders the closest POOL papers, so "newest" still means "newest of the similar". */
export const POOL = 30;

/** Papers closest in meaning to one paper, each with its reason. */
export async function findSimilar(store: Store, semantic: SemanticIndex | null, paperId: string,
  options: SimilarOptions): Promise<SimilarResult> {
  const paper = await store.getPaper(paperId);
  const rowid = paper ? await store.paperRowid(paper.id) : null;
  if (!paper || rowid === null) throw new PaperboyError('paper_not_found', `no paper with id ${JSON.stringify(paperId.slice(0, 80))}`);
  const model = semantic?.current() ?? null;
  if (!model) return { paper, items: [], available: false };
  const stored = await store.paperVector(model.modelId, rowid);
  // A paper imported a moment ago may not have its vector yet: embed it on the spot.
  const vec = stored ? dequantize(stored, model.index.dim) : (await model.provider.embed([paperText(paper)]))[0]!;
  const hits = closeEnough(model.provider.name, model.index.search(vec, POOL + 1).filter((h) => h.rowid !== rowid)).slice(0, POOL);
  const loaded = await store.papersByRowids(hits.map((h) => h.rowid));
  const score = new Map(hits.map((h) => [h.rowid, h.score]));
  const text = paperText(paper);
  const cats = new Set(paper.categories);
  const items = loaded.map(({ rowid: r, paper: other }) => ({
    paper: other,
    score: score.get(r) ?? 0,
    reason: {
      terms: sharedTerms(model.corpus, text, paperText(other), 4),
      categories: other.categories.filter((c) => cats.has(c)),
    },
  }));
  sortByDateOrUpvotes(items, options.sort);
  return { paper, items: items.slice(0, options.limit), available: true };
}
