import type { Paper } from '../core/paper.ts';
import { rankTrending, TRENDING, type TrendingScore } from '../core/trending.ts';
import type { Store } from '../db/store.ts';
import { addDays } from '../core/dates.ts';

export interface TrendingPaper { paper: Paper; trending: TrendingScore }

/**
 * Trending papers over the window that ends on the newest daily day. The clock is the real time, but
 * never later than the end of that day, so an archive that stopped in the past still has a trend.
 */
export async function trendingPapers(store: Store, now: Date = new Date()): Promise<{ items: TrendingPaper[]; asOf: Date }> {
  const latest = await store.latestDailyDate();
  if (!latest) return { items: [], asOf: now };
  const endOfLatest = new Date(`${addDays(latest, 1)}T00:00:00Z`);
  const asOf = now < endOfLatest ? now : endOfLatest;
  const from = addDays(latest, -(TRENDING.WINDOW_DAYS - 1));
  const papers = await store.dailyBetween(from, latest);
  const ranked = rankTrending(
    papers.map((p) => ({ id: p.id, upvotes: p.upvotes, numComments: p.numComments, dailyDate: p.submittedOnDailyAt ?? latest, paper: p })),
    asOf,
  );
  return { items: ranked.map((r) => ({ paper: r.paper, trending: r.trending })), asOf };
}
