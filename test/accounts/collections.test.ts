import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accountsApp, makeUser } from '../helpers/accounts.ts';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { storeDialects } from '../helpers/store.ts';
import { scriptVectors } from '../helpers/web-pages.ts';

const smtp = await startSmtpCapture();

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('collections: private by default, public at a shareable address, another user gets 404', async () => {
    const t = await accountsApp(smtp, dialect);
    await makeUser(t.store, 'owner@example.org');
    await makeUser(t.store, 'other@example.org');
    const owner = t.client();
    const other = t.client();
    await owner.logIn('owner@example.org');
    await other.logIn('other@example.org');
    const made = await owner.submit('/collections', { name: 'Sparse <script>alert(1)</script> reads' }, '/collections');
    assert.equal(made.status, 303);
    const path = made.headers.get('location')!;
    const id = Number(path.split('/').pop());
    // Added from the paper page's form (no JavaScript).
    const paper = await (await owner.get('/papers/2501.00002')).text();
    assert.match(paper, /<option value="\d+">Sparse &lt;script&gt;alert\(1\)&lt;\/script&gt; reads<\/option>/);
    assert.equal((await owner.submit('/papers/2501.00002/collect', { collection: String(id) }, '/papers/2501.00002')).status, 303);
    const page = await (await owner.get(path)).text();
    assert.deepEqual(scriptVectors(page), []);
    assert.match(page, /Beta Kernels for Sparse Matrices/);
    assert.match(page, /Private: only you can see it/);

    // Another user: the private collection does not exist for them, by page or API, nor can they add to it.
    assert.equal((await other.get(path)).status, 404);
    assert.equal((await other.get(`/api/me/collections/${id}`)).status, 404);
    const token = await other.csrf('/settings');
    assert.equal((await other.request('PUT', `/api/me/collections/${id}/papers/2501.00001`, { headers: { 'x-csrf-token': token } })).status, 404);

    // Made public: anyone can read it at its address; the API shows that address.
    const ownerToken = await owner.csrf('/settings');
    const patched = await owner.request('PATCH', `/api/me/collections/${id}`, { json: { isPublic: true }, headers: { 'x-csrf-token': ownerToken } });
    const url = (await patched.json()).url as string;
    assert.match(url, /^http:\/\/paperboy\.test\/c\/[A-Za-z0-9_-]{22}$/);
    const shared = url.slice('http://paperboy.test'.length);
    const anon = await t.client().get(shared);
    assert.equal(anon.status, 200);
    assert.match(await anon.text(), /Beta Kernels for Sparse Matrices/);
    const api = await (await t.get(`/api/collections/${shared.slice(3)}`)).json();
    assert.deepEqual(api.papers.map((p: { id: string }) => p.id), ['2501.00002']);
    // Private again: the address stops working.
    await owner.request('PATCH', `/api/me/collections/${id}`, { json: { isPublic: false }, headers: { 'x-csrf-token': ownerToken } });
    assert.equal((await t.client().get(shared)).status, 404);
    assert.equal((await t.get('/c/not-a-real-token-at-all')).status, 404);
  });

  test('read later, read, not interested and notes: by form and API; feeds hide what the reader asks', async () => {
    const t = await accountsApp(smtp, dialect);
    await makeUser(t.store, 'reader2@example.org');
    const c = t.client();
    await c.logIn('reader2@example.org');
    assert.equal((await c.submit('/papers/2501.00001/state', { readLater: 'true' }, '/papers/2501.00001')).status, 303);
    assert.equal((await c.submit('/papers/2501.00001/state', { note: 'Check <b>table 3</b>' }, '/papers/2501.00001')).status, 303);
    const page = await (await c.get('/papers/2501.00001')).text();
    assert.match(page, /In read later ✓/);
    assert.match(page, />Check &lt;b&gt;table 3&lt;\/b&gt;<\/textarea>/);
    assert.match(await (await c.get('/read-later')).text(), /Alpha: Attention for Everything/);
    const csrf = await c.csrf('/settings');
    const put = await c.request('PUT', '/api/me/papers/2501.00002/state', { json: { read: true }, headers: { 'x-csrf-token': csrf } });
    assert.deepEqual(await put.json(), { readLater: false, read: true, notInterested: false, note: '' });
    await c.request('PUT', '/api/me/papers/2501.00004/state', { json: { notInterested: true }, headers: { 'x-csrf-token': csrf } });
    assert.equal((await c.request('PUT', '/api/me/papers/2501.00004/state', { json: { read: 'yes' }, headers: { 'x-csrf-token': csrf } })).status, 400);
    assert.deepEqual((await (await c.get('/api/me/read-later')).json()).map((p: { id: string }) => p.id), ['2501.00001']);

    const ids = async (path: string) => ((await (await c.get(path)).json()) as Array<{ paper: { id: string } }>).map((d) => d.paper.id);
    // Not interested is always left out for this reader; read papers only with hide=read.
    assert.ok(!(await ids('/api/daily_papers?date=2025-01-16')).includes('2501.00004'));
    assert.ok((await ids('/api/daily_papers?date=2025-01-17')).includes('2501.00002'));
    assert.ok(!(await ids('/api/daily_papers?date=2025-01-17&hide=read')).includes('2501.00002'));
    const hiding = await (await c.get('/date/2025-01-17?hide=read')).text();
    assert.doesNotMatch(hiding, /Beta Kernels/);
    assert.match(hiding, /Papers you read are hidden\. <a href="\/date\/2025-01-17">Show them<\/a>/);
    assert.match(await (await c.get('/date/2025-01-17')).text(), /<a href="\/date\/2025-01-17\?hide=read">Hide papers I have read<\/a>/);
    // Others still see everything.
    assert.match(await (await t.client().get('/date/2025-01-17?hide=read')).text(), /Beta Kernels/);
    // Notes are private: the API of another user knows nothing of them.
    await makeUser(t.store, 'nosy@example.org');
    const nosy = t.client();
    await nosy.logIn('nosy@example.org');
    assert.equal((await (await nosy.get('/api/me/papers/2501.00001/state')).json()).note, '');
  });
});
