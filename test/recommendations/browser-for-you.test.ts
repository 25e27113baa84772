import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { makeUser, PASSWORD } from '../helpers/accounts.ts';
import { put, testStore } from '../helpers/store.ts';
import { CHROMIUM, CHROMIUM_ARGS, haveChromium } from '../helpers/web-pages.ts';
import { buildSemanticIndex } from '../../src/search/semantic/indexer.ts';
import { startServer } from '../../src/web/server.ts';
import { recCorpus, recId, topicOf } from './helpers.ts';

test('in Chromium: upvote from a paper page, see the For you feed learn it with reasons, skip a paper', { timeout: 120_000 }, async (t) => {
  if (!haveChromium(t)) return;
  const store = testStore();
  await put(store, recCorpus());
  await buildSemanticIndex(store, null);
  await makeUser(store, 'browser@example.org');
  const server = await startServer({ store, port: 0, host: '127.0.0.1', now: () => new Date('2025-03-30T12:00:00Z') });
  t.after(() => server.close());
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  t.after(() => browser.close());
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });

  await page.goto(`${server.url}/login`);
  await page.fill('#f-email', 'browser@example.org');
  await page.fill('#f-password', PASSWORD);
  await page.click('button:has-text("Log in")');
  await page.waitForSelector('details.user-menu summary');

  // Cold: the feed says how to start.
  await page.click('details.user-menu summary');
  await page.click('a[href="/for-you"]');
  assert.equal(await page.getAttribute('[data-status]', 'data-status'), 'cold');

  for (const i of [2, 5]) {
    await page.goto(`${server.url}/papers/${recId('quant', i)}`);
    await page.click('.upvote-page button');
    await page.waitForFunction(() => document.querySelector('.upvote-page [data-upvote-label]')?.textContent === 'Upvoted');
  }

  // The model trains in the background: reload until it is ready (the page never waits for it).
  let state = '';
  for (let i = 0; i < 100 && state !== 'ready'; i++) {
    await page.goto(`${server.url}/for-you`);
    state = (await page.getAttribute('[data-status]', 'data-status')) ?? '';
    if (state !== 'ready') await page.waitForTimeout(100);
  }
  assert.equal(state, 'ready');
  const ids = await page.$$eval('li[data-rec]', (els) => els.map((e) => e.getAttribute('data-rec')!));
  assert.deepEqual(ids.slice(0, 4).map(topicOf), ['quant', 'quant', 'quant', 'quant']);
  const why = await page.textContent(`li[data-rec="${ids[0]}"] [data-why]`);
  assert.match(why ?? '', /^Why: words you favour: .+ · close to your “.+”$/);

  await page.click(`li[data-rec="${ids[0]}"] button[data-skip]`);
  await page.waitForSelector('[data-status]');
  assert.equal(new URL(page.url()).pathname, '/for-you');
  const after = await page.$$eval('li[data-rec]', (els) => els.map((e) => e.getAttribute('data-rec')!));
  assert.ok(!after.includes(ids[0]!), 'the skipped paper is gone');

  await page.click('a[href="/for-you/model"]');
  await page.waitForSelector('h1:has-text("What the model learned")');
  assert.ok((await page.$$('.rec-terms .tag')).length > 0);
  assert.deepEqual(problems, []);
});
