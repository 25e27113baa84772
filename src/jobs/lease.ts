/**
 * A lease on a named job in the database, so that of several server processes on one database only
 * one runs a scheduled job (digests, harvesting) at a time. A holder that dies simply stops renewing;
 * another process takes the lease once it has expired.
 */
export interface LeaseRepo {
  /**
   * Takes or renews the lease `name` for `holder` until now + ttlMs. True when `holder` now holds it
   * (it was free, expired, or already this holder's); false when another live holder has it.
   */
  acquire(name: string, holder: string, ttlMs: number, now?: Date): Promise<boolean>;
  /** Gives the lease up early; a no-op unless `holder` holds it. */
  release(name: string, holder: string): Promise<void>;
  /** Who holds `name` and until when, or null when nobody does. */
  holder(name: string): Promise<{ holder: string; expiresAt: string } | null>;
}

/** A holder id unique to this process: host, pid and a random part (pids repeat across hosts and restarts). */
export function processHolderId(): string {
  return `${process.env.HOSTNAME ?? 'host'}:${process.pid}:${Math.random().toString(36).slice(2, 10)}`;
}
