import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { snapshotLines, writeSnapshot } from '../bench/gen-snapshot.ts';
import { parseArxivId } from '../src/core/arxiv-id.ts';
import { arxivDate, hardWrap, latexAccents, splitName } from '../src/demo/snapshot-format.ts';
import { tmpDir } from './helpers/tmp.ts';

/** The Kaggle snapshot's fields, in its order. */
const FIELDS = [
  'id', 'submitter', 'authors', 'title', 'comments', 'journal-ref', 'doi', 'report-no', 'categories',
  'license', 'abstract', 'versions', 'update_date', 'authors_parsed',
];
const RFC1123 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([1-9]|[12]\d|3[01]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

type Row = Record<string, unknown> & {
  id: string;
  abstract: string;
  authors: string;
  update_date: string;
  versions: Array<{ version: string; created: string }>;
  authors_parsed: string[][];
};

const lines = [...snapshotLines(3000)];
const rows = lines.map((l) => JSON.parse(l) as Row);

describe('snapshotLines', () => {
  it('yields n lines of JSON with exactly the snapshot fields, in order', () => {
    assert.equal(lines.length, 3000);
    for (const row of rows) assert.deepEqual(Object.keys(row), FIELDS);
    for (const l of lines) assert.ok(!l.includes('\n'), 'one record per line');
  });

  it('is deterministic and depends on the seed', () => {
    assert.deepEqual([...snapshotLines(3000)], lines);
    assert.equal([...snapshotLines(50, 9)].join('\n'), [...snapshotLines(50, 9)].join('\n'));
    assert.notEqual([...snapshotLines(5, 9)][0], [...snapshotLines(5, 10)][0]);
  });

  it('gives unique, valid, ascending new-style ids', () => {
    const ids = rows.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) {
      assert.match(id, /^\d{4}\.\d{5}$/);
      assert.deepEqual(parseArxivId(id), { id, version: null });
      assert.ok(Number(id.slice(0, 2)) >= 15);
    }
    assert.deepEqual([...ids].sort(), ids);
    assert.ok(new Set(ids.map((id) => id.slice(0, 4))).size >= 12, 'spread over many months');
  });

  it('has snapshot-style values: types, versions, dates, authors', () => {
    for (const r of rows) {
      for (const k of ['submitter', 'authors', 'title', 'categories', 'abstract', 'update_date']) assert.equal(typeof r[k], 'string', k);
      for (const k of ['comments', 'journal-ref', 'doi', 'report-no', 'license']) assert.ok(r[k] === null || typeof r[k] === 'string', k);
      assert.ok(r.abstract.startsWith('  ') && r.abstract.endsWith('\n'));
      assert.ok(r.versions.length >= 1 && r.versions[0].version === 'v1');
      r.versions.forEach((v, i) => {
        assert.equal(v.version, `v${i + 1}`);
        assert.match(v.created, RFC1123);
      });
      const first = new Date(r.versions[0].created);
      assert.equal(`${String(first.getUTCFullYear() % 100).padStart(2, '0')}${String(first.getUTCMonth() + 1).padStart(2, '0')}`, r.id.slice(0, 4));
      assert.match(r.update_date, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(r.update_date >= new Date(r.versions.at(-1)!.created).toISOString().slice(0, 10));
      assert.ok(r.authors_parsed.length >= 1 && r.authors_parsed.length <= 12);
      for (const a of r.authors_parsed) assert.ok((a.length === 3 || a.length === 4) && a[2] === '');
      assert.match(String(r.categories), /^[a-z-]+(\.[A-Za-z-]+)?( [a-z-]+(\.[A-Za-z-]+)?)*$/);
    }
  });

  it('has realistic sizes: ~1 KB abstracts, ~5 authors', () => {
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    const abstract = mean(rows.map((r) => r.abstract.length));
    const authors = mean(rows.map((r) => r.authors_parsed.length));
    assert.ok(abstract > 800 && abstract < 1300, `${abstract}`);
    assert.ok(authors > 4 && authors < 6.5, `${authors}`);
    assert.ok(rows.some((r) => r.authors.includes('\\')), 'some LaTeX accents in author lists');
    assert.ok(rows.some((r) => r.authors_parsed.some((a) => a.length === 4)), 'some affiliations');
  });

  it('rejects a bad count', () => {
    assert.throws(() => [...snapshotLines(-1)]);
  });
});

describe('writeSnapshot', () => {
  const dir = tmpDir();

  it('writes plain JSONL equal to the generated lines', async () => {
    const path = join(dir, 'out.jsonl');
    await writeSnapshot(500, path);
    assert.equal(readFileSync(path, 'utf8'), `${[...snapshotLines(500)].join('\n')}\n`);
  });

  it('gzips when the name ends in .gz', async () => {
    const path = join(dir, 'out.jsonl.gz');
    await writeSnapshot(300, path, 5);
    assert.equal(gunzipSync(readFileSync(path)).toString('utf8'), `${[...snapshotLines(300, 5)].join('\n')}\n`);
  });
});

describe('snapshot text format', () => {
  it('writes dates the way arXiv does', () => {
    assert.equal(arxivDate(Date.UTC(2007, 3, 2, 19, 18, 42)), 'Mon, 2 Apr 2007 19:18:42 GMT');
  });

  it('splits and escapes names', () => {
    assert.deepEqual(splitName('Floris van der Tak'), ['van der Tak', 'Floris']);
    assert.deepEqual(splitName('田中 健太'), ['田中', '健太']);
    assert.deepEqual(splitName('李明'), ['李明', '']);
    assert.deepEqual(splitName('Nguyễn Văn An'), ['An', 'Nguyễn Văn']);
    assert.deepEqual(splitName('Lucía de la Cruz'), ['de la Cruz', 'Lucía']);
    assert.equal(latexAccents('José Müller'), "Jos\\'e M\\\"uller");
  });

  it('hard-wraps at the width', () => {
    const text = 'word '.repeat(60).trim();
    for (const line of hardWrap(text, 20, '\n').split('\n')) assert.ok(line.length <= 20);
    assert.equal(hardWrap(text, 20, '\n').replace(/\n/g, ' '), text);
  });
});
