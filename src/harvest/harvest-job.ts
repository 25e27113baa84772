import type { Store } from '../db/store.ts';
import { processHolderId } from '../jobs/lease.ts';
import { systemClock, type Clock } from './clock.ts';
import { harvestBusy, withHarvestLease } from './lease-run.ts';
import { politeFetcher } from './polite-fetch.ts';
import { runHarvest, type HarvestResult } from './runner.ts';
import { createHarvestScheduler } from './scheduler.ts';
import { requireContact, type HarvestSettings } from './settings.ts';

export interface HarvestJobOptions {
  categories?: string[];
  since?: string;
  dryRun?: boolean;
  trigger: string;
  clock?: Clock;
  log?: (message: string) => void;
  /** Called after each page, inside the lease (the scheduler's stop check goes here). */
  onPage?: () => Promise<void>;
}

/** One harvest as `paperboy harvest` runs it: contact checked, polite fetcher, under the lease (dry runs need none). */
export async function harvestNow(store: Store, s: HarvestSettings, o: HarvestJobOptions, holder = processHolderId()): Promise<HarvestResult> {
  requireContact(s);
  const clock = o.clock ?? systemClock;
  const run = (renew?: () => Promise<void>) => runHarvest(store, {
    categories: o.categories ?? s.categories, since: o.since, dryRun: o.dryRun, trigger: o.trigger, oaiUrl: s.oaiUrl,
    get: politeFetcher({ clock, userAgent: s.userAgent }), clock, log: o.log,
    onPage: async () => { await renew?.(); await o.onPage?.(); },
  });
  if (o.dryRun) return run();
  const result = await withHarvestLease(store, holder, clock, run, s.leaseMs);
  if (!result) throw await harvestBusy(store);
  return result;
}

/**
 * The daily harvest of `paperboy serve`, or null when PAPERBOY_HARVEST_AT is unset: the server never
 * touches the network unless the operator asked for it.
 */
export function startHarvestSchedule(store: Store, s: HarvestSettings, log: (m: string) => void, clock: Clock = systemClock) {
  if (!s.at) return null;
  requireContact(s);
  let stopping = false;
  const scheduler = createHarvestScheduler(store, {
    at: s.at, timeZone: s.timeZone, clock, holder: processHolderId(), log, checkEveryMs: s.checkEveryMs, leaseMs: s.leaseMs,
    harvest: (renew) => runHarvest(store, {
      categories: s.categories, trigger: 'schedule', oaiUrl: s.oaiUrl, get: politeFetcher({ clock, userAgent: s.userAgent }), clock, log,
      // A stopping server ends the harvest after the page in hand; the saved token lets the next run go on.
      onPage: async () => { if (stopping) throw new Error('the server is stopping'); await renew(); },
    }),
  });
  scheduler.start();
  log(`harvest: daily at ${s.at} ${s.timeZone} for ${s.categories.join(', ')}; next at ${scheduler.next().toISOString()}`);
  return { stop: async () => { stopping = true; await scheduler.stop(); } };
}
