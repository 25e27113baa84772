import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, haveChromium, startDemoSite } from '../helpers/web-pages.ts';

/**
 * Search as you type and the search and similar-papers views in headless Chromium, against the real
 * server over the demo corpus with its semantic index built. Screenshots (light and dark, desktop
 * and phone) go to /tmp/paperboy-search for a person to look at.
 */
const OUT = '/tmp/paperboy-search';
mkdirSync(OUT, { recursive: true });

/** Lets the page's queued work (a fetch answer being read, its handler) run before we look. */
const settle = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`script error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
  return errors;
}

test('search as you type, the search page and similar papers in a real browser', { timeout: 240_000 }, async (t) => {
  if (!haveChromium(t)) return;
  const site = await startDemoSite({ index: true });
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  const box = page.locator('#site-search');
  const options = page.locator('#site-search-list [role="option"]');

  await t.test('typing shows suggestions in an accessible combobox; ArrowDown and Enter open the paper', async () => {
    await page.goto(site.url + '/');
    assert.equal(await box.getAttribute('role'), 'combobox');
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
    assert.equal(await box.getAttribute('aria-controls'), 'site-search-list');
    await box.pressSequentially('world mod');
    await options.first().waitFor();
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.locator('#site-search-list').getAttribute('role'), 'listbox');
    const count = await options.count();
    assert.ok(count >= 2 && count <= 8, `${count} suggestions`);
    for (const text of await options.allTextContents()) assert.match(text, /world mod/i);
    assert.equal(await options.first().locator('mark').first().textContent(), 'World');

    await page.keyboard.press('ArrowDown');
    assert.equal(await box.getAttribute('aria-activedescendant'), 'site-search-opt-0');
    assert.equal(await options.nth(0).getAttribute('aria-selected'), 'true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    assert.equal(await box.getAttribute('aria-activedescendant'), 'site-search-opt-0');
    assert.equal(await options.nth(1).getAttribute('aria-selected'), 'false');
    await page.keyboard.press('ArrowUp');
    assert.equal(await box.getAttribute('aria-activedescendant'), `site-search-opt-${count - 1}`, 'ArrowUp wraps to the last');
    await page.keyboard.press('ArrowDown');
    const chosen = await options.nth(0).textContent();
    assert.equal(await box.inputValue(), 'world mod', 'moving through the list leaves what was typed');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/papers\//);
    assert.equal(await page.locator('h1.paper-title').textContent(), chosen);
  });

  await t.test('Escape closes the list; Enter with nothing highlighted searches; a click opens a paper', async () => {
    await page.goto(site.url + '/trending');
    await box.pressSequentially('diffusion pol');
    await options.first().waitFor();
    await page.keyboard.press('Escape');
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
    assert.equal(await box.getAttribute('aria-activedescendant'), null);
    assert.equal(await page.locator('#site-search-list').isHidden(), true);
    assert.equal(await box.inputValue(), 'diffusion pol');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=diffusion\+pol$/);

    await box.fill('');
    await box.pressSequentially('offline reinf');
    await options.nth(1).waitFor();
    const title = await options.nth(1).textContent();
    await options.nth(1).click();
    await page.waitForURL(/\/papers\//);
    assert.equal(await page.locator('h1.paper-title').textContent(), title);
  });

  await t.test('an answer that arrives after a newer one is dropped', async () => {
    await page.goto(site.url + '/');
    let releaseFirst!: (r: Route) => void;
    const first = new Promise<Route>((resolve) => { releaseFirst = resolve; });
    let calls = 0;
    await page.route('**/api/search/suggest?**', async (route) => {
      calls += 1;
      if (calls === 1) return releaseFirst(route);
      await route.continue();
    });
    await box.pressSequentially('wo');
    const stale = await first;
    await box.pressSequentially('rld mod');
    await options.first().waitFor();
    const fresh = await options.allTextContents();
    const finished = page.waitForEvent('requestfinished', (r) => r.url().includes('q=wo') && !r.url().includes('world'));
    await stale.fulfill({ contentType: 'application/json', body: JSON.stringify([{ id: '2501.06666', title: 'Stale wo answer' }]) });
    await finished;
    await settle(page);
    assert.deepEqual(await options.allTextContents(), fresh);
    await page.unroute('**/api/search/suggest?**');
  });

  await t.test('screenshots: the search page, the suggestions and similar papers, light and dark, desktop and phone', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const [size, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
        const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
        const p = await context.newPage();
        errors.push(...watchErrors(p));
        const suffix = `${size}-${scheme}`;
        await p.goto(`${site.url}/search?q=world+models&category=cs.RO&since=2025-03-01`);
        await p.evaluate(() => document.fonts.ready);
        assert.ok(await p.locator('mark').count() > 2, 'matched words are marked');
        const overflow = () => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(await overflow() <= 0, `search ${suffix}: horizontal scroll`);
        await p.screenshot({ path: `${OUT}/search-${suffix}.png` });

        await p.locator('#site-search').fill('');
        await p.locator('#site-search').pressSequentially('world mod');
        await p.locator('#site-search-list [role="option"]').first().waitFor();
        await p.keyboard.press('ArrowDown');
        assert.ok(await overflow() <= 0, `suggestions ${suffix}: horizontal scroll`);
        await p.screenshot({ path: `${OUT}/suggest-${suffix}.png` });

        await p.goto(`${site.url}/search?q=world+models&mode=semantic`);
        assert.ok(await overflow() <= 0, `semantic ${suffix}`);

        await p.goto(`${site.url}/papers/2501.07777?similar=upvotes#similar`);
        const similar = p.locator('#similar');
        assert.ok(await similar.locator('.similar-item').count() >= 3);
        assert.ok(await overflow() <= 0, `similar ${suffix}: horizontal scroll`);
        await similar.screenshot({ path: `${OUT}/similar-${suffix}.png` });
        await context.close();
      }
    }
  });

  assert.deepEqual(errors, []);
});
