/**
 * arXiv daily listings as JSON Lines, as scraped by the daily-arXiv-ai-enhanced crawlers:
 * `{id, categories[], pdf, abs, authors[], title, comment, summary, _listing_date}`.
 */
import { parseArxivId } from '../../core/arxiv-id.ts';
import type { PaperInput } from '../../core/paper.ts';
import { cleanAbstract } from '../../core/text.ts';
import type { ImportContext, ImportItem, Importer } from '../types.ts';
import { arxivCategories, arxivLinks, codeLinksIn } from './arxiv-fields.ts';
import {
  asRecord, dropUndefined, excerpt, fieldError, optDate, optString, optStringList, RecordError, requireTitle,
} from './fields.ts';
import { mapJsonLines } from './jsonl.ts';

/** The id as given, or the id inside the abs/pdf URL when `id` is missing. */
function idOf(r: Record<string, unknown>) {
  if (r.id !== undefined && r.id !== null) {
    if (typeof r.id !== 'string') throw fieldError('id', 'an arXiv id string', r.id);
    const id = parseArxivId(r.id);
    if (!id) throw new RecordError(`field "id": expected an arXiv id, got ${excerpt(r.id)}`);
    return id;
  }
  for (const field of ['abs', 'pdf'] as const) {
    const url = optString(r[field], field);
    const id = url ? parseArxivId(url) : null;
    if (id) return id;
  }
  throw new RecordError('field "id": expected an arXiv id, got undefined');
}

/** True when a new-style id (YYMM.NNNNN) was listed in its own month or the month after. */
export function isFirstAnnouncement(arxivId: string, listed: string): boolean {
  const m = /^(\d{2})(\d{2})\./.exec(arxivId);
  if (!m) return false;
  const idMonth = (2000 + Number(m[1])) * 12 + Number(m[2]) - 1;
  const listedMonth = Number(listed.slice(0, 4)) * 12 + Number(listed.slice(5, 7)) - 1;
  return listedMonth === idMonth || listedMonth === idMonth + 1;
}

/** Maps one listing line to a paper; throws RecordError naming the field at fault. */
export function mapListingRecord(value: unknown): PaperInput {
  const r = asRecord(value);
  const id = idOf(r);
  const title = requireTitle(r.title);
  const summary = optString(r.summary, 'summary');
  const comment = optString(r.comment, 'comment');
  // Listing categories mix in ACM and MSC codes ("I.2.7; I.2.6", "68T50"); only arXiv names stay.
  const categories = optStringList(r.categories, 'categories');
  // The abs/pdf URLs are rebuilt from the id (canonical form); a wrong type still marks a bad line.
  optString(r.abs, 'abs');
  optString(r.pdf, 'pdf');
  // The listing day is the day the paper appeared in arXiv's daily listing: its daily-feed date.
  // This format has no publication date, so the listing day also stands in for it when it is the
  // paper's first announcement, at most a few days after submission. A listing that comes after
  // the id's month or the next (a replacement or late cross-list: 35 of 38,758 real records, e.g.
  // 2409.13661 listed on 2025-03-19) says nothing about publication, so that date stays unknown.
  // Richer sources for the same id (Atom, OAI, snapshot) carry the exact v1 date.
  const listed = optDate(r._listing_date, '_listing_date');
  const record: PaperInput = {
    arxivId: id.id,
    version: id.version,
    title,
    authors: optStringList(r.authors, 'authors'),
    categories: categories && arxivCategories(categories),
    publishedAt: listed && isFirstAnnouncement(id.id, listed) ? listed : undefined,
    submittedOnDailyAt: listed,
    links: { ...arxivLinks(id.id), code: codeLinksIn(comment, summary) },
  };
  if (summary !== undefined) record.abstract = cleanAbstract(summary);
  return dropUndefined(record);
}

function readListing(input: NodeJS.ReadableStream, _ctx: ImportContext): AsyncGenerator<ImportItem> {
  return mapJsonLines(input, mapListingRecord);
}

/** arXiv daily-listing JSON Lines (id, categories, pdf, abs, authors, title, comment, summary). */
export const arxivListingImporter: Importer = { format: 'arxiv-listing', read: readListing };
