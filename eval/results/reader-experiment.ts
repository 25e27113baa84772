/**
 * `npm run eval -- --only reader`: what the experimental second reader (src/results/extract/learned-reader.ts) adds
 * to the rules, measured on tuning lines only (the held-out block stays unseen), each time with models
 * trained on other lines than those scored. Two measurements: trained on
 * the tuning lines before the last 168 and scored on those 168 (lines the rules' latest changes were
 * not tuned on when they were labeled), and a k-fold cross-validation over all tuning lines by
 * contiguous blocks. Prints a table; docs/RESULTS.md quotes it. Options: --data <folder>, --last <n>
 * (default 168), --folds <k> (default 5), --threshold <p> (default 0.9, the least
 * probability of being a result that makes a claim).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPaper } from '../../src/results/extract/index.ts';
import { BUILT_IN } from '../../src/results/dictionaries/load.ts';
import type { Claim } from '../../src/results/types.ts';
import { loadAbstracts } from './abstracts.ts';
import { trainReader } from './reader-training.ts';
import { splitLabels } from './run.ts';
import { scoreClaims, type Counts, type LabeledPaper } from './score.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Paper { label: LabeledPaper; title: string; abstract: string; rules: Claim[] }

/** Rules alone and rules with the reader trained on `train`, scored on `test` (metric, value and unit). */
function compare(train: Paper[], test: Paper[], threshold: number): { rules: Counts; reader: Counts } {
  const model = { ...trainReader(train.map((p) => ({ title: p.title, abstract: p.abstract, claims: p.label.claims }))), threshold };
  const labels = test.map((p) => p.label);
  const rules = new Map(test.map((p) => [p.label.id, p.rules]));
  const reader = new Map(test.map((p) => [p.label.id, extractPaper(p.title, p.abstract, BUILT_IN, model).claims]));
  return { rules: scoreClaims(labels, rules).fields['metric+value+unit'], reader: scoreClaims(labels, reader).fields['metric+value+unit'] };
}

const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold });
const f2 = (n: number) => n.toFixed(2);

function row(name: string, r: { rules: Counts; reader: Counts }): string {
  const added = r.reader.predicted - r.rules.predicted;
  const right = r.reader.tp - r.rules.tp;
  return `| ${name} | ${r.rules.gold} | ${f2(r.rules.tp / r.rules.predicted)} / ${f2(r.rules.tp / r.rules.gold)} | ${f2(r.reader.tp / r.reader.predicted)} / ${f2(r.reader.tp / r.reader.gold)} | ${right} of ${added} |`;
}

export async function runReaderExperiment(args: string[]): Promise<void> {
  const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const data = resolve(opt('--data') ?? process.env.PAPERBOY_SHARED_DATA ?? join(ROOT, '../shared/data'));
  const last = Number(opt('--last') ?? 168);
  const folds = Number(opt('--folds') ?? 5);
  const threshold = Number(opt('--threshold') ?? 0.9);
  const labels = splitLabels(readFileSync(join(ROOT, 'eval/results/labels.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as LabeledPaper)).tuning;
  const texts = loadAbstracts(data, new Set(labels.map((l) => l.id)));
  const papers: Paper[] = labels.map((label) => {
    const t = texts.get(label.id);
    if (!t) throw new Error(`labeled paper ${label.id} not found in ${data}`);
    return { label, ...t, rules: extractPaper(t.title, t.abstract, BUILT_IN, null).claims };
  });
  const lines = [
    '| trained on, scored on | labeled claims | rules: precision / recall | rules + reader | reader\'s additions right |',
    '|---|---|---|---|---|',
    row(`lines 1-${papers.length - last}, lines ${papers.length - last + 1}-${papers.length}`, compare(papers.slice(0, -last), papers.slice(-last), threshold)),
  ];
  let cv = { rules: { tp: 0, predicted: 0, gold: 0 }, reader: { tp: 0, predicted: 0, gold: 0 } };
  for (let f = 0; f < folds; f++) {
    const lo = Math.floor((papers.length * f) / folds);
    const hi = Math.floor((papers.length * (f + 1)) / folds);
    const r = compare(papers.filter((_, i) => i < lo || i >= hi), papers.slice(lo, hi), threshold);
    cv = { rules: add(cv.rules, r.rules), reader: add(cv.reader, r.reader) };
  }
  lines.push(row(`${folds}-fold by blocks of lines 1-${papers.length}`, cv));
  console.log(lines.join('\n'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await runReaderExperiment(process.argv.slice(2));
