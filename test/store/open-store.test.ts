import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { openStore, postgresOptions } from '../../src/db/open-store.ts';
import { runCli } from '../helpers/cli.ts';
import { dropSchema, freshSchemaName, TEST_PG_URL } from '../helpers/postgres.ts';
import { storeDialects } from '../helpers/store.ts';
import { tmpDir } from '../helpers/tmp.ts';

test('PAPERBOY_DATABASE_URL must be a postgres URL; empty means unset', () => {
  assert.throws(() => loadConfig({ PAPERBOY_DATABASE_URL: 'mysql://db/x' }), /PAPERBOY_DATABASE_URL: must be a postgres/);
  assert.equal(loadConfig({ PAPERBOY_DATABASE_URL: '' }).PAPERBOY_DATABASE_URL, undefined);
  assert.equal(loadConfig({ PAPERBOY_DATABASE_URL: 'postgresql://u@h/db' }).PAPERBOY_DATABASE_URL, 'postgresql://u@h/db');
  assert.throws(() => loadConfig({ PAPERBOY_DATABASE_POOL: '0' }), /PAPERBOY_DATABASE_POOL/);
  assert.equal(loadConfig({}).PAPERBOY_DATABASE_POOL, 10);
});

test('?schema= picks a schema and is taken out of the URL pg reads; odd schema names are refused', () => {
  assert.deepEqual(postgresOptions('postgres://u@h:5432/db?schema=paperboy&sslmode=require', 4),
    { url: 'postgres://u@h:5432/db?sslmode=require', schema: 'paperboy', max: 4 });
  assert.throws(() => postgresOptions('postgres://u@h/db?schema=x;drop'), /invalid PostgreSQL schema name/);
});

test('without a database URL the store is the SQLite file', async () => {
  const store = await openStore({ sqlitePath: join(tmpDir(), 'x.db') });
  assert.equal(store.dialect, 'sqlite');
  await store.close();
});

const pg = (await storeDialects()).find((d) => d.name === 'postgres')!;
describe('postgres', { skip: pg.skip }, () => {
  test('the CLI uses PostgreSQL when PAPERBOY_DATABASE_URL is set', async () => {
    const schema = freshSchemaName();
    after(() => dropSchema(schema));
    const url = `${TEST_PG_URL}?schema=${schema}`;
    const sqlite = join(tmpDir(), 'unused.db');
    const r = runCli(['demo', '--count', '25', '--anchor-date', '2025-03-03'], { PAPERBOY_DATABASE_URL: url, PAPERBOY_DB: sqlite });
    assert.equal(r.code, 0, r.stderr);
    const store = await openStore({ databaseUrl: url, sqlitePath: sqlite });
    assert.equal(store.dialect, 'postgres');
    assert.equal(await store.countPapers(), 25);
    await store.close();
    // --db takes a postgres URL too, over the SQLite file the environment names.
    const stats = runCli(['--db', url, 'stats', '--json'], { PAPERBOY_DB: sqlite });
    assert.equal(stats.code, 0, stats.stderr);
    assert.match(stats.stdout, /"papers":\s*25/);
  });
});
