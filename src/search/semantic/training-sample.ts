/**
 * The training sample: a deterministic, evenly spaced subset of the corpus, analyzed once and kept
 * as compact integer token ids (4 bytes a word instead of the text), with the counts the
 * vocabulary and the display words need.
 */
import { Lexicon } from '../text/lexicon.ts';

/** A document: "title. abstract" text, or the two parts given separately. */
export type DocText = string | { title: string; abstract?: string | null };

/** Analyzed documents: doc d holds tokens[docStarts[d] .. docStarts[d+1]), its title first. */
export interface TrainingSample {
  /** Every stem seen, by id. */
  stems: string[];
  tokens: Int32Array;
  docStarts: Int32Array;
  /** Token index where doc d's title ends (its first abstract token). */
  titleEnds: Int32Array;
  docCount: number;
  /** Most frequent written form of each stem id in the sampled text. */
  surfaces: string[];
}

/*
 * Where a "title. abstract" text's title ends: at the first sentence break or line break. A text
 * with no break (a query) is all title, which changes nothing: a uniform weight cancels out when
 * the vector is normalized.
 */
const TITLE_BREAK = /[.?!](?:\s)|\n/;

/** Splits a document into its title and the rest. */
export function splitTitle(doc: DocText): [string, string] {
  if (typeof doc !== 'string') return [doc.title, doc.abstract ?? ''];
  const m = TITLE_BREAK.exec(doc);
  if (!m) return [doc, ''];
  return [doc.slice(0, m.index + 1), doc.slice(m.index + 1)];
}

/**
 * Analyzes every stride-th document, at most maxDocs of them. The stride is known up front for an
 * array, or when the caller says how many documents to expect; otherwise it starts at 1 and
 * doubles whenever the sample is full, dropping every other kept document (so the sample stays
 * evenly spread over the whole input either way, but documents read early may be analyzed for
 * nothing: at 1M documents that is 425k analyzed for a 125k sample).
 */
export function collectSample(docs: Iterable<DocText>, maxDocs: number, expectedDocs?: number): TrainingSample {
  const lexicon = new Lexicon();
  let tokens = new Int32Array(1 << 16);
  let length = 0;
  const starts: number[] = [0];
  const titleEnds: number[] = [];
  const push = (id: number): void => {
    if (length === tokens.length) {
      const grown = new Int32Array(tokens.length * 2);
      grown.set(tokens);
      tokens = grown;
    }
    tokens[length++] = id;
  };

  const known = Array.isArray(docs) ? docs.length : expectedDocs ?? 0;
  let stride = Math.max(1, Math.ceil(known / maxDocs));
  let index = 0;
  for (const doc of docs) {
    const position = index++;
    if (position % stride !== 0) continue;
    if (titleEnds.length === maxDocs) {
      length = keepEveryOther(tokens, starts, titleEnds);
      stride *= 2;
      if (position % stride !== 0) continue;
    }
    const [title, rest] = splitTitle(doc);
    lexicon.read(title, push);
    titleEnds.push(length);
    lexicon.read(rest, push);
    starts.push(length);
  }

  return {
    stems: lexicon.stems, surfaces: lexicon.surfaces(), tokens: tokens.subarray(0, length), docStarts: Int32Array.from(starts),
    titleEnds: Int32Array.from(titleEnds), docCount: titleEnds.length,
  };
}

/** Drops the odd-numbered documents in place; returns the new token count. */
function keepEveryOther(tokens: Int32Array, starts: number[], titleEnds: number[]): number {
  let write = 0;
  let kept = 0;
  for (let d = 0; d < titleEnds.length; d += 2) {
    const from = starts[d];
    const to = starts[d + 1];
    tokens.copyWithin(write, from, to);
    starts[kept] = write;
    titleEnds[kept] = write + (titleEnds[d] - from);
    write += to - from;
    kept++;
  }
  starts.length = kept + 1;
  starts[kept] = write;
  titleEnds.length = kept;
  return write;
}
