/** Pure rules for harvested records: the announcement day, withdrawal, and what counts as a change. */
import { addDays } from '../core/dates.ts';
import { collapseWhitespace } from '../core/text.ts';

/**
 * arXiv announces a new submission one to four days after it was made (weekends and holidays in
 * between); a first version whose OAI datestamp is further than this from its creation date is an
 * old paper whose metadata changed (a journal reference, say), not a new announcement.
 */
export const ANNOUNCE_WINDOW_DAYS = 7;

/**
 * The day a newly harvested paper enters the daily feed: the OAI datestamp of a first version (no
 * `updated` date) created within the window before it, since arXiv stamps a new record on the day
 * it is announced. Otherwise null: the paper is not new (a later version or a metadata fix of an
 * old paper) and the daily feed falls back to its first-version date, as for imports.
 */
export function announcementDay(rec: { publishedAt?: string | null; updatedAt?: string | null }, datestamp: string): string | null {
  if (rec.updatedAt) return null;
  if (!rec.publishedAt) return datestamp;
  if (rec.publishedAt > datestamp) return datestamp;
  return addDays(rec.publishedAt, ANNOUNCE_WINDOW_DAYS) >= datestamp ? datestamp : null;
}

// Phrasings arXiv authors and admins use: "This paper has been withdrawn", "withdrawn by the author",
// "paper withdrawn due to ...", "This has been withdrawn by arXiv administrators".
const WITHDRAWN = /\b(?:(?:has|have) been|is|was|were|being) withdrawn\b|\bwithdrawn by\b|\b(?:paper|article|submission|manuscript) (?:is )?withdrawn\b/i;

/** True when the comments (or the start of the abstract, which withdrawn versions replace) say so. */
export function isWithdrawn(comments: string, abstract: string | undefined): boolean {
  return WITHDRAWN.test(comments) || WITHDRAWN.test((abstract ?? '').slice(0, 240));
}

/** Texts compared the way a reader would: case, spacing and line wrapping do not count. */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return collapseWhitespace(a ?? '').toLowerCase() === collapseWhitespace(b ?? '').toLowerCase();
}
