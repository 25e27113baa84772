/**
 * Lexical accelerator against plain FTS5 on the same relevance queries: latency percentiles per
 * query class, the accelerator's build time, peak RSS and index size, and a check that both
 * return the same top 10. Runnable alone; builds its own synthetic corpus when not given one:
 *
 *   node --import tsx bench/lexical-bench.ts [--sizes 100000,1000000] [--db FILE] [--per-class 200]
 *
 * Each size needs the snapshot (bench/gen-snapshot.ts) imported through the CLI, as the import
 * benchmark does (about 2.5 minutes for a million records); both are kept in bench/out for reruns.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openSqlite, type Db } from '../src/db/sqlite/open.ts';
import { parseQuery, toFtsMatch } from '../src/search/fts-query.ts';
import { createLexicalAccelerator } from '../src/search/lexical/accelerator.ts';
import { buildImpactIndex } from '../src/search/lexical/impact-build.ts';
import { createQueryTokenizer } from '../src/search/lexical/query-tokens.ts';
import { snapshotFile } from './import-bench.ts';
import { measureProcess } from './measure.ts';

export type QueryClass = 'single common' | 'two terms' | 'three terms' | 'rare' | 'prefix';
export interface LexicalQuery { cls: QueryClass; input: string; prefix: boolean }
export interface Percentiles { p50: number; p95: number; p99: number; mean: number }
export interface LexicalBenchResult {
  papers: number;
  build: { seconds: number; peakRssMb: number; indexMb: number } | null;
  /** Wall-clock latency, and CPU time of this process (the fairer number on a shared, loaded machine). */
  classes: Array<{ cls: QueryClass | 'all'; queries: number; accelerated: number; acc: Percentiles; fts: Percentiles; accCpu: Percentiles; ftsCpu: Percentiles }>;
  /** Queries whose top 10 differed from FTS5's beyond ties (should be 0). */
  mismatches: number;
}

const node = process.execPath;
const pct = (xs: number[], p: number): number => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
function percentiles(ms: number[]): Percentiles {
  const s = [...ms].sort((a, b) => a - b);
  return { p50: pct(s, 50), p95: pct(s, 95), p99: pct(s, 99), mean: s.reduce((a, b) => a + b, 0) / (s.length || 1) };
}

/**
 * Realistic queries from the corpus's own title words, bucketed by the FTS5 row count of their
 * stem (needs the index for the counts): common (>= 10% of papers), mid (>= 1%), rare (<= 0.05%).
 */
export function benchQueries(db: Db, perClass: number, seed = 42): LexicalQuery[] {
  const n = db.prepare('SELECT count(*) FROM papers').pluck().get() as number;
  const titles = db.prepare('SELECT title FROM papers WHERE rowid % 53 = 0 LIMIT 20000').pluck().all() as string[];
  const words = [...new Set(titles.flatMap((t) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 2 && /\p{L}/u.test(w)))];
  const stems = createQueryTokenizer(db).tokenize(words);
  const df = db.prepare('SELECT df FROM lex_terms WHERE term = ?').pluck();
  const common: string[] = [];
  const mid: string[] = [];
  const rare: string[] = [];
  words.forEach((w, i) => {
    if (stems[i].length !== 1) return;
    const d = (df.get(stems[i][0]) as number | undefined) ?? 0;
    if (d >= 0.1 * n) common.push(w);
    if (d >= 0.01 * n) mid.push(w);
    if (d > 0 && d <= 0.0005 * n) rare.push(w);
  });
  let s = seed;
  const r = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = (a: string[]) => a[Math.floor(r() * a.length)];
  const out: LexicalQuery[] = [];
  for (let i = 0; i < perClass; i++) {
    out.push({ cls: 'single common', input: pick(common), prefix: false });
    out.push({ cls: 'two terms', input: `${pick(mid)} ${pick(mid)}`, prefix: false });
    out.push({ cls: 'three terms', input: `${pick(mid)} ${pick(mid)} ${pick(mid)}`, prefix: false });
    out.push({ cls: 'rare', input: r() < 0.5 ? pick(rare) : `${pick(rare)} ${pick(common)}`, prefix: false });
    // As typed into the search box: the last word cut to 3..6 letters.
    const last = pick(mid);
    const cut = last.slice(0, Math.min(last.length, 3 + Math.floor(r() * 4)));
    out.push({ cls: 'prefix', input: r() < 0.5 ? cut : `${pick(mid)} ${cut}`, prefix: true });
  }
  return out;
}

