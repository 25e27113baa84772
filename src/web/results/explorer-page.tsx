import type { Context, Hono } from 'hono';
import type { AppDeps } from '../deps.ts';
import { parseParams } from '../api/params.ts';
import { queryOf, ResultsParams, toQuery } from '../api/results.ts';
import { METRICS } from '../../results/types.ts';
import { RESULT_SORTS, type EntityKind } from '../../results/repo.ts';
import { renderPage } from '../pages/render.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { paperHref } from '../view/paper-view.ts';
import { ClaimsTable, OffsetPager } from './claims-table.tsx';
import { ValueChart } from './charts.tsx';
import { ENTITY_TITLE, entityHref, formatValue, METRIC_LABEL, trendsHref, withParams } from './view.ts';

const PER_PAGE = 50;
const CHART_POINTS = 500;

function Filters({ q }: { q: Record<string, string> }) {
  const field = (name: string, label: string, type = 'text', placeholder = '') => (
    <label>{label} <input type={type} name={name} value={q[name] ?? ''} placeholder={placeholder} maxlength={100} /></label>
  );
  return (
    <form class="results-filters" action="/results" method="get">
      <label>Metric <select name="metric">
        <option value="">any</option>
        {METRICS.map((m) => <option value={m} selected={q.metric === m}>{METRIC_LABEL[m]}</option>)}
      </select></label>
      {field('unit', 'Unit', 'text', 'x, %, tokens/s')}
      {field('hardware', 'Hardware', 'text', 'NVIDIA H100')}
      {field('benchmark', 'Benchmark', 'text', 'KernelBench')}
      {field('baseline', 'Baseline contains', 'text', 'cuBLAS')}
      {field('since', 'From', 'date')}
      {field('until', 'To', 'date')}
      {field('category', 'Category', 'text', 'cs.AR')}
      <label>Sort <select name="sort">
        {RESULT_SORTS.map((s) => <option value={s} selected={(q.sort ?? 'date_desc') === s}>{s.replace('_', ' ')}</option>)}
      </select></label>
      <button type="submit">Filter</button> <a href="/results">Clear</a>
    </form>
  );
}

function TopEntities({ lists }: { lists: Array<[EntityKind, Array<{ name: string; claims: number }>]> }) {
  return (
    <div class="results-entities">
      {lists.map(([kind, items]) => items.length ? (
        <section>
          <h2>{ENTITY_TITLE[kind]}</h2>
          <ul>{items.map((e) => <li><a href={entityHref(kind, e.name)}>{e.name}</a> <span class="muted">{e.claims}</span></li>)}</ul>
        </section>
      ) : null)}
    </div>
  );
}

async function explorer(c: Context, deps: AppDeps): Promise<Response> {
  const raw = queryOf(c);
  const p = parseParams(ResultsParams, raw);
  const query = toQuery({ ...p, limit: PER_PAGE }, PER_PAGE);
  const page = await deps.store.results.query(query);
  // Values over time need one metric and one unit: the one asked for, else the most common one.
  // The newest claims when there are more than a chart can hold: what a reader looks at is where a metric stands now.
  // (Drawn oldest first, so the points read in time order.)
  const chartRows = p.metric ? (await deps.store.results.query({ ...query, sort: 'date_desc', limit: CHART_POINTS, offset: 0 })).items.reverse() : [];
  const units = new Map<string, number>();
  for (const r of chartRows) units.set(r.unit, (units.get(r.unit) ?? 0) + 1);
  const unit = p.unit ?? [...units].sort((a, b) => b[1] - a[1])[0]?.[0];
  const points = chartRows.filter((r) => r.unit === unit && r.publishedAt).map((r) => ({
    day: r.publishedAt!, value: r.value ?? r.max!, href: paperHref(r.paperId), label: `${r.paperTitle}: ${formatValue(r)}${r.baseline ? ` over ${r.baseline}` : ''}`,
  }));
  const lists = await Promise.all((['hardware', 'benchmark', 'baseline'] as const).map(async (k) => [k, await deps.store.results.entities(k, 12)] as [EntityKind, Array<{ name: string; claims: number }>]));
  const { offset: _offset, ...rest } = raw;
  const exportQuery = { ...rest, limit: '1000' };
  return renderPage(c, deps, {
    title: 'Results explorer',
    description: 'Numeric results claimed in paper abstracts (speedups, accuracy, throughput, energy), with their baselines, hardware and benchmarks.',
    path: withParams('/results', raw, {}),
    nav: 'results',
  }, (
    <>
      <header class="list-head">
        <h1>Results explorer</h1>
        <p class="muted">Numbers papers claim in their abstracts, read by rules and linked to the sentence they came from. {page.total} {page.total === 1 ? 'claim matches' : 'claims match'}.</p>
        <p class="rs-small">
          Export: <a href={withParams('/api/results', exportQuery, {})} data-export="json">JSON</a> · <a href={withParams('/api/results', exportQuery, { format: 'csv' })} data-export="csv">CSV</a>
          {' '}· <a href={trendsHref(p.category ? { category: p.category } : {})}>Trends</a>
        </p>
        <Filters q={raw} />
      </header>
      {points.length ? <ValueChart points={points} unit={unit!} title={`${METRIC_LABEL[p.metric!]} (${unit}) reported over time`} sample={page.total > chartRows.length ? { newest: chartRows.length, of: page.total } : undefined} /> : (
        p.metric ? null : <p class="muted rs-small">Choose a metric to chart its values over time.</p>
      )}
      {page.items.length ? (
        <>
          <ClaimsTable claims={page.items} path="/results" query={raw} sort={query.sort ?? 'date_desc'} />
          <OffsetPager path="/results" query={raw} offset={query.offset} limit={PER_PAGE} total={page.total} />
        </>
      ) : <EmptyState title="No claims match"><p>Loosen a filter, or run <code>paperboy extract</code> if papers were imported before results existed.</p></EmptyState>}
      <TopEntities lists={lists} />
    </>
  ));
}

/** GET /results: the results explorer. */
export function registerResultsExplorer(app: Hono, deps: AppDeps): void {
  app.get('/results', (c) => explorer(c, deps));
}
