/**
 * Search latency on one database, run as a child process by bench/search-bench.ts so its memory
 * is its own: loads the semantic index, then times every query in every mode, and the plain FTS5
 * `ORDER BY bm25` query as the reference (SQLite only). Prints one JSON object.
 *   node --import tsx bench/search-latency.ts DB|postgres://URL [ROUNDS]
 */
import { performance } from 'node:perf_hooks';
import { SqliteStore } from '../src/db/sqlite/sqlite-store.ts';
import { isPostgresUrl, openStore } from '../src/db/open-store.ts';
import { toFtsMatch } from '../src/search/fts-query.ts';
import { createSearchService } from '../src/search/service.ts';
import { SemanticIndex } from '../src/search/semantic/semantic-index.ts';
import { graphCacheFor } from '../src/search/open-search.ts';
import type { SearchMode } from '../src/search/types.ts';
import { LEXICAL_QUERIES, TOPIC_QUERIES } from './search-queries.ts';

const [dbPath, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 5);
const store = isPostgresUrl(dbPath!) ? await openStore({ databaseUrl: dbPath!, sqlitePath: '' }) : new SqliteStore(dbPath!);
// The graph `paperboy index` saved (beside the SQLite file, or in PostgreSQL) is loaded, not rebuilt.
const semantic = new SemanticIndex(store, { endpoint: null, refreshMs: 3_600_000, graphs: graphCacheFor(store) });
let t = performance.now();
const loaded = await semantic.ready();
const loadSeconds = (performance.now() - t) / 1000;
const rssAfterLoadMb = process.memoryUsage().rss / 2 ** 20;
const service = createSearchService(store, semantic);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const summary = (xs: number[]) => ({ p50: pct(xs, 50), p95: pct(xs, 95), p99: pct(xs, 99), n: xs.length });

async function time(fn: (q: string) => Promise<unknown> | unknown, queries: string[]): Promise<number[]> {
  for (const q of queries) await fn(q); // warm: statement caches, pages in the OS cache
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      t = performance.now();
      await fn(q);
      out.push(performance.now() - t);
    }
  }
  return out;
}

const all = [...LEXICAL_QUERIES, ...TOPIC_QUERIES];
const modes: Record<string, unknown> = {};
for (const mode of ['lexical', 'semantic', 'hybrid'] as SearchMode[]) {
  modes[mode] = summary(await time((q) => service.search({ query: q, mode, sort: 'relevance', limit: 10, offset: 0 }), all));
}
const single = LEXICAL_QUERIES.slice(0, 10);
modes['lexical, single common words'] = summary(await time((q) => service.search({ query: q, mode: 'lexical', sort: 'relevance', limit: 10, offset: 0 }), single));
if (store instanceof SqliteStore) {
  const fts = store.db.prepare('SELECT rowid FROM papers_fts WHERE papers_fts MATCH ? ORDER BY bm25(papers_fts, 10.0, 4.0, 1.0) LIMIT 10');
  const plain = (q: string) => { const m = toFtsMatch(q, false); return m ? fts.all(m) : []; };
  modes['plain FTS5 ORDER BY bm25 (reference)'] = summary(await time(plain, LEXICAL_QUERIES));
  modes['plain FTS5, single common words'] = summary(await time(plain, single));
}

console.log(JSON.stringify({
  papers: await store.countPapers(), vectors: (await store.activeEmbeddingModel())?.vectors ?? 0,
  indexKind: loaded?.index.kind ?? 'none', loadSeconds, rssAfterLoadMb, peakRssMb: process.resourceUsage().maxRSS / 1024, modes,
}));
await store.close();
