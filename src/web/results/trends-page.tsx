import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../deps.ts';
import { parseParams, textParam } from '../api/params.ts';
import { invalidArgument } from '../../errors.ts';
import type { EntityKind, TrendFilter } from '../../results/repo.ts';
import { trendFor } from '../../results/trends.ts';
import { renderPage } from '../pages/render.tsx';
import { MonthChart } from './charts.tsx';
import { ENTITY_TITLE, entityHref } from './view.ts';

const Params = z.object({ category: textParam(40).optional(), q: textParam(250).optional(), entity: textParam(140).optional() });
/** Papers a search may count, at most (the newest-first matches beyond it are left out). */
const SEARCH_CAP = 20_000;

/** "hardware:NVIDIA H100" to its kind and name. */
function parseEntity(s: string): { kind: EntityKind; name: string } {
  const m = /^(hardware|benchmark|baseline):(.+)$/.exec(s);
  if (!m) throw invalidArgument('entity', 'entity must be hardware:NAME, benchmark:NAME or baseline:NAME');
  return { kind: m[1] as EntityKind, name: m[2]!.trim() };
}

async function trends(c: Context, deps: AppDeps): Promise<Response> {
  const p = parseParams(Params, Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== '')));
  const filter: TrendFilter = {};
  if (p.category) filter.category = p.category;
  if (p.entity) filter.entity = parseEntity(p.entity);
  if (p.q) filter.rowids = (await deps.store.searchRowids({ query: p.q, limit: SEARCH_CAP, offset: 0, sort: 'date' })).items.map((r) => r.rowid);
  const t = await trendFor(deps.store, filter, deps.now());
  const about = [p.category ? `category ${p.category}` : null, p.q ? `“${p.q}”` : null,
    filter.entity ? `${ENTITY_TITLE[filter.entity.kind].toLowerCase()} ${filter.entity.name}` : null].filter(Boolean).join(', ') || 'all papers';
  const total = t.months.reduce((n, m) => n + m.papers, 0);
  return renderPage(c, deps, {
    title: `Trends: ${about}`,
    description: `Papers per month and the fastest-growing title terms for ${about}.`,
    path: `/trends?${new URLSearchParams(Object.entries(p).filter(([, v]) => v) as Array<[string, string]>).toString()}`,
  }, (
    <>
      <header class="list-head">
        <p class="eyebrow"><a href="/results">Results</a> · Trends</p>
        <h1>Trends: {about}</h1>
        <form class="results-filters" action="/trends" method="get">
          <label>Category <input name="category" value={p.category ?? ''} placeholder="cs.AR" maxlength={40} /></label>
          <label>Search <input name="q" value={p.q ?? ''} placeholder="sparse attention" maxlength={250} /></label>
          <label>Entity <input name="entity" value={p.entity ?? ''} placeholder="hardware:NVIDIA H100" maxlength={140} /></label>
          <button type="submit">Show</button>
        </form>
        {filter.entity ? <p class="rs-small"><a href={entityHref(filter.entity.kind, filter.entity.name)}>Every claim about {filter.entity.name}</a></p> : null}
      </header>
      <MonthChart months={t.months} title={`Papers per month, ${t.months[0]?.month} to ${t.months[t.months.length - 1]?.month}: ${total} papers`} />
      <section aria-labelledby="terms-h">
        <h2 id="terms-h">Fastest-growing terms since {t.recentFrom}</h2>
        {t.terms.length ? (
          <table class="results-table terms">
            <thead><tr><th scope="col">Term</th><th scope="col">Recent papers</th><th scope="col">Before</th><th scope="col">Growth</th></tr></thead>
            <tbody>{t.terms.map((x) => (
              <tr><td><a href={`/search?q=${encodeURIComponent(x.term)}`}>{x.term}</a></td><td class="num">{x.recent}</td><td class="num">{x.prior}</td><td class="num">{x.growth.toFixed(1)}×</td></tr>
            ))}</tbody>
          </table>
        ) : <p class="muted">Too few papers in the last months to tell which terms are growing.</p>}
        <p class="rs-small muted">Growth compares a term's share of titles in the last three months with its share in the three before (smoothed; at least three recent papers).</p>
      </section>
    </>
  ));
}

/** GET /trends?category=|q=|entity=kind:name */
export function registerTrends(app: Hono, deps: AppDeps): void {
  app.get('/trends', (c) => trends(c, deps));
}
