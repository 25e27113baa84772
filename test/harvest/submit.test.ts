import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { submitPaper, type SubmitDeps } from '../../src/harvest/submit.ts';
import { politeFetcher } from '../../src/harvest/polite-fetch.ts';
import { registerSubmitRoute } from '../../src/web/api/submit.ts';
import { handleError } from '../../src/web/errors.ts';
import type { AppDeps } from '../../src/web/deps.ts';
import { PaperboyError } from '../../src/errors.ts';
import { startArxivServer } from '../helpers/arxiv-server.ts';
import { fakeClock } from '../helpers/fake-clock.ts';
import { put, paperInput, storeDialects, type StoreDialect } from '../helpers/store.ts';
import { createApp } from '../../src/web/app.ts';
import { makeUser } from '../helpers/accounts.ts';
import { AccountsService } from '../../src/accounts/service.ts';
import { createLogMailer } from '../../src/mail/smtp-mailer.ts';

const TODAY = '2025-03-12T09:00:00Z';

async function setup(dialect: StoreDialect) {
  const store = await dialect.open();
  const server = await startArxivServer();
  const clock = fakeClock(TODAY);
  const deps: SubmitDeps = { store, apiUrl: server.apiUrl, clock, get: politeFetcher({ clock, userAgent: 'Paperboy/1.0 (contact: ops@example.org)', retries: 1 }) };
  server.papers.set('2503.01234', { id: '2503.01234', datestamp: '', created: '2025-03-01', updated: '2025-03-08', version: 3, title: 'Near-Memory Sparse Attention', categories: 'cs.AR cs.LG', authors: ['Grace Hopper', 'Jim Keller'] });
  server.papers.set('hep-th/9901001', { id: 'hep-th/9901001', datestamp: '', created: '1999-01-05', title: 'Strings Long Ago', categories: 'hep-th' });
  return { store, server, clock, deps };
}

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('a new paper is fetched from the arXiv API and put on today\'s daily feed with its submitter', async () => {
    const { store, server, deps } = await setup(dialect);
    const r = await submitPaper(deps, 'https://arxiv.org/abs/2503.01234v2', 'grace');
    assert.equal(r.created, true);
    assert.equal(r.paper.id, '2503.01234');
    assert.equal(r.paper.title, 'Near-Memory Sparse Attention');
    assert.equal(r.paper.submittedOnDailyAt, '2025-03-12');
    assert.equal(r.paper.submittedBy, 'grace');
    assert.equal(r.paper.version, 3, 'the latest version, named by the API');
    assert.deepEqual(r.paper.authors, ['Grace Hopper', 'Jim Keller']);
    assert.equal(server.requests[0].query.get('id_list'), '2503.01234', 'asked without the version: the latest is wanted');
    assert.match(String(server.requests[0].headers['user-agent']), /contact: ops@example\.org/);
    assert.deepEqual((await store.harvest.versions('2503.01234')).map((v) => [v.version, v.versionDate]), [[3, '2025-03-08']]);
    const day = await store.dailyPapers({ from: '2025-03-12', to: '2025-03-12', order: 'upvotes', limit: 10, offset: 0 });
    assert.deepEqual(day.items.map((p) => p.id), ['2503.01234']);

    const old = await submitPaper(deps, 'https://arxiv.org/pdf/hep-th/9901001v1.pdf', 'ada');
    assert.equal(old.paper.id, 'hep-th_9901001');
  });

  test('an existing paper is answered as it is, without asking arXiv', async () => {
    const { store, server, deps } = await setup(dialect);
    await put(store, [paperInput({ arxivId: '2401.00042', title: 'Already Here', submittedOnDailyAt: '2024-01-03' })]);
    for (const form of ['2401.00042', 'arXiv:2401.00042v3', 'https://arxiv.org/pdf/2401.00042v1', 'http://export.arxiv.org/abs/2401.00042']) {
      const r = await submitPaper(deps, form, 'ada');
      assert.equal(r.created, false, form);
      assert.equal(r.paper.title, 'Already Here');
      assert.equal(r.paper.submittedOnDailyAt, '2024-01-03');
    }
    assert.equal(server.requests.length, 0);
  });

  test('clear errors: invalid id, missing paper, unreachable arXiv, missing submitter', async () => {
    const { server, deps, clock } = await setup(dialect);
    for (const bad of ['', 'not-an-id', '2413.00001', 'https://example.org/abs/2401.00001']) {
      await assert.rejects(submitPaper(deps, bad, 'ada'), (e: PaperboyError) => e.code === 'invalid_argument' && e.field === 'id' && /arXiv id/.test(e.message), bad);
    }
    await assert.rejects(submitPaper(deps, '2401.00042', '  '), (e: PaperboyError) => e.code === 'invalid_argument' && e.field === 'submitter');
    assert.equal(server.requests.length, 0, 'nothing sent for bad input');
    await assert.rejects(submitPaper(deps, '2502.99999', 'ada'), (e: PaperboyError) => e.code === 'paper_not_found' && /arXiv has no paper with the id 2502\.99999/.test(e.message));

    const dead = createServer();
    await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
    const { port } = dead.address() as AddressInfo;
    await new Promise<void>((r) => dead.close(() => r()));
    await assert.rejects(submitPaper({ ...deps, apiUrl: `http://127.0.0.1:${port}/api/query`, get: politeFetcher({ clock, userAgent: 'UA', retries: 1 }) }, '2502.99998', 'ada'),
      (e: PaperboyError) => e.code === 'arxiv_unreachable' && /arXiv could not be reached to look up 2502\.99998; please try again later/.test(e.message));
  });

  test('the web route: only registered with getSubmitter; 401 without a user; 201 then 200; rate-limited', async () => {
    const { store, server, clock } = await setup(dialect);
    const deps = { store, baseUrl: 'https://paperboy.test', now: () => clock.now() } as unknown as AppDeps;
    const bare = new Hono();
    registerSubmitRoute(bare, deps, undefined, { apiUrl: server.apiUrl, userAgent: 'UA', clock });
    assert.equal((await bare.request('/api/papers/submit', { method: 'POST' })).status, 404, 'not there until accounts supply a submitter');

    const app = new Hono();
    app.onError((err, c) => handleError(err, c, deps));
    registerSubmitRoute(app, deps, (c) => c.req.header('x-user') ?? null, { apiUrl: server.apiUrl, userAgent: 'UA', clock, limit: 2, windowMs: 3_600_000 });
    const post = (body: unknown, user?: string) => app.request('/api/papers/submit', {
      method: 'POST', headers: { 'content-type': 'application/json', ...(user ? { 'x-user': user } : {}) }, body: JSON.stringify(body),
    });
    assert.equal((await post({ id: '2503.01234' })).status, 401);
    const first = await post({ id: '2503.01234' }, 'grace');
    assert.equal(first.status, 201);
    const json = await first.json() as { created: boolean; paper: { id: string; submittedOnDailyAt: string } };
    assert.deepEqual([json.created, json.paper.id, json.paper.submittedOnDailyAt], [true, '2503.01234', '2025-03-12']);
    assert.equal((await post({ id: '2503.01234' }, 'grace')).status, 200, 'already here');
    const limited = await post({ id: '2503.01234' }, 'grace');
    assert.equal(limited.status, 429);
    assert.match(((await limited.json()) as { error: { message: string } }).error.message, /at most 2 per 60 minutes/);
    assert.equal((await post({ id: 'nope' }, 'ada')).status, 400);
    clock.advance(3_600_000);
    assert.equal((await post({ id: '2503.01234' }, 'grace')).status, 200, 'a new window');

    const form = await app.request('/api/papers/submit', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-user': 'ada' }, body: 'id=hep-th%2F9901001' });
    assert.equal(form.status, 303);
    assert.equal(form.headers.get('location'), '/papers/hep-th_9901001');
  });

  test('the site wires submission to accounts: a signed-in reader or an API token submits; nobody else can', async () => {
    const store = await dialect.open();
    const server = await startArxivServer();
    server.papers.set('2503.04321', { id: '2503.04321', datestamp: '', created: '2025-03-01', title: 'Submitted Through the Site', categories: 'cs.AR', authors: ['Ada Lovelace'] });
    const app = createApp({ store, baseUrl: 'https://paperboy.test', now: () => new Date(TODAY), pageCacheMs: 0, arxivApiUrl: server.apiUrl });
    const reader = await makeUser(store, 'reader@example.org');
    const { token } = await new AccountsService({ repo: store.accounts, mailer: () => createLogMailer(() => undefined), baseUrl: () => 'http://x', now: () => new Date() }).createApiToken(reader.id, 'cli');
    const submit = (headers: Record<string, string>) => app.request('/api/papers/submit', {
      method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ id: 'https://arxiv.org/abs/2503.04321v1' }),
    });
    assert.equal((await submit({})).status, 401);
    const ok = await submit({ authorization: `Bearer ${token}` });
    assert.equal(ok.status, 201);
    assert.equal((await ok.json() as { paper: { id: string } }).paper.id, '2503.04321');
    assert.equal((await store.getPaper('2503.04321'))?.submittedBy, `user ${reader.id}`, 'named without the email address');
  });
});
