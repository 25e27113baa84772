import type { Paper } from '../core/paper.ts';
import type { Store } from '../db/store.ts';
import { invalidArgument } from '../errors.ts';
import type { Seed } from './types.ts';

/** Picks a reader may make: enough to describe interests, few enough to stay a quick form. */
export const MAX_SEEDS = 30;
const MAX_VALUE = 200;

/** A paper shown before any model exists, with why it is there. */
export interface FallbackItem {
  paper: Paper;
  because: string;
}

/**
 * Reads the cold-start form: categories, authors and example papers, one per line or comma
 * separated for categories. Unknown example papers are refused by name, so a typo is not lost silently.
 */
export async function parseSeeds(store: Store, input: { categories?: unknown; authors?: unknown; papers?: unknown }): Promise<Seed[]> {
  const list = (name: string, v: unknown, split: RegExp): string[] => {
    if (v === undefined || v === null) return [];
    const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(split) : null;
    if (!items || items.some((x) => typeof x !== 'string')) throw invalidArgument(name, `${name}: expected text, one per line, or a list of strings`);
    const clean = (items as string[]).map((x) => x.trim()).filter(Boolean);
    const long = clean.find((x) => x.length > MAX_VALUE);
    if (long) throw invalidArgument(name, `${name}: "${long.slice(0, 40)}..." is longer than ${MAX_VALUE} characters`);
    return [...new Set(clean)];
  };
  const seeds: Seed[] = [
    ...list('categories', input.categories, /[\n,]+/).map((value) => ({ kind: 'category' as const, value })),
    ...list('authors', input.authors, /\n+/).map((value) => ({ kind: 'author' as const, value })),
  ];
  for (const value of list('papers', input.papers, /\n+/)) {
    const paper = await store.getPaper(value);
    if (!paper) throw invalidArgument('papers', `papers: no paper "${value.slice(0, 80)}" (use an arXiv id or a paper's address)`);
    seeds.push({ kind: 'paper', value: paper.id });
  }
  if (seeds.length > MAX_SEEDS) throw invalidArgument('categories', `Pick at most ${MAX_SEEDS} categories, authors and papers in all.`);
  return seeds;
}

/**
 * A feed at once from the picks, before a model is trained: the newest papers of each picked
 * category and author and the papers most like each example, interleaved so every pick shows.
 */
export async function seedFeed(store: Store, seeds: Seed[], similar: (id: string) => Promise<Paper[]>, exclude: Set<string>, limit: number): Promise<FallbackItem[]> {
  const lists = await Promise.all(seeds.map(async (s): Promise<FallbackItem[]> => {
    if (s.kind === 'paper') {
      const of = await store.getPaper(s.value);
      return (await similar(s.value)).map((paper) => ({ paper, because: `like “${of?.title ?? s.value}”` }));
    }
    const filter = s.kind === 'category' ? { category: s.value } : { author: s.value };
    const { items } = await store.listPapers({ ...filter, order: 'published_desc', limit });
    return items.map((paper) => ({ paper, because: s.kind === 'category' ? `new in ${s.value}` : `by ${s.value}` }));
  }));
  const out: FallbackItem[] = [];
  const seen = new Set(exclude);
  for (let i = 0; out.length < limit && lists.some((l) => i < l.length); i++) {
    for (const l of lists) {
      const item = l[i];
      if (item && !seen.has(item.paper.id) && out.length < limit) { seen.add(item.paper.id); out.push(item); }
    }
  }
  return out;
}
