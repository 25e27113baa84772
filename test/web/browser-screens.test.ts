import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, haveChromium, startDemoSite } from '../helpers/web-pages.ts';

/**
 * Screenshots of every kind of page at desktop and phone widths, in light and dark mode, saved to
 * test-results/ for a person to look at; and the checks a screenshot cannot make by itself: no
 * horizontal scrolling down to 360 px, fonts loaded, focus visible, contrast of the body text.
 */
const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });

const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ['paper', '/papers/2501.07777'],
  ['trending', '/trending'],
  ['week', '/week/2025-W24'],
  ['search', '/search?q=world+models'],
  ['author', '/authors/Emmy%20Noether'],
  ['category', '/categories/cs.LG'],
  ['empty-day', '/date/2025-06-14'],
  ['not-found', '/papers/0000.00000'],
];

/**
 * WCAG contrast of the text of a few elements against their nearest opaque background. A string,
 * not a function: tsx's keepNames would wrap named helpers in a __name the page does not have.
 */
const CONTRAST = `(() => {
  const rgb = (s) => (s.match(/\\d+(\\.\\d+)?/g) || []).slice(0, 3).map(Number);
  const lum = (c) => {
    const [r, g, b] = c.map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const bgOf = (el) => {
    for (; el; el = el.parentElement) {
      const bg = getComputedStyle(el).backgroundColor;
      if (!bg.startsWith('rgba(0, 0, 0, 0)') && bg !== 'transparent') return rgb(bg);
    }
    return [255, 255, 255];
  };
  return ['.card-title a', '.card-authors', '.card-meta time', '.period-sub', '.site-footer p', '.main-nav a', '.tag', '.votes-n', '.badge-code', '.comments']
    .map((sel) => {
      const el = document.querySelector(sel);
      const a = lum(rgb(getComputedStyle(el).color));
      const b = lum(bgOf(el));
      return [sel, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
    });
})()`;

const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

test('screenshots at desktop and phone widths, light and dark, with no overflow', { timeout: 240_000 }, async (t) => {
  if (!haveChromium(t)) return;
  const site = await startDemoSite();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  t.after(() => browser.close());
  const errors: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    for (const [size, viewport] of Object.entries(SIZES)) {
      const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      for (const [name, path] of PAGES) {
        await page.goto(site.url + path);
        await page.evaluate(() => document.fonts.ready);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${name} ${size} ${scheme}: ${overflow}px of horizontal scroll`);
        const suffix = scheme === 'dark' ? '-dark' : '';
        await page.screenshot({ path: `${OUT}/${name}-${size}${suffix}.png`, fullPage: name === 'paper' });
      }
      await context.close();
    }
  }
  assert.deepEqual(errors, []);
});

test('the header keeps brand, sections, search and sign-in on one row at desktop widths', { timeout: 120_000 }, async (t) => {
  if (!haveChromium(t)) return;
  const site = await startDemoSite();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  t.after(() => browser.close());
  for (const width of [1024, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(site.url + '/');
    await page.evaluate(() => document.fonts.ready);
    // A row is shared when every item's vertical middle lies within the first item's box.
    const items = await page.evaluate(() => [...document.querySelector('.header-inner')!.children].map((e) => {
      const r = e.getBoundingClientRect();
      return { name: e.className, top: r.top, bottom: r.bottom, width: r.width };
    }));
    assert.deepEqual(items.map((i) => i.name), ['brand', 'main-nav', 'search-box', 'sign-in']);
    const [first] = items;
    for (const i of items) {
      const middle = (i.top + i.bottom) / 2;
      assert.ok(middle > first!.top - 20 && middle < first!.bottom + 20, `${width}px: ${i.name} wrapped to another row`);
    }
    assert.ok(items[2]!.width >= 200, `${width}px: the search box shrank to ${items[2]!.width}px`);
    await page.close();
  }
});

test('nothing overflows at 360 px, the narrowest phone we support', { timeout: 120_000 }, async (t) => {
  if (!haveChromium(t)) return;
  const site = await startDemoSite();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  for (const [name, path] of [...PAGES, ['hostile', '/papers/2501.06666'] as [string, string]]) {
    await page.goto(site.url + path);
    const wide = await page.evaluate(() => [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !el.closest('.katex-display, .chips, .sr-only'))
      .map((el) => `${el.tagName}.${el.className}`).slice(0, 3));
    assert.deepEqual(wide, [], `${name}: elements wider than the screen`);
  }
});

test('keyboard focus is visible and the text has enough contrast in both schemes', { timeout: 120_000 }, async (t) => {
  if (!haveChromium(t)) return;
  const site = await startDemoSite();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  t.after(() => browser.close());
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: SIZES.desktop, colorScheme: scheme });
    await page.goto(site.url + '/');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(outline, 'none', `${scheme}: focus ring`);
    const ratios = await page.evaluate(CONTRAST) as Array<[string, number]>;
    for (const [sel, ratio] of ratios) assert.ok(ratio >= 4.5, `${scheme} ${sel}: contrast ${ratio.toFixed(2)} < 4.5`);
    await page.close();
  }
});
