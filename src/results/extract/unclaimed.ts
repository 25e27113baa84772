/**
 * The numbers of a paper that no claim covers and the rules did not read as no result (what the learned reader
 * experiment, learned-reader.ts, looks at; the list reader, list-mates.ts, gets them from the sentence rules), and the
 * claim either reader makes of one.
 */
import type { Claim } from '../types.ts';
import { qualifierOf } from './qualifiers.ts';
import type { Span } from './claims.ts';
import { normalize, originalRange } from './normalize.ts';
import { findQuantities, type Quantity } from './quantities.ts';
import { splitSentences, type Sentence } from './sentences.ts';

export interface UnclaimedNumber {
  q: Quantity;
  /** The normalized sentence the quantity's offsets refer to. */
  text: string;
  sentence: Sentence;
  source: 'title' | 'abstract';
  /** Offsets of the number within the source field. */
  valueStart: number;
  valueEnd: number;
}

/**
 * Numbers that none of `claims` covers and the rules did not reject (`rejected`), in title then abstract order (the
 * sentence rules also list them per sentence as they go, SentenceFacts.left, which the list reader uses).
 */
export function unclaimedNumbers(title: string, abstract: string, claims: Claim[], rejected: Span[]): UnclaimedNumber[] {
  const out: UnclaimedNumber[] = [];
  for (const [source, field] of [['title', title], ['abstract', abstract]] as const) {
    const taken = [...claims.map((c) => ({ source: c.source, start: c.valueStart, end: c.valueEnd })), ...rejected].filter((t) => t.source === source);
    for (const sentence of splitSentences(field)) {
      const n = normalize(sentence.text);
      for (const q of findQuantities(n.text)) {
        if (q.value === null && q.min === null) continue;
        const [vs, ve] = originalRange(n, q.start, q.end);
        const valueStart = sentence.start + vs;
        const valueEnd = sentence.start + ve;
        if (taken.some((t) => t.start < valueEnd && valueStart < t.end)) continue;
        out.push({ q, text: n.text, sentence, source, valueStart, valueEnd });
      }
    }
  }
  return out;
}

/** A claim of an unclaimed number, with what a reader decided about it; the number, hedge and span are the number's own. */
export function claimOf(n: UnclaimedNumber, read: Pick<Claim, 'metric' | 'direction' | 'baseline' | 'hardware' | 'benchmark'>): Claim {
  const { q, text, sentence } = n;
  return {
    ...read,
    value: q.value,
    min: q.min,
    max: q.max,
    unit: q.unit,
    qualifier: q.value === null ? null : qualifierOf(text.slice(0, q.start), text.slice(q.end)),
    source: n.source,
    span: sentence.text,
    spanStart: sentence.start,
    spanEnd: sentence.end,
    valueStart: n.valueStart,
    valueEnd: n.valueEnd,
  };
}
