import { precision, recall, type FieldName, type Score } from './score.ts';

const TARGETS: Record<FieldName, { p: number; r: number } | null> = {
  'metric+value+unit': { p: 0.9, r: 0.8 }, baseline: { p: 0.8, r: 0.8 }, hardware: { p: 0.8, r: 0.8 }, benchmark: null,
  direction: null, qualifier: null,
};
/** A field no claim of the lines predicts or labels (direction and qualifier are labeled on some lines only). */
const unscored = (c: Score['fields'][FieldName]) => c.predicted === 0 && c.gold === 0;
const f2 = (x: number) => x.toFixed(2);

/** `tuned`: the set holds lines read while the rules were tuned, so a target reached there is no evidence. */
function table(s: Score, tuned = false): string {
  const rows = (Object.keys(s.fields) as FieldName[]).filter((f) => !unscored(s.fields[f])).map((f) => {
    const c = s.fields[f];
    const t = TARGETS[f];
    const met = t ? (precision(c) >= t.p && recall(c) >= t.r ? (tuned ? 'reached on tuned lines (not evidence; see held-out)' : 'met') : 'missed') : 'no target';
    return `| ${f} | ${f2(precision(c))} | ${f2(recall(c))} | ${c.tp} | ${c.predicted} | ${c.gold} | ${t ? `P ≥ ${t.p}, R ≥ ${t.r}: ${met}` : met} |`;
  });
  return ['| field | precision | recall | correct | predicted | labeled | target |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

/** One row per held-out block: its lines and each field's precision / recall. */
function blockTable(blocks: { first: number; score: Score }[]): string {
  const fields = (Object.keys(blocks[0]!.score.fields) as FieldName[]).filter((f) => blocks.some((b) => !unscored(b.score.fields[f])));
  const rows = blocks.map(({ first, score }) => `| ${first}-${first + score.papers - 1} | ${score.goldClaims} | ${fields
    .map((f) => (unscored(score.fields[f]) ? '-' : `${f2(precision(score.fields[f]))} / ${f2(recall(score.fields[f]))}`)).join(' | ')} |`);
  return [`| lines | claims | ${fields.join(' | ')} |`, `|---|---|${fields.map(() => '---|').join('')}`, ...rows].join('\n');
}

const missLines = (s: Score) => s.misses.map((m) => `- ${m.id}: ${m.kind}${m.field ? ` (${m.field})` : ''}: ${m.detail}`);

/** Papers labeled twice: the two annotators against each other, and the extractor against each. */
export interface AgreementReport { lines: string; betweenAnnotators: Score; extractorVsFirst: Score; extractorVsSecond: Score }

function agreementTable(a: AgreementReport): string {
  const pr = (c: Score['fields'][FieldName]) => `${f2(precision(c))} / ${f2(recall(c))}`;
  const rows = (Object.keys(a.betweenAnnotators.fields) as FieldName[]).filter((f) => !unscored(a.betweenAnnotators.fields[f])).map((f) =>
    `| ${f} | ${pr(a.betweenAnnotators.fields[f])} | ${pr(a.extractorVsFirst.fields[f])} | ${pr(a.extractorVsSecond.fields[f])} |`);
  return [
    `### Agreement between annotators (lines ${a.lines}: ${a.betweenAnnotators.papers} papers labeled twice, blind; first ${a.betweenAnnotators.goldClaims} claims, second ${a.betweenAnnotators.predictedClaims})`,
    '', 'Precision / recall: the second annotator scored against the first, and the extractor against each of them.', '',
    '| field | second vs first | extractor vs first | extractor vs second |', '|---|---|---|---|', ...rows,
  ].join('\n');
}

/** The eval section of docs/RESULTS.md. */
export function renderResultsReport(r: {
  all: Score; tuning: Score; heldOut: Score; heldOutBlocks: { first: number; score: Score }[]; msPerPaper: number;
  agreement?: AgreementReport;
}): string {
  return [
    `### All ${r.all.papers} labeled papers (${r.all.goldClaims} labeled claims, ${r.all.predictedClaims} extracted)`,
    '', table(r.all, true), '',
    `### Tuning set (lines 1-${r.tuning.papers}: ${r.tuning.papers} papers, ${r.tuning.goldClaims} claims; misses read while tuning)`,
    '', table(r.tuning, true), '',
    ...(r.heldOut.papers > 0 ? [
      `### Held-out (lines ${r.tuning.papers + 1}-${r.tuning.papers + r.heldOut.papers}: ${r.heldOut.papers} papers, ${r.heldOut.goldClaims} claims; labeled before the rule changes, not read while tuning)`,
      '', table(r.heldOut), '',
      ...(r.heldOutBlocks.length > 1 ? ['Each held-out block (precision / recall):', '', blockTable(r.heldOutBlocks), ''] : []),
    ] : []),
    ...(r.agreement ? [agreementTable(r.agreement), ''] : []),
    `Extraction took ${r.msPerPaper.toFixed(2)} ms per paper on average.`,
    '', '### Every miss', '',
    `<details><summary>Held-out: ${r.heldOut.misses.length} misses (missed, spurious, wrong field)</summary>`, '',
    ...missLines(r.heldOut), '', '</details>', '',
    `<details><summary>Tuning set: ${r.tuning.misses.length} misses (missed, spurious, wrong field)</summary>`, '',
    ...missLines(r.tuning), '', '</details>',
  ].join('\n');
}

/** `--tuning`: the tuning set's table and misses only, printed while changing rules. */
export function renderTuningReport(tuning: Score, msPerPaper: number): string {
  return [
    `### Tuning set (${tuning.papers} papers, ${tuning.goldClaims} claims, ${tuning.predictedClaims} extracted)`,
    '', table(tuning, true), '', `Extraction took ${msPerPaper.toFixed(2)} ms per paper on average.`, '',
    `${tuning.misses.length} misses:`, ...missLines(tuning),
  ].join('\n');
}
