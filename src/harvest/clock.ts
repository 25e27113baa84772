/**
 * Time for the harvester: every wait goes through `sleep`, so tests pass a fake clock whose sleep
 * advances `now` at once and records the wait (no test ever really sleeps).
 */
export interface Clock {
  now(): Date;
  sleep(ms: number): Promise<void>;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
