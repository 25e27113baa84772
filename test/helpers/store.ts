import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { SqliteStore } from '../../src/db/sqlite/sqlite-store.ts';
import type { PaperInput } from '../../src/core/paper.ts';
import type { Store } from '../../src/db/store.ts';
import { tmpDir } from './tmp.ts';
import { PostgresStore } from '../../src/db/postgres/postgres-store.ts';
import { dropSchema, freshSchemaName, postgresUnavailable, TEST_PG_URL } from './postgres.ts';

/** A real SQLite store in a fresh temporary folder, closed when the test file ends. */
export function testStore(): SqliteStore {
  const store = new SqliteStore(join(tmpDir(), 'test.db'));
  after(() => store.close());
  return store;
}

let n = 0;
/** Factory for a plausible input; override what the test is about. */
export function paperInput(over: Partial<PaperInput> = {}): PaperInput {
  n++;
  return {
    title: `A Synthetic Study of Topic ${n}`,
    abstract: `We study topic ${n} and report results.`,
    authors: ['Ada Lovelace', 'Alan Turing'],
    categories: ['cs.LG'],
    publishedAt: '2025-01-15',
    ...over,
  };
}

/** Imports records through the store as one import run. */
export async function put(store: Store, records: PaperInput[], source = 'test') {
  const id = await store.startImport(source, 'inline');
  return store.upsertPapers(records, id, source);
}

/** One store implementation the same tests run against. */
export interface StoreDialect {
  name: 'sqlite' | 'postgres';
  /** Why this dialect's tests are skipped here (never under CI=true, where that is a failure). */
  skip?: string;
  /**
   * A fresh empty store: its own temporary SQLite file, or its own PostgreSQL schema with a random
   * name, closed (and the schema dropped) when the test file ends, so concurrent runs cannot collide.
   */
  open(): Promise<Store>;
  /** A second store on the same database as `store`, as another server process would open it. */
  reopen(store: Store): Promise<Store>;
}

/**
 * Cleanups of dialect stores, run when the test file ends. Registered once at import (the file's
 * top level): `after()` called inside a before() hook would run as soon as that hook finished.
 */
const cleanups: Array<() => Promise<void>> = [];
after(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

const sqliteDialect: StoreDialect = {
  name: 'sqlite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'paperboy-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const store = new SqliteStore(join(dir, 'test.db'));
    cleanups.push(() => store.close());
    return store;
  },
  async reopen(store) {
    const again = new SqliteStore((store as SqliteStore).db.name);
    cleanups.push(() => again.close());
    return again;
  },
};

function postgresDialect(skip: string | undefined): StoreDialect {
  return {
    name: 'postgres',
    ...(skip ? { skip } : {}),
    async open() {
      const schema = freshSchemaName();
      const store = await PostgresStore.open({ url: TEST_PG_URL, schema, max: 4 });
      cleanups.push(async () => {
        await store.close();
        await dropSchema(schema);
      });
      return store;
    },
    async reopen(store) {
      const again = await PostgresStore.open((store as PostgresStore).options);
      cleanups.push(() => again.close());
      return again;
    },
  };
}

/**
 * The dialects to run store tests on: SQLite always, PostgreSQL when it answers. Without
 * PostgreSQL the PostgreSQL variant is skipped with a printed reason, except under CI=true,
 * where an unreachable PostgreSQL fails the test file: CI must never skip.
 */
export async function storeDialects(): Promise<StoreDialect[]> {
  const down = await postgresUnavailable();
  if (down && process.env.CI === 'true') throw new Error(`${down}; CI must run every store test on PostgreSQL too`);
  if (down) console.log(`skipping PostgreSQL store tests: ${down}`);
  return [sqliteDialect, postgresDialect(down ?? undefined)];
}

/** The rows of one SQL statement on either store, for tests that check what is stored (never for app code). */
export async function sqlRows<T = Record<string, unknown>>(store: Store, sql: string): Promise<T[]> {
  if (store instanceof SqliteStore) return store.db.prepare(sql).all() as T[];
  return (await (store as PostgresStore).pool.query(sql)).rows as T[];
}
