import type { StoredClaim } from '../../results/repo.ts';
import { Parts } from '../components/highlighted.tsx';
import { paperHref } from '../view/paper-view.ts';
import { entityHref, formatValue, METRIC_LABEL, spanParts, withParams } from './view.ts';

/** The sentence with its number marked, its math typeset. */
export function Span({ c }: { c: Pick<StoredClaim, 'span' | 'spanStart' | 'valueStart' | 'valueEnd'> }) {
  const [a, b, z] = spanParts(c);
  return <q class="claim-span"><Parts parts={a} /><mark><Parts parts={b} /></mark><Parts parts={z} /></q>;
}

const SORTABLE: Array<[string, string, string | null]> = [
  ['Paper', 'date', 'date_desc'], ['Metric', 'metric', 'metric'], ['Value', 'value', 'value_desc'],
  ['Baseline', 'baseline', 'baseline'], ['Hardware', 'hardware', 'hardware'], ['Benchmark', 'benchmark', 'benchmark'],
];

/**
 * Claims across papers. Column headers are links that sort by that column (value and date
 * switch between descending and ascending), so sorting works without JavaScript.
 */
export function ClaimsTable({ claims, path, query, sort }: { claims: StoredClaim[]; path: string; query: Record<string, string>; sort: string }) {
  const next = (key: string, first: string) =>
    key === 'value' ? (sort === 'value_desc' ? 'value_asc' : 'value_desc') : key === 'date' ? (sort === 'date_desc' ? 'date_asc' : 'date_desc') : first;
  return (
    <div class="table-wrap">
      <table class="results-table">
        <thead>
          <tr>
            {SORTABLE.map(([label, key, first]) => {
              const active = sort.startsWith(key);
              return (
                <th scope="col" aria-sort={active ? (sort.endsWith('_asc') ? 'ascending' : 'descending') : undefined}>
                  <a href={withParams(path, query, { sort: next(key, first!), offset: undefined })} data-sort={key}>{label}</a>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => (
            <tr>
              <td>
                <a href={paperHref(c.paperId)}>{c.paperTitle}</a>
                {c.publishedAt ? <div class="muted rs-small"><time datetime={c.publishedAt}>{c.publishedAt}</time></div> : null}
                <div class="rs-small"><Span c={c} /></div>
              </td>
              <td>{METRIC_LABEL[c.metric]}</td>
              <td class="num" data-value={c.value ?? c.max ?? ''}>{formatValue(c)}{c.direction === 'worse' ? <span class="muted"> (cost)</span> : null}</td>
              <td>{c.baseline ? <a href={entityHref('baseline', c.baseline)}>{c.baseline}</a> : null}</td>
              <td>{c.hardware ? <a href={entityHref('hardware', c.hardware)}>{c.hardware}</a> : null}</td>
              <td>{c.benchmark ? <a href={entityHref('benchmark', c.benchmark)}>{c.benchmark}</a> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Previous and next links over offset-paged claims. */
export function OffsetPager({ path, query, offset, limit, total }: { path: string; query: Record<string, string>; offset: number; limit: number; total: number }) {
  if (total <= limit) return null;
  const prev = offset > 0 ? withParams(path, query, { offset: offset - limit > 0 ? String(offset - limit) : undefined }) : null;
  const next = offset + limit < total ? withParams(path, query, { offset: String(offset + limit) }) : null;
  return (
    <nav class="pager" aria-label="Pages">
      {prev ? <a rel="prev" href={prev}>← Previous</a> : null}
      <span class="muted">{offset + 1}–{Math.min(total, offset + limit)} of {total}</span>
      {next ? <a rel="next" href={next}>Next →</a> : null}
    </nav>
  );
}
