/**
 * The day ranges of the daily feed's addresses: a day (YYYY-MM-DD), an ISO week (YYYY-Www,
 * Monday to Sunday, week 1 holding the year's first Thursday) and a month (YYYY-MM).
 * Each parser returns null for anything that is not a real day, week or month. The calendar
 * arithmetic is the pages' (src/web/view/periods.ts), so the API and the pages agree.
 */
import { parseDay as parsePeriodDay, parseMonth as parsePeriodMonth, parseWeek } from '../view/periods.ts';

export { isoWeeksInYear } from '../view/periods.ts';

export interface DayRange {
  /** Inclusive YYYY-MM-DD bounds. */
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

/** 2025-02-28 is a day; 2025-02-30 and 2025-2-3 are not. */
export function parseDay(s: string): DayRange | null {
  const day = parsePeriodDay(s);
  return day ? { from: day, to: day } : null;
}

/** 2025-W01 runs 2024-12-30 to 2025-01-05; 2025-W53 does not exist, 2026-W53 does. */
export const parseIsoWeek = (s: string): DayRange | null => bounds(parseWeek(s));

/** 2025-02 runs 2025-02-01 to 2025-02-28. */
export const parseMonth = (s: string): DayRange | null => bounds(parsePeriodMonth(s));

function bounds(p: DayRange | null): DayRange | null {
  return p ? { from: p.from, to: p.to } : null;
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
