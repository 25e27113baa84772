/** A piece of text and whether it matched a query term. Rendered by escaping templates. */
export interface Segment {
  text: string;
  mark: boolean;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Splits text into plain and matched segments. A word matches when it starts with a query term
 * (after case and accent folding), so "kernel" marks "kernels" and a typed prefix marks its word.
 * Produces data, never markup: the page escapes every segment, so no input can inject HTML.
 */
export function highlight(text: string, terms: string[]): Segment[] {
  const wanted = [...new Set(terms.map(fold).filter((t) => t.length >= 2))];
  if (wanted.length === 0 || !text) return text ? [{ text, mark: false }] : [];
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const word = fold(m[0]);
    if (!wanted.some((t) => word.startsWith(t))) continue;
    const at = m.index ?? 0;
    if (at > last) out.push({ text: text.slice(last, at), mark: false });
    out.push({ text: m[0], mark: true });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), mark: false });
  return out;
}

/** Query words worth highlighting: positive words and phrase words, not excluded ones. */
export function highlightTerms(query: string): string[] {
  const out: string[] = [];
  for (const m of query.slice(0, 500).matchAll(/(-?)"([^"]*)"?|(-?)([^\s"]+)/g)) {
    if ((m[1] ?? m[3]) === '-') continue;
    out.push(...(m[2] ?? m[4] ?? '').toLowerCase().match(WORD) ?? []);
  }
  return [...new Set(out)];
}
