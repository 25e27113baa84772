/**
 * How much of a topic query's wording its relevant titles share. A judged set whose queries
 * repeat the titles' words measures word matching, not understanding; the topic set is written to
 * keep this low. Words are compared as Porter stems without function words, so "caches" and
 * "cache" count as shared, and "the" never does.
 */
import { stemmer } from 'stemmer';

const STOP = new Set(`a about after all already an and any are as at be been being by can could do does each
for from how in instead into is it its many may more most no not of on once one onto or over some than
that the their them then these they this those to two under up using via what when where which while who
whose will with without would`.split(/\s+/));

/** Distinct content-word stems of a text. */
export function contentStems(text: string): Set<string> {
  const words = text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u);
  return new Set(words.filter((w) => w && !STOP.has(w)).map((w) => stemmer(w)));
}

export interface QueryOverlap {
  /** Mean over the relevant titles of the share of query stems found in that title. */
  perTitle: number;
  /** Share of query stems found in at least one relevant title. */
  anyTitle: number;
  /** The query stems that some relevant title contains. */
  shared: string[];
}

/** Overlap of one query with the titles of its relevant papers. */
export function queryOverlap(query: string, titles: readonly string[]): QueryOverlap {
  const q = contentStems(query);
  if (q.size === 0 || titles.length === 0) return { perTitle: 0, anyTitle: 0, shared: [] };
  const stems = titles.map(contentStems);
  const perTitle = stems.reduce((sum, t) => sum + [...q].filter((s) => t.has(s)).length / q.size, 0) / titles.length;
  const shared = [...q].filter((s) => stems.some((t) => t.has(s))).sort();
  return { perTitle, anyTitle: shared.length / q.size, shared };
}
