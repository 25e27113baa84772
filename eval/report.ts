/**
 * docs/RELEVANCE.md: the evaluation's tables, what they were measured on, and whether the targets
 * are met. A pure function of the results, so the layout can be tested without running searches.
 */
import type { SearchMode } from '../src/search/types.ts';
import type { ModeResult, SimilarSummary } from './evaluate.ts';

export interface ReportInput {
  /** ISO timestamp of the run. */
  date: string;
  machine: string;
  corpus: { files: string[]; records: number; imported: number | null; importSeconds: number | null };
  index: { built: boolean; note: string; seconds: number | null };
  backend: string;
  knownItem: { count: number; seed: number };
  topics: { count: number; judgments: number; overlapPerTitle: number; overlapAnyTitle: number };
  modes: ModeResult[];
  /** Modes asked for but not available, with why. */
  skipped: Array<{ mode: SearchMode; reason: string }>;
  similar: (SimilarSummary & { seed: number }) | null;
  similarNote: string;
  misses: Array<{ query: string; title: string; rank: number | null }>;
}

/** "Clearly above": at least this much higher nDCG@10 than lexical on the topic set. */
export const TOPIC_MARGIN = 0.05;
export const KNOWN_ITEM_TARGET = 0.9;

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** The targets and whether this run meets them ("not measured" when a mode is missing). */
export function targetRows(modes: readonly ModeResult[]): string[][] {
  const by = (m: SearchMode) => modes.find((r) => r.mode === m);
  const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'met' : '**not met**');
  const hybrid = by('hybrid');
  const lexical = by('lexical');
  const rows: string[][] = [[
    `hybrid known-item MRR@10 ≥ ${KNOWN_ITEM_TARGET}`,
    hybrid ? f3(hybrid.knownItem.scores.mrr10) : 'n/a',
    verdict(hybrid ? hybrid.knownItem.scores.mrr10 >= KNOWN_ITEM_TARGET : null),
  ]];
  for (const m of ['semantic', 'hybrid'] as const) {
    const r = by(m);
    const measured = r && lexical;
    rows.push([
      `${m} topic nDCG@10 ≥ lexical + ${TOPIC_MARGIN}`,
      measured ? `${f3(r.topics.scores.ndcg10)} vs ${f3(lexical.topics.scores.ndcg10)}` : 'n/a',
      verdict(measured ? r.topics.scores.ndcg10 >= lexical.topics.scores.ndcg10 + TOPIC_MARGIN : null),
    ]);
  }
  return rows;
}

export function renderReport(r: ReportInput): string {
  const areas = [...new Set(r.modes.flatMap((m) => [...m.topicsByArea.keys()]))].sort();
  const out = [
    '# Search relevance',
    '',
    `Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC on ${r.machine} by \`npm run eval\` (eval/run.ts). ` +
      'Generated: edit eval/, not this file.',
    '',
    '## Corpus and setup',
    '',
    `- Records: ${r.corpus.records.toLocaleString('en')} arXiv listing records from ${r.corpus.files.length} files ` +
      `(${r.corpus.files.join(', ')}), imported into a fresh database through \`paperboy import\`` +
      (r.corpus.imported !== null ? ` (${r.corpus.imported.toLocaleString('en')} papers` +
        (r.corpus.importSeconds !== null ? `, ${r.corpus.importSeconds.toFixed(1)} s` : '') + ')' : '') + '.',
    `- Index: ${r.index.note}${r.index.seconds !== null ? ` (${r.index.seconds.toFixed(1)} s)` : ''}.`,
    `- Searched through: ${r.backend}.`,
    ...r.skipped.map((s) => `- Not evaluated: ${s.mode} (${s.reason}).`),
    '',
    '## Targets',
    '',
    table(['target', 'this run', 'verdict'], targetRows(r.modes)),
    '',
    `## Known-item search (${r.knownItem.count} queries)`,
    '',
    `Each query is a real title, garbled (words dropped, reordered, swapped for synonyms from eval/synonyms.ts; ` +
      `seed ${r.knownItem.seed}); the one relevant paper is the title's own.`,
    '',
    table(['mode', 'MRR@10', 'recall@10', 'recall@50', 'mean ms', 'p95 ms'], r.modes.map((m) => [
      m.mode, f3(m.knownItem.scores.mrr10), f3(m.knownItem.scores.recall10), f3(m.knownItem.scores.recall50),
      ms(m.knownItem.latency.meanMs), ms(m.knownItem.latency.p95Ms)])),
    '',
    `## Topic search (${r.topics.count} queries, ${r.topics.judgments} judgments)`,
    '',
    'Hand-written descriptions of a subject (eval/topics.json), judged by reading titles and abstracts: grade 2 on ' +
      `topic, 1 related. The queries share few words with the titles they should find: ${pct(r.topics.overlapPerTitle)} ` +
      `of a query's words appear in a relevant title on average (${pct(r.topics.overlapAnyTitle)} in at least one).`,
    '',
    table(['mode', 'nDCG@10', 'P@10', 'recall@50', 'MRR@10', 'mean ms', 'p95 ms'], r.modes.map((m) => [
      m.mode, f3(m.topics.scores.ndcg10), f3(m.topics.scores.precision10), f3(m.topics.scores.recall50),
      f3(m.topics.scores.mrr10), ms(m.topics.latency.meanMs), ms(m.topics.latency.p95Ms)])),
    '',
    'nDCG@10 by area:',
    '',
    table(['area', ...r.modes.map((m) => m.mode)], areas.map((a) => [a, ...r.modes.map((m) => f3(m.topicsByArea.get(a) ?? NaN))])),
    '',
    '## Similar papers',
    '',
    r.similar
      ? `${r.similar.answered} of ${r.similar.seeds} seed papers (seed ${r.similar.seed}; each has a co-author elsewhere in ` +
        'the corpus). A similar paper is a hit when it shares the seed\'s primary category, and separately when it shares ' +
        'an author; the ceiling is the best any system could do on this corpus.\n\n' +
        table(['measure', 'P@10', 'ceiling', 'mean ms'], [
          ['same primary category', f3(r.similar.category), f3(r.similar.ceilingCategory), ms(r.similar.latency.meanMs)],
          ['shared author', f3(r.similar.author), f3(r.similar.ceilingAuthor), ms(r.similar.latency.meanMs)],
        ])
      : `Not measured: ${r.similarNote}.`,
    '',
  ];
  if (r.misses.length) {
    out.push('## Known-item misses (first few, best mode)', '',
      table(['query', 'title', 'rank'], r.misses.map((m) => [m.query, m.title.replace(/\|/g, '\\|'), m.rank === null ? '> 50' : String(m.rank)])), '');
  }
  return out.join('\n');
}
