/** One paper from the arXiv API (Atom), parsed with the Atom importer's entry mapping. */
import type { PaperInput } from '../core/paper.ts';
import { PaperboyError } from '../errors.ts';
import { mapAtomEntry } from '../importers/formats/arxiv-atom.ts';
import { makeParser, mapOrReject, rootElementName, xmlRecords } from '../importers/formats/xml-records.ts';
import type { PoliteResponse } from './polite-fetch.ts';

const parser = makeParser(['author', 'link', 'category']);

/** The API URL for one id (without version: the latest version is wanted). */
export function apiUrlFor(apiUrl: string, arxivId: string): string {
  const url = new URL(apiUrl);
  url.searchParams.set('id_list', arxivId);
  url.searchParams.set('max_results', '1');
  return url.toString();
}

/** Parses an API response for one id: the record, or null when arXiv has no such paper. */
export function parseApiEntry(text: string, arxivId: string): PaperInput | null {
  const label = `the arXiv API answer for ${arxivId}`;
  const root = rootElementName(text);
  if (!root || root.replace(/^.*:/, '') !== 'feed') {
    throw new PaperboyError('arxiv_bad_response', `${label} is not an Atom feed (root element ${root ? `<${root}>` : 'missing'})`);
  }
  let items;
  try {
    items = [...xmlRecords(text, label, 'entry', parser)];
  } catch (err) {
    throw new PaperboyError('arxiv_bad_response', (err as Error).message);
  }
  for (const item of items) {
    if (item.error !== undefined) throw new PaperboyError('arxiv_bad_response', `${label}: ${item.error}`);
    const mapped = mapOrReject(item.line, () => mapAtomEntry(item.node));
    if ('error' in mapped) {
      // The legacy API answered an unknown id with an error entry rather than an empty feed.
      if (/arXiv API error/.test(mapped.error)) return null;
      throw new PaperboyError('arxiv_bad_response', `${label}: ${mapped.error}`);
    }
    if (mapped.record.arxivId === arxivId) return mapped.record;
  }
  return null;
}

/** Fetches one paper's metadata. */
export async function fetchArxivPaper(get: (url: string) => Promise<PoliteResponse>, apiUrl: string, arxivId: string): Promise<PaperInput | null> {
  const res = await get(apiUrlFor(apiUrl, arxivId));
  return parseApiEntry(res.text, arxivId);
}
