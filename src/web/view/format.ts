/**
 * Human date labels. Every date is a UTC day, so formatters pin timeZone UTC; they are built once
 * because Intl.DateTimeFormat construction is far slower than formatting.
 */
import type { Period } from './periods.ts';

const LONG = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
const MEDIUM = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' });
const SHORT = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric' });
const WEEKDAY = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short' });
const MONTH = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'long', year: 'numeric' });

const at = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * Formatting is still microseconds per call and a page formats a hundred dates from a few dozen
 * distinct days, so each formatter remembers its answers (bounded: cleared past 4,096 days).
 */
function memo(f: Intl.DateTimeFormat): (date: string) => string {
  const seen = new Map<string, string>();
  return (date) => {
    let out = seen.get(date);
    if (out === undefined) {
      if (seen.size >= 4096) seen.clear();
      out = f.format(at(date));
      seen.set(date, out);
    }
    return out;
  };
}

/** "Wed, Jan 15, 2025" */
export const longDay = memo(LONG);
/** "Jan 15, 2025" */
export const mediumDay = memo(MEDIUM);
/** "Jan 15" */
export const shortDay = memo(SHORT);
/** "Wed" */
export const weekday = memo(WEEKDAY);
/** "January 2025" */
export const monthName = (month: string) => MONTH.format(at(`${month}-01`));

/** "Week 3, 2025" */
export function weekName(week: string): string {
  const [year, w] = week.split('-W');
  return `Week ${Number(w)}, ${year}`;
}

/** The heading of a period view: "Wed, Jan 15, 2025", "Week 3, 2025", "January 2025". */
export function periodTitle(p: Period): string {
  if (p.kind === 'day') return longDay(p.from);
  if (p.kind === 'week') return weekName(p.key);
  return monthName(p.key);
}

/** A short label for prev/next links: "Jan 14", "Week 2", "December 2024". */
export function periodShort(p: Period): string {
  if (p.kind === 'day') return shortDay(p.from);
  if (p.kind === 'week') return `Week ${Number(p.key.slice(6))}`;
  return monthName(p.key);
}

/** "Jan 13 – Jan 19, 2025" for a week. */
export function rangeLabel(p: Period): string {
  return `${shortDay(p.from)} – ${mediumDay(p.to)}`;
}

/** 1234 -> "1,234" */
const NUMBER = new Intl.NumberFormat('en-US');
export const formatCount = (n: number) => NUMBER.format(n);

/** "1 paper", "3 papers" */
export const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;
