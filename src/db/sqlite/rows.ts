/** The papers row mapping is shared with the PostgreSQL store; see src/db/shared/paper-row.ts. */
export * from '../shared/paper-row.ts';
