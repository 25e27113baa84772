import { analyzeStems } from './text/analyze.ts';

/**
 * The share of the query's topical words (stems, function words dropped) that a title holds.
 * Hybrid search trusts the any-word title ranking only when its best title covers at least half
 * of the query: then the person is most likely recalling that title; a description of a topic
 * ("using fewer bits to store weights") matches titles only by a stray word, and that ranking
 * would add noise. Measured on the relevance set (docs/RELEVANCE.md).
 */
export function titleCoverage(query: string, title: string): number {
  const wanted = [...new Set(analyzeStems(query))];
  if (wanted.length === 0) return 0;
  const have = new Set(analyzeStems(title));
  return wanted.filter((s) => have.has(s)).length / wanted.length;
}

export const TITLE_COVERAGE_MIN = 0.5;
