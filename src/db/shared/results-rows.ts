import type { EntityKind, ResultSort, StoredClaim } from '../../results/repo.ts';
import type { Claim } from '../../results/types.ts';

/** Columns of a stored claim as both stores select them (aliases are quoted for PostgreSQL's case). */
export const CLAIM_COLUMNS = `r.id, r.metric, r.value, r.min_value AS "min", r.max_value AS "max", r.unit, r.direction, r.qualifier,
  r.baseline, r.hardware, r.benchmark, r.source, r.span, r.span_start AS "spanStart", r.span_end AS "spanEnd",
  r.value_start AS "valueStart", r.value_end AS "valueEnd", p.id AS "paperId", p.title AS "paperTitle", p.published_at AS "publishedAt"`;

/** Sort orders; ranges sort by their upper end; ties by date then id, so paging is stable. */
export const RESULT_ORDER: Record<ResultSort, string> = {
  value_desc: 'COALESCE(r.value, r.max_value) DESC, p.published_at DESC, r.id',
  value_asc: 'COALESCE(r.value, r.min_value) ASC, p.published_at DESC, r.id',
  date_desc: 'p.published_at DESC, r.paper_rowid DESC, r.ord',
  date_asc: 'p.published_at ASC, r.paper_rowid, r.ord',
  metric: 'r.metric, COALESCE(r.value, r.max_value) DESC, r.id',
  hardware: 'r.hardware, COALESCE(r.value, r.max_value) DESC, r.id',
  baseline: 'r.baseline, COALESCE(r.value, r.max_value) DESC, r.id',
  benchmark: 'r.benchmark, COALESCE(r.value, r.max_value) DESC, r.id',
};

export const ENTITY_COLUMN: Record<EntityKind, string> = { hardware: 'hardware', benchmark: 'benchmark', baseline: 'baseline' };

/** A LIKE pattern for "contains", with the user's % and _ taken literally. */
export function likePattern(words: string): string {
  return `%${words.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A row of either store to a stored claim. */
export function claimFromRow(r: Record<string, unknown>): StoredClaim {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    id: Number(r.id),
    metric: r.metric as Claim['metric'],
    value: num(r.value),
    min: num(r.min),
    max: num(r.max),
    unit: String(r.unit),
    direction: (r.direction ?? null) as Claim['direction'],
    qualifier: (r.qualifier ?? null) as Claim['qualifier'],
    baseline: (r.baseline ?? null) as string | null,
    hardware: (r.hardware ?? null) as string | null,
    benchmark: (r.benchmark ?? null) as string | null,
    source: r.source as Claim['source'],
    span: String(r.span),
    spanStart: Number(r.spanStart),
    spanEnd: Number(r.spanEnd),
    valueStart: Number(r.valueStart),
    valueEnd: Number(r.valueEnd),
    paperId: String(r.paperId),
    paperTitle: String(r.paperTitle),
    publishedAt: (r.publishedAt ?? null) as string | null,
  };
}
