/**
 * The Kaggle "arxiv-metadata-oai-snapshot" JSON Lines file (2.7M lines, ~4 GB). This is the hot
 * path of bulk imports, so per record there is one JSON.parse, plain type checks, and string work
 * only where a field needs it. Code links in the abstract are left to the store's merge step,
 * which looks for them in every abstract anyway; here only `comments` is searched.
 */
import { parseArxivId } from '../../core/arxiv-id.ts';
import type { PaperInput } from '../../core/paper.ts';
import { cleanAbstract } from '../../core/text.ts';
import type { ImportContext, ImportItem, Importer } from '../types.ts';
import { arxivCategories, arxivDate, codeLinksIn, personName, splitAuthorList } from './arxiv-fields.ts';
import {
  asRecord, excerpt, fieldError, isObject, optArray, optDate, optString, RecordError, requireTitle,
} from './fields.ts';
import { mapJsonLines } from './jsonl.ts';

function authorsOf(r: Record<string, unknown>): string[] | undefined {
  const parsed = optArray(r.authors_parsed, 'authors_parsed');
  if (parsed) {
    const out: string[] = [];
    for (let i = 0; i < parsed.length; i++) {
      const p = parsed[i];
      if (!Array.isArray(p) || typeof p[0] !== 'string') {
        throw fieldError(`authors_parsed[${i}]`, 'an array [last, first, suffix]', p);
      }
      const name = personName(p[0], typeof p[1] === 'string' ? p[1] : '', typeof p[2] === 'string' ? p[2] : '');
      if (name) out.push(name);
    }
    return out;
  }
  const flat = optString(r.authors, 'authors');
  return flat === undefined ? undefined : splitAuthorList(flat);
}

interface VersionInfo { version: number; first?: string; last?: string }

function versionNumber(v: unknown, i: number): number {
  if (!isObject(v)) throw fieldError(`versions[${i}]`, 'an object {version, created}', v);
  const label = v.version;
  const n = typeof label === 'string' && (label[0] === 'v' || label[0] === 'V') ? Number(label.slice(1)) : NaN;
  if (!Number.isInteger(n) || n < 1) throw new RecordError(`field "versions[${i}].version": expected "vN", got ${excerpt(label)}`);
  return n;
}

function createdDate(v: Record<string, unknown>, i: number): string | undefined {
  const c = v.created;
  if (c === undefined || c === null) return undefined;
  if (typeof c !== 'string') throw fieldError(`versions[${i}].created`, 'a date string', c);
  const d = arxivDate(c);
  if (!d) throw new RecordError(`field "versions[${i}].created": expected a date, got ${excerpt(c)}`);
  return d;
}

/**
 * Highest version number, and the dates of the first and the latest version. Only those two dates
 * are parsed: the list is usually in order, but the numbers decide, not the position.
 */
function versionsOf(versions: unknown[]): VersionInfo | undefined {
  if (versions.length === 0) return undefined;
  let lo = 0;
  let hi = 0;
  let loN = Infinity;
  let hiN = 0;
  for (let i = 0; i < versions.length; i++) {
    const n = versionNumber(versions[i], i);
    if (n < loN) { loN = n; lo = i; }
    if (n >= hiN) { hiN = n; hi = i; }
  }
  const first = createdDate(versions[lo] as Record<string, unknown>, lo);
  const last = hi === lo ? first : createdDate(versions[hi] as Record<string, unknown>, hi);
  return { version: hiN, first, last };
}

/**
 * Maps one snapshot line to a paper; throws RecordError naming the field at fault. Fields are set
 * only when known (no undefined-valued keys), without a generic clean-up pass: this runs per line.
 */
export function mapSnapshotRecord(value: unknown): PaperInput {
  const r = asRecord(value);
  if (typeof r.id !== 'string') throw fieldError('id', 'an arXiv id string', r.id);
  const id = parseArxivId(r.id);
  if (!id) throw new RecordError(`field "id": expected an arXiv id, got ${excerpt(r.id)}`);
  const record: PaperInput = { arxivId: id.id, version: id.version, title: requireTitle(r.title) };
  const abstract = optString(r.abstract, 'abstract');
  if (abstract !== undefined) record.abstract = cleanAbstract(abstract);
  const authors = authorsOf(r);
  if (authors !== undefined) record.authors = authors;
  const categories = optString(r.categories, 'categories');
  if (categories !== undefined) record.categories = arxivCategories(categories.split(' '));
  const versions = optArray(r.versions, 'versions');
  const v = versions && versionsOf(versions);
  if (v) record.version = v.version;
  // v1's date is when the paper first appeared; the latest version's date is its last update.
  if (v?.first) record.publishedAt = v.first;
  const updated = v?.last ?? optDate(r.update_date, 'update_date');
  if (updated) record.updatedAt = updated;
  const comments = optString(r.comments, 'comments');
  if (comments !== undefined && comments.includes('://')) {
    const code = codeLinksIn(comments);
    if (code.length > 0) record.links = { code };
  }
  return record;
}

function readSnapshot(input: NodeJS.ReadableStream, _ctx: ImportContext): AsyncGenerator<ImportItem> {
  return mapJsonLines(input, mapSnapshotRecord);
}

/** Kaggle arxiv-metadata-oai-snapshot JSON Lines. */
export const arxivSnapshotImporter: Importer = { format: 'arxiv-snapshot', read: readSnapshot };
