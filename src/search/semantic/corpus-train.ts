/**
 * Training the corpus model: sample, vocabulary, co-occurrence, PPMI, SVD, SIF calibration.
 * Every step is deterministic, so the same corpus and options give a byte-identical model.
 */
import { countCooccurrences } from './cooccurrence.ts';
import type { CorpusModelData } from './model-codec.ts';
import { ppmiMatrix } from './ppmi.ts';
import { addWord, finishVector, principalComponent, sifWeights, type SifSpace } from './sif.ts';
import { randomizedSvd, type CsrMatrix } from './svd.ts';
import { collectSample, type DocText, type TrainingSample } from './training-sample.ts';
import { buildVocabulary } from './vocabulary.ts';

export interface TrainOptions {
  /** Minimum document frequency of a vocabulary word (lowered for corpora under 60 documents). */
  minDf?: number;
  /** Vocabulary cap, by document frequency (at most 65,535). */
  maxVocab?: number;
  /** Co-occurrence window on each side of a word. */
  window?: number;
  /** Vector length (capped at a quarter of the vocabulary for tiny corpora). */
  dim?: number;
  /** Context distribution smoothing exponent of the PPMI. */
  alpha?: number;
  /** Word vectors are U·Σ^p: p = 1 is the plain SVD; lower p evens out the dimensions. */
  eigenPower?: number;
  /** Keep each word's strongest PPMI contexts only (0 = all); bounds the SVD's cost. */
  maxRowEntries?: number;
  /** SIF constant a of a / (a + p(w)). */
  sifA?: number;
  /** How many times a title word counts in a document vector. */
  titleWeight?: number;
  /** Documents analyzed at most (an evenly spaced sample of the input). */
  maxTrainDocs?: number;
  /** How many documents a one-pass iterable will yield, if known: saves analyzing ones later dropped. */
  expectedDocs?: number;
  /** log2 of the co-occurrence table's slot limit (8 bytes a slot): 25 caps it at 256 MB. */
  maxPairBits?: number;
  /** Power iterations of the randomized SVD. */
  powerIterations?: number;
  seed?: number;
  /** Documents sampled to find the common direction SIF removes. */
  principalSample?: number;
  /** Called as each stage ends, with a line of figures (for progress output). */
  onStage?: (stage: string, detail: string) => void;
}

/*
 * Defaults, as measured on 38,758 real arXiv abstracts (bench/embed-quality.ts: same-category
 * precision@10 of nearest papers, and precision@10 of 15 paraphrase queries such as "making
 * networks smaller with fewer bits"):
 * - window 10 rather than the usual 5: topical rather than syntactic neighbours; query precision
 *   0.59 -> 0.63 for 30% more PPMI entries. 20 was no better.
 * - one power iteration: 0 lost 0.07 of query precision, 2 and 4 gained nothing and cost two
 *   sparse products each.
 * - 1,000 PPMI entries per word at most: no measurable loss, and frequent words' rows (which
 *   dominate the SVD's cost as the corpus grows) stay bounded.
 * - p = 0.5, title weight 2, a = 0.01: p of 0 or 1 and title weight 1 or 3 were within noise.
 */
export const TRAIN_DEFAULTS = {
  minDf: 3, maxVocab: 50_000, window: 10, dim: 128, alpha: 0.75, eigenPower: 0.5, maxRowEntries: 1000, sifA: 0.01,
  titleWeight: 2, maxTrainDocs: 200_000, maxPairBits: 25, powerIterations: 1, seed: 1, principalSample: 10_000,
} satisfies Required<Omit<TrainOptions, 'onStage' | 'expectedDocs'>>;

