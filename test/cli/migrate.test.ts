import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/db/sqlite/sqlite-store.ts';
import { openStore } from '../../src/db/open-store.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { buildSemanticIndex } from '../../src/search/semantic/indexer.ts';
import { runCli } from '../helpers/cli.ts';
import { dropSchema, freshSchemaName, TEST_PG_URL } from '../helpers/postgres.ts';
import { put, sqlRows, storeDialects } from '../helpers/store.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { paperIdForTitle } from '../../src/core/title-key.ts';
import { authorKey } from '../../src/core/author-key.ts';
import type { Store } from '../../src/db/store.ts';
import { AccountsService } from '../../src/accounts/service.ts';
import { createLogMailer } from '../../src/mail/smtp-mailer.ts';
import { createApp } from '../../src/web/app.ts';
import { openSearch } from '../../src/search/open-search.ts';
import { Client, PASSWORD } from '../helpers/accounts.ts';
import { BASE_URL } from '../helpers/web-api.ts';
import { subscribeVerified } from '../../src/digests/subscriptions.ts';
import { extractPending } from '../../src/results/service.ts';

const pg = (await storeDialects()).find((d) => d.name === 'postgres')!;

const accountsOn = (store: Store) => new AccountsService({
  repo: store.accounts, mailer: () => createLogMailer(() => {}), baseUrl: () => BASE_URL, now: () => new Date(),
});

/**
 * Accounts and the community in every table of migration 4: a member with a password, a session, a
 * token, a mailed link and rate-limit windows; votes, a comment with a hidden reply and a report, a
 * collection, a paper state, an author claim and a hidden paper. Returns the member's API token and
 * the hidden paper's id.
 */
async function community(s: SqliteStore): Promise<{ token: string; hidden: string }> {
  const accounts = accountsOn(s);
  const member = await accounts.createUser({ email: 'mover@example.org', password: PASSWORD, role: 'member', displayName: 'Mover' });
  const mod = await accounts.createUser({ email: 'mod@example.org', password: PASSWORD, role: 'moderator' });
  await accounts.logIn({ email: 'mover@example.org', password: PASSWORD }, '192.0.2.1');
  const { token } = await accounts.createApiToken(member.id, 'migrate');
  await accounts.requestReset('mover@example.org', '192.0.2.1');
  const rowid = (await s.paperRowid('2503.77777'))!;
  const now = new Date().toISOString();
  for (const u of [member, mod]) await s.votes.add(u.id, rowid, now);
  const top = await s.comments.add({ paperRowid: rowid, userId: member.id, parentId: null, body: 'Moved **well**', createdAt: now });
  const reply = await s.comments.add({ paperRowid: rowid, userId: mod.id, parentId: top.id, body: 'Agreed', createdAt: now });
  await s.comments.remove(reply.id, 'hidden', now);
  await s.comments.report({ reporterId: mod.id, commentId: top.id, paperRowid: null, reason: 'test', createdAt: now });
  const col = await s.collections.create({ userId: member.id, name: 'Moves', isPublic: true, shareToken: 'share-moves', createdAt: now });
  await s.collections.addPaper(col.id, rowid, now);
  await s.collections.setState(member.id, rowid, { readLater: true, read: false, notInterested: false, note: 'keep' }, now);
  await s.claims.create({ userId: member.id, paperRowid: rowid, authorName: 'Zoë Ågren', authorKey: authorKey('Zoë Ågren'), createdAt: now });
  const demo = (await s.listPapers({ limit: 1 })).items[0]!;
  await s.moderation.setPaperHidden((await s.paperRowid(demo.id))!, now);
  return { token, hidden: demo.id };
}

const SENT_PERIOD = '2025-03-02';

/**
 * Digests and harvesting in every table of migrations 5 and 6: a confirmed and a pending subscriber,
 * a sent digest in the ledger, the link-signing secret; a finished run, a set with a watermark and
 * one mid-harvest with its resumption token, a version history and a deletion.
 */
