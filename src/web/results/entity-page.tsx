import type { Context, Hono } from 'hono';
import type { AppDeps } from '../deps.ts';
import type { EntityKind } from '../../results/repo.ts';
import { intParam, parseParams } from '../api/params.ts';
import { z } from 'zod';
import { renderPage } from '../pages/render.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { ClaimsTable, OffsetPager } from './claims-table.tsx';
import { ENTITY_PATH, ENTITY_TITLE, entityHref, trendsHref } from './view.ts';
import { invalidArgument } from '../../errors.ts';

const PER_PAGE = 100;
const Params = z.object({ offset: intParam(0, 1_000_000).optional() });

/** Every claim about one piece of hardware, benchmark or baseline, newest papers first. */
async function entityPage(c: Context, deps: AppDeps, kind: EntityKind): Promise<Response> {
  const name = c.req.param('name') ?? '';
  if (!name || name.length > 100) throw invalidArgument('name', 'name must be 1 to 100 characters');
  const offset = parseParams(Params, c.req.query()).offset ?? 0;
  const filter = kind === 'baseline' ? { baseline: name } : { [kind]: name };
  const page = await deps.store.results.query({ ...filter, sort: 'date_desc', limit: PER_PAGE, offset });
  const papers = new Set(page.items.map((i) => i.paperId)).size;
  const path = entityHref(kind, name);
  return renderPage(c, deps, {
    title: `${ENTITY_TITLE[kind]}: ${name}`,
    description: `Results papers report ${kind === 'baseline' ? 'against' : 'on'} ${name}.`,
    path,
  }, (
    <>
      <header class="list-head">
        <p class="eyebrow"><a href="/results">Results</a> · {ENTITY_TITLE[kind]}</p>
        <h1>{name}</h1>
        <p class="muted">{page.total} {page.total === 1 ? 'claim' : 'claims'}{page.items.length ? ` from ${papers}${page.total > page.items.length ? '+' : ''} ${papers === 1 ? 'paper' : 'papers'}` : ''}{kind === 'baseline' ? ' whose baseline mentions this name' : ''}.
          {' '}<a href={trendsHref({ entity: `${kind}:${name}` })}>Papers per month</a></p>
      </header>
      {page.items.length
        ? <><ClaimsTable claims={page.items} path={path} query={{}} sort="date_desc" /><OffsetPager path={path} query={{}} offset={offset} limit={PER_PAGE} total={page.total} /></>
        : <EmptyState title={`No claims mention ${name}`}><p><a href="/results">Browse all results</a>.</p></EmptyState>}
    </>
  ));
}

/** GET /results/hardware/:name, /results/benchmarks/:name, /results/baselines/:name */
export function registerResultEntities(app: Hono, deps: AppDeps): void {
  for (const kind of ['hardware', 'benchmark', 'baseline'] as const) {
    app.get(`/results/${ENTITY_PATH[kind]}/:name`, (c) => entityPage(c, deps, kind));
  }
}
