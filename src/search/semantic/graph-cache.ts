import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { HnswIndex } from './vector-index.ts';

const fileOf = (dir: string, modelId: number) => join(dir, `model-${modelId}.hnsw`);

/** The directory beside a SQLite file where its HNSW graphs are cached. */
export const graphCacheDirFor = (dbPath: string) => `${dbPath}.ann`;

/** A saved graph of this model and the vector sequence number it covers, or null. A damaged file is ignored. */
export async function loadSavedGraph(dir: string | null | undefined, modelId: number): Promise<{ index: HnswIndex; lastSeq: number } | null> {
  if (!dir) return null;
  try {
    const saved = await HnswIndex.load(fileOf(dir, modelId));
    const lastSeq = (saved?.tag as { lastSeq?: unknown } | null)?.lastSeq;
    return saved && typeof lastSeq === 'number' ? { index: saved.index, lastSeq } : null;
  } catch {
    return null; // rebuilt from the database, which is the source of truth
  }
}

/** Saves a model's graph and removes the graphs of other (retired) models. Failures only cost a rebuild later. */
export async function saveGraph(dir: string | null | undefined, modelId: number, index: HnswIndex, lastSeq: number): Promise<void> {
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    await index.save(fileOf(dir, modelId), { lastSeq });
    const keep = `model-${modelId}.hnsw`;
    for (const f of readdirSync(dir)) if (f.startsWith('model-') && !f.startsWith(keep)) rmSync(join(dir, f), { force: true });
  } catch {
    /* a read-only or full disk: the next start rebuilds in memory */
  }
}
