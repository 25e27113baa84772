/**
 * Escaping imported text for Markdown. The aim is that no imported text can make a link, an
 * image, an autolink or raw HTML, while what a reader sees stays as written (LaTeX included).
 *
 * In CommonMark a backslash escapes only ASCII punctuation, so:
 * - `[` `]` `<` `>` `&` and backticks get a backslash: no link or image can open or close, no
 *   tag or autolink can start, no entity can smuggle a character in, no code span can swallow
 *   the escaping backslashes;
 * - a backslash followed by punctuation gets escaped itself (LaTeX's `\[` or `\{` would
 *   otherwise eat our escape or theirs); `\alpha` stays as written, since a backslash before a
 *   letter is already literal;
 * - `*` and `_` are left alone: emphasis cannot run code or leave the page, and LaTeX is full of
 *   them.
 */
const SPECIAL = /\\(?=[!-/:-@[-`{-~])|[[\]<>&`]/g;

/** C0 controls (but tab and newline), DEL and lone surrogates: never meaningful in a paper. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes one line of text (a title, a name): whitespace collapsed, nothing can become markup. */
export function mdInline(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim().replace(SPECIAL, '\\$&');
}

/**
 * Escapes a block of text (an abstract), keeping its paragraphs. Lines lose leading whitespace so
 * none becomes an indented code block, and a line-leading `#` is escaped so none becomes a heading.
 */
export function mdBlock(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim().replace(SPECIAL, '\\$&').replace(/^#/, '\\#'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A Markdown link to an http(s) URL, or null for any other scheme (javascript:, data:, …).
 * The destination is written in angle brackets, where WHATWG URL serialization has already
 * percent-encoded every character that could end it.
 */
export function mdLink(label: string, raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return `[${mdInline(label)}](<${url.href}>)`;
}
