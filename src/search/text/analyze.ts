/**
 * The shared text analyzer: turns a title or abstract into Porter stems (what the search models
 * match on) paired with the words as written (what a person is shown). One analyzer for every
 * model, so a query and the documents it should find are cut the same way.
 *
 * It runs over every abstract of a bulk index (a million texts), so words are found by a
 * hand-written character scan instead of regexes, and stems are memoized in a table probed
 * without cutting the word out of the text (see word-table.ts).
 */
import { stemmer } from 'stemmer';
import { FNV_OFFSET, FNV_PRIME, WordTable } from './word-table.ts';

// Module-local copies: reading an imported binding in the per-character loop measured 2x slower.
const OFFSET = FNV_OFFSET;
const PRIME = FNV_PRIME;

/** One kept word: its stem, and the word as written (diacritics stripped, case kept). */
export interface Token {
  stem: string;
  surface: string;
}

/*
 * Function words, plus the words every paper uses whatever its topic ("we propose a novel method
 * and show results"). Those carry no topic: left in, they would make every abstract look alike to
 * the co-occurrence model and fill "shared terms" explanations with noise. Topic-bearing words that
 * are merely frequent (model, data, learning, performance, efficient, low, large, state) stay in:
 * frequency is handled by weighting, and dropping them would break queries such as "low-bit".
 */
const FUNCTION_WORDS = `a about above after again against all am an and any are aren as at be because been
before being below between both but by can cannot could couldn did didn do does doesn doing don down
during each either else etc few for from further had hadn has hasn have haven having he her here hers
herself him himself his how however i if in into is isn it its itself just let me might more most must
my myself neither no nor not now of off on once only or other others our ours ourselves out over own
same shall she should so some such than that the their theirs them themselves then there these they
this those through thus to too under until up upon very was wasn we were weren what when where whereas
whether which while who whom whose why will with within without would yet you your yours yourself
also although among amongst another around beyond despite due either hence may onto per since still
therefore thereby toward towards via whereby wherein whilst ie eg al et cf vs`;

const PAPER_WORDS = `paper papers propose proposes proposed proposing present presents presented presenting
result results resulting show shows showed shown showing approach approaches method methods use uses
used using based novel new work works study studies studied furthermore moreover additionally addition
demonstrate demonstrates demonstrated demonstrating experiment experiments experimental extensive
extensively existing significant significantly effective effectively various different well first
second third one two three four five several many much provide provides provided providing introduce
introduces introduced introducing achieve achieves achieved achieving outperform outperforms
outperformed outperforming framework frameworks problem problems recent recently key important
challenge challenges challenging address addresses addressed addressing leverage leverages leveraged
leveraging enable enables enabled enabling respectively specifically particular particularly include
includes included including given often typically commonly widely even especially overall finally
consider considers considered investigate investigates investigated explore explores explored exploring
develop develops developed developing aim aims goal find finds found findings obtain obtains obtained
superior compared compare compares comparison comparisons improve improves improved improving
improvement improvements make makes made making able yield yields require requires required requiring
remain remains highlight highlights like across art available publicly http https www com org github
io html way ways lastly`;

/** Lower-case words the analyzer drops before stemming. */
export const STOPWORDS: ReadonlySet<string> = new Set(`${FUNCTION_WORDS} ${PAPER_WORDS}`.split(/\s+/).filter(Boolean));

/** Longest token kept: longer runs are hashes, URLs or formula debris, not words. */
const MAX_TOKEN = 40;
/** Digits-only tokens longer than this are ids, counts and years-with-noise, not topics. */
const MAX_NUMBER_DIGITS = 4;

/*
 * LaTeX: accents glue to their letter (Poincar\'e, Erd\H{o}s), every other command is notation
 * (\mathcal, \frac, \alpha) and becomes a word break; `$`, braces and `^_` are already breaks.
 * The argument of a command survives (\textbf{Robust} keeps "Robust").
 */
