import type { Db } from '../sqlite/open.ts';
import type { Queryable } from '../postgres/open.ts';
import type { CopyTable, Row } from './tables.ts';

/** Reads a table in key order, a page at a time, on either store: the next page starts after the last key. */
export type PageReader = (table: CopyTable, after: unknown[] | null, limit: number) => Promise<Row[]>;

export function sqlitePages(db: Db): PageReader {
  return async (t, after, limit) => {
    const cols = t.columns.map((c) => (t.sqliteColumn?.[c] ? `${t.sqliteColumn[c]} AS ${c}` : c)).join(', ');
    const key = t.key.join(', ');
    const where = after ? `WHERE (${key}) > (${t.key.map(() => '?').join(', ')})` : '';
    return db.prepare(`SELECT ${cols} FROM ${t.name} ${where} ORDER BY ${key} LIMIT ?`).all(...(after ?? []), limit) as Row[];
  };
}

export function postgresPages(db: Queryable): PageReader {
  return async (t, after, limit) => {
    // Byte order for text keys, whatever the database's collation: the same order as SQLite's.
    const key = t.key.map((k) => `${k} COLLATE "C"`);
    const keyExpr = t.key.map((k, i) => (isTextKey(k) ? key[i] : k)).join(', ');
    const where = after ? `WHERE (${keyExpr}) > (${t.key.map((_, i) => `$${i + 1}`).join(', ')})` : '';
    const values = [...(after ?? []), limit];
    return (await db.query<Row>(`SELECT ${t.columns.join(', ')} FROM ${t.name} ${where} ORDER BY ${keyExpr} LIMIT $${values.length}`, values)).rows;
  };
}

/** Integer keys end in id, rowid or ord (a position), except arxiv_id; the rest (alias, category, name, period) are text. */
const isTextKey = (k: string) => k === 'arxiv_id' || !/(^|_)(id|rowid|ord)$/.test(k);

/** Every row of a table, page by page. */
export async function* allRows(read: PageReader, table: CopyTable, pageSize: number): AsyncGenerator<Row[]> {
  let after: unknown[] | null = null;
  for (;;) {
    const rows = await read(table, after, pageSize);
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1]!;
    after = table.key.map((k) => last[k]);
  }
}
