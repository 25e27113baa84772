/** Helpers shared by the arXiv importers: category names, arXiv's date styles, names, links. */
import { arxivAbsUrl, arxivPdfUrl } from '../../core/arxiv-id.ts';
import { collapseWhitespace, findCodeLinks, toIsoDate } from '../../core/text.ts';
import type { PaperLinks } from '../../core/paper.ts';

/**
 * Every arXiv archive, current and retired. Categories are checked against this list (not just a
 * shape) because sources mix ACM and MSC codes into category lists ("I.2.7", "68T50 (Primary)"),
 * and a pure pattern would also let English words such as "and" through.
 */
const ARCHIVES = new Set([
  'astro-ph', 'cond-mat', 'cs', 'econ', 'eess', 'gr-qc', 'hep-ex', 'hep-lat', 'hep-ph', 'hep-th',
  'math', 'math-ph', 'nlin', 'nucl-ex', 'nucl-th', 'physics', 'q-bio', 'q-fin', 'quant-ph', 'stat',
  'acc-phys', 'adap-org', 'alg-geom', 'ao-sci', 'atom-ph', 'bayes-an', 'chao-dyn', 'chem-ph',
  'cmp-lg', 'comp-gas', 'dg-ga', 'funct-an', 'mtrl-th', 'patt-sol', 'plasm-ph', 'q-alg',
  'solv-int', 'supr-con',
]);
// Subject classes: AR, OC, str-el, optics, quant-gas, stat-mech ...
const SUBJECT = /^[A-Za-z]{1,8}(?:-[a-z]{1,8})?$/;

/** True for an arXiv category name such as cs.AR, math.OC, hep-th, cond-mat.str-el. */
export function isArxivCategory(s: string): boolean {
  const dot = s.indexOf('.');
  if (dot === -1) return ARCHIVES.has(s);
  return ARCHIVES.has(s.slice(0, dot)) && SUBJECT.test(s.slice(dot + 1));
}

/**
 * Keeps only arXiv category names, in order, without duplicates. Each entry may itself hold several
 * codes ("I.2.7; I.2.6", "cs.LG stat.ML"), so entries are split on spaces, commas and semicolons.
 */
export function arxivCategories(entries: Iterable<string>): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    // Fast path: a single clean name, the usual case.
    if (isArxivCategory(entry)) {
      if (!out.includes(entry)) out.push(entry);
      continue;
    }
    for (const token of entry.split(/[\s,;]+/)) {
      if (token && isArxivCategory(token) && !out.includes(token)) out.push(token);
    }
  }
  return out;
}

const MONTHS: Record<string, string> = {
  Jan: '01', Feb: '02', Mar: '03', Apr: '04', May: '05', Jun: '06',
  Jul: '07', Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12',
};
const RFC2822 = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\b/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A date as arXiv writes it: RFC 2822 in version histories ("Mon, 2 Apr 2007 19:18:42 GMT", which is
 * UTC, so the calendar day is taken as written) or ISO elsewhere. Returns YYYY-MM-DD or null.
 * The RFC 2822 branch avoids Date objects: it runs twice per record in the snapshot hot path.
 */
export function arxivDate(value: string): string | null {
  const m = RFC2822.exec(value);
  if (!m) return toIsoDate(value);
  const month = MONTHS[m[2][0].toUpperCase() + m[2].slice(1).toLowerCase()];
  if (!month) return null;
  const year = Number(m[3]);
  const day = Number(m[1]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const max = month === '02' && !leap ? 28 : DAYS_IN_MONTH[Number(month) - 1];
  if (day < 1 || day > max) return null;
  return `${m[3]}-${month}-${day < 10 ? '0' : ''}${day}`;
}

const ODD_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/** "First Last Suffix" from arXiv's split name parts; blanks dropped. */
export function personName(keyname: string, forenames?: string, suffix?: string): string {
  let name = keyname;
  if (forenames) name = `${forenames} ${name}`;
  if (suffix) name = `${name} ${suffix}`;
  // Most names need no clean-up; the regex runs only on the rare one that does (a hot path).
  return ODD_SPACE.test(name) ? collapseWhitespace(name) : name;
}

/** Code links found in any of the texts (comments, abstract), de-duplicated, in order. */
export function codeLinksIn(...texts: Array<string | null | undefined>): string[] {
  const out: string[] = [];
  for (const t of texts) {
    if (!t || !t.includes('://')) continue;
    for (const url of findCodeLinks(t)) {
      if (!out.some((u) => u.toLowerCase() === url.toLowerCase())) out.push(url);
    }
  }
  return out;
}

/**
 * arXiv links as the model documents them: unversioned https abs/pdf URLs of the canonical id.
 * The version a source linked to is kept in `version`, not in the link.
 */
export function arxivLinks(arxivId: string): Pick<PaperLinks, 'arxiv' | 'pdf'> {
  return { arxiv: arxivAbsUrl(arxivId), pdf: arxivPdfUrl(arxivId) };
}

/**
 * Splits arXiv's one-string author list ("A. One, B. Two and C. Three") into names. Used only where
 * a source gives no structured names; affiliations in parentheses are dropped.
 */
export function splitAuthorList(authors: string): string[] {
  const flat = collapseWhitespace(authors.replace(/\([^()]*\)/g, ' '));
  return flat
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

