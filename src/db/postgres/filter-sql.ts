import { authorKey } from '../../core/author-key.ts';
import type { SearchFilters } from '../../search/types.ts';
import type { Params } from './open.ts';

export interface FilterSql {
  /** Conditions on the papers table aliased `p`, their values added to the caller's Params. */
  where: string[];
  /** True when a filter can match nothing (an author name with no letters). */
  empty: boolean;
}

/**
 * SQL conditions for the filters shared by lists and search, with the same meaning as SQLite's
 * (src/db/sqlite/filter-sql.ts). The author filter is exact on authorKey(), as SQLite's has_author
 * check is, through the indexed author_keys array: "Li" finds Li but not Lin.
 */
export function filterSql(f: SearchFilters, p: Params): FilterSql {
  const out: FilterSql = { where: [], empty: false };
  if (f.since) out.where.push(`p.published_at >= ${p.add(f.since)}`);
  if (f.until) out.where.push(`p.published_at <= ${p.add(f.until)}`);
  if (f.category) out.where.push(`p.rowid IN (SELECT paper_rowid FROM paper_categories WHERE category = ${p.add(f.category)})`);
  if (f.organization) out.where.push(`p.organization = ${p.add(f.organization)}`);
  // Only links the site would show count: pages drop anything but http(s) as unsafe.
  if (f.hasCode) {
    out.where.push(`EXISTS (SELECT 1 FROM json_array_elements_text(p.links::json -> 'code') AS c(url)
      WHERE lower(c.url) LIKE 'http://%' OR lower(c.url) LIKE 'https://%')`);
  }
  if (f.author) {
    const key = authorKey(f.author);
    if (!/[\p{L}\p{N}]/u.test(key)) out.empty = true;
    out.where.push(`p.author_keys @> ARRAY[${p.add(key)}]::text[]`);
  }
  return out;
}
