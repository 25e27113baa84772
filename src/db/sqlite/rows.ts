/** The papers row mapping is shared with the PostgreSQL store; see src/db/shared/paper-row.ts. */
import { PAPER_COLUMNS as STORED, READ_PAPER_COLUMNS } from '../shared/paper-row.ts';

export * from '../shared/paper-row.ts';

/**
 * The columns the importer's merge reads: `upvotes` here is the imported count alone, since the
 * merged paper's upvotes are written back to papers.upvotes.
 */
export const STORED_PAPER_COLUMNS = STORED;

/** The columns every SQLite reader selects: with local upvotes and comments, which rowToPaper adds to the imported ones. */
export const PAPER_COLUMNS = READ_PAPER_COLUMNS;
