/**
 * One OAI-PMH ListRecords page, parsed with the importer's own record mapping (src/importers/formats/
 * arxiv-oai.ts), plus what harvesting needs beyond an import: header datestamps, deleted records,
 * the resumption token and OAI error codes.
 */
import { XMLValidator } from 'fast-xml-parser';
import { parseArxivId } from '../core/arxiv-id.ts';
import type { PaperInput } from '../core/paper.ts';
import { collapseWhitespace } from '../core/text.ts';
import { PaperboyError } from '../errors.ts';
import { mapOaiRecord } from '../importers/formats/arxiv-oai.ts';
import { mapOrReject, makeParser, rootElementName, textOf, xmlRecords, type XmlNode } from '../importers/formats/xml-records.ts';

const parser = makeParser(['author', 'version', 'setSpec']);

export type OaiItem =
  | { kind: 'record'; datestamp: string; record: PaperInput; comments: string; line: number }
  | { kind: 'deleted'; arxivId: string; datestamp: string; line: number }
  | { kind: 'rejected'; line: number; error: string };

export interface OaiPage {
  items: OaiItem[];
  /** The token for the next page; null on the last page. */
  token: string | null;
  /** YYYY-MM-DD of the response (arXiv's clock, UTC). */
  responseDay: string | null;
  /** OAI error code when the response is an error (noRecordsMatch is an empty page, not an error). */
  errorCode: string | null;
  errorMessage: string | null;
}

function headerItem(node: XmlNode, line: number): OaiItem {
  const header = (node.header ?? {}) as XmlNode;
  const identifier = textOf(header.identifier)?.trim() ?? '';
  const datestamp = (textOf(header.datestamp) ?? '').trim().slice(0, 10);
  if (header['@_status'] === 'deleted') {
    const id = parseArxivId(identifier.replace(/^oai:arXiv\.org:/i, ''));
    if (!id || !datestamp) return { kind: 'rejected', line, error: `deleted record with an unreadable identifier ${JSON.stringify(identifier)}` };
    return { kind: 'deleted', arxivId: id.id, datestamp, line };
  }
  const mapped = mapOrReject(line, () => mapOaiRecord(node));
  if ('error' in mapped) return { kind: 'rejected', line, error: mapped.error };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(datestamp)) return { kind: 'rejected', line, error: `record ${identifier}: header datestamp ${JSON.stringify(datestamp)} is not a date` };
  const meta = ((node.metadata ?? {}) as XmlNode);
  const inner = (meta.arXiv ?? meta.arXivRaw ?? {}) as XmlNode;
  return { kind: 'record', datestamp, record: mapped.record, comments: collapseWhitespace(textOf(inner.comments) ?? ''), line };
}

/**
 * Parses a page. A page that is not well-formed XML, or not OAI-PMH, is refused whole (it throws):
 * applying half a page would move the harvest past records it never saw.
 */
export function parseOaiPage(text: string, label: string): OaiPage {
  const check = XMLValidator.validate(text);
  if (check !== true) {
    throw new PaperboyError('arxiv_bad_response', `${label} is not well-formed XML (line ${check.err.line}: ${check.err.msg})`);
  }
  const root = rootElementName(text);
  if (!root || root.replace(/^.*:/, '') !== 'OAI-PMH') {
    throw new PaperboyError('arxiv_bad_response', `${label} is not an OAI-PMH response (root element ${root ? `<${root}>` : 'missing'})`);
  }
  const responseDay = /<responseDate>\s*(\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? null;
  const error = /<error\b[^>]*\bcode\s*=\s*["']([^"']+)["'][^>]*>([^<]*)</.exec(text);
  if (error) return { items: [], token: null, responseDay, errorCode: error[1], errorMessage: collapseWhitespace(error[2]) };
  const items: OaiItem[] = [];
  for (const item of xmlRecords(text, label, 'record', parser)) {
    items.push(item.error !== undefined ? { kind: 'rejected', line: item.line, error: item.error } : headerItem(item.node, item.line));
  }
  // An empty <resumptionToken/> (or one with only attributes) marks the last page.
  const tokenMatch = /<resumptionToken\b[^>]*?(?:\/>|>([^<]*)<\/resumptionToken>)/.exec(text);
  const token = tokenMatch?.[1]?.trim() ? decodeXmlText(tokenMatch[1].trim()) : null;
  return { items, token, responseDay, errorCode: null, errorMessage: null };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeXmlText(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]);
}

/** A ListRecords URL: the first page by set and date range, later pages by token alone (as OAI-PMH requires). */
export function listRecordsUrl(base: string, q: { set: string; from: string } | { token: string }): string {
  const url = new URL(base);
  url.searchParams.set('verb', 'ListRecords');
  if ('token' in q) {
    url.searchParams.set('resumptionToken', q.token);
  } else {
    url.searchParams.set('metadataPrefix', 'arXiv');
    url.searchParams.set('set', q.set);
    url.searchParams.set('from', q.from);
  }
  return url.toString();
}
