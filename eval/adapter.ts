/**
 * ─── EVAL ADAPTER: the one place the evaluation touches the search code ───────────────────────
 *
 * `evalAdapter` turns a Paperboy database into the two functions the evaluation calls:
 *   runQuery(query, mode, k)  → arXiv ids, best first
 *   runSimilar(id, k)         → arXiv ids of the papers shown as similar (null: not available)
 * Everything else in eval/ is independent of how search is built. When the search service's
 * shape changes, this file is what to change.
 *
 * It prefers the search service in-process (src/search/open-search.ts, what `paperboy search`
 * uses), so thousands of queries cost no process start-ups. Semantic and hybrid modes are only
 * offered when a semantic index exists: the service falls back to words without one, and that
 * fallback must not be scored as "semantic". If the service cannot be loaded at all, lexical
 * search falls back to the store's own `search` method.
 * ───────────────────────────────────────────────────────────────────────────────────────────────
 */
import type { Paper } from '../src/core/paper.ts';
import type { SearchMode } from '../src/search/types.ts';

export interface EvalAdapter {
  /** What answers the queries, for the report. */
  readonly description: string;
  /** Modes that can be evaluated; the others are reported as not available. */
  readonly modes: readonly SearchMode[];
  runQuery(query: string, mode: SearchMode, k: number): Promise<string[]>;
  /** Null when similar papers cannot be computed (no vectors yet). */
  runSimilar(id: string, k: number): Promise<string[] | null>;
  close(): Promise<void>;
}

/** A paper's arXiv id, or its stable id for papers without one (those never match a judgment). */
const idOf = (p: Paper): string => p.arxivId ?? p.id;

/** The adapter over a database file. */
export async function evalAdapter(dbPath: string, log: (m: string) => void = () => {}): Promise<EvalAdapter> {
  const { SqliteStore } = await import('../src/db/sqlite/sqlite-store.ts');
  const store = new SqliteStore(dbPath);
  let service: Awaited<ReturnType<typeof loadService>> | null = null;
  try {
    service = await loadService(store);
  } catch (err) {
    log(`search service unavailable (${(err as Error).message}); lexical search uses store.search`);
  }

  if (!service) {
    return {
      description: 'store.search (SQLite FTS5, every word required)',
      modes: ['lexical'],
      runQuery: async (query, _mode, k) => (await store.search({ query, limit: k, offset: 0 })).items.map((h) => idOf(h.paper)),
      runSimilar: async () => null,
      close: () => store.close(),
    };
  }

  const { search, hasVectors } = service;
  if (!hasVectors) log('no semantic index in the database: semantic, hybrid and similar papers are not evaluated');
  return {
    description: `search service in-process (src/search/service.ts)${hasVectors ? '' : ', no semantic index'}`,
    modes: hasVectors ? ['lexical', 'semantic', 'hybrid'] : ['lexical'],
    async runQuery(query, mode, k) {
      const r = await search.search({ query, mode, sort: 'relevance', limit: k, offset: 0 });
      if (r.mode !== mode) throw new Error(`asked for a ${mode} search, the service answered ${r.mode}`);
      return r.items.map((h) => idOf(h.paper));
    },
    async runSimilar(id, k) {
      if (!hasVectors) return null;
      const r = await search.similar(id, { limit: k, sort: 'similarity' });
      return r.available ? r.items.map((h) => idOf(h.paper)) : null;
    },
    close: () => store.close(),
  };
}

/** The service over a store, and whether it has paper vectors to search by meaning. */
async function loadService(store: import('../src/db/store.ts').Store) {
  const { openSearch } = await import('../src/search/open-search.ts');
  const { service, semantic } = openSearch(store);
  const model = await semantic.ready();
  return { search: service, hasVectors: model !== null };
}
