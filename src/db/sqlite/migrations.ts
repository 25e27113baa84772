/**
 * Versioned schema migrations for SQLite, applied in order at start under a write lock.
 * Never edit a released migration: add a new one.
 */
import { LEASES_MIGRATION } from './schema-leases.ts';
import { ACCOUNTS_MIGRATION } from './schema-accounts.ts';
import { DIGESTS_MIGRATION } from './schema-digests.ts';
import { HARVEST_MIGRATION } from './schema-harvest.ts';
import { RECOMMENDATIONS_MIGRATION } from './schema-recommendations.ts';
import { RESULTS_MIGRATION } from './schema-results.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const SQLITE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'papers, imports, aliases, categories, fts',
    sql: `
CREATE TABLE imports (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  file TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  counts TEXT
);

CREATE TABLE papers (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  arxiv_id TEXT UNIQUE,
  version INTEGER,
  title TEXT NOT NULL,
  title_key TEXT NOT NULL,
  abstract TEXT NOT NULL DEFAULT '',
  authors TEXT NOT NULL DEFAULT '[]',
  authors_text TEXT NOT NULL DEFAULT '',
  author_count INTEGER,
  categories TEXT NOT NULL DEFAULT '[]',
  primary_category TEXT,
  published_at TEXT,
  updated_at TEXT,
  links TEXT NOT NULL DEFAULT '{}',
  organization TEXT,
  upvotes INTEGER NOT NULL DEFAULT 0,
  num_comments INTEGER NOT NULL DEFAULT 0,
  submitted_on_daily_at TEXT,
  withdrawn_at TEXT,
  submitted_by TEXT,
  thumbnail TEXT,
  is_demo INTEGER NOT NULL DEFAULT 0,
  provenance TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  modified_at TEXT NOT NULL
);
-- (title_key, arxiv_id): finds the title-only paper (arxiv_id NULL sorts first) or an arXiv paper
-- with a given title in one index range, however many papers share a title.
CREATE INDEX papers_title_key ON papers(title_key, arxiv_id);
CREATE INDEX papers_daily ON papers(submitted_on_daily_at, upvotes);
CREATE INDEX papers_published ON papers(published_at);
CREATE INDEX papers_org ON papers(organization, published_at) WHERE organization IS NOT NULL;

-- Former ids (a title id after the paper gained an arXiv id) keep resolving.
CREATE TABLE paper_aliases (
  alias TEXT PRIMARY KEY,
  paper_rowid INTEGER NOT NULL REFERENCES papers(rowid) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE paper_categories (
  category TEXT NOT NULL,
  paper_rowid INTEGER NOT NULL REFERENCES papers(rowid) ON DELETE CASCADE,
  PRIMARY KEY (category, paper_rowid)
) WITHOUT ROWID;

-- External-content FTS5 over the papers table. The papers repository writes it in the same
-- transaction as the row (not through triggers: a trigger writing a virtual table opens a statement
-- savepoint per row, and FTS5 flushes its pending terms at every savepoint, one tiny segment per row,
-- which made imports 2.3x slower).
CREATE VIRTUAL TABLE papers_fts USING fts5(
  title, authors_text, abstract,
  content='papers', content_rowid='rowid',
  tokenize='porter unicode61 remove_diacritics 2'
);
-- Fewer, larger segments while importing: merge more segments at a time (default 4).
INSERT INTO papers_fts(papers_fts, rank) VALUES ('automerge', 8);
`,
  },
  {
    version: 2,
    name: 'embedding models and paper vectors',
    sql: `
-- One row per trained or configured embedding model. Exactly one is active at a time; a rebuild
-- fills a 'building' model beside it and swaps in one transaction, so searches never see half a model.
CREATE TABLE embedding_models (
  id INTEGER PRIMARY KEY,
  provider TEXT NOT NULL,
  dim INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('building', 'active', 'retired')),
  model BLOB,
  -- Every paper with rowid <= covered_rowid has a vector (or is queued in vector_stale).
  covered_rowid INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  activated_at TEXT
);
CREATE UNIQUE INDEX embedding_models_one_active ON embedding_models(state) WHERE state = 'active';

-- Unit vectors quantized to int8. The table's own rowid is a sequence number: a server's in-memory
-- index asks only for rows past the last one it loaded (INSERT OR REPLACE takes a new rowid).
CREATE TABLE paper_vectors (
  model_id INTEGER NOT NULL REFERENCES embedding_models(id) ON DELETE CASCADE,
  paper_rowid INTEGER NOT NULL REFERENCES papers(rowid) ON DELETE CASCADE,
  vec BLOB NOT NULL,
  UNIQUE (model_id, paper_rowid)
);

-- Papers whose title or abstract changed since they were embedded.
CREATE TABLE vector_stale (
  paper_rowid INTEGER PRIMARY KEY REFERENCES papers(rowid) ON DELETE CASCADE
);
`,
  },
  LEASES_MIGRATION,
  ACCOUNTS_MIGRATION,
  DIGESTS_MIGRATION,
  HARVEST_MIGRATION,
  RECOMMENDATIONS_MIGRATION,
  RESULTS_MIGRATION,
  {
    version: 9,
    // PostgreSQL's version 9 stores saved neighbour graphs; SQLite keeps them as files beside the
    // database (graph-cache.ts), so the version is only taken here, keeping the numbers in step.
    name: 'saved neighbour graphs (files beside the database)',
    sql: '',
  },
];
