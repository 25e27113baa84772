import type { Migration } from './migrations.ts';

/**
 * Accounts, sessions, tokens, rate limits and local upvotes (issue 5). Plain TEXT/INTEGER columns
 * and ISO-8601 text timestamps so the same statements port to PostgreSQL. Secrets (session
 * tokens, API tokens, mailed links) are stored only as SHA-256 hex digests.
 */
export const ACCOUNTS_MIGRATION: Migration = {
  version: 4,
  name: 'accounts, sessions, tokens, rate limits, votes, comments, reports, collections, paper states, author claims',
  sql: `
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  -- Lowercased and trimmed; the one identity of an account.
  email TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL DEFAULT '',
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('admin', 'moderator', 'member')),
  email_verified_at TEXT,
  banned_at TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  -- The synchronizer token every state-changing request of this session must carry.
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE INDEX sessions_expiry ON sessions(expires_at);

CREATE TABLE api_tokens (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
);
CREATE INDEX api_tokens_user ON api_tokens(user_id);

-- One-time links sent by mail: verification, password reset, change of email.
CREATE TABLE email_tokens (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  purpose TEXT NOT NULL CHECK (purpose IN ('verify', 'reset', 'email_change')),
  email TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
CREATE INDEX email_tokens_user ON email_tokens(user_id, purpose);
CREATE INDEX email_tokens_expiry ON email_tokens(expires_at);

-- Fixed-window counters shared by every web process (keys like "login-fail:acct:a@b.c").
CREATE TABLE rate_limits (
  key TEXT PRIMARY KEY,
  count INTEGER NOT NULL,
  window_ends TEXT NOT NULL
);
CREATE INDEX rate_limits_expiry ON rate_limits(window_ends);

-- Local upvotes, one per user and paper. papers.upvotes keeps the imported (Hugging Face) count;
-- papers.local_upvotes counts these rows and is changed in the same transaction as they are.
CREATE TABLE paper_votes (
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  paper_rowid INTEGER NOT NULL REFERENCES papers(rowid) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, paper_rowid)
);
CREATE INDEX paper_votes_paper ON paper_votes(paper_rowid);
ALTER TABLE papers ADD COLUMN local_upvotes INTEGER NOT NULL DEFAULT 0;

-- Comments, threaded one level deep (a reply's parent is a top-level comment). Deleting or hiding
-- keeps the row so replies keep their place; papers.local_comments counts the visible ones and is
-- changed in the same transaction. papers.num_comments stays the imported count.
CREATE TABLE comments (
  id INTEGER PRIMARY KEY,
  paper_rowid INTEGER NOT NULL REFERENCES papers(rowid) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES comments(id) ON DELETE CASCADE,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  edited_at TEXT,
  deleted_at TEXT,
  hidden_at TEXT
);
CREATE INDEX comments_paper ON comments(paper_rowid, created_at);
ALTER TABLE papers ADD COLUMN local_comments INTEGER NOT NULL DEFAULT 0;
-- Set by a moderator: the paper is left out of every page, feed, search and the API.
ALTER TABLE papers ADD COLUMN hidden_at TEXT;

-- Reports of comments (or papers) for moderators; one open report per reporter and subject.
CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  reporter_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  comment_id INTEGER REFERENCES comments(id) ON DELETE CASCADE,
  paper_rowid INTEGER REFERENCES papers(rowid) ON DELETE CASCADE,
  reason TEXT NOT NULL,
  created_at TEXT NOT NULL,
  resolved_at TEXT,
  resolved_by INTEGER REFERENCES users(id)
);
-- Named lists of papers; a public one is readable by anyone at /c/{share_token}.
CREATE TABLE collections (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  is_public INTEGER NOT NULL DEFAULT 0,
  share_token TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
CREATE INDEX collections_user ON collections(user_id);
CREATE TABLE collection_items (
  collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
  paper_rowid INTEGER NOT NULL REFERENCES papers(rowid) ON DELETE CASCADE,
  added_at TEXT NOT NULL,
  PRIMARY KEY (collection_id, paper_rowid)
);

-- One person's relation to one paper: read later, read, not interested, a private note.
CREATE TABLE paper_states (
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  paper_rowid INTEGER NOT NULL REFERENCES papers(rowid) ON DELETE CASCADE,
  read_later_at TEXT,
  read_at TEXT,
  not_interested_at TEXT,
  note TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (user_id, paper_rowid)
);

-- A user saying "this author name on this paper is me"; a moderator approves or rejects it.
CREATE TABLE author_claims (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  paper_rowid INTEGER NOT NULL REFERENCES papers(rowid) ON DELETE CASCADE,
  author_name TEXT NOT NULL,
  -- src/core/author-key.ts: how author pages match names.
  author_key TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  created_at TEXT NOT NULL,
  decided_at TEXT,
  decided_by INTEGER REFERENCES users(id),
  UNIQUE (user_id, paper_rowid, author_key)
);
CREATE INDEX author_claims_key ON author_claims(author_key, status);

CREATE UNIQUE INDEX reports_once ON reports(reporter_id, coalesce(comment_id, 0), coalesce(paper_rowid, 0));
`,
};
