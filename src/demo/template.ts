/**
 * A tiny template language for synthetic text. `<key>` draws a phrase from a vocabulary list,
 * `<a:key>` does the same with "a"/"an" in front, `<#kind>` draws a number (see NUMBERS), and keys
 * found in the fixed values (`<Name>`, `<Ref>`, `<url>`) are substituted as given. Angle brackets,
 * not braces, because abstracts carry LaTeX ($\binom{n}{k}$) whose braces must stay literal.
 * A drawn phrase may itself contain placeholders ("a set of <#int> objects"); they are filled too.
 * Templates are compiled once and cached: the benchmark fills millions of them.
 */
import type { Rng } from './rng.ts';

/** Vocabulary lists by key. */
export type Vocab = Readonly<Record<string, readonly string[]>>;

/**
 * A compiled template: literal text around each placeholder, as parallel arrays
 * (lits has one more entry than keys). Flat arrays keep the hot loop cheap: the benchmark
 * fills millions of these, and the demo corpus must build 3,000 papers in well under 300 ms.
 */
interface Compiled {
  lits: string[];
  keys: string[];
  /** 0 = phrase, 1 = phrase with article, 2 = number. */
  kinds: number[];
  /** Spaces in the literal text, for word counts. */
  litSpaces: number;
}

/** Per-text state of fill: where phrases come from and what has been written so far. */
export interface FillContext {
  /** Vocabularies searched in order after `fixed`. */
  vocabs: readonly Vocab[];
  /** Values used as given (`<Name>`, `<Ref>`, `<url>`, a paper's `<task>`). */
  fixed: Readonly<Record<string, string>>;
  /**
   * Phrases drawn so far; later draws avoid them where the list allows ("kernel fusion" once).
   * An array, not a Set: it holds a few dozen literals, and a Set per text costs more to allocate.
   */
  used: string[];
  /** Running count of spaces written: word counts without rescanning (and flattening) the text. */
  spaces: number;
  /**
   * Title mode: phrases are put in Title Case as they are inserted (memoized per phrase, so a
   * title costs no per-word pass) and capitalized at the start or after ": ". Template literals
   * are expected to be in Title Case already.
   */
  title: boolean;
}

/** A fresh FillContext (for a title when `title` is true). */
export function fillContext(vocabs: readonly Vocab[], fixed: Readonly<Record<string, string>> = {}, title = false): FillContext {
  return { vocabs, fixed, used: [], spaces: 0, title };
}

/** Per vocabulary list, computed once: spaces in each phrase and whether it holds placeholders. */
interface ListInfo {
  spaces: Uint16Array;
  nested: Uint8Array;
}
const listInfos = new WeakMap<readonly string[], ListInfo>();

function listInfo(list: readonly string[]): ListInfo {
  let info = listInfos.get(list);
  if (!info) {
    info = { spaces: Uint16Array.from(list, countSpaces), nested: Uint8Array.from(list, (v) => (v.includes('<') ? 1 : 0)) };
    listInfos.set(list, info);
  }
  return info;
}

/**
 * Spaces in a string. indexOf jumps from space to space in native code, which is much cheaper than
 * a char-by-char loop while the code still runs in V8's interpreter (most of a cold demo build).
 */
