import { authorKey } from '../../core/author-key.ts';
import type { SearchFilters } from '../../search/types.ts';

export interface FilterSql {
  /** Conditions on the papers table aliased `p`. */
  where: string[];
  params: unknown[];
  /** An FTS5 expression the match must also satisfy (author names), or null. */
  ftsAnd: string | null;
  /** True when a filter can match nothing (an author name with no letters). */
  empty: boolean;
}

/**
 * SQL conditions for the filters shared by lists and search. Authors are narrowed through the FTS
 * authors column and then checked exactly by `has_author` (registered by the papers reader), so
 * "Li" finds Li but not Lin.
 */
export function filterSql(f: SearchFilters): FilterSql {
  const out: FilterSql = { where: [], params: [], ftsAnd: null, empty: false };
  if (f.since) { out.where.push('p.published_at >= ?'); out.params.push(f.since); }
  if (f.until) { out.where.push('p.published_at <= ?'); out.params.push(f.until); }
  if (f.category) {
    out.where.push('p.rowid IN (SELECT paper_rowid FROM paper_categories WHERE category = ?)');
    out.params.push(f.category);
  }
  if (f.organization) { out.where.push('p.organization = ?'); out.params.push(f.organization); }
  // Only links the site would show count: pages drop anything but http(s) as unsafe.
  if (f.hasCode) out.where.push("EXISTS (SELECT 1 FROM json_each(p.links, '$.code') WHERE lower(value) LIKE 'http://%' OR lower(value) LIKE 'https://%')");
  if (f.author) {
    const key = authorKey(f.author);
    const tokens = key.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (tokens.length === 0) out.empty = true;
    out.ftsAnd = `authors_text : "${tokens.join(' ').replace(/"/g, '""')}"`;
    out.where.push('has_author(p.authors, ?)');
    out.params.push(key);
  }
  return out;
}
