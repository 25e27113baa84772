import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAYS, get, hrefs, pagesFixture, tags } from '../helpers/web-pages.ts';

const f = await pagesFixture();

/** Titles of the cards on a page, in order. */
const cardTitles = (html: string) => [...html.matchAll(/data-card-link="true">([^<]+)</g)].map((m) => m[1]);

test('the home page shows the latest day with papers, by upvotes', async () => {
  const { status, html } = await get(f.app, '/');
  assert.equal(status, 200);
  assert.match(html, /Daily papers/);
  assert.match(html, /Thu, Jan 16, 2025/);
  assert.match(html, /12 papers/);
  const titles = cardTitles(html);
  // MATH (120 upvotes) leads; then Thursday's own papers 93, 83, ...
  assert.ok(html.indexOf('Bounds for') < html.indexOf('Day 3 paper 9'));
  assert.equal(titles[0], 'Bounds for ');
  assert.deepEqual(titles.slice(1, 4), ['Day 3 paper 9: Sparse Kernels for Graph Learning', 'Day 3 paper 8: Sparse Kernels for Graph Learning', 'Day 3 paper 7: Sparse Kernels for Graph Learning']);
  assert.doesNotMatch(html, /Day 2 paper/);
});

test('previous and next links skip empty days', async () => {
  const home = await get(f.app, '/');
  assert.ok(hrefs(home.html).includes(`/date/${DAYS.tue}`), 'home links back to Tuesday, over empty Wednesday');
  assert.ok(!tags(home.html).some((t) => t.attrs.get('data-step') === 'next'), 'the latest day has no next');
  const tue = await get(f.app, `/date/${DAYS.tue}`);
  assert.equal(tue.status, 200);
  const steps = tags(tue.html).filter((t) => t.attrs.has('data-step'));
  assert.deepEqual(steps.map((t) => [t.attrs.get('data-step'), t.attrs.get('href')]), [['prev', `/date/${DAYS.mon}`], ['next', `/date/${DAYS.thu}`]]);
  assert.deepEqual(cardTitles(tue.html).slice(0, 1), ['Day 2 paper 9: Sparse Kernels for Graph Learning']);
});

test('a valid empty day is a friendly 200 with navigation', async () => {
  const { status, html } = await get(f.app, `/date/${DAYS.emptyWed}`);
  assert.equal(status, 200);
  assert.match(html, /No papers on Wed, Jan 15, 2025/);
  assert.ok(hrefs(html).includes(`/date/${DAYS.tue}`));
  assert.ok(hrefs(html).includes(`/date/${DAYS.thu}`));
  const far = await get(f.app, '/date/1995-06-01');
  assert.equal(far.status, 200);
  const steps = tags(far.html).filter((t) => t.attrs.has('data-step')).map((t) => [t.attrs.get('data-step'), t.attrs.get('href')]);
  assert.deepEqual(steps, [['next', '/date/1999-01-05']], 'before the archive: no previous day, next is the oldest day');
});

test('bad dates, weeks, months and pages are 400 pages that look like the site', async () => {
  for (const path of ['/date/2025-13-40', '/date/2025-02-30', '/date/yesterday', '/week/2025-W60', '/week/2025-W00', '/week/2025-W53', '/week/2025-3',
    '/month/2025-13', '/month/25-01', '/date?d=2025-99-01', '/?page=0', '/?page=abc', '/?page=1.5', '/date/2025-01-14?page=-1']) {
    const { status, html } = await get(f.app, path);
    assert.equal(status, 400, path);
    assert.match(html, /<header class="site-header">/, path);
  }
});

test('a page past the end of the list is a 404', async () => {
  assert.equal((await get(f.app, '/?page=2')).status, 404);
  assert.equal((await get(f.app, `/date/${DAYS.emptyWed}?page=2`)).status, 404);
});

test('ISO weeks: 2026 has a week 53, the week view lists the week and links its days', async () => {
  assert.equal((await get(f.app, '/week/2026-W53')).status, 200);
  const { status, html } = await get(f.app, '/week/2025-W03');
  assert.equal(status, 200);
  assert.match(html, /Week 3, 2025/);
  assert.match(html, /Jan 13 – Jan 19, 2025/);
  assert.match(html, /33 papers/);
  for (const d of ['2025-01-13', '2025-01-15', '2025-01-19']) assert.ok(hrefs(html).includes(`/date/${d}`), d);
  const tabs = tags(html).filter((t) => t.name === 'a' && t.attrs.get('aria-current') === 'page').map((t) => t.attrs.get('href'));
  assert.ok(tabs.includes('/week/2025-W03') && tabs.includes('/week'), 'week tab and nav item are current');
});

test('the month view lists the month and links its weeks; month and week neighbours skip empty ones', async () => {
  const { status, html } = await get(f.app, '/month/2025-01');
  assert.equal(status, 200);
  assert.match(html, /January 2025/);
  for (const w of ['2025-W01', '2025-W03', '2025-W05']) assert.ok(hrefs(html).includes(`/week/${w}`), w);
  const feb = await get(f.app, '/month/2025-06');
  assert.equal(feb.status, 200);
  assert.match(feb.html, /No papers on June 2025/);
  assert.ok(hrefs(feb.html).includes('/month/2025-01'), 'previous month with papers');
});

test('the day, week and month views link to one another', async () => {
  const { html } = await get(f.app, `/date/${DAYS.tue}`);
  for (const h of ['/week/2025-W03', '/month/2025-01']) assert.ok(hrefs(html).includes(h), h);
  const month = await get(f.app, '/month/2025-01');
  assert.ok(hrefs(month.html).includes(`/date/${DAYS.thu}`), 'from the month to a day with papers');
});

test('the date picker is a GET form that works without script, and its answer redirects', async () => {
  const { html } = await get(f.app, '/');
  const form = tags(html).find((t) => t.name === 'form' && t.attrs.get('action') === '/date');
  assert.equal(form?.attrs.get('method'), 'get');
  const input = tags(html).find((t) => t.name === 'input' && t.attrs.get('type') === 'date');
  assert.equal(input?.attrs.get('name'), 'd');
  assert.equal(input?.attrs.get('value'), DAYS.thu);
  assert.ok(tags(html).some((t) => t.name === 'label' && t.attrs.get('for') === input?.attrs.get('id')));
  const res = await get(f.app, `/date?d=${DAYS.mon}`);
  assert.equal(res.status, 302);
  assert.equal(res.headers.get('location'), `/date/${DAYS.mon}`);
});

test('/week and /month go to the period of the latest day', async () => {
  assert.equal((await get(f.app, '/week')).headers.get('location'), '/week/2025-W03');
  assert.equal((await get(f.app, '/month')).headers.get('location'), '/month/2025-01');
});

test('daily pages link the daily feeds and name their canonical address', async () => {
  const { html } = await get(f.app, `/date/${DAYS.tue}`);
  const alt = tags(html).filter((t) => t.name === 'link' && t.attrs.get('rel') === 'alternate').map((t) => [t.attrs.get('type'), t.attrs.get('href')]);
  assert.deepEqual(alt, [
    ['application/rss+xml', 'https://paperboy.test/feeds/daily.rss'],
    ['application/atom+xml', 'https://paperboy.test/feeds/daily.atom'],
    ['application/feed+json', 'https://paperboy.test/feeds/daily.json'],
  ]);
  assert.match(html, /<link rel="canonical" href="https:\/\/paperboy.test\/date\/2025-01-14"\/>/);
});
