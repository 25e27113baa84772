/**
 * `npm run eval`: imports the shared arXiv listings into a fresh temporary database through the
 * real CLI, builds the search index, runs the known-item and topic sets in every search mode and
 * the similar-papers evaluation, and writes docs/RELEVANCE.md.
 *
 * Options:
 *   --data <folder>     listing files (default ../shared/data/arxiv/daily-listings)
 *   --db <file>         use this database as it is (no import, no index build unless --index)
 *   --index             build the index even with --db
 *   --no-index          do not build the index (lexical only, unless the database has one)
 *   --known <n>         known-item queries (default 300)      --seed <n>  (default 20260101)
 *   --similar <n>       similar-papers seed papers (default 200)
 *   --modes a,b         subset of lexical,semantic,hybrid
 *   --out <file>        report path (default docs/RELEVANCE.md)
 *   --keep              keep the temporary database
 *   --only recommendations   the For you feed's evaluation instead (eval/recommendations/run.ts)
 *   --only results      only the result-claim extraction evaluation (eval/results/run.ts, docs/RESULTS.md)
 *   --only results --tuning   only its tuning set, with the misses (while changing rules; the held-out block stays unseen)
 *   --only reader       the experimental learned second reader of results, on tuning lines (eval/results/reader-experiment.ts)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEARCH_MODES, type SearchMode } from '../src/search/types.ts';
import { evalAdapter } from './adapter.ts';
import { DEFAULT_LISTINGS_DIR, listingFiles, loadRecords } from './corpus.ts';
import { evaluateModes, evaluateSimilar, knownItemMisses } from './evaluate.ts';
import { generateKnownItems } from './known-item.ts';
import { mean } from './metrics.ts';
import { queryOverlap } from './overlap.ts';
import { renderReport } from './report.ts';
import { indexCorpus, pickSimilarSeeds } from './similar.ts';
import { loadTopics } from './topics.ts';

// Other evaluations, chosen with --only; the relevance evaluation below stays the default.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only === 'reader') {
  const { runReaderExperiment } = await import('./results/reader-experiment.ts');
  await runReaderExperiment(process.argv.slice(2));
  process.exit(0);
}
if (only === 'recommendations') {
  await import('./recommendations/run.ts');
  process.exit(0);
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin/paperboy.js');

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const flag = (name: string) => args.includes(name);
const int = (name: string, fallback: number) => {
  const v = Number(opt(name) ?? fallback);
  if (!Number.isInteger(v) || v < 0) throw new Error(`${name}: expected a non-negative integer`);
  return v;
};
const log = (m: string) => console.error(`eval: ${m}`);

// `npm run eval -- --only results`: result-claim extraction against hand labels (eval/results/).
// Without --only, the relevance evaluation below runs, as before.
if (opt('--only') === 'results') {
  const { runResultsEval } = await import('./results/run.ts');
  await runResultsEval(args);
  process.exit(0);
}

/** Runs the real CLI; throws with its stderr when it fails. */
function paperboy(cliArgs: string[], inherit = false): string {
  const r = spawnSync(process.execPath, [BIN, ...cliArgs], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', inherit ? 'inherit' : 'pipe'],
  });
  if (r.status !== 0) throw new Error(`paperboy ${cliArgs.slice(2, 3).join(' ')} failed (${r.status}): ${r.stderr ?? ''}`);
  return r.stdout;
}

/** Whether this build of the CLI has a command (the index command arrived after this runner). */
const hasCommand = (name: string) => new RegExp(`^\\s+${name}\\b`, 'm').test(paperboy(['--help']));

function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'} (${cpu.length} threads), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ` +
    `${platform()} ${release()}, Node ${process.versions.node}`;
}

const seed = int('--seed', 20260101);
const files = listingFiles(opt('--data') ?? DEFAULT_LISTINGS_DIR);
const wanted = (opt('--modes')?.split(',') ?? [...SEARCH_MODES]) as SearchMode[];
for (const m of wanted) if (!SEARCH_MODES.includes(m)) throw new Error(`--modes: unknown mode ${m}`);

log(`reading ${files.length} listing files`);
const records = await loadRecords(files);
const byId = new Map(records.map((r) => [r.id, r]));
const topics = loadTopics();
const knownItems = generateKnownItems(records, { count: int('--known', 300), seed });

