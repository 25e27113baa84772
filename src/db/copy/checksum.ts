import { createHash } from 'node:crypto';
import { allRows, type PageReader } from './read-pages.ts';
import type { CopyTable, Row } from './tables.ts';

export interface TableSum {
  rows: number;
  /** Sum of per-row hashes mod 2^64, in hex: independent of order, so each store pages its own way. */
  checksum: string;
}

/** One row's canonical text: the copied columns in order, bytes as hex, so both stores give the same. */
export function canonicalRow(table: CopyTable, row: Row): string {
  return JSON.stringify(table.columns.map((c) => {
    const v = row[c];
    return Buffer.isBuffer(v) ? `\\x${v.toString('hex')}` : v ?? null;
  }));
}

const MOD = 1n << 64n;

/** Row count and checksum of a table on one store. */
export async function tableSum(read: PageReader, table: CopyTable, pageSize = 2000): Promise<TableSum> {
  let rows = 0;
  let sum = 0n;
  for await (const page of allRows(read, table, pageSize)) {
    for (const row of page) {
      rows++;
      sum = (sum + createHash('sha256').update(canonicalRow(table, row)).digest().readBigUInt64BE(0)) % MOD;
    }
  }
  return { rows, checksum: sum.toString(16).padStart(16, '0') };
}
