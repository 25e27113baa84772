/**
 * The calendar periods of the daily views: a UTC day (YYYY-MM-DD), an ISO week (YYYY-Www) and a
 * month (YYYY-MM). Parsers return null for anything malformed or impossible (2025-02-30, W60).
 */
import { addDays } from '../../core/dates.ts';

export { addDays };

export type PeriodKind = 'day' | 'week' | 'month';

export interface Period {
  kind: PeriodKind;
  /** The address key: 2025-01-15, 2025-W03 or 2025-01. */
  key: string;
  /** Inclusive YYYY-MM-DD bounds. */
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** Years outside this range are typos, not archives. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;


/** A valid calendar day, or null. */
export function parseDay(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? s : null;
}

/** Monday of ISO week 1: the week holding January 4th. */
function isoWeekOneMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - dow * DAY_MS;
}

/** 52 or 53: a year has 53 ISO weeks when its week 53 Monday is still before next year's week 1. */
export function isoWeeksInYear(year: number): number {
  return (isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / (7 * DAY_MS);
}

/** The ISO week key (YYYY-Www) a day belongs to; the ISO year is the year of its Thursday. */
export function isoWeekOf(date: string): string {
  const ms = dayMs(date);
  const dow = (new Date(ms).getUTCDay() + 6) % 7;
  const thursday = ms + (3 - dow) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - isoWeekOneMonday(year)) / (7 * DAY_MS)) + 1;
  return `${year}-W${pad(week)}`;
}

export const monthOf = (date: string): string => date.slice(0, 7);

export function dayPeriod(date: string): Period {
  return { kind: 'day', key: date, from: date, to: date };
}

/** YYYY-Www as a period, or null (weeks 1 to 52, or 53 in long years). */
export function parseWeek(s: string): Period | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(s);
  if (!m) return null;
  const [year, week] = [Number(m[1]), Number(m[2])];
  if (year < MIN_YEAR || year > MAX_YEAR || week < 1 || week > isoWeeksInYear(year)) return null;
  const monday = isoWeekOneMonday(year) + (week - 1) * 7 * DAY_MS;
  return { kind: 'week', key: s, from: iso(monday), to: iso(monday + 6 * DAY_MS) };
}

/** YYYY-MM as a period, or null. */
export function parseMonth(s: string): Period | null {
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { kind: 'month', key: s, from: `${s}-01`, to: `${s}-${pad(last)}` };
}

/** The period of `kind` that contains `date`. */
export function periodOf(kind: PeriodKind, date: string): Period {
  if (kind === 'day') return dayPeriod(date);
  return (kind === 'week' ? parseWeek(isoWeekOf(date)) : parseMonth(monthOf(date))) as Period;
}

/** The seven days of a week period, Monday first. */
export function daysOf(p: Period): string[] {
  return Array.from({ length: Math.round((dayMs(p.to) - dayMs(p.from)) / DAY_MS) + 1 }, (_, i) => addDays(p.from, i));
}

/** The ISO weeks that touch a month, in order (4 to 6 of them). */
export function weeksOfMonth(p: Period): string[] {
  const out: string[] = [];
  for (let d = p.from; d <= p.to; d = addDays(d, 7)) out.push(isoWeekOf(d));
  const lastWeek = isoWeekOf(p.to);
  if (out[out.length - 1] !== lastWeek) out.push(lastWeek);
  return out;
}
