import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accountsApp, makeUser } from '../helpers/accounts.ts';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { storeDialects } from '../helpers/store.ts';

const smtp = await startSmtpCapture();

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('author claims: a user claims a name on a paper, a moderator approves, the author page shows the user', async () => {
    const t = await accountsApp(smtp, dialect);
    const ada = await makeUser(t.store, 'ada.l@example.org');
    await t.store.accounts.setDisplayName(ada.id, 'Ada <i>L</i>');
    await makeUser(t.store, 'mod3@example.org', 'moderator');
    const c = t.client();
    const mod = t.client();
    await c.logIn('ada.l@example.org');
    await mod.logIn('mod3@example.org');
    const paper = await (await c.get('/papers/2501.00001')).text();
    assert.match(paper, /<option value="Ada Lovelace">Ada Lovelace<\/option>/);
    // Only names on the paper can be claimed.
    const wrong = await c.request('POST', '/api/papers/2501.00001/claims', { json: { author: 'Grace Hopper' }, headers: { 'x-csrf-token': await c.csrf('/settings') } });
    assert.equal(wrong.status, 400);
    assert.equal((await c.submit('/papers/2501.00001/claim', { author: 'ada lovelace' }, '/papers/2501.00001')).status, 303);
    // Not shown before a moderator approves; members cannot approve.
    assert.doesNotMatch(await (await t.get('/authors/Ada%20Lovelace')).text(), /claimant/);
    const admin = await (await mod.get('/admin')).text();
    assert.match(admin, /claims to be <strong>Ada Lovelace<\/strong>/);
    const id = /action="\/admin\/claims\/(\d+)\/approve"/.exec(admin)![1];
    assert.equal((await c.submit(`/admin/claims/${id}/approve`, {}, '/settings')).status, 403);
    assert.equal((await mod.submit(`/admin/claims/${id}/approve`, {}, '/admin')).status, 303);
    const author = await (await t.client().get('/authors/ada%20lovelace')).text();
    assert.match(author, /On Paperboy as <strong class="claimant">Ada &lt;i&gt;L&lt;\/i&gt;<\/strong>/);
    assert.equal((await mod.submit(`/admin/claims/${id}/reject`, {}, '/admin')).status, 404);
  });
});
