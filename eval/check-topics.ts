/**
 * Checks eval/topics.json against the corpus and prints how much each query's words overlap the
 * titles it should find. Exits non-zero when a judged id is not in the corpus, a topic has fewer
 * than 5 relevant papers, or there are fewer than 45 topics.
 *
 * Usage: node --import tsx eval/check-topics.ts [--data <listings folder>] [--topics <file>]
 */
import { listingFiles, loadRecords, DEFAULT_LISTINGS_DIR } from './corpus.ts';
import { mean } from './metrics.ts';
import { queryOverlap } from './overlap.ts';
import { loadTopics, TOPICS_FILE } from './topics.ts';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };

const topics = loadTopics(opt('--topics') ?? TOPICS_FILE);
const records = await loadRecords(listingFiles(opt('--data') ?? DEFAULT_LISTINGS_DIR));
const titles = new Map(records.map((r) => [r.id, r.title]));

const problems: string[] = [];
if (topics.length < 45) problems.push(`only ${topics.length} topics (at least 45 wanted)`);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const rows = topics.map((t) => {
  const ids = Object.keys(t.relevant);
  const missing = ids.filter((id) => !titles.has(id));
  if (missing.length) problems.push(`${t.id}: not in the corpus: ${missing.join(', ')}`);
  if (ids.length < 5) problems.push(`${t.id}: only ${ids.length} relevant papers`);
  const o = queryOverlap(t.query, ids.flatMap((id) => titles.get(id) ?? []));
  const grade2 = ids.filter((id) => t.relevant[id] === 2).length;
  console.log(`${t.id}  ${String(ids.length).padStart(3)} rel (${String(grade2).padStart(2)} exact)  ` +
    `per-title ${pct(o.perTitle).padStart(6)}  any-title ${pct(o.anyTitle).padStart(6)}  ${t.query}` +
    (o.shared.length ? `   [shared: ${o.shared.join(' ')}]` : ''));
  return { o, n: ids.length };
});

const judgments = rows.reduce((s, r) => s + r.n, 0);
console.log(`\n${topics.length} topics, ${judgments} judgments, ${new Set(topics.map((t) => t.area)).size} areas`);
console.log(`query words found in a relevant title: ${pct(mean(rows.map((r) => r.o.perTitle)))} on average per title, ` +
  `${pct(mean(rows.map((r) => r.o.anyTitle)))} found in at least one relevant title`);
if (problems.length) {
  console.error(`\nproblems:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
}
