/**
 * `npm run eval -- --only results`: extracts claims from the hand-labeled abstracts
 * (eval/results/labels.jsonl, papers by arXiv id, text read from ../shared/data) and writes
 * precision and recall per field to docs/RESULTS.md (between its eval markers).
 *
 * The labels are split by line. The first block (FIRST_BLOCK lines) is split in two halves: "dev" (the
 * first half), whose misses were read while the rules were tuned, and "held-out" (the second half),
 * which was not looked at while tuning. Every line after it is a second held-out block, labeled
 * before the rule changes that followed it and never tuned on; new labels go there or in a later block.
 *
 * Options: --data <folder> (default ../shared/data), --out <file> (default docs/RESULTS.md),
 * --print (print the report instead of writing it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPaper } from '../../src/results/extract/index.ts';
import type { Claim } from '../../src/results/types.ts';
import { loadAbstracts } from './abstracts.ts';
import { renderResultsReport } from './report.ts';
import { scoreClaims, type LabeledPaper } from './score.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Lines of the first label block (dev half + held-out half); later lines are the second held-out block. */
export const FIRST_BLOCK = 102;

/** Dev, held-out and second held-out lines of the label file, by position. */
export function splitLabels<T>(labels: T[]): { dev: T[]; heldOut: T[]; heldOut2: T[] } {
  const first = labels.slice(0, FIRST_BLOCK);
  const half = Math.ceil(first.length / 2);
  return { dev: first.slice(0, half), heldOut: first.slice(half), heldOut2: labels.slice(FIRST_BLOCK) };
}

export async function runResultsEval(args: string[]): Promise<void> {
  const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const data = resolve(opt('--data') ?? process.env.PAPERBOY_SHARED_DATA ?? join(ROOT, '../shared/data'));
  const out = resolve(opt('--out') ?? join(ROOT, 'docs/RESULTS.md'));
  const labels = readFileSync(join(ROOT, 'eval/results/labels.jsonl'), 'utf8').split('\n').filter(Boolean)
    .map((l, i) => { try { return JSON.parse(l) as LabeledPaper; } catch (err) { throw new Error(`labels.jsonl line ${i + 1}: ${(err as Error).message}`); } });
  const texts = loadAbstracts(data, new Set(labels.map((l) => l.id)));
  const missing = labels.filter((l) => !texts.has(l.id)).map((l) => l.id);
  if (missing.length) throw new Error(`labeled papers not found in ${data}: ${missing.join(', ')}`);
  const predicted = new Map<string, Claim[]>();
  const started = performance.now();
  for (const l of labels) {
    const t = texts.get(l.id)!;
    predicted.set(l.id, extractPaper(t.title, t.abstract).claims);
  }
  const ms = performance.now() - started;
  const split = splitLabels(labels);
  const report = renderResultsReport({
    all: scoreClaims(labels, predicted),
    dev: scoreClaims(split.dev, predicted),
    heldOut: scoreClaims(split.heldOut, predicted),
    heldOut2: scoreClaims(split.heldOut2, predicted),
    msPerPaper: ms / labels.length,
  });
  if (args.includes('--print')) { console.log(report); return; }
  const marker = /<!-- eval:start -->[\s\S]*<!-- eval:end -->/;
  const doc = existsSync(out) ? readFileSync(out, 'utf8') : '';
  const block = `<!-- eval:start -->\n${report}\n<!-- eval:end -->`;
  writeFileSync(out, marker.test(doc) ? doc.replace(marker, block) : `${doc}${doc ? '\n' : ''}${block}\n`);
  console.error(`eval: wrote ${out}`);
}
