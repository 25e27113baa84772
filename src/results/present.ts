/**
 * The public shape of a claim (API, JSON and CSV export): a number is `value`, a range is `min` and
 * `max`; `span` is the exact sentence it was read from.
 */
import type { StoredClaim } from './repo.ts';
import type { Claim } from './types.ts';

export interface ClaimJson {
  metric: string;
  value?: number;
  min?: number;
  max?: number;
  unit: string;
  direction: string | null;
  qualifier: string | null;
  baseline: string | null;
  hardware: string | null;
  benchmark: string | null;
  span: string;
  source: 'title' | 'abstract';
  /** The number's offsets within the source field (title or abstract). */
  valueStart: number;
  valueEnd: number;
  paper?: { id: string; title: string; publishedAt: string | null };
}

/** One claim for the API; with its paper when listed across papers. */
export function presentClaim(c: Claim | StoredClaim, withPaper = false): ClaimJson {
  const number = c.value !== null ? { value: c.value } : { min: c.min!, max: c.max! };
  const out: ClaimJson = {
    metric: c.metric, ...number, unit: c.unit, direction: c.direction, qualifier: c.qualifier,
    baseline: c.baseline, hardware: c.hardware, benchmark: c.benchmark, span: c.span, source: c.source,
    valueStart: c.valueStart, valueEnd: c.valueEnd,
  };
  if (withPaper && 'paperId' in c) out.paper = { id: c.paperId, title: c.paperTitle, publishedAt: c.publishedAt };
  return out;
}

export const CSV_COLUMNS = ['paper_id', 'paper_title', 'published_at', 'metric', 'value', 'min', 'max', 'unit', 'direction', 'qualifier', 'baseline', 'hardware', 'benchmark', 'span'] as const;

/** RFC 4180 field: quoted when it holds a comma, quote or line break; a leading = + - @ is defused for spreadsheets. */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Claims as CSV with a header row, lines ending in CRLF. */
export function claimsToCsv(claims: StoredClaim[]): string {
  const rows = claims.map((c) => [c.paperId, c.paperTitle, c.publishedAt, c.metric, c.value, c.min, c.max, c.unit, c.direction, c.qualifier,
    c.baseline, c.hardware, c.benchmark, c.span.replace(/\s+/g, ' ')].map(csvField).join(','));
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
