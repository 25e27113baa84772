/**
 * Splits text into plain runs and math runs, the way arXiv authors write math:
 * `$...$` and `\(...\)` inline, `$$...$$` and `\[...\]` display. `\$` is a literal dollar.
 *
 * `$` is ambiguous (prices, shell prompts), so, like Pandoc, an inline `$` opens math only when
 * followed by a non-space, and closes only when preceded by a non-space and not followed by a digit.
 * Anything that does not close stays plain text.
 */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'math'; tex: string; display: boolean };

/** Longer math runs are left as text: nobody writes them, and they would cost KaTeX time. */
const MAX_MATH = 2000;

/**
 * Plain text as a reader expects it: LaTeX's text-mode escapes outside math ("97.6\%", "R\&D",
 * "a\_b", "\#1") are the characters they escape. Everything else stays as written.
 */
export const readableText = (text: string) => (text.includes('\\') ? text.replace(/\\([%&_#])/g, '$1') : text);

/** True when the text has anything that could open math (a cheap pre-check for the common case). */
export function mayHaveMath(text: string): boolean {
  return text.includes('$') || text.includes('\\(') || text.includes('\\[');
}

function closeInlineDollar(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const ch = text[j];
    if (ch === '\\') { j++; continue; }
    if (ch === '\n' && text[j + 1] === '\n') return -1;
    if (ch !== '$') continue;
    if (/\s/.test(text[j - 1]) || /\d/.test(text[j + 1] ?? '')) continue;
    return j;
  }
  return -1;
}

/** Index of the unescaped `close` at or after `from`, or -1. */
function findClose(text: string, close: string, from: number): number {
  for (let j = from; j <= text.length - close.length; j++) {
    if (text.startsWith(close, j)) return j;
    if (text[j] === '\\' && close[0] !== '\\') j++;
  }
  return -1;
}

/** Math needs something in it: `$$ $$` is text. */
const fits = (start: number, end: number, text: string, open: number) =>
  end - start <= MAX_MATH && text.slice(start + open, end).trim() !== '';

/** A segment with where its source starts and ends in the text (delimiters and escapes included). */
export type PlacedSegment = Segment & { start: number; end: number };

/** The segments of `text` with their source offsets (for marking a range of the text, not only showing it). */
export function placedMath(text: string): PlacedSegment[] {
  const out: PlacedSegment[] = [];
  let plain = '';
  let plainStart = 0;
  const math = (tex: string, display: boolean, start: number, end: number) => {
    if (plain) out.push({ kind: 'text', text: plain, start: plainStart, end: start });
    plain = '';
    plainStart = end;
    out.push({ kind: 'math', tex, display, start, end });
  };
  let i = 0;
  while (i < text.length) {
    const rest2 = text.slice(i, i + 2);
    let end = -1;
    if (rest2 === '\\$') { plain += '$'; i += 2; continue; }
    if (rest2 === '$$') {
      end = findClose(text, '$$', i + 2);
      if (end > i + 2 && fits(i, end, text, 2)) { math(text.slice(i + 2, end), true, i, end + 2); i = end + 2; continue; }
    } else if (rest2 === '\\(' || rest2 === '\\[') {
      end = findClose(text, rest2 === '\\(' ? '\\)' : '\\]', i + 2);
      if (end > i + 2 && fits(i, end, text, 2)) { math(text.slice(i + 2, end), rest2 === '\\[', i, end + 2); i = end + 2; continue; }
    } else if (text[i] === '$' && text[i + 1] !== undefined && !/\s/.test(text[i + 1])) {
      end = closeInlineDollar(text, i + 1);
      if (end > i + 1 && fits(i, end, text, 1)) { math(text.slice(i + 1, end), false, i, end + 1); i = end + 1; continue; }
    }
    // Not math: keep the character (a `\` keeps its follower, so `\\$` is not read as an escape).
    const step = text[i] === '\\' && text[i + 1] !== '$' ? 2 : 1;
    plain += text.slice(i, i + step);
    i += step;
  }
  if (plain) out.push({ kind: 'text', text: plain, start: plainStart, end: text.length });
  return out;
}

/** The segments of `text`, in order; joining their sources gives the text back (less `\$` escapes). */
export function splitMath(text: string): Segment[] {
  return placedMath(text).map(({ start: _s, end: _e, ...segment }) => segment as Segment);
}
