/**
 * Day arithmetic for the demo corpus, on whole UTC days counted from 1970-01-01. Working in day
 * numbers (not Date objects) keeps the generator free of time zones and of the clock.
 */

const MS_PER_DAY = 86_400_000;

/** Day number of a YYYY-MM-DD date; throws on anything else (including 2024-02-30). */
export function parseDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) {
    const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (formatDay(t / MS_PER_DAY) === iso) return t / MS_PER_DAY;
  }
  throw new Error(`expected a date as YYYY-MM-DD, got "${iso}"`);
}

/** YYYY-MM-DD of a day number. */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Monday to Friday: the days arXiv announces and the daily feed runs. */
export function isWeekday(day: number): boolean {
  const dow = new Date(day * MS_PER_DAY).getUTCDay();
  return dow >= 1 && dow <= 5;
}

/** The weekdays in [first, last], oldest first. */
export function weekdaysBetween(first: number, last: number): number[] {
  const out: number[] = [];
  for (let d = first; d <= last; d++) if (isWeekday(d)) out.push(d);
  return out;
}

/**
 * Splits `total` into integer parts proportional to `weights` (largest-remainder method), so the
 * parts always sum to exactly `total` and no slot is off by more than one from its share.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  // Ties broken by index, so the result is deterministic.
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k][1]]++;
  return parts;
}
