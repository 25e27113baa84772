/**
 * Known-item queries: "I saw a paper about ... what was it?" Each query is a real title, garbled
 * the way a person half-remembers it (words dropped, order changed, words swapped for synonyms),
 * and its one relevant item is the paper it came from.
 *
 * Deterministic: the same records, seed and options always give the same queries. Each paper's
 * edits use a generator seeded by (seed, paper id), so a query does not change when the sample
 * size does.
 */
import { LONGEST_KEY_WORDS, synonymMap } from './synonyms.ts';

export interface TitleRecord {
  id: string;
  title: string;
}

export interface KnownItemQuery {
  /** `k` + the arXiv id, stable across runs. */
  id: string;
  query: string;
  /** The one relevant paper, grade 2. */
  relevant: Record<string, number>;
  /** The title the query was made from (for reading failures). */
  title: string;
  /** What was done to the title, in order (for reading failures). */
  edits: string[];
}

export interface KnownItemOptions {
  /** How many queries (default 300). */
  count?: number;
  seed?: number;
  /** Chance of replacing each word or phrase that has a synonym (default 0.5). */
  synonymRate?: number;
  /** Chance of dropping each content word, beyond the function words (default 0.25). */
  dropRate?: number;
  /** Words kept at least (default 3). */
  minWords?: number;
}

const DEFAULTS = { count: 300, seed: 20260101, synonymRate: 0.5, dropRate: 0.25, minWords: 3 };

/** Words people leave out when they retype a title. */
const FUNCTION_WORDS = new Set(`a an the of for to in on and or with by from via into at as is are be its
their this that using towards toward through over under we our your is can do does how what when why`.split(/\s+/));

/** mulberry32: a small, fast, well-mixed 32-bit generator; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string, to derive a per-paper seed. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * The words of a title as a person would type them: LaTeX markup and punctuation gone, case
 * folded, hyphenated words kept whole ("low-bit"), a trailing colon's split point remembered.
 */
export function titleWords(title: string): string[] {
  return title
    .replace(/\\[a-zA-Z]+\s*/g, ' ') // \mathcal, \textit ...
    .replace(/[${}^_~\\]/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}'+#.-]+/u)
    .map((w) => w.replace(/^[-'.]+|[-'.]+$/g, ''))
    .filter(Boolean);
}

/** Normalized form for "did the title change?": words only, lower case, single spaces. */
export function normalizeText(s: string): string {
  return titleWords(s).join(' ');
}

/** The system name before a colon ("VeriCoder: Enhancing ..."), if the title has one. */
function leadingName(title: string): string | null {
  const m = /^([^:]{1,40}):\s+\S/.exec(title);
  if (!m) return null;
  const words = titleWords(m[1]!);
  return words.length > 0 && words.length <= 3 ? words.join(' ') : null;
}

/** Replaces words and phrases with synonyms, longest match first. */
function substitute(words: string[], rng: () => number, rate: number, edits: string[]): string[] {
  const table = synonymMap();
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    let matched = false;
    for (let n = Math.min(LONGEST_KEY_WORDS, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const choices = table.get(phrase);
      if (!choices) continue;
      matched = true;
      if (rng() < rate) {
        const pick = choices[Math.floor(rng() * choices.length)]!;
        out.push(...pick.split(' '));
        edits.push(`synonym "${phrase}" -> "${pick}"`);
      } else {
        out.push(...words.slice(i, i + n));
      }
      i += n;
      break;
    }
    if (!matched) out.push(words[i++]!);
  }
  return out;
}

/**
 * Drops most function words, and a fixed share of the content words (`rate` of them, rounded at
 * random) chosen at random, keeping at least `minWords` content words. A fixed share rather than
 * a coin per word keeps every query about as hard: a coin per word now and then leaves a long
 * title with two words no system could place.
 */
