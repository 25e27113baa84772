import type { Metric } from '../types.ts';
import { FAMILY_SIZES, PERCENTAGE_POINTS, RATIO, UNIT_RULES, type UnitRule } from './units.ts';

/** A number (or range) with its unit, found in normalized sentence text. */
export interface Quantity {
  value: number | null;
  min: number | null;
  max: number | null;
  /** Canonical unit, '' when none follows the number. */
  unit: string;
  rule: UnitRule | null;
  /** Normalized offsets within the sentence. */
  start: number;
  end: number;
}

// No letter, digit, dot, @, ^ or * just before: "H100", "Qwen3", "AP@0.5", "W4A4" are names, not numbers,
// and the 4 of "10^4" or "10**4" is an exponent.
// After a slash only when a percentage or ratio ends before it ("14.0%/17.4%"); "1/2" and "v1/2" stay out.
// An exponent ("3.14e-8") belongs to the number; "2e5x" or "1e-3B" are not exponents of a word.
// "GPU\'92s" is an escaped apostrophe, not 92 seconds.
const NUMBER = /(?:(?<![A-Za-z0-9_.@^*])|(?<=(?:^|[\s(])x))(?<![^%×x]\/)(?<!\\')(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:[eE]([-−+]?\d{1,3})(?!\w|\.\d))?/g;
// "4.46-to-7.17x" is a range too.
// "from +0.11% to +0.19%", "-0.04% to -0.27%": a sign on the second end is no join of its own.
const RANGE_JOIN = /^\s?(?:-|to|~|−|-to-)\s?$|^\s?to\s[+−-]$/;

// "from 2.6% to 1.2%" is a change, but "ranging from 90x to 104x" and "between 4.6x and 4.8x" are ranges.
// ("accuracies vary widely (from 34% to 72%)" too.)
const RANGING = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|span(?:s|ned|ning)?)\s(?:(?:widely|considerably|greatly|substantially|markedly)\s)?\(?(?:from\s)?$/i;

// "from 22.9% to 39.4% on AlpacaEval 2, and 20.6% to 29.1% on Arena-Hard": a pair listed after a change goes on with it.
// ("from 12 ms to 8 ms on A100 and 20 ms to 11 ms on H100", "from 70.1% to 75.3%, 80.2% to 85.9%, and 60.0% to 66.1%": a
// short unit, and pairs listed with commas.)
const CHANGE_PAIR = String.raw`[+−-]?[\d.]+\s?(?:%|[A-Za-z]{1,3}(?=\s))?\sto\s[+−-]?[\d.]+\s?(?:%|[A-Za-z]{1,3}\b)?`;
const TO_NEXT_ITEM = String.raw`(?:[^.;%]|\.\d){0,80}?(?:,\s(?:and\s)?|\sand\s)`;
export const NEXT_CHANGE = new RegExp(String.raw`(?<!\b(?:rang|var|span)\w*\s)\bfrom\s${CHANGE_PAIR}(?:${TO_NEXT_ITEM}${CHANGE_PAIR})*${TO_NEXT_ITEM}$`);

// (A verb, or a noun a few words back: "a 5.6 percent increase in success rate (73.6 percent to 79.2 percent)".)
const CHANGE_VERB_THEN_PAREN = /\b(?:improv|increas|rais|boost|lift|reduc|decreas|lower|cut|drop|declin)\w*\s(?:[\w-]+\s){0,4}\(\s?$/i;
// ("improves success on both (28% to 54% and 37% to 60%)": the next pair in the same parentheses.)
const PAIR_BEFORE = /[\d.]+\s?%\sto\s[\d.]+\s?%(?:,\s(?:and\s)?|\sand\s)$/;
/** Whether the text before a number opens the parentheses of a change's levels: "improved X (", "a gain (", "(28% to 54% and ". */
export function changeLevelsInParen(before: string): boolean {
  const t = before.replace(PAIR_BEFORE, '');
  return CHANGE_VERB_THEN_PAREN.test(t) || CHANGE_THEN_PAREN.test(t);
}
const RATIO_GAIN_FROM = /\b(?:improvements?|enhancements?|reductions?|speed-?ups?|gains?|savings?|accelerations?)\b[^.;]{0,40}?\sfrom\s$/i;
export const CHANGE_THEN_PAREN = /(?:\bby\s(?:up to\s|about\s)?\+?[\d.]+\s?%|\b(?:gains?|improvements?|increases?|boosts?|drops?|decreases?|declines?|reductions?))\s?\(\s?$/i;

function isRange(text: string, a: Quantity, b: Quantity): boolean {
  const join = text.slice(a.end, b.start);
  const before = text.slice(Math.max(0, a.start - 40), a.start);
  // ("for VGG-11 to 83.74%": a bare number glued by a hyphen to a name is the name's, no end of a range.)
  if (!a.unit && /[A-Za-z]-$/.test(before)) return false;
  if (/\bbetween\s$/i.test(before)) return /^\s?and\s$/.test(join) || RANGE_JOIN.test(join);
  if (/^\sto\s$/.test(join) && NEXT_CHANGE.test(text.slice(Math.max(0, a.start - 160), a.start))) return false;
  // "improves accuracy by 0.8% (94.0% to 94.8%)", "a 4% accuracy gain (42.75% to 46.75%)": the levels a stated change went between.
  if (/^\sto\s$/.test(join) && CHANGE_THEN_PAREN.test(text.slice(Math.max(0, a.start - 60), a.start))) return false;
  // ("improved same-cancer (64.9% to 72.6% AUC)": a verb of change whose levels follow in parentheses.)
  if (/^\sto\s$/.test(join) && a.unit === '%' && changeLevelsInParen(text.slice(Math.max(0, a.start - 80), a.start))) return false;
  // ("an enhancement in TOPS/mm^2 from 11.3x to 12.78x", "parameter reduction, from 5 to 10 times": a gain's factors from
  // one to another are the range it spans, not a change.)
  if (/^\sto\s$/.test(join) && b.unit === 'x' && (a.unit === 'x' || !a.unit) && RATIO_GAIN_FROM.test(before)) return true;
  // ("accuracies ranging from 93.8% (flap tears) to 99.3% (concave severity)": what each end is of, in parentheses.)
  if (/\bfrom\s$/.test(before) && RANGING.test(before) && /^\s?\([^()\d]{1,40}\)\sto\s$/.test(join)) return true;
  return RANGE_JOIN.test(join) && (!/\bfrom\s$/.test(before) || RANGING.test(before));
}

// "improves mAP by 9 points", "+14.9 points on average": a score on a scale of 100 moves in
// percentage points; a contest's "394 points", "n=8,682 points" or "60/60 points" are not such a change.
// ("+4.83 BLEU points", "by 14.3 AUC points", "8.2 accuracy points": the score's name between the number and its points.)
// ("BIRD-Critic (+2.6 pts)": the abbreviation is the same word.)
const POINTS_WORD = String.raw`(?:absolute\s)?(?:(?:BLEU|ROUGE-\w+|F1|mIoU|mAP|AP|AUC|AUROC|CIDEr|EM|NDCG@\d+|pass@\d+|top-?\d|accuracy)\s)?(?:points?|pts)\b`;
// ("an 8.0-point gain", "a 3.2-point quality trade"; not "a 5-point quality evaluation framework", a scale.)
const POINTS = new RegExp(String.raw`^(?:\s${POINTS_WORD}|-points?(?=\s(?:[\w-]+\s)?(?:gains?|improvements?|increases?|boosts?|drops?|decreases?|reductions?|declines?|margins?|leads?|advantages?|jumps?|lifts?|trade(?:-?offs?)?)\b))`);

/** The sign between a number and its uncertainty ("85.3 ± 0.4", "+2.90% +/- 0.33%", "0.9125 plus or minus 0.0047"). */
export const PLUS_MINUS = String.raw`(?:±|\+-|\+\/-|plus-minus|plus or minus)`;
const UNCERTAINTY_JOIN = new RegExp(String.raw`^\s?${PLUS_MINUS}\s?$`);

function parseNumber(whole: string, frac: string | undefined, exp: string | undefined): number {
  return Number(`${whole.replace(/,/g, '')}${frac ? `.${frac}` : ''}${exp ? `e${exp.replace('−', '-')}` : ''}`);
}

// All unit rules in one sticky alternation (one regex run per number instead of one per rule); each
// rule's own groups follow its outer group, so its match is rebuilt for `canonical`.
const groupCount = (src: string) => new RegExp(`${src}|`).exec('')!.length - 1;
const OFFSETS: number[] = [];
const OWN: number[] = UNIT_RULES.map((r) => groupCount(r.re.source));
let groups = 0;
UNIT_RULES.forEach((_, i) => { OFFSETS.push(groups + 1); groups += 1 + OWN[i]!; });
const ANY_UNIT = new RegExp(UNIT_RULES.map((r) => `(${r.re.source})`).join('|'), 'y');

/**
 * Anywhere in a normalized text: a number with a unit the rules above would read after it. The
 * pre-scan that skips a paper with nothing to read (index.ts) is built from the same rules, so a
 * unit added to UNIT_RULES can never be skipped unread. (LaTeX's "~" between a number and its unit
 * is read as the space it becomes, and a space inside a unit as any run of whitespace: "13 billion\n
 * parameters" is a hard-wrapped abstract's "13 billion parameters".)
 */
const anySpace = (source: string) => source.replace(/ |\\s(?![*+?{])/g, String.raw`\s+`);
export const MAY_HOLD_UNIT = new RegExp(String.raw`\d\+?[\s~]*(?:${UNIT_RULES.map((r) => `(?:${anySpace(r.re.source)})`).join('|')}|-?${anySpace(POINTS_WORD)})|×\s?\d|(?:^|[\s(])x\d|[Ff]actor\sof\s`);

function unitAt(text: string, at: number): { rule: UnitRule; unit: string; end: number } | null {
  const space = text[at] === ' ' ? 1 : 0;
  ANY_UNIT.lastIndex = at + space;
  const m = ANY_UNIT.exec(text);
  if (!m) return null;
  const i = OFFSETS.findIndex((o) => m[o] !== undefined);
  const rule = UNIT_RULES[i]!;
  const own = m.slice(OFFSETS[i]!, OFFSETS[i]! + 1 + OWN[i]!) as unknown as RegExpExecArray;
  return { rule, unit: rule.canonical(own), end: at + space + m[0].length };
}

// "three times faster", "a fivefold reduction", "twice as fast": ratios written in words, read only
// before a comparison ("run three times" is a repetition, not a result).
const WORD_VALUES: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, twice: 2, halv: 2, doubl: 2,
};
/** Numbers written as words that a ratio is made of ("three times", "fivefold"); also baseline.ts's. */
export const NUMBER_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred';
// "halving peak memory", "doubles throughput" are 2x too (labels, rule 26); what they change must be named
// after them, and "doubled every 5.1 years" is a trend, not a result. After "by" a ratio in words is the
// size of a change ("increases inference speed by more than fivefold"; the word is matched first and
// "by" checked after, as a lookbehind tried at every position costs extraction time).
const WORD_RATIO = new RegExp(String.raw`\b(?:(?:(${NUMBER_WORDS})(?:\stimes|[- ]?fold)|(twice))(?=\s(?:faster|slower|higher|lower|more|less|fewer|greater|larger|smaller|better|as|the|speedups?|improvements?|reductions?|increases?|decreases?|gains?|boosts?)\b)|(halv|doubl)(?:es|ed|ing)\b(?=\s)(?!\s(?:(?:approximately|roughly|about|nearly)\s)?(?:every|each)\b)|(${NUMBER_WORDS})(?:\stimes|[- ]?fold)\b(?<=\bby\s(?:(?:more than|over|nearly|about|almost|up to|roughly|approximately)\s)?[a-z]+(?:\stimes|[- ]?fold)))`, 'gi');
// "using only 1/400 of its parameters", "in just a third of the training iterations", "less than one-eighth
// of the GPU memory": so small a fraction of a resource is that many times less of it (labels, rule 36;
// "2/3 of the activated parameters" is 1.5x). Only after a word that says it is little ("with half of the
// data selected" is a setting).
const FRACTION_WORDS: Record<string, number> = { half: 2, third: 3, quarter: 4, fourth: 4, fifth: 5, sixth: 6, eighth: 8, tenth: 10, twentieth: 20, hundredth: 100 };
/** The fractions written as words ("half", "third"); also baseline.ts's ("less than half" is no comparison). */
export const FRACTION_WORD_LIST = Object.keys(FRACTION_WORDS).join('|');
const RESOURCE = String.raw`(param(?:eter)?s)|((?:GPU\s)?memory)|(energy)|((?:training|inference|annotation|wall-clock|processing|running|search|compute)\s(?:[\w-]+\s)?time)|compute|computation|FLOPs|costs?|tokens|data|iterations|steps|samples|examples`;
// (The fraction is matched first and the word before it checked after: the word list tried at every
// position made the pre-scan about a microsecond an abstract slower.)
const FRACTION = new RegExp(String.raw`(?:1\/(\d+)(?:th)?|([2-9])\/(\d+)|(${FRACTION_WORD_LIST}))(?<=\b(?:only|just|merely|less than|under|at most)\s(?:about\s|roughly\s|approximately\s|around\s)?(?:one[- ]|an?\s)?[\w/]+)\s(?:of\s)?(?:the\s|its\s|their\s)?(?:[\w-]+\s){0,2}?(?:${RESOURCE})\b`, 'gi');
const FRACTION_OF = (metric: Metric): UnitRule => ({ re: /(?:)/y, canonical: () => 'x', kind: 'relative', metric });
const FRACTION_RULES = { model_size: FRACTION_OF('model_size'), memory: FRACTION_OF('memory'), energy: FRACTION_OF('energy'), speedup: FRACTION_OF('speedup'), cost: FRACTION_OF('cost') };
/** The rules fractions are read by: relative, with the metric their resource names. */
const FRACTION_RULE_SET = new Set<UnitRule>(Object.values(FRACTION_RULES));
export const isFractionRule = (rule: UnitRule | null) => rule !== null && FRACTION_RULE_SET.has(rule);

function fractionRatios(text: string): Quantity[] {
  const out: Quantity[] = [];
  FRACTION.lastIndex = 0;
  for (let m = FRACTION.exec(text); m; m = FRACTION.exec(text)) {
    const value = m[1] ? Number(m[1]) : m[2] ? Math.round((Number(m[3]) / Number(m[2])) * 1e6) / 1e6 : FRACTION_WORDS[m[4]!.toLowerCase()]!;
    if (!(value > 1)) continue;
    const rule = m[5] ? FRACTION_RULES.model_size : m[6] ? FRACTION_RULES.memory : m[7] ? FRACTION_RULES.energy : m[8] ? FRACTION_RULES.speedup : FRACTION_RULES.cost;
    // The number's span is the fraction as written, "one-eighth" and "a third" with their first word.
    const word = m[4] ? /(?:one[- ]|an?\s)$/i.exec(text.slice(Math.max(0, m.index - 4), m.index)) : null;
    const start = m.index - (word ? word[0].length : 0);
    const end = m.index + /^[\w/]+/.exec(text.slice(m.index))![0].length;
    out.push({ value, min: null, max: null, unit: 'x', rule, start, end });
  }
  return out;
}

/** Anywhere in a text: a ratio written in words or as a small fraction (the pre-scans' test, as digits are theirs). */
export const MAY_HOLD_WORD_RATIO = new RegExp(`${WORD_RATIO.source}|${FRACTION.source}`, 'i');

function wordRatios(text: string): Quantity[] {
  const out: Quantity[] = [];
  WORD_RATIO.lastIndex = 0;
  for (let m = WORD_RATIO.exec(text); m; m = WORD_RATIO.exec(text)) {
    const value = WORD_VALUES[(m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase()]!;
    out.push({ value, min: null, max: null, unit: 'x', rule: RATIO, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const SLASH_LIST = /(?<![\w.@^/*])\d+(?:\.\d+)?(?:\/\d+(?:\.\d+)?)+/g;

function withSlashLists(text: string, raw: Quantity[]): Quantity[] {
  SLASH_LIST.lastIndex = 0;
  for (let m = SLASH_LIST.exec(text); m; m = SLASH_LIST.exec(text)) {
    const end = m.index + m[0].length;
    const u = unitAt(text, end);
    // ("1/8x the cost", "1/120 s": a fraction, one number.)
    if (!u || /^1\/\d+$/.test(m[0])) continue;
    let at = m.index;
    const items = m[0].split('/').map((part) => { const q = { start: at, end: at + part.length, value: Number(part) }; at += part.length + 1; return q; });
    const listed: Quantity[] = items.map((q, i) => ({ value: q.value, min: null, max: null, unit: u.unit, rule: u.rule, start: q.start, end: i === items.length - 1 ? u.end : q.end }));
    raw = raw.filter((q) => q.end <= m!.index || q.start >= u.end).concat(listed).sort((a, b) => a.start - b.start);
  }
  return raw;
}

// "a +1.4 Top-1 accuracy improvement", "a 5.03 absolute NDCG@10 improvement": a signed or absolute number before a
// score's change is that many points of it (the unit is not written; the score's name stays to name the metric).
const SCORE_CHANGE_AFTER = /^\s(?:absolute\s)?(?:top-?\d\s)?(?:accuracy|mAP(?:@[\d.]+)?|mIoU|F1(?:[- ]score)?|NDCG@\d+|BLEU|ROUGE-\w+|exact[- ]match|pass@\d+)\s(?:improvement|gain|increase|boost|drop|decrease|degradation)s?\b/i;

/** The unit at `at` after a number, or "points" after a score's change ("improves mAP by 9 points"; not "n=8,682 points"). */
function unitOrPointsAt(text: string, at: number, value: number, numberStart: number): { rule: UnitRule; unit: string; end: number } | null {
  const u = unitAt(text, at);
  // (An F1 or NDCG change below 1 is on their own 0-1 scale: "+0.17 F1 improvement".)
  if (!u && value <= 100 && SCORE_CHANGE_AFTER.test(text.slice(at, at + 60)) && !(value < 1 && /^\s(?:absolute\s)?(?:F1|NDCG)/i.test(text.slice(at, at + 20)))
    && (/[+−]\s?$/.test(text.slice(Math.max(0, numberStart - 2), numberStart)) || /^\sabsolute\s/i.test(text.slice(at, at + 10)))) return { rule: PERCENTAGE_POINTS, unit: 'pp', end: at };
  if (u || value > 100 || !POINTS.test(text.slice(at, at + 18)) || /[/=]\s?$/.test(text.slice(Math.max(0, numberStart - 2), numberStart))) return u;
  return { rule: PERCENTAGE_POINTS, unit: 'pp', end: at + POINTS.exec(text.slice(at))![0].length };
}

const PLUS_THEN_WORD = /^\+\s[^\d\s+]/;

/** A number written with a plus before its unit ("600+ FPS"): at least that much. */
export const PLUS_NUMBER = /^[\d.,]+\+/;

const PREFIX_TIMES = /(?:^|[^\d)\s]\s|[(~≈])(×\s?)$/;
// "an average speedup of x17.7", "peak speedups reaching x449", "by up to x30": the letter for the times sign, after
// words that give a ratio; "x86", "x264" and "from x4 to x8" are names and scales, no ratios (the number is not read at all).
const LETTER_TIMES = /(?:\b(?:of|to|by|reach(?:es|ed|ing)?|achiev(?:es|ed|ing)|deliver(?:s|ed|ing)?|yield(?:s|ed|ing)?|average|peak|and)\s|,\s)x$/;
const LETTER_NAMES = /^(?:86|64|264|265)\b/;
// "$\times$25-54": a times sign before a range.
const TIMES_RANGE_END = /^\s?-\s?(\d+(?:\.\d+)?)(?![\d.]|\s?[%×x]|\s?times)/;

// "reduces memory consumption by a factor of 2.6", "outperforms PAC by a factor of 1.2 to 6.3 in encoding throughput": a ratio
// written in words before a bare number (and its range).
const FACTOR_OF = /\bfactor\sof\s(?:up\sto\s|about\s|approximately\s|roughly\s|nearly\s|almost\s|over\s|more\sthan\s|~\s?|≈\s?)?\$?$/i;
const FACTOR_RANGE_END = /^\$?(?:\s?-\s?|\sto\s)\$?(\d+(?:\.\d+)?)\$?(?![\d.]|\s?[%×x]|\s?times)/;

/**
 * Every number in the text with the unit that follows it; "1.9-38.8x", "4.5x to 219.8x" and
 * "94% ~ 96%" become one range. Thousands separators are read ("6,000"), and a number glued to a
 * letter is a name, not a quantity.
 */
// "we train RexBERT models ranging from 17M to 400M parameters", "The TrashDet family spans 1.2M to 30.5M parameters", "PP-OCRv6:
// From 1.5M to 34.5M Parameters": the sizes a family of the paper's own models spans, one range in the first end's unit
// (labels, rule 30). Not the scales a study tests ("we evaluate models ranging from 1B to 70B parameters").
const PARAMETER_RANGE = /(?<=\b(?:ranging|ranges?|range)\sfrom\s|\bspans?\s|\b[Ff]rom\s)(\d+(?:\.\d+)?)\s?([MB])\s(?:to|-|–)\s(\d+(?:\.\d+)?)\s?([MB])(?:\s(?:parameters|params)\b|(?<=\bparameter\s(?:counts?|sizes?)\s(?:[^.;]|\.\d){0,40}[MB]))/gi;
const OWN_FAMILY = /(?:\b[Ww]e\s(?:train|offer|provide|introduce|present|release|open-source|build|develop)\w*\s|\b(?:an?|the|[A-Z][\w-]*)\s(?:[\w-]+\s){0,3}(?:family|series|suite)\s(?:of\s|spans?\s|consisting\s)|\b[Oo]ur\s(?:[\w-]+\s){0,2}models\s)(?:[^.;:]){0,70}$|^[^:.]{1,40}:\s(?:[Ff]rom\s)?$/;
const SIZE_MULTIPLIER: Record<string, number> = { M: 1, B: 1000 };
function withParameterRanges(text: string, raw: Quantity[]): Quantity[] {
  if (!/param/i.test(text)) return raw;
  let out = raw;
  for (const m of text.matchAll(PARAMETER_RANGE)) {
    if (!OWN_FAMILY.test(text.slice(0, m.index).replace(/\([^()]*$/, ''))) continue;
    const [a, ua, b, ub] = [Number(m[1]), m[2]!.toUpperCase(), Number(m[3]), m[4]!.toUpperCase()];
    const max = (b * SIZE_MULTIPLIER[ub]!) / SIZE_MULTIPLIER[ua]!;
    if (!(max > a)) continue;
    const [start, end] = [m.index, m.index + m[0].length];
    out = out.filter((q) => q.end <= start || q.start >= end);
    out.push({ value: null, min: a, max: Math.round(max * 1000) / 1000, unit: `${ua} params`, rule: FAMILY_SIZES, start, end });
  }
  return out === raw ? raw : out.sort((x, y) => x.start - y.start);
}

export function findQuantities(text: string): Quantity[] {
  let raw: Quantity[] = [];
  // A ratio from `start` to `end`, or the range it opens when `rangeEnd` reads a larger end right after it.
  const pushRatio = (value: number, start: number, end: number, rangeEnd: RegExp) => {
    const range = rangeEnd.exec(text.slice(end));
    if (range && Number(range[1]) > value) {
      raw.push({ value: null, min: value, max: Number(range[1]), unit: 'x', rule: RATIO, start, end: end + range[0].length });
      NUMBER.lastIndex = end + range[0].length;
    } else raw.push({ value, min: null, max: null, unit: 'x', rule: RATIO, start, end });
  };
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    // "8,0" in "Posit (8,0)" is two numbers: a comma needs three digits after it to be a separator.
    const value = parseNumber(m[1]!, m[2], m[3]);
    const end = m.index + m[0].length;
    // "enables 600+ FPS rendering", "lag ... by 10+ points": a plus between the number and its unit says at least
    // (claims.ts reads it from the span); "8+8 bits" and "3+ 2" are sums.
    const u = unitOrPointsAt(text, end, value, m.index) ?? (PLUS_THEN_WORD.test(text.slice(end, end + 3)) ? unitOrPointsAt(text, end + 1, value, m.index) : null);
    // "by a factor of 2.6": a ratio in words (its own times sign after the number reads it as any ratio).
    if (!u && FACTOR_OF.test(text.slice(Math.max(0, m.index - 40), m.index)) && !/^\s?(?:[×x]|times)\b/.test(text.slice(end, end + 7))) {
      pushRatio(value, m.index, end, FACTOR_RANGE_END);
      continue;
    }
    // "achieving up to ×3.23 attention speedup", "a $\times 73$ inference speedup": a times sign before the number, with
    // no number before it ("256 × 256" is a size).
    const letter = text[m.index - 1] === 'x';
    if (letter && (u || !LETTER_TIMES.test(text.slice(Math.max(0, m.index - 12), m.index)) || LETTER_NAMES.test(text.slice(m.index)))) continue;
    const times = !u && (letter ? /(x)$/.exec(text.slice(m.index - 1, m.index)) : PREFIX_TIMES.exec(text.slice(Math.max(0, m.index - 6), m.index)));
    // ("(×4)", "×4 super-resolution", "the ×2 upscaling track", "a bicubic ×4 evaluation protocol": a scale factor is a setting.)
    const ratio = times && !/^\s?(?:×|[xX]\b|\^|\d|\))/.test(text.slice(end, end + 3)) && !/^\s?(?:SR|super-?resolution|upscal|upsampl|downsampl|scale|zoom|magnif|evaluation|setting|protocol|track|task|challenge)/i.test(text.slice(end, end + 20))
      && !/\b(?:bicubic|scale|factor)\s?×\s?$/i.test(text.slice(Math.max(0, m.index - 16), m.index));
    // (A number after the letter x that is no ratio is not read at all, as before the letter was read.)
    if (letter && !ratio) continue;
    if (times && ratio) {
      pushRatio(value, m.index - times[1]!.length, end, TIMES_RANGE_END);
      continue;
    }
    raw.push({ value, min: null, max: null, unit: u?.unit ?? '', rule: u?.rule ?? null, start: m.index, end: u?.end ?? end });
    if (u) NUMBER.lastIndex = u.end;
  }
  // "speedups of 3.93, 4.22, 2.82x": bare numbers listed before a ratio share its unit (not the "100"
  // of "CIFAR-100", a score's "of 0.76", a threshold's "mAP at 0.5", or a number before "95% CI").
  for (let i = raw.length - 1; i > 0; i--) {
    const q = raw[i]!;
    if (q.rule?.kind !== 'relative' || /^\s?(?:CIs?|confidence|credible)\b/i.test(text.slice(q.end, q.end + 12))) continue;
    for (let j = i - 1; j >= 0; j--) {
      const p = raw[j]!;
      const before = text.slice(Math.max(0, p.start - 24), p.start);
      // ("by +1.38, +1.67, +3.08, and +0.84 percentage points": signed items too, but a level is no item of a
      // list of changes: "faithfulness (0.887, +5.9 pp)", "(67.1 vs. 65.2, +1.8 pp)".)
      const signed = /\+\s?$/.test(text.slice(Math.max(0, raw[j + 1]!.start - 2), raw[j + 1]!.start));
      if (p.unit || p.value === null || p.value >= 1000 || !/(?:^|[\s(])\+?$/.test(before) || /\+$/.test(before) !== signed || /(?:[=:@]|\b(?:AUROC|AUC|F1|r|ρ|scores?|error|accuracy)(?:\sof)?|\bat)\s?\+?$/i.test(before)
        // ("53.8% on ARC-AGI 1 and 16.0% on ARC-AGI 2": the number of a name in capitals is the name's.)
        || /\b[\w-]*[A-Z][\w-]*[A-Z][\w-]*\s$/.test(before)
        || !/^,\s?(?:and\s)?\+?$|^\sand\s\+?$/.test(text.slice(p.end, raw[j + 1]!.start))) break;
      raw[j] = { ...p, unit: q.unit, rule: q.rule };
    }
  }
  // "4.32/2.29 token/s", "132/119/119 FPS": numbers joined by slashes before a unit each take it (the
  // NUMBER pattern refuses a number after a slash, so "1/2" and "7/9" stay out unless a unit follows).
  if (text.includes('/')) raw = withSlashLists(text, raw);
  // "1.41 ± 0.06 mm", "3.40 +- 2.75 mm", "5.3 plus-minus 1.5 pixels": the value takes the unit written after its uncertainty.
  for (let i = 0; i + 1 < raw.length; i++) {
    const [a, b] = [raw[i]!, raw[i + 1]!];
    if (!a.unit && b.rule && UNCERTAINTY_JOIN.test(text.slice(a.end, b.start))) raw[i] = { ...a, unit: b.unit, rule: b.rule };
  }
  raw = withParameterRanges(text, raw);
  if (MAY_HOLD_WORD_RATIO.test(text)) {
    const fractions = fractionRatios(text);
    // (The digits of "1/400" are the fraction's, not numbers of their own.)
    raw = raw.filter((q) => !fractions.some((f) => q.start < f.end && f.start < q.end));
    raw.push(...wordRatios(text), ...fractions);
    raw.sort((a, b) => a.start - b.start);
  }
  const out: Quantity[] = [];
  for (let i = 0; i < raw.length; i++) {
    const a = raw[i]!;
    const b = raw[i + 1];
    // "AUROC 0.650-0.714": two decimals joined tightly are a range of scores, with no unit.
    const scores = b && !a.unit && !b.unit && /\.\d/.test(text.slice(a.start, a.end)) && /\.\d/.test(text.slice(b.start, b.end))
      && /^(?:-|\sto\s)$/.test(text.slice(a.end, b.start)) && !/\bfrom\s$/i.test(text.slice(Math.max(0, a.start - 6), a.start))
      // ("F1 from 0.177 to 0.336 on Siena and 0.327 to 0.488 on Juntendo": a pair listed after a change goes on with it.)
      && !(text.slice(a.end, b.start) === ' to ' && NEXT_CHANGE.test(text.slice(Math.max(0, a.start - 160), a.start)));
    // ("by 10% to 60% points": both ends are percentage points.)
    const sameUnit = a.unit === '' || a.unit === b?.unit || (a.unit === '%' && b?.unit === 'pp' && /%\s?points?$/.test(text.slice(b.start, b.end)));
    if (b && (b.unit || scores) && sameUnit && a.value! < b.value! && (scores || isRange(text, a, b))) {
      out.push({ value: null, min: a.value, max: b.value, unit: b.unit, rule: b.rule, start: a.start, end: b.end });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
