import { raw } from 'hono/html';
import { renderParagraphs, renderRichText } from '../render/rich-text.ts';

/**
 * Imported text with its math typeset. The HTML comes from renderRichText, which escapes every
 * character outside math and hands math to KaTeX with trust off, so passing it raw is safe.
 */
export function RichText({ text, inline }: { text: string; inline?: boolean }) {
  return raw(renderRichText(text, { inlineOnly: inline }));
}

/** An abstract: one <p> per blank-line paragraph, URLs linked. */
export function Paragraphs({ text }: { text: string }) {
  return <>{renderParagraphs(text, { linkify: true }).map((html) => <p>{raw(html)}</p>)}</>;
}
