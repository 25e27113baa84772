import type { Context } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../deps.ts';
import { METRICS, type Metric } from '../../results/types.ts';
import { RESULT_SORTS, type ResultsQuery } from '../../results/repo.ts';
import { claimsToCsv, presentClaim } from '../../results/present.ts';
import { dateParam, enumParam, intParam, parseParams, textParam } from './params.ts';
import { findPaper } from './papers.ts';

/** The explorer's filters, shared by /results (HTML) and /api/results (JSON, CSV). */
export const ResultsParams = z.object({
  metric: enumParam<Metric>(METRICS).optional(),
  unit: textParam(30).optional(),
  hardware: textParam(100).optional(),
  benchmark: textParam(100).optional(),
  baseline: textParam(100).optional(),
  since: dateParam.optional(),
  until: dateParam.optional(),
  category: textParam(40).optional(),
  sort: enumParam(RESULT_SORTS).optional(),
  limit: intParam(1, 1000).optional(),
  offset: intParam(0, 1_000_000).optional(),
  format: enumParam(['json', 'csv'] as const).optional(),
});
export type ResultsParamsOut = z.output<typeof ResultsParams>;

/** Empty form fields mean "any", as a browser submits them. */
export function queryOf(c: Context): Record<string, string> {
  return Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''));
}

export function toQuery(p: ResultsParamsOut, defaultLimit: number): ResultsQuery {
  return {
    metric: p.metric, unit: p.unit, hardware: p.hardware, benchmark: p.benchmark, baseline: p.baseline,
    since: p.since, until: p.until, category: p.category, sort: p.sort, limit: p.limit ?? defaultLimit, offset: p.offset ?? 0,
  };
}

/** GET /api/results: claims across papers as a JSON array (X-Total-Count says how many match), or CSV. */
export async function resultsRoute(c: Context, deps: AppDeps): Promise<Response> {
  const p = parseParams(ResultsParams, queryOf(c));
  const page = await deps.store.results.query(toQuery(p, 100));
  c.header('X-Total-Count', String(page.total));
  if (p.format === 'csv') {
    c.header('Content-Disposition', 'attachment; filename="paperboy-results.csv"');
    return c.body(claimsToCsv(page.items), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  }
  return c.json(page.items.map((x) => presentClaim(x, true)));
}

/** GET /api/papers/{id}/results: one paper's claims, in the order they appear. */
export async function paperResultsRoute(c: Context, deps: AppDeps): Promise<Response> {
  const paper = await findPaper(deps, c.req.param('id') ?? '');
  const rowid = await deps.store.paperRowid(paper.id);
  const { claims } = rowid === null ? { claims: [] } : await deps.store.results.forPaper(rowid);
  return c.json(claims.map((x) => presentClaim(x)));
}
