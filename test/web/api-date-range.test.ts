import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isoWeeksInYear, parseDay, parseIsoWeek, parseMonth, toIsoDateTime } from '../../src/web/api/date-range.ts';

describe('day ranges of the daily feed', () => {
  it('parses real days only', () => {
    assert.deepEqual(parseDay('2024-02-29'), { from: '2024-02-29', to: '2024-02-29' });
    for (const bad of ['2025-02-29', '2025-02-30', '2025-13-01', '2025-1-05', '20250105', '']) assert.equal(parseDay(bad), null, bad);
  });

  it('parses ISO weeks, Monday to Sunday, week 1 holding January 4th', () => {
    const table: Array<[string, string, string]> = [
      ['2025-W01', '2024-12-30', '2025-01-05'],
      ['2025-W03', '2025-01-13', '2025-01-19'],
      ['2026-W53', '2026-12-28', '2027-01-03'],
      ['2021-W01', '2021-01-04', '2021-01-10'],
      ['2020-W53', '2020-12-28', '2021-01-03'],
    ];
    for (const [week, from, to] of table) assert.deepEqual(parseIsoWeek(week), { from, to }, week);
    for (const bad of ['2025-W00', '2025-W53', '2025-W60', '2025-w03', '2025W03']) assert.equal(parseIsoWeek(bad), null, bad);
  });

  it('counts 52 or 53 weeks a year', () => {
    assert.deepEqual([2015, 2020, 2021, 2024, 2025, 2026].map(isoWeeksInYear), [53, 53, 52, 52, 52, 53]);
  });

  it('parses months', () => {
    assert.deepEqual(parseMonth('2024-02'), { from: '2024-02-01', to: '2024-02-29' });
    assert.deepEqual(parseMonth('2025-12'), { from: '2025-12-01', to: '2025-12-31' });
    for (const bad of ['2025-00', '2025-13', '2025-1', '2025']) assert.equal(parseMonth(bad), null, bad);
  });

  it('writes days as ISO date-times and drops what it cannot read', () => {
    assert.equal(toIsoDateTime('2025-01-15'), '2025-01-15T00:00:00.000Z');
    assert.equal(toIsoDateTime('2025-01-15T10:20:30Z'), '2025-01-15T10:20:30.000Z');
    assert.equal(toIsoDateTime('soon'), undefined);
    assert.equal(toIsoDateTime(null), undefined);
  });
});
