/**
 * Baselines: what a result is compared with. A comparator word ("over", "than", "compared to",
 * "relative to", "vs.", "on top of", "outperforms") followed by a noun phrase that ends at a
 * clause boundary, a preposition that starts a new phrase, or a verb. "over 2.2x" and "less than
 * 2x" are hedges on a number, not comparisons, and are skipped.
 */
import { FRACTION_WORD_LIST, NUMBER_WORDS } from './quantities.ts';

/** Whether an offset falls inside a comparison's (or any span's) start and end. */
export const inside = (c: { start: number; end: number }, at: number) => at >= c.start && at < c.end;

export interface Comparison {
  /** The noun phrase as written (normalized text), determiners removed. */
  text: string;
  /** Where the comparator word starts and the phrase ends (normalized offsets in the sentence). */
  start: number;
  end: number;
  /** Items of a list ("SIGMA, Outer Product, and Gustavson's algorithm") for "respectively". */
  items: string[];
  /** An opening "Compared with X, ..." that applies to the whole sentence. */
  leading?: boolean;
  /**
   * "with peak performance comparable to an NVIDIA GH200": a level matched, not a gain's baseline.
   * Its devices are still the other side's, never where the work ran.
   */
  parity?: boolean;
  /** A list of names with no "respectively" ("than Sanger, DOTA and SOFA"): paired with a list of as many numbers. */
  names?: string[];
  /** "outperforms X by 14% and Y by 6%": Y, named after the first gain, is compared with only by what follows it. */
  second?: boolean;
  /** "compared to 89.3% for X": the compared side's own number is given, so a level past a comma is set against it. */
  othersNumber?: boolean;
}

// "com-pared": a line-break hyphen left in the abstract.
// "6.6x below the stock server", "by up to 73% from unoptimized baselines": right after a ratio,
// below, above and from compare with what follows.
const COMPARATOR = /\b(?:com-?pared (?:to|with|against)|in comparison (?:to|with)|comparable (?:(?!compared\b)[\w-]+\s){0,4}?(?:to|with)|similar (?:(?!compared\b)[\w-]+\s){0,3}?(?:to|as)|(?:[\w-]+\s)?parity with|approach(?:es|ing)? the (?:[\w-]+ ){0,2}?of|\bin (?:an? )?(?:[\w-]+ ){0,2}comparison (?:to|with|against)|close[sd]? the (?:[\w-]+\s)?gap (?:with|to)|on par with|(?:match(?:es|ing)|(?<=\b(?:to|can|could|and|that|which)\s)match)(?: or (?:exceed|surpass|outperform|improve|beat)(?:s|ing)?)?|relative to|with respect to|as opposed to|(?<=(?:times|[xX×]|fold)\s)as (?:fast|quick|efficient) as|improv(?:es|ed|ing|ements?)? upon|versus|vs\.?|against|on top of|over|than|outperform(?:s|ing|ed)?|surpass(?:es|ing|ed)?|beat(?:s|ing)?|exceed(?:s|ing)?|(?<=\d\s?(?:x|×|%)\s)(?:below|above|from))\s+/gi;

// ("similar accuracy to the BF16 baseline", "accuracy parity with full attention", "approaches the accuracy of in-GPU training",
// "to match a 1.2b parameter model": a level matched, as "comparable to X" is.)
const PARITY = /^(?:comparable|on par|close|similar|(?:[\w-]+\s)?parity|approach|match(?:es|ing)?\s+$)/i;

// Words that end the phrase: prepositions opening a new phrase, conjunctions of clauses, verbs.
// ("gains over CLIP of up to 21.44%": a hedged number after "of" is the gain, not the compared side's own.)
const STOP = new RegExp(String.raw`(?:[,;:!?]|\sof\s(?=(?:up to|an average of|as much as)\s)|\s\((?!\w{1,10}\))|\s(?:while|whereas|but|with|by|on|at|in(?! [A-Z])|for|under|across|using|when|which|where|that|respectively|from|as|via|through|during|without|despite|thereby|thus|leading|resulting|achiev\w*|reach\w*|show\w*|demonstrat\w*|deliver\w*|yield\w*|improv\w*|reduc\w*|increas\w*|maintain\w*|consum\w*|requir\w*|is|are|was|were|and (?:a |an |up |only |achieves? |reduces? |improves? |(?:about|around|approximately|roughly|nearly|almost|over|at least|more than) (?=[\d~])|(?=[+\-−]?[\d~])|(?=\w+s\b)))(?:\b|(?=[+\-−]?[\d~])))`);

