import type { Migration } from './migrations.ts';

/**
 * Personal recommendations (issue 10): cold-start picks, skips, per-reader settings, and trained
 * models with the feed each ranked. Models are stored so every server process serves the same one
 * and none keeps state; they are derived data, retrained from the signals whenever those change.
 */
export const RECOMMENDATIONS_MIGRATION: Migration = {
  version: 8,
  name: 'recommendations: picks, skips, reader settings, models',
  sql: `
-- Categories, authors and example papers a new reader picked to start from.
CREATE TABLE rec_seeds (
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('category', 'author', 'paper')),
  value TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, kind, value)
);

-- Papers skipped in the For you feed (a mild negative, and never shown again).
CREATE TABLE rec_skips (
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  paper_rowid INTEGER NOT NULL REFERENCES papers(rowid) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, paper_rowid)
);

-- One row per reader who changed a setting: the last reset, the digest section, the RSS secret's SHA-256.
CREATE TABLE rec_readers (
  user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  reset_at TEXT,
  digest_section INTEGER NOT NULL DEFAULT 0,
  feed_secret_hash TEXT UNIQUE,
  updated_at TEXT NOT NULL
);

-- A reader's trained model and the feed it ranked, per scope ('all', or 'c' and a collection id).
CREATE TABLE rec_models (
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  scope TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  model TEXT,
  feed TEXT NOT NULL,
  trained_at TEXT NOT NULL,
  PRIMARY KEY (user_id, scope)
);
`,
};
