import type { Mailer, OutgoingMail, SendResult } from '../mail/types.ts';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Wait before the second try; each later wait is `factor` times the one before. */
  firstDelayMs: number;
  factor: number;
  /** Injected so tests do not wait for real. */
  sleep: (ms: number) => Promise<void>;
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** 4 tries over about 2.5 minutes (10 s, 30 s, 90 s): long enough for greylisting's usual first refusal. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, firstDelayMs: 10_000, factor: 3, sleep: realSleep };

/**
 * Sends one message, retrying temporary failures (4xx replies, connection errors) with exponential
 * backoff and a little jitter (so a burst of deferrals does not come back in lockstep). A permanent
 * failure (5xx) is returned at once. Returns the last result and how many tries it took.
 */
export async function sendWithRetry(mailer: Mailer, mail: OutgoingMail, policy: RetryPolicy): Promise<{ result: SendResult; attempts: number }> {
  let delay = policy.firstDelayMs;
  for (let attempt = 1; ; attempt++) {
    const result = await mailer.send(mail);
    if (result.ok || result.permanent || attempt >= policy.attempts) return { result, attempts: attempt };
    await policy.sleep(Math.round(delay * (0.9 + Math.random() * 0.2)));
    delay *= policy.factor;
  }
}