// Comparators that can open a sentence ("Compared with X, ..."); "surpassing X by 2.9%" after a comma does not.
const OPENER = /^(?:com-?pared|in (?:an? )?(?:[\w-]+ ){0,2}comparison|relative|with respect|as opposed|versus|vs|against|over|than)/i;

const LIST_VERB = /\b(?:improv|achiev|reduc|deliver|outperform|increas|provid|yield|attain|reach|lower|boost|accelerat|surpass|exceed|beat)(?:e|es|ed|ing|s)?\b/i;

const DETERMINER = /^(?:the|a|an|both|its|their|our|all|several|various)\s+/i;

/** A side's own number written as its possession ("the base LLM's 85.3%"); claim-baseline.ts and not-results.ts read it too. */
export const OWNED_NUMBER = String.raw`['’]s\s+[~≈]?\d`;

const OWNED_NUMBERS_TO_END = new RegExp(String.raw`${OWNED_NUMBER}[\s\S]*$`);
const WORD_RATIO_START = new RegExp(String.raw`^(?:${NUMBER_WORDS})(?:[- ]?fold|\stimes)\b`, 'i');
const FRACTION_START = new RegExp(String.raw`^(?:one[- ]|an?\s)?(?:${FRACTION_WORD_LIST})\b`, 'i');

/** The next word after a comparator says whether it compares at all. */
function isHedge(word: string, nextText: string, before: string): boolean {
  // "more than a 3x increase", "over a 40% gain": the article belongs to the ratio (not to "a 50-step baseline").
  const ratio = /^an?\s[\d.,]+\s?(?:x|×|%|times|-?fold|\\times)/i.test(nextText);
  // ("over 4KB interleaving", "over 8-bit quantization": a configuration is compared with.)
  if (/^(?:over)$/i.test(word) && (/^[+]?[\d~≈<>]/.test(nextText) || ratio) && !/^[\d.]+\s?(?:[KMG]i?B|-?bits?|-bytes?)\s[a-z]/i.test(nextText)) return true;
  if (/^than$/i.test(word) && (/^[\d~≈<>]/.test(nextText) || ratio)) return true;
  // "less than one-eighth of the GPU memory", "less than half its cost": a fraction is a size too.
  if (/^than$/i.test(word) && FRACTION_START.test(nextText)) return true;
  // "by more than fivefold": a ratio in words is a size too.
  if (/^(?:than|over)$/i.test(word) && WORD_RATIO_START.test(nextText)) return true;
  if (/^(?:over)$/i.test(word) && /^(?:time|the (?:course|years|past|last)|a (?:period|range|wide)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:years|months|decades|days|weeks|generations))\b/i.test(nextText)) return true;
  // "bootstrapping our algorithm over multiple iterations", "simulations over these datasets": what a result is
  // repeated or averaged over is no system it is compared with.
  if (/^(?:over)$/i.test(word) && /^(?:(?:multiple|several|many|numerous|successive|\d+|two|three|four|five|six|seven|eight|nine|ten) (?:iterations|rounds|epochs|runs|seeds|trials|episodes)|(?:these|those|all|multiple|several|many|diverse|\d+|two|three|four|five|six|seven|eight|nine|ten) (?:[\w-]+ )?(?:datasets|benchmarks))\b/i.test(nextText)) return true;
  if (/^exceed/i.test(word) && /^(?:a |an )?[\d~]/.test(nextText)) return true;
  // "intersection over union (IoU)" is a score's name.
  if (/^over$/i.test(word) && /\bintersection\s*$/i.test(before)) return true;
  if (/^from$/i.test(word) && /^(?:[\d~]|(?:the )?(?:steps?|epochs?|iterations?|rounds?|days?|start|beginning|scratch)\b)/i.test(nextText)) return true;
  if (/^against$/i.test(word) && /\b(?:validated|evaluated|tested|verified|benchmarked|calibrated|checked)\s+$/i.test(before)) return true;
  return false;
}

