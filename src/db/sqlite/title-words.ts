import { ftsPhrases, parseSearchTerms, withExclusions } from '../../search/fts-query.ts';
import { totalsReader } from '../../search/lexical/fts5-stats.ts';
import type { Db } from './open.ts';

/**
 * The words of an any-word title ranking (hybrid search's "a title remembered with a word changed"
 * list). FTS5 scores every row an OR matches, so one common word ("model", in a fifth of all
 * titles) made this list cost hundreds of milliseconds at a million papers, and such a word barely
 * moves the ranking: its idf is a fraction of a distinctive word's. So the words are taken rarest
 * first while together they hold at most ROW_BUDGET titles: what stays is what identifies a title,
 * and the cost is bounded whatever the query. A query of common words only has no such list (null);
 * the all-words ranking finds those titles.
 */
export const ROW_BUDGET = 5_000;
/** Counted title rows cached per word, until the indexed text changes. */
const CACHE_LIMIT = 50_000;

export type TitleWordsMatch = (query: string) => string | null;

export function createTitleWordsMatch(db: Db, budget = ROW_BUDGET): TitleWordsMatch {
  // Counting stops past the budget: a word above it is left out, however common it is.
  const countUpTo = db.prepare(`SELECT count(*) FROM (SELECT 1 FROM papers_fts WHERE papers_fts MATCH ? LIMIT ${budget + 1})`).pluck();
  const totals = totalsReader(db);
  const cache = new Map<string, number>();
  let cacheKey = '';

  function titleRows(phrase: string): number {
    // Row and token totals move with every insert, delete and text change FTS5 sees.
    const { rows, tokens } = totals();
    const key = `${rows}:${tokens}`;
    if (key !== cacheKey || cache.size > CACHE_LIMIT) { cache.clear(); cacheKey = key; }
    let n = cache.get(phrase);
    if (n === undefined) cache.set(phrase, (n = countUpTo.get(`title : ${phrase}`) as number));
    return n;
  }

  return (query) => {
    // Function words out unless nothing else is left, and the last word a prefix, as in toFtsMatch.
    const parsed = parseSearchTerms(query, true);
    const phrases = ftsPhrases(parsed);
    const unique = [...new Set(phrases)];
    if (unique.length === 0) return null;
    const counted = unique.map((p) => ({ p, n: titleRows(p) })).sort((a, b) => a.n - b.n);
    const kept: string[] = [];
    let total = 0;
    for (const { p, n } of counted) {
      if (total + n > budget) break;
      kept.push(p);
      total += n;
    }
    if (kept.length === 0) return null;
    return withExclusions(`title : (${kept.join(' OR ')})`, parsed.excluded);
  };
}
