import { PAPER_COLUMNS } from '../shared/paper-row.ts';
import { searchColumns, tsvSql } from '../postgres/fts-text.ts';
import type { Params } from '../postgres/open.ts';

/** A row as both stores return it: column name to number, text, bytes or null. */
export type Row = Record<string, unknown>;

/** One table `paperboy migrate` copies: the same columns on both stores. */
export interface CopyTable {
  name: string;
  /** The primary key: rows are paged by it and matched on it. */
  key: string[];
  /** Every copied column (key included), compared by the checksums. */
  columns: string[];
  /** Where SQLite names a column differently (paper_vectors' rowid is PostgreSQL's seq). */
  sqliteColumn?: Record<string, string>;
  /** Columns PostgreSQL derives from the copied ones (the search columns of papers). */
  derived?: { columns: string[]; values(row: Row, p: Params): string[] };
  /** An identity or sequence to move past the copied ids, so later inserts do not collide. */
  sequence?: { column: string; name?: string };
}

const paperColumns = ['rowid', ...PAPER_COLUMNS.split(',').map((c) => c.trim()).filter((c) => c !== 'rowid'), 'created_at', 'modified_at'];

/** In foreign-key order: a table comes after the tables it refers to. */
export const COPY_TABLES: CopyTable[] = [
  { name: 'imports', key: ['id'], columns: ['id', 'source', 'file', 'started_at', 'finished_at', 'counts'], sequence: { column: 'id' } },
  {
    name: 'papers',
    key: ['rowid'],
    columns: paperColumns,
    derived: {
      columns: ['author_keys', 'tsv'],
      values(row, p) {
        const s = searchColumns(row as { title: string; authors_text: string; abstract: string; authors: string });
        return [p.add(s.authorKeys), tsvSql(p.add(s.ftsTitle), p.add(s.ftsAuthors), p.add(s.ftsAbstract))];
      },
    },
    sequence: { column: 'rowid' },
  },
  { name: 'paper_aliases', key: ['alias'], columns: ['alias', 'paper_rowid'] },
  { name: 'paper_categories', key: ['category', 'paper_rowid'], columns: ['category', 'paper_rowid'] },
  {
    name: 'embedding_models',
    key: ['id'],
    columns: ['id', 'provider', 'dim', 'state', 'model', 'covered_rowid', 'created_at', 'activated_at'],
    sequence: { column: 'id' },
  },
  {
    name: 'paper_vectors',
    key: ['model_id', 'paper_rowid'],
    columns: ['seq', 'model_id', 'paper_rowid', 'vec'],
    sqliteColumn: { seq: 'rowid' },
    sequence: { column: 'seq', name: 'paper_vectors_seq' },
  },
  { name: 'vector_stale', key: ['paper_rowid'], columns: ['paper_rowid'] },
  { name: 'job_leases', key: ['name'], columns: ['name', 'holder', 'expires_at'] },
  {
    name: 'paper_results',
    key: ['id'],
    columns: ['id', 'paper_rowid', 'ord', 'metric', 'value', 'min_value', 'max_value', 'unit', 'direction', 'qualifier', 'baseline',
      'hardware', 'benchmark', 'source', 'span', 'span_start', 'span_end', 'value_start', 'value_end'],
    sequence: { column: 'id' },
  },
  { name: 'paper_artifacts', key: ['paper_rowid', 'ord'], columns: ['paper_rowid', 'ord', 'kind', 'name', 'url', 'relation', 'span'] },
  { name: 'paper_results_state', key: ['paper_rowid'], columns: ['paper_rowid', 'version', 'extracted_at'] },
];
