import type { Migration } from './migrations.ts';

/** arXiv harvesting: progress per category scope and OAI set, runs, version history, deletions. */
export const HARVEST_MIGRATION: Migration = {
  version: 6,
  name: 'arxiv harvest state, runs, paper versions, deletions',
  sql: `
-- One row per (category scope, OAI set). The watermark is the next incremental 'from' day; a
-- harvest in progress keeps its next resumption token here, saved with each applied page.
CREATE TABLE harvest_state (
  scope TEXT NOT NULL,
  oai_set TEXT NOT NULL,
  watermark TEXT,
  resume_token TEXT,
  resume_from TEXT,
  resume_started_day TEXT,
  pages_done INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (scope, oai_set)
);

CREATE TABLE harvest_runs (
  id INTEGER PRIMARY KEY,
  trigger TEXT NOT NULL,
  scope TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL CHECK (status IN ('running', 'ok', 'failed', 'unreachable')),
  counts TEXT NOT NULL DEFAULT '{}',
  error TEXT
);

-- Keyed by arXiv id (not papers.rowid) so the history survives re-imports and ports as is.
CREATE TABLE paper_versions (
  arxiv_id TEXT NOT NULL,
  version INTEGER,
  version_date TEXT NOT NULL,
  title TEXT NOT NULL,
  abstract TEXT NOT NULL,
  title_changed INTEGER NOT NULL DEFAULT 0,
  abstract_changed INTEGER NOT NULL DEFAULT 0,
  previous_title TEXT,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (arxiv_id, version_date)
);

-- OAI records with header status="deleted".
CREATE TABLE harvest_deleted (
  arxiv_id TEXT PRIMARY KEY,
  datestamp TEXT NOT NULL,
  seen_at TEXT NOT NULL
);
`,
};
