import Database from 'better-sqlite3';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpDir } from '../helpers/tmp.ts';
import { runCli } from '../helpers/cli.ts';

const dir = tmpDir();
const db = join(dir, 'cli.db');

const entry = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  paper: {
    id, title, summary: `Abstract of ${title}. Code at https://github.com/example/${id.replace('.', '-')}.`,
    authors: [{ name: 'Ada Lovelace' }, { name: 'Alan Turing' }], publishedAt: '2025-03-03T10:00:00.000Z',
    upvotes: 7, submittedOnDailyAt: '2025-03-04T08:00:00.000Z', ...extra,
  },
  title, numComments: 2, publishedAt: '2025-03-03T10:00:00.000Z',
});

const daily = join(dir, 'daily.json');
writeFileSync(daily, JSON.stringify([
  entry('2503.00001', 'First Synthetic Paper on Systolic Arrays'),
  entry('2503.00002', 'Second Synthetic Paper on Kernel Fusion'),
  { paper: { id: '2503.00003', title: 42 } },
]));

test('import prints a summary with file:line and reason for each rejected record', () => {
  const r = runCli(['--db', db, 'import', daily]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /daily\.json \(hf-daily\): read 3, inserted 2, updated 0, merged 0, unchanged 0, rejected 1/);
  assert.match(r.stdout, /rejected .*daily\.json:\d+: .*title/);
});

test('re-import is idempotent; --strict turns rejections into a non-zero exit', () => {
  const r = runCli(['--db', db, 'import', '--strict', daily]);
  assert.equal(r.code, 2);
  assert.match(r.stdout, /inserted 0, updated 0, merged 0, unchanged 2, rejected 1/);
  assert.match(r.stderr, /^paperboy: 1 record\(s\) rejected and --strict is set\n$/);
});

test('a file in no known format, or missing, fails with one clear line and no stack', () => {
  const junk = join(dir, 'junk.bin');
  writeFileSync(junk, Buffer.from([0, 1, 2, 3, 255, 254, 0, 7, 8]));
  const r = runCli(['--db', db, 'import', junk]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /junk\.bin/);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.doesNotMatch(r.stderr, /\bat .*\.ts:\d+/);
  const missing = runCli(['--db', db, 'import', join(dir, 'nope.json')]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /nope\.json/);
  const wrong = runCli(['--db', db, 'import', '--format', 'arxiv-atom', daily]);
  assert.notEqual(wrong.code, 0);
  assert.match(wrong.stderr, /daily\.json/);
  const debug = runCli(['--db', db, '--debug', 'import', junk]);
  assert.match(debug.stderr, /at /, 'with --debug the stack is printed');
});

test('list --json and show --json print exactly the model fields', () => {
  const r = runCli(['--db', db, 'list', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(rows.length, 2);
  assert.deepEqual(Object.keys(rows[0]), ['id', 'arxivId', 'version', 'title', 'abstract', 'authors', 'authorCount',
    'categories', 'publishedAt', 'updatedAt', 'links', 'organization', 'upvotes', 'numComments', 'submittedOnDailyAt']);
  const show = runCli(['--db', db, 'show', '2503.00002v1', '--json']);
  const p = JSON.parse(show.stdout);
  assert.equal(p.id, '2503.00002');
  assert.equal(p.publishedAt, '2025-03-03');
  assert.equal(p.submittedOnDailyAt, '2025-03-04');
  assert.deepEqual(p.links.code, ['https://github.com/example/2503-00002']);
  assert.equal(p.links.pdf, 'https://arxiv.org/pdf/2503.00002');
  const none = runCli(['--db', db, 'show', '2503.09999']);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /no paper with id "2503.09999"/);
});

test('list filters and validates its options', () => {
  assert.equal(runCli(['--db', db, 'list', '--since', '2025-03-04', '--json']).stdout, '');
  assert.equal(runCli(['--db', db, 'list', '--until', '2025-03-03', '--json']).stdout.trim().split('\n').length, 2);
  const bad = runCli(['--db', db, 'list', '--since', '2025-02-30']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /--since: expected a date YYYY-MM-DD/);
});

test('every command has --help', () => {
  for (const cmd of ['import', 'list', 'show', 'stats', 'demo', 'serve', 'start']) {
    const r = runCli([cmd, '--help']);
    assert.equal(r.code, 0, `${cmd}: ${r.stderr}`);
    assert.match(r.stdout, new RegExp(`Usage: paperboy ${cmd}`));
  }
});

test('demo fills an empty database once; stats counts it', () => {
  const demoDb = join(dir, 'demo.db');
  const r = runCli(['--db', demoDb, 'demo', '--anchor-date', '2025-06-30', '--count', '500']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /loaded 500 demo papers/);
  assert.match(runCli(['--db', demoDb, 'demo']).stdout, /already holds 500 papers/);
  assert.match(runCli(['--db', demoDb, 'stats']).stdout, /papers: 500 \(arXiv 0, title only 500, demo 500\)/);
  // Its result claims are extracted as an import's would be, so a fresh install's /results is not empty.
  const db = new Database(demoDb, { readonly: true });
  try {
    assert.equal(db.prepare('SELECT count(*) FROM paper_results_state').pluck().get(), 500);
    assert.ok((db.prepare('SELECT count(*) FROM paper_results').pluck().get() as number) > 0);
  } finally {
    db.close();
  }
});

test('LaTeX and HTML are stored exactly as written, as text', () => {
  const file = join(dir, 'hostile.json');
  const title = 'Bounds for $\\mathcal{O}(n \\log n)$ <script>alert(1)</script> Attention';
  const summary = 'We show <img src=x onerror=alert(1)> that $\\frac{a}{b}$ and \\href{javascript:alert(1)}{x} hold.';
  writeFileSync(file, JSON.stringify([{ paper: { id: '2503.00077', title, summary, authors: [{ name: '<b>Eve</b>' }], publishedAt: '2025-03-05T00:00:00Z' } }]));
  const db2 = join(dir, 'hostile.db');
  assert.equal(runCli(['--db', db2, 'import', file]).code, 0);
  const p = JSON.parse(runCli(['--db', db2, 'show', '2503.00077', '--json']).stdout);
  assert.equal(p.title, title);
  assert.equal(p.abstract, summary);
  assert.deepEqual(p.authors, ['<b>Eve</b>']);
});

test('import prints no progress bar when output is not a terminal', () => {
  const r = runCli(['--db', join(dir, 'quiet.db'), 'import', daily]);
  assert.equal(r.code, 0);
  assert.doesNotMatch(r.stdout + r.stderr, /\r|records \|/);
  assert.equal(r.stderr, '');
});
