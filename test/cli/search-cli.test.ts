import Database from 'better-sqlite3';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { PAPER_JSON_FIELDS } from '../../src/core/paper.ts';

const db = join(tmpDir(), 'cli-search.db');
// The demo corpus: 400 papers in twelve fields, enough for the corpus model to learn from.
assert.equal(runCli(['--db', db, 'demo', '--count', '400']).code, 0);

test('search before `paperboy index` matches words and says the index is missing', () => {
  const r = runCli(['--db', db, 'search', 'attention', '--mode', 'semantic', '--limit', '3']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /no search index yet.*paperboy index/);
  assert.match(r.stdout, /3 of \d+\+? papers \(lexical\)/);
});

test('index builds the semantic index and reports it', () => {
  const r = runCli(['--db', db, 'index']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /indexed 400 papers with corpus \(\d+ dimensions; model learned from 400 papers, \d+ words\)/);
  const j = runCli(['--db', db, 'index', '--json']);
  const summary = JSON.parse(j.stdout);
  assert.equal(summary.papers, 400);
  assert.equal(summary.provider, 'corpus');
  // The word index was built on a worker thread beside the graph, and is live in the file.
  assert.equal(typeof summary.phases['word index (beside the graph)'], 'number');
  const check = new Database(db, { readonly: true });
  try {
    assert.equal(check.prepare('SELECT rows FROM lex_meta WHERE id = 1').pluck().get(), 400);
  } finally {
    check.close();
  }
});

test('search --json prints JSON Lines in the shape of list --json, plus score, best first', () => {
  for (const mode of ['lexical', 'semantic', 'hybrid']) {
    const r = runCli(['--db', db, 'search', 'attention kernels on GPUs', '--mode', mode, '--limit', '5', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(rows.length, 5, mode);
    for (const row of rows) assert.deepEqual(Object.keys(row), [...PAPER_JSON_FIELDS, 'score']);
    const scores = rows.map((x) => x.score as number);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), mode);
  }
});

test('search filters and sorts from the command line', () => {
  const r = runCli(['--db', db, 'search', 'model', '--sort', 'date', '--category', 'cs.LG', '--limit', '10', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const rows = r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.ok(rows.length > 0);
  assert.ok(rows.every((x) => x.categories.includes('cs.LG')));
  const dates = rows.map((x) => x.publishedAt);
  assert.deepEqual(dates, [...dates].sort().reverse());
});

test('bad options are named in the error', () => {
  const bad = [
    [['--mode', 'fuzzy'], /--mode: expected one of lexical, semantic, hybrid, got "fuzzy"/],
    [['--limit', '0'], /--limit: expected an integer from 1 to 100/],
    [['--sort', 'stars'], /--sort: expected one of relevance, date, upvotes/],
    [['--since', '2025-13-01'], /--since: expected a date YYYY-MM-DD/],
  ] as const;
  for (const [args, message] of bad) {
    const r = runCli(['--db', db, 'search', 'x', ...args]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, message);
  }
});
