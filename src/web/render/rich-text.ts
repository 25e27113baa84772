import katex from 'katex';
import { escapeHtml } from './escape.ts';
import { Lru } from './lru.ts';
import { mayHaveMath, readableText, splitMath } from './math-segments.ts';

/**
 * Server-side rendering of imported text (titles, abstracts) to safe HTML: math through KaTeX,
 * everything else escaped, optionally with bare http(s) URLs turned into links.
 *
 * KaTeX runs with trust: false, so \href, \url, \includegraphics and \html* render as inert red
 * text instead of links or raw HTML; throwOnError: false turns bad TeX into an escaped error span.
 */
const KATEX_OPTIONS = { trust: false, throwOnError: false, strict: 'ignore', maxExpand: 500, maxSize: 20 } as const;

export interface RichTextOptions {
  /** Turn http(s) URLs in the plain parts into links (abstracts). */
  linkify?: boolean;
  /** Render display math inline (titles, where a block would break the heading). */
  inlineOnly?: boolean;
}

/** KaTeX takes ~0.1-1 ms per formula; the same titles render on every request, so cache whole texts. */
const cache = new Lru<string, string>(4000);
/** Texts longer than this are rendered but not cached, so one huge abstract cannot evict the rest. */
const MAX_CACHED_CHARS = 16_000;

const URL_RE = /\bhttps?:\/\/[^\s<>"'`{}|\\^\]\[]+/gi;

function renderPlain(raw: string, linkify: boolean): string {
  const text = readableText(raw);
  if (!linkify) return escapeHtml(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    // Sentence punctuation after a URL belongs to the sentence, not the URL.
    const url = m[0].replace(/[.,;:!?)]+$/, '');
    out += escapeHtml(text.slice(last, m.index));
    out += `<a href="${escapeHtml(url)}" rel="nofollow noopener noreferrer">${escapeHtml(url)}</a>`;
    last = m.index + url.length;
  }
  return out + escapeHtml(text.slice(last));
}

function renderUncached(text: string, o: RichTextOptions): string {
  if (!mayHaveMath(text)) return renderPlain(text, !!o.linkify);
  return splitMath(text).map((s) => (s.kind === 'text'
    ? renderPlain(s.text, !!o.linkify)
    : katex.renderToString(s.tex, { ...KATEX_OPTIONS, displayMode: s.display && !o.inlineOnly }))).join('');
}

/** Safe HTML for one run of imported text (no paragraph handling; see renderParagraphs). */
export function renderRichText(text: string, o: RichTextOptions = {}): string {
  if (text.length > MAX_CACHED_CHARS) return renderUncached(text, o);
  const key = `${o.linkify ? 'l' : '-'}${o.inlineOnly ? 'i' : '-'}${text}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = renderUncached(text, o);
    cache.set(key, html);
  }
  return html;
}

/** Blank-line separated paragraphs, each rendered as rich text; math never spans paragraphs. */
export function renderParagraphs(text: string, o: RichTextOptions = {}): string[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => renderRichText(p, o));
}

/** One formula as KaTeX HTML, inline or display (for renderers that split text themselves, such as comments). */
export function renderMath(tex: string, display: boolean): string {
  return display ? katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: true }) : renderInlineMath(tex);
}

/** One formula as inline KaTeX HTML (for text the page splits itself, such as highlighted titles). */
export function renderInlineMath(tex: string): string {
  const key = `m${tex}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: false });
    cache.set(key, html);
  }
  return html;
}
