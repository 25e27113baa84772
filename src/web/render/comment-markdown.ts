import { escapeHtml, safeHttpUrl } from './escape.ts';
import { mayHaveMath, splitMath } from './math-segments.ts';
import { renderMath } from './rich-text.ts';

/**
 * The small Markdown subset comments may use, rendered to safe HTML: paragraphs (blank lines),
 * line breaks, `code`, **bold**, *italic*, [text](https://...) and bare http(s) URLs as links
 * (rel="nofollow ugc"), and $math$ / $$math$$ through KaTeX with trust off. Nothing else is markup:
 * every other character is escaped, so HTML typed into a comment shows as text. Links must be
 * absolute http(s) URLs; anything else ([x](javascript:...)) stays literal text.
 */
const INLINE = /`([^`\n]{1,500})`|\[([^\]\n]{1,200})\]\(([^()\s]{1,2000})\)|(\bhttps?:\/\/[^\s<>"'`{}|\\^\]\[]+)|\*\*([^*\n]{1,500})\*\*|\*([^*\n]{1,500})\*|\n/g;

const LINK_REL = 'nofollow ugc noopener noreferrer';

function link(url: string, text: string): string {
  return `<a href="${escapeHtml(url)}" rel="${LINK_REL}">${escapeHtml(text)}</a>`;
}

function renderInline(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    out += escapeHtml(text.slice(last, m.index));
    let end = m.index + m[0].length;
    const [all, code, label, href, bare, bold, italic] = m;
    if (code !== undefined) out += `<code>${escapeHtml(code)}</code>`;
    else if (label !== undefined) {
      const url = safeHttpUrl(href);
      out += url ? link(url, label) : escapeHtml(all);
    } else if (bare !== undefined) {
      // Sentence punctuation after a URL belongs to the sentence.
      const url = bare.replace(/[.,;:!?)]+$/, '');
      end = m.index + url.length;
      const safe = safeHttpUrl(url);
      out += safe ? link(safe, url) : escapeHtml(url);
    } else if (bold !== undefined) out += `<strong>${escapeHtml(bold)}</strong>`;
    else if (italic !== undefined) out += `<em>${escapeHtml(italic)}</em>`;
    else out += '<br>';
    last = end;
  }
  return out + escapeHtml(text.slice(last));
}

function renderParagraph(p: string): string {
  if (!mayHaveMath(p)) return renderInline(p);
  return splitMath(p).map((s) => (s.kind === 'text' ? renderInline(s.text) : renderMath(s.tex, s.display))).join('');
}

/** A comment's body as HTML: one <p> per paragraph. */
export function renderCommentMarkdown(body: string): string {
  return body.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
    .map((p) => `<p>${renderParagraph(p)}</p>`).join('');
}
