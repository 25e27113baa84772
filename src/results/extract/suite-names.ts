/**
 * Benchmarks the dictionary does not know yet, read from how they are named: "OSWorkerBench", "FullStack-Bench",
 * "SWE-Bench++", "QuanBench+", "Seed-TTS-Eval", "VerilogEval-Human", "IPIArena". New suites appear every week and most
 * are named this way; a score in the same sentence that no rule gave a benchmark takes the nearest one. They only fill
 * the field, last: the rules that read what kind of benchmark a score is on (a suite of tasks, a question set) see the
 * dictionary's names alone, so no metric or claim changes with them.
 */
import { QUALITY_METRICS, type Claim } from '../types.ts';
import type { EntityHit } from './entities.ts';

// (Not "Benchmark", "Evaluation" or "Arenas"; "G-Eval" is a judge's metric, not a suite.)
const SUITE_NAME = /(?<![\w-])(?!G-Eval\b)[A-Z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*?-?(?:Bench|Eval|Arena)(?![a-z])(?:-[A-Z][A-Za-z0-9]*(?:\.\d+)*|-\d+(?:\.\d+)?)*(?:\+\+?)?(?![\w-])/g;
const SUITE_WORD = /Bench|Eval|Arena/;
/** The suite names written in `text` that no dictionary hit covers. */
export function suiteNames(text: string, known: EntityHit[]): EntityHit[] {
  if (!SUITE_WORD.test(text)) return [];
  const out: EntityHit[] = [];
  SUITE_NAME.lastIndex = 0;
  for (let m = SUITE_NAME.exec(text); m; m = SUITE_NAME.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!known.some((k) => k.start < end && start < k.end)) out.push({ name: m[0], kind: 'benchmark', start, end });
  }
  return out;
}

// "across seven QA benchmarks", "on three datasets": an evaluation on several sets, not all named.
export const SEVERAL_SETS = /\b(?:benchmarks|datasets|suites)\b/i;

/**
 * Gives a score with no benchmark the suite named nearest to it in its own sentence, within its clause; a paper whose
 * only benchmark is one such suite ("We introduce OSWorkerBench ... the best agent completes 31% of tasks") gives it to
 * the scores of the sentences that name none, as one the dictionary knows would be (labels, rule 22).
 */
export function fillSuiteNames(claims: Claim[], title: string, abstract: string, known: (text: string) => EntityHit[]): void {
  let only: string | null | undefined;
  const paperSuite = () => {
    if (only !== undefined) return only;
    const texts = [title, abstract];
    const names = new Set(texts.flatMap((t) => suiteNames(t, known(t)).map((h) => h.name)));
    const ownTitle = [...names].some((n) => title.startsWith(n));
    only = names.size === 1 && texts.every((t) => known(t).length === 0) && (ownTitle || !SEVERAL_SETS.test(abstract)) ? [...names][0]! : null;
    return only;
  };
  for (const c of claims) {
    if (c.benchmark || !QUALITY_METRICS.has(c.metric)) continue;
    if (!SUITE_WORD.test(c.span)) {
      const name = paperSuite();
      if (name) c.benchmark = name;
      continue;
    }
    const at = c.valueStart - c.spanStart;
    const end = c.valueEnd - c.spanStart;
    let best: EntityHit | null = null;
    for (const h of suiteNames(c.span, known(c.span))) {
      if (/;/.test(c.span.slice(Math.min(h.end, end), Math.max(h.start, at)))) continue;
      if (!best || Math.abs(h.start - at) < Math.abs(best.start - at)) best = h;
    }
    if (best) c.benchmark = best.name;
  }
}
