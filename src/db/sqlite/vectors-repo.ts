import type { EmbeddingModelInfo, PaperText, StoredVector } from '../store.ts';
import type { Db } from './open.ts';

interface ModelRow {
  id: number;
  provider: string;
  dim: number;
  state: EmbeddingModelInfo['state'];
  covered_rowid: number;
  created_at: string;
  activated_at: string | null;
}

const MODEL_COLUMNS = 'id, provider, dim, state, covered_rowid, created_at, activated_at';

function toInfo(r: ModelRow, vectors: number): EmbeddingModelInfo {
  return {
    id: r.id, provider: r.provider, dim: r.dim, state: r.state, coveredRowid: r.covered_rowid,
    createdAt: r.created_at, activatedAt: r.activated_at, vectors,
  };
}

/**
 * Embedding models and the paper vectors made with them. Vectors are derived data: a model can be
 * rebuilt from the papers at any time, so a rebuild writes a new model and swaps it in.
 */
export function createVectorsRepo(db: Db) {
  const insertModel = db.prepare(`INSERT INTO embedding_models (provider, dim, state, model, created_at)
    VALUES (?, ?, 'building', ?, ?)`);
  const modelById = db.prepare(`SELECT ${MODEL_COLUMNS} FROM embedding_models WHERE id = ?`);
  const activeModel = db.prepare(`SELECT ${MODEL_COLUMNS} FROM embedding_models WHERE state = 'active'`);
  const blob = db.prepare('SELECT model FROM embedding_models WHERE id = ?').pluck();
  const countVectors = db.prepare('SELECT count(*) FROM paper_vectors WHERE model_id = ?').pluck();
  const upsertVector = db.prepare('INSERT OR REPLACE INTO paper_vectors (model_id, paper_rowid, vec) VALUES (?, ?, ?)');
  const setCovered = db.prepare('UPDATE embedding_models SET covered_rowid = max(covered_rowid, ?) WHERE id = ?');
  // New papers first (past covered_rowid, in rowid order), then papers whose text changed.
  const newPapers = db.prepare(`SELECT rowid, title, abstract FROM papers WHERE rowid > ? ORDER BY rowid LIMIT ?`);
  const stalePapers = db.prepare(`SELECT p.rowid, p.title, p.abstract FROM vector_stale s JOIN papers p ON p.rowid = s.paper_rowid
    WHERE s.paper_rowid <= ? ORDER BY s.paper_rowid LIMIT ?`);
  // A stale mark is cleared once every model in use holds a vector newer than the mark.
  const clearStale = db.prepare('DELETE FROM vector_stale WHERE paper_rowid = ?');
  const since = db.prepare('SELECT rowid AS seq, paper_rowid, vec FROM paper_vectors WHERE rowid > ? AND model_id = ? ORDER BY rowid LIMIT ?');
  const retireOthers = db.prepare(`UPDATE embedding_models SET state = 'retired' WHERE state = 'active' AND id <> ?`);
  const activate = db.prepare(`UPDATE embedding_models SET state = 'active', activated_at = ? WHERE id = ?`);
  const retired = db.prepare(`SELECT id FROM embedding_models WHERE state = 'retired'`).pluck();
  const dropVectors = db.prepare('DELETE FROM paper_vectors WHERE model_id = ? AND rowid IN (SELECT rowid FROM paper_vectors WHERE model_id = ? LIMIT 20000)');
  const dropModel = db.prepare('DELETE FROM embedding_models WHERE id = ?');
  const buildingModels = db.prepare(`SELECT id FROM embedding_models WHERE state = 'building' AND id <> ?`).pluck();

  const vectorOf = db.prepare('SELECT vec FROM paper_vectors WHERE model_id = ? AND paper_rowid = ?').pluck();

  const put = db.transaction((modelId: number, rows: StoredVector[], coveredRowid: number | null) => {
    for (const r of rows) upsertVector.run(modelId, r.rowid, r.vec);
    if (coveredRowid !== null) setCovered.run(coveredRowid, modelId);
    for (const r of rows) if (r.stale) clearStale.run(r.rowid);
  });

  const swap = db.transaction((id: number, at: string) => {
    retireOthers.run(id);
    activate.run(at, id);
  });

  return {
    createModel: (provider: string, dim: number, model: Buffer | null) =>
      Number(insertModel.run(provider, dim, model, new Date().toISOString()).lastInsertRowid),
    activeModel(): EmbeddingModelInfo | null {
      const r = activeModel.get() as ModelRow | undefined;
      return r ? toInfo(r, countVectors.get(r.id) as number) : null;
    },
    model(id: number): EmbeddingModelInfo | null {
      const r = modelById.get(id) as ModelRow | undefined;
      return r ? toInfo(r, countVectors.get(r.id) as number) : null;
    },
    modelBlob: (id: number) => (blob.get(id) as Buffer | null | undefined) ?? null,
    /**
     * Papers the model still lacks a vector for; `stale` marks re-embeddings of changed text. While
     * another model is being built, changed papers wait for it: the marks stay until that model has them.
     */
    papersToEmbed(modelId: number, limit: number): PaperText[] {
      const m = modelById.get(modelId) as ModelRow | undefined;
      if (!m) return [];
      const othersBuilding = (buildingModels.all(modelId) as number[]).length > 0;
      const stale = othersBuilding ? []
        : (stalePapers.all(m.covered_rowid, limit) as PaperText[]).map((p) => ({ ...p, stale: true }));
      if (stale.length >= limit) return stale;
      const fresh = newPapers.all(m.covered_rowid, limit - stale.length) as PaperText[];
      return [...stale, ...fresh.map((p) => ({ ...p, stale: false }))];
    },
    /**
     * Stores vectors and advances the model's coverage to the highest new rowid. Stale marks are
     * cleared only when no other model is being built (it still needs the re-embedding).
     */
    putVectors(modelId: number, rows: StoredVector[]): void {
      const fresh = rows.filter((r) => !r.stale);
      const covered = fresh.length ? Math.max(...fresh.map((r) => r.rowid)) : null;
      const othersBuilding = (buildingModels.all(modelId) as number[]).length > 0;
      put(modelId, othersBuilding ? rows.map((r) => ({ ...r, stale: false })) : rows, covered);
    },
    paperVector: (modelId: number, rowid: number) => (vectorOf.get(modelId, rowid) as Buffer | undefined) ?? null,
    paperTexts: (afterRowid: number, limit: number) => newPapers.all(afterRowid, limit) as PaperText[],
    vectorsSince: (modelId: number, afterSeq: number, limit: number) =>
      (since.all(afterSeq, modelId, limit) as Array<{ seq: number; paper_rowid: number; vec: Buffer }>)
        .map((r) => ({ seq: r.seq, rowid: r.paper_rowid, vec: r.vec })),
    /** Makes a model the active one and retires the previous one, atomically. */
    activateModel(id: number): void { swap(id, new Date().toISOString()); },
    /** Deletes retired models' vectors in bounded chunks, so readers are never blocked for long. */
    purgeRetired(): number {
      let removed = 0;
      for (const id of retired.all() as number[]) {
        let n: number;
        do { n = dropVectors.run(id, id).changes; removed += n; } while (n > 0);
        dropModel.run(id);
      }
      return removed;
    },
  };
}