function drop(words: string[], rng: () => number, rate: number, minWords: number, edits: string[]): string[] {
  const keep = words.map((w) => !(FUNCTION_WORDS.has(w) && rng() < 0.8));
  const content = words.map((w, i) => (FUNCTION_WORDS.has(w) ? -1 : i)).filter((i) => i >= 0);
  const quota = Math.min(Math.floor(rate * content.length + rng()), Math.max(0, content.length - minWords));
  for (let n = 0; n < quota; n++) {
    const pick = n + Math.floor(rng() * (content.length - n));
    [content[n], content[pick]] = [content[pick]!, content[n]!];
    keep[content[n]!] = false;
  }
  const dropped = words.filter((_, i) => !keep[i]);
  if (dropped.length) edits.push(`dropped ${dropped.map((w) => `"${w}"`).join(' ')}`);
  return words.filter((_, i) => keep[i]);
}

/** Swaps a random adjacent pair, or moves the tail of the query to its front. */
function reorder(words: string[], rng: () => number, edits: string[]): string[] {
  if (words.length < 2) return words;
  const out = [...words];
  if (rng() < 0.5) {
    const i = Math.floor(rng() * (out.length - 1));
    [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
    edits.push(`swapped "${out[i + 1]}" and "${out[i]}"`);
  } else {
    const cut = 1 + Math.floor(rng() * (out.length - 1));
    edits.push(`moved the last ${out.length - cut} word(s) to the front`);
    return [...out.slice(cut), ...out.slice(0, cut)];
  }
  return out;
}

/** One garbled title. The result always differs from the title's normalized words. */
export function perturbTitle(title: string, rng: () => number, options: KnownItemOptions = {}): { query: string; edits: string[] } {
  const o = { ...DEFAULTS, ...options };
  const edits: string[] = [];
  let words = titleWords(title);
  // A system name before a colon is the most exact clue a title has; people often forget it.
  const name = leadingName(title);
  if (name && words.join(' ').startsWith(name + ' ') && rng() < 0.5) {
    words = words.slice(name.split(' ').length);
    edits.push(`dropped the name "${name}"`);
  }
  words = substitute(words, rng, o.synonymRate, edits);
  words = drop(words, rng, o.dropRate, o.minWords, edits);
  if (rng() < 0.6) words = reorder(words, rng, edits);
  if (words.join(' ') === normalizeText(title)) {
    // Nothing changed by chance: force one edit so no query is the title itself.
    if (words.length > o.minWords) {
      const i = Math.floor(rng() * words.length);
      edits.push(`dropped "${words[i]}"`);
      words = words.filter((_, j) => j !== i);
    } else {
      words = reorder(words, () => 0.99, edits);
    }
  }
  return { query: words.join(' '), edits };
}

/**
 * Titles usable as known items: at least four words, and a title no other record shares (the
 * single relevant item must be unambiguous).
 */
export function eligibleRecords<T extends TitleRecord>(records: readonly T[]): T[] {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(normalizeText(r.title), (counts.get(normalizeText(r.title)) ?? 0) + 1);
  return records.filter((r) => titleWords(r.title).length >= 4 && counts.get(normalizeText(r.title)) === 1);
}

/** A seeded sample of `count` records (partial Fisher-Yates over the records sorted by id). */
export function sampleRecords<T extends { id: string }>(records: readonly T[], count: number, seed: number): T[] {
  const pool = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rng = mulberry32(seed);
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rng() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

/** The known-item set: `count` sampled records, one garbled-title query each. */
export function generateKnownItems(records: readonly TitleRecord[], options: KnownItemOptions = {}): KnownItemQuery[] {
  const o = { ...DEFAULTS, ...options };
  return sampleRecords(eligibleRecords(records), o.count, o.seed).map((r) => {
    const { query, edits } = perturbTitle(r.title, mulberry32((o.seed ^ hash32(r.id)) >>> 0), o);
    return { id: `k${r.id}`, query, relevant: { [r.id]: 2 }, title: r.title, edits };
  });
}
