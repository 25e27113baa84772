import { precision, recall, type FieldName, type Score } from './score.ts';

const TARGETS: Record<FieldName, { p: number; r: number } | null> = {
  'metric+value+unit': { p: 0.9, r: 0.8 }, baseline: { p: 0.8, r: 0.8 }, hardware: { p: 0.8, r: 0.8 }, benchmark: null,
};
const f2 = (x: number) => x.toFixed(2);

function table(s: Score): string {
  const rows = (Object.keys(s.fields) as FieldName[]).map((f) => {
    const c = s.fields[f];
    const t = TARGETS[f];
    const met = t ? (precision(c) >= t.p && recall(c) >= t.r ? 'met' : 'missed') : 'no target';
    return `| ${f} | ${f2(precision(c))} | ${f2(recall(c))} | ${c.tp} | ${c.predicted} | ${c.gold} | ${t ? `P ≥ ${t.p}, R ≥ ${t.r}: ${met}` : met} |`;
  });
  return ['| field | precision | recall | correct | predicted | labeled | target |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

/** The eval section of docs/RESULTS.md. */
export function renderResultsReport(r: { all: Score; dev: Score; heldOut: Score; heldOut2?: Score; msPerPaper: number }): string {
  const misses = r.all.misses.map((m) => `- ${m.id}: ${m.kind}${m.field ? ` (${m.field})` : ''}: ${m.detail}`);
  return [
    `### All ${r.all.papers} labeled papers (${r.all.goldClaims} labeled claims, ${r.all.predictedClaims} extracted)`,
    '', table(r.all), '',
    `### Held-out half (${r.heldOut.papers} papers, ${r.heldOut.goldClaims} claims; not read while tuning)`,
    '', table(r.heldOut), '',
    ...(r.heldOut2 && r.heldOut2.papers > 0 ? [
      `### Second held-out block (${r.heldOut2.papers} papers, ${r.heldOut2.goldClaims} claims; labeled before the later rule changes, not read while tuning)`,
      '', table(r.heldOut2), '',
    ] : []),
    `### Dev half (${r.dev.papers} papers, ${r.dev.goldClaims} claims; misses read while tuning)`,
    '', table(r.dev), '',
    `Extraction took ${r.msPerPaper.toFixed(2)} ms per paper on average.`,
    '', '### Every miss', '',
    '<details><summary>' + `${r.all.misses.length} misses (missed, spurious, wrong field)` + '</summary>', '',
    ...misses, '', '</details>',
  ].join('\n');
}
