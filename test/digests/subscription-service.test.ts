import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { storeDialects } from '../helpers/store.ts';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { DIGEST_BASE, MORNING_AFTER, SECRET } from '../helpers/digests.ts';
import { createSmtpMailer } from '../../src/mail/smtp-mailer.ts';
import { getSubscription, subscribeVerified, unsubscribe, updateSubscription } from '../../src/digests/subscriptions.ts';
import { addSubscriber } from '../../src/digests/operator.ts';

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('functions keyed by email for signed-in users: get, subscribe (verified, no mail), update, unsubscribe', async () => {
    const store = await dialect.open();
    assert.equal(await getSubscription(store, 'user@example.org'), null);
    const s = await subscribeVerified(store, { email: 'User@Example.org', frequency: 'weekly', topics: [{ kind: 'category', value: 'cs.LG' }] }, MORNING_AFTER);
    assert.deepEqual([s.email, s.status, s.frequency, s.confirmedAt], ['user@example.org', 'confirmed', 'weekly', MORNING_AFTER.toISOString()]);
    const u = await updateSubscription(store, 'user@example.org', { frequency: 'daily' });
    assert.deepEqual([u?.frequency, u?.topics], ['daily', [{ kind: 'category', value: 'cs.LG' }]]);
    assert.equal(await updateSubscription(store, 'other@example.org', { frequency: 'daily' }), null);
    assert.equal(await unsubscribe(store, 'USER@example.org', MORNING_AFTER), true);
    assert.equal((await getSubscription(store, 'user@example.org'))?.status, 'unsubscribed');
    // A signed-in user who subscribes again from settings is confirmed again (their address is verified).
    assert.equal((await subscribeVerified(store, { email: 'user@example.org', frequency: 'daily', topics: [] }, MORNING_AFTER)).status, 'confirmed');
    await assert.rejects(getSubscription(store, 'nope'), /not an email address/);
  });

  test('an operator cannot confirm an address that unsubscribed; without --confirmed it is asked again by mail', async () => {
    const store = await dialect.open();
    const smtp = await startSmtpCapture();
    const mailer = createSmtpMailer(smtp.url, 'Paperboy <digest@paperboy.test>');
    const env = { store, mailer, baseUrl: DIGEST_BASE, secret: async () => SECRET, now: () => MORNING_AFTER };
    await subscribeVerified(store, { email: 'left@example.org', frequency: 'daily', topics: [] }, MORNING_AFTER);
    await unsubscribe(store, 'left@example.org', MORNING_AFTER);
    await assert.rejects(addSubscriber(env, { email: 'left@example.org', confirmed: true }), /unsubscribed on 2025-01-18; it cannot be confirmed by an operator/);
    const r = await addSubscriber(env, { email: 'left@example.org', confirmed: false });
    assert.deepEqual([r.outcome, r.subscriber.status, r.confirmation], ['updated', 'pending', 'sent']);
    assert.deepEqual((await smtp.waitFor(1))[0]!.to, ['left@example.org']);
    await mailer.close();
  });
});
