import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, haveChromium, startDemoSite } from '../helpers/web-pages.ts';

/**
 * What a person does on the site, in headless Chromium against the real server and the demo
 * corpus: read today's papers, step a day back and forth, open a paper, search, follow an author,
 * move with the keyboard. Any console error, script error, failed request or dialog fails the test.
 */
mkdirSync('test-results', { recursive: true });

/** Collects everything that went wrong on a page; `expect404` lets a test visit a 404 on purpose. */
function watch(page: Page, base: string) {
  const problems: string[] = [];
  const allowed = new Set<string>();
  page.on('console', (m) => { if (m.type() === 'error' && !allowed.has(page.url())) problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  // A request cut short by our own next navigation (ERR_ABORTED) is no failure of the site, but
  // its address must still work: it is fetched again at the end.
  const aborted = new Set<string>();
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText === 'net::ERR_ABORTED') aborted.add(r.url());
    else problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => { if (r.status() >= 400 && !allowed.has(r.url())) problems.push(`${r.status()}: ${r.url()}`); });
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
  async function recheck() {
    for (const url of aborted) {
      const res = await fetch(url);
      if (res.status !== 200) problems.push(`${res.status} on refetch: ${url}`);
    }
  }
  return { problems, recheck, expect404: (path: string) => allowed.add(`${base}${path}`) };
}

test('reading, navigating, searching and following an author in a real browser', { timeout: 120_000 }, async (t) => {
  if (!haveChromium(t)) return;
  const site = await startDemoSite();
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const { problems, recheck, expect404 } = watch(page, site.url);

  // The home page: the latest day, newest papers first by upvotes, typeset math.
  await page.goto(site.url + '/');
  assert.equal(await page.locator('h1').textContent(), 'Daily papers');
  assert.match(await page.locator('.period-when').textContent() ?? '', /Thu, Jun 12, 2025/);
  const cards = page.locator('[data-card]');
  assert.ok(await cards.count() >= 20, 'a day of papers');
  assert.ok(await page.locator('.card-title .katex').count() >= 1, 'math in a title is typeset');
  const votes = await page.locator('.votes-n').allTextContents();
  const numbers = votes.map((v) => Number(v.replace(/,/g, '')));
  assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a), 'ordered by upvotes');

  // One day back and forth with the arrows.
  await page.click('[data-step="prev"]');
  await page.waitForURL(/\/date\/2025-06-11$/);
  assert.match(await page.locator('.period-when').textContent() ?? '', /Wed, Jun 11, 2025/);
  await page.click('[data-step="next"]');
  await page.waitForURL(/\/date\/2025-06-12$/);

  // The date picker works without script: a GET form that redirects.
  await page.fill('#date-input', '2025-06-10');
  await page.click('.date-picker button');
  await page.waitForURL(/\/date\/2025-06-10$/);

  // Keyboard: j moves to the first card and focuses its link; o opens it.
  await page.goto(site.url + '/');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('[data-card]') === document.querySelectorAll('[data-card]')[1]), true);
  assert.equal(await cards.nth(1).evaluate((el) => el.classList.contains('is-current')), true);
  const secondHref = await cards.nth(1).locator('[data-card-link]').getAttribute('href');
  await page.keyboard.press('o');
  await page.waitForURL((u) => u.pathname === secondHref);

  // A paper page, then follow its first author.
  const title = await page.locator('h1.paper-title').textContent();
  assert.ok(title && title.length > 10);
  assert.ok(await page.locator('.abstract p').count() >= 1);
  const author = page.locator('.paper-authors a').first();
  const name = (await author.textContent())!;
  await author.click();
  await page.waitForURL(/\/authors\//);
  assert.equal(await page.locator('h1').textContent(), name);
  assert.ok(await cards.count() >= 1);

  // Search from the header box, as a person types it.
  const word = title!.split(/[^A-Za-z]+/).find((w) => w.length > 5)!;
  await page.fill('#site-search', word);
  await page.press('#site-search', 'Enter');
  await page.waitForURL(/\/search\?q=/);
  assert.ok(await cards.count() >= 1, `results for ${word}`);
  assert.equal(await page.inputValue('#site-search'), word);
  await page.keyboard.press('Escape');

  // "/" focuses the search box from anywhere.
  await page.goto(site.url + '/trending');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'site-search');
  assert.ok(await page.locator('.why summary').first().getAttribute('title'));

  // The hostile paper: its scripts must not run (a dialog would be recorded).
  await page.goto(site.url + '/papers/2501.06666');
  assert.match(await page.locator('h1').textContent() ?? '', /<script>alert\(1\)<\/script> Attacks/);
  assert.equal(await page.locator('main script, main iframe, main [onerror], main [onmouseover]').count(), 0);

  // A 404 looks like the site.
  expect404('/papers/0000.00000');
  const res = await page.goto(site.url + '/papers/0000.00000');
  assert.equal(res?.status(), 404);
  assert.equal(await page.locator('.site-header').count(), 1);

  await recheck();
  assert.deepEqual(problems, []);
});
