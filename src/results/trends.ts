/**
 * Trends: papers per month, and the title terms growing fastest. A term's growth compares its share
 * of papers in the recent months with its share in the months before, smoothed so that a word seen
 * once does not top the list: (recent + 1) / (R + 1) divided by (prior + 1) / (P + 1), where R and P
 * are the papers in each window. Terms need at least `minRecent` recent papers and a growth above 1.
 */
import { fillMonths, monthRange } from './chart.ts';
import type { Store } from '../db/store.ts';
import type { TrendFilter } from './repo.ts';

const STOP = new Set(('a an and are as at be by for from how in into is it its of on or our the their this to towards via we what when '
  + 'which with without using based new towards toward study approach approaches method methods model models paper work framework '
  + 'learning data analysis system systems toward can vs versus through under over large efficient better more less '
  // Words any title may use whatever its topic: a term that grows should name a topic.
  + 'across beyond leveraging leverage enabling enhancing improving rethinking revisiting dissecting understanding exploring '
  + 'modern novel unified effective empirical comprehensive simple fast practical').split(' '));

/** Distinct terms of a title: words of 3+ letters that are not function words, and adjacent pairs of them. */
export function titleTerms(title: string): Set<string> {
  const words = title.toLowerCase().replace(/\$[^$]*\$/g, ' ').split(/[^a-z0-9+-]+/).map((w) => w.replace(/^-+|-+$/g, ''));
  const out = new Set<string>();
  let prev: string | null = null;
  for (const w of words) {
    const ok = w.length >= 3 && !STOP.has(w) && !/^\d+$/.test(w);
    if (ok) out.add(w);
    if (ok && prev) out.add(`${prev} ${w}`);
    prev = ok ? w : null;
  }
  return out;
}

export interface GrowingTerm { term: string; recent: number; prior: number; growth: number }

/** The fastest-growing terms between two windows of months. */
export function growingTerms(titles: Array<{ month: string; title: string }>, recentFrom: string, opts: { limit?: number; minRecent?: number } = {}): GrowingTerm[] {
  const recent = new Map<string, number>();
  const prior = new Map<string, number>();
  let R = 0;
  let P = 0;
  for (const t of titles) {
    const isRecent = t.month >= recentFrom;
    if (isRecent) R++; else P++;
    const counts = isRecent ? recent : prior;
    for (const term of titleTerms(t.title)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const out: GrowingTerm[] = [];
  for (const [term, r] of recent) {
    if (r < (opts.minRecent ?? 3)) continue;
    const p = prior.get(term) ?? 0;
    const growth = ((r + 1) / (R + 1)) / ((p + 1) / (P + 1));
    if (growth <= 1) continue; // not growing
    out.push({ term, recent: r, prior: p, growth: Number(growth.toFixed(4)) });
  }
  return out.sort((a, b) => b.growth - a.growth || b.recent - a.recent || a.term.localeCompare(b.term)).slice(0, opts.limit ?? 15);
}

function monthsBack(month: string, n: number): string {
  let [y, m] = month.split('-').map(Number) as [number, number];
  m -= n;
  while (m < 1) { m += 12; y--; }
  return `${y}-${String(m).padStart(2, '0')}`;
}

export interface Trend {
  months: Array<{ month: string; papers: number }>;
  terms: GrowingTerm[];
  recentFrom: string;
}

/**
 * Papers per month over the last `span` months with papers (up to `now`), and the terms growing fastest
 * in the last `recent` months against the ones before them.
 */
export async function trendFor(store: Store, filter: TrendFilter, now: Date, opts: { span?: number; recent?: number } = {}): Promise<Trend> {
  // The chart ends at the newest month with papers (never after today), so an older corpus still shows.
  const all = (await store.results.monthlyPapers(filter, '0000-01-01')).filter((r) => r.month <= now.toISOString().slice(0, 7));
  const last = all.length ? all[all.length - 1]!.month : now.toISOString().slice(0, 7);
  const first = monthsBack(last, (opts.span ?? 24) - 1);
  const recentFrom = monthsBack(last, (opts.recent ?? 3) - 1);
  const months = fillMonths(all.filter((r) => r.month >= first), first, last);
  const titles = await store.results.titlesSince(filter, `${monthsBack(recentFrom, opts.recent ?? 3)}-01`, 20_000);
  return { months, terms: growingTerms(titles.filter((t) => t.month <= last), recentFrom), recentFrom };
}

export { monthRange };
