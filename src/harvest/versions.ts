/**
 * Version bookkeeping for harvested and submitted papers. OAI metadataPrefix=arXiv gives a record's
 * first-version date (`created`) and latest-version date (`updated`) but no version number, so a new
 * version is recognised by an `updated` date later than the one Paperboy knows, and numbered by
 * counting on from the stored version (exact for papers followed since their first version; the
 * arXiv API, used for submissions, names the version outright).
 */
import type { Paper, PaperInput } from '../core/paper.ts';
import type { PaperVersion } from './repo.ts';
import { sameText } from './record-rules.ts';

export type VersionRow = Omit<PaperVersion, 'seenAt'>;

export interface VersionDecision {
  /** The record to upsert, its version set so the merge lets a newer version replace title and abstract. */
  input: PaperInput;
  versions: VersionRow[];
  newVersion: boolean;
}

function row(arxivId: string, version: number | null, versionDate: string, title: string, abstract: string, before?: { title: string; abstract: string }): VersionRow {
  const titleChanged = before ? !sameText(before.title, title) : false;
  return {
    arxivId, version, versionDate, title, abstract, titleChanged,
    abstractChanged: before ? !sameText(before.abstract, abstract) : false,
    previousTitle: titleChanged && before ? before.title : null,
  };
}

/** Decides whether `rec` is a new version of `stored` and which version rows to record. */
export function decideVersion(rec: PaperInput & { arxivId: string }, stored: Paper | null, latest: PaperVersion | null): VersionDecision {
  const recDate = rec.updatedAt ?? rec.publishedAt ?? null;
  const abstract = rec.abstract ?? '';
  if (!recDate) return { input: rec, versions: [], newVersion: false };
  if (!stored) {
    // A record without `updated` is its first version; one with it is a later version of unknown number.
    const version = rec.version ?? (rec.updatedAt && rec.updatedAt !== rec.publishedAt ? null : 1);
    return { input: { ...rec, version }, versions: [row(rec.arxivId, version, recDate, rec.title, abstract)], newVersion: false };
  }
  const knownDate = latest?.versionDate ?? stored.updatedAt ?? stored.publishedAt;
  // A first version (no `updated`) is never newer than a paper already stored, whatever dates another
  // source gave it (a listing's day can differ from arXiv's `created` by a time zone).
  const laterVersion = Boolean(rec.updatedAt && rec.updatedAt !== rec.publishedAt) || (rec.version ?? 1) > 1;
  const newer = rec.version != null && stored.version != null
    ? rec.version > stored.version
    : laterVersion && knownDate !== null && recDate > knownDate;
  if (!newer) return { input: { ...rec, version: rec.version ?? null }, versions: [], newVersion: false };
  const version = rec.version ?? (stored.version ?? 1) + 1;
  const versions: VersionRow[] = [];
  // The first change Paperboy sees of a paper it already had: keep what it had as the version before.
  if (!latest && knownDate && knownDate < recDate) versions.push(row(rec.arxivId, stored.version, knownDate, stored.title, stored.abstract));
  versions.push(row(rec.arxivId, version, recDate, rec.title, abstract, { title: stored.title, abstract: stored.abstract }));
  return { input: { ...rec, version }, versions, newVersion: true };
}
