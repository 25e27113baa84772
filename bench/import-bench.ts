import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { measureProcess } from './measure.ts';
import { writeSnapshot } from './gen-snapshot.ts';

export interface ImportRow { label: string; records: number; seconds: number; perSecond: number; peakRssMb: number; note: string }

const node = process.execPath;

/** Generates (once) a snapshot file of n records and returns its path. */
export async function snapshotFile(outDir: string, n: number): Promise<string> {
  const file = join(outDir, `snapshot-${n}.jsonl`);
  if (!existsSync(file) || statSync(file).size === 0) await writeSnapshot(n, file);
  return file;
}

/** Imports the snapshot into a fresh Paperboy SQLite file, and into a bare FTS5 table, in one run. */
export async function benchImport(outDir: string, n: number): Promise<ImportRow[]> {
  const file = await snapshotFile(outDir, n);
  const db = join(outDir, `import-${n}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  const ours = await measureProcess(node, ['bin/paperboy.js', '--db', db, 'import', '--format', 'arxiv-snapshot', file]);
  if (ours.code !== 0) throw new Error(`paperboy import failed: ${ours.stderr}`);
  const counts = /read (\d+), inserted (\d+)/.exec(ours.stdout);
  const read = counts ? Number(counts[1]) : n;
  const bare = await measureProcess(node, ['--import', 'tsx', 'bench/fts-baseline.ts', file, join(outDir, `bare-${n}.db`)]);
  if (bare.code !== 0) throw new Error(`bare FTS5 baseline failed: ${bare.stderr}`);
  return [
    { label: `paperboy import, ${n.toLocaleString('en')} snapshot records`, records: read, seconds: ours.seconds,
      perSecond: read / ours.seconds, peakRssMb: ours.peakRssMb, note: `inserted ${counts?.[2] ?? '?'}; includes process start, FTS5, category table` },
    { label: `bare FTS5 table, same ${n.toLocaleString('en')} records`, records: n, seconds: bare.seconds,
      perSecond: n / bare.seconds, peakRssMb: bare.peakRssMb, note: 'yardstick: one FTS5 table, nothing else' },
  ];
}
