import type { Paper } from '../../core/paper.ts';
import { arxivIdFromPaperId, parseArxivId } from '../../core/arxiv-id.ts';
import { toFtsMatch } from '../../search/fts-query.ts';
import type { SearchFilters } from '../../search/types.ts';
import type { LexicalPage, Page, SearchHit, SearchQuery } from '../store.ts';
import { filterSql } from './filter-sql.ts';
import { createTitleWordsMatch } from './title-words.ts';
import { statementCache, type Db } from './open.ts';
import { PAPER_COLUMNS, SHOWN_UPVOTES_SQL, rowToPaper, type ImportResolver, type PaperRow } from './rows.ts';

/** BM25 column weights: title above authors above abstract. */
export const BM25 = 'bm25(papers_fts, 10.0, 4.0, 1.0)';
/**
 * Counting every match of a common word costs as much as ranking them: stop counting here. Fifty
 * pages of twenty are more than anyone reads; past that the site says "1,000+".
 */
export const COUNT_CAP = 1_000;
const P_COLUMNS = PAPER_COLUMNS.replace(/(^|,\s*)(\w+)/g, '$1p.$2');

const ORDER = {
  relevance: 'rank',
  date: 'p.published_at IS NULL, p.published_at DESC, rank',
  upvotes: `${SHOWN_UPVOTES_SQL('p.')} DESC, rank`,
} as const;

/** A lexical search that the accelerator (impact-ordered index) may answer faster, or null. */
export type LexicalFastPath = (q: SearchQuery) => LexicalPage | null;

/** Full-text search over FTS5 with filters and sorts, and the lookups that search results need. */
export function createSearchReader(db: Db, resolve: ImportResolver) {
  const prepare = statementCache(db);
  let fastPath: LexicalFastPath | null = null;
  const titleWords = createTitleWordsMatch(db);

  function searchRowids(q: SearchQuery): LexicalPage {
    const none = { items: [], total: 0, totalIsLowerBound: false };
    const base = toFtsMatch(q.query, true, q.matchAny === true);
    const f = filterSql(q);
    if (!base || f.empty) return none;
    const fast = q.matchAny ? null : fastPath?.(q);
    if (fast) return fast;
    // Any-word matching looks at titles only, and at the words that identify one (title-words.ts):
    // an OR scores every row it matches, and a half-remembered title is what it is for.
    const words = q.matchAny ? titleWords(q.query) : base;
    if (!words) return none;
    const match = f.ftsAnd ? `(${words}) AND ${f.ftsAnd}` : words;
    const needsRow = f.where.length > 0 || (q.sort ?? 'relevance') !== 'relevance';
    const from = needsRow ? 'papers_fts f JOIN papers p ON p.rowid = f.rowid' : 'papers_fts f';
    const where = ['papers_fts MATCH ?', ...f.where].join(' AND ');
    const params = [match, ...f.params];
    const rows = prepare(`SELECT f.rowid AS rowid, ${BM25} AS rank FROM ${from} WHERE ${where}
      ORDER BY ${ORDER[q.sort ?? 'relevance']} LIMIT ? OFFSET ?`).all(...params, q.limit, q.offset) as Array<{ rowid: number; rank: number }>;
    return {
      // FTS5's bm25() is lower-is-better; present it as higher-is-better.
      items: rows.map((r) => ({ rowid: r.rowid, score: -r.rank })),
      ...count(from, where, params),
    };
  }

  function count(from: string, where: string, params: unknown[]) {
    const counted = prepare(`SELECT count(*) FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ${COUNT_CAP + 1})`)
      .pluck().get(...params) as number;
    return { total: Math.min(counted, COUNT_CAP), totalIsLowerBound: counted > COUNT_CAP };
  }

  function papersByRowids(rowids: number[]): Array<{ rowid: number; paper: Paper }> {
    if (rowids.length === 0) return [];
    const rows = prepare(`SELECT ${PAPER_COLUMNS} FROM papers WHERE rowid IN (SELECT value FROM json_each(?)) AND hidden_at IS NULL`)
      .all(JSON.stringify(rowids)) as PaperRow[];
    const byRowid = new Map(rows.map((r) => [r.rowid, r]));
    return rowids.flatMap((id) => {
      const r = byRowid.get(id);
      return r ? [{ rowid: id, paper: rowToPaper(r, resolve) }] : [];
    });
  }

  function search(q: SearchQuery): Page<SearchHit> {
    const page = searchRowids(q);
    const papers = papersByRowids(page.items.map((i) => i.rowid));
    const score = new Map(page.items.map((i) => [i.rowid, i.score]));
    return { items: papers.map(({ rowid, paper }) => ({ paper, score: score.get(rowid) ?? 0 })), total: page.total };
  }

  const rowidById = db.prepare('SELECT rowid FROM papers WHERE id = ?').pluck();
  const rowidByAlias = db.prepare('SELECT paper_rowid FROM paper_aliases WHERE alias = ?').pluck();
  const rowidByArxiv = db.prepare('SELECT rowid FROM papers WHERE arxiv_id = ?').pluck();
  function paperRowid(key: string): number | null {
    const k = key.trim();
    const direct = (rowidById.get(k) ?? rowidByAlias.get(k)) as number | undefined;
    if (direct !== undefined) return direct;
    const arxiv = parseArxivId(k)?.id ?? arxivIdFromPaperId(k);
    return arxiv ? ((rowidByArxiv.get(arxiv) as number | undefined) ?? null) : null;
  }

  function filterRowids(rowids: number[], filters: SearchFilters, excludedWords: string[] = []): Set<number> {
    const f = filterSql(filters);
    if (f.empty || rowids.length === 0) return new Set();
    const where = ['p.rowid IN (SELECT value FROM json_each(?))', ...f.where];
    const params: unknown[] = [JSON.stringify(rowids), ...f.params];
    if (f.ftsAnd) { where.push('p.rowid IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?)'); params.push(f.ftsAnd); }
    const excluded = excludedWords.map((w) => `"${w.replace(/"/g, '""')}"`).join(' OR ');
    // One FTS5 rowid lookup per candidate: `NOT IN (SELECT rowid ... MATCH)` would list every paper
    // holding the word (a tenth of a million papers for a common one) to filter a hundred candidates.
    if (excluded) { where.push('NOT EXISTS (SELECT 1 FROM papers_fts WHERE papers_fts MATCH ? AND papers_fts.rowid = p.rowid)'); params.push(excluded); }
    return new Set(prepare(`SELECT p.rowid FROM papers p WHERE ${where.join(' AND ')}`).pluck().all(...params) as number[]);
  }

  function suggestTitles(prefix: string, limit: number): Array<{ id: string; title: string }> {
    const match = toFtsMatch(prefix);
    if (!match) return [];
    // Titles only: a suggestion should read as what the person is typing.
    return prepare(`SELECT p.id, p.title FROM papers_fts f JOIN papers p ON p.rowid = f.rowid
      WHERE papers_fts MATCH ? AND p.hidden_at IS NULL ORDER BY bm25(papers_fts, 1.0, 0.0, 0.0) LIMIT ?`)
      .all(`title : (${match})`, limit) as Array<{ id: string; title: string }>;
  }

  return {
    search, searchRowids, papersByRowids, paperRowid, filterRowids, suggestTitles,
    /** Lets the impact-ordered accelerator answer the queries it can (see src/search/lexical). */
    setFastPath(fn: LexicalFastPath | null) { fastPath = fn; },
  };
}