function countSpaces(s: string): number {
  let n = 0;
  for (let i = s.indexOf(' '); i !== -1; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

const BITS = ['2', '3', '4', '4', '8'];

/** Number kinds: each draws a plausible value for the claims abstracts make. */
const NUMBERS: Record<string, (rng: Rng) => string> = {
  x: (r) => r.fixed(1.2, 6.9, 1), // speedups ("2.3x")
  pct: (r) => r.fixed(61, 98.9, 1), // accuracies and success rates
  pts: (r) => r.fixed(0.4, 9.9, 1), // absolute gains in points
  red: (r) => String(r.int(18, 87)), // relative reductions in percent
  int: (r) => String(r.int(2, 64)),
  k: (r) => String(r.int(3, 12)),
  bits: (r) => r.pick(BITS),
};

const cache = new Map<string, Compiled>();

function compile(template: string): Compiled {
  let c = cache.get(template);
  if (c) return c;
  c = { lits: [], keys: [], kinds: [], litSpaces: 0 };
  let last = 0;
  for (const m of template.matchAll(/<(a:|#)?([A-Za-z_]+)>/g)) {
    c.lits.push(template.slice(last, m.index));
    c.keys.push(m[2]);
    c.kinds.push(m[1] === 'a:' ? 1 : m[1] === '#' ? 2 : 0);
    last = m.index + m[0].length;
  }
  c.lits.push(template.slice(last));
  c.litSpaces = c.lits.reduce((n, lit) => n + countSpaces(lit), 0);
  cache.set(template, c);
  return c;
}

const articles = new Map<string, string>();

/** "a" or "an" for a phrase; acronyms read letter by letter ("an FPGA", "an LLM", "a GPU"). */
export function article(phrase: string): string {
  let a = articles.get(phrase);
  if (a === undefined) {
    const word = phrase.split(/[\s-]/, 1)[0];
    if (/^[A-Z0-9]{2,}/.test(word)) a = /^[AEFHILMNORSX8]/.test(word) ? 'an' : 'a';
    else if (/^(uni|use|usa|one|eu)/i.test(word)) a = 'a';
    else a = /^[aeiou]/i.test(word) ? 'an' : 'a';
    // Phrases come from fixed lists, so this cache stays small.
    if (articles.size < 10_000) articles.set(phrase, a);
  }
  return a;
}

/**
 * Fills a template. Lookup order: ctx.fixed, then each vocabulary in turn. An unknown key throws,
 * so a typo in a template fails the tests instead of printing "<typo>". With `capitalizeFirst`
 * the result starts with a capital (done on the first short piece, not by copying the sentence).
 */
export function fill(template: string, rng: Rng, ctx: FillContext, capitalizeFirst = false): string {
  const { lits, keys, kinds, litSpaces } = compile(template);
  ctx.spaces += litSpaces;
  let out = capitalizeFirst ? capitalize(lits[0]) : lits[0];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    let value: string | undefined;
    if (kinds[i] === 2) {
      const gen = NUMBERS[key];
      if (!gen) throw new Error(`unknown number kind <#${key}> in template: ${template}`);
      value = gen(rng);
    } else if ((value = ctx.fixed[key]) === undefined) {
      let list: readonly string[] | undefined;
      for (let v = 0; list === undefined && v < ctx.vocabs.length; v++) list = ctx.vocabs[v][key];
      if (!list) throw new Error(`unknown key <${key}> in template: ${template}`);
      let at = Math.floor(rng.next() * list.length);
      // A few re-draws only: small lists may have to repeat, and that is fine.
      for (let tries = 0; ctx.used.includes(list[at]) && tries < 4; tries++) at = Math.floor(rng.next() * list.length);
      value = list[at];
      ctx.used.push(value);
      const info = listInfo(list);
      if (info.nested[at]) {
        value = fill(value, rng, ctx); // counts its own spaces
      } else {
        ctx.spaces += info.spaces[at];
      }
    } else {
      ctx.spaces += countSpaces(value);
    }
    if (ctx.title) value = titlePhrase(value);
    if (kinds[i] === 1) {
      value = `${article(value)} ${value}`;
      ctx.spaces++;
    }
    if (out === '' ? capitalizeFirst || ctx.title : ctx.title && (out.endsWith(': ') || out.endsWith('? '))) value = capitalize(value);
    out += value + lits[i + 1];
  }
  return out;
}

/** Upper-cases the first letter of a sentence (copying the string only when it must change). */
export function capitalize(s: string): string {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) + s.slice(1) : s;
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'via', 'vs', 'with']);

const titlePhrases = new Map<string, string>();

/** A phrase in Title Case for use inside a title (not capitalizing a leading "the"); memoized. */
function titlePhrase(phrase: string): string {
  let cased = titlePhrases.get(phrase);
  if (cased === undefined) {
    cased = titleCase(phrase, false);
    // Phrases come from fixed lists; filled nested phrases (with numbers) are not worth keeping.
    if (titlePhrases.size < 10_000) titlePhrases.set(phrase, cased);
  }
  return cased;
}

/**
 * Title Case for titles: every word capitalized except short function words (unless first or
 * after a colon); words that already carry capitals or digits ("H100", "cuBLAS") stay as written.
 * In hyphenated compounds the first part is always capitalized ("In-Hand", "Text-to-Image").
 * With `startsTitle` false a leading small word stays lower-case ("the LIBERO Benchmark").
 */
export function titleCase(s: string, startsTitle = true): string {
  const words = s.split(' ');
  let first = startsTitle;
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    words[w] = word.includes('-') ? word.split('-').map((part, j) => titleWord(part, j === 0)).join('-') : titleWord(word, first);
    first = word.endsWith(':'); // after "Name:" comes a new first word
  }
  return words.join(' ');
}

function titleWord(word: string, first: boolean): string {
  const c = word.charCodeAt(0);
  if (!(c >= 97 && c <= 122)) return word; // already capitalized, a digit, non-ASCII or empty: keep
  if (!first && SMALL_WORDS.has(word)) return word;
  if (/[A-Z0-9]/.test(word)) return word; // "cuBLAS", "int8" (the first letter is lower-case here)
  return String.fromCharCode(c - 32) + word.slice(1);
}
