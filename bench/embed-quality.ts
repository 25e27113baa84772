/**
 * One-off quality and cost check of the corpus embedding model on the real arXiv listings in
 * ../shared/data/arxiv/daily-listings (not a test; prints numbers for a person to judge).
 *
 *   node --import tsx bench/embed-quality.ts [options-json]     e.g. '{"dim":128,"eigenPower":0.5}'
 *
 * Prints training time and peak memory, nearest words for a few stems, the top titles for a few
 * topic queries worded unlike the papers, and same-primary-category precision@10 of each
 * document's nearest documents (against the chance level of that category mix).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { trainCorpusModel, type CorpusModel } from '../src/search/semantic/corpus-model.ts';
import { analyzeStems } from '../src/search/text/analyze.ts';

interface Listing { id: string; title: string; summary: string; categories: string[] }

const DIR = resolve(process.env.PAPERBOY_SHARED_DATA ?? resolve(import.meta.dirname, '../../shared/data'), 'arxiv/daily-listings');
const WORDS = ['quantiz', 'kernel', 'fpga', 'transformer', 'llm', 'gpu', 'diffus', 'segment', 'robot', 'prune'];
const QUERIES = [
  'making networks smaller with fewer bits',
  'speeding up attention for very long inputs',
  'robots learning to pick up things',
  'spotting pictures made by generative AI',
  'chips that run neural nets with little energy',
  'teaching chatbots to think step by step',
];

function load(): Listing[] {
  const out: Listing[] = [];
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.jsonl.gz')).sort()) {
    for (const line of gunzipSync(readFileSync(join(DIR, f))).toString('utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line));
  }
  return out;
}

const dot = (a: Float32Array, b: Float32Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

function topK(query: Float32Array, vectors: Float32Array[], k: number, skip = -1): number[] {
  const best: [number, number][] = [];
  vectors.forEach((v, i) => {
    if (i === skip) return;
    const s = dot(query, v);
    if (best.length < k || s > best[best.length - 1][0]) {
      best.push([s, i]);
      best.sort((x, y) => y[0] - x[0]);
      if (best.length > k) best.pop();
    }
  });
  return best.map(([, i]) => i);
}

function nearestWords(model: CorpusModel, stem: string, n: number): string {
  const q = model.wordVector(stem);
  if (!q) return '(not in vocabulary)';
  const unit = (v: Float32Array) => { const norm = Math.sqrt(dot(v, v)) || 1; return v.map((x) => x / norm); };
  const qu = unit(q);
  const scored = model.stems().slice(0, 30_000).map((s) => [dot(qu, unit(model.wordVector(s)!)), s] as const);
  return scored.sort((a, b) => b[0] - a[0]).slice(1, n + 1).map(([, s]) => model.surface(s)).join(', ');
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

const options = JSON.parse(process.argv[2] ?? '{}');
const listings = load();
const texts = listings.map((l) => `${l.title}. ${l.summary}`);
const before = process.memoryUsage().rss;
let stageAt = performance.now();
const stages: string[] = [];
const t0 = performance.now();
const model = trainCorpusModel(texts, {
  ...options,
  onStage: (s) => { const now = performance.now(); stages.push(`${s}@${((now - t0) / 1000).toFixed(1)}s`); stageAt = now; },
});
const trainSeconds = (performance.now() - t0) / 1000;
void stageAt;
console.log(`trained on ${model.trainedDocs} docs in ${trainSeconds.toFixed(1)} s (${stages.join(' ')}); vocab ${model.vocabSize}, dim ${model.dim}`);
console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} (RSS before training ${mb(before)}); model ${mb(model.serialize().length)}`);

const t1 = performance.now();
const vectors = model.embedMany(texts);
console.log(`embedded ${texts.length} docs in ${((performance.now() - t1) / 1000).toFixed(1)} s`);

console.log('\nnearest words:');
for (const w of WORDS) console.log(`  ${w}: ${nearestWords(model, w, 8)}`);

console.log('\nqueries (top 5 titles; * = title shares no stem with the query):');
for (const q of QUERIES) {
  const qs = new Set(analyzeStems(q));
  console.log(`  "${q}"`);
  for (const i of topK(model.embed(q), vectors, 5)) {
    const shares = analyzeStems(listings[i].title).some((s) => qs.has(s));
    console.log(`    ${shares ? ' ' : '*'} ${listings[i].title.replace(/\s+/g, ' ').slice(0, 100)}`);
  }
}

// Same-primary-category precision@10 over an evenly spaced sample of documents.
const primary = listings.map((l) => l.categories[0]);
const freq = new Map<string, number>();
for (const c of primary) freq.set(c, (freq.get(c) ?? 0) + 1);
let chance = 0;
for (const n of freq.values()) chance += (n / primary.length) ** 2;
const step = Math.max(1, Math.floor(listings.length / 1500));
let hits = 0;
let total = 0;
for (let i = 0; i < listings.length; i += step) {
  if (!vectors[i].some((x) => x !== 0)) continue;
  for (const j of topK(vectors[i], vectors, 10, i)) {
    hits += primary[j] === primary[i] ? 1 : 0;
    total++;
  }
}
console.log(`\nsame-primary-category precision@10: ${(hits / total).toFixed(3)} (chance ${chance.toFixed(3)}, ${total / 10} query docs)`);
