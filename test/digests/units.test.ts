import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeEmail } from '../../src/digests/email-address.ts';
import { parseTopic, parseTopics } from '../../src/digests/topics.ts';
import { signLink, verifyLink, signingSecret } from '../../src/digests/signing.ts';
import { duePeriods, localTime, periodFor } from '../../src/digests/periods.ts';
import { storeDialects } from '../helpers/store.ts';

test('addresses are trimmed and lower-cased; bad ones are refused naming the field and the problem', () => {
  assert.equal(normalizeEmail('  Ada.Lovelace+papers@Example.ORG '), 'ada.lovelace+papers@example.org');
  const cases: Array<[string, RegExp]> = [
    ['', /email: an email address is required/],
    ['ada.example.org', /no @/],
    ['ada@localhost', /not a valid email address/],
    ['ada@@example.org', /not a valid email address/],
    ['a b@example.org', /not a valid email address/],
    ['<ada@example.org>', /not a valid email address/],
    [`${'a'.repeat(65)}@example.org`, /not a valid email address/],
    [`a@${'b'.repeat(250)}.org`, /longer than 254/],
  ];
  for (const [input, message] of cases) {
    assert.throws(() => normalizeEmail(input), (e: Error & { field?: string }) => message.test(e.message) && e.field === 'email', input);
  }
});

test('topics: words are a saved search, category: and author: prefixes, de-duplicated, capped', () => {
  assert.deepEqual(parseTopic('  diffusion   models '), { kind: 'search', value: 'diffusion models' });
  assert.deepEqual(parseTopic('category:cs.LG'), { kind: 'category', value: 'cs.LG' });
  assert.deepEqual(parseTopic('cat: q-bio.BM'), { kind: 'category', value: 'q-bio.BM' });
  assert.deepEqual(parseTopic('Author:Ada Lovelace'), { kind: 'author', value: 'Ada Lovelace' });
  assert.throws(() => parseTopic('category:not a category'), /not a category code/);
  assert.throws(() => parseTopic('author: 123'), /names no author/);
  assert.deepEqual(parseTopics(['x', 'X', '', 'category:cs.LG']), [{ kind: 'search', value: 'x' }, { kind: 'category', value: 'cs.LG' }]);
  assert.throws(() => parseTopics(Array.from({ length: 11 }, (_, i) => `t${i}`)), /at most 10 topics/);
});

test('signed links: round trip, forged or altered or mis-purposed refused, confirmation links expire', () => {
  const now = new Date('2025-01-18T08:00:00Z');
  const exp = Math.floor(now.getTime() / 1000) + 3600;
  const t = signLink('k1', { purpose: 'confirm', subscriberId: 7, expiresAt: exp });
  assert.deepEqual(verifyLink('k1', t, 'confirm', now), { ok: true, claims: { purpose: 'confirm', subscriberId: 7, expiresAt: exp } });
  assert.deepEqual(verifyLink('k2', t, 'confirm', now), { ok: false, reason: 'invalid' }, 'another key');
  assert.deepEqual(verifyLink('k1', t, 'unsubscribe', now), { ok: false, reason: 'invalid' }, 'a confirm link does not unsubscribe');
  const [payload, mac] = t.split('.');
  const other = Buffer.from(Buffer.from(payload, 'base64url').toString().replace('.7.', '.8.')).toString('base64url');
  assert.deepEqual(verifyLink('k1', `${other}.${mac}`, 'confirm', now), { ok: false, reason: 'invalid' }, 'altered id');
  assert.deepEqual(verifyLink('k1', 'garbage', 'confirm', now), { ok: false, reason: 'invalid' });
  assert.deepEqual(verifyLink('k1', t, 'confirm', new Date(now.getTime() + 3601_000)), { ok: false, reason: 'expired' });
  const u = signLink('k1', { purpose: 'unsubscribe', subscriberId: 7 });
  assert.equal(verifyLink('k1', u, 'unsubscribe', new Date('2099-01-01')).ok, true, 'unsubscribe links do not expire');
});

for (const dialect of await storeDialects()) {
  test(`${dialect.name}: without PAPERBOY_SECRET one secret is generated once and shared by every store on the database`, { skip: dialect.skip }, async () => {
    // Two stores on one database stand in for two server processes starting at once.
    const a = await dialect.open();
    const b = await dialect.reopen(a);
    const [sa, sb] = await Promise.all([signingSecret(a, undefined), signingSecret(b, undefined)]);
    assert.match(sa, /^[0-9a-f]{64}$/);
    assert.equal(sb, sa);
    assert.equal(await signingSecret(b, undefined), sa);
    assert.equal(await signingSecret(b, 'configured-secret-configured-secret'), 'configured-secret-configured-secret');
  });
}

