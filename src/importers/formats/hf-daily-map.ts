/**
 * Mapping Hugging Face daily-papers entries (GET /api/daily_papers) to papers. Three schema eras
 * are in use: 2024 (mediaUrl, no submittedOnDailyAt), 2025 (submittedOnDailyAt/By, githubRepo,
 * thumbnail) and 2026 (paper- and entry-level organization, projectPage). Every field is optional
 * except the paper id's presence and a title.
 */
import { parseArxivId } from '../../core/arxiv-id.ts';
import type { PaperInput } from '../../core/paper.ts';
import { cleanAbstract, collapseWhitespace } from '../../core/text.ts';
import { arxivLinks, codeLinksIn } from './arxiv-fields.ts';
import { uniqueUrls } from '../../core/text.ts';
import {
  asRecord, dropUndefined, excerpt, fieldError, isObject, optArray, optCount, optDate, optObject, optString, optStringList,
  RecordError, requireTitle, type JsonObject,
} from './fields.ts';

/** An organization given as an object ({name, fullname}) or a plain string: the display name. */
function organizationOf(v: unknown, field: string): string | undefined {
  if (typeof v === 'string') return collapseWhitespace(v) || undefined;
  const o = optObject(v, field);
  if (!o) return undefined;
  const name = optString(o.fullname, `${field}.fullname`) ?? optString(o.name, `${field}.name`);
  return name ? collapseWhitespace(name) || undefined : undefined;
}

/** The HF user name of a submitter object ({user} or {name}), or a plain string. */
function userOf(v: unknown, field: string): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  const o = optObject(v, field);
  if (!o) return undefined;
  return (optString(o.user, `${field}.user`) ?? optString(o.name, `${field}.name`))?.trim() || undefined;
}

function authorsOf(v: unknown, field: string): string[] | undefined {
  const list = optArray(v, field);
  if (!list) return undefined;
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    // `hidden` only hides the link to the author's HF profile; the person is still an author.
    const name = typeof a === 'string' ? a : isObject(a) ? a.name : undefined;
    if (typeof name !== 'string') throw fieldError(`${field}[${i}].name`, 'a string', isObject(a) ? a.name : a);
    const c = collapseWhitespace(name);
    if (c) out.push(c);
  }
  return out;
}

/** A repository URL as HF stores it, without the trailing slash some entries carry. */
function repoUrl(v: unknown, field: string): string[] {
  const s = optString(v, field)?.trim();
  return s ? [s.replace(/\/+$/, '')] : [];
}

/**
 * Maps one daily-papers entry (`{paper, title, publishedAt, numComments, ...}`); a bare paper object
 * (`{id, title, ...}`) is accepted too. `dayDate` is the feed day the entry was listed under, used
 * when the entry does not carry its own submittedOnDailyAt.
 */
export function mapDailyEntry(value: unknown, dayDate?: string): PaperInput {
  const e = asRecord(value, 'a daily-papers entry (JSON object)');
  const hasPaper = e.paper !== undefined;
  if (hasPaper && !isObject(e.paper)) throw fieldError('paper', 'an object', e.paper);
  const p = (hasPaper ? e.paper : e) as JsonObject;
  const pf = hasPaper ? 'paper.' : '';
  const rawId = p.id;
  if (typeof rawId !== 'string') throw fieldError(`${pf}id`, 'an arXiv id string', rawId);
  const id = parseArxivId(rawId);
  // The entry-level title is unwrapped; 2024 paper.title keeps arXiv's hard line breaks.
  const title = hasPaper && e.title !== undefined && e.title !== null ? requireTitle(e.title, 'title') : requireTitle(p.title, `${pf}title`);
  const summary = optString(p.summary, `${pf}summary`) ?? (hasPaper ? optString(e.summary, 'summary') : undefined);
  const project = optString(p.projectPage, `${pf}projectPage`)?.trim();
  const record: PaperInput = {
    arxivId: id ? id.id : undefined,
    version: id ? id.version : undefined,
    title,
    authors: authorsOf(p.authors, `${pf}authors`),
    publishedAt: optDate(p.publishedAt, `${pf}publishedAt`),
    upvotes: optCount(p.upvotes, `${pf}upvotes`),
    numComments: optCount(e.numComments, 'numComments'),
    submittedOnDailyAt: optDate(p.submittedOnDailyAt, `${pf}submittedOnDailyAt`) ?? dayDate,
    organization: organizationOf(p.organization, `${pf}organization`) ?? (hasPaper ? organizationOf(e.organization, 'organization') : undefined),
    withdrawnAt: optDate(p.withdrawnAt, `${pf}withdrawnAt`),
    submittedBy: userOf(p.submittedOnDailyBy, `${pf}submittedOnDailyBy`) ?? (hasPaper ? userOf(e.submittedBy, 'submittedBy') : undefined),
    thumbnail: (optString(e.thumbnail, 'thumbnail') ?? optString(e.mediaUrl, 'mediaUrl'))?.trim() || undefined,
    links: {
      ...(id ? arxivLinks(id.id) : {}),
      code: uniqueUrls([...repoUrl(p.githubRepo, `${pf}githubRepo`), ...codeLinksIn(summary)]),
      ...(project ? { project } : {}),
    },
  };
  if (summary !== undefined) record.abstract = cleanAbstract(summary);
  return dropUndefined(record);
}

/**
 * Maps one paper of the PaperExplorer file, an object keyed by arXiv id:
 * `"2312.17653": {url, title, authors[], abstract, publication_date, upvotes}`.
 */
export function mapExplorerPaper(key: string, value: unknown): PaperInput {
  const v = asRecord(value, `an object for paper "${key}"`);
  const url = optString(v.url, 'url');
  const id = parseArxivId(key) ?? (url ? parseArxivId(url) : null);
  if (!id) throw new RecordError(`key ${excerpt(key)}: expected an arXiv id`);
  const abstract = optString(v.abstract, 'abstract');
  const record: PaperInput = {
    arxivId: id.id,
    version: id.version,
    title: requireTitle(v.title),
    authors: optStringList(v.authors, 'authors'),
    publishedAt: optDate(v.publication_date, 'publication_date'),
    upvotes: optCount(v.upvotes, 'upvotes'),
    links: { ...arxivLinks(id.id), code: codeLinksIn(abstract) },
  };
  if (abstract !== undefined) record.abstract = cleanAbstract(abstract);
  return dropUndefined(record);
}
