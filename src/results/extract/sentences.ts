/** A sentence of a title or abstract with its offsets in that text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Words whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'v.s', 'al', 'fig', 'figs', 'dr', 'eq', 'eqs', 'no', 'approx', 'cf', 'resp', 'sec', 'ref', 'refs', 'mr', 'ms', 'prof', 'vol', 'ca', 'incl', 'w.r.t', 'st']);

/** Abbreviations that never end a sentence, even right after a number. */
const NEVER_ENDS = new Set(['vs', 'v.s', 'e.g', 'i.e', 'cf', 'approx', 'resp', 'incl', 'w.r.t']);

/**
 * Splits text into sentences at ., ! or ? followed by whitespace and a capital, digit, bracket or
 * LaTeX, except after abbreviations ("e.g.", "vs.", "et al.") and inside decimals (no space follows).
 * Offsets are the original text's, so a sentence is always an exact slice.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  // ("... the latency wall.Our results on", "many domains.GPU kernels": a period glued to the next sentence's first word; not "Abs.Rel", "nn.Module".)
  // (Each alternative starts with its punctuation, so the engine skips ahead to one instead of trying a lookbehind at every position.)
  // ('learned "reasoning theater." Finally': a closing quote after the period ends the sentence with it.)
  const boundary = /[.!?]["”’]?(?=\s+[A-Z0-9(\[\\$"'“])|\.(?<=[A-Za-z]{4}\.)(?=(?:[A-Z][a-z]+|[A-Z]{2,}s?)\s)/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const before = text.slice(Math.max(start, m.index - 24), m.index);
    const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
    // A unit right after a number ends its sentence ("only 1.8 W. Compared with", "in 5 ms. The"),
    // though the same letters elsewhere are an initial or an abbreviation ("J. Smith", "Ms. Lee").
    const unit = /\d\s?(?:[A-Za-z]+\/)?[A-Za-z]{1,2}$/.test(before);
    // ("0.643 vs. 0.598": "vs" after a number is still the abbreviation, not a unit.)
    // ("ported to RISC-V. In tests": a letter ending a hyphenated name is no initial.)
    const initial = /^[a-z]$/i.test(word) && !/[\w+]-[A-Za-z]$/.test(before);
    if ((!unit || NEVER_ENDS.has(word)) && (ABBREVIATIONS.has(word) || initial)) continue;
    push(out, text, start, m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Sentence[], text: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}
