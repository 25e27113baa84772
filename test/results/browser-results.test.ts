import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, haveChromium } from '../helpers/web-pages.ts';
import { put, testStore } from '../helpers/store.ts';
import { startServer } from '../../src/web/server.ts';
import { extractPending } from '../../src/results/service.ts';
import { resultsFixture } from './fixture.ts';

/**
 * The results explorer, its chart and the trends chart in headless Chromium, with JavaScript off:
 * filtering, sorting and the SVG charts must work and be readable without it. Screenshots go to
 * /tmp/paperboy-results for a person to look at.
 */
const OUT = '/tmp/paperboy-results';
mkdirSync(OUT, { recursive: true });

test('the results explorer, sorting, entity pages and charts in a real browser', { timeout: 180_000 }, async (t) => {
  if (!haveChromium(t)) return;
  const store = testStore();
  await put(store, resultsFixture());
  await extractPending(store);
  const server = await startServer({ store, port: 0, host: '127.0.0.1', now: () => new Date('2025-02-01T12:00:00Z') });
  after(() => server.close());
  await server.warmed;
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  t.after(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });

  await page.goto(`${server.url}/results`);
  await page.selectOption('select[name="metric"]', 'speedup');
  await page.fill('input[name="hardware"]', 'NVIDIA H100');
  await Promise.all([page.waitForURL(/metric=speedup/), page.click('.results-filters button[type="submit"]')]);
  const values = () => page.locator('.results-table tbody td.num').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
  assert.equal((await values()).length, 3);

  // Sorting by a column is a link: value descending, then ascending.
  await Promise.all([page.waitForURL(/sort=value_desc/), page.click('th a[data-sort="value"]')]);
  assert.deepEqual(await values(), [3, 2.4, 1.5]);
  await Promise.all([page.waitForURL(/sort=value_asc/), page.click('th a[data-sort="value"]')]);
  assert.deepEqual(await values(), [1.5, 2.4, 3]);

  // The chart is drawn by the server: one visible point per claim, inside the plot, each linking to its paper.
  const chart = page.locator('svg[data-chart="values"]');
  assert.ok(await chart.isVisible());
  const box = (await chart.boundingBox())!;
  assert.ok(box.width > 600 && box.height > 200, JSON.stringify(box));
  const points = page.locator('svg[data-chart="values"] circle.point');
  assert.equal(await points.count(), 3);
  for (const b of await points.evaluateAll((cs) => cs.map((c) => (c as SVGGraphicsElement).getBoundingClientRect().toJSON()))) {
    assert.ok(b.width > 0 && b.x >= box.x && b.x <= box.x + box.width && b.y >= box.y && b.y <= box.y + box.height, JSON.stringify(b));
  }
  // Later papers sit further right; the 3x claim sits above the 1.5x one.
  const centers = await points.evaluateAll((cs) => cs.map((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) })));
  assert.ok(centers[0]!.x < centers[1]!.x && centers[1]!.x < centers[2]!.x, JSON.stringify(centers));
  assert.ok(centers[2]!.y < centers[0]!.y, 'higher values are drawn higher');
  await page.screenshot({ path: `${OUT}/explorer.png`, fullPage: true });

  // An entity link leads to every claim about it.
  await Promise.all([page.waitForURL(/\/results\/baselines\//), page.locator('.results-table a[href^="/results/baselines/cuBLAS"]').first().click()]);
  assert.equal(await page.locator('h1').textContent(), 'cuBLAS');
  assert.equal(await page.locator('.results-table tbody tr').count(), 2);

  // Trends: papers per month as bars, heights in proportion to the counts.
  await page.goto(`${server.url}/trends?category=cs.DC`);
  const bars = page.locator('svg[data-chart="months"] rect.bar');
  assert.equal(await bars.count(), 24);
  const height = (month: string) => page.locator(`rect[data-month="${month}"]`).evaluate((r) => (r as SVGGraphicsElement).getBoundingClientRect().height);
  const jan = await height('2025-01');
  const nov = await height('2024-11');
  assert.ok(Math.abs(jan - 2 * nov) < 1.5, `2025-01 (${jan}px) is twice 2024-11 (${nov}px)`);
  assert.equal(await height('2024-02'), 0);
  await page.screenshot({ path: `${OUT}/trends.png`, fullPage: true });

  // On a 360 px phone nothing scrolls sideways: the table scrolls in its own box, the charts shrink.
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/results?metric=speedup', '/trends?category=cs.DC', '/papers/2411.00002']) {
    await page.goto(`${server.url}${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${path}: ${overflow}px of horizontal scroll`);
  }
  await page.screenshot({ path: `${OUT}/explorer-phone.png`, fullPage: true });
  assert.deepEqual(errors, []);
});
