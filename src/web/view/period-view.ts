/**
 * The view model of a day, week or month page: its neighbours (skipping empty days), links to the
 * other period kinds, and the day or week chips under the heading.
 */
import type { Paper } from '../../core/paper.ts';
import type { Store } from '../../db/store.ts';
import { periodShort, periodTitle, rangeLabel, shortDay, weekday } from './format.ts';
import { daysOf, isoWeekOf, monthOf, parseWeek, periodOf, weeksOfMonth, type Period, type PeriodKind } from './periods.ts';

export const periodHref = (p: Pick<Period, 'kind' | 'key'>) =>
  p.kind === 'day' ? `/date/${p.key}` : p.kind === 'week' ? `/week/${p.key}` : `/month/${p.key}`;

export interface PeriodLink { href: string; label: string; title: string }
export interface Chip { href: string; label: string; sub: string; current: boolean }

export interface PeriodView {
  period: Period;
  title: string;
  /** "Jan 13 – Jan 19, 2025" under a week's title; null otherwise. */
  subtitle: string | null;
  prev: PeriodLink | null;
  next: PeriodLink | null;
  /** Links to the day, week and month views around this period. */
  kinds: Record<PeriodKind, string>;
  chips: Chip[];
  /** The day the date picker starts on. */
  pickerValue: string;
}

function link(p: Period, dir: string): PeriodLink {
  return { href: periodHref(p), label: periodShort(p), title: `${dir}: ${periodTitle(p)}` };
}

/**
 * Neighbours are the periods holding the nearest non-empty days before and after this one, so the
 * arrows never land on an empty page.
 */
export async function periodView(store: Store, period: Period, papers: Paper[]): Promise<PeriodView> {
  const [before, after] = await Promise.all([
    store.adjacentDailyDates(period.from),
    period.to === period.from ? null : store.adjacentDailyDates(period.to),
  ]);
  const prevDay = before.prev;
  const nextDay = (after ?? before).next;
  // A day inside the period that has papers, so the "Day" link from a week or month is not empty.
  const someDay = papers.reduce<string | null>((max, p) => (p.submittedOnDailyAt && (!max || p.submittedOnDailyAt > max) ? p.submittedOnDailyAt : max), null) ?? period.from;
  const anchor = period.kind === 'day' ? period.from : someDay;
  return {
    period,
    title: periodTitle(period),
    subtitle: period.kind === 'week' ? rangeLabel(period) : null,
    prev: prevDay ? link(periodOf(period.kind, prevDay), 'Previous') : null,
    next: nextDay ? link(periodOf(period.kind, nextDay), 'Next') : null,
    kinds: { day: `/date/${anchor}`, week: `/week/${isoWeekOf(anchor)}`, month: `/month/${monthOf(anchor)}` },
    chips: chipsOf(period),
    pickerValue: anchor,
  };
}

function chipsOf(period: Period): Chip[] {
  if (period.kind === 'week') {
    return daysOf(period).map((d) => ({ href: `/date/${d}`, label: weekday(d), sub: shortDay(d), current: false }));
  }
  if (period.kind === 'month') {
    return weeksOfMonth(period).map((w) => {
      const week = parseWeek(w) as Period;
      return { href: `/week/${w}`, label: `Week ${Number(w.slice(6))}`, sub: `${shortDay(week.from)} – ${shortDay(week.to)}`, current: false };
    });
  }
  // A day: the week around it, with the day itself marked.
  const week = periodOf('week', period.from);
  return daysOf(week).map((d) => ({ href: `/date/${d}`, label: weekday(d), sub: shortDay(d), current: d === period.from }));
}

