import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PostgresStore } from '../../src/db/postgres/postgres-store.ts';
import { lexeme } from '../../src/db/postgres/tsquery.ts';
import { POSTGRES_MIGRATIONS } from '../../src/db/postgres/migrations.ts';
import { paperInput, put, storeDialects } from '../helpers/store.ts';
import { dropSchema, freshSchemaName, TEST_PG_URL } from '../helpers/postgres.ts';

// PostgreSQL only: several processes on one database (SQLite's single file has one writer by design).
const pg = (await storeDialects()).find((d) => d.name === 'postgres')!;
/** Every migration version, in order: each must be applied exactly once. */
const VERSIONS = POSTGRES_MIGRATIONS.map((m) => m.version).sort((a, b) => a - b);

describe('postgres', { skip: pg.skip }, () => {
  test('servers starting at once on a new schema create it and migrate it exactly once', async () => {
    const schema = freshSchemaName();
    after(() => dropSchema(schema));
    const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresStore.open({ url: TEST_PG_URL, schema, max: 2 })));
    try {
      const { rows } = await stores[0]!.pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      assert.deepEqual(rows.map((r) => r.version), VERSIONS);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  test('servers starting at once apply each migration exactly once', async () => {
    const first = (await pg.open()) as PostgresStore;
    await first.pool.query('DROP TABLE job_leases; DELETE FROM schema_migrations WHERE version = 3');
    const opened = await Promise.all(Array.from({ length: 4 }, () => pg.reopen(first)));
    const { rows } = await first.pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    assert.deepEqual(rows.map((r) => r.version), VERSIONS);
    for (const s of opened) assert.equal(await s.leases.acquire('job', 'x', 1000), true);
  });

  test('concurrent importers of overlapping sources create no duplicates', async () => {
    const a = await pg.open();
    const b = await pg.reopen(a);
    const arxiv = Array.from({ length: 60 }, (_, i) => paperInput({ arxivId: `2507.${String(i).padStart(5, '0')}`, title: `Shared arXiv paper ${i}` }));
    const titleOnly = Array.from({ length: 30 }, (_, i) => ({ title: `Listing only paper ${i}`, upvotes: i }));
    // The same papers, one side knowing only titles and the other the arXiv ids.
    const pairsTitle = Array.from({ length: 30 }, (_, i) => ({ title: `Paired Paper Number ${i}`, organization: 'Lab' }));
    const pairsArxiv = pairsTitle.map((p, i) => paperInput({ arxivId: `2508.${String(i).padStart(5, '0')}`, title: p.title.toUpperCase() }));
    const chunks = <T>(xs: T[]) => [xs.slice(0, xs.length / 2), xs.slice(xs.length / 2)];
    await Promise.all([
      ...chunks([...arxiv, ...titleOnly, ...pairsTitle]).map((batch) => put(a, batch, 'a')),
      ...chunks([...titleOnly, ...pairsArxiv, ...arxiv.reverse()]).map((batch) => put(b, batch, 'b')),
    ]);
    assert.equal(await a.countPapers(), 60 + 30 + 30);
    const paired = await a.getPaper('2508.00007');
    assert.equal(paired?.organization, 'Lab', 'the title-only record merged into the arXiv paper, whichever came first');
  });

  test('more concurrent batches than pooled connections neither deadlock nor fail', { timeout: 60_000 }, async () => {
    const base = (await pg.open()) as PostgresStore;
    const small = await PostgresStore.open({ ...base.options, max: 2 });
    try {
      // Provenance names earlier imports, which each batch loads inside its own transaction.
      await put(base, [paperInput({ arxivId: '2510.00001' })], 'first'); // an import run this store has not cached
      await Promise.all(Array.from({ length: 6 }, (_, i) =>
        put(small, [paperInput({ arxivId: '2510.00001', upvotes: i + 1 }), paperInput({ arxivId: `2510.1000${i}` })], `run-${i}`)));
      assert.equal(await small.countPapers(), 7);
      assert.equal((await small.getPaper('2510.00001'))?.upvotes, 6);
    } finally {
      await small.close();
    }
  });

  test('a query word is an escaped lexeme, and function words are searchable as on SQLite', async () => {
    const store = (await pg.open()) as PostgresStore;
    await put(store, [paperInput({ title: 'The Theory of Everything' })]);
    const { rows } = await store.pool.query("SELECT to_tsquery('paperboy', $1)::text AS q", [`${lexeme("it's \\ & ! <-> x")}:*`]);
    assert.equal(typeof rows[0].q, 'string');
    assert.equal((await store.search({ query: 'the of', limit: 5, offset: 0 })).total, 1);
  });
});
