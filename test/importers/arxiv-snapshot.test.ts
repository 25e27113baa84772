import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { cleanAbstract, collapseWhitespace } from '../../src/core/text.ts';
import { arxivDate, personName, splitAuthorList } from '../../src/importers/formats/arxiv-fields.ts';
import { arxivSnapshotImporter } from '../../src/importers/formats/arxiv-snapshot.ts';
import { readJsonLines } from '../../src/importers/formats/jsonl.ts';
import { openInput } from '../../src/importers/open-input.ts';
import type { ImportItem } from '../../src/importers/types.ts';
import { sharedFile } from '../helpers/shared-data.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/importers');

async function read(input: string | NodeJS.ReadableStream): Promise<ImportItem[]> {
  const stream = typeof input === 'string' ? Readable.from([Buffer.from(input)]) : input;
  const out: ImportItem[] = [];
  for await (const item of arxivSnapshotImporter.read(stream, { file: 'snapshot.jsonl', listingDate: '2026-01-01' })) out.push(item);
  return out;
}

test('arxiv-snapshot: versions, parsed names, categories, and rejections naming the field', async () => {
  const items = await read(readFileSync(join(FIXTURES, 'arxiv-snapshot-sample.jsonl'), 'utf8'));
  assert.deepEqual(items.slice(0, 3), [
    { line: 1, record: {
      arxivId: '0704.0101', version: 3, title: 'Snapshot Record One', abstract: 'First paragraph wraps.\n\nSecond paragraph.',
      authors: ['D. Alpha', 'E. Beta Jr', 'F. Gamma'], categories: ['hep-ph', 'math.CO'],
      // v1 is the publication; the highest version (listed out of order here) is the last update.
      publishedAt: '2007-04-02', updatedAt: '2008-01-04', links: { code: ['https://github.com/example/snap-one'] },
    } },
    { line: 2, record: {
      arxivId: 'math/0406123', version: 1, title: 'Old Style Id', abstract: 'Old.', authors: ['H. Delta'], categories: ['math.GT'],
      publishedAt: '2004-06-06', updatedAt: '2004-06-06',
    } },
    { line: 3, record: {
      arxivId: '0704.0103', version: null, title: 'No authors_parsed', abstract: 'x', authors: ['No Parsed', 'Names Here'],
      categories: ['cs.LG'], updatedAt: '2009-01-02',
    } },
  ]);
  assert.deepEqual(items.slice(3).map((i) => [i.line, i.error]), [
    [4, 'field "versions[0].created": expected a date, got "Someday"'],
    [5, 'field "title": expected a non-empty string, got null'],
    [6, 'field "authors_parsed[0]": expected an array [last, first, suffix], got string'],
    [7, 'field "id": expected an arXiv id, got "not-an-id"'],
    [8, items[7].error],
  ]);
  assert.match(items[7].error!, /^invalid JSON: /);
});

test('arxiv-snapshot: an oversized line is rejected and reading goes on', async () => {
  const lines: ImportItem[] = [];
  const long = `{"id":"0704.0001","title":"${'x'.repeat(100)}"}`;
  async function* src() { yield Buffer.from(`${long}\n{"id":"0704.0002","title":"ok"}\n`); }
  for await (const l of readJsonLines(src(), 64)) lines.push(l.error ? { line: l.line, error: l.error } : { line: l.line });
  assert.deepEqual(lines, [{ line: 1, error: `line is ${long.length} bytes, over the 64 bytes limit` }, { line: 2 }]);
});

test('arxiv-snapshot: binary junk or another format gives rejected lines, never a crash', async () => {
  const junk = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 37 + 11) % 256));
  const items = await read(Readable.from([junk]));
  assert.ok(items.length > 0 && items.every((i) => i.error?.startsWith('invalid JSON: ')));
  const atom = await read(readFileSync(join(FIXTURES, 'arxiv-atom-legacy.xml'), 'utf8'));
  assert.ok(items.length > 0 && atom.every((i) => i.error?.startsWith('invalid JSON: ')));
  const hfDay = await read('{"date": "2024-06-03", "papers": []}\n');
  assert.deepEqual(hfDay, [{ line: 1, error: 'field "id": expected an arXiv id string, got undefined' }]);
});

test('arXiv dates, names and author lists', () => {
  assert.equal(arxivDate('Mon, 2 Apr 2007 19:18:42 GMT'), '2007-04-02');
  assert.equal(arxivDate('29 Feb 2008 00:00:00 GMT'), '2008-02-29');
  assert.equal(arxivDate('Fri, 29 Feb 2007 00:00:00 GMT'), null);
  assert.equal(arxivDate('Mon, 2 Foo 2007 19:18:42 GMT'), null);
  assert.equal(arxivDate('2025-01-02T09:00:00Z'), '2025-01-02');
  assert.equal(personName('Evans', 'Neal J.', 'II'), 'Neal J. Evans II');
  assert.equal(personName('Collaboration', '', ''), 'Collaboration');
  assert.equal(personName('Iliev', 'Bozhidar\n  Z.'), 'Bozhidar Z. Iliev');
  assert.deepEqual(splitAuthorList('A. One, B. Two (Some Univ.), and C. Three'), ['A. One', 'B. Two', 'C. Three']);
  assert.deepEqual(splitAuthorList('Ileana Streinu and Louis Theran'), ['Ileana Streinu', 'Louis Theran']);
});

