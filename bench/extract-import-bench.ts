/**
 * Import of one snapshot file into a fresh SQLite file with extraction off, inline (each batch
 * extracted after its upsert, as small imports do) or two-phase (the default for bulk imports: the
 * papers are extracted after the last batch), for docs/RESULTS.md. One mode per process, so runs
 * can alternate:
 *   node --import tsx bench/extract-import-bench.ts off|inline|two-phase FILE DB
 * Prints one JSON line: process CPU, wall time (and that of the second phase), papers and claims stored.
 * (The worker-thread pipeline this replaced was measured as mode `pipelined` at commit cff688b.)
 */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { importFile } from '../src/importers/runner.ts';
import { SqliteStore } from '../src/db/sqlite/sqlite-store.ts';

const [mode, file, db] = process.argv.slice(2);
if (!['off', 'inline', 'two-phase'].includes(mode ?? '') || !file || !db) {
  console.error('usage: extract-import-bench.ts off|inline|two-phase FILE DB');
  process.exit(2);
}
for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
const store = new SqliteStore(db);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let phaseStart: number | null = null;
const result = await importFile(store, file, {
  format: 'arxiv-snapshot', listingDate: '2025-01-01',
  extractResults: mode !== 'off',
  extraction: {
    bulkMinPapers: mode === 'inline' ? Number.POSITIVE_INFINITY : undefined,
    onStored: (b) => { if (b.secondPhase) phaseStart ??= performance.now(); },
  },
});
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const stats = await store.results.stats();
await store.close();
console.log(JSON.stringify({
  mode, read: result.counts.read, inserted: result.counts.inserted, claims: stats.claims, extracted: stats.papersExtracted,
  cpuS: +((cpu.user + cpu.system) / 1e6).toFixed(2), wallS: +(wall / 1000).toFixed(2),
  // From the first chunk stored, so it leaves out that chunk's extraction: a lower bound.
  ...(phaseStart === null ? {} : { secondPhaseWallS: +((performance.now() - phaseStart) / 1000).toFixed(2) }),
}));
