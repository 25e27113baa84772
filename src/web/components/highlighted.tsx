import { raw } from 'hono/html';
import { highlight } from '../../search/highlight.ts';
import { mayHaveMath, readableText, splitMath, type Segment } from '../render/math-segments.ts';
import { renderInlineMath } from '../render/rich-text.ts';
import type { Snippet } from '../view/snippet.ts';

/**
 * Pieces of imported text, with the query's words (if any) in <mark>. Text goes through JSX, which escapes
 * it; formulas are typeset by KaTeX (trust off) and never marked, since a <mark> inside KaTeX's
 * markup would break it. No HTML string is ever built from the text.
 */
export function Parts({ parts, terms = [] }: { parts: Segment[]; terms?: string[] }) {
  return (
    <>
      {parts.map((s) => (s.kind === 'math'
        ? raw(renderInlineMath(s.tex))
        : highlight(readableText(s.text), terms).map((g) => (g.mark ? <mark>{g.text}</mark> : g.text))))}
    </>
  );
}

/** A title (or any one-line text) with math typeset inline and matched words marked. */
export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  const parts: Segment[] = mayHaveMath(text) ? splitMath(text) : [{ kind: 'text', text }];
  return <Parts parts={parts} terms={terms} />;
}

/** An excerpt of an abstract, with ellipses where it was cut. */
export function SnippetText({ snippet, terms }: { snippet: Snippet; terms: string[] }) {
  return (
    <p class="card-snippet">
      {snippet.cutStart ? '… ' : null}
      <Parts parts={snippet.parts} terms={terms} />
      {snippet.cutEnd ? ' …' : null}
    </p>
  );
}
