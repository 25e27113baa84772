import type { Store } from '../db/store.ts';
import type { Clock } from './clock.ts';
import { HARVEST_LEASE, withHarvestLease } from './lease-run.ts';
import type { HarvestResult } from './runner.ts';
import { lastSlot, nextSlot } from './zoned-time.ts';

/** After a failed scheduled run (arXiv down), try again this long after it, until one succeeds. */
export const RETRY_AFTER_FAILURE_MS = 60 * 60_000;
/** How often the server checks whether a harvest is due. */
export const CHECK_EVERY_MS = 60_000;

export interface SchedulerOptions {
  at: string;
  timeZone: string;
  clock: Clock;
  /** This process's lease holder id. */
  holder: string;
  /** One harvest; `renew` keeps the lease and goes to the runner's onPage. */
  harvest: (renew: () => Promise<void>) => Promise<HarvestResult>;
  log: (message: string) => void;
  /** How often start() checks; CHECK_EVERY_MS unless set. */
  checkEveryMs?: number;
  /** The harvest lease's time to live; HARVEST_LEASE_MS unless set. */
  leaseMs?: number;
}

export type TickOutcome = 'not-due' | 'busy' | 'ran' | 'failed';

/**
 * Whether a harvest is due: no successful run since the latest scheduled time, and no attempt since
 * it either, or the last attempt failed over an hour ago, or died with its process (no live lease). Missed times (the server was down) are
 * caught up at the next check; several missed days make one harvest, since it runs from the watermark.
 */
export async function harvestDue(store: Store, now: Date, at: string, timeZone: string, self?: string): Promise<boolean> {
  const slot = lastSlot(now, at, timeZone).toISOString();
  const runs = await store.harvest.recentRuns(20);
  if (runs.some((r) => r.status === 'ok' && r.startedAt >= slot)) return false;
  const last = runs[0];
  if (!last || last.startedAt < slot) return true;
  if (last.status === 'running') {
    // Running for real only while someone holds the lease; otherwise its process died mid-run and
    // the next run resumes from the page it saved.
    // `self` asks from inside the lease it just took over: its own lease says nothing about the old run.
    const lease = await store.leases.holder(HARVEST_LEASE);
    return !(lease && lease.holder !== self && lease.expiresAt > now.toISOString());
  }
  return now.getTime() - Date.parse(last.finishedAt ?? last.startedAt) >= RETRY_AFTER_FAILURE_MS;
}

/**
 * The daily harvest inside `paperboy serve`. Every check asks the database whether a run is due and
 * takes the harvest lease before running, so of several servers on one database one harvests.
 * Failures are logged and recorded (the admin page shows them); the site keeps serving.
 */
export function createHarvestScheduler(store: Store, o: SchedulerOptions) {
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<TickOutcome> = Promise.resolve('not-due');
  let stopped = false;

  async function tick(): Promise<TickOutcome> {
    if (!(await harvestDue(store, o.clock.now(), o.at, o.timeZone))) return 'not-due';
    try {
      const outcome = await withHarvestLease(store, o.holder, o.clock, async (renew) => {
        // Another server may have finished the run between our check and taking the lease.
        if (!(await harvestDue(store, o.clock.now(), o.at, o.timeZone, o.holder))) return 'not-due' as const;
        const r = await o.harvest(renew);
        o.log(`harvest: done: ${r.counts.inserted} new, ${r.counts.updated} updated, ${r.counts.newVersions} new versions over ${r.counts.pages} pages`);
        return 'ran' as const;
      }, o.leaseMs);
      return outcome ?? 'busy';
    } catch (err) {
      o.log(`harvest: failed, the site keeps serving and the harvest retries later: ${(err as Error).message}`);
      return 'failed';
    }
  }

  return {
    tick,
    /** The next scheduled time, for logs and the admin page. */
    next: () => nextSlot(o.clock.now(), o.at, o.timeZone),
    start(): void {
      const loop = () => {
        current = tick().finally(() => { if (!stopped) timer = setTimeout(loop, o.checkEveryMs ?? CHECK_EVERY_MS).unref(); });
      };
      loop();
    },
    async stop(): Promise<void> { stopped = true; clearTimeout(timer); await current.catch(() => undefined); },
  };
}
