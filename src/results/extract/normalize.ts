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

// Text with none of these needs no rewriting (most sentences): the map is the identity.
const NEEDS_WORK = /[$\\^²{}–—−µ\n\r\t]|\s\s|--/;

/** Tried in order at each position: first match wins. */
const RULES: Array<[RegExp, string]> = [
  [/\$\s*\\times\s*\$/y, '×'],
  [/\\times\b/y, '×'],
  [/\\approx\b/y, '≈'],
  [/\\sim\b/y, '~'],
  [/\\(?:textbf|textit|emph|mathrm|text|mathbf|textrm)\b/y, ''],
  [/\$\^\{?2\}?\$/y, '2'],
  [/\^\{?2\}?/y, '2'],
  [/²/y, '2'],
  [/\\%/y, '%'],
  [/\\[,;:! ]/y, ' '],
  [/[$]/y, ''],
  [/[{}]/y, ''],
  [/--|[–—−]/y, '-'],
  [/µ/y, 'μ'],
  [/\s+/y, ' '],
];

const TRIGGERS = new Set(['$', '\\', '^', '²', '{', '}', '–', '—', '−', 'µ', ' ', '\n', '\t', '\r']);

/** Normalizes `text`, keeping an offset map back to it. */
export function normalize(text: string): Normalized {
  if (!NEEDS_WORK.test(text)) return { text, starts: [], ends: [], identity: true };
  // Never longer than the input (every rule shortens or keeps): typed arrays, filled by index.
  let out = '';
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  let k = 0;
  let i = 0;
  outer: while (i < text.length) {
    const ch = text[i]!;
    // Most characters start no rule: copy them without trying any (this is the hot loop).
    if (!TRIGGERS.has(ch) && !(ch === '-' && text[i + 1] === '-')) {
      starts[k] = i;
      ends[k++] = i + 1;
      out += ch;
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      starts[k] = i;
      ends[k++] = j;
      out += ' ';
      i = j;
      continue;
    }
    for (const [re, rep] of RULES) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (m && m[0].length > 0) {
        for (let r = 0; r < rep.length; r++) { starts[k] = i; ends[k++] = i + m[0].length; }
        out += rep;
        i += m[0].length;
        continue outer;
      }
    }
    starts[k] = i;
    ends[k++] = i + 1;
    out += text[i];
    i++;
  }
  return { text: out, starts: starts.subarray(0, k), ends: ends.subarray(0, k) };
}

/** The original [start, end) of a normalized range. */
export function originalRange(n: Normalized, start: number, end: number): [number, number] {
  if (n.identity) return [start, end];
  if (n.starts.length === 0) return [0, 0];
  const s = n.starts[Math.min(start, n.starts.length - 1)]!;
  const e = end > start ? n.ends[Math.min(end, n.ends.length) - 1]! : s;
  return [s, e];
}
