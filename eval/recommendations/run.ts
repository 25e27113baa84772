/**
 * `npm run eval -- --only recommendations`: measures the For you feed on readers whose interests are
 * known and writes the numbers into docs/RECOMMENDATIONS.md (between its eval markers).
 *
 * Options: --data <shared data folder> (default ../shared/data)  --seed <n>  --categories <n>  --authors <n>
 *          --limit <n> (listing papers imported, newest first; default all)  --out <file>
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PaperInput } from '../../src/core/paper.ts';
import { SqliteStore } from '../../src/db/sqlite/sqlite-store.ts';
import { FeatureSource } from '../../src/recommendations/feature-source.ts';
import { CANDIDATES } from '../../src/recommendations/pipeline.ts';
import { buildSemanticIndex } from '../../src/search/semantic/indexer.ts';
import { hfUpvotes, listingPapers } from './corpus.ts';
import { evaluateReader, summarize, type Candidate, type EvalRun, type ReaderResult } from './evaluate.ts';
import { authorReaders, categoryReaders, type EvalReader } from './readers.ts';
import { renderResults } from './report.ts';
import { loadReviewerData } from './reviewer-data.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const num = (name: string, fallback: number) => { const v = Number(opt(name) ?? fallback); if (!Number.isInteger(v) || v < 0) throw new Error(`${name}: expected a non-negative integer`); return v; };
const log = (m: string) => console.error(`eval recommendations: ${m}`);

const DATA = resolve(opt('--data') ?? join(ROOT, '../shared/data'));
const SEED = num('--seed', 20260101);
const SIGNALS = [3, 10, 30];
const NOW = new Date('2026-08-10T00:00:00Z');

/** A fresh store with the papers imported and the search index built, as `paperboy import` and `paperboy index` would. */
async function indexedStore(dir: string, papers: Array<{ key: string; input: PaperInput }>): Promise<{ store: SqliteStore; rowids: Map<string, number>; seconds: number }> {
  const started = Date.now();
  const store = new SqliteStore(join(dir, 'eval.db'));
  const importId = await store.startImport('eval', 'recommendations');
  for (let i = 0; i < papers.length; i += 2000) await store.upsertPapers(papers.slice(i, i + 2000).map((p) => p.input), importId, 'eval');
  await buildSemanticIndex(store, null);
  const rowids = new Map<string, number>();
  for (const p of papers) { const r = await store.paperRowid(p.input.arxivId!); if (r !== null) rowids.set(p.key, r); }
  return { store, rowids, seconds: (Date.now() - started) / 1000 };
}

async function runReaders(run: EvalRun, readers: EvalReader[], ns: number[]): Promise<ReaderResult[]> {
  const features = new FeatureSource(run.store);
  const out: ReaderResult[] = [];
  for (const n of ns) for (const r of readers) if (r.positives.length >= n) out.push(await evaluateReader(run, features, r, n, SEED));
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), 'paperboy-recs-eval-'));
try {
  // 1. Real researchers: their own papers as upvotes, the papers they graded as what to find.
  log('reviewer-paper-match: importing and indexing');
  const reviewer = loadReviewerData(join(DATA, 'relevance/reviewer-paper-match'), { maxSignals: 10, seed: SEED });
  // Made-up arXiv-style ids keep every Semantic Scholar paper its own row (two may share a title).
  const s2 = reviewer.papers.map((p, i) => ({ key: p.id, input: { arxivId: `2101.${String(i + 1).padStart(5, '0')}`, title: p.title, abstract: p.abstract, authors: p.authors, publishedAt: p.year ? `${p.year}-01-01` : null } }));
  const a = await indexedStore(join(tmp, 'a'), s2);
  const s2Candidates: Candidate[] = reviewer.papers.flatMap((p) => { const r = a.rowids.get(p.id); return r ? [{ key: p.id, rowid: r, date: p.year ? String(p.year) : '', upvotes: 0 }] : []; });
  const runA: EvalRun = { store: a.store, rowids: a.rowids, keys: new Map([...a.rowids].map(([k, r]) => [r, k])), candidates: s2Candidates, candidateCount: s2Candidates.length + 10, now: NOW };
  log(`${reviewer.readers.length} reviewers (${reviewer.skipped} with 10 or fewer papers of their own left out)`);
  const reviewerResults = await runReaders(runA, reviewer.readers, [10]);
  await a.store.close();

  // 2. Simulated readers on the arXiv listings: the newest papers are the feed, the rest is history.
  log('listings: reading');
  const up = await hfUpvotes(join(DATA, 'hf-daily/daily'));
  let listing = (await listingPapers(join(DATA, 'arxiv/daily-listings'), up)).sort((x, y) => y.date.localeCompare(x.date) || y.id.localeCompare(x.id));
  if (opt('--limit')) listing = listing.slice(0, num('--limit', listing.length));
  log(`listings: importing and indexing ${listing.length} papers`);
  const b = await indexedStore(join(tmp, 'b'), listing.map((p) => ({ key: p.id, input: { arxivId: p.id, title: p.title, abstract: p.summary, authors: p.authors, categories: p.categories, publishedAt: p.date, upvotes: p.upvotes } })));
  const newest = await b.store.recommendations.recentPapers(CANDIDATES);
  const keysB = new Map([...b.rowids].map(([k, r]) => [r, k]));
  const inWindow = new Set(newest.map((p) => keysB.get(p.rowid)!));
  const window = listing.filter((p) => inWindow.has(p.id));
  const history = listing.filter((p) => !inWindow.has(p.id));
  const byKey = new Map(listing.map((p) => [p.id, p]));
  const runB: EvalRun = { store: b.store, rowids: b.rowids, keys: keysB, candidates: window.map((p) => ({ key: p.id, rowid: b.rowids.get(p.id)!, date: p.date, upvotes: byKey.get(p.id)!.upvotes })), candidateCount: CANDIDATES, now: NOW };
  const cats = categoryReaders(history, window, { count: num('--categories', 12), maxSignals: 30, seed: SEED });
  const auths = authorReaders(history, window, { count: num('--authors', 20), maxSignals: 30, seed: SEED });
  log(`${cats.length} category readers, ${auths.length} author readers; window ${window[window.length - 1]?.date} to ${window[0]?.date}`);
  const simulated = await runReaders(runB, [...cats, ...auths], SIGNALS);
  await b.store.close();

  const markdown = renderResults({
    date: new Date().toISOString(), seed: SEED,
    reviewer: { readers: reviewer.readers.length, skipped: reviewer.skipped, papers: s2.length, indexSeconds: a.seconds, summary: summarize(reviewerResults), results: reviewerResults },
    listings: { papers: listing.length, window: { from: window[window.length - 1]?.date ?? '', to: window[0]?.date ?? '', size: window.length, upvoted: window.filter((p) => p.upvotes > 0).length }, indexSeconds: b.seconds,
      category: summarize(simulated.filter((r) => r.reader.kind === 'category')), authors: summarize(simulated.filter((r) => r.reader.kind === 'authors')), all: summarize(simulated), results: simulated },
  });
  console.log(markdown);
  const out = resolve(ROOT, opt('--out') ?? 'docs/RECOMMENDATIONS.md');
  const doc = readFileSync(out, 'utf8');
  const [start, end] = ['<!-- eval:start -->', '<!-- eval:end -->'];
  if (!doc.includes(start) || !doc.includes(end)) throw new Error(`${out} has no ${start} ... ${end} markers`);
  writeFileSync(out, doc.slice(0, doc.indexOf(start) + start.length) + '\n' + markdown + '\n' + doc.slice(doc.indexOf(end)));
  log(`wrote ${out}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
