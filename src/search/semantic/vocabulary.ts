/**
 * The model's vocabulary: the stems that occur in enough documents to have a trustworthy context
 * profile, most widespread first.
 */
import type { TrainingSample } from './training-sample.ts';

export interface Vocabulary {
  stems: string[];
  surfaces: string[];
  /** Documents of the sample holding each word. */
  df: Uint32Array;
  /** Occurrences of each word in the sample (for its unigram probability). */
  counts: Uint32Array;
  /** Sample stem id to vocabulary id, or -1 for words left out. */
  remap: Int32Array;
}

/** Largest vocabulary: pair keys a·V + b must fit in 32 bits (see cooccurrence.ts). */
export const MAX_VOCAB = 65_535;

/**
 * A minimum document frequency that suits the corpus size: the configured one (3 by default) once
 * there are 60+ documents, less below so that a test corpus of a few dozen documents keeps the
 * words it repeats (a word in 2 of 40 documents is already a pattern there).
 */
export function effectiveMinDf(minDf: number, docCount: number): number {
  return Math.max(1, Math.min(minDf, Math.floor(docCount / 20)));
}

/** Stems with df >= minDf, the maxVocab most frequent by df (ties by stem, for determinism). */
export function buildVocabulary(sample: TrainingSample, minDf: number, maxVocab: number): Vocabulary {
  const n = sample.stems.length;
  const df = new Uint32Array(n);
  const counts = new Uint32Array(n);
  // lastDoc marks the last document that counted a stem, so df counts each document once.
  const lastDoc = new Int32Array(n).fill(-1);
  for (let d = 0; d < sample.docCount; d++) {
    for (let p = sample.docStarts[d]; p < sample.docStarts[d + 1]; p++) {
      const id = sample.tokens[p];
      counts[id]++;
      if (lastDoc[id] !== d) {
        lastDoc[id] = d;
        df[id]++;
      }
    }
  }
  const floor = effectiveMinDf(minDf, sample.docCount);
  const chosen: number[] = [];
  for (let id = 0; id < n; id++) if (df[id] >= floor) chosen.push(id);
  chosen.sort((a, b) => df[b] - df[a] || (sample.stems[a] < sample.stems[b] ? -1 : 1));
  chosen.length = Math.min(chosen.length, Math.min(maxVocab, MAX_VOCAB));

  const remap = new Int32Array(n).fill(-1);
  chosen.forEach((id, v) => { remap[id] = v; });
  return {
    stems: chosen.map((id) => sample.stems[id]),
    surfaces: chosen.map((id) => sample.surfaces[id]),
    df: Uint32Array.from(chosen, (id) => df[id]),
    counts: Uint32Array.from(chosen, (id) => counts[id]),
    remap,
  };
}