// 1. A fresh database through the real importer (or the one given).
const tmp = opt('--db') ? null : mkdtempSync(join(tmpdir(), 'paperboy-eval-'));
const db = opt('--db') ?? join(tmp!, 'eval.db');
let imported: number | null = null;
let importSeconds: number | null = null;
try {
  if (tmp) {
    log(`importing into ${db}`);
    const started = Date.now();
    paperboy(['--db', db, 'import', ...files], true);
    importSeconds = (Date.now() - started) / 1000;
    imported = JSON.parse(paperboy(['--db', db, 'stats', '--json'])).papers ?? null;
  }

  // 2. The search index: `paperboy index` learns the corpus model and embeds every paper.
  const index = { built: false, note: 'not built', seconds: null as number | null };
  if (flag('--no-index') || (opt('--db') && !flag('--index'))) {
    index.note = opt('--db') ? 'as found in the given database' : 'not built (--no-index)';
  } else if (!hasCommand('index')) {
    index.note = '`paperboy index` does not exist in this build; semantic modes cannot be measured';
  } else {
    log('building the search index (paperboy index)');
    const started = Date.now();
    const summary = JSON.parse(paperboy(['--db', db, 'index', '--json']).trim().split('\n').pop()!);
    index.seconds = (Date.now() - started) / 1000;
    index.built = true;
    index.note = `\`paperboy index\`: ${summary.papers ?? '?'} papers embedded with ${summary.provider ?? '?'}` +
      (summary.dim ? ` (${summary.dim} dimensions)` : '');
  }

  // 3. Queries through the adapter (eval/adapter.ts is the one file that knows the search code).
  const adapter = await evalAdapter(db, log);
  const modes = wanted.filter((m) => adapter.modes.includes(m));
  const skipped = wanted.filter((m) => !modes.includes(m)).map((mode) => ({ mode, reason: 'no semantic index in the database' }));
  const results = await evaluateModes(modes, knownItems, topics, (q, m, k) => adapter.runQuery(q, m, k), log);

  const index2 = indexCorpus(records);
  const similarSeeds = pickSimilarSeeds(records, int('--similar', 200), seed, index2);
  log(`similar papers for ${similarSeeds.length} seed papers`);
  const similar = await evaluateSimilar(similarSeeds, byId, index2, (id, k) => adapter.runSimilar(id, k));
  await adapter.close();

  // 4. The report.
  const titles = new Map(records.map((r) => [r.id, r.title]));
  const overlaps = topics.map((t) => queryOverlap(t.query, Object.keys(t.relevant).flatMap((id) => titles.get(id) ?? [])));
  const best = [...results].sort((a, b) => b.knownItem.scores.mrr10 - a.knownItem.scores.mrr10)[0];
  const report = renderReport({
    date: new Date().toISOString(),
    machine: machine(),
    corpus: { files: files.map((f) => basename(f)), records: records.length, imported, importSeconds },
    index,
    backend: adapter.description,
    knownItem: { count: knownItems.length, seed },
    topics: {
      count: topics.length,
      judgments: topics.reduce((s, t) => s + Object.keys(t.relevant).length, 0),
      overlapPerTitle: mean(overlaps.map((o) => o.perTitle)),
      overlapAnyTitle: mean(overlaps.map((o) => o.anyTitle)),
    },
    modes: results,
    skipped,
    similar: similar && { ...similar, seed },
    similarNote: 'the search backend has no similar-papers answer without a semantic index',
    misses: best ? knownItemMisses(knownItems, best.knownItem).map(({ query, rank }) => ({
      query: query.query, title: byId.get(Object.keys(query.relevant)[0]!)?.title ?? '', rank,
    })) : [],
  });
  const out = resolve(ROOT, opt('--out') ?? 'docs/RELEVANCE.md');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, report);
  for (const r of results) {
    console.log(`${r.mode.padEnd(9)} known-item MRR@10 ${r.knownItem.scores.mrr10.toFixed(3)}  R@10 ${r.knownItem.scores.recall10.toFixed(3)}` +
      `   topics nDCG@10 ${r.topics.scores.ndcg10.toFixed(3)}  P@10 ${r.topics.scores.precision10.toFixed(3)}  R@50 ${r.topics.scores.recall50.toFixed(3)}`);
  }
  if (similar) console.log(`similar   P@10 category ${similar.category.toFixed(3)} (ceiling ${similar.ceilingCategory.toFixed(3)})  author ${similar.author.toFixed(3)} (ceiling ${similar.ceilingAuthor.toFixed(3)})`);
  log(`wrote ${out}`);
} finally {
  if (tmp && !flag('--keep')) rmSync(tmp, { recursive: true, force: true });
  else if (tmp) log(`kept ${db}`);
}
