import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { resultsFixture } from './fixture.ts';

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
