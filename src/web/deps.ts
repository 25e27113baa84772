import type { Store } from '../db/store.ts';

/** What every route gets: the store and a few settings. Web processes keep no other state. */
export interface AppDeps {
  store: Store;
  /** Absolute base URL for feeds, canonical links and Open Graph tags, without trailing slash. */
  baseUrl: string;
  /** The clock (tests pin it). */
  now: () => Date;
  /** How long rendered pages are reused, in ms (PAPERBOY_PAGE_CACHE_MS); 0 turns it off. Default 5000. */
  pageCacheMs?: number;
}