/** Learns word vectors and SIF statistics from documents ("title. abstract" texts). */
export function trainCorpusData(docs: Iterable<DocText>, options: TrainOptions = {}): CorpusModelData {
  const o = { ...TRAIN_DEFAULTS, ...options };
  const done = options.onStage ?? (() => {});

  const sample = collectSample(docs, o.maxTrainDocs, options.expectedDocs);
  const vocab = buildVocabulary(sample, o.minDf, o.maxVocab);
  const v = vocab.stems.length;
  done('analyze', `${sample.docCount} docs, ${sample.tokens.length} words, vocabulary ${v} of ${sample.stems.length} stems`);

  // In a function of its own so the pair table can be collected before the SVD allocates.
  const ppmi = ((): CsrMatrix => {
    const co = countCooccurrences(sample, vocab.remap, v, o.window, o.maxPairBits);
    done('cooccurrence', `${co.pairs.size} pairs, ${co.pairs.prunes} pruning passes`);
    return ppmiMatrix(co, v, { alpha: o.alpha, shift: 0, maxRowEntries: o.maxRowEntries });
  })();
  done('ppmi', `${ppmi.indptr[v]} entries`);

  // A tiny vocabulary cannot fill 128 dimensions with signal; a quarter of it keeps vectors generalizing.
  const dim = Math.max(1, Math.min(o.dim, Math.floor(v / 4)));
  const svd = v > 0 ? randomizedSvd(ppmi, dim, { powerIterations: o.powerIterations, seed: o.seed, withV: false }) : null;
  const k = svd?.k ?? 0;
  const vectors = svd ? wordVectors(svd.u, svd.s, v, k, o.eigenPower) : new Float32Array(0);
  done('svd', `${k} dimensions`);

    const space: SifSpace = { dim: k, vectors, weights: sifWeights(vocab.counts, o.sifA), principal: null };
  const docVectors = sampleDocVectors(sample, vocab.remap, space, o.titleWeight, o.principalSample);
  space.principal = k > 0 ? principalComponent(docVectors, k) : null;
  done('sif', `common direction from ${docVectors.length} docs`);
  return {
    dim: k, trainedDocs: sample.docCount, sifA: o.sifA, titleWeight: o.titleWeight,
    stems: vocab.stems, surfaces: vocab.surfaces, df: vocab.df, counts: vocab.counts, vectors,
    principal: space.principal,
  };
}

/**
 * Word i's vector is row i of U·Σ^p, scaled to unit length. p < 1 keeps the top dimensions (which
 * mostly encode frequency and broad field) from drowning the finer ones (Levy et al. 2015 found
 * p = 0.5 or 0 better than the plain SVD's 1). Unit length lets the SIF weight alone decide how
 * much a word counts; measured on 38k arXiv abstracts it raised paraphrase-query precision@10
 * from 0.50 to 0.59 (with a = 0.01) and same-category precision from 0.615 to 0.636.
 */
function wordVectors(u: Float64Array, s: Float64Array, v: number, k: number, p: number): Float32Array {
  const scale = Array.from(s, (x) => Math.pow(x, p));
  const out = new Float32Array(v * k);
  const row = new Float64Array(k);
  for (let i = 0; i < v; i++) {
    let norm = 0;
    for (let t = 0; t < k; t++) {
      row[t] = u[i * k + t] * scale[t];
      norm += row[t] * row[t];
    }
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let t = 0; t < k; t++) out[i * k + t] = row[t] * inv;
  }
  return out;
}

/** SIF vectors (common direction not yet removed) of up to `limit` evenly spaced sample documents. */
function sampleDocVectors(sample: TrainingSample, remap: Int32Array, space: SifSpace, titleWeight: number, limit: number): Float32Array[] {
  const out: Float32Array[] = [];
  const step = Math.max(1, Math.ceil(sample.docCount / limit));
  for (let d = 0; d < sample.docCount; d += step) {
    const sum = new Float64Array(space.dim);
    for (let p = sample.docStarts[d]; p < sample.docStarts[d + 1]; p++) {
      const id = remap[sample.tokens[p]];
      if (id >= 0) addWord(space, sum, id, p < sample.titleEnds[d] ? titleWeight : 1);
    }
    out.push(finishVector(space, sum));
  }
  return out;
}
