import type { Db } from '../sqlite/open.ts';
import { inTransaction, LOCKS, Params, type Client, type Pool } from '../postgres/open.ts';
import { tableSum, type TableSum } from './checksum.ts';
import { allRows, postgresPages, sqlitePages } from './read-pages.ts';
import { COPY_TABLES, type CopyTable, type Row } from './tables.ts';

export interface TableReport {
  table: string;
  /** Rows in the source. */
  rows: number;
  inserted: number;
  updated: number;
  source: TableSum;
  target: TableSum;
  /** Same row count and checksum on both sides. */
  verified: boolean;
}

export interface CopyOptions {
  /** Rows per INSERT (and per transaction). */
  batchSize?: number;
  /** Compare only: write nothing. */
  dryRun?: boolean;
  /** Told after every batch, for progress output. */
  onBatch?: (table: string, copied: number) => void;
}

/**
 * Upserts one batch: new rows are inserted, rows that differ are overwritten, equal rows are left
 * alone (so a second run writes nothing). Returns how many rows were inserted and updated.
 */
async function upsertBatch(c: Client, t: CopyTable, rows: Row[]): Promise<{ inserted: number; updated: number }> {
  const p = new Params();
  const tuples = rows.map((row) => `(${[...t.columns.map((col) => p.add(row[col])), ...(t.derived?.values(row, p) ?? [])].join(', ')})`);
  const all = [...t.columns, ...(t.derived?.columns ?? [])];
  const rest = all.filter((c) => !t.key.includes(c));
  const compared = t.columns.filter((c) => !t.key.includes(c));
  const onConflict = rest.length
    ? `DO UPDATE SET ${rest.map((c) => `${c} = excluded.${c}`).join(', ')}
       WHERE (${compared.map((c) => `${t.name}.${c}`).join(', ')}) IS DISTINCT FROM (${compared.map((c) => `excluded.${c}`).join(', ')})`
    : 'DO NOTHING';
  // xmax = 0 marks a row this statement inserted rather than updated.
  const { rows: done } = await c.query<{ inserted: boolean }>(`INSERT INTO ${t.name} (${all.join(', ')}) VALUES ${tuples.join(', ')}
    ON CONFLICT (${t.key.join(', ')}) ${onConflict} RETURNING (xmax = 0) AS inserted`, p.values);
  const inserted = done.filter((r) => r.inserted).length;
  return { inserted, updated: done.length - inserted };
}

/**
 * Moves an identity or sequence past the highest copied value, never back: vector sequence numbers
 * must keep growing for servers that already loaded up to the current one.
 */
async function advanceSequence(pool: Pool, t: CopyTable): Promise<void> {
  if (!t.sequence) return;
  const seq = t.sequence.name ? `'${t.sequence.name}'` : `pg_get_serial_sequence('${t.name}', '${t.sequence.column}')`;
  await pool.query(`SELECT setval(s, greatest(m, coalesce(pg_sequence_last_value(s), 0)))
    FROM (SELECT ${seq}::regclass AS s, max(${t.sequence.column}) AS m FROM ${t.name}) x WHERE m IS NOT NULL`);
}

/**
 * Copies every table of a SQLite database into a migrated PostgreSQL database, in batches, then
 * verifies row counts and checksums per table. Paper writes hold the importers' lock, so a server
 * importing into the target at the same time waits rather than interleaving.
 */
export async function copySqliteToPostgres(source: Db, target: Pool, options: CopyOptions = {}): Promise<TableReport[]> {
  const batchSize = options.batchSize ?? 500;
  const fromSqlite = sqlitePages(source);
  const fromPostgres = postgresPages(target);
  const reports: TableReport[] = [];
  for (const t of COPY_TABLES) {
    let inserted = 0;
    let updated = 0;
    let copied = 0;
    if (!options.dryRun) {
      for await (const rows of allRows(fromSqlite, t, batchSize)) {
        const r = await inTransaction(target, (c) => upsertBatch(c, t, rows), LOCKS.paperWrites);
        inserted += r.inserted;
        updated += r.updated;
        copied += rows.length;
        options.onBatch?.(t.name, copied);
      }
      await advanceSequence(target, t);
    }
    const [src, dst] = await Promise.all([tableSum(fromSqlite, t), tableSum(fromPostgres, t)]);
    reports.push({
      table: t.name, rows: src.rows, inserted, updated, source: src, target: dst,
      verified: src.rows === dst.rows && src.checksum === dst.checksum,
    });
  }
  return reports;
}
