import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { measureProcess } from './measure.ts';
import { snapshotFile } from './import-bench.ts';
import type { Table } from './report.ts';

const PAPERS = 100_000;
const PORT = 18765;

async function waitForServer(url: string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not come up at ${url}`);
}

function run(url: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url, connections: 10, duration: seconds, pipelining: 1 });
}

/** Requests/s and p99 for the home page, a paper page and the daily API, against 100k papers. */
export async function benchSite(outDir: string): Promise<Table> {
  const db = join(outDir, `site-${PAPERS}.db`);
  if (!existsSync(db)) {
    const file = await snapshotFile(outDir, PAPERS);
    const r = await measureProcess(process.execPath, ['bin/paperboy.js', '--db', db, 'import', file]);
    if (r.code !== 0) throw new Error(r.stderr);
  }
  const rows = [
    ...(await benchServer(db, '5000', 'page cache on (default)', true)),
    ...(await benchServer(db, '0', 'page cache off', false)),
  ];
  return {
    title: `Site: autocannon, 10 connections, 10 s per route, ${PAPERS.toLocaleString('en')} papers (SQLite)`,
    head: ['route', 'requests/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors'],
    rows,
    notes: [
      'Target: at least 1,500 requests/s for the home page with p99 under 50 ms. Load generator and server share the 2 cores.',
      '"page cache off" (PAPERBOY_PAGE_CACHE_MS=0) renders every request: the cost of a page when it changes every time.',
    ],
  };
}

export async function benchServer(db: string, cacheMs: string, label: string, withApi: boolean): Promise<string[][]> {
  const server = spawn(process.execPath, ['bin/paperboy.js', '--db', db, 'serve', '--port', String(PORT)], {
    stdio: 'ignore', env: { ...process.env, PAPERBOY_PAGE_CACHE_MS: cacheMs },
  });
  const base = `http://127.0.0.1:${PORT}`;
  try {
    await waitForServer(`${base}/api/health`);
    const api = await (await fetch(`${base}/api/daily_papers?limit=1`)).json() as Array<{ paper: { id: string } }>;
    const paperId = api[0]?.paper.id;
    const targets: Array<[string, string]> = [
      [`home page /, ${label}`, `${base}/`],
      [`paper page /papers/${paperId}, ${label}`, `${base}/papers/${paperId}`],
      ...(withApi ? [['/api/daily_papers (50 entries)', `${base}/api/daily_papers`] as [string, string]] : []),
    ];
    const rows: string[][] = [];
    for (const [label, url] of targets) {
      await run(url, 2); // warm-up
      const r = await run(url, 10);
      rows.push([label, Math.round(r.requests.average).toLocaleString('en'), String(r.latency.p50), String(r.latency.p99),
        String(r.non2xx), String(r.errors)]);
    }
    return rows;
  } finally {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
}
