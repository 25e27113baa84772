import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, isoWeekOf, isoWeeksInYear, parseDay, parseMonth, parseWeek, periodOf, weeksOfMonth } from '../../src/web/view/periods.ts';
import { pageHref, paging, parsePage } from '../../src/web/view/paging.ts';
import { authorLine, repoLabel, summarize } from '../../src/web/view/paper-view.ts';
import { periodTitle, rangeLabel } from '../../src/web/view/format.ts';

test('parseDay accepts real calendar days only', () => {
  for (const ok of ['2025-01-15', '2024-02-29', '2000-02-29']) assert.equal(parseDay(ok), ok);
  for (const bad of ['2025-13-40', '2025-02-29', '1900-02-29', '2025-1-5', '20250115', '2025-01-15T00:00', '0000-01-01', '']) assert.equal(parseDay(bad), null, bad);
});

test('ISO weeks: the week a day belongs to, and its bounds', () => {
  const cases: Array<[string, string]> = [
    ['2025-01-15', '2025-W03'], ['2024-12-30', '2025-W01'], ['2021-01-03', '2020-W53'], ['2026-12-31', '2026-W53'],
    ['2027-01-03', '2026-W53'], ['2027-01-04', '2027-W01'], ['2023-01-01', '2022-W52'],
  ];
  for (const [day, week] of cases) assert.equal(isoWeekOf(day), week, day);
  assert.deepEqual(parseWeek('2025-W01'), { kind: 'week', key: '2025-W01', from: '2024-12-30', to: '2025-01-05' });
  assert.deepEqual(parseWeek('2020-W53'), { kind: 'week', key: '2020-W53', from: '2020-12-28', to: '2021-01-03' });
  assert.deepEqual([2020, 2021, 2025, 2026].map(isoWeeksInYear), [53, 52, 52, 53]);
  for (const bad of ['2025-W00', '2025-W53', '2025-W60', '2025-w03', '2025-W3', '2025W03']) assert.equal(parseWeek(bad), null, bad);
});

test('months and their weeks', () => {
  assert.deepEqual(parseMonth('2024-02'), { kind: 'month', key: '2024-02', from: '2024-02-01', to: '2024-02-29' });
  assert.equal(parseMonth('2024-13'), null);
  assert.equal(parseMonth('2024-2'), null);
  assert.deepEqual(weeksOfMonth(parseMonth('2025-03')!), ['2025-W09', '2025-W10', '2025-W11', '2025-W12', '2025-W13', '2025-W14']);
  assert.deepEqual(periodOf('month', '2025-03-09'), parseMonth('2025-03'));
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2025-01-01', -1), '2024-12-31');
});

test('period labels', () => {
  assert.equal(periodTitle(periodOf('day', '2025-01-15')), 'Wed, Jan 15, 2025');
  assert.equal(periodTitle(parseWeek('2025-W03')!), 'Week 3, 2025');
  assert.equal(periodTitle(parseMonth('2025-01')!), 'January 2025');
  assert.equal(rangeLabel(parseWeek('2025-W01')!), 'Dec 30 – Jan 5, 2025');
});

test('parsePage and paging', () => {
  assert.equal(parsePage(undefined), 1);
  assert.equal(parsePage(''), 1);
  assert.equal(parsePage('7'), 7);
  for (const bad of ['0', '-1', '1.5', 'abc', '1001', '00000001']) assert.throws(() => parsePage(bad), /page must be/, bad);
  const p = paging('/x', { q: 'a b' }, 2, 10, 25);
  assert.deepEqual([p.pages, p.prevHref, p.nextHref, p.firstRank], [3, '/x?q=a+b', '/x?q=a+b&page=3', 11]);
  assert.equal(paging('/x', {}, 1, 10, 0).pages, 1, 'an empty list still has its first page');
  assert.throws(() => paging('/x', {}, 4, 10, 25), /no page 4/);
  assert.equal(pageHref('/x', {}, 1), '/x');
});

test('authorLine: first three and +N, or a count alone', () => {
  assert.deepEqual(authorLine({ authors: ['a', 'b', 'c', 'd', 'e'], authorCount: null }), { shown: ['a', 'b', 'c'], more: 2, countOnly: null });
  assert.deepEqual(authorLine({ authors: ['a', 'b'], authorCount: 9 }), { shown: ['a', 'b'], more: 7, countOnly: null });
  assert.deepEqual(authorLine({ authors: [], authorCount: 12 }), { shown: [], more: 0, countOnly: 12 });
  assert.deepEqual(authorLine({ authors: [], authorCount: null }), { shown: [], more: 0, countOnly: null });
});

test('summarize and repoLabel', () => {
  assert.equal(summarize('short  text'), 'short text');
  assert.equal(summarize('word '.repeat(100), 30), 'word word word word word word…');
  assert.equal(repoLabel('https://www.github.com/a/b/'), 'github.com/a/b');
});
