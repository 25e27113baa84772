import type { Store } from '../db/store.ts';
import { demoCorpus } from './corpus.ts';
import { extractOnImport, extractPending } from '../results/service.ts';

export interface DemoResult { loaded: number; skipped: boolean; existing: number }

/**
 * Fills an empty database with the built-in demo corpus (flagged is_demo), ending at anchorDate so a
 * fresh install shows a living site. A database with papers in it is left alone.
 */
export async function loadDemo(store: Store, anchorDate: string, count?: number): Promise<DemoResult> {
  const existing = await store.countPapers();
  if (existing > 0) return { loaded: 0, skipped: true, existing };
  const papers = demoCorpus({ anchorDate, count }).map((p) => ({ ...p, isDemo: true }));
  const importId = await store.startImport('demo', 'built-in demo corpus');
  let inserted = 0;
  for (let i = 0; i < papers.length; i += 1000) {
    const outcomes = await store.upsertPapers(papers.slice(i, i + 1000), importId, 'demo');
    inserted += outcomes.filter((o) => o === 'inserted').length;
  }
  await store.finishImport(importId, {
    read: papers.length, inserted, updated: 0, merged: 0, unchanged: papers.length - inserted, rejected: 0,
  });
  // As an import would: a fresh install's results explorer is not empty.
  if (extractOnImport()) await extractPending(store);
  return { loaded: inserted, skipped: false, existing };
}
