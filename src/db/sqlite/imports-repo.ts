import type { ImportCounts, ImportRun } from '../store.ts';
import type { Db } from './open.ts';
import type { FieldSource } from '../../core/paper.ts';
import type { ImportResolver } from './rows.ts';

interface ImportRow {
  id: number; source: string; file: string; started_at: string; finished_at: string | null; counts: string | null;
}

const ZERO: ImportCounts = { read: 0, inserted: 0, updated: 0, merged: 0, unchanged: 0, rejected: 0 };

/** Import runs: each import is a row, so provenance can say which run gave a value. */
export function createImportsRepo(db: Db) {
  const start = db.prepare('INSERT INTO imports (source, file, started_at) VALUES (?, ?, ?)');
  const finish = db.prepare('UPDATE imports SET finished_at = ?, counts = ? WHERE id = ?');
  const list = db.prepare('SELECT * FROM imports ORDER BY id DESC LIMIT ?');
  const one = db.prepare('SELECT source, started_at FROM imports WHERE id = ?');
  // Import rows never change once started, so caching them is safe across processes.
  const cache = new Map<number, FieldSource>();
  const resolve: ImportResolver = (id) => {
    let hit = cache.get(id);
    if (!hit) {
      const row = one.get(id) as { source: string; started_at: string } | undefined;
      hit = { source: row?.source ?? 'unknown', importId: id, at: row?.started_at ?? '' };
      if (row) cache.set(id, hit);
    }
    return hit;
  };
  return {
    resolve,
    startImport(source: string, file: string): number {
      return Number(start.run(source, file, new Date().toISOString()).lastInsertRowid);
    },
    finishImport(id: number, counts: ImportCounts): void {
      finish.run(new Date().toISOString(), JSON.stringify(counts), id);
    },
    listImports(limit: number): ImportRun[] {
      return (list.all(limit) as ImportRow[]).map((r) => ({
        id: r.id, source: r.source, file: r.file, startedAt: r.started_at, finishedAt: r.finished_at,
        counts: r.counts ? JSON.parse(r.counts) : { ...ZERO },
      }));
    },
  };
}
