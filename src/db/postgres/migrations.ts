/**
 * Versioned schema migrations for PostgreSQL, applied in order at start under an advisory lock
 * (see open.ts). Versions match SQLite's: version N creates the same tables on both stores.
 * Never edit a released migration: add a new one (its own schema-<name>.ts, one line here).
 */
import type { Migration } from '../sqlite/migrations.ts';
import { PG_PAPERS_MIGRATION } from './schema-papers.ts';
import { PG_VECTORS_MIGRATION } from './schema-vectors.ts';
import { PG_LEASES_MIGRATION } from './schema-leases.ts';
import { PG_ACCOUNTS_MIGRATION } from './schema-accounts.ts';
import { PG_DIGESTS_MIGRATION } from './schema-digests.ts';
import { PG_HARVEST_MIGRATION } from './schema-harvest.ts';
import { PG_RECOMMENDATIONS_MIGRATION } from './schema-recommendations.ts';
import { PG_RESULTS_MIGRATION } from './schema-results.ts';
import { PG_GRAPHS_MIGRATION } from './schema-graphs.ts';

export const POSTGRES_MIGRATIONS: Migration[] = [
  PG_PAPERS_MIGRATION,
  PG_VECTORS_MIGRATION,
  PG_LEASES_MIGRATION,
  PG_ACCOUNTS_MIGRATION,
  PG_DIGESTS_MIGRATION,
  PG_HARVEST_MIGRATION,
  PG_RECOMMENDATIONS_MIGRATION,
  PG_RESULTS_MIGRATION,
  PG_GRAPHS_MIGRATION,
];
