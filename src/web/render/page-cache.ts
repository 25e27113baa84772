import type { Context } from 'hono';
import { Lru } from './lru.ts';

/**
 * A short-lived cache of rendered HTML pages (a "micro-cache", as nginx calls it), keyed by path
 * and query. The home page must serve well over a thousand requests a second; rendering it costs a
 * few milliseconds (two queries, fifty cards), a cache hit a few microseconds.
 *
 * Why a TTL and not invalidation: data changes when an import runs, often in another process,
 * which this one cannot observe cheaply. Pages already go out with max-age=60, so holding them
 * here for a few seconds promises nothing the Cache-Control header does not.
 */
export interface PageCacheOptions {
  /** How long a rendered page is served, in milliseconds. 0 turns the cache off. */
  ttlMs?: number;
  /** Pages kept at most (least recently used out first). */
  capacity?: number;
}

interface Entry { html: string; expires: number }

/** Pages larger than this are not kept, so a few huge pages cannot crowd out the rest. */
const MAX_PAGE_CHARS = 600_000;

export class PageCache {
  private readonly entries: Lru<string, Entry>;
  /** Renders in progress, so simultaneous misses of one page render it once. */
  private readonly inFlight = new Map<string, Promise<Response | void>>();
  private readonly ttlMs: number;

  constructor(o: PageCacheOptions = {}) {
    this.ttlMs = o.ttlMs ?? 5000;
    this.entries = new Lru(o.capacity ?? 300);
  }

  /** Drops every page (for code that changes data in this process and must be seen at once). */
  clear(): void {
    this.entries.clear();
  }

  /**
   * Wraps a page handler: a fresh cached 200 is replayed; otherwise the handler runs and a 200
   * HTML answer is kept. Redirects, errors (thrown) and non-HTML answers pass through untouched.
   */
  wrap<C extends Context>(handler: (c: C, next: () => Promise<void>) => Response | void | Promise<Response | void>) {
    return async (c: C, next: () => Promise<void>): Promise<Response | void> => {
      // A signed-in page shows one person's state (their menu, their upvotes): never shared.
      if (this.ttlMs <= 0 || c.get('auth')) return handler(c, next);
      const url = c.req.url;
      const key = url.slice(url.indexOf('/', url.indexOf('//') + 2));
      const hit = this.entries.get(key);
      if (hit && hit.expires > performance.now()) return c.html(hit.html);
      const pending = this.inFlight.get(key);
      if (pending) {
        // Whatever that render ends in, a page it cached is ours too; otherwise render here.
        await pending.catch(() => undefined);
        const shared = this.entries.get(key);
        if (shared) return c.html(shared.html);
      }
      const run = Promise.resolve(handler(c, next));
      this.inFlight.set(key, run);
      try {
        const res = await run;
        if (res instanceof Response && res.status === 200 && res.headers.get('Content-Type')?.startsWith('text/html')) {
          const html = await res.clone().text();
          if (html.length <= MAX_PAGE_CHARS) this.entries.set(key, { html, expires: performance.now() + this.ttlMs });
        }
        return res;
      } finally {
        this.inFlight.delete(key);
      }
    };
  }
}

const caches = new WeakMap<object, PageCache>();

/** The page cache of one app (keyed by its deps), made on first use. */
export function pageCacheFor(deps: { pageCacheMs?: number }, o?: PageCacheOptions): PageCache {
  let cache = caches.get(deps);
  if (!cache) {
    cache = new PageCache({ ttlMs: deps.pageCacheMs, ...o });
    caches.set(deps, cache);
  }
  return cache;
}
