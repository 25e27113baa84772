import type { Context, Hono } from 'hono';
import type { AppDeps } from '../deps.ts';
import { invalidArgument } from '../../errors.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { FeedLinks } from '../components/feed-links.tsx';
import { PaperList } from '../components/paper-card.tsx';
import { Pager } from '../components/pager.tsx';
import { PeriodNav } from '../components/period-nav.tsx';
import { periodTitle, plural } from '../view/format.ts';
import type { NavItem } from '../view/meta.ts';
import { offsetOf, pageHref, paging, parsePage } from '../view/paging.ts';
import { isoWeekOf, monthOf, parseDay, parseMonth, parseWeek, dayPeriod, type Period } from '../view/periods.ts';
import { periodHref, periodView } from '../view/period-view.ts';
import { pageCacheFor } from '../render/page-cache.ts';
import { feedFilterFor } from '../accounts/context.ts';
import { renderPage } from './render.tsx';

/** Papers per page of a day, week or month. */
export const DAILY_PER_PAGE = 50;

const NAV: Record<Period['kind'], NavItem> = { day: 'daily', week: 'weekly', month: 'monthly' };
const NOUN: Record<Period['kind'], string> = { day: 'Daily papers', week: 'Papers of', month: 'Papers of' };

/** One day, week or month of the daily feed, by upvotes. `home` renders it at / (the latest day). */
async function showPeriod(c: Context, deps: AppDeps, period: Period, home = false): Promise<Response> {
  const page = parsePage(c.req.query('page'));
  const path = home ? '/' : periodHref(period);
  const result = await deps.store.dailyPapers({ from: period.from, to: period.to, order: 'upvotes', limit: DAILY_PER_PAGE, offset: offsetOf(page, DAILY_PER_PAGE), ...feedFilterFor(c) });
  const filter = feedFilterFor(c);
  // A signed-in reader's hide=read carries over to the other pages of the list.
  const pg = paging(path, filter.hideRead ? { hide: 'read' } : {}, page, DAILY_PER_PAGE, result.total);
  const view = await periodView(deps.store, period, result.items);
  const when = periodTitle(period);
  const top = result.items.slice(0, 3).map((p) => p.title).join('; ');
  return renderPage(c, deps, {
    title: period.kind === 'day' ? `Daily papers · ${when}` : `${NOUN[period.kind]} ${when}`,
    description: result.total
      ? `${plural(result.total, 'research paper')} from ${when}, ranked by upvotes${top ? `: ${top}` : ''}.`
      : `No papers were added on ${when}. Browse the nearest days with papers on Paperboy.`,
    path: pageHref(path, {}, page),
    feed: { kind: 'daily' },
    nav: NAV[period.kind],
  }, (
    <>
      <PeriodNav view={view} total={result.total} latest={home} />
      {filter.viewerId !== undefined ? <ReadFilter path={path} hiding={!!filter.hideRead} /> : null}
      {result.items.length ? <PaperList papers={result.items} /> : (
        <EmptyState title={`No papers on ${when}`}>
          <p>Nothing entered the daily feed {period.kind === 'day' ? 'on this day' : `in this ${period.kind}`}. arXiv does not announce on weekends and holidays.</p>
          <p class="empty-actions">
            {view.prev ? <a class="button" href={view.prev.href}>{view.prev.title}</a> : null}
            {view.next ? <a class="button" href={view.next.href}>{view.next.title}</a> : null}
            <a class="button" href="/">Latest papers</a>
          </p>
        </EmptyState>
      )}
      <Pager paging={pg} />
      <FeedLinks feed={{ kind: 'daily' }} />
    </>
  ));
}

/** For signed-in readers: show or hide the papers they marked read. */
function ReadFilter({ path, hiding }: { path: string; hiding: boolean }) {
  return (
    <p class="read-filter muted">
      {hiding ? <>Papers you read are hidden. <a href={path}>Show them</a></> : <a href={`${path}?hide=read`}>Hide papers I have read</a>}
    </p>
  );
}

/** The home page of a store with no daily papers at all. */
function emptyHome(c: Context, deps: AppDeps): Promise<Response> {
  return renderPage(c, deps, { title: 'Paperboy', description: 'Daily research papers, trending papers and search.', path: '/', nav: 'daily', feed: { kind: 'daily' } }, (
    <EmptyState title="No papers yet">
      <p>Import a listing with <code>paperboy import FILE</code>, or load the demo corpus with <code>paperboy demo</code>.</p>
    </EmptyState>
  ));
}

function bad(field: string, value: string, expected: string): never {
  throw invalidArgument(field, `"${value.slice(0, 40)}" is not a valid ${expected}`);
}

/** Routes for /, /date, /week and /month. */
export function registerDaily(app: Hono, deps: AppDeps): void {
  const cache = pageCacheFor(deps);
  app.get('/', cache.wrap(async (c) => {
    const latest = await deps.store.latestDailyDate();
    return latest ? showPeriod(c, deps, dayPeriod(latest), true) : emptyHome(c, deps);
  }));
  // The date picker's GET form lands here; the redirect gives the day its one address.
  app.get('/date', (c) => {
    const d = c.req.query('d') ?? '';
    if (!d) return c.redirect('/', 302);
    return c.redirect(`/date/${parseDay(d) ?? bad('d', d, 'date (YYYY-MM-DD)')}`, 302);
  });
  app.get('/date/:date', cache.wrap((c) => {
    const raw = c.req.param('date') ?? '';
    return showPeriod(c, deps, dayPeriod(parseDay(raw) ?? bad('date', raw, 'date (YYYY-MM-DD)')));
  }));
  // /week and /month (the nav links) go to the period of the latest day.
  app.get('/week', async (c) => {
    const latest = await deps.store.latestDailyDate();
    return c.redirect(latest ? `/week/${isoWeekOf(latest)}` : '/', 302);
  });
  app.get('/week/:week', cache.wrap((c) => {
    const raw = c.req.param('week') ?? '';
    return showPeriod(c, deps, parseWeek(raw) ?? bad('week', raw, 'ISO week (YYYY-Www)'));
  }));
  app.get('/month', async (c) => {
    const latest = await deps.store.latestDailyDate();
    return c.redirect(latest ? `/month/${monthOf(latest)}` : '/', 302);
  });
  app.get('/month/:month', cache.wrap((c) => {
    const raw = c.req.param('month') ?? '';
    return showPeriod(c, deps, parseMonth(raw) ?? bad('month', raw, 'month (YYYY-MM)'));
  }));
}
