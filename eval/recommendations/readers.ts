/**
 * Simulated and real readers for the recommendation evaluation. A reader is a set of papers they
 * like (positives), papers they do not (negatives), and graded judgments of the papers the feed
 * ranks. Pure functions of the records and a seed.
 */
import { mulberry32 } from '../known-item.ts';
import type { Judgments } from '../metrics.ts';

export interface EvalReader {
  name: string;
  kind: 'category' | 'authors' | 'reviewer';
  /** Paper keys (the eval's own ids) given as upvotes, in order: the first n are used for n signals. */
  positives: string[];
  /** Paper keys given as "not interested", in order. */
  negatives: string[];
  judgments: Judgments;
  /** Reviewers: the papers they graded themselves (expertise), apart from their own held-out papers. */
  evaluated?: Judgments;
}

export interface ListingPaper {
  id: string;
  title: string;
  summary: string;
  authors: string[];
  categories: string[];
  /** YYYY-MM-DD: the day it was listed. */
  date: string;
  upvotes: number;
}

/** A seeded shuffle (Fisher-Yates). */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rnd = mulberry32(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7);

/**
 * Readers who like one category: positives from papers listed before the feed's window whose
 * primary category it is, negatives from other categories. In the window a paper of that primary
 * category is grade 2, one cross-listed there grade 1.
 */
export function categoryReaders(history: ListingPaper[], window: ListingPaper[], o: { count: number; maxSignals: number; seed: number }): EvalReader[] {
  const primary = (p: ListingPaper) => p.categories[0] ?? '';
  const counts = new Map<string, { before: number; inWindow: number }>();
  for (const p of history) { const c = counts.get(primary(p)) ?? { before: 0, inWindow: 0 }; c.before++; counts.set(primary(p), c); }
  for (const p of window) { const c = counts.get(primary(p)) ?? { before: 0, inWindow: 0 }; c.inWindow++; counts.set(primary(p), c); }
  // Categories with enough history to sample from and at least a page of new papers to find.
  const eligible = [...counts].filter(([cat, c]) => /^[a-z-]+\.[A-Z]{2}$/.test(cat) && c.before >= 3 * o.maxSignals && c.inWindow >= 10)
    .sort((a, b) => b[1].inWindow - a[1].inWindow || a[0].localeCompare(b[0])).slice(0, o.count);
  return eligible.map(([cat]) => {
    const mine = shuffled(history.filter((p) => primary(p) === cat), o.seed ^ hash(cat));
    const others = shuffled(history.filter((p) => !p.categories.includes(cat)), o.seed ^ hash(`not ${cat}`));
    const judgments: Record<string, number> = {};
    for (const p of window) if (p.categories.includes(cat)) judgments[p.id] = primary(p) === cat ? 2 : 1;
    return { name: cat, kind: 'category' as const, positives: mine.slice(0, o.maxSignals).map((p) => p.id), negatives: others.slice(0, o.maxSignals).map((p) => p.id), judgments };
  });
}

/**
 * Readers who follow an author and the two people they write with most: positives from their
 * papers before the window, negatives from papers none of them wrote; their papers in the window
 * are the ones to find (grade 2).
 */
export function authorReaders(history: ListingPaper[], window: ListingPaper[], o: { count: number; maxSignals: number; seed: number }): EvalReader[] {
  const byAuthor = (ps: ListingPaper[]) => {
    const m = new Map<string, ListingPaper[]>();
    for (const p of ps) for (const a of p.authors) { const l = m.get(a) ?? []; l.push(p); m.set(a, l); }
    return m;
  };
  const before = byAuthor(history);
  const after = byAuthor(window);
  const candidates = [...before].filter(([a, ps]) => ps.length >= o.maxSignals && (after.get(a)?.length ?? 0) >= 3).map(([a]) => a).sort();
  const out: EvalReader[] = [];
  const used = new Set<string>();
  for (const lead of shuffled(candidates, o.seed)) {
    if (out.length >= o.count || used.has(lead)) continue;
    const co = new Map<string, number>();
    for (const p of before.get(lead)!) for (const a of p.authors) if (a !== lead) co.set(a, (co.get(a) ?? 0) + 1);
    const group = [lead, ...[...co].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 2).map(([a]) => a)];
    group.forEach((a) => used.add(a));
    const wrote = (p: ListingPaper) => p.authors.some((a) => group.includes(a));
    const mine = shuffled(history.filter(wrote), o.seed ^ hash(lead));
    const others = shuffled(history.filter((p) => !wrote(p)), o.seed ^ hash(`not ${lead}`));
    const judgments: Record<string, number> = {};
    for (const p of window) if (wrote(p)) judgments[p.id] = 2;
    out.push({ name: group.join(', '), kind: 'authors', positives: mine.slice(0, o.maxSignals).map((p) => p.id), negatives: others.slice(0, o.maxSignals).map((p) => p.id), judgments });
  }
  return out;
}
