import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { resultsFixture } from './fixture.ts';
import { snapshotLines } from '../../bench/gen-snapshot.ts';

/** An arXiv-style JSONL file of the fixture, as `paperboy import` reads it. */
function jsonl(file: string) {
  writeFileSync(file, resultsFixture().map((p) => JSON.stringify({
    id: p.arxivId, title: p.title, summary: p.abstract, authors: p.authors, categories: p.categories, abs: `https://arxiv.org/abs/${p.arxivId}`,
  })).join('\n') + '\n');
}

test('import extracts claims as it goes; extract fills in what is missing; --all redoes everything', () => {
  const dir = tmpDir();
  const db = join(dir, 'p.db');
  const file = join(dir, 'papers.jsonl');
  jsonl(file);
  const off = runCli(['--db', db, 'import', file], { PAPERBOY_EXTRACT_ON_IMPORT: 'false' });
  assert.equal(off.code, 0, off.stderr);
  const first = runCli(['--db', db, 'extract']);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /^extracted 7 papers: 9 claims; 9 claims in 6 of 7 extracted papers$/m);
  assert.match(runCli(['--db', db, 'extract']).stdout, /^extracted 0 papers: 0 claims; 9 claims in 6 of 7 extracted papers$/m);
  assert.match(runCli(['--db', db, 'extract', '--all']).stdout, /^extracted 7 papers: 9 claims; 9 claims in 6 of 7 extracted papers$/m);

  const db2 = join(dir, 'q.db');
  assert.equal(runCli(['--db', db2, 'import', file]).code, 0);
  assert.match(runCli(['--db', db2, 'extract']).stdout, /^extracted 0 papers: 0 claims; 9 claims in 6 of 7 extracted papers$/m, 'the import already extracted');
});

test('a bulk import says when it moves on to extracting results, and from how many papers', () => {
  const dir = tmpDir();
  const file = join(dir, 'bulk.jsonl');
  // Past BULK_MIN_PAPERS (1,000) changed papers an import defers extraction to its second phase.
  writeFileSync(file, [...snapshotLines(1200, 5)].join('\n') + '\n');
  const r = runCli(['--db', join(dir, 'b.db'), 'import', '--format', 'arxiv-snapshot', file]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /bulk\.jsonl: extracting results from 1200 imported papers\n/);
  assert.match(r.stdout, /read 1200, inserted 1200/);
  const tiny = join(dir, 'tiny.jsonl');
  writeFileSync(tiny, [...snapshotLines(30, 6)].join('\n') + '\n');
  const t = runCli(['--db', join(dir, 't.db'), 'import', '--format', 'arxiv-snapshot', tiny]);
  assert.equal(t.code, 0, t.stderr);
  assert.doesNotMatch(t.stderr, /extracting results/, 'a small import extracts as it goes, with no second phase');
});
