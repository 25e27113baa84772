import { addDays } from '../core/dates.ts';
import { extractImported, extractOnImport } from '../results/service.ts';
import type { ImportCounts, Store } from '../db/store.ts';
import { PaperboyError } from '../errors.ts';
import { oaiSetsFor, scopeKey } from './categories.ts';
import type { Clock } from './clock.ts';
import { listRecordsUrl, parseOaiPage } from './oai-page.ts';
import { planPage } from './page-records.ts';
import type { PoliteResponse } from './polite-fetch.ts';
import { zeroCounts, type HarvestCounts, type HarvestRunStatus } from './repo.ts';

/** With no watermark and no --since, a first harvest looks back this many days (a weekend and a day). */
export const FIRST_HARVEST_DAYS = 3;

export interface HarvestOptions {
  categories: string[];
  /** YYYY-MM-DD: harvest from this day, overriding the watermark and any interrupted harvest. */
  since?: string;
  /** Fetch and count, write nothing. */
  dryRun?: boolean;
  /** Who started it ('cli', 'schedule'), for the admin page. */
  trigger: string;
  oaiUrl: string;
  /** A polite fetcher (polite-fetch.ts). */
  get: (url: string) => Promise<PoliteResponse>;
  clock: Clock;
  log?: (message: string) => void;
  /** Called after each applied page (the scheduler renews its lease here); a throw stops the harvest. */
  onPage?: () => Promise<void>;
}

export interface HarvestResult {
  runId: number | null;
  status: HarvestRunStatus;
  counts: HarvestCounts;
  /** Records on the pages that would be new (what a dry run reports). */
  fresh: number;
  error: string | null;
}

const today = (clock: Clock) => clock.now().toISOString().slice(0, 10);

/**
 * Harvests the categories' OAI sets, page by page. Each page is applied in one transaction together
 * with the resumption token for the next, so a run that dies (crash, malformed page, arXiv down)
 * keeps every page before and the next run continues from the saved token. A set's watermark moves
 * to the day its harvest started only when its last page is in.
 */
export async function runHarvest(store: Store, o: HarvestOptions): Promise<HarvestResult> {
  const scope = scopeKey(o.categories);
  const counts = zeroCounts();
  const log = o.log ?? (() => undefined);
  const runId = o.dryRun ? null : await store.harvest.startRun(o.trigger, scope, o.clock.now());
  let importId: number | null = null;
  let fresh = 0;
  try {
    for (const set of oaiSetsFor(o.categories)) {
      const saved = await store.harvest.state(scope, set);
      const resuming = !o.since && saved?.resumeToken ? saved : null;
      const from = o.since ?? resuming?.resumeFrom ?? saved?.watermark ?? addDays(today(o.clock), -FIRST_HARVEST_DAYS);
      let token = resuming?.resumeToken ?? null;
      let page = resuming?.pagesDone ?? 0;
      let startedDay = resuming?.resumeStartedDay ?? null;
      if (resuming) log(`harvest: set ${set}: resuming after page ${page} from the saved resumption token`);
      for (;;) {
        const label = `OAI-PMH page ${page + 1} of set ${set} (${token ? `resumptionToken "${token}"` : `from ${from}`})`;
        const res = await o.get(listRecordsUrl(o.oaiUrl, token ? { token } : { set, from }));
        const parsed = parseOaiPage(res.text, label);
        if (parsed.errorCode === 'badResumptionToken' && token && resuming && page === resuming.pagesDone) {
          // Tokens expire; start the interrupted harvest over from its own 'from' day (upserts are idempotent).
          log(`harvest: set ${set}: arXiv no longer knows the saved token; starting over from ${from}`);
          if (!o.dryRun) await store.harvest.clearResume(scope, set, o.clock.now());
          token = null; page = 0;
          continue;
        }
        if (parsed.errorCode && parsed.errorCode !== 'noRecordsMatch') {
          throw new PaperboyError('arxiv_bad_response', `${label}: arXiv answered with OAI-PMH error ${parsed.errorCode}: ${parsed.errorMessage || 'no message'}`);
        }
        startedDay ??= parsed.responseDay ?? today(o.clock);
        page++;
        counts.pages++;
        const plan = await planPage(store, parsed.items, o.categories, counts);
        fresh += plan.fresh;
        for (const r of plan.rejections.slice(0, 5)) log(`harvest: ${label}: skipped a record: ${r}`);
        if (!o.dryRun) {
          importId ??= await store.startImport('arxiv-oai', `harvest ${scope}`);
          const outcomes = await store.harvest.applyPage({
            importId, source: 'arxiv-oai', papers: plan.papers, versions: plan.versions, deletions: plan.deletions,
            state: { scope, oaiSet: set, resumeToken: parsed.token, resumeFrom: from, resumeStartedDay: startedDay, pagesDone: page },
          }, o.clock.now());
          for (const x of outcomes) counts[x === 'merged' ? 'updated' : x]++;
          // Result claims of what changed, as an import does (src/results/).
          if (extractOnImport()) await extractImported(store, plan.papers, outcomes);
        }
        log(`harvest: set ${set}: page ${page}: ${parsed.items.length} records${parsed.token ? ', more to come' : ''}`);
        await o.onPage?.();
        if (!parsed.token) break;
        token = parsed.token;
      }
      if (!o.dryRun) await store.harvest.completeSet(scope, set, startedDay ?? today(o.clock), o.clock.now());
    }
  } catch (err) {
    const status: HarvestRunStatus = err instanceof PaperboyError && err.code === 'arxiv_unreachable' ? 'unreachable' : 'failed';
    let message = (err as Error).message;
    if (err instanceof PaperboyError && !o.dryRun) {
      // Say what was kept and how to go on: the pages before the failure are in, the token is saved.
      message += counts.pages ? ` (the ${counts.pages} page${counts.pages === 1 ? '' : 's'} before it were saved; run the harvest again to resume from this page)` : '';
      err = new PaperboyError(err.code, message, err.field);
    }
    await finish(store, runId, importId, status, counts, message, o.clock);
    throw err;
  }
  await finish(store, runId, importId, 'ok', counts, null, o.clock);
  return { runId, status: 'ok', counts, fresh, error: null };
}

async function finish(store: Store, runId: number | null, importId: number | null, status: HarvestRunStatus,
  counts: HarvestCounts, error: string | null, clock: Clock): Promise<void> {
  if (importId !== null) {
    const c: ImportCounts = { read: counts.matched, inserted: counts.inserted, updated: counts.updated, merged: 0, unchanged: counts.unchanged, rejected: counts.rejected };
    await store.finishImport(importId, c);
  }
  if (runId !== null) await store.harvest.finishRun(runId, status, counts, error, clock.now());
}
