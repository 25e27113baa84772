import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { measureProcess } from './measure.ts';
import { snapshotFile } from './import-bench.ts';
import type { Table } from './report.ts';

interface Latency { p50: number; p95: number; p99: number; n: number }
interface LatencyRun { papers: number; vectors: number; indexKind: string; loadSeconds: number; rssAfterLoadMb: number; peakRssMb: number; modes: Record<string, Latency> }

const node = process.execPath;

/** A database of n synthetic papers for the search benchmark (kept between runs: importing 1M takes minutes). */
async function searchDb(outDir: string, n: number): Promise<string> {
  const db = join(outDir, `search-${n}.db`);
  if (existsSync(db)) return db;
  const r = await measureProcess(node, ['bin/paperboy.js', '--db', db, 'import', '--format', 'arxiv-snapshot', await snapshotFile(outDir, n)]);
  if (r.code !== 0) throw new Error(`import failed: ${r.stderr}`);
  return db;
}

/** Index build time and memory, then query latency per mode, at each size. */
export async function benchSearch(outDir: string, sizes: number[]): Promise<Table> {
  const rows: string[][] = [];
  for (const n of sizes) {
    const db = await searchDb(outDir, n);
    const build = await measureProcess(node, ['bin/paperboy.js', '--db', db, 'index', '--json']);
    if (build.code !== 0) throw new Error(`paperboy index failed: ${build.stderr}`);
    const built = JSON.parse(build.stdout.trim().split('\n').pop()!) as { seconds: number; phases?: Record<string, number> };
    const phases = built.phases ? Object.entries(built.phases).map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(', ') : '';
    rows.push([`${n.toLocaleString('en')}`, '`paperboy index` (build)', '', '', '', `${build.seconds.toFixed(0)} s, peak RSS ${build.peakRssMb.toFixed(0)} MB${phases ? `; ${phases}` : ''}`]);
    const lat = await measureProcess(node, ['--import', 'tsx', 'bench/search-latency.ts', db]);
    if (lat.code !== 0) throw new Error(`search latency run failed: ${lat.stderr}`);
    const run = JSON.parse(lat.stdout.trim().split('\n').pop()!) as LatencyRun;
    rows.push([`${n.toLocaleString('en')}`, `load ${run.vectors.toLocaleString('en')} vectors (${run.indexKind})`, '', '', '',
      `${run.loadSeconds.toFixed(1)} s; RSS after load ${run.rssAfterLoadMb.toFixed(0)} MB, peak ${lat.peakRssMb.toFixed(0)} MB`]);
    for (const [mode, l] of Object.entries(run.modes)) {
      rows.push([`${n.toLocaleString('en')}`, mode, l.p50.toFixed(2), l.p95.toFixed(2), l.p99.toFixed(2), `${l.n} queries`]);
    }
  }
  return {
    title: 'Search: latency per query (top 10) and index build, synthetic corpus (SQLite)',
    head: ['papers', 'what', 'p50 ms', 'p95 ms', 'p99 ms', 'note'],
    rows,
    notes: [
      'Targets on 2 cores at 1M papers: lexical p95 at most 10 ms, hybrid p95 at most 30 ms, semantic index build at most 10 minutes.',
      'Lexical, semantic and hybrid are the full service call (ranking, count, loading the ten papers); the plain FTS5 rows are the bare `MATCH ... ORDER BY bm25 LIMIT 10` query on the same database.',
    ],
  };
}
