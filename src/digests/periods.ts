/**
 * What a digest covers and when it is due. A daily digest covers one day (its key is the date), a
 * weekly digest one Monday-to-Sunday ISO week (its key is 2025-W03). The schedule is read in the
 * configured time zone: pure functions of the clock, so tests pin it.
 */
import { addDays } from '../core/dates.ts';
import { isoWeekOf, parseWeek } from '../web/view/periods.ts';
import type { Frequency } from './types.ts';

export interface DigestPeriod {
  frequency: Frequency;
  /** The ledger key: 2025-01-17 or 2025-W03. */
  key: string;
  /** Inclusive YYYY-MM-DD bounds. */
  from: string;
  to: string;
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface DigestSchedule {
  /** 0-23 in `timeZone`. */
  hour: number;
  /** IANA name, e.g. Europe/Berlin. */
  timeZone: string;
  /** The day the weekly digest goes out. */
  weekday: Weekday;
}

/** The period of `frequency` that holds `date`. */
export function periodFor(frequency: Frequency, date: string): DigestPeriod {
  if (frequency === 'daily') return { frequency, key: date, from: date, to: date };
  const week = parseWeek(isoWeekOf(date))!;
  return { frequency, key: week.key, from: week.from, to: week.to };
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock date, hour and weekday (Monday 0) at `now` in `timeZone`. */
export function localTime(now: Date, timeZone: string): { date: string; hour: number; weekday: number } {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', weekday: 'short', hourCycle: 'h23' });
    formats.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(now).map((p) => [p.type, p.value]));
  const weekday = WEEKDAYS.indexOf(parts.weekday!.slice(0, 3).toLowerCase() as Weekday);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), weekday };
}

/**
 * The periods whose send time has most recently passed at `now`: the daily digest of the day before
 * the latest send day, and the weekly digest of the last week complete on the latest weekly send day.
 * Always one of each, so a server started after the hour (or after a restart) still sends what is
 * owed; the ledger makes asking again harmless.
 */
export function duePeriods(now: Date, s: DigestSchedule): DigestPeriod[] {
  const local = localTime(now, s.timeZone);
  const beforeHour = local.hour < s.hour;
  const dailySendDay = beforeHour ? addDays(local.date, -1) : local.date;
  let sinceWeekly = (local.weekday - WEEKDAYS.indexOf(s.weekday) + 7) % 7;
  if (sinceWeekly === 0 && beforeHour) sinceWeekly = 7;
  const weeklySendDay = addDays(local.date, -sinceWeekly);
  return [periodFor('daily', addDays(dailySendDay, -1)), periodFor('weekly', addDays(weeklySendDay, -7))];
}

/**
 * The period `paperboy digest send` sends without --date, whatever the hour: yesterday (in the
 * time zone) for daily, the last complete Monday-to-Sunday week for weekly.
 */
export function defaultPeriod(frequency: Frequency, now: Date, timeZone: string): DigestPeriod {
  const today = localTime(now, timeZone).date;
  return periodFor(frequency, addDays(today, frequency === 'daily' ? -1 : -7));
}
