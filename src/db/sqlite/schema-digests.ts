import type { Migration } from './migrations.ts';

/**
 * Digest subscribers, one row per (subscriber, period) sent, and shared secrets. Plain TEXT/INTEGER
 * columns and ISO-8601 text times, so the same schema ports to PostgreSQL as written.
 */
export const DIGESTS_MIGRATION: Migration = {
  version: 5,
  name: 'digest subscribers, sends and secrets',
  sql: `
-- One row per address (lower-cased). Topics are a small JSON list [{kind, value}], read whole.
CREATE TABLE digest_subscribers (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  frequency TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly')),
  status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed', 'suppressed')),
  topics TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  confirmed_at TEXT,
  unsubscribed_at TEXT,
  -- When the last confirmation mail went out (re-requests within a while do not mail again).
  confirm_sent_at TEXT,
  -- Permanent (5xx) refusals in a row; a delivered digest resets it.
  permanent_failures INTEGER NOT NULL DEFAULT 0,
  suppressed_at TEXT
);
CREATE INDEX digest_subscribers_due ON digest_subscribers(status, frequency, id);

-- The exactly-once ledger: a row is claimed (state 'sending') before the message is handed to SMTP
-- and its outcome recorded after. The primary key makes a second claim of one period impossible.
CREATE TABLE digest_sends (
  subscriber_id INTEGER NOT NULL REFERENCES digest_subscribers(id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  frequency TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('sending', 'sent', 'failed', 'retry')),
  run_id TEXT NOT NULL,
  claimed_at TEXT NOT NULL,
  finished_at TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  message_id TEXT,
  error TEXT,
  PRIMARY KEY (subscriber_id, period)
);
CREATE INDEX digest_sends_period ON digest_sends(period, state);

-- Secrets generated once and shared by every server on the database (the link-signing key when
-- PAPERBOY_SECRET is unset).
CREATE TABLE app_secrets (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`,
};
