import { Worker } from 'node:worker_threads';
import { openSqlite } from '../../db/sqlite/open.ts';
import { buildImpactIndex, type BuildSummary } from './impact-build.ts';

/** Builds the word index of the SQLite file at `path` on a connection of its own, then closes it. */
export async function buildWordIndexOnFile(path: string): Promise<BuildSummary> {
  const db = openSqlite(path);
  try {
    return await buildImpactIndex(db);
  } finally {
    db.close();
  }
}

/**
 * The same build on a worker thread, so `paperboy index` can build the word index on one core
 * while the nearest-neighbour graph (synchronous hnswlib calls) takes the other. The worker's own
 * connection commits the swap; connections in this thread see the new generation at their next query.
 */
export function buildWordIndexInWorker(path: string): Promise<BuildSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./build-worker.mjs', import.meta.url), { workerData: { path } });
    let settled = false;
    worker.once('message', (m: { ok: true; summary: BuildSummary } | { ok: false; message: string }) => {
      settled = true;
      if (m.ok) resolve(m.summary);
      else reject(new Error(`word index build failed: ${m.message}`));
    });
    worker.once('error', (err) => { settled = true; reject(err); });
    worker.once('exit', (code) => { if (!settled) reject(new Error(`word index build stopped (exit code ${code})`)); });
  });
}