async function digestsAndHarvest(s: SqliteStore): Promise<void> {
  const at = new Date('2025-03-03T06:00:00Z');
  const reader = await subscribeVerified(s, { email: 'reader@example.org', frequency: 'daily', topics: [{ kind: 'category', value: 'cs.AR' }] }, at);
  await s.digests.insert({ email: 'pending@example.org', frequency: 'weekly', status: 'pending', topics: [], at: at.toISOString() });
  assert.equal(await s.digests.claim(reader.id, SENT_PERIOD, 'daily', 'run-1', at.toISOString()), true);
  await s.digests.finish(reader.id, SENT_PERIOD, { state: 'sent', messageId: '<m1@paperboy>', attempts: 1 }, at.toISOString());
  await s.digests.secret('link-signing', 'f'.repeat(64), at.toISOString());
  const run = await s.harvest.startRun('schedule', 'cs.AR', at);
  await s.harvest.finishRun(run, 'ok', { pages: 2, records: 3, matched: 3, inserted: 1, updated: 1, unchanged: 1, newVersions: 1, withdrawn: 0, deleted: 1, rejected: 0 }, null, at);
  await s.harvest.completeSet('cs.AR', 'cs', '2025-03-03', at);
  const importId = await s.startImport('arxiv-oai', 'harvest cs.AR');
  await s.harvest.applyPage({
    importId, source: 'arxiv-oai', papers: [], versions: [], deletions: [{ arxivId: '2503.99999', datestamp: '2025-03-02' }],
    state: { scope: 'cs.AR,stat.ML', oaiSet: 'stat', resumeToken: 'tok-2', resumeFrom: '2025-03-01', resumeStartedDay: '2025-03-03', pagesDone: 1 },
  }, at);
  await s.harvest.addVersions([
    { arxivId: '2503.77777', version: 1, versionDate: '2025-03-01', title: 'Migrating paperboy between stores', abstract: 'Copies every table.', titleChanged: false, abstractChanged: false, previousTitle: null },
    { arxivId: '2503.77777', version: 2, versionDate: '2025-03-02', title: 'Migrating paperboy between stores', abstract: 'A changed abstract.', titleChanged: false, abstractChanged: true, previousTitle: null },
  ], at);
}

/** A SQLite database with a row in every table: merged papers with an alias, vectors, a stale mark, a lease, accounts and the community. */
async function richSqlite(path: string): Promise<{ token: string; hidden: string }> {
  const s = new SqliteStore(path);
  await loadDemo(s, '2025-03-03', 150);
  await put(s, [{ title: 'Migrating Paperboy Between Stores', organization: 'Lab', upvotes: 3 }], 'hf-listing');
  await put(s, [{ arxivId: '2503.77777v1', title: 'Migrating paperboy between stores', abstract: 'Copies every table.', authors: ['Zoë Ågren'] }], 'arxiv');
  await buildSemanticIndex(s, null);
  await put(s, [{ arxivId: '2503.77777v2', title: 'Migrating paperboy between stores', abstract: 'A changed abstract, queued for re-embedding.' }], 'arxiv');
  await s.leases.acquire('harvest', 'server-1', 60_000, new Date('2025-03-03T00:00:00Z'));
  const made = await community(s);
  await digestsAndHarvest(s);
  // A reader's recommendation rows (picks, a skip, settings, a model).
  const reader = (await s.accounts.createUser({ email: 'reader@example.org', displayName: '', passwordHash: 'x', role: 'member', emailVerifiedAt: null, createdAt: '2025-03-03T00:00:00Z' }))!;
  const rowid = (await s.paperRowid('2503.77777'))!;
  await s.recommendations.setSeeds(reader.id, [{ kind: 'category', value: 'cs.LG' }], '2025-03-03T00:00:00Z');
  await s.recommendations.addSkip(reader.id, rowid, '2025-03-03T00:00:00Z');
  await s.recommendations.setDigestSection(reader.id, true, '2025-03-03T00:00:00Z');
  await s.recommendations.saveModel(reader.id, { scope: 'all', fingerprint: 'f', model: null, feed: [{ rowid, score: 1, reason: { terms: ['stores'], near: [] } }], trainedAt: '2025-03-03T00:00:00Z' });
  await put(s, [{ arxivId: '2503.88888', title: 'Claims to carry over', abstract: 'It is 2.5x faster than cuBLAS on an H100. Code: https://github.com/acme/claims.' }], 'arxiv');
  await extractPending(s);
  await s.close();
  return made;
}

const lines = (out: string) => out.trim().split('\n');