const LATEX_ACCENT = /\\[`'^"~=.]\{?([A-Za-z])\}?|\\[Hcvudbrtk]\{([A-Za-z])\}/g;
const LATEX_COMMAND = /\\[A-Za-z]+/g;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;

/** Text with LaTeX notation removed and diacritics stripped (NFKD also splits ligatures such as ﬁ). */
export function normalizeText(text: string): string {
  let s = text;
  if (s.includes('\\')) s = s.replace(LATEX_ACCENT, '$1$2').replace(LATEX_COMMAND, ' ');
  if (NON_ASCII.test(s)) s = s.normalize('NFKD').replace(MARKS, '');
  return s;
}

/*
 * Which UTF-16 code units are word characters (Unicode letters and digits). ASCII is tested inline;
 * the rest (Greek, CJK, letters NFKD keeps) from a table filled once, on the first non-ASCII text,
 * so a stray en dash or curly quote does not push a whole abstract onto a slow regex path.
 */
let wordTable: Uint8Array | null = null;

function buildWordTable(): Uint8Array {
  const table = new Uint8Array(65536);
  const letterOrDigit = /^[\p{L}\p{N}]$/u;
  // Surrogate halves stay 0: a character outside the BMP splits words, which costs nothing real.
  for (let c = 128; c < 65536; c++) if ((c < 0xd800 || c > 0xdfff) && letterOrDigit.test(String.fromCharCode(c))) table[c] = 1;
  return table;
}

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  wordTable ??= buildWordTable();
  return wordTable[c] === 1;
}

/**
 * Receives each word of a text: lower[start, end) is the word lower-cased, written[start, end) as
 * written, hash its FNV-1a hash (of the lower-case form).
 */
export type WordVisitor = (lower: string, written: string, start: number, end: number, hash: number) => void;

/** Splits a text into words (runs of letters and digits), after normalizeText. */
export function scanWords(text: string, visit: WordVisitor): void {
  const s = normalizeText(text);
  // Lower-casing keeps every index once NFKD has split the one letter it would lengthen (U+0130),
  // so a word's position in `lower` is its position in `s`.
  const lower = s.toLowerCase();
  let start = -1;
  let h = 0;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : isWordChar(c)) {
      if (start < 0) {
        start = i;
        h = OFFSET;
      }
      h = Math.imul(h ^ c, PRIME);
    } else if (start >= 0) {
      visit(lower, s, start, i, h);
      start = -1;
    }
  }
}

function isDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The stem of a lower-case word, or null when the analyzer drops it (stopword, too short or long, id-like number). */
export function stemWord(word: string): string | null {
  const len = word.length;
  if (len < 2 || len > MAX_TOKEN || STOPWORDS.has(word) || (len > MAX_NUMBER_DIGITS && isDigits(word))) return null;
  return stemmer(word);
}

/*
 * Stem cache. Stemming (a dozen regexes a word) costs more than the rest of the analysis, and
 * vocabularies are Zipfian, so nearly every word is a repeat. Bounded by clearing it when full.
 */
const CACHE_LIMIT = 100_000;
const cache = new WordTable(16);
const cachedStems: (string | null)[] = [];

function cachedStem(lower: string, start: number, end: number, hash: number): string | null {
  const hit = cache.get(lower, start, end, hash);
  return hit !== undefined ? cachedStems[hit] : stemAndCache(lower.slice(start, end), hash);
}

/** The cache miss, kept out of cachedStem so the hot path stays small enough to inline. */
function stemAndCache(word: string, hash: number): string | null {
  if (cache.size >= CACHE_LIMIT) {
    cache.clear();
    cachedStems.length = 0;
  }
  const stem = stemWord(word);
  cache.set(word, hash, cachedStems.length);
  cachedStems.push(stem);
  return stem;
}

/**
 * Calls `visit(stem, surface)` for every kept word in order. The callback form lets callers walk
 * a million abstracts without allocating a Token per word.
 */
export function forEachToken(text: string, visit: (stem: string, surface: string) => void): void {
  scanWords(text, (lower, written, start, end, hash) => {
    const stem = cachedStem(lower, start, end, hash);
    if (stem !== null) visit(stem, written.slice(start, end));
  });
}

/** Like forEachToken for callers that need only stems: skips cutting out the written forms. */
export function forEachStem(text: string, visit: (stem: string) => void): void {
  scanWords(text, (lower, _written, start, end, hash) => {
    const stem = cachedStem(lower, start, end, hash);
    if (stem !== null) visit(stem);
  });
}

/** The kept words of a text, in order, as stems with their written forms. */
export function analyze(text: string): Token[] {
  const out: Token[] = [];
  forEachToken(text, (stem, surface) => out.push({ stem, surface }));
  return out;
}

/** Only the stems, in order (what the models consume). */
export function analyzeStems(text: string): string[] {
  const out: string[] = [];
  forEachStem(text, (stem) => out.push(stem));
  return out;
}
