import { highlight } from '../../search/highlight.ts';
import { splitMath, type Segment } from '../render/math-segments.ts';

/** An excerpt of an abstract: its pieces (text and whole formulas) and whether text was cut off either side. */
export interface Snippet {
  parts: Segment[];
  cutStart: boolean;
  cutEnd: boolean;
}

/** Context kept before the first match, so the match does not open the excerpt mid-thought. */
const LEAD = 60;

type Token = { kind: 'text'; text: string } | { kind: 'math'; tex: string; display: boolean };
const endsSentence = (t: Token) => t.kind === 'text' && /[.!?] $/.test(t.text);
const lengthOf = (t: Token) => (t.kind === 'text' ? t.text.length : t.tex.length + 2);

/**
 * About `max` characters of `text` around the first word that matches a query term, or its start
 * when none does (a match by meaning may share no word with the query). The text is cut only
 * between words and never inside a formula, so math still typesets and no word is halved.
 */
export function snippet(text: string, terms: string[], max = 240): Snippet {
  const tokens: Token[] = [];
  for (const s of splitMath(text.replace(/\s+/g, ' ').trim())) {
    if (s.kind === 'math') tokens.push(s);
    else for (const piece of s.text.split(/(?<= )/)) if (piece) tokens.push({ kind: 'text', text: piece });
  }
  const hit = tokens.findIndex((t) => t.kind === 'text' && highlight(t.text, terms).some((g) => g.mark));
  let start = Math.max(0, hit);
  for (let lead = 0; start > 0 && lead + lengthOf(tokens[start - 1]!) <= LEAD; start--) lead += lengthOf(tokens[start - 1]!);
  // Within the lead, open at the start of the match's own sentence when it is there; and never on
  // bare punctuation (". " after a formula).
  for (let i = hit - 1; i > start; i--) if (endsSentence(tokens[i - 1]!)) { start = i; break; }
  while (start < hit && tokens[start]!.kind === 'text' && !/[\p{L}\p{N}]/u.test((tokens[start] as { text: string }).text)) start++;
  let end = start;
  for (let size = 0; end < tokens.length && (end === start || size + lengthOf(tokens[end]!) <= max); end++) size += lengthOf(tokens[end]!);
  return { parts: merge(tokens.slice(start, end)), cutStart: start > 0, cutEnd: end < tokens.length };
}

/** Joins neighbouring words back into runs of text; formulas stay as they are, shown inline. */
function merge(tokens: Token[]): Segment[] {
  const out: Segment[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (t.kind === 'text' && last?.kind === 'text') last.text += t.text;
    else out.push(t.kind === 'text' ? { kind: 'text', text: t.text } : { kind: 'math', tex: t.tex, display: false });
  }
  const tail = out[out.length - 1];
  if (tail?.kind === 'text') tail.text = tail.text.trimEnd();
  return out;
}
