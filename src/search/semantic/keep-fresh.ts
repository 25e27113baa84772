import type { EmbeddingEndpointConfig } from '../../config.ts';
import type { Store } from '../../db/store.ts';
import { buildSemanticIndex, embedPending, loadCorpusModel } from './indexer.ts';
import { providerFor } from './providers.ts';

/**
 * Papers at or under this count get a search index built automatically by the server when none
 * exists (the demo's 3,000 take seconds). Larger collections are indexed by `paperboy index`, an
 * operator's decision: a million papers take minutes of both cores.
 */
export const AUTO_BUILD_MAX_PAPERS = 200_000;

/** Embeds papers that arrived since the active model was built. Returns how many, or null without an index. */
export async function embedNewPapers(store: Store, endpoint: EmbeddingEndpointConfig | null): Promise<number | null> {
  const info = await store.activeEmbeddingModel();
  if (!info) return null;
  const corpus = await loadCorpusModel(store, info.id);
  if (!corpus) return null;
  return embedPending(store, info.id, providerFor(info.provider, corpus, endpoint));
}

export interface FreshnessJob {
  /** Resolves when the job's current round ends; no new round starts after. */
  stop(): Promise<void>;
}

/**
 * The server's background indexer: builds the index when there is none (small collections only),
 * then every `intervalMs` embeds papers imported since. Failures are logged and retried next round,
 * so an unreachable embedding server never takes the site down.
 */
export function keepIndexFresh(store: Store, endpoint: EmbeddingEndpointConfig | null,
  options: { intervalMs: number; log: (m: string) => void; autoBuild: boolean }): FreshnessJob {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();

  async function once(): Promise<void> {
    const info = await store.activeEmbeddingModel();
    if (!info) {
      const papers = await store.countPapers();
      if (!options.autoBuild || papers === 0) return;
      if (papers > AUTO_BUILD_MAX_PAPERS) {
        options.log(`search: ${papers} papers and no semantic index; run \`paperboy index\` to build it`);
        stopped = true;
        return;
      }
      const r = await buildSemanticIndex(store, endpoint);
      options.log(`search: built the semantic index over ${r.papers} papers (${r.provider}, ${r.dim} dimensions)`);
      return;
    }
    const n = await embedNewPapers(store, endpoint);
    if (n) options.log(`search: embedded ${n} new or changed papers`);
  }

  const tick = () => {
    round = once().catch((err: Error) => options.log(`search: indexing failed, retrying later: ${err.message}`))
      .finally(() => { if (!stopped) timer = setTimeout(tick, options.intervalMs).unref(); });
  };
  tick();
  return {
    async stop() { stopped = true; clearTimeout(timer); await round; },
  };
}
