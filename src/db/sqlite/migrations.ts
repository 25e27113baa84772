/**
 * Versioned schema migrations for SQLite, applied in order at start under a write lock.
 * Never edit a released migration: add a new one.
 */
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
];
