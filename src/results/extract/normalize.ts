/**
 * Abstracts write numbers in LaTeX and Unicode ("$10.26\times$", "4.06 \times", "40\%", "mm$^2$",
 * "×"). Parsing a normalized copy keeps the rules simple; the offset map takes every match back to
 * the exact original text, so spans are never rewritten.
 */
export interface Normalized {
  text: string;
  /** starts[i] / ends[i]: the original text that normalized character i came from. */
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  /** Nothing was rewritten: offsets are the original's (starts and ends are then left empty). */
  identity?: boolean;
}

// "a PSNR of 38.21,dB", "0.77,ms overhead": the units after which a comma is LaTeX's thin space "\," whose backslash a
// feed dropped.
const THIN_SPACE_UNIT = String.raw`(?:dB|m[sJW]|[nμu]s|[KMGT]B|kW|[MG]Hz|FPS|TOPS)\b`;

// Text with none of these needs no rewriting (most sentences): the map is the identity.
const NEEDS_WORK = new RegExp(String.raw`[$\\^²{}–—−µ\n\r\t]|\s\s|--|->|=>|\bv\.s\.\s|\*\*|\d\*[\sA-Za-z]|\d~|sim\d|\bmargins?\sof\s|\d,${THIN_SPACE_UNIT}`);

// What can change the characters right after a number (LaTeX, "$", superscripts, the micro sign):
// text without them reads the same units before and after the rules below (whitespace aside).
export const REWRITES_UNITS = new RegExp(String.raw`[$\\^²µ{}]|\d\*[\sA-Za-z]|\d,${THIN_SPACE_UNIT}`);

/** Tried in order at each position: first match wins. */
const RULES: Array<[RegExp, string]> = [
  [/\$\s*\\times\s*\$/y, '×'],
  [/\$\s*\\mu\s*\$\s?/y, 'μ'],
  [/\\mu\b\s?/y, 'μ'],
  [/\\times\b/y, '×'],
  [/\\approx\b/y, '≈'],
  // ("$\le$8.57% simulation error", "$\geq 90\%$": bounds.)
  [/\\leq?(?![A-Za-z])\s?/y, '≤'],
  [/\\geq?(?![A-Za-z])\s?/y, '≥'],
  // "66.3 %$\rightarrow$73.4 %", "(36.3% -> 74.6%)": an arrow from one level to another, written as the Unicode one.
  [/\$?\s?\\(?:long)?rightarrow(?![A-Za-z])\s?\$?/y, ' → '],
  [/(?<![<-])-{1,2}>(?!>)/y, '→'],
  // "PSNR (9.87=>15.98)", "($1.729 \to 0.015$)": the same arrow, written as a double arrow or LaTeX's \to.
  [/(?<![<=])=>(?!>)/y, '→'],
  [/\$?\s?\\to(?![A-Za-z])\s?\$?/y, ' → '],
  // "(91.9% v.s. 90.1%)": versus, written with a stop after each letter.
  [/v\.s\.(?=\s)/y, 'vs.'],
  [/\\pm(?![A-Za-z])/y, '±'],
  [/\\sim(?![A-Za-z])/y, '~'],
  // "1.04sim2.2times", "a sim14,000times ratio", "1.2{sim}1.3times": a feed that dropped the backslash
  // of "\sim" before a number ("sim2real" is a word).
  [/\{sim\}|(?<![A-Za-z])sim(?=\d)(?!2real)/y, '~'],
  [/\\(?:textbf|textit|emph|mathrm|text|mathbf|textrm)\b/y, ''],
  [/\$\^\{?2\}?\$/y, '2'],
  [/\\textsuperscript\{2\}/y, '2'],
  [/\^\{?2\}?/y, '2'],
  [/²/y, '2'],
  [/\\%/y, '%'],
  [/\\[,;:! ]/y, ' '],
  [/[$]/y, ''],
  [/[{}]/y, ''],
  [/--|[–—−]/y, '-'],
  [/µ/y, 'μ'],
  // LaTeX's non-breaking space between a number and its unit ("1.1~ms", "0.492~\mathrm{TFLOPS}");
  // "~500 ns" keeps its tilde.
  [/(?<=\d)~(?=[A-Za-zμ\\])/y, ' '],
  // A thin space whose backslash a feed dropped ("38.21,dB").
  [new RegExp(String.raw`(?<=\d),(?=${THIN_SPACE_UNIT})`, 'y'), ' '],
  // Markdown bold in an abstract ("by **11.94%**"); "10**4" is a power, not bold.
  [/(?<!\d)\*\*|\*\*(?!\d)/y, ''],
  // "a 7.16* speedup": an asterisk for the times sign (a footnote mark is followed by no comparative).
  // ("1.6*GPU utilization for rollout, 1.9* training throughput".)
  [/(?<=\d)\*(?=\s?(?:speed\w*|faster|slower|higher|lower|less|more|fewer|reduction|improvement|throughput|better|smaller|larger|(?:GPU |training |inference |end-to-end )?(?:utili[sz]ation|throughput))\b)/y, '×'],
  // "outperforms X by a clear margin of 15%", "by average margins of 10.4% and 14.2%": the margin is the change,
  // read as "by 15%" and "by an average of" (the rules' one wording of a change; "an average margin of up to" as "up to").
  [/\bby\s(?:an?\s)?average\smargins?\sof\s(?!up\sto\b)/y, 'by an average of '],
  [/\bby\s(?:an?\s)?(?:(?:average|clear|large|wide|substantial|significant|considerable|notable|huge|big|remarkable|impressive|sizable|sizeable|good|solid|absolute|relative)\s)?margins?\sof\s/y, 'by '],
  [/\s+/y, ' '],
];

