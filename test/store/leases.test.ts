import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { storeDialects } from '../helpers/store.ts';

const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 6, 0, s));

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('one holder at a time; renewal by the holder; takeover only after expiry', async () => {
    // Two stores on one database stand in for two server processes.
    const a = await dialect.open();
    const b = await dialect.reopen(a);
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
  });

  test('of many simultaneous takers of a free lease exactly one wins', async () => {
    const a = await dialect.open();
    const b = await dialect.reopen(a);
    const won = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).leases.acquire('harvest', `H${i}`, 10_000, at(0))));
    assert.equal(won.filter(Boolean).length, 1);
  });
});