/** The plain definitions the fast clean-up in core/text.ts must equal. */
const referenceCollapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const referenceClean = (s: string) => s.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map(referenceCollapse).filter((p) => p.length > 0).join('\n\n');

test('text clean-up equals its plain definition', () => {
  const tricky = [
    '', ' ', '  a  b  ', 'a\nb', 'a \n b', 'a\r\nb\r\n\r\nc', 'a\rb', '\ta\t\tb\t', 'a\u00a0\u00a0b', 'a\u2003b\u3000c',
    'p1\n  \n p2', 'p1\n\n\n\np2\n', '\n\n', 'x\u2028y\u2029z', 'one\u000btwo\u000cthree', 'a \u00a0\nb', ' \r\n \r\n ',
  ];
  for (const s of tricky) {
    assert.equal(collapseWhitespace(s), referenceCollapse(s), JSON.stringify(s));
    assert.equal(cleanAbstract(s), referenceClean(s), JSON.stringify(s));
  }
});

test('text clean-up equals its plain definition on every real abstract and title', async (t) => {
  const files = [
    'arxiv/kaggle-format/arxiv-metadata-oai-snapshot_head200.jsonl',
    'arxiv/daily-listings/hw_systems_part01.jsonl.gz',
    'arxiv/daily-listings/other_cs_sample_part01.jsonl.gz',
    'hf-daily/daily/hf_daily_papers_2024-05-27_to_2025-05-05.jsonl.gz',
  ];
  const paths = files.map((f) => sharedFile(t, f));
  if (paths.some((p) => !p)) return;
  let checked = 0;
  const check = (s: unknown) => {
    if (typeof s !== 'string') return;
    assert.equal(cleanAbstract(s), referenceClean(s));
    assert.equal(collapseWhitespace(s), referenceCollapse(s));
    checked++;
  };
  for (const p of paths) {
    for await (const l of readJsonLines((await openInput(p!)).stream)) {
      const v = l.value as Record<string, unknown>;
      const papers = Array.isArray(v.papers) ? (v.papers as Array<{ paper: Record<string, unknown>; title?: string }>) : null;
      if (papers) for (const e of papers) { check(e.paper.summary); check(e.paper.title); check(e.title); }
      else { check(v.abstract ?? v.summary); check(v.title); }
    }
  }
  assert.ok(checked > 15000, `checked ${checked}`);
});

test('arxiv-snapshot (real data): the Kaggle head gives 200 records', async (t) => {
  const path = sharedFile(t, 'arxiv/kaggle-format/arxiv-metadata-oai-snapshot_head200.jsonl');
  if (!path) return;
  const items = await read((await openInput(path)).stream);
  assert.equal(items.length, 200);
  assert.deepEqual(items.filter((i) => i.error), []);
  assert.deepEqual(items.map((i) => i.line), Array.from({ length: 200 }, (_, i) => i + 1));
  const records = items.map((i) => i.record!);
  assert.deepEqual(records.map((r) => r.arxivId), Array.from({ length: 200 }, (_, i) => `0704.${String(i + 1).padStart(4, '0')}`));
  const first = records[0];
  assert.deepEqual({ ...first, abstract: undefined }, {
    arxivId: '0704.0001', version: 2, abstract: undefined,
    title: 'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
    authors: ['C. Balázs', 'E. L. Berger', 'P. M. Nadolsky', 'C. -P. Yuan'], categories: ['hep-ph'],
    publishedAt: '2007-04-02', updatedAt: '2007-07-24',
  });
  assert.match(first.abstract!, /^A fully differential calculation in perturbative quantum chromodynamics is presented for the production of massive photon pairs at hadron colliders\. /);
  assert.ok(first.abstract!.endsWith('can be obtained with judicious selection of events.'));
  assert.deepEqual([records[1].categories, records[1].authors], [['math.CO', 'cs.CG'], ['Ileana Streinu', 'Louis Theran']]);
  assert.match(records[1].abstract!, /the \$\(k,\\ell\)\$-pebble game with colors/);
  assert.ok(records[8].authors?.includes('Neal J. Evans II'));
  assert.deepEqual([records[63].arxivId, records[63].version, records[63].publishedAt, records[63].updatedAt], ['0704.0064', 5, '2007-04-01', '2008-10-24']);
  assert.ok(records.every((r) => r.publishedAt && r.updatedAt && r.version && r.categories!.length > 0 && r.authors!.length > 0));
});
