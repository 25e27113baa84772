import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { HnswIndex } from './hnsw-index.ts';

/**
 * Where a built HNSW graph is kept between process starts. A cache: derived from the stored vectors,
 * safe to lose (the next start rebuilds it), so failures to save or load are swallowed.
 */
export interface GraphCache {
  /** A saved graph of this model and the vector sequence number it covers, or null. */
  load(modelId: number): Promise<{ index: HnswIndex; lastSeq: number } | null>;
  /**
   * Saves a model's graph (the index must not change until this settles) and drops older models'
   * graphs; a newer model's graph is left alone (model ids grow with each `paperboy index`).
   */
  save(modelId: number, index: HnswIndex, lastSeq: number): Promise<void>;
}

const fileOf = (dir: string, modelId: number) => join(dir, `model-${modelId}.hnsw`);

/** The directory beside a SQLite file where its HNSW graphs are cached. */
export const graphCacheDirFor = (dbPath: string) => `${dbPath}.ann`;

/** Reads what HnswIndex.save wrote at `path`, when its tag carries the sequence number covered. */
export async function loadGraphFile(path: string): Promise<{ index: HnswIndex; lastSeq: number } | null> {
  const saved = await HnswIndex.load(path);
  const lastSeq = (saved?.tag as { lastSeq?: unknown } | null)?.lastSeq;
  return saved && typeof lastSeq === 'number' ? { index: saved.index, lastSeq } : null;
}

/** Graphs as files in a directory (SQLite keeps them beside its database file). */
export function directoryGraphCache(dir: string): GraphCache {
  return {
    async load(modelId) {
      try {
        return await loadGraphFile(fileOf(dir, modelId));
      } catch {
        return null; // a damaged file: rebuilt from the database, which is the source of truth
      }
    },
    async save(modelId, index, lastSeq) {
      try {
        mkdirSync(dir, { recursive: true });
        const saved = readdirSync(dir).map((f) => ({ f, id: Number(/^model-(\d+)\.hnsw/.exec(f)?.[1]) }));
        if (saved.some((s) => s.id > modelId)) return; // a process still on a retired model
        await index.save(fileOf(dir, modelId), { lastSeq });
        for (const { f, id } of saved) if (id < modelId) rmSync(join(dir, f), { force: true });
      } catch {
        /* a read-only or full disk: the next start rebuilds in memory */
      }
    },
  };
}