// "\$224,000", "$42 training cost", "$30M annually", "$0.011/case", "$0.0011-$0.12": a dollar sign before an
// amount, outside LaTeX math; "$1 - 6$", "$16-52\times$", "$1/\varepsilon$" and "$32/k$" are math.
const CURRENCY = /(\\?)\$(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?!\.?\d|,\d)(?:\s?(K|k|M|B|thousand|million|billion)\b)?(?=\s|[,.;:)]|$|-\\?\$\d|\/[A-Za-z]{2,}(?![\w$]))(?!\s?[+<>=≤≥×·*^_{}\\$]|\s?-(?!\\?\$\d))/y;
const MAGNITUDE: Record<string, string> = { million: 'million', billion: 'billion', M: 'million', B: 'billion' };

/**
 * Offsets of the dollar signs that are currency. A "$" opens or closes LaTeX math ("$4.3\times$",
 * "$\sim$10K") unless, outside math, a plain amount follows it; an escaped "\$" is always currency.
 * Currency is written after its number ("42 $", "30 million USD"), where the unit rules read it.
 */
function currencySigns(text: string): Map<number, RegExpExecArray> {
  const out = new Map<number, RegExpExecArray>();
  let inMath = false;
  for (let i = text.indexOf('$'); i >= 0; i = text.indexOf('$', i + 1)) {
    const escaped = i > 0 && text[i - 1] === '\\';
    if (!escaped && inMath) { inMath = false; continue; }
    CURRENCY.lastIndex = escaped ? i - 1 : i;
    const m = CURRENCY.exec(text);
    if (m && (escaped || m[1] === '')) out.set(m.index, m);
    else if (!escaped) inMath = true;
  }
  return out;
}

/** "42 $", "19000 $" (thousands written out, as labels do), "30 million USD". */
function currencyText(m: RegExpExecArray): string {
  const number = `${m[2]}${m[3] ?? ''}`;
  if (m[4] && /^(?:K|k|thousand)$/.test(m[4])) return `${Math.round(Number(number.replace(/,/g, '')) * 1000 * 1e6) / 1e6} $`;
  return m[4] ? `${number} ${MAGNITUDE[m[4]]} USD` : `${number} $`;
}

