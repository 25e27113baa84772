import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser } from 'playwright-core';
import { createSmtpMailer } from '../../src/mail/smtp-mailer.ts';
import { startServer } from '../../src/web/server.ts';
import { loopbackOnly } from '../../src/web/digests/admin-guard.ts';
import { CHROMIUM, CHROMIUM_ARGS, haveChromium } from '../helpers/web-pages.ts';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { storeDialects, type StoreDialect } from '../helpers/store.ts';
import { DAY, digestApp, fillDigestStore, linkIn, MORNING_AFTER } from '../helpers/digests.ts';

async function site(dialect: StoreDialect) {
  const store = await dialect.open();
  await fillDigestStore(store);
  const smtp = await startSmtpCapture();
  const mailer = createSmtpMailer(smtp.url, 'Paperboy <digest@paperboy.test>');
  const server = await startServer({ store, port: 0, host: '127.0.0.1', now: () => MORNING_AFTER, mailer, requireAdmin: loopbackOnly() });
  return { store, smtp, mailer, server };
}

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('a reader subscribes from the footer and confirms from the mail, in a real browser', { timeout: 120_000 }, async (t) => {
    if (!haveChromium(t)) return;
    const { store, smtp, mailer, server } = await site(dialect);
    const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    t.after(async () => { await browser.close(); await mailer.close(); await server.close(); });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));

    await page.goto(`${server.url}/trending`);
    const footer = page.locator('form.footer-subscribe');
    assert.equal(await footer.isVisible(), true);
    await page.fill('#footer-email', 'reader@example.org');
    await footer.locator('select[name=frequency]').selectOption('weekly');
    await footer.locator('button[type=submit]').click();
    await page.waitForURL(/\/subscribe$/);
    assert.equal(await page.locator('main h1').textContent(), 'Check your inbox');

    const [mail] = await smtp.waitFor(1);
    assert.deepEqual(mail!.to, ['reader@example.org']);
    const link = linkIn(mail!.parsed.text ?? '', `${server.url}/subscribe/confirm?t=`);
    assert.equal((await store.digests.byEmail('reader@example.org'))?.frequency, 'weekly');
    await page.goto(link);
    await page.getByRole('button', { name: 'Confirm my subscription' }).click();
    await page.waitForURL(/\/subscribe\/confirm$/);
    assert.equal(await page.locator('main h1').textContent(), 'You are subscribed');
    assert.equal((await store.digests.byEmail('reader@example.org'))?.status, 'confirmed');

    // The full form with topics; the browser's own check stops an address without an @.
    await page.goto(`${server.url}/subscribe`);
    await page.fill('#subscribe-email', 'not-an-address');
    await page.click('.subscribe-form button[type=submit]');
    assert.equal(await page.locator('#subscribe-email').evaluate((el) => (el as HTMLInputElement).validity.valid), false);
    assert.equal(page.url(), `${server.url}/subscribe`);
    await page.fill('#subscribe-email', 'topics@example.org');
    await page.check('input[name=frequency][value=daily]');
    await page.fill('#subscribe-topics', 'protein folding\nauthor:Grace Hopper');
    await page.click('.subscribe-form button[type=submit]');
    await page.waitForSelector('text=Check your inbox');
    assert.deepEqual((await store.digests.byEmail('topics@example.org'))?.topics,
      [{ kind: 'search', value: 'protein folding' }, { kind: 'author', value: 'Grace Hopper' }]);
    assert.deepEqual(problems, []);
  });

  test('the preview is served to loopback addresses only (the stand-in admin check)', async () => {
    const { mailer, server, store } = await site(dialect);
    try {
      const res = await fetch(`${server.url}/digest/preview?date=${DAY}`);
      assert.equal(res.status, 200);
      assert.match(await res.text(), /Most Upvoted Transformer Paper/);
      // The same app as seen from another machine: Hono's node adapter reads the socket's address.
      const remote = digestApp(store, mailer, { requireAdmin: loopbackOnly() });
      const env = (address: string) => ({ incoming: { socket: { remoteAddress: address, remotePort: 5000, remoteFamily: address.includes(':') ? 'IPv6' : 'IPv4' } } });
      assert.equal((await remote.app.request(`/digest/preview?date=${DAY}`, {}, env('203.0.113.9'))).status, 403);
      assert.equal((await remote.app.request(`/digest/preview?date=${DAY}`, {}, env('::1'))).status, 200);
      assert.equal((await remote.app.request(`/digest/preview?date=${DAY}`)).status, 403, 'no socket, no access');
    } finally { await mailer.close(); await server.close(); }
  });
});
