/**
 * Similar-papers evaluation without hand judgments: a returned paper counts as a hit when it
 * shares the source's primary category (categories[0]), and separately when it shares at least
 * one author. Both are weak, noisy proxies (a category is broad; co-authors write on several
 * topics), so they are reported beside their ceiling: the best precision any system could reach
 * on the same corpus.
 */
import { sampleRecords } from './known-item.ts';

export interface PaperMeta {
  id: string;
  categories: readonly string[];
  authors: readonly string[];
}

/** An arXiv category such as cs.AR or eess.IV (not the ACM/MSC codes some listings mix in). */
const ARXIV_CATEGORY = /^[a-z-]+(\.[A-Za-z-]+)?$/;

/** The primary category: categories[0] when it is an arXiv category. */
export function primaryCategory(p: PaperMeta): string | null {
  const c = p.categories[0];
  return c !== undefined && ARXIV_CATEGORY.test(c) ? c : null;
}

/**
 * An author name reduced for matching: diacritics and punctuation gone, case folded, spaces
 * single ("J. Müller" and "J Muller" meet; different people with one name also meet, accepted).
 */
export function normalizeAuthor(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function authorSet(p: PaperMeta): Set<string> {
  return new Set(p.authors.map(normalizeAuthor).filter(Boolean));
}

export interface SimilarPrecision {
  /** Share of the top k with the same primary category as the source. */
  category: number;
  /** Share of the top k with at least one author in common with the source. */
  author: number;
  /** How many papers were returned (at most k); missing places count as misses. */
  returned: number;
}

/** Precision@k of a similar list by shared primary category and by shared author. The source itself never counts. */
export function similarPrecisionAt(source: PaperMeta, similar: readonly PaperMeta[], k = 10): SimilarPrecision {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`cutoff k must be a positive integer, got ${k}`);
  const cat = primaryCategory(source);
  const authors = authorSet(source);
  const seen = new Set<string>([source.id]);
  const top: PaperMeta[] = [];
  for (const p of similar) {
    if (top.length === k) break;
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    top.push(p);
  }
  const byCategory = top.filter((p) => cat !== null && primaryCategory(p) === cat).length;
  const byAuthor = top.filter((p) => [...authorSet(p)].some((a) => authors.has(a))).length;
  return { category: byCategory / k, author: byAuthor / k, returned: top.length };
}

/** Counts for ceilings and seed selection: papers per primary category, paper ids per author. */
export interface CorpusIndex {
  perCategory: Map<string, number>;
  perAuthor: Map<string, Set<string>>;
}

export function indexCorpus(records: readonly PaperMeta[]): CorpusIndex {
  const perCategory = new Map<string, number>();
  const perAuthor = new Map<string, Set<string>>();
  for (const r of records) {
    const c = primaryCategory(r);
    if (c) perCategory.set(c, (perCategory.get(c) ?? 0) + 1);
    for (const a of authorSet(r)) {
      let ids = perAuthor.get(a);
      if (!ids) perAuthor.set(a, (ids = new Set()));
      ids.add(r.id);
    }
  }
  return { perCategory, perAuthor };
}

/** Other papers sharing at least one author with `p`. */
export function coauthoredCount(p: PaperMeta, index: CorpusIndex): number {
  const others = new Set<string>();
  for (const a of authorSet(p)) for (const id of index.perAuthor.get(a) ?? []) if (id !== p.id) others.add(id);
  return others.size;
}

/** The best precision@k any system could reach for `p`: as many hits as the corpus holds, up to k. */
export function similarCeiling(p: PaperMeta, index: CorpusIndex, k = 10): { category: number; author: number } {
  const c = primaryCategory(p);
  const sameCategory = c ? (index.perCategory.get(c) ?? 1) - 1 : 0;
  return { category: Math.min(k, sameCategory) / k, author: Math.min(k, coauthoredCount(p, index)) / k };
}

/**
 * Source papers for the evaluation: a seeded sample of papers with an arXiv primary category and
 * at least one other paper by a shared author, so both measures have something to find.
 */
export function pickSimilarSeeds<T extends PaperMeta>(records: readonly T[], count: number, seed: number, index = indexCorpus(records)): T[] {
  const pool = records.filter((r) => primaryCategory(r) !== null && coauthoredCount(r, index) > 0);
  return sampleRecords(pool, count, seed);
}
