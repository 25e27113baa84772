import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/db/store.ts';
import { addDays } from '../../src/core/dates.ts';
import { AccountsService } from '../../src/accounts/service.ts';
import { createLogMailer } from '../../src/mail/smtp-mailer.ts';
import { buildSemanticIndex } from '../../src/search/semantic/indexer.ts';
import { DIGEST_LEASE } from '../../src/digests/scheduler.ts';
import { HARVEST_LEASE } from '../../src/harvest/lease-run.ts';
import { makeUser, PASSWORD } from '../helpers/accounts.ts';
import { confirmedSubscribers } from '../helpers/digests.ts';
import { startArxivServer, type FakeRecord } from '../helpers/arxiv-server.ts';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.ts';
import { HttpSession, startServe, until, type ServeProcess } from '../helpers/serve-processes.ts';
import { put, storeDialects } from '../helpers/store.ts';
import { storeLocation } from '../helpers/store-location.ts';

/**
 * Three real `paperboy serve` processes on one PostgreSQL schema, as a deployment behind a load
 * balancer runs them: sessions, votes and the scheduled jobs (digests, harvesting) are shared through
 * the database, and a server killed mid-job loses nothing. The servers' clocks are real, so the
 * digest due is yesterday's (PAPERBOY_DIGEST_HOUR=0) and the harvest is caught up at start
 * (PAPERBOY_HARVEST_AT=00:00); PAPERBOY_JOB_CHECK_S=1 and a lease of seconds make a takeover quick.
 */
const pg = (await storeDialects()).find((d) => d.name === 'postgres')!;

const today = new Date().toISOString().slice(0, 10);
const VOTERS = 30;
const READERS = Array.from({ length: 24 }, (_, i) => `reader${i}@example.org`);
const rec = (n: number): FakeRecord => ({ id: `2503.0${String(n).padStart(4, '0')}`, datestamp: today, created: today, title: `Harvested Chiplet Study ${n}`, categories: 'cs.AR' });
const PAGES = [[rec(1), rec(2)], [rec(3), rec(4)], [rec(5)]];
const VOTED = '2611.00001';
const ALSO_VOTED = '2611.00002';

/** A database for three servers: papers of the last two days (a semantic index built), voters with API tokens, digest readers. */
async function sharedDatabase(): Promise<{ store: Store; tokens: string[] }> {
  const store = await pg.open();
  // Papers on the two days before today, so "yesterday" has papers even if the date turns meanwhile.
  await put(store, [1, 2, 3].map((n) => ({ arxivId: `2611.0000${n}`, title: `Shared paper ${n}`, publishedAt: addDays(today, -1 - (n % 2)),
    submittedOnDailyAt: addDays(today, -1 - (n % 2)), upvotes: 0 })));
  await buildSemanticIndex(store, null); // built once here, not by three servers racing at start
  const accounts = new AccountsService({ repo: store.accounts, mailer: () => createLogMailer(() => undefined), baseUrl: () => 'http://x', now: () => new Date() });
  const tokens: string[] = [];
  for (let i = 0; i < VOTERS; i++) {
    const u = await makeUser(store, `voter${i}@example.org`);
    tokens.push((await accounts.createApiToken(u.id, 'votes')).token);
  }
  await makeUser(store, 'walker@example.org');
  await confirmedSubscribers(store, READERS);
  return { store, tokens };
}

function serverEnv(store: Store, smtp: SmtpSink, oaiUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PAPERBOY_DATABASE_URL: storeLocation(store), PAPERBOY_DATABASE_POOL: '4', PAPERBOY_PAGE_CACHE_MS: '0',
    PAPERBOY_BASE_URL: 'https://papers.example.org', PAPERBOY_SMTP_URL: smtp.url, PAPERBOY_DIGEST_HOUR: '0', PAPERBOY_DIGEST_TZ: 'UTC',
    PAPERBOY_HARVEST_AT: '00:00', PAPERBOY_HARVEST_TZ: 'UTC', PAPERBOY_ARXIV_CONTACT: 'ops@example.org', PAPERBOY_ARXIV_OAI_URL: oaiUrl,
    PAPERBOY_JOB_CHECK_S: '1', PAPERBOY_JOB_LEASE_S: '10', ...extra,
  };
}

const startThree = (env: NodeJS.ProcessEnv) => Promise.all([1, 2, 3].map((n) => startServe(`server ${n}`, env)));
const logs = (servers: ServeProcess[]) => servers.map((s) => `--- ${s.name} (pid ${s.pid}) ---\n${s.output()}`).join('\n');

