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

const paperColumns = ['rowid', ...PAPER_COLUMNS.split(',').map((c) => c.trim()).filter((c) => c !== 'rowid'), 'created_at', 'modified_at',
  // Migration 4: local counts (equal to the copied vote and comment rows) and moderation.
  'local_upvotes', 'local_comments', 'hidden_at'];

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
  // Migration 4: accounts and the community (secrets are hashes, so sessions and tokens keep working).
  {
    name: 'users',
    key: ['id'],
    columns: ['id', 'email', 'display_name', 'password_hash', 'role', 'email_verified_at', 'banned_at', 'created_at'],
    sequence: { column: 'id' },
  },
  { name: 'sessions', key: ['token_hash'], columns: ['token_hash', 'user_id', 'csrf_token', 'created_at', 'expires_at'] },
  {
    name: 'api_tokens',
    key: ['id'],
    columns: ['id', 'user_id', 'name', 'token_hash', 'created_at', 'last_used_at', 'revoked_at'],
    sequence: { column: 'id' },
  },
  { name: 'email_tokens', key: ['token_hash'], columns: ['token_hash', 'user_id', 'purpose', 'email', 'created_at', 'expires_at', 'used_at'] },
  { name: 'rate_limits', key: ['key'], columns: ['key', 'count', 'window_ends'] },
  { name: 'paper_votes', key: ['user_id', 'paper_rowid'], columns: ['user_id', 'paper_rowid', 'created_at'] },
  // In id order a reply comes after the comment it answers (parent_id refers to a lower id).
  {
    name: 'comments',
    key: ['id'],
    columns: ['id', 'paper_rowid', 'user_id', 'parent_id', 'body', 'created_at', 'edited_at', 'deleted_at', 'hidden_at'],
    sequence: { column: 'id' },
  },
  {
    name: 'reports',
    key: ['id'],
    columns: ['id', 'reporter_id', 'comment_id', 'paper_rowid', 'reason', 'created_at', 'resolved_at', 'resolved_by'],
    sequence: { column: 'id' },
  },
  { name: 'collections', key: ['id'], columns: ['id', 'user_id', 'name', 'is_public', 'share_token', 'created_at'], sequence: { column: 'id' } },
  { name: 'collection_items', key: ['collection_id', 'paper_rowid'], columns: ['collection_id', 'paper_rowid', 'added_at'] },
  {
    name: 'paper_states',
    key: ['user_id', 'paper_rowid'],
    columns: ['user_id', 'paper_rowid', 'read_later_at', 'read_at', 'not_interested_at', 'note', 'updated_at'],
  },
  {
    name: 'author_claims',
    key: ['id'],
    columns: ['id', 'user_id', 'paper_rowid', 'author_name', 'author_key', 'status', 'created_at', 'decided_at', 'decided_by'],
    sequence: { column: 'id' },
  },
  // Migration 5: digest subscribers, the send ledger (so a period sent before the move is not sent
  // again after it) and the shared link-signing secret (so mailed links keep working).
  {
    name: 'digest_subscribers',
    key: ['id'],
    columns: ['id', 'email', 'frequency', 'status', 'topics', 'created_at', 'confirmed_at', 'unsubscribed_at', 'confirm_sent_at',
      'permanent_failures', 'suppressed_at'],
    sequence: { column: 'id' },
  },
  {
    name: 'digest_sends',
    key: ['subscriber_id', 'period'],
    columns: ['subscriber_id', 'period', 'frequency', 'state', 'run_id', 'claimed_at', 'finished_at', 'attempts', 'message_id', 'error'],
  },
  { name: 'app_secrets', key: ['name'], columns: ['name', 'value', 'created_at'] },
  // Migration 6: harvest progress (the next harvest goes on from the watermark), runs, version histories, deletions.
  {
    name: 'harvest_state',
    key: ['scope', 'oai_set'],
    columns: ['scope', 'oai_set', 'watermark', 'resume_token', 'resume_from', 'resume_started_day', 'pages_done', 'updated_at'],
  },
  {
    name: 'harvest_runs',
    key: ['id'],
    columns: ['id', 'trigger', 'scope', 'started_at', 'finished_at', 'status', 'counts', 'error'],
    sequence: { column: 'id' },
  },
  {
    name: 'paper_versions',
    key: ['arxiv_id', 'version_date'],
    columns: ['arxiv_id', 'version', 'version_date', 'title', 'abstract', 'title_changed', 'abstract_changed', 'previous_title', 'seen_at'],
  },
  { name: 'harvest_deleted', key: ['arxiv_id'], columns: ['arxiv_id', 'datestamp', 'seen_at'] },
  { name: 'rec_seeds', key: ['user_id', 'kind', 'value'], columns: ['user_id', 'kind', 'value', 'created_at'] },
  { name: 'rec_skips', key: ['user_id', 'paper_rowid'], columns: ['user_id', 'paper_rowid', 'created_at'] },
  { name: 'rec_readers', key: ['user_id'], columns: ['user_id', 'reset_at', 'digest_section', 'feed_secret_hash', 'updated_at'] },
  { name: 'rec_models', key: ['user_id', 'scope'], columns: ['user_id', 'scope', 'fingerprint', 'model', 'feed', 'trained_at'] },
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
