/**
 * Turns what a person types into a safe FTS5 MATCH expression: bare words and "quoted phrases"
 * are ANDed, -word excludes, and the last bare word matches as a prefix (search as you type).
 * Every term is double-quoted, so no FTS5 syntax in the input can reach the engine.
 */
import { STOPWORDS } from './text/analyze.ts';

export interface ParsedQuery {
  terms: string[];
  phrases: string[];
  excluded: string[];
}

const TOKEN = /(-?)"([^"]*)"?|(-?)([^\s"]+)/g;

export function parseQuery(input: string): ParsedQuery {
  const q: ParsedQuery = { terms: [], phrases: [], excluded: [] };
  for (const m of input.slice(0, 500).matchAll(TOKEN)) {
    const negated = (m[1] ?? m[3]) === '-';
    const text = words(m[2] ?? m[4] ?? '').join(' ');
    if (!text) continue;
    if (negated) q.excluded.push(text);
    else if (m[2] !== undefined) q.phrases.push(text);
    else q.terms.push(...text.split(' '));
  }
  return q;
}

/** Letters and digits only: the tokenizer drops the rest anyway. */
function words(s: string): string[] {
  return s.normalize('NFKC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * The parsed query a full-text engine matches (FTS5 here, PostgreSQL's tsquery in src/db/postgres):
 * any-word matching skips function words, since "of" or "the" alone would match nearly every paper.
 */
export function parseSearchTerms(input: string, any = false): ParsedQuery {
  const q = parseQuery(input);
  if (any) {
    const topical = q.terms.filter((t) => !STOPWORDS.has(t.toLowerCase()));
    if (topical.length > 0) q.terms = topical;
  }
  return q;
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The query's words and phrases as quoted FTS5 phrases; the last bare word a prefix when `prefixLast` (and it has a letter). */
export function ftsPhrases(q: ParsedQuery, prefixLast = true): string[] {
  const parts = q.terms.map((t, i) => (prefixLast && i === q.terms.length - 1 && /\p{L}/u.test(t) ? `${quote(t)}*` : quote(t)));
  parts.push(...q.phrases.map(quote));
  return parts;
}

/** `expr` without the rows holding any excluded word. */
export function withExclusions(expr: string, excluded: readonly string[]): string {
  for (const x of excluded) expr = `(${expr}) NOT ${quote(x)}`;
  return expr;
}

/**
 * The FTS5 expression, or null when the query has nothing positive to search for. `any` joins the
 * words and phrases with OR instead of AND: BM25 still ranks papers holding more (and rarer) of
 * them first, and a paper described in other words than the query's is not lost for one word.
 */
export function toFtsMatch(input: string, prefixLast = true, any = false): string | null {
  const q = parseSearchTerms(input, any);
  const parts = ftsPhrases(q, prefixLast);
  if (parts.length === 0) return null;
  return withExclusions(parts.join(any ? ' OR ' : ' AND '), q.excluded);
}