/** An upvote through one server's API with a voter's token. */
const upvote = (server: ServeProcess, token: string, paper: string) =>
  fetch(`${server.url}/api/papers/${paper}/upvote`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
const upvotesOn = async (server: ServeProcess, paper: string) =>
  ((await (await fetch(`${server.url}/api/papers/${paper}`)).json()) as { upvotes: number }).upvotes;

const oaiTokens = (arxiv: Awaited<ReturnType<typeof startArxivServer>>) =>
  arxiv.requests.filter((r) => r.path === '/oai').map((r) => r.query.get('resumptionToken') ?? '(first page)');
const scheduledRuns = async (store: Store) => (await store.harvest.recentRuns(20)).filter((r) => r.trigger === 'schedule');

describe('three servers on one PostgreSQL', { skip: pg.skip }, () => {
  test('a session, votes and each scheduled job are shared: logged in once, summed exactly, run once', { timeout: 300_000 }, async () => {
    const { store, tokens } = await sharedDatabase();
    const smtp = await startSmtpSink();
    const arxiv = await startArxivServer();
    arxiv.setPages(PAGES);
    const servers = await startThree(serverEnv(store, smtp, arxiv.oaiUrl));
    const [s1, s2, s3] = servers as [ServeProcess, ServeProcess, ServeProcess];

    // (c) Each digest is mailed once and the harvest is fetched once, whichever server ran them.
    await smtp.waitFor(READERS.length, 120_000);
    await until(async () => (await scheduledRuns(store)).some((r) => r.status === 'ok'), 'the scheduled harvest', () => logs(servers));

    // (a) A session made on server 1 works on servers 2 and 3; logging out on server 2 ends it everywhere.
    const browser = new HttpSession();
    const login = await browser.submit(s1.url, '/login', '/login', { email: 'walker@example.org', password: PASSWORD });
    assert.equal(login.status, 303, await login.text());
    for (const s of servers) {
      const me = await browser.request(s.url, 'GET', '/api/me');
      assert.equal(me.status, 200, s.name);
      assert.equal(((await me.json()) as { user: { email: string } }).user.email, 'walker@example.org', s.name);
    }
    // The old cookie, replayed after the logout, is refused by every server (the session row is gone).
    const replay = new HttpSession();
    for (const [k, v] of browser.cookies) replay.cookies.set(k, v);
    assert.equal((await browser.submit(s2.url, '/settings', '/logout', {})).status, 303);
    for (const s of [s1, s3]) assert.equal((await replay.request(s.url, 'GET', '/api/me')).status, 401, `${s.name} after logout`);

    // (b) Every voter upvotes through one server and, at the same moment, again through another: one vote each.
    const votes = await Promise.all(tokens.flatMap((t, i) => [upvote(servers[i % 3]!, t, VOTED), upvote(servers[(i + 1) % 3]!, t, VOTED)]));
    assert.deepEqual([...new Set(votes.map((r) => r.status))], [200]);
    for (const s of servers) assert.equal(await upvotesOn(s, VOTED), VOTERS, `${s.name} shows every vote once`);

    // Every server has looked at the clock several times since the jobs ended: nothing ran twice.
    const got = [...smtp.got].sort();
    assert.deepEqual(got, [...READERS].sort(), 'each reader exactly one digest');
    const period = /daily digest (\d{4}-\d{2}-\d{2}): sent/.exec(logs(servers))![1]!;
    const ledger = await store.digests.sends(period);
    assert.deepEqual([ledger.length, ledger.filter((x) => x.state === 'sent').length], [READERS.length, READERS.length]);
    const sent = [...logs(servers).matchAll(/daily digest \S+: sent (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
    assert.equal(sent, READERS.length, 'the servers\' reports add up to one digest per reader');
    assert.deepEqual(oaiTokens(arxiv), ['(first page)', 'tok-2', 'tok-3'], 'each harvest page fetched once');
    assert.equal((await scheduledRuns(store)).length, 1, 'one scheduled harvest across three servers');
    assert.equal(servers.filter((s) => /harvest: done: 5 new/.test(s.output())).length, 1);
    for (const r of PAGES.flat()) assert.ok(await store.getPaper(r.id), r.id);
  });

  test('a server killed mid-job (SIGKILL): the others keep serving, take over its jobs when its lease expires, and no vote is lost', { timeout: 300_000 }, async () => {
    const { store, tokens } = await sharedDatabase();
    // The first 5 digests go out, then mail stops at the gate: the digest sender is stuck mid-run.
    const smtp = await startSmtpSink({ holdAfter: 5 });
    const arxiv = await startArxivServer();
    arxiv.setPages(PAGES);
    const page2 = arxiv.hold('tok-2'); // the harvester is stuck after saving page 1
    // A 20 s lease: the kill below must come while the stuck holders' leases are still live.
    const servers = await startThree(serverEnv(store, smtp, arxiv.oaiUrl, { PAPERBOY_DIGEST_CONCURRENCY: '1', PAPERBOY_JOB_LEASE_S: '20' }));

    // Half the voters vote through all three servers, acknowledged, before the kill.
    const before = await Promise.all(tokens.slice(0, VOTERS / 2).map((t, i) => upvote(servers[i % 3]!, t, VOTED)));
    assert.deepEqual([...new Set(before.map((r) => r.status))], [200]);

    await page2.arrived;
    await smtp.waitForHeld(1);
    // The victim is the server holding the harvest lease (it may hold the digest lease too).
    const holderPid = async (lease: string) => {
      const h = await store.leases.holder(lease);
      assert.ok(h && h.expiresAt > new Date().toISOString(), `${lease}: a live lease (${JSON.stringify(h)}); the machine is too slow for the lease`);
      return Number(h.holder.split(':')[1]);
    };
    const harvester = await holderPid(HARVEST_LEASE);
    const killed = servers.find((s) => s.pid === harvester);
    assert.ok(killed, `the harvest lease names one of the servers (holder pid ${harvester})`);
    const killedHeldDigests = (await holderPid(DIGEST_LEASE)) === killed.pid;
    const survivors = servers.filter((s) => s !== killed);

    // The kill, with the other half's votes on their way to every server, the victim included: a vote
    // the victim never answered is sent again to a survivor, as a client does after a dropped connection.
    killed.child.kill('SIGKILL');
    const rest = await Promise.all(tokens.slice(VOTERS / 2).map(async (t, i) => {
      try {
        return (await upvote(servers[i % 3]!, t, VOTED)).status;
      } catch {
        return (await upvote(survivors[i % 2]!, t, VOTED)).status;
      }
    }));
    assert.deepEqual([...new Set(rest)], [200]);
    const [, signal] = await killed.exited;
    assert.equal(signal, 'SIGKILL');

    // The survivors keep serving pages and votes while the dead server's leases run out.
    for (const s of survivors) {
      assert.equal((await fetch(`${s.url}/`)).status, 200, s.name);
      assert.equal(await upvotesOn(s, VOTED), VOTERS, `${s.name}: no vote lost`);
    }
    const more = await Promise.all(tokens.map((t, i) => upvote(survivors[i % 2]!, t, ALSO_VOTED)));
    assert.deepEqual([...new Set(more.map((r) => r.status))], [200]);

    smtp.open();
    page2.release();

    // The harvest: another server takes the lease once it expires and goes on from the saved page 2.
    await until(async () => (await scheduledRuns(store)).some((r) => r.status === 'ok'), 'a survivor to finish the harvest', () => logs(servers));
    assert.deepEqual(oaiTokens(arxiv), ['(first page)', 'tok-2', 'tok-2', 'tok-3'],
      'page 1 fetched once; page 2 asked again (the killed server never got its answer); page 3 once');
    const runs = await scheduledRuns(store);
    assert.deepEqual(runs.map((r) => r.status), ['ok', 'failed']);
    assert.match(runs[1]!.error ?? '', /interrupted/);
    assert.equal(runs[0]!.counts.inserted, 3, 'the survivor inserted pages 2 and 3; page 1 was saved before the kill');
    for (const r of PAGES.flat()) assert.ok(await store.getPaper(r.id), r.id);
    assert.equal((await store.harvest.allStates())[0]?.resumeToken, null);

    // The digests: nobody gets two. A claim the killed sender left mid-send stays unsent (at most once,
    // docs/DIGESTS.md) and is reported; everyone else gets theirs from whichever server sends on.
    const period = /daily digest (\d{4}-\d{2}-\d{2})/.exec(logs(servers))?.[1] ?? addDays(today, -1);
    const ambiguous = killedHeldDigests ? 1 : 0;
    await smtp.waitFor(READERS.length - ambiguous, 120_000);
    await until(async () => (await store.digests.sends(period)).filter((x) => x.state === 'sent').length === READERS.length - ambiguous,
      'every digest but the ambiguous one recorded as sent', () => logs(servers));
    const counts = new Map<string, number>();
    for (const to of smtp.got) counts.set(to, (counts.get(to) ?? 0) + 1);
    assert.ok([...counts.values()].every((n) => n === 1), 'no reader got two digests');
    const ledger = await store.digests.sends(period);
    const leftSending = ledger.filter((x) => x.state === 'sending');
    assert.equal(leftSending.length, ambiguous);
    const missing = READERS.filter((e) => !counts.has(e));
    const byId = new Map((await store.digests.list()).map((s) => [s.id, s.email]));
    assert.deepEqual(missing, leftSending.map((x) => byId.get(x.subscriberId)), 'the only reader without a digest is the one the kill left mid-send');
    if (ambiguous) assert.match(logs(survivors), /1 claimed by another run with no outcome recorded/);

    for (const s of survivors) {
      assert.equal(await upvotesOn(s, VOTED), VOTERS);
      assert.equal(await upvotesOn(s, ALSO_VOTED), VOTERS);
    }
  });
});
