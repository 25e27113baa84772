import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/web/app.ts';
import { openSearch } from '../../src/search/open-search.ts';
import { AccountsService } from '../../src/accounts/service.ts';
import { createLogMailer } from '../../src/mail/smtp-mailer.ts';
import { accountsApp, Client, makeUser } from '../helpers/accounts.ts';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { put, sqlRows, storeDialects } from '../helpers/store.ts';
import { BASE_URL, NOW, webFixture } from '../helpers/web-api.ts';

const smtp = await startSmtpCapture();

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('50 users sending 200 concurrent upvote toggles through two servers on one database end with exact counts', async () => {
    // Two "servers" on one database (two connections to one SQLite file, or two pools on one PostgreSQL
    // schema), each with its own app, as two processes would have.
    const first = await dialect.open();
    const stores = [first, await dialect.reopen(first)];
    await put(stores[0], webFixture());
    const apps = stores.map((store) => createApp({ store, search: openSearch(store).service, baseUrl: BASE_URL, now: () => NOW }));
    const accounts = new AccountsService({ repo: stores[0].accounts, mailer: createLogMailer, baseUrl: () => BASE_URL, now: () => NOW });
    const tokens: string[] = [];
    for (let i = 0; i < 50; i++) {
      const u = await makeUser(stores[0], `voter${i}@example.org`);
      tokens.push((await accounts.createApiToken(u.id, 'load')).token);
    }
    const send = (i: number, method: 'POST' | 'DELETE', id: string) => apps[i % 2].request(`${BASE_URL}/api/papers/${id}/upvote`, {
      method, headers: { authorization: `Bearer ${tokens[i]}` },
    });
    // Round 1, 200 requests at once: each user upvotes A twice (a double click), upvotes B, and removes a vote on C it never gave.
    const round1 = await Promise.all(tokens.flatMap((_, i) => [send(i, 'POST', '2501.00001'), send(i, 'POST', '2501.00001'), send(i, 'POST', '2501.00002v2'), send(i, 'DELETE', '2501.00004')]));
    assert.deepEqual([...new Set(round1.map((r) => r.status))], [200]);
    // Round 2, 200 more: the even users take back A (twice) and B (twice); the odd users repeat their upvotes.
    const round2 = await Promise.all(tokens.flatMap((_, i) => i % 2 === 0
      ? [send(i, 'DELETE', '2501.00001'), send(i, 'DELETE', '2501.00001'), send(i, 'DELETE', '2501.00002'), send(i, 'DELETE', '2501.00002')]
      : [send(i, 'POST', '2501.00001'), send(i, 'POST', '2501.00001'), send(i, 'POST', '2501.00002'), send(i, 'POST', '2501.00002')]));
    assert.deepEqual([...new Set(round2.map((r) => r.status))], [200]);

    const counts = await sqlRows(stores[1], `SELECT p.arxiv_id AS "id", p.local_upvotes AS "local", (SELECT count(*) FROM paper_votes v WHERE v.paper_rowid = p.rowid) AS "rows"
    FROM papers p WHERE p.arxiv_id IN ('2501.00001', '2501.00002', '2501.00004') ORDER BY p.arxiv_id`);
    assert.deepEqual(counts, [
      { id: '2501.00001', local: 25, rows: 25 },
      { id: '2501.00002', local: 25, rows: 25 },
      { id: '2501.00004', local: 0, rows: 0 },
    ]);
    // The API shows imported (30) plus local (25).
    const paper = await (await apps[1].request(`${BASE_URL}/api/papers/2501.00001`)).json();
    assert.equal(paper.upvotes, 55);
    for (const s of stores) await s.close();
  });

  test('upvotes are one per user, shown as imported + local, and rank feeds and the API', async () => {
    const t = await accountsApp(smtp, dialect);
    const c = t.client();
    await makeUser(t.store, 'ranker@example.org');
    await c.logIn('ranker@example.org');
    const token = await c.csrf('/settings');
    const up = await c.request('POST', '/api/papers/2501.00002/upvote', { headers: { 'x-csrf-token': token } });
    assert.deepEqual(await up.json(), { paperId: '2501.00002', upvoted: true, upvotes: 11, importedUpvotes: 10, localUpvotes: 1 });
    const again = await c.request('POST', '/api/papers/2501.00002/upvote', { headers: { 'x-csrf-token': token } });
    assert.equal((await again.json()).upvotes, 11);
    assert.equal((await c.request('POST', '/api/papers/9999.99999/upvote', { headers: { 'x-csrf-token': token } })).status, 404);
    assert.equal((await t.client().request('POST', '/api/papers/2501.00002/upvote')).status, 401);

    // 20 more local votes lift Beta (10 imported) above Alpha (30 imported) on the day's feed.
    for (let i = 0; i < 20; i++) {
      const u = await makeUser(t.store, `fan${i}@example.org`);
      const rowid = (await t.store.paperRowid('2501.00002'))!;
      await t.store.votes.add(u.id, rowid, NOW.toISOString());
    }
    const daily = await (await t.get('/api/daily_papers?date=2025-01-17')).json();
    // Gamma (50, no arXiv id) stays first; Beta (10 + 21 = 31) now passes Alpha (30).
    assert.deepEqual(daily.slice(1, 3).map((d: { paper: { id: string; upvotes: number } }) => [d.paper.id, d.paper.upvotes]),
      [['2501.00002', 31], ['2501.00001', 30]]);
    assert.equal(daily[0].paper.upvotes, 50);
    // Trending and the feeds count the same sum.
    const trending = await (await t.get('/api/daily_papers?sort=trending')).json();
    assert.equal(trending.find((d: { paper: { id: string } }) => d.paper.id === '2501.00002').paper.upvotes, 31);
    assert.match(await (await t.get('/trending')).text(), /\(31 upvotes \+ 0\.5 x 0 comments \+ 1\)/);
    // A re-import with a new Hugging Face count changes only the imported part.
    await put(t.store, [{ ...webFixture()[1], upvotes: 12 }]);
    assert.equal((await t.store.getPaper('2501.00002'))!.upvotes, 12 + 21);
    const found = await (await t.get('/api/papers/search?q=sparse&mode=lexical')).json();
    assert.equal(found[0].paper.upvotes, 33);
  });

  test('the card and the paper page toggle upvotes with a plain form post when JavaScript is off', async () => {
    const t = await accountsApp(smtp, dialect);
    await makeUser(t.store, 'nojs@example.org');
    const c = t.client();
    await c.logIn('nojs@example.org');
    const page = await (await c.get('/date/2025-01-17')).text();
    const form = /<form class="votes upvote-form" method="post" action="\/papers\/2501\.00001\/upvote" data-upvote="2501\.00001">.*?<\/form>/s.exec(page)![0];
    assert.match(form, /name="action" value="add"/);
    assert.match(form, /aria-pressed="false"/);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form)![1];
    const res = await c.request('POST', '/papers/2501.00001/upvote', { form: { _csrf: csrf, action: 'add' }, headers: { referer: `${BASE_URL}/date/2025-01-17` } });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/date/2025-01-17');
    const after = await (await c.get('/date/2025-01-17')).text();
    const form2 = /<form class="votes upvote-form"[^>]*data-upvote="2501\.00001">.*?<\/form>/s.exec(after)![0];
    assert.match(form2, /name="action" value="remove"/);
    assert.match(form2, /aria-pressed="true"/);
    assert.match(form2, /data-upvote-count="2501\.00001">31</);
    const paper = await (await c.get('/papers/2501.00001')).text();
    assert.match(paper, /<strong data-upvote-count="2501\.00001">31<\/strong>/);
    assert.match(paper, /data-upvote-label[^>]*>Upvoted</);
    // Signed out, the card shows the count and no form.
    const anon = await (await t.client().get('/date/2025-01-17')).text();
    assert.doesNotMatch(anon, /upvote-form/);
  });

  test('signed-out pages do not show upvote forms (they are cached and shared)', async () => {
    const t = await accountsApp(smtp, dialect);
    const c = new Client(t.app);
    const html = await (await c.get('/papers/2501.00001')).text();
    assert.doesNotMatch(html, /data-upvote=/);
  });
});
