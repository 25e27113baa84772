import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/db/store.ts';
import { createHarvestScheduler, harvestDue } from '../../src/harvest/scheduler.ts';
import { lastSlot, nextSlot } from '../../src/harvest/zoned-time.ts';
import { runHarvest } from '../../src/harvest/runner.ts';
import { politeFetcher } from '../../src/harvest/polite-fetch.ts';
import { HARVEST_LEASE } from '../../src/harvest/lease-run.ts';
import { zeroCounts } from '../../src/harvest/repo.ts';
import { harvestNow } from '../../src/harvest/harvest-job.ts';
import { harvestSettings } from '../../src/harvest/settings.ts';
import { loadConfig } from '../../src/config.ts';
import { startArxivServer } from '../helpers/arxiv-server.ts';
import { fakeClock, type FakeClock } from '../helpers/fake-clock.ts';
import { storeDialects } from '../helpers/store.ts';

test('slots of a daily HH:MM in UTC and across a DST change', () => {
  const at = (iso: string) => new Date(iso);
  assert.equal(lastSlot(at('2025-03-04T06:29:00Z'), '06:30', 'UTC').toISOString(), '2025-03-03T06:30:00.000Z');
  assert.equal(lastSlot(at('2025-03-04T06:30:00Z'), '06:30', 'UTC').toISOString(), '2025-03-04T06:30:00.000Z');
  assert.equal(nextSlot(at('2025-03-04T06:30:00Z'), '06:30', 'UTC').toISOString(), '2025-03-05T06:30:00.000Z');
  // Berlin is UTC+1 in winter, UTC+2 from 2025-03-30.
  assert.equal(nextSlot(at('2025-03-29T12:00:00Z'), '06:00', 'Europe/Berlin').toISOString(), '2025-03-30T04:00:00.000Z');
  assert.equal(lastSlot(at('2025-03-29T12:00:00Z'), '06:00', 'Europe/Berlin').toISOString(), '2025-03-29T05:00:00.000Z');
  assert.equal(nextSlot(at('2025-03-29T23:30:00Z'), '00:15', 'America/New_York').toISOString(), '2025-03-30T04:15:00.000Z');
});

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('due when no successful run since the last slot; a failed run is retried an hour later', async () => {
    const store = await dialect.open();
    const t = (iso: string) => new Date(iso);
    assert.equal(await harvestDue(store, t('2025-03-04T06:00:00Z'), '06:30', 'UTC'), true, 'never harvested: catch up');
    const id = await store.harvest.startRun('schedule', 'x', t('2025-03-04T06:30:00Z'));
    await store.leases.acquire(HARVEST_LEASE, 'someone', 90_000, t('2025-03-04T06:30:00Z'));
    assert.equal(await harvestDue(store, t('2025-03-04T06:31:00Z'), '06:30', 'UTC'), false, 'a run is in progress');
    assert.equal(await harvestDue(store, t('2025-03-04T06:32:00Z'), '06:30', 'UTC'), true, 'a run whose process died (lease lapsed) does not block the schedule');
    await store.harvest.finishRun(id, 'unreachable', zeroCounts(), 'down', t('2025-03-04T06:32:00Z'));
    assert.equal(await harvestDue(store, t('2025-03-04T07:00:00Z'), '06:30', 'UTC'), false);
    assert.equal(await harvestDue(store, t('2025-03-04T07:32:00Z'), '06:30', 'UTC'), true, 'retry an hour after the failure');
    const ok = await store.harvest.startRun('schedule', 'x', t('2025-03-04T07:32:00Z'));
    await store.harvest.finishRun(ok, 'ok', zeroCounts(), null, t('2025-03-04T07:33:00Z'));
    assert.equal(await harvestDue(store, t('2025-03-05T06:29:00Z'), '06:30', 'UTC'), false);
    assert.equal(await harvestDue(store, t('2025-03-05T06:30:00Z'), '06:30', 'UTC'), true, 'next day at the time');
  });

  function scheduler(store: Store, clock: FakeClock, holder: string, oaiUrl: string, log: string[]) {
    return createHarvestScheduler(store, {
      at: '06:30', timeZone: 'UTC', clock, holder, log: (m) => log.push(m),
      harvest: (renew) => runHarvest(store, {
        categories: ['cs.AR'], trigger: 'schedule', oaiUrl, clock, onPage: renew,
        get: politeFetcher({ clock, userAgent: 'UA' }),
      }),
    });
  }

  test('the scheduler harvests at the configured time, and of two servers on one database only one harvests', async () => {
    const server = await startArxivServer();
    server.setPages([[{ id: '2503.00001', datestamp: '2025-03-04', created: '2025-03-03', title: 'Chiplets' }]]);
    // Two stores on one database stand in for two server processes.
    const a = await dialect.open();
    const b = await dialect.reopen(a);
    const clock = fakeClock('2025-03-04T06:00:00Z');
    const log: string[] = [];
    // A run done this morning before 06:30 makes the 06:30 slot the next one.
    const early = await a.harvest.startRun('cli', 'cs.AR', clock.now());
    await a.harvest.finishRun(early, 'ok', zeroCounts(), null, clock.now());
    const sa = scheduler(a, clock, 'server-a', server.oaiUrl, log);
    const sb = scheduler(b, clock, 'server-b', server.oaiUrl, log);
    assert.equal(await sa.tick(), 'not-due');
    assert.equal(server.requests.length, 0, 'nothing before the time');
    clock.set('2025-03-04T06:30:00Z');
    const outcomes = await Promise.all([sa.tick(), sb.tick()]);
    assert.deepEqual(outcomes.sort(), ['busy', 'ran']);
    assert.equal(server.requests.length, 1, 'one harvest, one request');
    assert.equal(await sb.tick(), 'not-due', 'the other server sees the run done');
    assert.equal(await a.leases.holder(HARVEST_LEASE), null, 'lease released');
    assert.equal((await b.harvest.recentRuns(5)).filter((r) => r.trigger === 'schedule').length, 1);
    assert.ok(await b.getPaper('2503.00001'));
    assert.equal(sa.next().toISOString(), '2025-03-05T06:30:00.000Z');
  });

  test('a run left running by a server that died is taken over by another server\'s scheduler once the lease lapses', async () => {
    const server = await startArxivServer();
    server.setPages([[{ id: '2503.00001', datestamp: '2025-03-04', created: '2025-03-03', title: 'Chiplets' }], [{ id: '2503.00002', datestamp: '2025-03-04', created: '2025-03-03', title: 'Chiplets Two' }]]);
    const store = await dialect.open();
    const clock = fakeClock('2025-03-04T06:31:00Z');
    // The dead server's run: page 1 saved with the token of page 2, its lease still live for a minute.
    const dead = await store.harvest.startRun('schedule', 'cs.AR', clock.now());
    await store.harvest.completeSet('cs.AR', 'cs', '2025-03-01', clock.now());
    await store.harvest.applyPage({ importId: await store.startImport('arxiv-oai', 'dead'), source: 'arxiv-oai', papers: [], versions: [], deletions: [],
      state: { scope: 'cs.AR', oaiSet: 'cs', resumeToken: 'tok-2', resumeFrom: '2025-03-01', resumeStartedDay: '2025-03-04', pagesDone: 1 } }, clock.now());
    await store.leases.acquire(HARVEST_LEASE, 'dead-server', 60_000, clock.now());
    const log: string[] = [];
    const s = scheduler(store, clock, 'survivor', server.oaiUrl, log);
    assert.equal(await s.tick(), 'not-due', 'the lease is live: the run may still be going');
    clock.advance(60_000);
    assert.equal(await s.tick(), 'ran', log.join('\n'));
    assert.deepEqual(server.requests.map((r) => r.query.get('resumptionToken')), ['tok-2'], 'resumed from the saved page');
    const runs = await store.harvest.recentRuns(5);
    assert.deepEqual(runs.map((r) => [r.id === dead, r.status]), [[false, 'ok'], [true, 'failed']]);
    assert.ok(await store.getPaper('2503.00002'));
  });

  test('a scheduled run that cannot reach arXiv is logged and recorded; the scheduler keeps going', async () => {
    const store = await dialect.open();
    const server = await startArxivServer();
    server.fail(...Array.from({ length: 5 }, () => ({ status: 503 })));
    const clock = fakeClock('2025-03-04T06:30:00Z');
    const log: string[] = [];
    const s = scheduler(store, clock, 'me', server.oaiUrl, log);
    assert.equal(await s.tick(), 'failed');
    assert.match(log.join('\n'), /harvest: failed, the site keeps serving/);
    assert.equal((await store.harvest.recentRuns(1))[0].status, 'unreachable');
    assert.equal(await s.tick(), 'not-due', 'not hammering arXiv right after a failure');
  });

  test('paperboy harvest refuses while another process holds the lease; a run left running by a dead process is marked interrupted', async () => {
    const store = await dialect.open();
    const server = await startArxivServer();
    server.setPages([[{ id: '2503.00001', datestamp: '2025-03-04', created: '2025-03-03', title: 'Chiplets' }]]);
    const clock = fakeClock();
    const settings = harvestSettings(loadConfig({ PAPERBOY_ARXIV_OAI_URL: server.oaiUrl, PAPERBOY_ARXIV_CONTACT: 'ops@example.org' }));
    const dead = await store.harvest.startRun('schedule', 'cs.AR', clock.now());
    await store.leases.acquire(HARVEST_LEASE, 'other-server', 60_000, clock.now());
    await assert.rejects(harvestNow(store, settings, { trigger: 'cli', clock }, 'me'), /another process is harvesting \(other-server, lease until/);
    assert.equal(server.requests.length, 0);
    clock.advance(61_000);
    const r = await harvestNow(store, settings, { trigger: 'cli', clock }, 'me');
    assert.equal(r.counts.inserted, 1, 'the lease expired: this one harvests');
    const runs = await store.harvest.recentRuns(5);
    const old = runs.find((x) => x.id === dead)!;
    assert.equal(old.status, 'failed');
    assert.match(old.error ?? '', /interrupted/);
    assert.equal(await store.leases.holder(HARVEST_LEASE), null);
    await assert.rejects(harvestNow(store, harvestSettings(loadConfig({ PAPERBOY_ARXIV_OAI_URL: server.oaiUrl })), { trigger: 'cli', clock }), /PAPERBOY_ARXIV_CONTACT: required for harvesting/);
  });
});
