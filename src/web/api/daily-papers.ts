import type { Context } from 'hono';
import { z } from 'zod';
import type { Paper } from '../../core/paper.ts';
import { rankTrending, type TrendingScore } from '../../core/trending.ts';
import { trendingPapers } from '../../papers/trending.ts';
import { invalidArgument } from '../../errors.ts';
import type { AppDeps } from '../deps.ts';
import { endOfDay, parseDay, parseIsoWeek, parseMonth, type DayRange } from './date-range.ts';
import { dateParam, intParam, monthParam, parseParams, textParam, weekParam } from './params.ts';
import { feedFilterFor } from '../accounts/context.ts';
import { presentDailyEntry } from './presenters.ts';

/** Hugging Face's parameters, with its defaults: page 0, 50 a page, most upvoted first. */
export const DailyParams = z.object({
  date: dateParam.optional(),
  week: weekParam.optional(),
  month: monthParam.optional(),
  sort: z.enum(['publishedAt', 'trending'], { error: 'must be publishedAt or trending' }).optional(),
  submitter: textParam(100).optional(),
  p: intParam(0, 10_000).optional(),
  limit: intParam(1, 100).optional(),
});
export type DailyParams = z.output<typeof DailyParams>;

/** The days a request asks for; without date, week or month, the newest day that has papers. */
async function resolveRange(q: DailyParams, deps: AppDeps): Promise<DayRange | null> {
  const given = (['date', 'week', 'month'] as const).filter((k) => q[k] !== undefined);
  if (given.length > 1) throw invalidArgument(given[1], `${given[1]} cannot be combined with ${given[0]}: give one of date, week and month`);
  if (q.date) return parseDay(q.date);
  if (q.week) return parseIsoWeek(q.week);
  if (q.month) return parseMonth(q.month);
  const latest = await deps.store.latestDailyDate();
  return latest ? { from: latest, to: latest } : null;
}

interface Ranked { paper: Paper; trending?: TrendingScore }

/**
 * Trending order inside a range. Scores are taken at the end of the range's last day, or now if
 * that is earlier, so an old week is ranked as it stood then rather than all decayed to zero.
 */
async function trendingInRange(range: DayRange, q: DailyParams, deps: AppDeps): Promise<Ranked[]> {
  const now = deps.now();
  const end = endOfDay(range.to);
  const asOf = now < end ? now : end;
  const papers = (await deps.store.dailyBetween(range.from, range.to)).filter((p) => !q.submitter || p.submittedBy === q.submitter);
  return rankTrending(
    papers.map((p) => ({ id: p.id, upvotes: p.upvotes, numComments: p.numComments, dailyDate: p.submittedOnDailyAt ?? range.to, paper: p })),
    asOf,
  ).map((r) => ({ paper: r.paper, trending: r.trending }));
}

/**
 * GET /api/daily_papers. sort=trending without a range ranks the trending window (the same list
 * as /trending); with a range it ranks that range. Answers a bare array as Hugging Face does; the
 * total count before paging is in X-Total-Count.
 */
export async function dailyPapersRoute(c: Context, deps: AppDeps): Promise<Response> {
  const q = parseParams(DailyParams, c.req.query());
  const limit = q.limit ?? 50;
  const offset = (q.p ?? 0) * limit;
  const hasRange = q.date !== undefined || q.week !== undefined || q.month !== undefined;
  let items: Ranked[];
  let total: number;
  if (q.sort === 'trending') {
    let ranked: Ranked[];
    if (hasRange) {
      const range = await resolveRange(q, deps);
      ranked = range ? await trendingInRange(range, q, deps) : [];
    } else {
      ranked = (await trendingPapers(deps.store, deps.now())).items.filter((r) => !q.submitter || r.paper.submittedBy === q.submitter);
    }
    total = ranked.length;
    items = ranked.slice(offset, offset + limit);
  } else {
    const range = await resolveRange(q, deps);
    const page = range
      ? await deps.store.dailyPapers({ ...range, order: q.sort === 'publishedAt' ? 'publishedAt' : 'upvotes', submitter: q.submitter, limit, offset, ...feedFilterFor(c) })
      : { items: [], total: 0 };
    total = page.total;
    items = page.items.map((paper) => ({ paper }));
  }
  c.header('X-Total-Count', String(total));
  return c.json(items.map((r) => presentDailyEntry(r.paper, r.trending)));
}
