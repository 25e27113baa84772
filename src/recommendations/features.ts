import type { CorpusModel } from '../search/semantic/corpus-model.ts';
import { dequantize } from '../search/semantic/vector-codec.ts';
import type { PaperFeatures } from './types.ts';

/**
 * Words kept per paper: the strongest by tf-idf. A typical abstract has 60 to 100 distinct stems;
 * the tail (words that occur once and are common) moves no ranking and costs memory per candidate.
 */
export const TERMS_PER_PAPER = 48;

/** What features need of a paper. */
export interface PaperText {
  rowid: number;
  title: string;
  abstract: string;
}

/**
 * The tf-idf weights of a paper's words under the corpus model (title words count more, as in the
 * search index), the strongest TERMS_PER_PAPER kept and scaled to unit length, so a long abstract
 * weighs no more than a short one and the words weigh as much as the embedding (also unit length).
 */
export function termFeatures(corpus: CorpusModel, p: { title: string; abstract: string }): Map<string, number> {
  const weights = [...corpus.termWeights({ title: p.title, abstract: p.abstract })]
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TERMS_PER_PAPER);
  const norm = Math.sqrt(weights.reduce((s, [, w]) => s + w * w, 0));
  return new Map(norm > 0 ? weights.map(([t, w]) => [t, w / norm]) : []);
}

/** Features of a paper from its text and its stored int8 vector (null: a zero vector, words only). */
export function paperFeatures(corpus: CorpusModel, dim: number, p: PaperText, vec: Uint8Array | null): PaperFeatures {
  return { rowid: p.rowid, dense: vec ? dequantize(vec, dim) : new Float32Array(dim), terms: termFeatures(corpus, p) };
}

/** Cosine of two unit vectors (0 when either is zero). */
export function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
