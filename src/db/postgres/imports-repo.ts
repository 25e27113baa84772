import type { FieldSource, Paper } from '../../core/paper.ts';
import type { ImportCounts, ImportRun } from '../store.ts';
import { rowToPaper, type ImportResolver, type PaperRow } from '../shared/paper-row.ts';
import type { Queryable } from './open.ts';

interface ImportRow {
  id: number; source: string; file: string; started_at: string; finished_at: string | null; counts: string | null;
}

const ZERO: ImportCounts = { read: 0, inserted: 0, updated: 0, merged: 0, unchanged: 0, rejected: 0 };

/**
 * Import runs. Provenance names an import id per field; the shared row mapping resolves ids
 * synchronously, so readers first load the runs their rows name (`papers()`) into a cache.
 * Import rows never change once started, so the cache is safe across processes.
 */
export function createImportsRepo(db: Queryable) {
  const cache = new Map<number, FieldSource>();
  const resolve: ImportResolver = (id) => cache.get(id) ?? { source: 'unknown', importId: id, at: '' };

  /** Loads the runs `ids` name into the cache; `via` is the client of a transaction in progress. */
  async function prime(ids: Iterable<number>, via: Queryable = db): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !cache.has(id));
    if (missing.length === 0) return;
    const { rows } = await via.query<{ id: number; source: string; started_at: string }>(
      'SELECT id, source, started_at FROM imports WHERE id = ANY($1::int[])', [missing]);
    for (const r of rows) cache.set(r.id, { source: r.source, importId: r.id, at: r.started_at });
  }

  /** Rows to papers, with every import their provenance names loaded first. */
  async function papers(rows: PaperRow[]): Promise<Paper[]> {
    await prime(rows.flatMap((r) => Object.values(JSON.parse(r.provenance) as Record<string, number>)));
    return rows.map((r) => rowToPaper(r, resolve));
  }

  return {
    resolve,
    prime,
    papers,
    async startImport(source: string, file: string): Promise<number> {
      const { rows } = await db.query<{ id: number }>('INSERT INTO imports (source, file, started_at) VALUES ($1, $2, $3) RETURNING id',
        [source, file, new Date().toISOString()]);
      return rows[0]!.id;
    },
    async finishImport(id: number, counts: ImportCounts): Promise<void> {
      await db.query('UPDATE imports SET finished_at = $1, counts = $2 WHERE id = $3', [new Date().toISOString(), JSON.stringify(counts), id]);
    },
    async listImports(limit: number): Promise<ImportRun[]> {
      const { rows } = await db.query<ImportRow>('SELECT * FROM imports ORDER BY id DESC LIMIT $1', [limit]);
      return rows.map((r) => ({
        id: r.id, source: r.source, file: r.file, startedAt: r.started_at, finishedAt: r.finished_at,
        counts: r.counts ? JSON.parse(r.counts) : { ...ZERO },
      }));
    },
  };
}

export type PgImportsRepo = ReturnType<typeof createImportsRepo>;
