import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { inTransaction, LOCKS, type Pool } from './open.ts';

/** One bytea row per this many bytes of a saved file: small enough to stream, far under bytea's 1 GB. */
const CHUNK_BYTES = 8 << 20;

/** A saved file: its part name (graph, rows, meta) and where it is on local disk. */
export interface GraphPart { part: string; path: string }

/**
 * Saved neighbour graphs on PostgreSQL (schema-graphs.ts): the files HnswIndex.save writes, copied
 * into the database in chunks and back out to local files for HnswIndex.load.
 */
export function createGraphsRepo(pool: Pool) {
  return {
    /**
     * Stores one model's files and removes older models' (ids grow with each `paperboy index`).
     * Savers take turns under a lock of their own (vector writers go on meanwhile). Nothing is
     * written, and false returned, when a graph as complete is already there (another server won)
     * or a newer model's graph is (a server still on the old model must not remove it).
     */
    async save(modelId: number, lastSeq: number, parts: GraphPart[]): Promise<boolean> {
      return inTransaction(pool, async (c) => {
        const newer = (await c.query('SELECT 1 FROM semantic_graphs WHERE model_id > $1 OR (model_id = $1 AND last_seq >= $2)',
          [modelId, lastSeq])).rowCount! > 0;
        if (newer) return false;
        await c.query('DELETE FROM semantic_graphs WHERE model_id <= $1', [modelId]);
        await c.query('INSERT INTO semantic_graphs (model_id, last_seq, saved_at) VALUES ($1, $2, $3)', [modelId, lastSeq, new Date().toISOString()]);
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        for (const { part, path } of parts) {
          const fd = openSync(path, 'r');
          try {
            for (let chunk = 0; ; chunk++) {
              const n = readSync(fd, buffer, 0, CHUNK_BYTES, null);
              if (n === 0 && chunk > 0) break;
              await c.query('INSERT INTO semantic_graph_chunks (model_id, part, chunk, data) VALUES ($1, $2, $3, $4)',
                [modelId, part, chunk, buffer.subarray(0, n)]);
              if (n < CHUNK_BYTES) break;
            }
          } finally {
            closeSync(fd);
          }
        }
        return true;
      }, LOCKS.graphSaves);
    },

    /** Forgets a model's saved graph (one that failed to load), so the next build saves its own. */
    async drop(modelId: number): Promise<void> {
      await pool.query('DELETE FROM semantic_graphs WHERE model_id = $1', [modelId]);
    },

    /**
     * Writes a model's saved files to `pathOf(part)`, one chunk in memory at a time, and returns the
     * sequence number they cover; null when no graph of this model is saved. One snapshot
     * (REPEATABLE READ), so a save committing meanwhile cannot mix two graphs' chunks.
     */
    async load(modelId: number, pathOf: (part: string) => string): Promise<number | null> {
      const c = await pool.connect();
      try {
        await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const head = (await c.query<{ last_seq: string }>('SELECT last_seq FROM semantic_graphs WHERE model_id = $1', [modelId])).rows[0];
        if (!head) return null;
        const chunks = (await c.query<{ part: string; chunk: number }>(
          'SELECT part, chunk FROM semantic_graph_chunks WHERE model_id = $1 ORDER BY part, chunk', [modelId])).rows;
        const open = new Map<string, number>();
        try {
          for (const { part, chunk } of chunks) {
            const { data } = (await c.query<{ data: Buffer }>(
              'SELECT data FROM semantic_graph_chunks WHERE model_id = $1 AND part = $2 AND chunk = $3', [modelId, part, chunk])).rows[0]!;
            if (!open.has(part)) open.set(part, openSync(pathOf(part), 'w'));
            writeSync(open.get(part)!, data);
          }
        } finally {
          for (const fd of open.values()) closeSync(fd);
        }
        return Number(head.last_seq);
      } finally {
        await c.query('ROLLBACK').catch(() => {});
        c.release();
      }
    },
  };
}
