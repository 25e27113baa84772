import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/cli.ts';

/** Runs one store test file against a PostgreSQL that is not there (port 1 refuses at once). */
function runLeaseTests(ci: boolean) {
  const env: NodeJS.ProcessEnv = { ...process.env, PAPERBOY_TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test' };
  if (ci) env.CI = 'true'; else delete env.CI;
  // Inside a test run node marks children as part of it; this child is a test run of its own.
  delete env.NODE_TEST_CONTEXT;
  return spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', 'test/store/leases.test.ts'],
    { cwd: ROOT, env, encoding: 'utf8' });
}

test('an unreachable PostgreSQL fails the store tests under CI=true', () => {
  const r = runLeaseTests(true);
  assert.notEqual(r.status, 0);
  assert.match(r.stdout + r.stderr, /unreachable.*CI must run every store test on PostgreSQL too/s);
});

test('without CI the PostgreSQL variant is skipped with the reason printed, and SQLite still runs', () => {
  const r = runLeaseTests(false);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /skipping PostgreSQL store tests: PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/test is unreachable/);
  assert.match(r.stdout, /ℹ pass 2/);
  assert.match(r.stdout, /ℹ skipped 1|﹣ postgres/);
});
