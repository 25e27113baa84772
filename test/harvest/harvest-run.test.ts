import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runHarvest, type HarvestOptions } from '../../src/harvest/runner.ts';
import { politeFetcher } from '../../src/harvest/polite-fetch.ts';
import { PaperboyError } from '../../src/errors.ts';
import type { Store } from '../../src/db/store.ts';
import { startArxivServer, oaiPage, type FakeRecord } from '../helpers/arxiv-server.ts';
import { fakeClock, type FakeClock } from '../helpers/fake-clock.ts';
import { storeDialects } from '../helpers/store.ts';

const CATS = ['cs.AR', 'cs.LG'];
const rec = (n: number, over: Partial<FakeRecord> = {}): FakeRecord => ({
  id: `2503.0${String(n).padStart(4, '0')}`, datestamp: '2025-03-04', created: '2025-03-03', title: `Systolic Arrays Part ${n}`, ...over,
});

function options(server: { oaiUrl: string }, clock: FakeClock, over: Partial<HarvestOptions> = {}): HarvestOptions {
  return {
    categories: CATS, trigger: 'test', oaiUrl: server.oaiUrl, clock,
    get: politeFetcher({ clock, userAgent: 'Paperboy/1.0 (contact: ops@example.org)' }), ...over,
  };
}

