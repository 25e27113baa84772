import { join } from 'node:path';
import { after } from 'node:test';
import { SqliteStore } from '../../src/db/sqlite/sqlite-store.ts';
import type { PaperInput } from '../../src/core/paper.ts';
import type { Store } from '../../src/db/store.ts';
import { tmpDir } from './tmp.ts';

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
