import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { createSmtpMailer } from '../../src/mail/smtp-mailer.ts';
import { startServer } from '../../src/web/server.ts';
import { linkIn, mailTo } from '../helpers/accounts.ts';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { put, storeDialects } from '../helpers/store.ts';
import { NOW, webFixture } from '../helpers/web-api.ts';
import { CHROMIUM, CHROMIUM_ARGS, haveChromium } from '../helpers/web-pages.ts';

// The whole flow once per store: what a person sees must not depend on where the rows live.
const smtp = await startSmtpCapture();

for (const dialect of await storeDialects()) test(`in Chromium on ${dialect.name}: sign up, verify from the mailed link, log in, upvote without a reload, comment, collect, log out`, { timeout: 120_000, skip: dialect.skip }, async (t) => {
  if (!haveChromium(t)) return;
  const store = await dialect.open();
  const email = `reader-${dialect.name}@example.org`;
  await put(store, webFixture());
  const mailer = createSmtpMailer(smtp.url, 'Paperboy <paperboy@test>', { maxConnections: 1 });
  const server = await startServer({ store, port: 0, host: '127.0.0.1', now: () => NOW, mailer });
  t.after(async () => { await mailer.close(); await server.close(); });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  t.after(() => browser.close());
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });

  await page.goto(`${server.url}/`);
  await page.click('a.sign-in');
  await page.click('a[href="/signup"]');
  await page.fill('#f-email', email);
  await page.fill('#f-displayName', 'Reader <img src=x onerror=alert(1)>');
  await page.fill('#f-password', 'a long enough password');
  await page.click('button[type=submit]:has-text("Sign up")');
  await page.waitForSelector('text=We have sent a link');

  const link = linkIn((await mailTo(smtp, email)).parsed.text ?? '');
  assert.ok(link.startsWith(server.url), link);
  await page.goto(link);
  await page.click('button:has-text("Confirm")');
  await page.waitForSelector('text=is confirmed');
  await page.click('a[href="/login"] >> nth=-1');
  await page.fill('#f-email', email);
  await page.fill('#f-password', 'a long enough password');
  await page.click('button:has-text("Log in")');
  await page.waitForSelector('details.user-menu summary');
  // The display name is shown as text, its markup inert.
  assert.equal(await page.textContent('details.user-menu summary'), 'Reader <img src=x onerror=alert(1)>');

  // Upvote Beta (10) from its card on the day page: the count changes in place, no navigation.
  await page.goto(`${server.url}/date/2025-01-17`);
  let navigations = 0;
  page.on('framenavigated', () => { navigations++; });
  const card = page.locator('form[data-upvote="2501.00002"]');
  await card.locator('button').click();
  await page.waitForFunction(() => document.querySelector('form[data-upvote="2501.00002"] button')?.getAttribute('aria-pressed') === 'true');
  assert.equal(await card.locator('.votes-n').textContent(), '11');
  assert.equal(navigations, 0);
  // The paper page knows, and takes the vote back the same way.
  await page.goto(`${server.url}/papers/2501.00002`);
  assert.equal(await page.textContent('.upvote-page [data-upvote-label]'), 'Upvoted');
  await page.click('.upvote-page button');
  await page.waitForFunction(() => document.querySelector('.upvote-page [data-upvote-label]')?.textContent === 'Upvote');
  assert.equal(await page.textContent('.paper-stats strong[data-upvote-count]'), '10');

  // Comment, with math and an attempted script that must stay text.
  await page.fill('#comment-body', 'Fast: $O(n \\log n)$ <script>alert(1)</script>');
  await page.click('button:has-text("Comment")');
  await page.waitForSelector('.comment .comment-body .katex');
  assert.match(await page.textContent('.comment .comment-body') ?? '', /<script>alert\(1\)<\/script>/);

  // Collect: make a collection, add the paper from its page, see it listed.
  await page.click('details.user-menu summary');
  await page.click('a[href="/collections"]');
  await page.fill('#f-name', 'To reread');
  await page.click('button:has-text("Create")');
  await page.waitForSelector('h1:has-text("To reread")');
  await page.goto(`${server.url}/papers/2501.00002`);
  await page.selectOption('#collect-to', { label: 'To reread' });
  await page.click('form[action$="/collect"] button');
  await page.waitForSelector('h1:has-text("To reread")');
  assert.match(await page.textContent('.cards') ?? '', /Beta Kernels for Sparse Matrices/);

  await page.click('details.user-menu summary');
  await page.click('button:has-text("Log out")');
  await page.waitForSelector('a.sign-in');
  assert.deepEqual(problems, []);
});
