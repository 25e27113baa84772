/**
 * `npm run eval -- --only results`: extracts claims from the hand-labeled abstracts
 * (eval/results/labels.jsonl, papers by arXiv id, text read from ../shared/data) and writes
 * precision and recall per field to docs/RESULTS.md (between its eval markers).
 *
 * The labels are split by line into a tuning set (the first TUNING_LINES lines: every block whose
 * misses have been read while changing rules) and the held-out block after it, labeled before the
 * last rule changes and not looked at while making them. A held-out block is evaluated once, at the
 * end of a pass; after it has been reported it joins the tuning set (TUNING_LINES moves to the end
 * of it) and the next pass labels a fresh block first (docs/RESULTS.md, "Quality, measured").
 *
 * Options: --data <folder> (default ../shared/data), --out <file> (default docs/RESULTS.md),
 * --print (print the report instead of writing it), --tuning (extract and print only the tuning
 * set, with its misses: what to use while changing rules, so the held-out block stays unseen).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPaper } from '../../src/results/extract/index.ts';
import type { Claim } from '../../src/results/types.ts';
import { loadAbstracts } from './abstracts.ts';
import { agreement } from './agreement.ts';
import { renderResultsReport, renderTuningReport, type AgreementReport } from './report.ts';
import { scoreClaims, type LabeledPaper } from './score.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Lines of the tuning set: the first block (lines 1-102, dev and held-out halves), the second
 * block (103-132), the third (133-172), the fourth (173-214), the fifth (215-256), the sixth
 * (257-298), the seventh (299-340), the eighth (341-382), the ninth and tenth (383-466), the
 * eleventh and twelfth (467-550), the thirteenth and fourteenth (551-634), the fifteenth and
 * sixteenth (635-718), the seventeenth and eighteenth (719-802), the nineteenth to twenty-second
 * (803-970), the twenty-third and twenty-fourth (971-1054), the twenty-fifth and twenty-sixth
 * (1055-1138), the twenty-seventh and twenty-eighth (1139-1222), the twenty-ninth and thirtieth
 * (1223-1306), the thirty-first and thirty-second (1307-1390), the thirty-third and thirty-fourth
 * (1391-1474), the thirty-fifth and thirty-sixth (1475-1558), the thirty-seventh and thirty-eighth
 * (1559-1642, the first from the HF daily papers), the thirty-ninth and fortieth (1643-1726), the
 * forty-first and forty-second (1727-1810), the forty-third and forty-fourth (1811-1894), the
 * forty-fifth and forty-sixth (1895-1978), the forty-seventh and forty-eighth (1979-2062), the
 * forty-ninth and fiftieth (2063-2146), the fifty-first and fifty-second (2147-2230), the fifty-third
 * and fifty-fourth (2231-2314), the fifty-fifth to fifty-eighth (2315-2482), the fifty-ninth and
 * sixtieth (2483-2566), the sixty-first to sixty-fourth (2567-2734), the sixty-fifth to sixty-eighth
 * (2735-2902), the sixty-ninth to seventy-second (2903-3070), the seventy-third to seventy-sixth (3071-3238), the
 * seventy-seventh to eightieth (3239-3406), the eighty-first to eighty-fourth (3407-3574) and the eighty-fifth to
 * eighty-eighth (3575-3742), the eighty-ninth to ninety-second (3743-3910), the ninety-third to ninety-sixth
 * (3911-4078), the ninety-seventh to hundredth (4079-4246), the hundred-and-first to hundred-and-fourth
 * (4247-4414), the hundred-and-fifth to hundred-and-eighth (4415-4582), the hundred-and-ninth to hundred-and-twelfth
 * (4583-4750), the hundred-and-thirteenth to hundred-and-sixteenth (4751-4918, from the hardware/systems listing) and the
 * hundred-and-seventeenth and hundred-and-eighteenth (4919-5002), the hundred-and-nineteenth and hundred-and-twentieth
 * (5003-5086, the hardware/systems listing), the hundred-and-twenty-first to hundred-and-twenty-fourth (5087-5254, the
 * hardware/systems listing) the hundred-and-twenty-fifth and hundred-and-twenty-sixth (5255-5338, the same listing) and the
 * hundred-and-twenty-seventh and hundred-and-twenty-eighth (5339-5422, the same listing) and the hundred-and-twenty-ninth
 * and hundred-and-thirtieth (5423-5506, the cs.LG listing) and the hundred-and-thirty-first and hundred-and-thirty-second
 * (5507-5590, the same listing) and the hundred-and-thirty-third and hundred-and-thirty-fourth (5591-5674, the same listing)
 * and the hundred-and-thirty-fifth and hundred-and-thirty-sixth (5675-5758, the same listing) and the hundred-and-thirty-seventh
 * and hundred-and-thirty-eighth (5759-5842, the same listing), the hundred-and-thirty-ninth to hundred-and-forty-eighth
 * (5843-6262, the same listing, five passes of the twenty-seventh session), the seventy-ninth to eighty-second (6263-6598, the
 * same listing) and the eighty-third to eighty-seventh (6599-7018, the cs.LG listing `cs_LG_part02`; nine passes of the
 * twenty-eighth session), the eighty-eighth to ninety-seventh (7019-7858, the same listing; ten passes of the
 * twenty-ninth session), and the ninety-eighth to hundred-and-fourteenth (7859-9286: the rest of `cs_LG_part02`, then
 * `cs_LG_part03` and `other_cs_sample_part04`; seventeen passes of the thirtieth session), all evaluated and reported by
 * earlier passes. A pass labels fresh blocks (lines 9287 on) before changing rules.
 */
