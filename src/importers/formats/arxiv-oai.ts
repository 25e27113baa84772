/**
 * arXiv OAI-PMH responses (GetRecord / ListRecords) with metadataPrefix `arXiv` (structured author
 * names, created/updated dates) or `arXivRaw` (one author string, a dated version history).
 */
import { parseArxivId } from '../../core/arxiv-id.ts';
import type { PaperInput } from '../../core/paper.ts';
import { cleanAbstract, collapseWhitespace } from '../../core/text.ts';
import { PaperboyError } from '../../errors.ts';
import type { ImportContext, ImportItem, Importer } from '../types.ts';
import { arxivCategories, arxivDate, arxivLinks, codeLinksIn, personName, splitAuthorList } from './arxiv-fields.ts';
import { dropUndefined, excerpt, RecordError } from './fields.ts';
import { listOf, makeParser, mapOrReject, readWholeText, rootElementName, textOf, xmlRecords, type XmlNode } from './xml-records.ts';

const parser = makeParser(['author', 'version', 'setSpec']);

function dateText(raw: string | undefined, field: string): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const d = arxivDate(raw.trim());
  if (!d) throw new RecordError(`field "${field}": expected a date, got ${excerpt(raw)}`);
  return d;
}

/** Fields both metadata formats share. */
function common(m: XmlNode): PaperInput {
  const rawId = textOf(m.id)?.trim() ?? '';
  const id = parseArxivId(rawId);
  if (!id) throw new RecordError(`field "id": expected an arXiv id, got ${excerpt(rawId)}`);
  const title = collapseWhitespace(textOf(m.title) ?? '');
  if (!title) throw new RecordError('field "title": expected a non-empty string, got an empty string');
  const abstract = textOf(m.abstract);
  const record: PaperInput = {
    arxivId: id.id,
    version: id.version,
    title,
    // Space-separated, primary first, as arXiv lists them.
    categories: arxivCategories((textOf(m.categories) ?? '').split(/\s+/)),
    links: { ...arxivLinks(id.id), code: codeLinksIn(textOf(m.comments), abstract) },
  };
  if (abstract !== undefined) record.abstract = cleanAbstract(abstract);
  return record;
}

/** metadataPrefix=arXiv: <authors><author><keyname/><forenames/><suffix/></author>, created, updated. */
function mapArxiv(m: XmlNode): PaperInput {
  const record = common(m);
  const authors = (m.authors && typeof m.authors === 'object') ? (m.authors as XmlNode).author : undefined;
  record.authors = listOf(authors)
    .map((a) => {
      const n = (a ?? {}) as XmlNode;
      return personName(textOf(n.keyname) ?? '', textOf(n.forenames), textOf(n.suffix));
    })
    .filter((n) => n.length > 0);
  record.publishedAt = dateText(textOf(m.created), 'created');
  record.updatedAt = dateText(textOf(m.updated), 'updated');
  return record;
}

/** metadataPrefix=arXivRaw: <version version="vN"><date>RFC 2822</date><size/></version>, one author string. */
function mapArxivRaw(m: XmlNode): PaperInput {
  const record = common(m);
  record.authors = splitAuthorList(textOf(m.authors) ?? '');
  let lowest = Infinity;
  let highest = 0;
  for (const v of listOf(m.version)) {
    const node = (v ?? {}) as XmlNode;
    const label = String(node['@_version'] ?? '');
    const n = Number(label.replace(/^v/i, ''));
    if (!Number.isInteger(n) || n < 1) throw new RecordError(`field "version": expected version="vN", got ${excerpt(label)}`);
    const date = dateText(textOf(node.date), `version ${label} date`);
    if (n < lowest) { lowest = n; record.publishedAt = date; }
    if (n > highest) { highest = n; record.updatedAt = date; }
  }
  if (highest > 0) record.version = highest;
  return record;
}

/** Maps one <record>; a deleted record (header status="deleted") is rejected: it has no metadata. */
export function mapOaiRecord(r: XmlNode): PaperInput {
  const header = (r.header ?? {}) as XmlNode;
  const identifier = textOf(header.identifier)?.trim() ?? '(no identifier)';
  if (header['@_status'] === 'deleted') {
    throw new RecordError(`record ${identifier} is deleted at the source (header status="deleted")`);
  }
  const metadata = r.metadata && typeof r.metadata === 'object' ? (r.metadata as XmlNode) : null;
  if (!metadata) throw new RecordError(`record ${identifier}: field "metadata": expected arXiv or arXivRaw metadata, got none`);
  if (metadata.arXiv && typeof metadata.arXiv === 'object') return dropUndefined(mapArxiv(metadata.arXiv as XmlNode));
  if (metadata.arXivRaw && typeof metadata.arXivRaw === 'object') return dropUndefined(mapArxivRaw(metadata.arXivRaw as XmlNode));
  const kind = Object.keys(metadata).find((k) => !k.startsWith('@_')) ?? 'none';
  throw new RecordError(`record ${identifier}: metadata format <${kind}> is not supported (harvest with metadataPrefix=arXiv or arXivRaw)`);
}

/** An OAI-PMH <error> response: noRecordsMatch is an empty harvest; any other is a failed request. */
function checkOaiError(text: string, file: string): void {
  const m = /<(?:[\w.-]+:)?error\b[^>]*\bcode\s*=\s*["']([^"']+)["'][^>]*>([^<]*)</.exec(text);
  if (!m || m[1] === 'noRecordsMatch') return;
  throw new PaperboyError('import_file_unreadable', `${file}: the OAI-PMH response is an error (${m[1]}: ${collapseWhitespace(m[2]) || 'no message'})`);
}

async function* readOai(input: NodeJS.ReadableStream, ctx: ImportContext): AsyncGenerator<ImportItem> {
  const text = await readWholeText(input, ctx.file);
  const root = rootElementName(text);
  if (root === null || root.replace(/^.*:/, '') !== 'OAI-PMH') {
    throw new PaperboyError('import_format_unknown', `${ctx.file}: not an OAI-PMH response (root element ${root ? `<${root}>` : 'missing'})`);
  }
  const firstRecord = text.search(/<(?:[\w.-]+:)?record[\s>]/);
  checkOaiError(firstRecord === -1 ? text : text.slice(0, firstRecord), ctx.file);
  for (const item of xmlRecords(text, ctx.file, 'record', parser)) {
    if (item.error !== undefined) yield item;
    else yield mapOrReject(item.line, () => mapOaiRecord(item.node));
  }
}

/** arXiv OAI-PMH (metadataPrefix arXiv or arXivRaw). */
export const arxivOaiImporter: Importer = { format: 'arxiv-oai', read: readOai };
