import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { invalidArgument, PaperboyError } from '../../errors.ts';
import { copySqliteToPostgres, type TableReport } from '../../db/copy/copy-to-postgres.ts';
import { isPostgresUrl, postgresOptions } from '../../db/open-store.ts';
import { PostgresStore } from '../../db/postgres/postgres-store.ts';
import { openSqlite } from '../../db/sqlite/open.ts';
import { isInteractive } from '../../config.ts';

interface MigrateOptions { from: string; to: string; batch: string; dryRun?: boolean }

function reportLine(r: TableReport): string {
  const state = r.verified ? 'verified' : `MISMATCH (target has ${r.target.rows} rows, checksum ${r.target.checksum})`;
  return `${r.table.padEnd(17)} ${String(r.rows).padStart(9)} rows  +${r.inserted} new  ~${r.updated} changed  checksum ${r.source.checksum}  ${state}`;
}

/** `paperboy migrate --from sqlite:PATH --to postgres://...`: copy everything, then verify it. */
export function registerMigrate(program: Command): void {
  program.command('migrate')
    .description('copy a SQLite database into PostgreSQL and verify counts and checksums per table (safe to run again)')
    .requiredOption('--from <source>', 'the SQLite database, as sqlite:PATH')
    .requiredOption('--to <url>', 'the PostgreSQL database, postgres://user:pass@host:5432/db (?schema=NAME for a schema)')
    .option('--batch <n>', 'rows per insert and transaction', '500')
    .option('--dry-run', 'write nothing: compare the two databases table by table')
    .action(async (o: MigrateOptions) => {
      if (!o.from.startsWith('sqlite:')) throw invalidArgument('--from', `--from: expected sqlite:PATH, got "${o.from}"`);
      const path = o.from.slice('sqlite:'.length);
      if (!existsSync(path)) throw invalidArgument('--from', `--from: no SQLite file at ${path}`);
      if (!isPostgresUrl(o.to)) throw invalidArgument('--to', '--to: expected a postgres:// or postgresql:// URL');
      const batchSize = Number(o.batch);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 2000) throw invalidArgument('--batch', '--batch: expected an integer from 1 to 2000');
      const source = openSqlite(path);
      const target = await PostgresStore.open(postgresOptions(o.to)).catch((err: Error) => {
        source.close();
        throw new PaperboyError('invalid_argument', `--to: cannot open PostgreSQL: ${err.message}`, '--to');
      });
      try {
        // A million papers take minutes: show how far each table is, on a terminal only.
        const onBatch = isInteractive() ? (table: string, n: number) => process.stderr.write(`\r${table}: ${n} rows copied`) : undefined;
        const reports = await copySqliteToPostgres(source, target.pool, { batchSize, dryRun: o.dryRun === true, onBatch });
        if (onBatch) process.stderr.write('\r\x1b[K');
        for (const r of reports) console.log(reportLine(r));
        const bad = reports.filter((r) => !r.verified);
        const changed = reports.reduce((n, r) => n + r.inserted + r.updated, 0);
        if (bad.length) {
          throw new PaperboyError('internal', `verification failed for ${bad.map((r) => r.table).join(', ')}: the target differs from the source`
            + (o.dryRun ? '' : ' (rows in the target that the source lacks are never deleted)'));
        }
        const total = reports.reduce((n, r) => n + r.rows, 0);
        console.log(o.dryRun ? `dry run: the databases already match (${total} rows)`
          : changed === 0 ? `nothing to copy: the target already held all ${total} rows; verified`
            : `copied ${changed} rows; all ${total} rows verified`);
      } finally {
        source.close();
        await target.close();
      }
    });
}
