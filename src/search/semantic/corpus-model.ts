/**
 * The built-in embedding model, learned from the corpus itself: no download, no network.
 *
 * Word vectors come from the truncated SVD of the PPMI word-context matrix (Levy, Goldberg and
 * Dagan 2015 found it as good as word2vec when tuned the same way); a text's vector is the SIF
 * average of its word vectors. Words that share contexts across the corpus ("quantization",
 * "low-bit", "int8") get nearby vectors, so a query finds papers worded differently from it.
 */
import { trainCorpusData, type TrainOptions } from './corpus-train.ts';
import { decodeModel, encodeModel, type CorpusModelData } from './model-codec.ts';
import { addWord, finishVector, sifWeights, type SifSpace } from './sif.ts';
import { splitTitle, type DocText } from './training-sample.ts';
import { WordIds } from './word-ids.ts';

export type { DocText } from './training-sample.ts';
export type { TrainOptions } from './corpus-train.ts';

/**
 * Trains a model on documents ("title. abstract" texts, or { title, abstract }). An array is
 * sampled by stride up front; any other iterable is read once, in a single pass.
 */
export function trainCorpusModel(docs: Iterable<DocText>, options?: TrainOptions): CorpusModel {
  return new CorpusModel(trainCorpusData(docs, options));
}

export class CorpusModel {
  readonly dim: number;
  readonly vocabSize: number;
  readonly trainedDocs: number;
  private readonly index = new Map<string, number>();
  private readonly ids: WordIds;
  private readonly space: SifSpace;
  /** Per-word multiplier of the text being embedded, and which words have one (reset after use). */
  private readonly scratch: Float64Array;
  private readonly touched: Int32Array;

  constructor(private readonly data: CorpusModelData) {
    this.dim = data.dim;
    this.vocabSize = data.stems.length;
    this.trainedDocs = data.trainedDocs;
    data.stems.forEach((stem, i) => this.index.set(stem, i));
    this.ids = new WordIds(this.index);
    this.scratch = new Float64Array(this.vocabSize);
    this.touched = new Int32Array(this.vocabSize);
    this.space = { dim: data.dim, vectors: data.vectors, weights: sifWeights(data.counts, data.sifA), principal: data.principal };
  }

  static deserialize(buf: Uint8Array): CorpusModel {
    return new CorpusModel(decodeModel(buf));
  }

  serialize(): Buffer {
    return encodeModel(this.data);
  }

  /**
   * A unit vector for a query or a "title. abstract" text (title words weigh titleWeight times),
   * or all zeros when the text has no known word.
   */
  embed(text: DocText): Float32Array {
    // Multipliers are summed per distinct word first, so a word repeated across an abstract
    // costs one vector addition (a quarter to a third fewer on real abstracts).
    const [title, rest] = splitTitle(text);
    const { scratch, touched } = this;
    let n = 0;
    const count = (multiplier: number) => (id: number): void => {
      if (scratch[id] === 0) touched[n++] = id;
      scratch[id] += multiplier;
    };
    this.ids.forEach(title, count(this.data.titleWeight));
    this.ids.forEach(rest, count(1));
    const sum = new Float64Array(this.dim);
    for (let i = 0; i < n; i++) {
      const id = touched[i];
      addWord(this.space, sum, id, scratch[id]);
      scratch[id] = 0;
    }
    return finishVector(this.space, sum);
  }

  embedMany(texts: Iterable<DocText>): Float32Array[] {
    return Array.from(texts, (t) => this.embed(t));
  }

  /**
   * tf-idf weight of each known stem of a text: occurrences (title ones times titleWeight) times
   * log(N / df), the information a word carries given how many training documents hold it.
   */
  termWeights(text: DocText): Map<string, number> {
    const out = new Map<string, number>();
    const [title, rest] = splitTitle(text);
    const add = (multiplier: number) => (id: number): void => {
      const stem = this.data.stems[id];
      const idf = Math.log(this.trainedDocs / this.data.df[id]);
      out.set(stem, (out.get(stem) ?? 0) + multiplier * idf);
    };
    this.ids.forEach(title, add(this.data.titleWeight));
    this.ids.forEach(rest, add(1));
    return out;
  }

  /** The most frequent written form of a stem, for display (the stem itself if unknown). */
  surface(stem: string): string {
    const id = this.index.get(stem);
    return id === undefined ? stem : this.data.surfaces[id];
  }

  /** A word's vector (a view into the model), or undefined for an unknown stem. */
  wordVector(stem: string): Float32Array | undefined {
    const id = this.index.get(stem);
    return id === undefined ? undefined : this.data.vectors.subarray(id * this.dim, (id + 1) * this.dim);
  }

  /** The vocabulary stems, most widespread first. */
  stems(): readonly string[] {
    return this.data.stems;
  }
}

/**
 * The n readable words that weigh most in both texts (by the product of their tf-idf weights, so a
 * word must matter to both), for explaining why two papers are similar.
 */
export function sharedTerms(model: CorpusModel, a: DocText, b: DocText, n: number): string[] {
  const wa = model.termWeights(a);
  const wb = model.termWeights(b);
  const shared: [string, number][] = [];
  for (const [stem, w] of wa) {
    const other = wb.get(stem);
    if (other !== undefined && w * other > 0) shared.push([stem, w * other]);
  }
  shared.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return shared.slice(0, n).map(([stem]) => model.surface(stem));
}
