/**
 * The Hugging Face Papers listing page saved as text. Paragraphs are separated by blank lines:
 *
 *   <title>
 *
 *   <abstract>
 *
 *     • 6 authors        or  <organization line>
 *   ·
 *   Jul 19               or  Feb 14, 2023, optionally followed by " 5" (upvotes) or a line "5"
 *
 * The details block is optional (some entries are title and abstract only). The page chrome at the
 * top (New, Subscribe, Daily Papers, the page's own date) is skipped until the first entry.
 */

/** A date as the page shows it: the year is often left out. */
export interface ListingDate { month: number; day: number; year?: number }

export interface ListingEntry {
  /** Line of the title. */
  line: number;
  title: string;
  abstract?: string;
  authorCount?: number;
  organization?: string;
  date?: ListingDate;
  upvotes?: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "• 6 authors" (the bullet is indented on the page). */
export const AUTHORS_LINE = /^•?\s*(\d+)\s+authors?$/i;
/** A page date, optionally followed by the upvote count on the same line. */
export const DATE_LINE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:,\s*(\d{4}))?(?:\s+(\d+))?$/i;
const SEPARATOR = '·';
const COUNT_LINE = /^\d+$/;

/** Header lines of the saved page, compared lower-cased. */
const CHROME = new Set([
  'new', 'get trending papers in your email inbox!', 'subscribe', 'daily papers', 'trending papers',
  'byak and the research community', 'by ak and the research community', 'papers', 'search', 'submit paper',
  'previous', 'next', 'weekly', 'monthly', 'daily',
]);

/** "Jul 19", "Feb 14, 2023" or "May 14 5" (with upvotes) as month/day/year parts; null otherwise. */
export function parseDateLine(text: string): { date: ListingDate; upvotes?: number } | null {
  const m = DATE_LINE.exec(text.trim());
  if (!m) return null;
  const date: ListingDate = { month: MONTHS.indexOf(m[1].toLowerCase()) + 1, day: Number(m[2]) };
  if (m[3]) date.year = Number(m[3]);
  return m[4] ? { date, upvotes: Number(m[4]) } : { date };
}

/**
 * The organization from its line. The page shows the org's handle and then its display name
 * ("deepseek-ai DeepSeek"); when the first word is a slug of the rest it is the handle and the
 * display name is kept, so it matches the `fullname` the HF API gives. Otherwise the line is kept.
 */
export function organizationName(line: string): string {
  const t = line.trim().replace(/\s+/g, ' ');
  const sp = t.indexOf(' ');
  if (sp === -1) return t;
  const handle = t.slice(0, sp);
  const rest = t.slice(sp + 1);
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const a = squash(handle);
  const b = squash(rest);
  return /^[\w.-]+$/.test(handle) && a && b && (a.includes(b) || b.includes(a)) ? rest : t;
}

type Kind = 'text' | 'details' | 'count';

function kindOf(lines: string[], afterDetails: boolean): Kind {
  const trimmed = lines.map((l) => l.trim());
  if (trimmed.includes(SEPARATOR) || AUTHORS_LINE.test(trimmed[0])) return 'details';
  if (trimmed.length === 1 && DATE_LINE.test(trimmed[0])) return 'details';
  if (afterDetails && trimmed.length === 1 && COUNT_LINE.test(trimmed[0])) return 'count';
  return 'text';
}

function applyDetails(e: ListingEntry, lines: string[]): void {
  let pastSeparator = false;
  for (const raw of lines) {
    const t = raw.trim();
    if (t === SEPARATOR) { pastSeparator = true; continue; }
    const authors = AUTHORS_LINE.exec(t);
    if (authors) { e.authorCount = Number(authors[1]); continue; }
    const d = parseDateLine(t);
    if (d) {
      e.date = d.date;
      if (d.upvotes !== undefined) e.upvotes = d.upvotes;
      continue;
    }
    if (COUNT_LINE.test(t)) { e.upvotes = Number(t); continue; }
    if (!pastSeparator && e.organization === undefined && t) e.organization = organizationName(t);
  }
}

/** A streaming parser: feed lines in order, collect finished entries. */
export class ListingParser {
  private para: string[] = [];
  private paraLine = 0;
  private state: 'chrome' | 'title' | 'abstract' | 'details' = 'chrome';
  private cur: ListingEntry | null = null;

  /** Feeds one line; returns the entries it completed. */
  push(line: number, text: string): ListingEntry[] {
    if (text.trim() === '') return this.flush();
    if (this.para.length === 0) this.paraLine = line;
    this.para.push(text);
    return [];
  }

  /** Ends the input; returns the last entries. */
  end(): ListingEntry[] {
    const out = this.flush();
    if (this.cur) out.push(this.cur);
    this.cur = null;
    return out;
  }

  private flush(): ListingEntry[] {
    if (this.para.length === 0) return [];
    const lines = this.para;
    const line = this.paraLine;
    this.para = [];
    const out: ListingEntry[] = [];
    const kind = kindOf(lines, this.state === 'details');
    if (kind === 'count') {
      if (this.cur && this.cur.upvotes === undefined) this.cur.upvotes = Number(lines[0].trim());
      return out;
    }
    if (kind === 'details') {
      // Before the first title this is the page's own date ("Nov 10"): chrome.
      if (this.cur) { applyDetails(this.cur, lines); this.state = 'details'; }
      return out;
    }
    const text = lines.join('\n');
    if (this.state === 'chrome' && CHROME.has(text.trim().toLowerCase())) return out;
    if (this.state === 'title' && this.cur) {
      this.cur.abstract = text;
      this.state = 'abstract';
      return out;
    }
    if (this.cur) out.push(this.cur);
    this.cur = { line, title: text };
    this.state = 'title';
    return out;
  }
}

/** True when text reads like a saved listing: a "• N authors" line, or a "·" line before a date. */
export function looksLikeHfListing(text: string): boolean {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    if (AUTHORS_LINE.test(lines[i]) && lines[i].startsWith('•')) return true;
    if (lines[i] === SEPARATOR && i + 1 < lines.length && DATE_LINE.test(lines[i + 1])) return true;
  }
  return false;
}
