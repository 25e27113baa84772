import type { Store } from '../db/store.ts';
import { PaperboyError } from '../errors.ts';
import type { Clock } from './clock.ts';

/** The lease name every harvest (scheduled or `paperboy harvest`) runs under. */
export const HARVEST_LEASE = 'arxiv-harvest';
/** Renewed after every page; a holder that dies frees the harvest this long after its last page. */
export const HARVEST_LEASE_MS = 30 * 60_000;

/**
 * Runs `body` holding the harvest lease, so two processes on one database never harvest at once.
 * `renew` (pass it as the runner's onPage) extends the lease; it throws if the lease was lost.
 * Returns null when another live holder has the lease.
 */
export async function withHarvestLease<T>(store: Store, holder: string, clock: Clock,
  body: (renew: () => Promise<void>) => Promise<T>, leaseMs = HARVEST_LEASE_MS): Promise<T | null> {
  if (!(await store.leases.acquire(HARVEST_LEASE, holder, leaseMs, clock.now()))) return null;
  const renew = async () => {
    if (!(await store.leases.acquire(HARVEST_LEASE, holder, leaseMs, clock.now()))) {
      throw new PaperboyError('harvest_busy', 'the harvest lease passed to another process; stopping this harvest');
    }
  };
  try {
    return await body(renew);
  } finally {
    await store.leases.release(HARVEST_LEASE, holder);
  }
}

/** The error for a harvest that found the lease taken. */
export async function harvestBusy(store: Store): Promise<PaperboyError> {
  const h = await store.leases.holder(HARVEST_LEASE);
  return new PaperboyError('harvest_busy', `another process is harvesting${h ? ` (${h.holder}, lease until ${h.expiresAt})` : ''}; try again later`);
}