// "a comparison between LLM-driven synthesis and conventional HLS-based approaches": the second
// side is what the paper's work is compared with, for the whole sentence.
const COMPARISON_BETWEEN = /\bcomparisons? (?:between|of) [^,;]{1,80}? (?:and|with|against|to) (?=\S)/gi;

// "over FlashAttention-2 on A100 and H100, respectively": one baseline, then the list of where it ran; the
// numbers pair with the devices (devices.ts), not with names split out of the phrase.
const SCOPE_WORD = /\s(?:on|across|using|for|in|with|at)\s/i;
const LIST_ITEMS = /\s*,\s*(?:and\s+)?|\s+and\s+/;
function scopeList(listed: string): boolean {
  const items = listed.split(LIST_ITEMS);
  return items.length > 1 && SCOPE_WORD.test(items[0]!) && !items.slice(1).some((i) => SCOPE_WORD.test(` ${i} `));
}

/** Every comparison in a sentence (normalized text), left to right. */
export function findComparisons(text: string): Comparison[] {
  const out: Comparison[] = [];
  COMPARISON_BETWEEN.lastIndex = 0;
  for (let m = COMPARISON_BETWEEN.exec(text); m; m = COMPARISON_BETWEEN.exec(text)) {
    const rest = text.slice(m.index + m[0].length);
    const stop = STOP.exec(rest);
    const phrase = rest.slice(0, stop ? stop.index : rest.length);
    const name = nameOf(phrase);
    if (name) out.push({ text: name, start: m.index, end: m.index + m[0].length + phrase.length, items: [], leading: true });
  }
  COMPARATOR.lastIndex = 0;
  for (let m = COMPARATOR.exec(text); m; m = COMPARATOR.exec(text)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from);
    if (isHedge(m[0].trim(), rest, text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // "respectively" lists run to that word; other phrases stop at the first boundary.
    // "outperforms A and B by 2.8x and 12.6x, respectively": the list ends before "by" (and holds no number).
    const resp = /^((?:[^;.]|\.(?=\d))*?),?\s+respectively\b/i.exec(rest);
    // "... compared to A and B are observed, respectively": the list ends at its verb.
    // ("outperforms A, B and C models with improvement of approximately 1.72%, 4.38% and 5.10%, respectively": the same.)
    const listed = resp?.[1]!.replace(/\s+by\s[\s\S]*$|,?\s+with\s(?:an?\s)?(?:(?:average|overall|relative)\s)?(?:improvements?|gains?|speedups?|reductions?)\b[\s\S]*$/, '').replace(/\s(?:is|are|was|were|has|have|had)\b(?![\s\S]*\d)[\s\S]*$/, '');
    let phrase: string;
    let items: string[] = [];
    let names: string[] | undefined;
    // "Compared to X, Sieve improves both A and B by ..., respectively": a clause with its own verb is no list of baselines.
    // ("16-thread T-MAC" is a name with a number in it, not a number of the list.)
    // ("by 43.3x (vs. Y), and MACs by ..., respectively": a comparison inside parentheses ends at its closing one.)
    const listable = listed && /,|\band\b/.test(listed) && !/(?<![\w-])\d(?![\d.]*-[a-z])/i.test(listed) && !LIST_VERB.test(listed) && !/^[^(]*\)/.test(listed);
    if (listable && !scopeList(listed)) {
      phrase = listed;
      items = phrase.split(LIST_ITEMS).map(clean).filter(Boolean);
    } else if (listable) {
      // (The one baseline ends where its scope starts.)
      phrase = listed.slice(0, SCOPE_WORD.exec(listed)!.index);
    } else if (/^(?:[A-Z][^,]{0,40}?,\s*)?$/.test(text.slice(0, m.index)) && /,/.test(rest) && OPENER.test(m[0])) {
      // An opening "Compared with the state-of-the-art 8.75 uW (and 2.08 uJ) reference design, ...":
      // the phrase runs to the comma; the baseline's own numbers are left out of its name.
      phrase = rest.slice(0, rest.indexOf(','));
      // "Compared to A, B, and C, our kernels achieve 2.1x, 1.9x, and 1.5x speedups, respectively": an opening
      // list of names runs to the comma after its last item and pairs with the numbers.
      const openList = /\brespectively\b/i.test(text) ? /^((?:[^,;.()\d]+?,\s?)*[^,;.()\d]+?,?\s(?:and|or)\s[^,;.()\d]+?),/.exec(rest) : null;
      if (openList && !LIST_VERB.test(openList[1]!)) {
        phrase = openList[1]!;
        items = phrase.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map(clean).filter(Boolean);
        out.push({ text: clean(phrase), start: m.index, end: from + phrase.length, items, leading: true });
        COMPARATOR.lastIndex = from + phrase.length;
        continue;
      }
      const name = clean(phrase.replace(/\([^)]*\)/g, ' ').replace(/(?<![\w.-])[~≈]?\d[\d.,]*\s?[^\s,]*/g, ' ').replace(/\s+/g, ' '));
      if (name) out.push({ text: name, start: m.index, end: from + phrase.length, items, leading: true });
      COMPARATOR.lastIndex = from + phrase.length;
      continue;
    } else {
      const stop = STOP.exec(rest);
      phrase = rest.slice(0, stop ? stop.index : rest.length);
      // "compared to running on a CPU": a bare gerund is not the compared thing, its phrase is.
      const gerund = /^(?:running|executing|deploying|serving|training|using|computing)(?= (?:on|with|using|in) )/i.exec(phrase + rest.slice(phrase.length, phrase.length + 6));
      if (gerund && /^\w+$/.test(phrase.trim())) {
        const tail = rest.slice(phrase.length);
        const inner = /^\s(?:on|with|using|in)\s/i.exec(tail)!;
        const next = STOP.exec(tail.slice(inner[0].length));
        phrase = rest.slice(0, phrase.length + inner[0].length + (next ? next.index : tail.length - inner[0].length));
      }
      // "lower than values from state-of-the-art GPU-based models": a generic noun of results is the named system's.
      const valuesFrom = /^(?:the\s)?(?:values?|results?|scores?|numbers?|figures?)\s*$/i.test(phrase) ? /^\s?(?:from|reported by|obtained by|achieved by)\s/i.exec(rest.slice(phrase.length)) : null;
      if (valuesFrom) {
        const tail = rest.slice(phrase.length + valuesFrom[0].length);
        const next = STOP.exec(tail);
        const name = nameOf(tail.slice(0, next ? next.index : tail.length));
        const end = from + phrase.length + valuesFrom[0].length + (next ? next.index : tail.length);
        if (name) out.push({ text: name, start: m.index, end, items: [] });
        COMPARATOR.lastIndex = end;
        continue;
      }
      // "NeuZip and DFloat11": a trailing "and X" joined to names stays; the stop list above ends
      // the phrase only where "and" starts a new clause.
      // "to Qwen3, Qwen2.5, Gemma3, and Llama3.2": a list of names goes on past its commas.
      // ("5.1x, 4.3x and 3.4x less energy than Sanger, DOTA and SOFA": its names pair with the numbers.)
      const more = ONE_NAME.test(phrase.trim()) ? NAME_LIST_TAIL.exec(rest.slice(phrase.length)) : null;
      if (more) {
        phrase += more[0];
        names = phrase.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map(clean).filter(Boolean);
      }
    }
    // "88.2% ... compared to 60.9% for the closest prior baseline", "versus 0.08 for an LLM-only
    // baseline": the other side's own number, then whose it is (labels, rule 21).
    const owner = NUMBER_OF_OTHER.exec(rest);
    if (owner) {
      // The name ends where the phrase does, or at a closing parenthesis or a dash ("(versus 0.12 for X)").
      const tail = rest.slice(owner[0].length);
      const cut = Math.min(STOP.exec(tail)?.index ?? tail.length, /\)|\s[-–—]\s|\.\s/.exec(tail)?.index ?? tail.length);
      phrase = rest.slice(0, owner[0].length + cut);
      const name = nameOf(tail.slice(0, cut));
      if (name && !/^[\d.,]/.test(name)) out.push({ text: name, start: m.index, end: from + phrase.length, items: [], othersNumber: true });
      COMPARATOR.lastIndex = from + phrase.length;
      continue;
    }
    // "surpassing the previous best of 46.6%", "exceeding the human inter-rater ICC of 0.300": the other side's own
    // number written after its name (labels, rule 21).
    // (Not a count, "an ensemble of 14 LLMs", nor a level matched: "a matching F1-score of 96.36%".)
    const ofNumber = items.length || PARITY.test(m[0]) ? null
      : /^((?:(?!of\s)[\w.+-]+\s){1,6}?)of\s(?:only\s|just\s|about\s|around\s)?[~≈]?\d[\d.,]*(?:\s?(?:%|x|×|pp|points?|s|ms)(?=[\s,;.)]|$)|(?=\s?[,;.)]|$|\s(?:and|on|in|at|for|with|while|when|under|across)\b))/i.exec(phrase);
    const ofName = ofNumber ? clean(ofNumber[1]!) : '';
    // ("compared to scores of 0.148 and 0.143 for DoRA", "an average gap of 8.03%": a measure's name, not a system's.)
    if (ofName && !/^[\d.,]/.test(ofName) && !/^(?:(?:average|mean|overall|total|best|relative|absolute)\s)?(?:scores?|values?|results?|gaps?|margins?|averages?|means?|totals?|sums?|rates?|ratios?|factors?|levels?|budgets?|thresholds?|maximum|minimum|peak)$/i.test(ofName)) {
      out.push({ text: ofName, start: m.index, end: from + ofNumber![0].length, items: [], othersNumber: true });
      COMPARATOR.lastIndex = from + ofNumber![0].length;
      continue;
    }
    const words = phrase.trim().split(/\s+/);
    if (words.length > 9) phrase = words.slice(0, 9).join(' ');
    const name = clean(phrase);
    if (!name || /^[\d.,]+(?:\s|$)|^(?:the|a|an)$/i.test(name)) continue;
    // ("matches or exceeds X" compares: X is surpassed.)
    const parity = PARITY.test(m[0]);
    out.push({ text: name, start: m.index, end: from + phrase.length, items, ...(parity ? { parity } : {}), ...(names ? { names } : {}) });
    // "comparable to or surpassing X": a comparison inside a level's phrase is still read.
    COMPARATOR.lastIndex = parity ? from : from + Math.max(0, phrase.length - 1);
  }
  // "1.8x the training throughput of X": a multiple of another system's number compares with it.
  MULTIPLE_OF.lastIndex = 0;
  for (let m = MULTIPLE_OF.exec(text); m; m = MULTIPLE_OF.exec(text)) {
    const from = m.index + m[0].length;
    if (out.some((c) => c.start <= from && from < c.end)) continue;
    const rest = text.slice(from);
    const stop = STOP.exec(rest);
    const name = nameOf(rest.slice(0, stop ? stop.index : rest.length));
    if (name && !/^[\d.,]/.test(name)) out.push({ text: name, start: m.index + m[0].search(/\bth(?:e|at|ose)\s/), end: from + name.length, items: [] });
  }
  OBJECT_OF_CHANGE.lastIndex = 0;
  for (let m = OBJECT_OF_CHANGE.exec(text); m; m = OBJECT_OF_CHANGE.exec(text)) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (out.some((c) => c.start <= at && at < c.end)) continue;
    const stop = STOP.exec(m[1]!);
    const name = nameOf(m[1]!.slice(0, stop ? stop.index : m[1]!.length));
    if (name) out.push({ text: name, start: m.index, end: at + name.length, items: [] });
  }
  OBJECT_OF_CHANGE_OF.lastIndex = 0;
  for (let m = OBJECT_OF_CHANGE_OF.exec(text); m; m = OBJECT_OF_CHANGE_OF.exec(text)) {
    const at = m.index + m[0].lastIndexOf(m[1]!, m[0].length - 4);
    if (out.some((c) => c.start <= at && at < c.end)) continue;
    const stop = STOP.exec(m[1]!);
    const name = nameOf(m[1]!.slice(0, stop ? stop.index : m[1]!.length).replace(/\s(?:relatively|only)$/i, ''));
    // (Not a size or a kind of model: "the 2B model", "the base model", "reasoning".)
    if (name && !/^(?:[\w-]+\s)?(?:reasoning|models?)$|^(?:the\s)?(?:\d[\d.]*[KMB]|base|original|LLM)\s(?:models?|series)$/i.test(name)) out.push({ text: name, start: m.index, end: at + name.length, items: [] });
  }
  // "outperforms the temporal prefetcher Triangel by 14.0% and the indirect prefetcher DMP by 6.0%", "surpassing the 80B
  // HunyuanImage by 28% on WISE and the 27B Qwen-Image-Edit by 37%": a second object of the surpassing verb, with a gain of
  // its own, is compared with too.
  for (const c of [...out]) {
    if (c.parity || c.items.length || c.names || c.othersNumber || !/^(?:outperform|surpass|beat|exceed)/i.test(text.slice(c.start, c.end))) continue;
    const m = SECOND_OBJECT.exec(text.slice(c.end));
    if (!m || CHANGE_VERB.test(m[1]!)) continue;
    const at = c.end + m[0].indexOf(m[1]!, m[0].indexOf(' and ') + 4);
    const name = clean(m[1]!);
    if (name && !out.some((o) => o.start <= at && at < o.end)) out.push({ text: name, start: at, end: at + m[1]!.trimEnd().length, items: [], second: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

// ("exceeding GRPO by 15.6 and 13.3 points and SDAR by 6.2 and 5.5 points": the first gain may be a list.)
const SECOND_OBJECT = /^\s?by\s(?:up to\s|about\s|an average of\s|over\s|nearly\s)?[+]?[~≈]?\d[\d.,]*(?:\s?(?:%|x|×))?(?:(?:,\s|\sand\s)[+]?[~≈]?\d[\d.,]*(?:\s?(?:%|x|×))?)*\s?(?:%|x|×|pp|points?|percentage points|dB)?(?:\s(?:on|in|for|across)\s[^,;()]{1,50}?)?,?\s(?:and|while)\s((?:(?!by\s)[\w.+()~-]+\s){1,6}?)by\s(?:up to\s|about\s|an average of\s|over\s|nearly\s)?[+]?[~≈]?\d/i;
// ("outperforms X by 1.8x and reduces energy by 46%": a verb and its measure are no second object.)
const CHANGE_VERB = /\b(?:improv|achiev|reduc|deliver|outperform|increas|provid|yield|attain|reach|lower|boost|accelerat|surpass|exceed|beat|cut|decreas|speed|shorten|sav|enhanc|rais|lift|gain|drop|shrink|halv|doubl|compress)\w*\b/i;

// The other side's number may carry any unit ("1.93 GOPS/W for X", "16 s for X") or be a slash list of
// them ("89.3% / 43.3% for X"); a lowercase word is no unit ("3 models for X") unless it is a time.
// ("compared to 95.9 F1, 92.1 recall, and 89.9% for X": a score named in lowercase.)
const OTHER_NUMBER = String.raw`[~≈]?\d[\d.,]*(?:\s?(?:%|x|×|pp|points?|s|ms|μs|us|ns|h|min|recall|precision|accuracy|sensitivity|specificity|[A-Za-zμ]*[A-Z/][A-Za-zμ/]*(?:[@-]?\d+)?))?`;
// (A name's words may hold digits, "Llama 3", but no measured number: "SSIM 0.9834" is a result.)
const LISTED_NAME = String.raw`[A-Z][\w.+-]*(?:\s[A-Z0-9](?!\d*\.\d)[\w.+-]*){0,2}`;
const ONE_NAME = new RegExp(String.raw`^${LISTED_NAME}$`);
const NAME_LIST_TAIL = new RegExp(String.raw`^(?:,\s${LISTED_NAME})*,?\s(?:and|or)\s${LISTED_NAME}(?=[\s,.;)]|$)`);
// ("versus ~16-18s for X", "compared to only 2%-10% for other methods": a range; "compared with 0.07, 65%, and 3.3/10
// for X", "versus 41.17% and 57.43% for GRPO", "compared to scores of 0.148 and 0.143 for DoRA and LoRA": a list.)
const OTHER_ITEM = String.raw`${OTHER_NUMBER}(?:\s?[-–]\s?${OTHER_NUMBER})?`;
const NUMBER_OF_OTHER = new RegExp(String.raw`^(?:only |just |(?:the )?scores? of )?${OTHER_ITEM}(?:(?:\s?\/\s?|,\s(?:and\s)?|\sand\s)(?:only\s|just\s)?${OTHER_ITEM})*\s(?:for|of|by|from|with|(?:achieved|obtained|reported|attained|reached) by)\s`, 'i');

// ("providing up to 6.5 times the throughput of SPI-based storage", "runs at 0.97X the training speed of", "SGRv2's success
// rate is 2.54 times that of SGR": a multiple in words, or of "that of" the other side, too.)
const MULTIPLE_OF = /(?:\d\s?[xX]|×|\d\stimes)\s?(?:the (?:[\w-]+ ){1,3}?|th(?:at|ose) )of (?:the |an? )?/g;

// "improves vLLM's throughput by 2.3x", "speeds up PyTorch's training by 1.9x": the owner (a name
// with a capital letter) of what a change verb changes is the compared-with side. A bare object
// ("accelerates BERT by 2x", "reduces EDP by 40%") is a workload or a metric, not a baseline.
const OBJECT_OF_CHANGE = /\b(?:improv(?:es|ed|ing)|boost(?:s|ed|ing)|reduc(?:es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)|accelerat(?:es|ed|ing)|speed(?:s|ing)? up)\s+((?=[\w.+-]*[A-Z])[\w.+-]+(?:\s(?=[\w.+-]*[A-Z0-9])[\w.+-]+){0,2})['’]s(?:\s[\w-]+){1,3}\sby\s(?:up to |an average of |about |over |nearly |roughly )?[~≈]?\d/g;

// ("improves the performance of existing detectors by up to 18.7%", "boosts the performance of strong MBRL baselines by
// 10%-45%", "improving the success rate of the GPT-4o agent baseline by 51.0%": what the change is of, after "of", is the
// compared-with side, named or not (not the paper's own: "of our model", "of its").
const OBJECT_OF_CHANGE_OF = /\b(?:improv(?:es|ed|ing)|boost(?:s|ed|ing)|enhanc(?:es|ed|ing)|speed(?:s|ing)? up|accelerat(?:es|ed|ing))\s+the\s(?:[\w-]+\s){0,2}?(?:performance|accuracy|success rates?|scores?|throughput|speed|efficiency|quality|encoding time|inference time|F1)\sof\s(?:even\s)?(?!(?:our|its|their|this|these|the proposed)\b)((?:(?!by\b)[\w.+()-]+\s){0,7}?(?!by\b)[\w.+()-]+)\sby\s(?:up to |an average of |about |over |nearly |roughly )?[+]?[~≈]?\d/g;

// "1.2% to 3.3% of the area required by prior works", "95% of the optimal attainable energy efficiency":
// a share of another design's number compares with that design.
// ("only 1% of the cost of MovieGen", "50% of the FLOPs of DiT-XL/2": a cost named, then whose, by a name.)
const SHARE_OF = /^\s?(?:\((?:on )?average\)\s?)?of (?:the |that of )?(?:(optimal|ideal|oracle|theoretical(?: peak)?|peak)\b|(?:[\w-]+ ){1,3}?(?:required|used|consumed|needed|achieved|reported|occupied) by (?:the )?([^,;.]+)|(?:[\w-]+ )?(?:costs?|FLOPs|compute|memory|parameters|energy|latency|runtime|time|area|power|budget) of (?:the )?((?=[\w.+-]*[A-Z0-9])[^,;.]+))/i;

// "retains 99.9% of the dense model's accuracy", "98.7% of PointTransformer V3's accuracy", "99.71% of the AUC
// of Virchow2", "up to 96% of FP16 accuracy": a share of another model's quality compares with that model
// (a name of at most four words: "88% of model authors overstate their models' performance" is no such share).
const QUALITY = String.raw`(?:[\w-]+\s){0,2}?(?:accuracy|performance|quality|AUC|Dice score|F1(?: score)?|capabilit(?:y|ies))\b`;
// "retains 98% of full-attention performance", "99.1% of full performance", "99% of the original accuracy", "85%
// of teacher performance": the words before the quality name the compared side (a setting, the original model);
// not a bare "of average accuracy" or "of its performance".
const TASK_WORD = /\b(?:reasoning|language|retrieval|speech|vision|visual|generation|detection|classification|segmentation|recognition|lost|gains?)\b/i;
const SIDE_QUALITY = String.raw`((?!(?:the|an?|its|their|our|original|baseline|average|overall|mean|final|peak|top|best|reported|relative|absolute|downstream|task|model)\b)[\w.+-]+(?:\s[\w.+-]+)?)\s(?:accuracy|performance|quality|capabilit(?:y|ies)|success rate)\b`;
const QUALITY_OWNER = new RegExp(String.raw`^\s?of\s(?:the\s|their\s|its\s|an?\s)?(?:((?:[\w.+-]+\s){0,3}?[\w.+-]+)['’]s?\s${QUALITY}|${QUALITY}\sof\s(?:the\s|an?\s|their\s)?([^,;.()]{1,50})|([A-Z][\w.-]*(?:\s[A-Z0-9][\w.-]*)?)\saccuracy\b|${SIDE_QUALITY})`);

/** The model whose quality a level is a share of ("99.9% of the dense model's accuracy"), or null. */
export function qualityShareBaseline(after: string): string | null {
  const m = QUALITY_OWNER.exec(after);
  if (!m) return null;
  const raw = m[1] ?? m[2] ?? m[3] ?? m[4]!;
  const stop = STOP.exec(raw);
  // ("73% of models achieve peak performance": a clause, not a name before the quality.)
  // ("of retrieval performance", "of the lost performance", "73.9% of VTG performance": a task or what was lost, not a
  // compared side.)
  if (m[4] && (stop || TASK_WORD.test(raw) || /^[A-Z]{2,6}$/.test(raw))) return null;
  return clean((stop ? raw.slice(0, stop.index) : raw).split(/\s+/).slice(0, 6).join(' ')) || null;
}

/** The compared-with side of "N% of the X required by Y", or null. */
export function shareBaseline(after: string): string | null {
  const m = SHARE_OF.exec(after);
  if (!m) return null;
  if (m[1]) return m[1].toLowerCase();
  const raw = m[2] ?? m[3]!;
  const stop = STOP.exec(raw);
  const name = clean((stop ? raw.slice(0, stop.index) : raw).split(/\s+/).slice(0, 6).join(' '));
  return name || null;
}

/**
 * "We compare our design against X." / "Compared with X, we ...": a sentence that states the
 * comparison without numbers; the next sentence's results are against X.
 */
export function sentenceBaseline(text: string): string | null {
  // Only a sentence whose statement is the comparison: a comparison in passing at the end of a long
  // sentence about something else does not carry over.
  const opening = /^(?:\w+,\s*)?(?:we|they)\s+(?:also\s+|further\s+)?(?:compare|benchmark|evaluate)\w*\b/i.test(text);
  const c = findComparisons(text).find((x) => x.leading || (opening && /\bcompar|against|versus|relative/i.test(text.slice(0, x.end))));
  return c?.text ?? null;
}

/** The compared-with name a phrase starts with: its first nine words, cleaned. */
function nameOf(phrase: string): string {
  return clean(phrase.split(/\s+/).slice(0, 9).join(' '));
}

function clean(s: string): string {
  let t = s.trim().replace(/[\s,;:.]+$/, '');
  // ("outperforms all baselines", "over various baselines": a bare "baselines" keeps the word that says which.)
  for (let i = 0; i < 2; i++) t = /^(?:all|both|its|their|our|several|various)\s+baselines?$/i.test(t) ? t : t.replace(DETERMINER, '');
  // "the base LLM's 85.3% and 45.3%": whose numbers they are.
  t = t.replace(OWNED_NUMBERS_TO_END, '');
  // ("matches the dense baseline's performance": whose performance it is.)
  t = t.replace(/(?<=\w)['’]s\s+(?:accuracy|performance|quality|results?|scores?)$/i, '');
  // "the accuracy of X", "X accuracy": what is matched is X.
  // ("that of models based on normal vectors", "the validation loss of constant-batch baselines": whose it is.)
  t = t.replace(/^(?:the\s)?(?:state-of-the-art\s|best\s|reported\s)?(?:(?:[\w-]+\s)?(?:accuracy|performance|quality|loss|scores?)|th(?:at|ose))\sof\s(?:the\s)?/i, '').replace(/\s(?:accuracy|performance|quality)$/i, '');
  return t.trim();
}
