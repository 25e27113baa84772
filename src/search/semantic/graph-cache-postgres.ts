import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { createGraphsRepo } from '../../db/postgres/graphs-repo.ts';
import { savedFilesOf } from './hnsw-index.ts';
import { loadGraphFile, type GraphCache } from './graph-cache.ts';

type GraphsRepo = ReturnType<typeof createGraphsRepo>;

/** HnswIndex.save's three files under the part names the database keeps them by. */
const partsOf = (path: string) => Object.entries(savedFilesOf(path)).map(([part, file]) => ({ part, path: file }));

/** Runs `body` with a private temporary directory that is removed afterwards, whatever happens. */
async function withScratch<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'paperboy-graph-'));
  try {
    return await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Graphs kept in PostgreSQL, so every server, on any machine, starts from the graph one process
 * built instead of spending minutes rebuilding it. hnswlib reads and writes files only, so a graph
 * passes through a temporary directory on its way in or out.
 */
export function postgresGraphCache(graphs: GraphsRepo, log?: (message: string) => void): GraphCache {
  return {
    async load(modelId) {
      try {
        return await withScratch(async (dir) => {
          const path = join(dir, 'graph.hnsw');
          const byPart = Object.fromEntries(partsOf(path).map((p) => [p.part, p.path]));
          const lastSeq = await graphs.load(modelId, (part) => {
            const file = byPart[part];
            if (!file) throw new Error(`unknown part "${part}" in the saved graph`);
            return file;
          });
          if (lastSeq === null) return null;
          const loaded = await loadGraphFile(path);
          return loaded && { index: loaded.index, lastSeq: Math.min(lastSeq, loaded.lastSeq) };
        });
      } catch (err) {
        log?.(`saved graph of model ${modelId} not usable, rebuilding: ${(err as Error).message}`);
        await graphs.drop(modelId).catch(() => {});
        return null;
      }
    },
    async save(modelId, index, lastSeq) {
      try {
        await withScratch(async (dir) => {
          const path = join(dir, 'graph.hnsw');
          await index.save(path, { lastSeq });
          await graphs.save(modelId, lastSeq, partsOf(path));
        });
      } catch (err) {
        log?.(`could not save the graph of model ${modelId} (the next start rebuilds it): ${(err as Error).message}`);
      }
    },
  };
}