export const TUNING_LINES = 9286;

/** Papers per labeled block: held-out lines are reported per block as well as together. */
export const BLOCK_SIZE = 42;

/** Tuning and held-out lines of the label file, by position. */
export function splitLabels<T>(labels: T[]): { tuning: T[]; heldOut: T[] } {
  return { tuning: labels.slice(0, TUNING_LINES), heldOut: labels.slice(TUNING_LINES) };
}

const SECOND = join(ROOT, 'eval/results/labels-second.jsonl');

function readLabels(file: string): LabeledPaper[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean)
    .map((l, i) => { try { return JSON.parse(l) as LabeledPaper; } catch (err) { throw new Error(`${file} line ${i + 1}: ${(err as Error).message}`); } });
}

/** Papers a second annotator labeled too (labels-second.jsonl): agreement, and the extractor against each. */
function secondAnnotator(labels: LabeledPaper[], predicted: Map<string, Claim[]>): AgreementReport | undefined {
  if (!existsSync(SECOND)) return undefined;
  const second = readLabels(SECOND);
  const ids = new Set(second.map((p) => p.id));
  const first = labels.filter((p) => ids.has(p.id));
  const lines = labels.map((p, i) => (ids.has(p.id) ? i + 1 : 0)).filter(Boolean);
  return {
    lines: `${lines[0]}-${lines[lines.length - 1]}`,
    betweenAnnotators: agreement(first, second),
    extractorVsFirst: scoreClaims(first, predicted),
    extractorVsSecond: scoreClaims(second, predicted),
  };
}

export async function runResultsEval(args: string[]): Promise<void> {
  const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const data = resolve(opt('--data') ?? process.env.PAPERBOY_SHARED_DATA ?? join(ROOT, '../shared/data'));
  const out = resolve(opt('--out') ?? join(ROOT, 'docs/RESULTS.md'));
  let labels = readLabels(join(ROOT, 'eval/results/labels.jsonl'));
  const split = splitLabels(labels);
  const tuningOnly = args.includes('--tuning');
  if (tuningOnly) labels = split.tuning;
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
  const msPerPaper = ms / labels.length;
  if (tuningOnly) { console.log(renderTuningReport(scoreClaims(split.tuning, predicted), msPerPaper)); return; }
  const report = renderResultsReport({
    agreement: secondAnnotator(labels, predicted),
    all: scoreClaims(labels, predicted),
    tuning: scoreClaims(split.tuning, predicted),
    heldOut: scoreClaims(split.heldOut, predicted),
    heldOutBlocks: Array.from({ length: Math.ceil(split.heldOut.length / BLOCK_SIZE) }, (_, b) => ({
      first: TUNING_LINES + b * BLOCK_SIZE + 1,
      score: scoreClaims(split.heldOut.slice(b * BLOCK_SIZE, (b + 1) * BLOCK_SIZE), predicted),
    })),
    msPerPaper,
  });
  if (args.includes('--print')) { console.log(report); return; }
  const marker = /<!-- eval:start -->[\s\S]*<!-- eval:end -->/;
  const doc = existsSync(out) ? readFileSync(out, 'utf8') : '';
  const block = `<!-- eval:start -->\n${report}\n<!-- eval:end -->`;
  writeFileSync(out, marker.test(doc) ? doc.replace(marker, block) : `${doc}${doc ? '\n' : ''}${block}\n`);
  console.error(`eval: wrote ${out}`);
}
