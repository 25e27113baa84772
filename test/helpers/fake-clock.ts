import type { Clock } from '../../src/harvest/clock.ts';

/** A clock whose sleep returns at once, moving time on and recording the wait (tests never really sleep). */
export interface FakeClock extends Clock {
  waits: number[];
  advance(ms: number): void;
  set(iso: string): void;
}

export function fakeClock(startIso = '2025-03-04T06:00:00Z'): FakeClock {
  let t = Date.parse(startIso);
  const waits: number[] = [];
  return {
    waits,
    now: () => new Date(t),
    sleep: async (ms) => { waits.push(ms); t += ms; },
    advance: (ms) => { t += ms; },
    set: (iso) => { t = Date.parse(iso); },
  };
}
