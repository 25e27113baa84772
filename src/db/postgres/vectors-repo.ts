import type { EmbeddingModelInfo, PaperText, StoredVector } from '../store.ts';
import { inTransaction, LOCKS, type Pool, type Queryable } from './open.ts';

interface ModelRow {
  id: number;
  provider: string;
  dim: number;
  state: EmbeddingModelInfo['state'];
  covered_rowid: number;
  created_at: string;
  activated_at: string | null;
  vectors: number;
}

const MODEL = `SELECT id, provider, dim, state, covered_rowid, created_at, activated_at,
  (SELECT count(*) FROM paper_vectors v WHERE v.model_id = m.id) AS vectors FROM embedding_models m`;

function toInfo(r: ModelRow): EmbeddingModelInfo {
  return {
    id: r.id, provider: r.provider, dim: r.dim, state: r.state, coveredRowid: r.covered_rowid,
    createdAt: r.created_at, activatedAt: r.activated_at, vectors: r.vectors,
  };
}

/**
 * Embedding models and paper vectors on PostgreSQL, with SQLite's rules (src/db/sqlite/vectors-repo.ts).
 * Vectors are int8 bytes in bytea, the same layout, so the in-memory index loads them unchanged.
 */
export function createVectorsRepo(pool: Pool) {
  const model = async (where: string, values: unknown[]) =>
    (await pool.query<ModelRow>(`${MODEL} WHERE ${where}`, values)).rows.map(toInfo)[0] ?? null;
  const othersBuilding = async (modelId: number, via: Queryable = pool) =>
    (await via.query(`SELECT 1 FROM embedding_models WHERE state = 'building' AND id <> $1 LIMIT 1`, [modelId])).rowCount! > 0;
  const newPapers = async (afterRowid: number, limit: number) => (await pool.query<PaperText>(
    'SELECT rowid, title, abstract FROM papers WHERE rowid > $1 ORDER BY rowid LIMIT $2', [afterRowid, limit])).rows;

  return {
    createModel: async (provider: string, dim: number, blob: Buffer | null) => (await pool.query<{ id: number }>(
      `INSERT INTO embedding_models (provider, dim, state, model, created_at) VALUES ($1, $2, 'building', $3, $4) RETURNING id`,
      [provider, dim, blob, new Date().toISOString()])).rows[0]!.id,
    activeModel: () => model(`state = 'active'`, []),
    model: (id: number) => model('id = $1', [id]),
    modelBlob: async (id: number) =>
      (await pool.query<{ model: Buffer | null }>('SELECT model FROM embedding_models WHERE id = $1', [id])).rows[0]?.model ?? null,
    /** Changed papers first (unless another model is being built and still needs them), then new ones. */
    async papersToEmbed(modelId: number, limit: number): Promise<PaperText[]> {
      const m = await model('id = $1', [modelId]);
      if (!m) return [];
      const stale = (await othersBuilding(modelId)) ? [] : (await pool.query<PaperText>(`SELECT p.rowid, p.title, p.abstract
        FROM vector_stale s JOIN papers p ON p.rowid = s.paper_rowid WHERE s.paper_rowid <= $1 ORDER BY s.paper_rowid LIMIT $2`,
      [m.coveredRowid, limit])).rows.map((p) => ({ ...p, stale: true }));
      if (stale.length >= limit) return stale;
      const fresh = await newPapers(m.coveredRowid, limit - stale.length);
      return [...stale, ...fresh.map((p) => ({ ...p, stale: false }))];
    },
    /**
     * Stores vectors and advances coverage. Writers take turns under an advisory lock, so sequence
     * numbers commit in order and a reader that loaded up to seq N never later meets a vector below N.
     */
    async putVectors(modelId: number, rows: StoredVector[]): Promise<void> {
      // One row per paper (the last wins, as INSERT OR REPLACE does): ON CONFLICT cannot touch a row twice.
      const byRowid = new Map(rows.map((r) => [r.rowid, r]));
      const unique = [...byRowid.values()];
      const fresh = unique.filter((r) => !r.stale);
      const covered = fresh.length ? Math.max(...fresh.map((r) => r.rowid)) : null;
      await inTransaction(pool, async (c) => {
        const keepMarks = await othersBuilding(modelId, c);
        if (unique.length) {
          await c.query(`INSERT INTO paper_vectors (model_id, paper_rowid, vec)
            SELECT $1, r, v FROM unnest($2::int[], $3::bytea[]) AS t(r, v)
            ON CONFLICT (model_id, paper_rowid) DO UPDATE SET vec = excluded.vec, seq = excluded.seq`,
          [modelId, unique.map((r) => r.rowid), unique.map((r) => r.vec)]);
        }
        if (covered !== null) await c.query('UPDATE embedding_models SET covered_rowid = greatest(covered_rowid, $1) WHERE id = $2', [covered, modelId]);
        const cleared = keepMarks ? [] : unique.filter((r) => r.stale).map((r) => r.rowid);
        if (cleared.length) await c.query('DELETE FROM vector_stale WHERE paper_rowid = ANY($1::int[])', [cleared]);
      }, LOCKS.vectorWrites);
    },
    paperVector: async (modelId: number, rowid: number) => (await pool.query<{ vec: Buffer }>(
      'SELECT vec FROM paper_vectors WHERE model_id = $1 AND paper_rowid = $2', [modelId, rowid])).rows[0]?.vec ?? null,
    paperTexts: newPapers,
    vectorsSince: async (modelId: number, afterSeq: number, limit: number) => (await pool.query<{ seq: number; rowid: number; vec: Buffer }>(
      `SELECT seq, paper_rowid AS rowid, vec FROM paper_vectors WHERE model_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [modelId, afterSeq, limit])).rows,
    /** Makes a model the active one and retires the previous one, atomically. */
    async activateModel(id: number): Promise<void> {
      await inTransaction(pool, async (c) => {
        await c.query(`UPDATE embedding_models SET state = 'retired' WHERE state = 'active' AND id <> $1`, [id]);
        await c.query(`UPDATE embedding_models SET state = 'active', activated_at = $1 WHERE id = $2`, [new Date().toISOString(), id]);
      }, LOCKS.vectorWrites);
    },
    /** Deletes retired models' vectors in bounded chunks, so readers and writers are never blocked for long. */
    async purgeRetired(): Promise<number> {
      let removed = 0;
      const retired = (await pool.query<{ id: number }>(`SELECT id FROM embedding_models WHERE state = 'retired'`)).rows;
      for (const { id } of retired) {
        let n: number;
        do {
          n = (await pool.query(`DELETE FROM paper_vectors WHERE ctid IN
            (SELECT ctid FROM paper_vectors WHERE model_id = $1 LIMIT 20000)`, [id])).rowCount ?? 0;
          removed += n;
        } while (n > 0);
        await pool.query('DELETE FROM embedding_models WHERE id = $1', [id]);
      }
      return removed;
    },
  };
}
