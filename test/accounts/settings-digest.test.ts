import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accountsApp, makeUser } from '../helpers/accounts.ts';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { storeDialects } from '../helpers/store.ts';

const smtp = await startSmtpCapture();

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('a signed-in reader subscribes to the digest from settings, edits topics and stops it, with no confirmation mail', async () => {
    const t = await accountsApp(smtp, dialect);
    await makeUser(t.store, 'reader@example.org');
    const c = t.client();
    await c.logIn('reader@example.org');
    const before = smtp.messages.length;

    let page = await (await c.get('/settings')).text();
    assert.match(page, /<h2 id="digest">Digest email<\/h2>/);
    assert.match(page, /<button type="submit" class="button">Subscribe<\/button>/);

    const saved = await c.submit('/settings/digest', { frequency: 'weekly', topics: 'sparse attention\ncategory:cs.AR' }, '/settings');
    assert.equal(saved.status, 200);
    assert.match(await saved.text(), /the weekly digest goes to reader@example\.org/);
    const sub = await t.store.digests.byEmail('reader@example.org');
    assert.equal(sub?.status, 'confirmed', 'a verified address needs no opt-in mail');
    assert.equal(sub?.frequency, 'weekly');
    assert.equal(sub?.topics.length, 2);
    assert.equal(smtp.messages.length, before, 'no mail sent');

    page = await (await c.get('/settings')).text();
    assert.match(page, /You get the weekly digest\./);
    assert.match(page, /sparse attention\ncategory:cs\.AR<\/textarea>/);

    const bad = await c.submit('/settings/digest', { frequency: 'hourly', topics: '' }, '/settings');
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /frequency: expected daily or weekly/);

    // Without the CSRF token the change is refused.
    assert.equal((await c.request('POST', '/settings/digest/stop', { form: {} })).status, 403);
    const stopped = await c.submit('/settings/digest/stop', {}, '/settings');
    assert.match(await stopped.text(), /Stopped: no more digests\./);
    assert.equal((await t.store.digests.byEmail('reader@example.org'))?.status, 'unsubscribed');
  });

  test('settings need a signed-in reader', async () => {
    const t = await accountsApp(smtp, dialect);
    const res = await t.client().request('POST', '/settings/digest', { form: { frequency: 'daily' } });
    assert.notEqual(res.status, 200);
  });
});
