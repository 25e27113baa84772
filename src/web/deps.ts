import type { MiddlewareHandler } from 'hono';
import type { Store } from '../db/store.ts';
import type { Mailer } from '../mail/types.ts';
import type { SemanticIndex } from '../search/semantic/semantic-index.ts';
import type { SearchService } from '../search/service.ts';

/**
 * What every route gets: the store, the search service over it and a few settings. Web processes
 * keep no other state (the semantic index is a cache of the database, refreshed on its own).
 */
export interface AppDeps {
  store: Store;
  /** Search by words and meaning, similar papers and suggestions (src/search/service.ts). */
  search: SearchService;
  /** The in-memory vector cache behind `search`, when this process owns one (to warm it at start). */
  semantic?: SemanticIndex;
  /** Absolute base URL for feeds, canonical links and Open Graph tags, without trailing slash. */
  baseUrl: string;
  /** The clock (tests pin it). */
  now: () => Date;
  /** How long rendered pages are reused, in ms (PAPERBOY_PAGE_CACHE_MS); 0 turns it off. Default 5000. */
  pageCacheMs?: number;
  /** Sends mail (digest confirmations); the server log when absent. */
  mailer?: Mailer;
  /** Guards admin pages (the digest preview); loopback-only until accounts land. */
  requireAdmin?: MiddlewareHandler;
  /** PAPERBOY_SECRET when set (links are otherwise signed with the secret kept in the database). */
  linkSecret?: string;
  /** The arXiv API that paper submissions fetch from (PAPERBOY_ARXIV_API_URL unless given, as tests do). */
  arxivApiUrl?: string;
}

/** What createApp takes: the deps, where search may be left out to be opened over the store. */
export type AppInput = Omit<AppDeps, 'search'> & { search?: SearchService };
