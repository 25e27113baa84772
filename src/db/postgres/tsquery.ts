import { parseSearchTerms } from '../../search/fts-query.ts';
import { ftsText } from './fts-text.ts';

/**
 * Turns what a person types into a PostgreSQL tsquery string for to_tsquery('paperboy', $1), with
 * the features of the SQLite search (src/search/fts-query.ts parses both): bare words ANDed (ORed for
 * any-word matching), "phrases" as <-> chains, -exclusions as & !(...), and the last bare word as a
 * prefix (:*). Each word becomes a quoted, escaped lexeme, so no tsquery syntax in the input reaches
 * the parser; to_tsquery then stems each lexeme with the same configuration the index used.
 */
export interface TsQueryOptions {
  prefixLast?: boolean;
  any?: boolean;
  /** Only match in these weights (A = title). */
  weights?: string;
}

/** A quoted tsquery lexeme: quotes and backslashes doubled, as the tsquery input syntax reads them. */
export function lexeme(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The index's words for a piece of query text (the same folding as the documents got). */
const wordsOf = (text: string) => ftsText(text).split(' ').filter(Boolean);

/**
 * A phrase: its words adjacent, and within one field. Fields follow one another in the document
 * vector, so a bare `a <-> b` would match "a" ending the title and "b" starting the authors; FTS5
 * matches phrases per column, so each field is tried on its own.
 */
function phrase(words: string[], weights: string | undefined): string {
  if (words.length === 1) return lexeme(words[0]!) + (weights ? `:${weights}` : '');
  const fields = weights ? [...weights] : ['A', 'B', 'C'];
  return `(${fields.map((w) => words.map((x) => `${lexeme(x)}:${w}`).join(' <-> ')).join(' | ')})`;
}

/** The tsquery text, or null when the query has nothing positive to search for. */
export function toTsQuery(input: string, opts: TsQueryOptions = {}): string | null {
  const q = parseSearchTerms(input, opts.any === true);
  const w = opts.weights;
  const terms = q.terms.flatMap((t) => wordsOf(t).map((word) => ({ word, letters: /\p{L}/u.test(t) })));
  const parts = terms.map(({ word, letters }, i) => {
    const prefix = opts.prefixLast !== false && i === terms.length - 1 && letters;
    const suffix = prefix || w ? `:${prefix ? '*' : ''}${w ?? ''}` : '';
    return lexeme(word) + suffix;
  });
  for (const p of q.phrases) {
    const words = wordsOf(p);
    if (words.length) parts.push(phrase(words, w));
  }
  if (parts.length === 0) return null;
  let expr = parts.join(opts.any ? ' | ' : ' & ');
  for (const x of q.excluded) {
    const words = wordsOf(x);
    // Weighted queries (titles only) exclude within those fields too, as FTS5's `title : (...)` does.
    if (words.length) expr = `(${expr}) & !${phrase(words, w)}`;
  }
  return expr;
}

/** A query matching any of the given words or phrases (for excluding them from semantic results). */
export function anyOfTsQuery(texts: string[]): string | null {
  const parts = texts.map(wordsOf).filter((w) => w.length > 0).map((w) => phrase(w, undefined));
  return parts.length ? parts.join(' | ') : null;
}
