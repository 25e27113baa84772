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
import { sharedTerms, trainCorpusModel, type CorpusModel } from '../src/search/semantic/corpus-model.ts';
import { analyzeStems } from '../src/search/text/analyze.ts';

interface Listing { id: string; title: string; summary: string; categories: string[] }

const DIR = resolve(process.env.PAPERBOY_SHARED_DATA ?? resolve(import.meta.dirname, '../../shared/data'), 'arxiv/daily-listings');
const WORDS = ['quantiz', 'kernel', 'fpga', 'transform', 'llm', 'gpu', 'diffus', 'segment', 'robot', 'prune'];
/*
 * Topic queries worded unlike the papers, each with a relevance test on the abstract's stems
 * (every group must have a member): precision@10 of these measures what lexical search misses.
 */
const QUERIES: [string, string[][]][] = [
  ['making networks smaller with fewer bits', [['quantiz']]],
  ['robots learning to pick up things', [['grasp', 'manipul', 'pick']]],
  ['spotting pictures made by generative AI', [['deepfak', 'fake', 'forgeri', 'forens', 'aigc', 'synthet'], ['detect', 'detector']]],
  ['speeding up attention for very long inputs', [['attent'], ['long', 'length'], ['effici', 'speedup', 'acceler', 'linear', 'spars']]],
  ['chips that run neural nets with little energy', [['acceler', 'hardwar', 'chip', 'asic', 'fpga'], ['energi', 'power']]],
  ['teaching chatbots to think step by step', [['reason'], ['chain', 'thought', 'cot', 'step']]],
  ['finding tumors in medical scans', [['tumor', 'lesion', 'cancer', 'nodul']]],
  ['writing software automatically from descriptions', [['code'], ['generat', 'synthesi']]],
  ['cars that drive themselves', [['autonom', 'self'], ['drive', 'vehicl']]],
  ['keeping personal information safe when learning from many devices', [['feder', 'privaci', 'privat']]],
  ['turning spoken words into text', [['speech', 'asr', 'spoken'], ['recogn', 'transcript', 'asr']]],
  ['removing unimportant weights from a network', [['prune', 'prun', 'sparsif', 'sparsiti']]],
  ['converting sentences between languages', [['translat', 'multilingu', 'mt']]],
  ['creating images from a text prompt', [['diffus', 'gener', 'synthesi'], ['text', 'prompt']]],
  ['tricking classifiers with tiny input changes', [['adversari', 'perturb', 'attack']]],
];
/** Queries whose top titles are printed. */
const SHOWN = 6;

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
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let last = t0;
const model = trainCorpusModel(texts, {
  ...options,
  onStage: (stage, detail) => {
    const now = performance.now();
    console.log(`  ${stage}: ${((now - last) / 1000).toFixed(1)} s (${detail})`);
    last = now;
  },
});
const trainSeconds = (performance.now() - t0) / 1000;
console.log(`trained on ${model.trainedDocs} docs in ${trainSeconds.toFixed(1)} s wall, ${(process.cpuUsage(cpu0).user / 1e6).toFixed(1)} s CPU; vocab ${model.vocabSize}, dim ${model.dim}`);
console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} (RSS before training ${mb(before)}); model ${mb(model.serialize().length)}`);

const t1 = performance.now();
const vectors = model.embedMany(texts);
console.log(`embedded ${texts.length} docs in ${((performance.now() - t1) / 1000).toFixed(1)} s`);

console.log('\nnearest words:');
for (const w of WORDS) console.log(`  ${w}: ${nearestWords(model, w, 8)}`);

console.log('\nqueries (top 5 titles; * = title shares no stem with the query):');
const abstractStems = listings.map((l) => new Set(analyzeStems(`${l.title}. ${l.summary}`)));
const precisions: number[] = [];
QUERIES.forEach(([q, groups], n) => {
  const qs = new Set(analyzeStems(q));
  const top = topK(model.embed(q), vectors, 10);
  precisions.push(top.filter((i) => groups.every((g) => g.some((s) => abstractStems[i].has(s)))).length / 10);
  if (n >= SHOWN) return;
  console.log(`  "${q}"`);
  for (const i of top.slice(0, 5)) {
    const shares = analyzeStems(listings[i].title).some((s) => qs.has(s));
    console.log(`    ${shares ? ' ' : '*'} ${listings[i].title.replace(/\s+/g, ' ').slice(0, 100)}`);
  }
});
const meanPrecision = precisions.reduce((a, b) => a + b, 0) / precisions.length;
console.log(`\nparaphrase-query precision@10: ${meanPrecision.toFixed(3)} over ${QUERIES.length} queries (${precisions.map((p) => p.toFixed(1)).join(' ')})`);

console.log('\nnearest paper and the shared terms that explain it:');
for (const i of [0, 10_000, 20_000, 30_000].filter((i) => i < listings.length)) {
  const j = topK(vectors[i], vectors, 1, i)[0];
  console.log(`  ${listings[i].title.replace(/\s+/g, ' ').slice(0, 80)}\n   -> ${listings[j].title.replace(/\s+/g, ' ').slice(0, 80)}\n      [${sharedTerms(model, texts[i], texts[j], 5).join(', ')}]`);
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
