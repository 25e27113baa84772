import type { CorpusModel } from '../search/semantic/corpus-model.ts';
import { dequantize, quantize } from '../search/semantic/vector-codec.ts';
import { AUTHOR_PREFIX, cosine, displayTerm } from './features.ts';
import type { Weights } from './train.ts';
import type { Anchor, PaperFeatures, ReaderModel, Reason, SignalKind } from './types.ts';

/** Words a stored model keeps: the strongest by |weight|; the rest barely move a score. */
export const MODEL_TERMS = 400;
/** Reader papers kept to explain by ("close to your ..."): the most recent positives. */
export const MODEL_ANCHORS = 100;
/** An anchor is named only when this close: below it "close to" would be a stretch. */
export const NEAR_MIN = 0.3;

/** A model ready to score: the stored model with its words in a map and its anchors decoded. */
export interface ScoringModel {
  stored: ReaderModel;
  dense: Float64Array;
  terms: Map<string, number>;
  anchors: Array<{ anchor: Anchor; vec: Float32Array }>;
}

export interface ModelParts {
  weights: Weights;
  corpus: CorpusModel;
  embeddingModelId: number;
  anchors: Array<{ rowid: number; id: string; title: string; dense: Float32Array }>;
  counts: Partial<Record<SignalKind, number>>;
  positives: number;
  negatives: number;
  background: number;
  trainedAt: string;
}

/** The vocabulary words (among `stems`) whose word vectors point most along the embedding weights. */
function topicsOf(corpus: CorpusModel, dense: Float64Array, stems: Iterable<string>, n: number): string[] {
  const norm = Math.sqrt(dense.reduce((s, x) => s + x * x, 0));
  if (norm === 0) return [];
  const scored: Array<[string, number]> = [];
  for (const stem of stems) {
    const v = corpus.wordVector(stem);
    if (!v) continue;
    let dot = 0;
    let vv = 0;
    for (let i = 0; i < v.length; i++) { dot += v[i]! * dense[i]!; vv += v[i]! * v[i]!; }
    if (vv > 0 && dot > 0) scored.push([stem, dot / Math.sqrt(vv) / norm]);
  }
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return scored.slice(0, n).map(([s]) => corpus.surface(s));
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** The stored form of trained weights, with what the model page and the explanations need. */
export function buildReaderModel(p: ModelParts): ReaderModel {
  const terms = [...p.weights.terms].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, MODEL_TERMS);
  return {
    version: 1,
    embeddingModelId: p.embeddingModelId,
    bias: round(p.weights.bias),
    dense: Array.from(p.weights.dense, round),
    terms: terms.map(([stem, w]) => [stem, displayTerm(p.corpus, stem), round(w)]),
    topics: topicsOf(p.corpus, p.weights.dense, p.weights.terms.keys(), 8),
    anchors: p.anchors.slice(0, MODEL_ANCHORS).map((a) => ({ rowid: a.rowid, id: a.id, title: a.title, vec: quantize(a.dense).toString('base64') })),
    counts: p.counts, positives: p.positives, negatives: p.negatives, background: p.background, trainedAt: p.trainedAt,
  };
}

/** Prepares a stored model for scoring. */
export function scoringModel(m: ReaderModel): ScoringModel {
  const dim = m.dense.length;
  return {
    stored: m,
    dense: Float64Array.from(m.dense),
    terms: new Map(m.terms.map(([stem, , w]) => [stem, w])),
    anchors: m.anchors.map((a) => ({ anchor: a, vec: dequantize(Buffer.from(a.vec, 'base64'), dim) })),
  };
}

/** The model's score of a paper: higher is more this reader's (a log-odds, comparable within a model). */
export function scorePaper(m: ScoringModel, f: PaperFeatures): number {
  let z = m.stored.bias;
  for (let d = 0; d < m.dense.length; d++) z += m.dense[d]! * f.dense[d]!;
  for (const [t, x] of f.terms) z += (m.terms.get(t) ?? 0) * x;
  return z;
}

/**
 * Why a paper scored as it did: its words that added most to the score (weight times the word's
 * tf-idf in the paper), written as they appear in papers, and the reader's papers closest in meaning.
 */
export function explain(m: ScoringModel, f: PaperFeatures, corpus: { surface(stem: string): string }, nTerms = 3, nNear = 2): Reason {
  const contributions: Array<[string, number]> = [];
  const authors: Array<[string, number]> = [];
  for (const [t, x] of f.terms) {
    const w = m.terms.get(t);
    if (w !== undefined && w * x > 0) (t.startsWith(AUTHOR_PREFIX) ? authors : contributions).push([t, w * x]);
  }
  const order = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
  contributions.sort(order);
  authors.sort(order);
  const near = m.anchors
    .filter((a) => a.anchor.rowid !== f.rowid)
    .map((a) => ({ id: a.anchor.id, title: a.anchor.title, similarity: round(cosine(a.vec, f.dense)) }))
    .filter((a) => a.similarity >= NEAR_MIN)
    .sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : 1))
    .slice(0, nNear);
  return { terms: contributions.slice(0, nTerms).map(([t]) => corpus.surface(t)), authors: authors.slice(0, 2).map(([t]) => displayTerm(corpus, t)), near };
}

/** The words the model learned most for and against, for the model page. */
export function learnedTerms(m: ReaderModel, n: number): { liked: string[]; disliked: string[] } {
  const liked = m.terms.filter(([, , w]) => w > 0).slice(0, n).map(([, s]) => s);
  const disliked = m.terms.filter(([, , w]) => w < 0).slice(0, n).map(([, s]) => s);
  return { liked, disliked };
}
