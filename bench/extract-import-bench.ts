/**
 * Import of one snapshot file into a fresh SQLite file with extraction off, synchronous (main thread
 * only) or pipelined (worker thread), for docs/RESULTS.md. One mode per process, so runs can alternate:
 *   node --import tsx bench/extract-import-bench.ts off|sync|pipelined FILE DB [WORKER_MIN_PAPERS]
 * Prints one JSON line: process CPU (all threads), wall time, papers and claims stored.
 */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { importFile } from '../src/importers/runner.ts';
import { SqliteStore } from '../src/db/sqlite/sqlite-store.ts';

const [mode, file, db, min] = process.argv.slice(2);
if (!['off', 'sync', 'pipelined'].includes(mode ?? '') || !file || !db) {
  console.error('usage: extract-import-bench.ts off|sync|pipelined FILE DB');
  process.exit(2);
}
for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
const store = new SqliteStore(db);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const result = await importFile(store, file, {
  format: 'arxiv-snapshot', listingDate: '2025-01-01',
  extractResults: mode !== 'off',
  extraction: mode === 'sync' ? { workerMinPapers: Number.POSITIVE_INFINITY } : min ? { workerMinPapers: Number(min) } : {},
});
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const stats = await store.results.stats();
await store.close();
console.log(JSON.stringify({
  mode, read: result.counts.read, inserted: result.counts.inserted, claims: stats.claims, extracted: stats.papersExtracted,
  cpuS: +((cpu.user + cpu.system) / 1e6).toFixed(2), wallS: +(wall / 1000).toFixed(2),
}));
