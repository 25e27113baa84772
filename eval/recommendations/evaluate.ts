/**
 * Runs readers through the product's own recommendation code: each simulated reader becomes a real
 * account on a real store, its positives real upvotes and its negatives real "not interested"
 * marks; the Trainer (src/recommendations/trainer.ts) trains and ranks exactly as for a request,
 * and the stored feed is what is measured. Baselines rank the same candidates by date and by upvotes.
 */
import type { Store } from '../../src/db/store.ts';
import { FeatureSource } from '../../src/recommendations/feature-source.ts';
import { scorePaper, scoringModel } from '../../src/recommendations/model.ts';
import { Trainer } from '../../src/recommendations/trainer.ts';
import { mean, ndcgAt, precisionAt, type Judgments } from '../metrics.ts';
import { shuffled, type EvalReader } from './readers.ts';

export interface Candidate { key: string; rowid: number; date: string; upvotes: number }

export interface Scores { p10: number; ndcg10: number }
export interface ReaderResult { reader: EvalReader; n: number; model: Scores; recency: Scores; upvotes: Scores; random: Scores; judgedOnly?: { model: number; random: number } }

const scores = (ranked: string[], j: Judgments): Scores => ({ p10: precisionAt(ranked, j, 10), ndcg10: ndcgAt(ranked, j, 10) });

export interface EvalRun {
  store: Store;
  /** Eval key → stored rowid, and back. */
  rowids: Map<string, number>;
  keys: Map<number, string>;
  /** The feed's candidates (what the trainer ranks), for the baselines. */
  candidates: Candidate[];
  candidateCount: number;
  now: Date;
}

let users = 0;

/** One reader with its first n positives and n negatives: the model's feed and the baselines' rankings. */
export async function evaluateReader(run: EvalRun, features: FeatureSource, reader: EvalReader, n: number, seed: number): Promise<ReaderResult> {
  const { store } = run;
  const user = (await store.accounts.createUser({ email: `reader${++users}@eval.invalid`, displayName: reader.name, passwordHash: 'x', role: 'member', emailVerifiedAt: null, createdAt: run.now.toISOString() }))!;
  const at = new Date(run.now.getTime() - 86_400_000).toISOString();
  const pos = reader.positives.slice(0, n).flatMap((k) => run.rowids.get(k) ?? []);
  const neg = reader.negatives.slice(0, n).flatMap((k) => run.rowids.get(k) ?? []);
  for (const r of pos) await store.votes.add(user.id, r, at);
  for (const r of neg) await store.collections.setState(user.id, r, { readLater: false, read: false, notInterested: true, note: '' }, at);
  const trainer = new Trainer(store, features, () => run.now, (m) => console.error(m), run.candidateCount);
  await trainer.run(user.id, null);
  const stored = await store.recommendations.model(user.id, 'all');
  const acted = new Set([...pos, ...neg]);
  const pool = run.candidates.filter((c) => !acted.has(c.rowid));
  const model = (stored?.feed ?? []).map((e) => run.keys.get(e.rowid)!);
  const recency = [...pool].sort((a, b) => b.date.localeCompare(a.date) || b.rowid - a.rowid).map((c) => c.key);
  const upvotes = [...pool].sort((a, b) => b.upvotes - a.upvotes || b.date.localeCompare(a.date) || b.rowid - a.rowid).map((c) => c.key);
  const random = shuffled(pool.map((c) => c.key), seed);
  const result: ReaderResult = { reader, n, model: scores(model, reader.judgments), recency: scores(recency, reader.judgments), upvotes: scores(upvotes, reader.judgments), random: scores(random, reader.judgments) };
  if (reader.evaluated && stored?.model) {
    // The data set's own question: order the papers this reviewer graded, by the model's score.
    const graded = Object.keys(reader.evaluated).filter((k) => run.rowids.has(k));
    const active = (await features.active())!;
    const feats = await features.features(active, await store.recommendations.papers(graded.map((k) => run.rowids.get(k)!)));
    const m = scoringModel(stored.model);
    const score = (k: string) => scorePaper(m, feats.get(run.rowids.get(k)!)!);
    const byScore = [...graded].sort((a, b) => score(b) - score(a) || a.localeCompare(b));
    result.judgedOnly = { model: ndcgAt(byScore, reader.evaluated, 10), random: ndcgAt(shuffled(graded, seed), reader.evaluated, 10) };
  }
  return result;
}

export interface Summary { n: number; readers: number; model: Scores; recency: Scores; upvotes: Scores; random: Scores }

export function summarize(results: ReaderResult[]): Summary[] {
  const ns = [...new Set(results.map((r) => r.n))].sort((a, b) => a - b);
  const avg = (rs: ReaderResult[], pick: (r: ReaderResult) => Scores): Scores => ({ p10: mean(rs.map((r) => pick(r).p10)), ndcg10: mean(rs.map((r) => pick(r).ndcg10)) });
  return ns.map((n) => {
    const rs = results.filter((r) => r.n === n);
    return { n, readers: rs.length, model: avg(rs, (r) => r.model), recency: avg(rs, (r) => r.recency), upvotes: avg(rs, (r) => r.upvotes), random: avg(rs, (r) => r.random) };
  });
}
