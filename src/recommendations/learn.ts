import type { CorpusModel } from '../search/semantic/corpus-model.ts';
import { buildReaderModel, explain, scorePaper, scoringModel, type ScoringModel } from './model.ts';
import { TRAIN_DEFAULTS, trainLogistic, type TrainOptions } from './train.ts';
import type { Example, FeedEntry, PaperFeatures, ReaderModel, SignalKind } from './types.ts';

/** Random papers per model standing for "everything else" (weak negatives, as arxiv-sanity-lite's SVM takes every other paper). */
export const BACKGROUND_PAPERS = 200;

/**
 * Training examples: papers with a positive net weight are positives, with a negative net weight
 * negatives (weighing what their signals weigh); background papers are negatives that together
 * weigh as much as the positives, so they say "not everything is interesting" without drowning
 * out one explicit "not interested" (which weighs as much as twenty background papers at 10 positives).
 */
export function examplesFrom(labels: Map<number, number>, features: Map<number, PaperFeatures>, background: PaperFeatures[]): Example[] {
  const out: Example[] = [];
  let positive = 0;
  for (const [rowid, w] of [...labels].sort((a, b) => a[0] - b[0])) {
    const f = features.get(rowid);
    if (!f || w === 0) continue;
    out.push({ features: f, label: w > 0 ? 1 : 0, weight: Math.abs(w) });
    if (w > 0) positive += w;
  }
  const bg = background.filter((f) => !labels.has(f.rowid));
  for (const f of bg) out.push({ features: f, label: 0, weight: positive / bg.length });
  return out;
}

export interface LearnInput {
  labels: Map<number, number>;
  features: Map<number, PaperFeatures>;
  background: PaperFeatures[];
  corpus: CorpusModel;
  embeddingModelId: number;
  /** Reader's positive papers to explain by, most recent first. */
  anchors: Array<{ rowid: number; id: string; title: string }>;
  counts: Partial<Record<SignalKind, number>>;
  trainedAt: string;
  options?: TrainOptions;
}

/** Trains a reader's model from labelled papers; null when there is no positive to learn from. */
export function learnReaderModel(input: LearnInput): ReaderModel | null {
  const examples = examplesFrom(input.labels, input.features, input.background);
  const labelled = examples.filter((e) => input.labels.has(e.features.rowid));
  const positives = labelled.filter((e) => e.label === 1).length;
  if (positives === 0) return null;
  const dim = examples[0]!.features.dense.length;
  const weights = trainLogistic(examples, dim, input.options ?? TRAIN_DEFAULTS);
  const anchors = input.anchors.flatMap((a) => {
    const f = input.features.get(a.rowid);
    return f && (input.labels.get(a.rowid) ?? 0) > 0 ? [{ ...a, dense: f.dense }] : [];
  });
  return buildReaderModel({
    weights, corpus: input.corpus, embeddingModelId: input.embeddingModelId, anchors, counts: input.counts,
    positives, negatives: labelled.length - positives, background: examples.length - labelled.length, trainedAt: input.trainedAt,
  });
}

/**
 * Candidates best first with their reasons; `exclude` (papers the reader already acted on) never
 * shows. Ties go to the newer paper (the higher rowid).
 */
export function rankCandidates(model: ScoringModel | ReaderModel, candidates: PaperFeatures[], corpus: { surface(stem: string): string },
  exclude: Set<number>, limit: number): FeedEntry[] {
  const m = 'stored' in model ? model : scoringModel(model);
  const scored = candidates.filter((f) => !exclude.has(f.rowid)).map((f) => ({ f, score: scorePaper(m, f) }));
  scored.sort((a, b) => b.score - a.score || b.f.rowid - a.f.rowid);
  return scored.slice(0, limit).map(({ f, score }) => ({ rowid: f.rowid, score: Math.round(score * 1e4) / 1e4, reason: explain(m, f, corpus) }));
}
