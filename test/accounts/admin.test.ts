import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accountsApp, makeUser } from '../helpers/accounts.ts';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { storeDialects } from '../helpers/store.ts';

const smtp = await startSmtpCapture();

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('/admin: moderators handle reports and hide papers; only admins ban; members are kept out', async () => {
    const t = await accountsApp(smtp, dialect);
    await makeUser(t.store, 'boss@example.org', 'admin');
    await makeUser(t.store, 'mod2@example.org', 'moderator');
    const troll = await makeUser(t.store, 'troll@example.org');
    await makeUser(t.store, 'member@example.org');
    const [admin, mod, trollC, member] = [t.client(), t.client(), t.client(), t.client()];
    await admin.logIn('boss@example.org');
    await mod.logIn('mod2@example.org');
    await trollC.logIn('troll@example.org');
    await member.logIn('member@example.org');

    assert.equal((await member.get('/admin')).status, 403);
    assert.equal((await t.client().get('/admin')).status, 303);
    // The troll comments; a member reports it; the moderator sees the report and hides the comment.
    const res = await trollC.submit('/papers/2501.00004/comments', { body: 'Buy <b>cheap</b> pills' }, '/papers/2501.00004');
    const commentId = Number(/#c-(\d+)/.exec(res.headers.get('location')!)![1]);
    await member.submit(`/comments/${commentId}/report`, { reason: 'spam <i>obviously</i>' }, '/settings');
    const adminPage = await (await mod.get('/admin')).text();
    assert.match(adminPage, /spam &lt;i&gt;obviously&lt;\/i&gt;/);
    assert.match(adminPage, /Buy &lt;b&gt;cheap&lt;\/b&gt; pills/);
    const reportId = /action="\/admin\/reports\/(\d+)\/hide"/.exec(adminPage)![1];
    assert.equal((await mod.submit(`/admin/reports/${reportId}/hide`, {}, '/admin')).status, 303);
    assert.equal((await (await t.get('/api/papers/2501.00004/comments')).json()).comments.length, 0);
    assert.match(await (await mod.get('/admin')).text(), /No open reports/);

    // A moderator may not ban; the users table is for admins.
    assert.equal((await mod.submit(`/admin/users/${troll.id}/ban`, {}, '/admin')).status, 403);
    const adminView = await (await admin.get('/admin')).text();
    assert.match(adminView, /troll@example\.org/);
    assert.equal((await admin.submit(`/admin/users/${troll.id}/ban`, {}, '/admin')).status, 303);
    // Banned: the session is dead at once.
    assert.equal((await trollC.get('/api/me')).status, 401);
    assert.equal((await t.client().logIn('troll@example.org')).status, 403);

    // Hiding a paper takes it out of its page, the API, the day's feed and search.
    assert.equal((await mod.submit('/admin/papers/hide', { paper: '2501.00004' }, '/admin')).status, 303);
    assert.equal((await t.get('/papers/2501.00004')).status, 404);
    assert.equal((await t.get('/api/papers/2501.00004')).status, 404);
    const day = await (await t.get('/api/daily_papers?date=2025-01-16')).json();
    assert.ok(!day.some((d: { paper: { id: string } }) => d.paper.id === '2501.00004'));
    const found = await (await t.get('/api/papers/search?q=delta%20networks&mode=lexical')).json();
    assert.ok(!found.some((d: { paper: { id: string } }) => d.paper.id === '2501.00004'));
    assert.equal((await mod.submit('/admin/papers/show', { paper: '2501.00004' }, '/admin')).status, 303);
    assert.equal((await t.get('/api/papers/2501.00004')).status, 200);
  });
});
