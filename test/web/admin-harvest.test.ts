import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { createApp } from '../../src/web/app.ts';
import { startServer } from '../../src/web/server.ts';
import { registerHarvestAdmin } from '../../src/web/admin/harvest-page.tsx';
import { isLoopback } from '../../src/web/middleware/loopback-only.ts';
import { runHarvest } from '../../src/harvest/runner.ts';
import { politeFetcher } from '../../src/harvest/polite-fetch.ts';
import type { AppDeps } from '../../src/web/deps.ts';
import type { Store } from '../../src/db/store.ts';
import { startArxivServer, type FakeRecord } from '../helpers/arxiv-server.ts';
import { fakeClock } from '../helpers/fake-clock.ts';
import { testStore } from '../helpers/store.ts';
import { makeUser } from '../helpers/accounts.ts';
import { AccountsService } from '../../src/accounts/service.ts';
import { createLogMailer } from '../../src/mail/smtp-mailer.ts';

const rec = (n: number, over: Partial<FakeRecord> = {}): FakeRecord => ({
  id: `2503.0000${n}`, datestamp: '2025-03-04', created: '2025-03-03', title: `Memory Wall Study ${n}`, ...over,
});

async function harvested(): Promise<{ store: Store; server: Awaited<ReturnType<typeof startArxivServer>> }> {
  const store = testStore();
  const server = await startArxivServer();
  const clock = fakeClock();
  const go = () => runHarvest(store, { categories: ['cs.AR'], trigger: 'test', oaiUrl: server.oaiUrl, clock, get: politeFetcher({ clock, userAgent: 'UA' }) });
  server.setPages([[rec(1), rec(2), rec(3), rec(4)]]);
  await go();
  server.setPages([[
    rec(1, { updated: '2025-03-10', title: 'Breaking the <Memory> Wall', abstract: 'Revised.' }),
    rec(2, { updated: '2025-03-10', comments: 'This paper has been withdrawn by the authors' }),
    { id: '2503.00003', datestamp: '2025-03-11', created: '', title: '', deleted: true },
  ]]);
  await go();
  return { store, server };
}

const appFor = (store: Store) => createApp({ store, baseUrl: 'https://paperboy.test', now: () => new Date('2025-03-12T10:00:00Z'), pageCacheMs: 0 });

test('the paper page shows the version history with dates and what changed; withdrawn and removed papers say so', async () => {
  const { store } = await harvested();
  const app = appFor(store);
  const html = await (await app.request('/papers/2503.00001')).text();
  assert.match(html, /<h2 id="versions-h">Version history<\/h2>/);
  assert.match(html, /<strong>v1<\/strong> · <time datetime="2025-03-03">/);
  assert.match(html, /<strong>v2<\/strong> · <time datetime="2025-03-10">[^<]*<\/time> · <span>Title and abstract changed; the title was “Memory Wall Study 1”/);
  assert.match(html, /Breaking the &lt;Memory&gt; Wall/, 'escaped');
  const withdrawn = await (await app.request('/papers/2503.00002')).text();
  assert.match(withdrawn, /<strong>Withdrawn\.<\/strong>/);
  const removed = await (await app.request('/papers/2503.00003')).text();
  assert.match(removed, /<strong>Removed<\/strong> · <time datetime="2025-03-11">/);
  const single = await (await app.request('/papers/2503.00004')).text();
  assert.doesNotMatch(single, /Version history/, 'one version alone is no history');
});

test('/admin/harvest lists runs, counts and errors, says when arXiv was unreachable, and is only for admins', async () => {
  const { store, server } = await harvested();
  server.fail(...Array.from({ length: 5 }, () => ({ status: 503 })));
  const clock = fakeClock('2025-03-12T06:00:00Z');
  await assert.rejects(runHarvest(store, { categories: ['cs.AR'], trigger: 'schedule', oaiUrl: server.oaiUrl, clock, get: politeFetcher({ clock, userAgent: 'UA' }) }));

  const denied = await appFor(store).request('/admin/harvest');
  assert.equal(denied.status, 303, 'signed out: sent to the log-in page');
  assert.match(denied.headers.get('location') ?? '', /^\/login\?next=/);

  const admin = await makeUser(store, 'admin@example.org', 'admin');
  const { token } = await new AccountsService({ repo: store.accounts, mailer: () => createLogMailer(() => undefined), baseUrl: () => 'http://x', now: () => new Date() }).createApiToken(admin.id, 'test');
  const running = await startServer({ store, port: 0, host: '127.0.0.1', pageCacheMs: 0 });
  try {
    const res = await fetch(`${running.url}/admin/harvest`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('cache-control') ?? '', /\bno-store\b/);
    const html = await res.text();
    assert.match(html, /<strong>arXiv could not be reached<\/strong> on the last run/);
    assert.match(html, /<td>schedule<\/td><td>unreachable<\/td>/);
    assert.match(html, /arXiv could not be reached at http:\/\/127\.0\.0\.1/);
    // The first harvest: 1 page, 4 records, 4 new.
    assert.match(html, /<td>test<\/td><td>ok<\/td><td>1<\/td><td>4<\/td><td>4<\/td>/);
    assert.match(html, /<td>cs.AR<\/td><td>cs<\/td><td>2025-03-04<\/td><td>none<\/td>/);
    assert.match(html, /<meta name="robots" content="noindex"/);
    const paper = await fetch(`${running.url}/papers/2503.00001`);
    assert.equal(paper.status, 200, 'the site keeps serving while arXiv is down');
  } finally {
    await running.close();
  }
});

test('the admin routes take any requireAdmin middleware (the accounts work plugs in here)', async () => {
  const store = testStore();
  const app = new Hono();
  const deps = { store, baseUrl: 'https://paperboy.test', now: () => new Date() } as unknown as AppDeps;
  registerHarvestAdmin(app, deps, async (c, next) => (c.req.header('x-admin') === 'yes' ? next() : c.text('forbidden', 403)) as Promise<void>, () => ({ categories: ['cs.AR'], schedule: null, oaiUrl: 'http://oai.test' }));
  assert.equal((await app.request('/admin/harvest')).status, 403);
  const ok = await app.request('/admin/harvest', { headers: { 'x-admin': 'yes' } });
  assert.equal(ok.status, 200);
  const html = await ok.text();
  assert.match(html, /off \(set PAPERBOY_HARVEST_AT to harvest daily\)/);
  assert.match(html, /No harvest has run yet/);
});

test('loopback addresses', () => {
  for (const a of ['127.0.0.1', '127.8.0.2', '::1', '::ffff:127.0.0.1']) assert.equal(isLoopback(a), true, a);
  for (const a of ['10.0.0.1', '::ffff:10.0.0.1', '1127.0.0.1', undefined]) assert.equal(isLoopback(a), false, String(a));
});
