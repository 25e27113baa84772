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

/** A function that collects garbage on every `every`-th call: once per that many batches. */
export function collectEvery(every: number, collectNow: () => void = collectGarbage): () => void {
  let calls = 0;
  return () => {
    if (++calls % every === 0) collectNow();
  };
}
