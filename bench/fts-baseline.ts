/**
 * The yardstick for import speed: the same snapshot records into a bare FTS5 table (title, authors,
 * abstract) and nothing else, in transactions of 2,000 rows. Run as a child process by bench/run.ts.
 * Usage: node --import tsx bench/fts-baseline.ts FILE.jsonl DB
 */
import Database from 'better-sqlite3';
import { createReadStream, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';

const [file, dbPath] = process.argv.slice(2);
for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
const db = new Database(dbPath);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec('CREATE VIRTUAL TABLE docs USING fts5(title, authors, abstract)');
const insert = db.prepare('INSERT INTO docs (title, authors, abstract) VALUES (?, ?, ?)');
const flush = db.transaction((rows: string[][]) => { for (const r of rows) insert.run(r[0], r[1], r[2]); });

let batch: string[][] = [];
let n = 0;
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (!line) continue;
  const r = JSON.parse(line);
  batch.push([r.title, r.authors, r.abstract]);
  n++;
  if (batch.length === 2000) { flush(batch); batch = []; }
}
flush(batch);
db.close();
console.log(JSON.stringify({ records: n }));
