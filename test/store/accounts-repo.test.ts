import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/db/store.ts';
import { storeDialects } from '../helpers/store.ts';

// The accounts repository's contract on every store, with two stores on one database standing in
// for two server processes where a race matters.
const T0 = '2025-01-20T12:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

async function user(store: Store, email: string) {
  const u = await store.accounts.createUser({ email, displayName: '', passwordHash: 'h', role: 'member', emailVerifiedAt: null, createdAt: T0 });
  assert.ok(u, email);
  return u;
}

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('users: unique email, verification kept once set, roles, listing in id order', async () => {
    const s = await dialect.open();
    const ada = await user(s, 'ada@example.org');
    assert.deepEqual(ada, { id: ada.id, email: 'ada@example.org', displayName: '', role: 'member', emailVerifiedAt: null, bannedAt: null, createdAt: T0 });
    assert.equal(await s.accounts.createUser({ email: 'ada@example.org', displayName: 'x', passwordHash: 'h', role: 'admin', emailVerifiedAt: null, createdAt: T0 }), null);
    await s.accounts.markVerified(ada.id, at(1));
    await s.accounts.markVerified(ada.id, at(2));
    await s.accounts.setRole(ada.id, 'moderator');
    await s.accounts.setDisplayName(ada.id, 'Ada');
    await s.accounts.setPasswordHash(ada.id, 'h2');
    assert.deepEqual(await s.accounts.userByEmail('ada@example.org'),
      { ...ada, emailVerifiedAt: at(1), role: 'moderator', displayName: 'Ada', passwordHash: 'h2' });
    const bob = await user(s, 'bob@example.org');
    assert.deepEqual((await s.accounts.listUsers(10, 0)).map((u) => u.email), ['ada@example.org', 'bob@example.org']);
    assert.deepEqual((await s.accounts.listUsers(10, 1)).map((u) => u.id), [bob.id]);
    assert.equal(await s.accounts.userById(9999), null);
  });

  test('two accounts moving to one free address at once: exactly one gets it', async () => {
    const a = await dialect.open();
    const b = await dialect.reopen(a);
    const users = await Promise.all(['u1@example.org', 'u2@example.org', 'u3@example.org', 'u4@example.org'].map((e) => user(a, e)));
    assert.equal(await a.accounts.setEmail(users[0].id, 'u2@example.org', at(1)), false, 'taken');
    const won = await Promise.all(users.map((u, i) => (i % 2 ? a : b).accounts.setEmail(u.id, 'new@example.org', at(1))));
    assert.equal(won.filter(Boolean).length, 1);
    assert.equal((await a.accounts.userByEmail('new@example.org'))?.emailVerifiedAt, at(1));
  });

  test('a mailed link is used up by exactly one of many concurrent consumers, and not after it expires', async () => {
    const a = await dialect.open();
    const b = await dialect.reopen(a);
    const u = await user(a, 'link@example.org');
    await a.accounts.createEmailToken({ tokenHash: 'h1', userId: u.id, purpose: 'reset', email: u.email, createdAt: T0, expiresAt: at(60) });
    await a.accounts.createEmailToken({ tokenHash: 'h2', userId: u.id, purpose: 'reset', email: u.email, createdAt: T0, expiresAt: at(60) });
    assert.equal(await a.accounts.peekEmailToken('h1', 'verify', at(1)), null, 'another purpose');
    assert.deepEqual(await b.accounts.peekEmailToken('h1', 'reset', at(1)), { userId: u.id, email: u.email });
    const got = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).accounts.consumeEmailToken('h1', 'reset', at(1))));
    assert.deepEqual(got.filter(Boolean), [{ userId: u.id, email: u.email }]);
    assert.equal(await a.accounts.peekEmailToken('h1', 'reset', at(2)), null);
    assert.equal(await a.accounts.consumeEmailToken('h2', 'reset', at(60)), null, 'expired at its end');
  });

  test('rate-limit hits from two servers at once count exactly, and a window ends on time', async () => {
    const a = await dialect.open();
    const b = await dialect.reopen(a);
    const counts = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).accounts.hitRate('login:1.2.3.4', at(15), T0)));
    assert.deepEqual(counts.map((c) => c.count).sort((x, y) => x - y), Array.from({ length: 40 }, (_, i) => i + 1));
    assert.ok(counts.every((c) => c.windowEnds === at(15)));
    assert.deepEqual(await a.accounts.peekRate('login:1.2.3.4', at(14)), { count: 40, windowEnds: at(15) });
    assert.deepEqual(await a.accounts.peekRate('login:1.2.3.4', at(15)), { count: 0, windowEnds: at(15) }, 'ended');
    assert.deepEqual(await b.accounts.hitRate('login:1.2.3.4', at(30), at(15)), { count: 1, windowEnds: at(30) }, 'a new window');
    await a.accounts.clearRate('login:1.2.3.4');
    assert.equal((await b.accounts.peekRate('login:1.2.3.4', at(16))).count, 0);
  });

  test('sessions, tokens and bans: a ban ends every session and revokes every token at once', async () => {
    const s = await dialect.open();
    const u = await user(s, 'ban@example.org');
    for (const h of ['s1', 's2']) await s.accounts.createSession({ tokenHash: h, userId: u.id, csrfToken: `c-${h}`, createdAt: T0, expiresAt: at(60) });
    assert.equal((await s.accounts.sessionByHash('s1', at(1)))?.csrfToken, 'c-s1');
    assert.equal(await s.accounts.sessionByHash('s1', at(60)), null, 'expired');
    const tokenId = await s.accounts.createApiToken({ userId: u.id, name: 'ci', tokenHash: 't1', createdAt: T0 });
    assert.equal((await s.accounts.apiTokenUser('t1', at(5)))?.id, u.id);
    assert.deepEqual(await s.accounts.listApiTokens(u.id), [{ id: tokenId, name: 'ci', createdAt: T0, lastUsedAt: at(5) }]);
    await s.accounts.deleteSessions(u.id, 's2');
    assert.equal(await s.accounts.sessionByHash('s1', at(1)), null);
    assert.ok(await s.accounts.sessionByHash('s2', at(1)));

    await s.accounts.setBanned(u.id, at(10));
    assert.equal(await s.accounts.sessionByHash('s2', at(11)), null);
    assert.equal(await s.accounts.apiTokenUser('t1', at(11)), null);
    assert.deepEqual(await s.accounts.listApiTokens(u.id), []);
    assert.equal((await s.accounts.userById(u.id))?.bannedAt, at(10));
    await s.accounts.setBanned(u.id, null);
    assert.equal((await s.accounts.userById(u.id))?.bannedAt, null);
    assert.equal(await s.accounts.revokeApiToken(u.id, tokenId, at(12)), false, 'already revoked by the ban');
  });

  test('expired sessions, links and windows are purged, live ones kept', async () => {
    const s = await dialect.open();
    const u = await user(s, 'purge@example.org');
    await s.accounts.createSession({ tokenHash: 'old', userId: u.id, csrfToken: 'c', createdAt: T0, expiresAt: at(10) });
    await s.accounts.createSession({ tokenHash: 'new', userId: u.id, csrfToken: 'c', createdAt: T0, expiresAt: at(100) });
    await s.accounts.createEmailToken({ tokenHash: 'l', userId: u.id, purpose: 'verify', email: u.email, createdAt: T0, expiresAt: at(10) });
    await s.accounts.hitRate('k', at(10), T0);
    assert.equal(await s.accounts.purgeExpired(at(50)), 3);
    assert.ok(await s.accounts.sessionByHash('new', at(50)));
  });
});