/** Runs every query on both engines (after one warm-up pass) and compares their top 10. */
export async function lexicalBench(dbPath: string, queries: LexicalQuery[], repeat = 1): Promise<LexicalBenchResult> {
  const db = openSqlite(dbPath);
  const acc = createLexicalAccelerator(db);
  if (!acc.isBuilt()) throw new Error(`no lexical index in ${dbPath}: build it first`);
  const fts = db.prepare('SELECT rowid, bm25(papers_fts, 10.0, 4.0, 1.0) AS r FROM papers_fts WHERE papers_fts MATCH ? ORDER BY r LIMIT 10').raw();
  const runAcc = (q: LexicalQuery) => acc.search(parseQuery(q.input), 10, { prefixLast: q.prefix });
  const runFts = (q: LexicalQuery) => fts.all(toFtsMatch(q.input, q.prefix)!) as Array<[number, number]>;
  for (const q of queries) { runAcc(q); runFts(q); }

  const times = queries.map(() => ({ acc: Infinity, fts: Infinity, accCpu: Infinity, ftsCpu: Infinity, accelerated: false }));
  const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  let mismatches = 0;
  for (let rep = 0; rep < repeat; rep++) {
    queries.forEach((q, i) => {
      let c = process.cpuUsage();
      let t = performance.now();
      const mine = runAcc(q);
      let ms = performance.now() - t;
      let cpu = cpuMs(process.cpuUsage(c));
      // Refused queries fall back to FTS5, as the caller would: their time is FTS5's plus the refusal.
      c = process.cpuUsage();
      t = performance.now();
      const ref = runFts(q);
      const ftsMs = performance.now() - t;
      const ftsCpu = cpuMs(process.cpuUsage(c));
      if (mine === null) { ms += ftsMs; cpu += ftsCpu; }
      else if (rep === 0 && !sameTop(mine, ref)) mismatches++;
      const m = times[i];
      times[i] = { acc: Math.min(m.acc, ms), fts: Math.min(m.fts, ftsMs), accCpu: Math.min(m.accCpu, cpu), ftsCpu: Math.min(m.ftsCpu, ftsCpu), accelerated: mine !== null };
    });
  }
  const classes = (['single common', 'two terms', 'three terms', 'rare', 'prefix', 'all'] as const).map((cls) => {
    const idx = queries.map((q, i) => (cls === 'all' || q.cls === cls ? i : -1)).filter((i) => i >= 0);
    return {
      cls, queries: idx.length, accelerated: idx.filter((i) => times[i].accelerated).length,
      acc: percentiles(idx.map((i) => times[i].acc)), fts: percentiles(idx.map((i) => times[i].fts)),
      accCpu: percentiles(idx.map((i) => times[i].accCpu)), ftsCpu: percentiles(idx.map((i) => times[i].ftsCpu)),
    };
  });
  const papers = db.prepare('SELECT count(*) FROM papers').pluck().get() as number;
  db.close();
  return { papers, build: null, classes, mismatches };
}

function sameTop(mine: Array<{ rowid: number; score: number }>, ref: Array<[number, number]>): boolean {
  if (mine.length !== ref.length) return false;
  const last = ref.length ? -ref[ref.length - 1][1] : 0;
  return ref.every(([rowid, r], i) => Math.abs(mine[i].score + r) <= 1e-6 * Math.abs(r)
    && (mine[i].rowid === rowid || Math.abs(mine[i].score - last) <= 1e-9 * last || Math.abs(mine[i].score + r) <= 1e-9 * Math.abs(r)));
}

