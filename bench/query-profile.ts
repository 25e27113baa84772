/**
 * Where a search percentile comes from: each benchmark query's own latency (median and worst of
 * ROUNDS, full service call, as search-latency.ts times it), slowest first, per mode. With 52
 * queries of 5 rounds, the p95 of search-latency.ts is about the third-slowest query's time.
 *   node --import tsx bench/query-profile.ts DB [lexical|semantic|hybrid] [ROUNDS]
 */
import { performance } from 'node:perf_hooks';
import { SqliteStore } from '../src/db/sqlite/sqlite-store.ts';
import { createSearchService } from '../src/search/service.ts';
import { SemanticIndex } from '../src/search/semantic/semantic-index.ts';
import { graphCacheFor } from '../src/search/open-search.ts';
import type { SearchMode } from '../src/search/types.ts';
import { LEXICAL_QUERIES, TOPIC_QUERIES } from './search-queries.ts';

const [dbPath, modeArg, roundsArg] = process.argv.slice(2);
const mode = (modeArg ?? 'lexical') as SearchMode;
const rounds = Number(roundsArg ?? 5);
const store = new SqliteStore(dbPath!);
const semantic = mode === 'lexical' ? null : new SemanticIndex(store, { endpoint: null, refreshMs: 3_600_000, graphs: graphCacheFor(store) });
await semantic?.ready();
const service = createSearchService(store, semantic);
const run = (q: string) => service.search({ query: q, mode, sort: 'relevance', limit: 10, offset: 0 });

const rows: Array<{ q: string; median: number; worst: number }> = [];
for (const q of [...LEXICAL_QUERIES, ...TOPIC_QUERIES]) {
  await run(q);
  const ms: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    await run(q);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  rows.push({ q, median: ms[ms.length >> 1]!, worst: ms[ms.length - 1]! });
}
rows.sort((a, b) => b.median - a.median);
for (const r of rows) console.log(`${r.median.toFixed(1).padStart(8)} ${r.worst.toFixed(1).padStart(8)}  ${r.q}`);
await store.close();
