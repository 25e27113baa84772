/** The generated part of docs/RECOMMENDATIONS.md. */
import { mean } from '../metrics.ts';
import type { ReaderResult, Summary } from './evaluate.ts';

export interface ReportInput {
  date: string;
  seed: number;
  reviewer: { readers: number; skipped: number; papers: number; indexSeconds: number; summary: Summary[]; results: ReaderResult[] };
  listings: {
    papers: number; window: { from: string; to: string; size: number; upvoted: number }; indexSeconds: number;
    category: Summary[]; authors: Summary[]; all: Summary[]; results: ReaderResult[];
  };
}

const f = (x: number) => x.toFixed(3);

function table(rows: Summary[], withUpvotes = true): string[] {
  const head = withUpvotes
    ? ['| positives (and as many negatives) | readers | model P@10 | nDCG@10 | recency P@10 | nDCG@10 | upvotes P@10 | nDCG@10 | random P@10 | nDCG@10 |', '|---|---|---|---|---|---|---|---|---|---|']
    : ['| positives | readers | model P@10 | nDCG@10 | recency P@10 | nDCG@10 | random P@10 | nDCG@10 |', '|---|---|---|---|---|---|---|---|'];
  return [...head, ...rows.map((s) => `| ${s.n} | ${s.readers} | **${f(s.model.p10)}** | **${f(s.model.ndcg10)}** | ${f(s.recency.p10)} | ${f(s.recency.ndcg10)} | ${withUpvotes ? `${f(s.upvotes.p10)} | ${f(s.upvotes.ndcg10)} | ` : ''}${f(s.random.p10)} | ${f(s.random.ndcg10)} |`)];
}

export function renderResults(r: ReportInput): string {
  const at10 = r.listings.all.find((s) => s.n === 10);
  const ratio = at10 && at10.upvotes.p10 > 0 ? at10.model.p10 / at10.upvotes.p10 : Infinity;
  const verdict = at10 ? (ratio >= 2 ? 'met' : 'missed') : 'not measured';
  const judged = r.reviewer.results.filter((x) => x.judgedOnly);
  const perCategory = r.listings.results.filter((x) => x.reader.kind === 'category' && x.n === 10);
  return [
    `Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC by \`npm run eval -- --only recommendations\` (eval/recommendations/, seed ${r.seed}). Generated: edit eval/recommendations/, not this section.`,
    '',
    '### Target',
    '',
    '| target | this run | verdict |',
    '|---|---|---|',
    `| precision@10 after 10 positive signals ≥ 2 × the upvote ranking's (simulated readers) | ${at10 ? `${f(at10.model.p10)} vs ${f(at10.upvotes.p10)} (${Number.isFinite(ratio) ? ratio.toFixed(1) : '∞'}×)` : '-'} | ${verdict} |`,
    '',
    `### Simulated readers on the arXiv listings`,
    '',
    `${r.listings.papers.toLocaleString('en-US')} listing papers imported and indexed in ${r.listings.indexSeconds.toFixed(0)} s. The feed's candidates are the product's: the newest ${r.listings.window.size.toLocaleString('en-US')} papers (listed ${r.listings.window.from} to ${r.listings.window.to}; ${r.listings.window.upvoted} of them have Hugging Face upvotes). Signals come from the papers listed before. Each reader is a real account: its positives are real upvotes and its negatives real "not interested" marks, the trainer trains and ranks as for a request, and the stored feed is measured. Baselines rank the same candidates (minus the ones the reader acted on) newest first, most upvoted first, and at random.`,
    '',
    '**Category readers** (one category each; relevant: papers of that primary category, grade 2, or cross-listed there, grade 1):',
    '',
    ...table(r.listings.category),
    '',
    '**Author readers** (an author and their two most frequent co-authors; relevant: the group\'s new papers):',
    '',
    ...table(r.listings.authors),
    '',
    '**All simulated readers:**',
    '',
    ...table(r.listings.all),
    '',
    'Per category at 10 positives (model P@10 / upvotes P@10):',
    '',
    perCategory.map((x) => `${x.reader.name} ${f(x.model.p10)} / ${f(x.upvotes.p10)}`).join(' · '),
    '',
    '### Real researchers (reviewer-paper-match)',
    '',
    `${r.reviewer.papers.toLocaleString('en-US')} Semantic Scholar papers imported and indexed in ${r.reviewer.indexSeconds.toFixed(0)} s; ${r.reviewer.readers} of the 58 researchers have more than 10 papers of their own (${r.reviewer.skipped} left out). Signals: 10 of their own papers as upvotes. Relevant: their other papers (grade 2) and the papers they graded with expertise 4.5-5 (grade 2) or 4-4.25 (grade 1); the candidates are every paper of the set. The set has no upvotes, so there is no upvote baseline; recency ranks by publication year.`,
    '',
    ...table(r.reviewer.summary, false),
    '',
    judged.length ? `Ordering only the papers each researcher graded (the data set's own question, nDCG@10 over ${judged.length} researchers): model ${f(mean(judged.map((x) => x.judgedOnly!.model)))}, random order ${f(mean(judged.map((x) => x.judgedOnly!.random)))}.` : '',
  ].join('\n');
}
