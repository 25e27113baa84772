import { processHolderId } from '../jobs/lease.ts';
import { duePeriods, type DigestSchedule } from './periods.ts';
import { describeReport } from './sender.ts';
import { runDigest, type DigestDeps } from './run.ts';
import type { SendReport } from './types.ts';

/** The lease every server competes for; its holder sends, the others wait for the next tick. */
export const DIGEST_LEASE = 'digest-sender';
/** Long enough to outlive a stalled batch, renewed before every batch of a run. */
const LEASE_TTL_MS = 10 * 60_000;
/** How often the scheduler looks at the clock. */
export const SCHEDULER_INTERVAL_MS = 60_000; // the default of PAPERBOY_JOB_CHECK_S

export interface DigestScheduler {
  /** One look at the clock: sends whatever is due and not yet done by this process. */
  tick(): Promise<SendReport[]>;
  /** Resolves when a tick in progress ends; no new tick starts after. */
  stop(): Promise<void>;
}

/**
 * The sender inside `paperboy serve`. Every tick it works out the periods due at this hour in the
 * configured time zone (periods.ts), and, holding the database lease, sends them. Of several servers
 * on one database only the lease holder sends; the ledger makes a period sent by one server a no-op
 * for the others, and a server that dies mid-run leaves the rest to whoever takes the lease next.
 */
export function createDigestScheduler(deps: DigestDeps, o: { schedule: DigestSchedule; log: (m: string) => void; holder?: string; leaseMs?: number }): DigestScheduler {
  const holder = o.holder ?? processHolderId();
  const leaseMs = o.leaseMs ?? LEASE_TTL_MS;
  /** Periods this process has finished; the ledger is the real record, this only saves queries. */
  const finished = new Set<string>();
  let current: Promise<SendReport[]> = Promise.resolve([]);
  let stopped = false;

  async function once(): Promise<SendReport[]> {
    const due = duePeriods(deps.now(), o.schedule).filter((p) => !finished.has(`${p.frequency}:${p.key}`));
    if (!due.length) return [];
    const lease = () => deps.store.leases.acquire(DIGEST_LEASE, holder, leaseMs, deps.now());
    if (!(await lease())) return [];
    const reports: SendReport[] = [];
    try {
      for (const period of due) {
        if (stopped) break;
        const report = await runDigest(deps, period, {
          keepAlive: async () => {
            // Checked before every batch: a stopping server ends its run here and the next holder goes on.
            if (stopped) throw new Error('server stopping; the rest of the run is left to the next tick');
            if (!(await lease())) throw new Error('lost the digest lease to another server');
          },
        });
        // Deferred messages keep the period open, so a later tick retries them.
        if (report.deferred === 0) finished.add(`${period.frequency}:${period.key}`);
        if (report.sent || report.failed || report.deferred || report.unknown) o.log(`digests: ${describeReport(report)}`);
        reports.push(report);
      }
    } finally {
      await deps.store.leases.release(DIGEST_LEASE, holder);
    }
    return reports;
  }

  return {
    tick() {
      if (stopped) return Promise.resolve([]);
      current = current.then(once, once);
      return current;
    },
    async stop() { stopped = true; await current.catch(() => undefined); },
  };
}

/** Runs the scheduler every `intervalMs` until stopped; failures are logged and retried next tick. */
export function startDigestScheduler(scheduler: DigestScheduler, intervalMs: number, log: (m: string) => void): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const loop = () => {
    scheduler.tick().catch((err: Error) => log(`digests: sending failed, retrying later: ${err.message}`))
      .finally(() => { if (!stopped) timer = setTimeout(loop, intervalMs).unref(); });
  };
  loop();
  return { async stop() { stopped = true; clearTimeout(timer); await scheduler.stop(); } };
}
