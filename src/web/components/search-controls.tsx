import type { SearchMode, SearchSort } from '../../search/types.ts';
import { hasFilters, searchHref, type SearchState } from '../view/search-state.ts';
import { ICONS } from './icons.tsx';

const MODES: Array<[SearchMode, string, string]> = [
  ['hybrid', 'Hybrid', 'Words and meaning together'],
  ['lexical', 'Words', 'Papers that contain your words'],
  ['semantic', 'Meaning', 'Papers about what you mean, even in other words'],
];
const SORTS: Array<[SearchSort, string]> = [['relevance', 'Best match'], ['date', 'Newest'], ['upvotes', 'Most upvoted']];

/** Mode and sort as plain links (they work without script), each keeping the query and filters. */
export function SearchSwitches({ s }: { s: SearchState }) {
  return (
    <div class="search-switches">
      <nav class="seg" aria-label="Match by">
        {MODES.map(([mode, label, hint]) => (
          <a href={searchHref(s, { mode })} title={hint} aria-current={s.mode === mode ? 'true' : undefined}>{label}</a>
        ))}
      </nav>
      <nav class="sort-links" aria-label="Sort by">
        <span class="muted">Sort:</span>
        {SORTS.map(([sort, label]) => (
          <a href={searchHref(s, { sort })} aria-current={s.sort === sort ? 'true' : undefined}>{label}</a>
        ))}
      </nav>
    </div>
  );
}

/** The filters in force, each a link that removes it. */
function ActiveFilters({ s }: { s: SearchState }) {
  const chips: Array<[string, Partial<SearchState>]> = [];
  if (s.since) chips.push([`from ${s.since}`, { since: undefined }]);
  if (s.until) chips.push([`to ${s.until}`, { until: undefined }]);
  if (s.category) chips.push([s.category, { category: undefined }]);
  if (s.organization) chips.push([s.organization, { organization: undefined }]);
  if (s.author) chips.push([`by ${s.author}`, { author: undefined }]);
  if (s.has_code) chips.push(['with code', { has_code: undefined }]);
  if (!chips.length) return null;
  return (
    <ul class="filter-chips" aria-label="Filters in force">
      {chips.map(([label, change]) => (
        <li><a href={searchHref(s, change)} title={`Remove the filter ${label}`}>{label} {ICONS.close}<span class="sr-only"> (remove)</span></a></li>
      ))}
    </ul>
  );
}

/**
 * The filters form: a GET form (no script needed) that carries the query, mode and sort in hidden
 * fields; empty fields are ignored by the page, so the address only grows by what was set.
 */
export function SearchFilters({ s }: { s: SearchState }) {
  const field = (name: string, label: string, value: string | undefined, type = 'text', placeholder?: string) => (
    <label class="filter-field">
      <span>{label}</span>
      <input type={type} name={name} value={value ?? ''} placeholder={placeholder} maxlength={type === 'text' ? 200 : undefined} />
    </label>
  );
  return (
    <div class="filters-wrap">
      {/* Closed even when filters are set: the chips beside it show them, and the results stay in view. */}
      <details class="filters">
        <summary>{ICONS.filter} Filters</summary>
        <form class="filters-form" action="/search" method="get">
          <input type="hidden" name="q" value={s.q} />
          {s.mode !== 'hybrid' ? <input type="hidden" name="mode" value={s.mode} /> : null}
          {s.sort !== 'relevance' ? <input type="hidden" name="sort" value={s.sort} /> : null}
          <div class="filter-grid">
            {field('since', 'Published from', s.since, 'date')}
            {field('until', 'Published to', s.until, 'date')}
            {field('category', 'Category', s.category, 'text', 'cs.LG')}
            {field('organization', 'Organization', s.organization)}
            {field('author', 'Author', s.author)}
            <label class="filter-check">
              <input type="checkbox" name="has_code" value="true" checked={s.has_code || undefined} />
              <span>Has code</span>
            </label>
          </div>
          <div class="filter-actions">
            <button type="submit" class="button button-primary">Apply filters</button>
            {hasFilters(s) ? <a class="button" href={searchHref(s, { since: undefined, until: undefined, category: undefined, organization: undefined, author: undefined, has_code: undefined })}>Clear</a> : null}
          </div>
        </form>
      </details>
      <ActiveFilters s={s} />
    </div>
  );
}