/** Builds the index in a child process, for its own time and peak RSS; returns those and the index size. */
export async function measureBuild(dbPath: string): Promise<{ seconds: number; peakRssMb: number; indexMb: number }> {
  const m = await measureProcess(node, ['--import', 'tsx', 'bench/lexical-bench.ts', '--build-only', dbPath]);
  if (m.code !== 0) throw new Error(`lexical build failed: ${m.stderr}`);
  const db = openSqlite(dbPath);
  const bytes = db.prepare("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'lex_%' OR name LIKE 'sqlite_autoindex_lex_%'").pluck().get() as number;
  db.close();
  return { seconds: m.seconds, peakRssMb: m.peakRssMb, indexMb: bytes / 2 ** 20 };
}

/** A corpus of n papers: the snapshot imported by the CLI into bench/out (kept for reruns). */
async function corpusDb(outDir: string, n: number): Promise<string> {
  const db = join(outDir, `lexical-${n}.db`);
  if (existsSync(db)) return db;
  const file = await snapshotFile(outDir, n);
  const m = await measureProcess(node, ['bin/paperboy.js', '--db', db, 'import', '--format', 'arxiv-snapshot', file]);
  if (m.code !== 0) throw new Error(`import failed: ${m.stderr}`);
  return db;
}

function table(r: LexicalBenchResult): string {
  const f = (x: number) => x.toFixed(2);
  const lines = [`${r.papers.toLocaleString('en')} papers` + (r.build
    ? `: build ${r.build.seconds.toFixed(1)} s, peak RSS ${r.build.peakRssMb.toFixed(0)} MB, index ${r.build.indexMb.toFixed(0)} MB` : ''),
  'ms per query, wall clock (CPU time of the process in brackets)',
  '| class | queries | answered | accel p50 | p95 | p99 | FTS5 p50 | p95 | p99 |', '|---|---|---|---|---|---|---|---|---|'];
  const w = (x: Percentiles, c: Percentiles, k: 'p50' | 'p95' | 'p99') => `${f(x[k])} (${f(c[k])})`;
  for (const c of r.classes) {
    lines.push(`| ${c.cls} | ${c.queries} | ${c.accelerated} | ${w(c.acc, c.accCpu, 'p50')} | ${w(c.acc, c.accCpu, 'p95')} | ${w(c.acc, c.accCpu, 'p99')} | ${w(c.fts, c.ftsCpu, 'p50')} | ${w(c.fts, c.ftsCpu, 'p95')} | ${w(c.fts, c.ftsCpu, 'p99')} |`);
  }
  lines.push(`top-10 mismatches against FTS5: ${r.mismatches}`);
  return lines.join('\n');
}

async function main(argv: string[]): Promise<void> {
  const opt = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const only = opt('--build-only');
  if (only) {
    const db = openSqlite(only);
    await buildImpactIndex(db);
    db.close();
    return;
  }
  const outDir = 'bench/out';
  mkdirSync(outDir, { recursive: true });
  const perClass = Number(opt('--per-class') ?? 200);
  const given = opt('--db');
  const targets = given ? [given] : await Promise.all((opt('--sizes') ?? '100000,1000000').split(',').map((n) => corpusDb(outDir, Number(n))));
  for (const dbPath of targets) {
    const build = opt('--no-build') !== undefined || argv.includes('--no-build') ? null : await measureBuild(dbPath);
    const db = openSqlite(dbPath);
    const queries = benchQueries(db, perClass);
    db.close();
    const result = { ...(await lexicalBench(dbPath, queries, 2)), build };
    console.log(table(result));
    writeFileSync(join(outDir, `lexical-${result.papers}.json`), JSON.stringify(result, null, 2));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  });
}