const oaiRequests = (s: Awaited<ReturnType<typeof startArxivServer>>) => s.requests.filter((r) => r.path === '/oai');

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('multi-page harvest follows resumption tokens, filters categories, keeps 3 s between requests, saves the watermark', async () => {
    const store = await dialect.open();
    const server = await startArxivServer();
    server.setPages([
      [rec(1), rec(2, { categories: 'math.OC' })],
      [rec(3, { categories: 'stat.ML cs.LG' }), rec(4)],
      [rec(5)],
    ]);
    const clock = fakeClock();
    const r = await runHarvest(store, options(server, clock));
    assert.equal(r.counts.pages, 3);
    assert.equal(r.counts.records, 5);
    assert.equal(r.counts.matched, 4, 'math.OC only record left out; a cs.LG cross-list kept');
    assert.equal(r.counts.inserted, 4);
    assert.equal(await store.getPaper('2503.00002'), null);
    const reqs = oaiRequests(server);
    assert.equal(reqs.length, 3);
    assert.equal(reqs[0].query.get('verb'), 'ListRecords');
    assert.equal(reqs[0].query.get('metadataPrefix'), 'arXiv');
    assert.equal(reqs[0].query.get('set'), 'cs');
    assert.equal(reqs[0].query.get('from'), '2025-03-01', 'first harvest looks back 3 days');
    assert.deepEqual([reqs[1].query.get('resumptionToken'), reqs[2].query.get('resumptionToken')], ['tok-2', 'tok-3']);
    assert.equal(reqs[1].query.get('set'), null, 'later pages go by token alone');
    assert.match(String(reqs[0].headers['user-agent']), /contact: ops@example\.org/);
    assert.deepEqual(clock.waits, [3000, 3000], 'a 3 s pause before each request after the first, and no other');
    const state = await store.harvest.state('cs.AR,cs.LG', 'cs');
    assert.equal(state?.watermark, '2025-03-04');
    assert.equal(state?.resumeToken, null);
    const p = await store.getPaper('2503.00001');
    assert.equal(p?.submittedOnDailyAt, '2025-03-04', 'a new v1 enters the daily feed on its announcement (datestamp) day');
    assert.equal(p?.version, 1);
    const runs = await store.harvest.recentRuns(5);
    assert.equal(runs[0].status, 'ok');
    assert.equal(runs[0].counts.inserted, 4);

    // The next run is incremental from the watermark; the same records again change nothing.
    const again = await runHarvest(store, options(server, clock));
    assert.equal(oaiRequests(server)[3].query.get('from'), '2025-03-04');
    assert.equal(again.counts.inserted, 0);
    assert.equal(again.counts.updated, 0);
    assert.equal(again.counts.unchanged, 4);
    assert.equal(again.counts.newVersions, 0);
    assert.equal((await store.harvest.versions('2503.00001')).length, 1, 'no duplicate version rows');
  });

  test('a 503 with Retry-After is waited out on the fake clock, then the harvest goes on', async () => {
    const store = await dialect.open();
    const server = await startArxivServer();
    server.setPages([[rec(1)], [rec(2)]]);
    server.fail({ status: 503, retryAfter: '120' });
    const clock = fakeClock();
    const r = await runHarvest(store, options(server, clock));
    assert.equal(r.counts.inserted, 2);
    assert.deepEqual(clock.waits, [120_000, 3000]);
    assert.equal(oaiRequests(server).length, 3);
  });

  test('a malformed page in the middle: clear error naming the page and token, earlier pages kept, rerun resumes', async () => {
    const store = await dialect.open();
    const server = await startArxivServer();
    server.setPages([[rec(1)], [rec(2)], [rec(3)]]);
    const good = server.pages.get('tok-2')!;
    server.pages.set('tok-2', good.slice(0, good.length / 2));
    const clock = fakeClock();
    await assert.rejects(runHarvest(store, options(server, clock)), (err: PaperboyError) => {
      assert.equal(err.code, 'arxiv_bad_response');
      assert.match(err.message, /page 2 of set cs \(resumptionToken "tok-2"\) is not well-formed XML/);
      assert.match(err.message, /1 page before it were saved/);
      return true;
    });
    assert.ok(await store.getPaper('2503.00001'), 'page 1 kept');
    assert.equal(await store.getPaper('2503.00002'), null, 'nothing of the broken page');
    const state = await store.harvest.state('cs.AR,cs.LG', 'cs');
    assert.equal(state?.resumeToken, 'tok-2');
    assert.equal(state?.watermark, null, 'the watermark moves only when the set is complete');
    const [failed] = await store.harvest.recentRuns(1);
    assert.equal(failed.status, 'failed');
    assert.match(failed.error ?? '', /tok-2/);

    server.pages.set('tok-2', good);
    const before = oaiRequests(server).length;
    const r = await runHarvest(store, options(server, clock));
    const resumed = oaiRequests(server).slice(before);
    assert.deepEqual(resumed.map((q) => q.query.get('resumptionToken')), ['tok-2', 'tok-3'], 'resumes at the broken page, not from the start');
    assert.equal(r.counts.inserted, 2);
    assert.equal((await store.harvest.state('cs.AR,cs.LG', 'cs'))?.watermark, '2025-03-04');
  });

  test('a crash after page 2 and a rerun: continues from the saved token; an expired token starts the set over', async () => {
    const store = await dialect.open();
    const server = await startArxivServer();
    server.setPages([[rec(1)], [rec(2)], [rec(3)], [rec(4)]]);
    const clock = fakeClock();
    let pages = 0;
    const crash = async () => { if (++pages === 2) throw new Error('killed'); };
    await assert.rejects(runHarvest(store, options(server, clock, { onPage: crash })), /killed/);
    assert.equal((await store.harvest.state('cs.AR,cs.LG', 'cs'))?.resumeToken, 'tok-3');
    const before = oaiRequests(server).length;
    await runHarvest(store, options(server, clock));
    assert.deepEqual(oaiRequests(server).slice(before).map((q) => q.query.get('resumptionToken')), ['tok-3', 'tok-4']);
    for (const n of [1, 2, 3, 4]) assert.ok(await store.getPaper(`2503.0000${n}`));

    // Interrupted again, and by the rerun arXiv has forgotten the token.
    pages = 0;
    await assert.rejects(runHarvest(store, options(server, clock, { since: '2025-03-02', onPage: crash })), /killed/);
    server.pages.delete('tok-3');
    server.pages.set('', oaiPage([rec(1)], null));
    const at = oaiRequests(server).length;
    const r = await runHarvest(store, options(server, clock));
    const q = oaiRequests(server).slice(at);
    assert.equal(q[0].query.get('resumptionToken'), 'tok-3');
    assert.equal(q[1].query.get('from'), '2025-03-02', 'starts over from the interrupted harvest\'s own from day');
    assert.equal(r.status, 'ok');
  });

  test('new versions update the paper and record history; withdrawn and deleted records are marked', async () => {
    const store = await dialect.open();
    const server = await startArxivServer();
    const clock = fakeClock();
    server.setPages([[rec(1), rec(2), rec(9, { created: '2019-05-01', updated: '2019-06-01', datestamp: '2025-03-04' })]]);
    await runHarvest(store, options(server, clock));
    const old = await store.getPaper('2503.00009');
    assert.equal(old?.submittedOnDailyAt, '2019-05-01', 'an old paper seen again is not announced today');

    server.setPages([[
      rec(1, { updated: '2025-03-10', datestamp: '2025-03-11', title: 'Systolic Arrays, Revisited', abstract: 'A new abstract.' }),
      rec(2, { updated: '2025-03-10', datestamp: '2025-03-11', comments: 'This paper has been withdrawn by the authors', abstract: 'This paper has been withdrawn.' }),
      { id: '2503.00009', datestamp: '2025-03-11', created: '', title: '', deleted: true },
      { id: '2503.09999', datestamp: '2025-03-11', created: '', title: '', deleted: true },
    ]], '2025-03-11T06:00:00Z');
    const r = await runHarvest(store, options(server, clock));
    assert.equal(r.counts.newVersions, 2);
    assert.equal(r.counts.withdrawn, 1);
    assert.equal(r.counts.deleted, 2, 'a deletion of a paper Paperboy never had is harmless');
    const p = await store.getPaper('2503.00001');
    assert.equal(p?.title, 'Systolic Arrays, Revisited');
    assert.equal(p?.version, 2);
    assert.equal(p?.submittedOnDailyAt, '2025-03-04', 'a new version does not move the paper in the daily feed');
    const history = await store.harvest.versions('2503.00001');
    assert.deepEqual(history.map((v) => [v.version, v.versionDate, v.titleChanged, v.abstractChanged]), [[1, '2025-03-03', false, false], [2, '2025-03-10', true, true]]);
    assert.equal(history[1].previousTitle, 'Systolic Arrays Part 1');
    assert.equal((await store.getPaper('2503.00002'))?.withdrawnAt, '2025-03-10');
    assert.equal((await store.getPaper('2503.00009'))?.withdrawnAt, '2025-03-11');
    assert.equal(await store.harvest.deletedAt('2503.00009'), '2025-03-11');
  });

  test('a dry run fetches and counts but writes nothing', async () => {
    const store: Store = await dialect.open();
    const server = await startArxivServer();
    server.setPages([[rec(1)], [rec(2)]]);
    const r = await runHarvest(store, options(server, fakeClock(), { dryRun: true }));
    assert.equal(r.fresh, 2);
    assert.equal(await store.countPapers(), 0);
    assert.equal((await store.harvest.recentRuns(5)).length, 0);
    assert.equal(await store.harvest.state('cs.AR,cs.LG', 'cs'), null);
  });

  test('arXiv unreachable: backs off, records the run as unreachable, and an OAI error is reported by code', async () => {
    const store = await dialect.open();
    const server = await startArxivServer();
    server.fail(...Array.from({ length: 5 }, () => ({ status: 500 })));
    const clock = fakeClock();
    await assert.rejects(runHarvest(store, options(server, clock)), (e: PaperboyError) => e.code === 'arxiv_unreachable');
    assert.deepEqual(clock.waits, [5000, 10000, 20000, 40000], 'exponential backoff between attempts');
    assert.equal((await store.harvest.recentRuns(1))[0].status, 'unreachable');

    server.fail({ body: '<?xml version="1.0"?><OAI-PMH><responseDate>2025-03-04T06:00:00Z</responseDate><error code="badArgument">Illegal set</error></OAI-PMH>' });
    await assert.rejects(runHarvest(store, options(server, clock)), /OAI-PMH error badArgument: Illegal set/);
  });

  test('categories from two archives: one pass per OAI set, spacing kept across sets, progress kept per set', async () => {
    const store = await dialect.open();
    const server = await startArxivServer();
    server.setPages([[rec(1, { categories: 'cs.LG stat.ML' }), rec(2, { categories: 'stat.ME' })]]);
    const clock = fakeClock();
    const r = await runHarvest(store, options(server, clock, { categories: ['stat.ML', 'cs.LG', 'cs.AR'] }));
    assert.deepEqual(oaiRequests(server).map((q) => q.query.get('set')), ['cs', 'stat'], 'cs.LG and cs.AR share set cs');
    assert.deepEqual(clock.waits, [3000]);
    assert.equal(r.counts.inserted, 1, 'stat.ME is not wanted');
    assert.equal(r.counts.unchanged, 1, 'the cross-listed paper seen again in set stat changes nothing');
    assert.deepEqual((await store.harvest.allStates()).map((s) => [s.scope, s.oaiSet, s.watermark]),
      [['cs.AR,cs.LG,stat.ML', 'cs', '2025-03-04'], ['cs.AR,cs.LG,stat.ML', 'stat', '2025-03-04']]);
  });
});
