import { PaperboyError } from '../errors.ts';
import type { AccountsRepo } from './repo.ts';

/** A fixed-window limit: at most `max` events per `windowMs`. */
export interface Limit { max: number; windowMs: number }

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The limits, per network address and per account (email). Log-in failures per account lock the
 * account for the rest of the window (LOGIN_FAILURES): a password guesser gets 5 tries per 15
 * minutes whatever addresses it comes from, while the per-address limits slow one address
 * guessing across many accounts. Counters live in the database, so every web process sees them.
 */
export const LIMITS = {
  loginPerAddress: { max: 30, windowMs: 15 * MINUTE },
  loginFailuresPerAccount: { max: 5, windowMs: 15 * MINUTE },
  signupPerAddress: { max: 10, windowMs: HOUR },
  signupPerAccount: { max: 3, windowMs: HOUR },
  resetPerAddress: { max: 10, windowMs: HOUR },
  resetPerAccount: { max: 3, windowMs: HOUR },
} as const satisfies Record<string, Limit>;

function refuse(windowEnds: string, now: Date, what: string): PaperboyError {
  const minutes = Math.max(1, Math.ceil((Date.parse(windowEnds) - now.getTime()) / MINUTE));
  return new PaperboyError('rate_limited', `Too many ${what}. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
}

/** Counts one event against `key`; throws rate_limited once the window holds more than `limit.max`. */
export async function spend(repo: AccountsRepo, key: string, limit: Limit, now: Date, what: string): Promise<void> {
  const ends = new Date(now.getTime() + limit.windowMs).toISOString();
  const r = await repo.hitRate(key, ends, now.toISOString());
  if (r.count > limit.max) throw refuse(r.windowEnds, now, what);
}

/** Throws rate_limited when `key` already holds `limit.max` events in its window (nothing is counted). */
export async function ensureUnder(repo: AccountsRepo, key: string, limit: Limit, now: Date, what: string): Promise<void> {
  const r = await repo.peekRate(key, now.toISOString());
  if (r.count >= limit.max) throw refuse(r.windowEnds, now, what);
}
