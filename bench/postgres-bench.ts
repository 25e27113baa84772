import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { measureProcess, type ProcessMeasure } from './measure.ts';
import { snapshotFile } from './import-bench.ts';
import { benchServer } from './site-bench.ts';
import type { Table } from './report.ts';

/**
 * The import, search and site benchmarks on PostgreSQL beside SQLite, on the same synthetic
 * snapshot in the same run: each step runs on one store, then on the other, so both see the same
 * machine. PostgreSQL is the server at PAPERBOY_BENCH_DATABASE_URL (default: the local trust-auth
 * server), in a schema of its own that is dropped and refilled (the loaded schema is kept for the
 * search and site steps and the next run's reuse with --reuse).
 */
const node = process.execPath;
const BASE_URL = process.env.PAPERBOY_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const load = () => loadavg()[0]!.toFixed(1);

interface Latency { p50: number; p95: number; p99: number; n: number }
interface LatencyRun { loadSeconds: number; rssAfterLoadMb: number; modes: Record<string, Latency> }

/** The rows of the last stores table, if any. */
function previous(): string[][] {
  try { return (JSON.parse(readFileSync('bench/results/stores.json', 'utf8')) as Table).rows; } catch { return []; }
}

async function papersIn(url: string, schema: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = (await client.query('SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2', [schema, 'papers'])).rowCount;
    return exists ? Number((await client.query(`SELECT count(*) AS n FROM ${schema}.papers`)).rows[0].n) : 0;
  } finally {
    await client.end();
  }
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`); } finally { await client.end(); }
}

async function paperboy(db: string, args: string[]): Promise<ProcessMeasure> {
  const r = await measureProcess(node, ['bin/paperboy.js', '--db', db, ...args]);
  if (r.code !== 0) throw new Error(`paperboy ${args[0]} on ${db.replace(/\?.*/, '')} failed: ${r.stderr}`);
  return r;
}

/** One store's numbers: import, index build, query latency, site throughput. */
async function benchStore(label: string, db: string, file: string, n: number, reuse: boolean, rounds: number): Promise<string[][]> {
  const rows: string[][] = [];
  if (reuse) {
    // The loaded databases' import and build figures are those of the run that loaded them.
    rows.push(...previous().filter((r) => r[0] === label && (r[1] === 'import' || r[1].includes('(build)'))));
  } else {
    const before = load();
    const r = await paperboy(db, ['import', '--format', 'arxiv-snapshot', file]);
    rows.push([label, 'import', `${Math.round(n / r.seconds).toLocaleString('en')} records/s`,
      `${r.seconds.toFixed(0)} s, peak RSS ${r.peakRssMb.toFixed(0)} MB (Paperboy process); load average ${before} before, ${load()} after`]);
    const built = await paperboy(db, ['index', '--json']);
    const phases = (JSON.parse(built.stdout.trim().split('\n').pop()!) as { phases?: Record<string, number> }).phases ?? {};
    rows.push([label, '`paperboy index` (build)', `${built.seconds.toFixed(0)} s`,
      `peak RSS ${built.peakRssMb.toFixed(0)} MB; ${Object.entries(phases).map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(', ')}`]);
  }
  const lat = await measureProcess(node, ['--import', 'tsx', 'bench/search-latency.ts', db, String(rounds)]);
  if (lat.code !== 0) throw new Error(`search latency on ${label} failed: ${lat.stderr}`);
  const run = JSON.parse(lat.stdout.trim().split('\n').pop()!) as LatencyRun;
  rows.push([label, 'load semantic index', `${run.loadSeconds.toFixed(1)} s`, `RSS after load ${run.rssAfterLoadMb.toFixed(0)} MB`]);
  for (const mode of ['lexical', 'semantic', 'hybrid', 'lexical, single common words']) {
    const l = run.modes[mode];
    if (l) rows.push([label, `search ${mode}`, `p50 ${l.p50.toFixed(1)} ms, p95 ${l.p95.toFixed(1)} ms`, `p99 ${l.p99.toFixed(1)} ms, ${l.n} queries; load average ${load()}`]);
  }
  for (const [route, rps, p50, p99, non2xx, errors] of [
    ...(await benchServer(db, '5000', 'page cache on', true)),
    ...(await benchServer(db, '0', 'page cache off', false)),
  ]) {
    rows.push([label, route, `${rps} requests/s`, `p50 ${p50} ms, p99 ${p99} ms${non2xx !== '0' || errors !== '0' ? `, ${non2xx} non-2xx, ${errors} errors` : ''}`]);
  }
  return rows;
}

/** SQLite and PostgreSQL side by side at n papers. `reuse` keeps both loaded databases (no import, no build). */
export async function benchPostgres(outDir: string, n: number, reuse = false): Promise<Table> {
  const file = await snapshotFile(outDir, n);
  const schema = `pbbench_${n}`;
  const sqlite = join(outDir, `stores-${n}.db`);
  const url = `${BASE_URL}${BASE_URL.includes('?') ? '&' : '?'}schema=${schema}`;
  const loaded = reuse && (await papersIn(BASE_URL, schema)) >= n;
  if (!loaded) {
    await dropSchema(BASE_URL, schema);
    for (const suffix of ['', '-wal', '-shm', '.ann']) rmSync(sqlite + suffix, { force: true, recursive: true });
  }
  const rows = [
    ...(await benchStore('SQLite', sqlite, file, n, loaded, 5)),
    // Two rounds: PostgreSQL ranks every match of a common word, seconds per query at 1M.
    ...(await benchStore('PostgreSQL', url, file, n, loaded, 2)),
  ];
  return {
    title: `SQLite and PostgreSQL side by side: ${n.toLocaleString('en')} synthetic papers, same run`,
    head: ['store', 'what', 'result', 'detail'],
    rows,
    notes: [
      'PostgreSQL 15 runs on the same 2 cores as Paperboy and the load generator; its own memory is not in the RSS column.',
      'Search latency is the full service call (top 10, count, loading the papers), 52 queries x 5 rounds per mode on SQLite, x 2 on PostgreSQL. Site: autocannon, 10 connections, 10 s per route.',
      'The load average (1 minute) is printed with each step: above 2 on these 2 cores, something else ran beside the step and its figure is pessimistic.',
      'Both stores keep the HNSW graph `paperboy index` built (SQLite beside the file, PostgreSQL in the database since migration 9): "load semantic index" is loading that saved graph, not building it.',
    ],
  };
}
