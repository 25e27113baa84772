/**
 * Bulk work (an import, its extraction phase) keeps little alive between batches, but V8 grows its
 * heap rather than collect the garbage each batch leaves: at 100k records about a third of an
 * import's peak memory was garbage (docs/PERFORMANCE.md). A full collection every few batches keeps
 * the peak near what is alive, at about the same speed.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/** Collects garbage now where the runtime allows it; otherwise does nothing. */
export function collectGarbage(): void {
  if (collect === undefined) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    try {
      if (!exposed) setFlagsFromString('--expose-gc');
      collect = exposed ?? (runInNewContext('gc') as () => void);
    } catch {
      collect = null;
    }
  }
  collect?.();
}

/** Items (records, papers) between two collections: often enough to cap the peak, rarely enough to cost little. */
export const COLLECT_EVERY_ITEMS = 10_000;

/**
 * For a loop over batches of `batchSize` items: a function to call after each batch, which collects
 * garbage once per COLLECT_EVERY_ITEMS items (at least once per batch of that size or more).
 */
export function collectEvery(batchSize: number, collectNow: () => void = collectGarbage): () => void {
  const every = Math.max(1, Math.round(COLLECT_EVERY_ITEMS / batchSize));
  let calls = 0;
  return () => {
    if (++calls % every === 0) collectNow();
  };
}
