import type { Paper } from '../../core/paper.ts';
import { arxivIdFromPaperId, parseArxivId } from '../../core/arxiv-id.ts';
import type { SearchFilters } from '../../search/types.ts';
import type { LexicalPage, Page, SearchHit, SearchQuery } from '../store.ts';
import { READ_PAPER_COLUMNS as PAPER_COLUMNS, SHOWN_UPVOTES_SQL, type PaperRow } from '../shared/paper-row.ts';
import { filterSql } from './filter-sql.ts';
import type { PgImportsRepo } from './imports-repo.ts';
import { Params, type Queryable } from './open.ts';
import { anyOfTsQuery, toTsQuery } from './tsquery.ts';

/**
 * ts_rank_cd weights in {D, C, B, A} order: abstract (C) 0.1, authors (B) 0.4, title (A) 1.0, the
 * 1:4:10 of SQLite's BM25 column weights. Normalization 1 divides by 1 + log(document length), so a
 * long abstract does not outrank a short one by repetition alone (BM25's length normalization).
 */
const RANK = (query: string) => `ts_rank_cd('{0, 0.1, 0.4, 1.0}', p.tsv, ${query}, 1)`;
/** Title-only ranking, for suggestions. */
const TITLE_RANK = (query: string) => `ts_rank_cd('{0, 0, 0, 1.0}', p.tsv, ${query}, 1)`;
/** As on SQLite: past this many matches the count stops and the total is a lower bound. */
export const COUNT_CAP = 1_000;

const ORDER = {
  relevance: 'rank DESC, p.rowid',
  date: 'p.published_at DESC NULLS LAST, rank DESC, p.rowid',
  upvotes: `${SHOWN_UPVOTES_SQL('p.')} DESC, rank DESC, p.rowid`,
} as const;

/** Full-text search over the weighted tsvector with filters and sorts (as src/db/sqlite/search-read.ts). */
export function createSearchReader(db: Queryable, imports: PgImportsRepo) {
  async function searchRowids(q: SearchQuery): Promise<LexicalPage> {
    const none = { items: [], total: 0, totalIsLowerBound: false };
    // Any-word matching looks at titles only, as on SQLite: cheap for common words, and what a
    // half-remembered title needs.
    const tsq = toTsQuery(q.query, { any: q.matchAny === true, weights: q.matchAny ? 'A' : undefined });
    const p = new Params();
    const query = `to_tsquery('paperboy', ${p.add(tsq)})`;
    const f = filterSql(q, p);
    if (!tsq || f.empty) return none;
    const where = [`p.tsv @@ ${query}`, ...f.where].join(' AND ');
    const filterValues = [...p.values];
    const { rows } = await db.query<{ rowid: number; rank: number }>(`SELECT p.rowid, ${RANK(query)} AS rank
      FROM papers p WHERE ${where} ORDER BY ${ORDER[q.sort ?? 'relevance']} LIMIT ${p.add(q.limit)} OFFSET ${p.add(q.offset)}`, p.values);
    const counted = (await db.query<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 FROM papers p WHERE ${where}
      LIMIT ${COUNT_CAP + 1}) s`, filterValues)).rows[0]!.n;
    return {
      items: rows.map((r) => ({ rowid: r.rowid, score: r.rank })),
      total: Math.min(counted, COUNT_CAP),
      totalIsLowerBound: counted > COUNT_CAP,
    };
  }

  async function papersByRowids(rowids: number[]): Promise<Array<{ rowid: number; paper: Paper }>> {
    if (rowids.length === 0) return [];
    // Hidden papers drop out here, as on SQLite: every search mode loads its papers through this.
    const { rows } = await db.query<PaperRow>(`SELECT ${PAPER_COLUMNS} FROM papers WHERE rowid = ANY($1::int[]) AND hidden_at IS NULL`, [rowids]);
    const papers = await imports.papers(rows);
    const byRowid = new Map(rows.map((r, i) => [r.rowid, papers[i]!]));
    return rowids.flatMap((id) => {
      const paper = byRowid.get(id);
      return paper ? [{ rowid: id, paper }] : [];
    });
  }

  async function search(q: SearchQuery): Promise<Page<SearchHit>> {
    const page = await searchRowids(q);
    const papers = await papersByRowids(page.items.map((i) => i.rowid));
    const score = new Map(page.items.map((i) => [i.rowid, i.score]));
    return { items: papers.map(({ rowid, paper }) => ({ paper, score: score.get(rowid) ?? 0 })), total: page.total };
  }

  async function paperRowid(key: string): Promise<number | null> {
    const k = key.trim();
    const { rows } = await db.query<{ rowid: number }>(`SELECT rowid FROM papers WHERE id = $1
      UNION ALL SELECT paper_rowid FROM paper_aliases WHERE alias = $1 LIMIT 1`, [k]);
    if (rows[0]) return rows[0].rowid;
    const arxiv = parseArxivId(k)?.id ?? arxivIdFromPaperId(k);
    if (!arxiv) return null;
    return (await db.query<{ rowid: number }>('SELECT rowid FROM papers WHERE arxiv_id = $1', [arxiv])).rows[0]?.rowid ?? null;
  }

  async function filterRowids(rowids: number[], filters: SearchFilters, excludedWords: string[] = []): Promise<Set<number>> {
    const p = new Params();
    const f = filterSql(filters, p);
    if (f.empty || rowids.length === 0) return new Set();
    const where = [`p.rowid = ANY(${p.add(rowids)}::int[])`, ...f.where];
    const excluded = anyOfTsQuery(excludedWords);
    if (excluded) where.push(`NOT (p.tsv @@ to_tsquery('paperboy', ${p.add(excluded)}))`);
    const { rows } = await db.query<{ rowid: number }>(`SELECT p.rowid FROM papers p WHERE ${where.join(' AND ')}`, p.values);
    return new Set(rows.map((r) => r.rowid));
  }

  async function suggestTitles(prefix: string, limit: number): Promise<Array<{ id: string; title: string }>> {
    // Titles only: a suggestion should read as what the person is typing.
    const tsq = toTsQuery(prefix, { weights: 'A' });
    if (!tsq) return [];
    const { rows } = await db.query<{ id: string; title: string }>(`SELECT p.id, p.title FROM papers p,
      to_tsquery('paperboy', $1) AS q WHERE p.tsv @@ q AND p.hidden_at IS NULL ORDER BY ${TITLE_RANK('q')} DESC, p.rowid LIMIT $2`, [tsq, limit]);
    return rows;
  }

  return { search, searchRowids, papersByRowids, paperRowid, filterRowids, suggestTitles };
}
