import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BIN, ROOT, runCli } from '../helpers/cli.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { openStore } from '../../src/db/open-store.ts';
import { createApp } from '../../src/web/app.ts';
import { openSearch } from '../../src/search/open-search.ts';
import { BASE_URL, NOW } from '../helpers/web-api.ts';
import { storeDialects, type StoreDialect } from '../helpers/store.ts';
import { dropSchema, freshSchemaName, TEST_PG_URL } from '../helpers/postgres.ts';

/** What `--db` names for a dialect: a new SQLite file, or a new PostgreSQL schema (dropped when the file ends). */
function databaseFor(dialect: StoreDialect): string {
  if (dialect.name === 'sqlite') return join(tmpDir(), 'cli.db');
  const schema = freshSchemaName();
  after(() => dropSchema(schema));
  return `${TEST_PG_URL}?schema=${schema}`;
}

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('paperboy user create and token create script accounts; the token works on the API', async () => {
    const db = databaseFor(dialect);
    const open = () => openStore({ databaseUrl: dialect.name === 'postgres' ? db : undefined, sqlitePath: db });
    const env = { PAPERBOY_SMTP_URL: '' };
    const made = spawnSync(process.execPath, [BIN, '--db', db, 'user', 'create', 'Admin@Example.org', '--admin', '--password-stdin'], {
      cwd: ROOT, encoding: 'utf8', input: 'a long admin password\n', env: { ...process.env, ...env },
    });
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout, /created admin admin@example\.org/);
    assert.doesNotMatch(made.stdout, /password:/);

    const dup = runCli(['--db', db, 'user', 'create', 'admin@example.org'], env);
    assert.equal(dup.code, 1);
    assert.match(dup.stderr, /already exists/);
    const random = runCli(['--db', db, 'user', 'create', 'member@example.org'], env);
    assert.equal(random.code, 0, random.stderr);
    assert.match(random.stdout, /created member member@example\.org[\s\S]*password: \S{20}/);

    const tok = runCli(['--db', db, 'token', 'create', 'admin@example.org'], env);
    assert.equal(tok.code, 0, tok.stderr);
    const token = tok.stdout.trim();
    assert.match(token, /^pb_[A-Za-z0-9_-]{43}$/);
    assert.equal(runCli(['--db', db, 'token', 'create', 'nobody@example.org'], env).code, 1);

    const store = await open();
    try {
      const app = createApp({ store, search: openSearch(store).service, baseUrl: BASE_URL, now: () => NOW });
      const me = await (await app.request(`${BASE_URL}/api/me`, { headers: { authorization: `Bearer ${token}` } })).json();
      assert.deepEqual([me.user.email, me.user.role, me.user.emailVerified], ['admin@example.org', 'admin', true]);
    } finally {
      await store.close();
    }
    const ban = runCli(['--db', db, 'user', 'ban', 'admin@example.org'], env);
    assert.equal(ban.code, 0, ban.stderr);
    const reopened = await open();
    try {
      const app = createApp({ store: reopened, search: openSearch(reopened).service, baseUrl: BASE_URL, now: () => NOW });
      assert.equal((await app.request(`${BASE_URL}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status, 401);
    } finally {
      await reopened.close();
    }
  });
});
