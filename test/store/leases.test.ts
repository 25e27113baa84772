import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/db/sqlite/sqlite-store.ts';
import { tmpDir } from '../helpers/tmp.ts';

const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 6, 0, s));

test('one holder at a time; renewal by the holder; takeover only after expiry', async () => {
  const path = join(tmpDir(), 'lease.db');
  // Two stores on one file stand in for two server processes.
  const a = new SqliteStore(path);
  const b = new SqliteStore(path);
  try {
    assert.equal(await a.leases.acquire('digest', 'A', 10_000, at(0)), true);
    assert.equal(await b.leases.acquire('digest', 'B', 10_000, at(5)), false);
    assert.equal(await a.leases.acquire('digest', 'A', 10_000, at(8)), true, 'holder renews');
    assert.equal(await b.leases.acquire('digest', 'B', 10_000, at(15)), false, 'renewed until 18 s');
    assert.equal(await b.leases.acquire('digest', 'B', 10_000, at(18)), true, 'expired: B takes it');
    assert.deepEqual(await a.leases.holder('digest'), { holder: 'B', expiresAt: at(28).toISOString() });
    assert.equal(await a.leases.acquire('harvest', 'A', 10_000, at(18)), true, 'leases are per job');
    await a.leases.release('digest', 'A');
    assert.equal((await a.leases.holder('digest'))?.holder, 'B', 'only the holder can release');
    await b.leases.release('digest', 'B');
    assert.equal(await a.leases.holder('digest'), null);
  } finally {
    await a.close();
    await b.close();
  }
});
