import type { PaperInput } from '../core/paper.ts';
import type { Store } from '../db/store.ts';
import { wantedRecord } from './categories.ts';
import type { OaiItem } from './oai-page.ts';
import { announcementDay, isWithdrawn } from './record-rules.ts';
import type { HarvestCounts } from './repo.ts';
import { decideVersion, type VersionRow } from './versions.ts';

/** What one page will write, decided against the stored papers. */
export interface PagePlan {
  papers: PaperInput[];
  versions: VersionRow[];
  deletions: Array<{ arxivId: string; datestamp: string }>;
  /** Records that are not in the store yet (what a dry run would insert). */
  fresh: number;
  rejections: string[];
}

/**
 * Turns a page's items into writes: keeps wanted categories, numbers new versions, puts new papers
 * on their announcement day and marks withdrawals. Counts go into `counts` as it goes.
 */
export async function planPage(store: Store, items: OaiItem[], categories: string[], counts: HarvestCounts): Promise<PagePlan> {
  const plan: PagePlan = { papers: [], versions: [], deletions: [], fresh: 0, rejections: [] };
  for (const item of items) {
    counts.records++;
    if (item.kind === 'rejected') {
      counts.rejected++;
      plan.rejections.push(`line ${item.line}: ${item.error}`);
      continue;
    }
    if (item.kind === 'deleted') {
      // Deleted records carry no categories; marking one Paperboy does not have is a no-op.
      counts.deleted++;
      plan.deletions.push({ arxivId: item.arxivId, datestamp: item.datestamp });
      continue;
    }
    const rec = item.record;
    if (!rec.arxivId || !wantedRecord(rec.categories ?? [], categories)) continue;
    counts.matched++;
    const stored = await store.getPaper(rec.arxivId);
    const history = await store.harvest.versions(rec.arxivId);
    const decided = decideVersion({ ...rec, arxivId: rec.arxivId }, stored, history.at(-1) ?? null);
    const input: PaperInput = { ...decided.input };
    if (!stored) {
      plan.fresh++;
      const day = announcementDay(rec, item.datestamp);
      if (day) input.submittedOnDailyAt = day;
    }
    if (isWithdrawn(item.comments, rec.abstract) && !stored?.withdrawnAt) {
      input.withdrawnAt = rec.updatedAt ?? item.datestamp;
      counts.withdrawn++;
    }
    if (decided.newVersion) counts.newVersions++;
    plan.papers.push(input);
    plan.versions.push(...decided.versions);
  }
  return plan;
}
