/** Importer for the Hugging Face Papers listing page saved as text (see hf-listing-parse.ts). */
import type { PaperInput } from '../../core/paper.ts';
import { cleanAbstract, collapseWhitespace, findCodeLinks } from '../../core/text.ts';
import { PaperboyError } from '../../errors.ts';
import { readLines } from '../line-reader.ts';
import type { ImportContext, ImportItem, Importer } from '../types.ts';
import { ListingParser, type ListingDate, type ListingEntry } from './hf-listing-parse.ts';
import { oversizedMessage } from './jsonl.ts';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isValidDay(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const max = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1];
  return month >= 1 && month <= 12 && day >= 1 && day <= max;
}

function parseListingDate(s: string, file: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m || !isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new PaperboyError('invalid_argument', `${file}: the listing date must be YYYY-MM-DD, got ${JSON.stringify(s)}`, 'listingDate');
  }
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * YYYY-MM-DD for a page date. The page omits the year for dates in the current year, so a date
 * without one takes the year that puts it on or before the day the page was saved, never after.
 * A date that does not exist (Feb 30) is left unknown rather than guessed.
 */
export function resolveListingDate(d: ListingDate, saved: () => [number, number, number]): string | undefined {
  let year = d.year;
  if (year === undefined) {
    const [sy, sm, sd] = saved();
    year = sy;
    if (d.month > sm || (d.month === sm && d.day > sd)) year--;
  }
  if (!isValidDay(year, d.month, d.day)) return undefined;
  return `${year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** One parsed entry as a paper. Authors are not on the page, only their number. */
export function listingRecord(e: ListingEntry, saved: () => [number, number, number]): PaperInput {
  const r: PaperInput = { title: collapseWhitespace(e.title) };
  if (e.abstract !== undefined) {
    r.abstract = cleanAbstract(e.abstract);
    const code = findCodeLinks(r.abstract);
    if (code.length > 0) r.links = { code };
  }
  if (e.authorCount !== undefined) r.authorCount = e.authorCount;
  if (e.organization !== undefined) r.organization = e.organization;
  if (e.upvotes !== undefined) r.upvotes = e.upvotes;
  if (e.date) {
    const d = resolveListingDate(e.date, saved);
    if (d) r.publishedAt = d;
  }
  // submittedOnDailyAt stays unknown: the page does not say; the store falls back to publishedAt.
  return r;
}

async function* readListing(input: NodeJS.ReadableStream, ctx: ImportContext): AsyncGenerator<ImportItem> {
  const parser = new ListingParser();
  let saved: [number, number, number] | null = null;
  // Checked only when a date without a year needs it, so a page of full dates needs no listing date.
  const savedDate = () => (saved ??= parseListingDate(ctx.listingDate, ctx.file));
  const emit = (entries: ListingEntry[]): ImportItem[] =>
    entries.map((e) => ({ line: e.line, record: listingRecord(e, savedDate) }));
  let started = false;
  for await (const l of readLines(input)) {
    if (!started && !l.oversized && l.text.trim() !== '') {
      started = true;
      // A page saved as text never starts with markup or JSON; reading those as paragraphs would
      // turn every line into a bogus "paper" (e.g. a JSON file imported with the wrong --format).
      if (/^\s*[[{<]/.test(l.text)) {
        throw new PaperboyError('import_format_unknown', `${ctx.file}: starts like JSON or XML, not a Hugging Face listing page saved as text`);
      }
    }
    if (l.oversized) {
      yield { line: l.line, error: oversizedMessage(l.bytes) };
      yield* emit(parser.push(l.line, ''));
      continue;
    }
    yield* emit(parser.push(l.line, l.text));
  }
  yield* emit(parser.end());
}

/** The Hugging Face Papers listing page saved as text. */
export const hfListingImporter: Importer = { format: 'hf-listing', read: readListing };
