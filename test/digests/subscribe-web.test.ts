import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { storeDialects, type StoreDialect } from '../helpers/store.ts';
import { DAY, DIGEST_BASE, digestApp, digestDeps, fillDigestStore, linkIn, MORNING_AFTER } from '../helpers/digests.ts';
import { createSmtpMailer } from '../../src/mail/smtp-mailer.ts';
import { runDigest } from '../../src/digests/run.ts';
import { periodFor } from '../../src/digests/periods.ts';

const period = periodFor('daily', DAY);

async function setup(dialect: StoreDialect) {
  const store = await dialect.open();
  await fillDigestStore(store);
  const smtp = await startSmtpCapture();
  const mailer = createSmtpMailer(smtp.url, 'Paperboy <digest@paperboy.test>');
  const web = digestApp(store, mailer, { clock: { now: MORNING_AFTER } });
  return { store, smtp, mailer, web, deps: digestDeps(store, smtp.url, { mailer }) };
}

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('double opt-in: a confirmation mail with a signed link; no digest before confirming; a GET changes nothing; POST confirms', async () => {
    const { store, smtp, mailer, web, deps } = await setup(dialect);
    const res = await web.postForm('/subscribe', { email: ' Reader@Example.org ', frequency: 'daily', topics: 'protein folding\ncategory:q-bio.BM' });
    assert.equal(res.status, 200);
    assert.match(await res.text(), /Check your inbox/);
    const [mail] = await smtp.waitFor(1);
    assert.deepEqual(mail!.to, ['reader@example.org']);
    assert.equal(mail!.parsed.subject, 'Confirm your Paperboy subscription');
    const link = linkIn(mail!.parsed.text ?? '', `${DIGEST_BASE}/subscribe/confirm?t=`);
    const s = await store.digests.byEmail('reader@example.org');
    assert.deepEqual([s?.status, s?.topics], ['pending', [{ kind: 'search', value: 'protein folding' }, { kind: 'category', value: 'q-bio.BM' }]]);

    assert.equal((await runDigest(deps, period)).sent, 0, 'an unconfirmed address never gets a digest');

    const page = await web.request(link);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<form method="post" action="\/subscribe\/confirm">/);
    assert.equal(page.headers.get('Cache-Control'), 'private, no-store');
    assert.equal((await store.digests.byEmail('reader@example.org'))?.status, 'pending', 'opening the link (or a mail scanner) confirms nothing');

    const token = new URL(link).searchParams.get('t')!;
    const done = await web.postForm('/subscribe/confirm', { t: token }, {});
    assert.equal(done.status, 200);
    assert.match(await done.text(), /You are subscribed/);
    assert.equal((await store.digests.byEmail('reader@example.org'))?.status, 'confirmed');
    assert.equal((await runDigest(deps, period)).sent, 1);
    const digest = (await smtp.waitFor(2))[1]!;
    assert.deepEqual(digest.to, ['reader@example.org']);
    assert.match(digest.parsed.text ?? '', /YOUR TOPIC: protein folding/);
    await mailer.close();
  });

  test('expired and forged confirmation links are refused', async () => {
    const { store, smtp, mailer, web } = await setup(dialect);
    await web.postForm('/subscribe', { email: 'late@example.org', frequency: 'weekly' });
    const [mail] = await smtp.waitFor(1);
    const link = linkIn(mail!.parsed.text ?? '', `${DIGEST_BASE}/subscribe/confirm?t=`);
    const token = new URL(link).searchParams.get('t')!;

    web.clock.now = new Date(MORNING_AFTER.getTime() + 49 * 3600_000);
    const expiredGet = await web.request(link);
    assert.equal(expiredGet.status, 400);
    assert.match(await expiredGet.text(), /This link has expired/);
    const expiredPost = await web.postForm('/subscribe/confirm', { t: token }, {});
    assert.equal(expiredPost.status, 400);

    web.clock.now = MORNING_AFTER;
    const [payload, mac] = token.split('.');
    const forged = [`${payload}.${mac!.slice(0, -2)}AA`, `${Buffer.from('c.1.9999999999').toString('base64url')}.${mac}`, 'x'];
    for (const t of forged) {
      const r = await web.postForm('/subscribe/confirm', { t }, {});
      assert.equal(r.status, 400, t);
      assert.match(await r.text(), /This link does not work/);
    }
    assert.equal((await store.digests.byEmail('late@example.org'))?.status, 'pending');
    await mailer.close();
  });

  test('subscribing again: a confirmed address is not mailed, a pending one at most every ten minutes, and the answer never tells which', async () => {
    const { store, smtp, mailer, web } = await setup(dialect);
    await web.postForm('/subscribe', { email: 'known@example.org', frequency: 'daily' });
    const [mail] = await smtp.waitFor(1);
    const token = new URL(linkIn(mail!.parsed.text ?? '', `${DIGEST_BASE}/subscribe/confirm?t=`)).searchParams.get('t')!;
    await web.postForm('/subscribe/confirm', { t: token }, {});

    const again = await web.postForm('/subscribe', { email: 'known@example.org', frequency: 'weekly', topics: 'author:Mallory' });
    const fresh = await web.postForm('/subscribe', { email: 'new@example.org', frequency: 'weekly', topics: 'author:Mallory' });
    assert.equal(again.status, fresh.status);
    assert.equal(await again.text(), await fresh.text(), 'identical answers');
    await smtp.waitFor(2);
    assert.deepEqual(smtp.messages.map((m) => m.to[0]), ['known@example.org', 'new@example.org']);
    const known = await store.digests.byEmail('known@example.org');
    assert.deepEqual([known?.frequency, known?.topics], ['daily', []], 'a stranger cannot change a confirmed subscription');

    // A pending address asked again within ten minutes is not mailed again (the form cannot flood an inbox).
    const first = (await store.digests.byEmail('new@example.org'))?.confirmSentAt;
    web.clock.now = new Date(MORNING_AFTER.getTime() + 5 * 60_000);
    await web.postForm('/subscribe', { email: 'new@example.org', frequency: 'daily' });
    assert.equal((await store.digests.byEmail('new@example.org'))?.confirmSentAt, first);
    web.clock.now = new Date(MORNING_AFTER.getTime() + 11 * 60_000);
    await web.postForm('/subscribe', { email: 'new@example.org', frequency: 'daily' });
    await smtp.waitFor(3);
    assert.equal(smtp.messages[2]!.to[0], 'new@example.org');
    await mailer.close();
  });

  test('the subscribe POST only accepts this site\'s own pages (CSRF); bad input re-shows the form with the reason', async () => {
    const { store, mailer, web } = await setup(dialect);
    const cases: Array<Record<string, string>> = [
      { Origin: 'https://evil.example' },
      { Origin: 'null' },
      { Referer: 'https://evil.example/page' },
      {},
      { Origin: DIGEST_BASE, 'Sec-Fetch-Site': 'cross-site' },
    ];
    for (const headers of cases) {
      const r = await web.postForm('/subscribe', { email: 'victim@example.org', frequency: 'daily' }, headers);
      assert.equal(r.status, 403, JSON.stringify(headers));
    }
    assert.equal(await store.digests.byEmail('victim@example.org'), null);
    const viaReferer = await web.postForm('/subscribe', { email: 'ok@example.org', frequency: 'daily' }, { Referer: `${DIGEST_BASE}/trending` });
    assert.equal(viaReferer.status, 200);

    const bad = await web.postForm('/subscribe', { email: 'not-an-address', frequency: 'daily', topics: 'x' });
    assert.equal(bad.status, 400);
    const html = await bad.text();
    assert.match(html, /role="alert">&quot;not-an-address&quot; is not an email address \(no @\)/);
    assert.match(html, /value="not-an-address"/, 'what was typed is kept');
    const badFreq = await web.postForm('/subscribe', { email: 'a@example.org', frequency: 'hourly' });
    assert.equal(badFreq.status, 400);
    assert.match(await badFreq.text(), /choose daily or weekly/);
    assert.equal((await web.request('/subscribe', { method: 'GET' })).status, 200);
    await mailer.close();
  });

  test('every page carries the subscribe form in its footer', async () => {
    const { mailer, web } = await setup(dialect);
    for (const path of ['/', '/trending', '/subscribe', '/no-such-page']) {
      const html = await (await web.request(path)).text();
      assert.match(html, /<form class="footer-subscribe" action="\/subscribe" method="post"/, path);
      assert.match(html, /<input id="footer-email" type="email" name="email" required=""/, path);
    }
    await mailer.close();
  });

  test('the form endpoints refuse oversized bodies', async () => {
    const { store, mailer, web } = await setup(dialect);
    const r = await web.postForm('/subscribe', { email: 'big@example.org', frequency: 'daily', topics: 'x'.repeat(20_000) });
    assert.equal(r.status, 413);
    assert.equal(await store.digests.byEmail('big@example.org'), null);
    await mailer.close();
  });
});
