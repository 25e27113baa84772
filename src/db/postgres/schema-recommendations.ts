import type { Migration } from '../sqlite/migrations.ts';

/**
 * Version 8 on PostgreSQL, as on SQLite (src/db/sqlite/schema-recommendations.ts). user_id has no
 * foreign key here: the accounts tables are not on PostgreSQL yet (docs/DEPLOY.md), and a migration
 * cannot refer to a table a later merge adds. Papers are, so skips cascade with their paper.
 */
export const PG_RECOMMENDATIONS_MIGRATION: Migration = {
  version: 8,
  name: 'recommendations: picks, skips, reader settings, models',
  sql: `
CREATE TABLE rec_seeds (
  user_id BIGINT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('category', 'author', 'paper')),
  value TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, kind, value)
);

CREATE TABLE rec_skips (
  user_id BIGINT NOT NULL,
  paper_rowid INTEGER NOT NULL REFERENCES papers(rowid) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, paper_rowid)
);

CREATE TABLE rec_readers (
  user_id BIGINT PRIMARY KEY,
  reset_at TEXT,
  digest_section INTEGER NOT NULL DEFAULT 0,
  feed_secret_hash TEXT UNIQUE,
  updated_at TEXT NOT NULL
);

CREATE TABLE rec_models (
  user_id BIGINT NOT NULL,
  scope TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  model TEXT,
  feed TEXT NOT NULL,
  trained_at TEXT NOT NULL,
  PRIMARY KEY (user_id, scope)
);
`,
};
