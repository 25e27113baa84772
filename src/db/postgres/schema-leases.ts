import type { Migration } from '../sqlite/migrations.ts';

/** Version 3 on PostgreSQL, as on SQLite: one row per job lease. */
export const PG_LEASES_MIGRATION: Migration = {
  version: 3,
  name: 'job leases',
  sql: `
CREATE TABLE job_leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
`,
};