/**
 * Where the next rewrite may start: a LaTeX or Unicode character a rule handles, a newline or tab,
 * a space followed by more whitespace, "--", "by" before a margin, or a comma between a number and its unit. A single
 * space between words stays as it is.
 */
const NEXT = new RegExp(String.raw`[$\\^²{}–—−µ\n\r\t]| \s|--|->|=>|\bv\.s\.(?=\s)|\*\*|\*(?<=\d\*)(?=[\sA-Za-z])|~|sim(?<![A-Za-z]sim)(?=\d)|\bby\s(?=(?:an?\s)?(?:[a-z]+\s)?margins?\sof\s)|,(?<=\d,)(?=${THIN_SPACE_UNIT})`, 'g');
const WHITESPACE = /\s/;

/** Normalizes `text`, keeping an offset map back to it. */
export function normalize(text: string): Normalized {
  if (!NEEDS_WORK.test(text)) return { text, starts: [], ends: [], identity: true };
  // Typed arrays filled by index: every rule shortens or keeps its text, only a currency amount grows.
  const parts: string[] = [];
  const currency = text.includes('$') ? currencySigns(text) : null;
  // A rewritten amount ("$5M" to "5 million USD") can be longer than the text it came from.
  const room = text.length + (currency ? currency.size * 12 : 0);
  const starts = new Int32Array(room);
  const ends = new Int32Array(room);
  let k = 0;
  let i = 0;
  // Runs between rewrites are copied whole (most of the text: hard-wrapped abstracts put a newline
  // every 80 characters, and copying character by character was most of extraction's time).
  outer: while (i < text.length) {
    NEXT.lastIndex = i;
    const next = NEXT.exec(text);
    const j = next ? next.index : text.length;
    if (j > i) {
      parts.push(text.slice(i, j));
      for (let x = i; x < j; x++) { starts[k] = x; ends[k++] = x + 1; }
      i = j;
    }
    if (!next) break;
    if (WHITESPACE.test(text[i]!)) {
      let e = i + 1;
      while (e < text.length && WHITESPACE.test(text[e]!)) e++;
      starts[k] = i;
      ends[k++] = e;
      parts.push(' ');
      i = e;
      continue;
    }
    const amount = currency?.get(i);
    if (amount) {
      const rep = currencyText(amount);
      for (let r = 0; r < rep.length; r++) { starts[k] = i; ends[k++] = i + amount[0].length; }
      parts.push(rep);
      i += amount[0].length;
      continue;
    }
    for (const [re, rep] of RULES) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (m && m[0].length > 0) {
        // ("29.7% $\rightarrow$ 44.1%": a rewrite's own spaces do not double the ones around it, so the arrow
        // reads as "29.7% → 44.1%" does.)
        let out = rep;
        if (out.startsWith(' ') && (k === 0 || parts[parts.length - 1]!.endsWith(' '))) out = out.slice(1);
        if (out.endsWith(' ') && WHITESPACE.test(text[i + m[0].length] ?? '')) out = out.slice(0, -1);
        for (let r = 0; r < out.length; r++) { starts[k] = i; ends[k++] = i + m[0].length; }
        parts.push(out);
        i += m[0].length;
        continue outer;
      }
    }
    starts[k] = i;
    ends[k++] = i + 1;
    parts.push(text[i]!);
    i++;
  }
  return { text: parts.join(''), starts: starts.subarray(0, k), ends: ends.subarray(0, k) };
}

/** The original [start, end) of a normalized range. */
export function originalRange(n: Normalized, start: number, end: number): [number, number] {
  if (n.identity) return [start, end];
  if (n.starts.length === 0) return [0, 0];
  const s = n.starts[Math.min(start, n.starts.length - 1)]!;
  const e = end > start ? n.ends[Math.min(end, n.ends.length) - 1]! : s;
  return [s, e];
}
