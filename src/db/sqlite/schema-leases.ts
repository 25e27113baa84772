import type { Migration } from './migrations.ts';

export const LEASES_MIGRATION: Migration = {
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
