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
  authors?: string[];
}

/** Feature keys of authors start with this (no word stem does): a reader may follow people, not only topics. */
export const AUTHOR_PREFIX = '@';
/**
 * How much the authors weigh beside the words (both unit length before this). Half: a paper is
 * mostly its subject, but ten upvotes of one group's papers should find the group's next one.
 */
export const AUTHOR_WEIGHT = 0.5;
/** Authors counted per paper: collaborations list hundreds, who say little each. */
const MAX_AUTHORS = 20;

/** The written form of a feature key: a word's most frequent spelling, or an author's name. */
export function displayTerm(corpus: { surface(stem: string): string }, key: string): string {
  return key.startsWith(AUTHOR_PREFIX) ? key.slice(AUTHOR_PREFIX.length) : corpus.surface(key);
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
  const terms = termFeatures(corpus, p);
  const authors = [...new Set((p.authors ?? []).map((a) => a.replace(/\s+/g, ' ').trim()).filter(Boolean))].slice(0, MAX_AUTHORS);
  for (const a of authors) terms.set(`${AUTHOR_PREFIX}${a}`, AUTHOR_WEIGHT / Math.sqrt(authors.length));
  return { rowid: p.rowid, dense: vec ? dequantize(vec, dim) : new Float32Array(dim), terms };
}

/** Cosine of two unit vectors (0 when either is zero). */
export function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
