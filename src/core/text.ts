/**
 * Text clean-up shared by importers. Only whitespace is touched: LaTeX and HTML stay as written
 * (rendering and escaping belong to the web layer).
 */

/** Collapses all whitespace runs (including arXiv's hard line wraps) to one space. */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Joins hard-wrapped lines but keeps blank-line paragraph breaks. */
export function cleanAbstract(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map(collapseWhitespace)
    .filter((p) => p.length > 0)
    .join('\n\n');
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
