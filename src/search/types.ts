import type { Paper } from '../core/paper.ts';

/** How a query is matched: by its words, by its meaning, or both fused (the default). */
export type SearchMode = 'lexical' | 'semantic' | 'hybrid';
export const SEARCH_MODES: readonly SearchMode[] = ['lexical', 'semantic', 'hybrid'];

export type SearchSort = 'relevance' | 'date' | 'upvotes';
export const SEARCH_SORTS: readonly SearchSort[] = ['relevance', 'date', 'upvotes'];

/** Narrowing that applies in every mode. Dates are inclusive YYYY-MM-DD bounds on publishedAt. */
export interface SearchFilters {
  since?: string;
  until?: string;
  category?: string;
  organization?: string;
  author?: string;
  /** Only papers with a code repository link. */
  hasCode?: boolean;
}

/** Whether any filter narrows the results (an unchecked has-code box or an empty field does not). */
export function hasFilters(f: SearchFilters): boolean {
  return Boolean(f.since || f.until || f.category || f.organization || f.author || f.hasCode);
}

export interface SearchRequest extends SearchFilters {
  query: string;
  mode: SearchMode;
  sort: SearchSort;
  limit: number;
  offset: number;
}

export interface SearchResultItem {
  paper: Paper;
  /** Higher is better; comparable only within one result list. */
  score: number;
}

export interface SearchResult {
  items: SearchResultItem[];
  /** Number of matches (lexical: exact up to a cap; semantic: the candidates considered). */
  total: number;
  /** True when `total` is a lower bound (the count stopped at its cap). */
  totalIsLowerBound: boolean;
  /** The mode that answered: semantic falls back to lexical while no vectors exist yet. */
  mode: SearchMode;
  /** Query words (as typed, lower-cased) for highlighting. */
  highlightTerms: string[];
}

/** A ranked id with its score, before papers are loaded. */
export interface RankedId {
  rowid: number;
  score: number;
}

/**
 * Turns texts into unit-length vectors. The built-in provider learns from the corpus; an operator
 * can configure an OpenAI-compatible /v1/embeddings endpoint instead.
 */
export interface EmbeddingProvider {
  /** Stable name stored beside the vectors, such as `corpus` or `openai:nomic-embed-text`. */
  readonly name: string;
  /** Vector length; known once the provider is ready (after training or a first call). */
  readonly dim: number;
  /** One unit-normalized vector per text, in order. An empty or unknown-word text gives a zero vector. */
  embed(texts: string[]): Promise<Float32Array[]>;
}