describe('paperboy migrate', { skip: pg.skip }, () => {
  test('copies every table, verifies it, and a second run changes nothing', async () => {
    const dir = tmpDir();
    const db = join(dir, 'source.db');
    const { token, hidden } = await richSqlite(db);
    const schema = freshSchemaName();
    after(() => dropSchema(schema));
    const url = `${TEST_PG_URL}?schema=${schema}`;

    const first = runCli(['migrate', '--from', `sqlite:${db}`, '--to', url, '--batch', '64']);
    assert.equal(first.code, 0, first.stderr);
    const tables = lines(first.stdout).slice(0, -1);
    assert.deepEqual(tables.map((l) => l.split(/\s+/)[0]), ['imports', 'papers', 'paper_aliases', 'paper_categories',
      'embedding_models', 'paper_vectors', 'vector_stale', 'job_leases', 'users', 'sessions', 'api_tokens', 'email_tokens',
      'rate_limits', 'paper_votes', 'comments', 'reports', 'collections', 'collection_items', 'paper_states', 'author_claims',
      'digest_subscribers', 'digest_sends', 'app_secrets', 'harvest_state', 'harvest_runs', 'paper_versions', 'harvest_deleted',
      'rec_seeds', 'rec_skips', 'rec_readers', 'rec_models', 'paper_results', 'paper_artifacts', 'paper_results_state']);
    assert.ok(tables.every((l) => l.endsWith('verified') && !/ 0 rows/.test(l)), first.stdout);
    assert.match(first.stdout, /copied \d+ rows; all \d+ rows verified/);

    const second = runCli(['migrate', '--from', `sqlite:${db}`, '--to', url]);
    assert.equal(second.code, 0, second.stderr);
    assert.ok(lines(second.stdout).slice(0, -1).every((l) => l.includes('+0 new  ~0 changed')), second.stdout);
    assert.match(second.stdout, /nothing to copy: the target already held all \d+ rows; verified/);

    // The copy answers as the source does.
    const src = new SqliteStore(db);
    const dst = await openStore({ databaseUrl: url, sqlitePath: 'unused' });
    after(() => dst.close());
    try {
      assert.equal(dst.dialect, 'postgres');
      assert.equal(await dst.countPapers(), await src.countPapers());
      const listed = await dst.getPaper('2503.77777');
      assert.deepEqual(listed, await src.getPaper('2503.77777'));
      assert.equal(listed?.organization, 'Lab');
      assert.equal((await dst.getPaper(paperIdForTitle('Migrating Paperboy Between Stores')))?.id, '2503.77777', 'the alias came along');
      const model = (await src.activeEmbeddingModel())!;
      assert.deepEqual(await dst.activeEmbeddingModel(), model);
      assert.deepEqual(await dst.vectorsSince(model.id, 0, 1000), await src.vectorsSince(model.id, 0, 1000));
      assert.deepEqual(await dst.papersToEmbed(model.id, 10), await src.papersToEmbed(model.id, 10));
      assert.deepEqual(await dst.leases.holder('harvest'), await src.leases.holder('harvest'));
      assert.deepEqual((await dst.search({ query: 'agren', limit: 5, offset: 0 })).items.map((h) => h.paper.id), ['2503.77777']);
      // Identities continue past the copied ids.
      const importId = await dst.startImport('test', 'after-migrate');
      assert.ok(importId > (await src.listImports(1))[0]!.id);
      const lastSeq = (await dst.vectorsSince(model.id, 0, 10_000)).at(-1)!.seq;
      const rowid = (await dst.paperRowid('2503.77777'))!;
      await dst.putVectors(model.id, [{ rowid, vec: Buffer.alloc(model.dim, 1) }]);
      assert.deepEqual((await dst.vectorsSince(model.id, lastSeq, 10)).map((v) => v.rowid), [rowid], 'vector numbers keep growing');

      // A later change to the source is carried over by the next run; an extra row in the target is reported.
      await dst.leases.acquire('digest', 'server-2', 60_000);
      await put(src, [{ arxivId: '2503.77777v3', title: 'Migrating paperboy between stores', abstract: 'Third version.' }], 'arxiv');
      const third = runCli(['migrate', '--from', `sqlite:${db}`, '--to', url]);
      assert.equal(third.code, 1, 'the lease only the target has fails verification');
      assert.match(third.stdout, /^papers .* ~1 changed .*verified$/m);
      assert.match(third.stdout, /^job_leases .*MISMATCH/m);
      assert.match(third.stderr, /verification failed for job_leases/);
      assert.equal((await dst.getPaper('2503.77777'))?.abstract, 'Third version.');

      // Accounts and the community are usable on the copy: the same password logs in, the token
      // works, counts are the source's, and new rows get ids past the copied ones.
      const app = createApp({ store: dst, search: openSearch(dst).service, baseUrl: BASE_URL, now: () => new Date() });
      const browser = new Client(app, '192.0.2.50');
      assert.equal((await browser.logIn('mover@example.org')).status, 303, 'the copied password hash checks');
      assert.equal((await (await browser.get('/api/me')).json()).user.displayName, 'Mover');
      assert.equal((await app.request(`${BASE_URL}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status, 200);
      assert.equal((await browser.logIn('mover@example.org', 'not the password')).status, 401);
      const [was, now] = [(await src.getPaper('2503.77777'))!, (await dst.getPaper('2503.77777'))!];
      assert.deepEqual([now.upvotes, now.numComments], [was.upvotes, was.numComments]);
      assert.deepEqual([now.upvotes, now.numComments], [3 + 2, 1], 'imported + 2 local votes; the hidden reply is not counted');
      const votes = 'SELECT count(*) AS n FROM paper_votes';
      assert.deepEqual(await sqlRows(dst, votes), await sqlRows(src, votes));
      const thread = await (await app.request(`${BASE_URL}/api/papers/2503.77777/comments`)).json();
      assert.equal(thread.comments[0].body, 'Moved **well**');
      assert.equal((await dst.collections.byShareToken('share-moves'))?.papers, 1);
      assert.equal((await dst.comments.openReports(5)).length, 1);
      assert.deepEqual((await dst.claims.pending(5)).map((c) => c.authorName), ['Zoë Ågren']);
      assert.equal(await dst.getPaper(hidden), null, 'a hidden paper stays hidden');
      const member = (await dst.accounts.userByEmail('mover@example.org'))!;
      assert.equal((await dst.collections.state(member.id, rowid)).note, 'keep');
      const newcomer = await accountsOn(dst).createUser({ email: 'new@example.org', password: PASSWORD, role: 'member' });
      assert.ok(newcomer.id > member.id);

      // Digests: subscribers, the ledger and the secret came along; a digest sent before the move is
      // not claimable again after it, mailed links verify with the same secret, ids continue.
      const moved = new Date().toISOString();
      assert.deepEqual(await dst.digests.list(), await src.digests.list());
      assert.deepEqual(await dst.digests.sends(SENT_PERIOD), await src.digests.sends(SENT_PERIOD));
      const reader = (await dst.digests.byEmail('reader@example.org'))!;
      assert.equal(await dst.digests.claim(reader.id, SENT_PERIOD, 'daily', 'after-move', moved), false, 'sent before the move, not sent again');
      assert.equal(await dst.digests.secret('link-signing', 'another candidate', moved), 'f'.repeat(64));
      const later = await dst.digests.insert({ email: 'later@example.org', frequency: 'daily', status: 'pending', topics: [], at: moved });
      assert.ok(later.id > reader.id);
      // Harvesting: the next harvest goes on from the copied watermark and resumption token.
      assert.deepEqual(await dst.harvest.allStates(), await src.harvest.allStates());
      assert.deepEqual((await dst.harvest.allStates()).map((x) => [x.oaiSet, x.watermark, x.resumeToken]), [['cs', '2025-03-03', null], ['stat', null, 'tok-2']]);
      assert.deepEqual(await dst.harvest.recentRuns(5), await src.harvest.recentRuns(5));
      assert.deepEqual(await dst.harvest.versions('2503.77777'), await src.harvest.versions('2503.77777'));
      assert.equal((await dst.harvest.versions('2503.77777')).length, 2);
      assert.equal(await dst.harvest.deletedAt('2503.99999'), '2025-03-02');
      const nextRun = await dst.harvest.startRun('cli', 'cs.AR', new Date());
      assert.ok(nextRun > (await src.harvest.recentRuns(1))[0]!.id);
    } finally {
      await src.close();
    }
  });

  test('bad arguments are refused with the option named', () => {
    const r = runCli(['migrate', '--from', 'data.db', '--to', TEST_PG_URL]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--from: expected sqlite:PATH/);
    const r2 = runCli(['migrate', '--from', 'sqlite:/nonexistent/x.db', '--to', TEST_PG_URL]);
    assert.match(r2.stderr, /--from: no SQLite file/);
    const r3 = runCli(['migrate', '--from', 'sqlite:/nonexistent/x.db', '--to', 'mysql://x']);
    assert.match(r3.stderr, /--from: no SQLite file|--to: expected/);
  });
});
