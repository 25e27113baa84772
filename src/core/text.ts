/**
 * Text clean-up shared by importers. Only whitespace is touched: LaTeX and HTML stay as written
 * (rendering and escaping belong to the web layer).
 */

/*
 * Whitespace clean-up runs on every title and abstract of a bulk import, so it is written for speed.
 * The plain definitions are `s.replace(/\s+/g, ' ').trim()` and "split on blank lines, collapse each
 * paragraph, join with a blank line"; the tests check these functions against exactly that on every
 * real abstract in shared/data. Why not the plain regex: `/\s+/g` matches every single space between
 * words (about 150 per abstract) and was two thirds of the snapshot importer's per-record cost.
 * Matching only what must change (non-space whitespace, then runs of spaces) is 4-5x faster.
 */
const NON_SPACE_WS = /[^\S ]+/g;
const SPACE_RUN = / {2,}/g;
const PARAGRAPH_BREAK = /\n\s*\n/;
const WS = /\s/;

/** Collapses all whitespace runs (including arXiv's hard line wraps) to one space, trimmed. */
export function collapseWhitespace(s: string): string {
  const r = s.replace(NON_SPACE_WS, ' ').trim();
  return r.includes('  ') ? r.replace(SPACE_RUN, ' ') : r;
}

function isWs(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && WS.test(String.fromCharCode(c)));
}

/** Same as PARAGRAPH_BREAK.test(s) (a line holding only whitespace), by hopping from \n to \n. */
function hasBlankLine(s: string): boolean {
  let i = s.indexOf('\n');
  while (i !== -1) {
    let j = i + 1;
    for (; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c === 0x0a) return true;
      if (!isWs(c)) break;
    }
    i = s.indexOf('\n', j);
  }
  return false;
}

/** Joins hard-wrapped lines but keeps blank-line paragraph breaks. */
export function cleanAbstract(s: string): string {
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  if (!hasBlankLine(s)) return collapseWhitespace(s);
  const out: string[] = [];
  for (const p of s.split(PARAGRAPH_BREAK)) {
    const c = collapseWhitespace(p);
    if (c.length > 0) out.push(c);
  }
  return out.join('\n\n');
}

const CODE_HOSTS = /https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|huggingface\.co\/spaces)\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+/g;

/** Code repository URLs mentioned in a text, de-duplicated, without trailing punctuation. */
export function findCodeLinks(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CODE_HOSTS)) {
    const url = m[0].replace(/[.,;:)]+$/, '').replace(/\.git$/, '');
    if (!out.some((u) => u.toLowerCase() === url.toLowerCase())) out.push(url);
  }
  return out;
}

/** Accepts an ISO date or date-time and returns YYYY-MM-DD, or null when it is not a valid date. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
    return `${m[1]}-${m[2]}-${m[3]}`;
  }
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}

/** URLs without repeats, comparing case-insensitively and ignoring a trailing slash. */
export function uniqueUrls(urls: string[]): string[] {
  const seen = new Set<string>();
  return urls.filter((u) => {
    const k = u.toLowerCase().replace(/\/+$/, '');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
