import { existsSync, readFileSync } from 'node:fs';
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

/** The build rows of the last search table (kept when --reuse skips the build). */
function previousBuild(n: number): string[] | undefined {
  try {
    const t = JSON.parse(readFileSync('bench/results/search.json', 'utf8')) as Table;
    return t.rows.find((r) => r[0] === n.toLocaleString('en') && r[1].includes('(build)'));
  } catch { return undefined; }
}

/** Builds the index and returns its table row. */
async function buildRow(db: string, n: number): Promise<string[]> {
  const build = await measureProcess(node, ['bin/paperboy.js', '--db', db, 'index', '--json']);
  if (build.code !== 0) throw new Error(`paperboy index failed: ${build.stderr}`);
  const built = JSON.parse(build.stdout.trim().split('\n').pop()!) as { seconds: number; phases?: Record<string, number> };
  const phases = built.phases ? Object.entries(built.phases).map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(', ') : '';
  return [`${n.toLocaleString('en')}`, '`paperboy index` (build)', '', '', '', `${build.seconds.toFixed(0)} s, peak RSS ${build.peakRssMb.toFixed(0)} MB${phases ? `; ${phases}` : ''}`];
}

/**
 * Index build time and memory, then query latency per mode, at each size. `reuse` keeps an index
 * already built in the database (query-side changes need no 10-minute rebuild) and the build row
 * of the run that built it, marked as such.
 */
export async function benchSearch(outDir: string, sizes: number[], reuse = false): Promise<Table> {
  const rows: string[][] = [];
  for (const n of sizes) {
    const db = await searchDb(outDir, n);
    const kept = reuse && existsSync(`${db}.ann`) ? previousBuild(n) : undefined;
    if (kept) rows.push([...kept.slice(0, 5), `${kept[5].replace(/ \(kept from an earlier run.*$/, '')} (kept from an earlier run: --reuse)`]);
    else rows.push(await buildRow(db, n));
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
