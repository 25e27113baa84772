/**
 * The day ranges of the daily feed's addresses: a day (YYYY-MM-DD), an ISO week (YYYY-Www,
 * Monday to Sunday, week 1 holding the year's first Thursday) and a month (YYYY-MM).
 * Each parser returns null for anything that is not a real day, week or month.
 */
export interface DayRange {
  /** Inclusive YYYY-MM-DD bounds. */
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** 2025-02-28 is a day; 2025-02-30 and 2025-2-3 are not. */
export function parseDay(s: string): DayRange | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return iso(ms) === s ? { from: s, to: s } : null;
}

/** Monday of ISO week 1: the week that holds January 4th. */
function week1Monday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - weekday * DAY_MS;
}

/** 52 or 53: December 28th always falls in a year's last ISO week. */
export function isoWeeksInYear(year: number): number {
  return Math.floor((Date.UTC(year, 11, 28) - week1Monday(year)) / (7 * DAY_MS)) + 1;
}

/** 2025-W01 runs 2024-12-30 to 2025-01-05; 2025-W53 does not exist, 2026-W53 does. */
export function parseIsoWeek(s: string): DayRange | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > isoWeeksInYear(year)) return null;
  const monday = week1Monday(year) + (week - 1) * 7 * DAY_MS;
  return { from: iso(monday), to: iso(monday + 6 * DAY_MS) };
}

/** 2025-02 runs 2025-02-01 to 2025-02-28. */
export function parseMonth(s: string): DayRange | null {
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const year = Number(m[1]);
  return { from: `${m[1]}-${m[2]}-01`, to: iso(Date.UTC(year, month, 0)) };
}

/** The instant a day ends (the next day's midnight, UTC). */
export function endOfDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS);
}

/** YYYY-MM-DD or an ISO date-time as an ISO date-time; undefined for anything unparseable. */
export function toIsoDateTime(value: string | null): string | undefined {
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00.000Z`;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
