/**
 * Titles and abstracts for synthetic papers, shared by the demo corpus and the benchmark
 * snapshot generator. An abstract follows the usual arc of a real one (context, gap, method,
 * details, results, discussion, code) and is sized to a drawn word target within bounds.
 */
import {
  CHALLENGE_SENTENCES, CLOSING_SENTENCES, CODE_SENTENCES, EXTRA_SENTENCES, NAMED_METHOD_SENTENCES,
  PLAIN_METHOD_SENTENCES, PROJECT_SENTENCES, SHARED_DETAILS, SHARED_VOCAB, type Field,
} from './field.ts';
import type { Rng } from './rng.ts';
import { fill, fillContext, type Vocab } from './template.ts';

/** A coined system name such as "FlashGEMM" (prefix + a different suffix). */
export function coinName(rng: Rng, field: Field): string {
  const prefix = rng.pick(field.namePrefixes);
  let suffix = rng.pick(field.nameSuffixes);
  while (suffix === prefix) suffix = rng.pick(field.nameSuffixes);
  return prefix + suffix;
}

/**
 * What one paper is about: a task and a method kind, fixed for its title and abstract alike so
 * that every sentence talks about the same problem.
 */
export interface Theme {
  task: string;
  method: string;
}

/** Draws a theme from the field's vocabulary. */
export function drawTheme(rng: Rng, field: Field): Theme {
  return { task: rng.pick(field.vocab.task), method: rng.pick(field.vocab.method) };
}

const vocabs = new WeakMap<Field, readonly Vocab[]>();

/** The vocabularies a field's templates draw from, in lookup order (built once per field). */
function vocabsOf(field: Field): readonly Vocab[] {
  let list = vocabs.get(field);
  if (!list) vocabs.set(field, (list = [field.vocab, SHARED_VOCAB]));
  return list;
}

/** A Title-Cased title; `name` selects the "<Name>: ..." templates. */
export function composeTitle(rng: Rng, field: Field, name: string | null, theme: Theme): string {
  const template = rng.pick(name ? field.namedTitles : field.plainTitles);
  const ctx = fillContext(vocabsOf(field), { Name: name ?? '', task: theme.task, method: theme.method }, true);
  return fill(template, rng, ctx);
}

/** What an abstract should contain beyond the field's text. */
export interface AbstractOptions {
  /** The coined system name, or null for an unnamed method. */
  name: string | null;
  /** The task and method the title names. */
  theme: Theme;
  /** A code URL to cite in the last sentence, or null. */
  codeUrl: string | null;
  /** Mention a project page. */
  project: boolean;
  /** Include one sentence of inline LaTeX. */
  math: boolean;
  minWords?: number;
  maxWords?: number;
}

const OPTIONAL_SLOTS = [0, 1, 2, 3, 4, 5, 6];
const details = new WeakMap<Field, readonly string[]>();

/** The field's own method details followed by the shared ones (built once per field). */
function detailsOf(field: Field): readonly string[] {
  let list = details.get(field);
  if (!list) details.set(field, (list = [...field.details, ...SHARED_DETAILS]));
  return list;
}

/**
 * Up to `k` distinct items in random order. Rejection sampling on a small result array: the lists
 * are short, and this allocates nothing but the result (a shuffle of a copy allocates twice).
 */
function pickDistinct<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const out: T[] = [];
  const n = Math.min(k, items.length);
  // The cap only matters for a list with repeated items, which could never fill `out`.
  for (let tries = 0; out.length < n && tries < 200; tries++) {
    const item = items[Math.floor(rng.next() * items.length)];
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

/**
 * Composes an abstract of minWords..maxWords words (default 120..250). The fixed parts (context,
 * gap, method, one detail, two results, and math/project/code when asked) always appear; optional
 * sentences are added in random order until a drawn target length is reached.
 *
 * Written for speed (the benchmark composes millions, the demo 3000 in a cold process): parallel
 * arrays instead of sentence objects, indexed loops instead of iterators, one join at the end.
 */
export function composeAbstract(rng: Rng, field: Field, opts: AbstractOptions): string {
  const min = opts.minWords ?? 120;
  const max = opts.maxWords ?? 250;
  const ctx = fillContext(vocabsOf(field), {
    Name: opts.name ?? '', Ref: opts.name ?? rng.pick(SHARED_VOCAB.ref), url: opts.codeUrl ?? '',
    task: opts.theme.task, method: opts.theme.method,
  });
  /** Sentences, their rank in the arc (lower first, ties in insertion order), their words. */
  const texts: string[] = [];
  const ranks: number[] = [];
  let total = 0;
  const say = (rank: number, template: string, limit: number): void => {
    const before = ctx.spaces;
    const text = fill(template, rng, ctx, true);
    const words = ctx.spaces - before + 1;
    if (total + words > limit) return;
    texts.push(text);
    ranks.push(rank);
    total += words;
  };

  const contexts = pickDistinct(rng, field.context, 2);
  const moreDetails = pickDistinct(rng, detailsOf(field), 2);
  const results = pickDistinct(rng, field.results, 3);
  say(0, contexts[0], Infinity);
  say(1, rng.pick(CHALLENGE_SENTENCES), Infinity);
  say(2, rng.pick(opts.name ? NAMED_METHOD_SENTENCES : PLAIN_METHOD_SENTENCES), Infinity);
  say(3, moreDetails[0], Infinity);
  say(5, results[0], Infinity);
  say(5, results[1], Infinity);
  if (opts.math) say(4, rng.pick(field.math), Infinity);
  if (opts.project) say(8, rng.pick(PROJECT_SENTENCES), Infinity);
  if (opts.codeUrl) say(9, rng.pick(CODE_SENTENCES), Infinity);

  // Optional sentences, tried in random order until the target length; none may pass `max`.
  // Targets sit in the lower middle of the bounds: real abstracts cluster there, and fewer
  // sentences keep the cold demo build fast.
  const target = rng.int(min + 10, max - 50);
  const extras = pickDistinct(rng, EXTRA_SENTENCES, 3);
  const optional = [contexts[1], moreDetails[1], results[2], rng.pick(CLOSING_SENTENCES), extras[0], extras[1], extras[2]];
  const optionalRanks = [0, 3, 5, 7, 6, 6, 6];
  const order = pickDistinct(rng, OPTIONAL_SLOTS, OPTIONAL_SLOTS.length);
  for (let i = 0; i < order.length && total < target; i++) {
    const template = optional[order[i]];
    if (template !== undefined) say(optionalRanks[order[i]], template, max);
  }
  // Rarely still short (long sentences skipped): pad with discussion sentences not yet used.
  for (let i = 0; total < min && i < EXTRA_SENTENCES.length; i++) {
    if (!optional.includes(EXTRA_SENTENCES[i])) say(6, EXTRA_SENTENCES[i], max);
  }

  // Stable insertion sort by rank (at most 16 sentences), then one join into a flat string.
  for (let i = 1; i < texts.length; i++) {
    const text = texts[i];
    const rank = ranks[i];
    let j = i - 1;
    for (; j >= 0 && ranks[j] > rank; j--) {
      texts[j + 1] = texts[j];
      ranks[j + 1] = ranks[j];
    }
    texts[j + 1] = text;
    ranks[j + 1] = rank;
  }
  return texts.join(' ');
}