test('periods: a day, or the Monday-to-Sunday ISO week holding the date', () => {
  assert.deepEqual(periodFor('daily', '2025-01-17'), { frequency: 'daily', key: '2025-01-17', from: '2025-01-17', to: '2025-01-17' });
  assert.deepEqual(periodFor('weekly', '2025-01-17'), { frequency: 'weekly', key: '2025-W03', from: '2025-01-13', to: '2025-01-19' });
  assert.deepEqual(periodFor('weekly', '2024-12-31'), { frequency: 'weekly', key: '2025-W01', from: '2024-12-30', to: '2025-01-05' });
});

test('the schedule is read in the configured time zone: the hour decides which day is due', () => {
  const berlin = { hour: 7, timeZone: 'Europe/Berlin', weekday: 'mon' as const };
  // 05:59 UTC is 06:59 in Berlin (winter): the day before yesterday's digest is still the latest due.
  assert.deepEqual(localTime(new Date('2025-01-21T05:59:00Z'), 'Europe/Berlin'), { date: '2025-01-21', hour: 6, weekday: 1 });
  assert.deepEqual(duePeriods(new Date('2025-01-21T05:59:00Z'), berlin).map((p) => p.key), ['2025-01-19', '2025-W03']);
  assert.deepEqual(duePeriods(new Date('2025-01-21T06:00:00Z'), berlin).map((p) => p.key), ['2025-01-20', '2025-W03']);
  // Monday 07:00 Berlin: last week (W03, Jan 13-19) becomes due; at 06:59 it was still W02.
  assert.deepEqual(duePeriods(new Date('2025-01-20T05:59:00Z'), berlin).map((p) => p.key), ['2025-01-18', '2025-W02']);
  assert.deepEqual(duePeriods(new Date('2025-01-20T06:00:00Z'), berlin).map((p) => p.key), ['2025-01-19', '2025-W03']);
  // Summer time: 07:00 Berlin is 05:00 UTC. New York is behind UTC: at 03:00 UTC it is still the 20th there.
  assert.deepEqual(duePeriods(new Date('2025-07-15T05:00:00Z'), berlin)[0]!.key, '2025-07-14');
  assert.deepEqual(duePeriods(new Date('2025-07-15T04:59:00Z'), berlin)[0]!.key, '2025-07-13');
  assert.deepEqual(duePeriods(new Date('2025-01-21T03:00:00Z'), { hour: 7, timeZone: 'America/New_York', weekday: 'fri' }).map((p) => p.key), ['2025-01-19', '2025-W02']);
});

test('digest settings are validated at start, naming the variable', async () => {
  const { loadConfig } = await import('../../src/config.ts');
  const ok = loadConfig({ PAPERBOY_DIGEST_TZ: 'Europe/Berlin', PAPERBOY_DIGEST_HOUR: '6', PAPERBOY_DIGEST_WEEKDAY: 'fri' });
  assert.deepEqual([ok.PAPERBOY_DIGEST_TZ, ok.PAPERBOY_DIGEST_HOUR, ok.PAPERBOY_DIGEST_WEEKDAY, ok.PAPERBOY_DIGEST_CONCURRENCY, ok.PAPERBOY_DIGEST_SUPPRESS_AFTER, ok.PAPERBOY_SECRET],
    ['Europe/Berlin', 6, 'fri', 4, 3, undefined]);
  assert.deepEqual([ok.PAPERBOY_JOB_CHECK_S, ok.PAPERBOY_JOB_LEASE_S], [60, undefined], 'each job keeps its own lease unless set');
  assert.equal(loadConfig({ PAPERBOY_JOB_LEASE_S: '20' }).PAPERBOY_JOB_LEASE_S, 20);
  for (const [env, message] of [
    [{ PAPERBOY_DIGEST_TZ: 'Mars/Olympus' }, /: setting PAPERBOY_DIGEST_TZ: must be an IANA time zone/],
    [{ PAPERBOY_DIGEST_HOUR: '24' }, /: setting PAPERBOY_DIGEST_HOUR:/],
    [{ PAPERBOY_DIGEST_WEEKDAY: 'monday' }, /: setting PAPERBOY_DIGEST_WEEKDAY:/],
    [{ PAPERBOY_SECRET: 'short' }, /: setting PAPERBOY_SECRET: must be at least 32 characters/],
    [{ PAPERBOY_DIGEST_UNSUBSCRIBE_MAILTO: 'nope' }, /: setting PAPERBOY_DIGEST_UNSUBSCRIBE_MAILTO:/],
    [{ PAPERBOY_JOB_CHECK_S: '0' }, /: setting PAPERBOY_JOB_CHECK_S:/],
    [{ PAPERBOY_JOB_LEASE_S: '2' }, /: setting PAPERBOY_JOB_LEASE_S:/],
  ] as Array<[Record<string, string>, RegExp]>) {
    assert.throws(() => loadConfig(env), message, JSON.stringify(env));
  }
});
