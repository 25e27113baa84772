/**
 * arXiv export API responses (Atom 1.0), in the current format (namespaces declared on <feed>,
 * https links) and the legacy one (<title type="html">, namespaces declared per element). Prefixes
 * are dropped while parsing, so either way arxiv:comment reads as `comment`.
 */
import { parseArxivId } from '../../core/arxiv-id.ts';
import type { PaperInput } from '../../core/paper.ts';
import { cleanAbstract, collapseWhitespace } from '../../core/text.ts';
import { PaperboyError } from '../../errors.ts';
import type { ImportContext, ImportItem, Importer } from '../types.ts';
import { arxivCategories, arxivDate, arxivLinks, codeLinksIn } from './arxiv-fields.ts';
import { dropUndefined, excerpt, RecordError } from './fields.ts';
import { listOf, makeParser, mapOrReject, readWholeText, rootElementName, textOf, xmlRecords, type XmlNode } from './xml-records.ts';

const parser = makeParser(['author', 'link', 'category']);

function dateField(e: XmlNode, field: string): string | undefined {
  const raw = textOf(e[field]);
  if (raw === undefined || raw.trim() === '') return undefined;
  const d = arxivDate(raw.trim());
  if (!d) throw new RecordError(`field "${field}": expected a date, got ${excerpt(raw)}`);
  return d;
}

function termsOf(v: unknown): string[] {
  return listOf(v)
    .map((c) => (c && typeof c === 'object' ? (c as XmlNode)['@_term'] : undefined))
    .filter((t): t is string => typeof t === 'string');
}

/** Maps one <entry>; an API error entry (id under /api/errors) is rejected with the API's message. */
export function mapAtomEntry(e: XmlNode): PaperInput {
  const rawId = textOf(e.id)?.trim() ?? '';
  const summary = textOf(e.summary);
  if (rawId.includes('/api/errors')) {
    throw new RecordError(`arXiv API error: ${collapseWhitespace(summary ?? rawId)}`);
  }
  const id = parseArxivId(rawId);
  if (!id) throw new RecordError(`field "id": expected an arXiv abs URL, got ${excerpt(rawId)}`);
  const title = collapseWhitespace(textOf(e.title) ?? '');
  if (!title) throw new RecordError('field "title": expected a non-empty string, got an empty string');
  const comment = textOf(e.comment);
  const primary = termsOf(e.primary_category);
  const record: PaperInput = {
    arxivId: id.id,
    version: id.version,
    title,
    authors: listOf(e.author)
      .map((a) => collapseWhitespace(textOf((a as XmlNode)?.name) ?? ''))
      .filter((n) => n.length > 0),
    categories: arxivCategories([...primary, ...termsOf(e.category)]),
    publishedAt: dateField(e, 'published'),
    updatedAt: dateField(e, 'updated'),
    links: { ...arxivLinks(id.id), code: codeLinksIn(comment, summary) },
  };
  if (summary !== undefined) record.abstract = cleanAbstract(summary);
  return dropUndefined(record);
}

async function* readAtom(input: NodeJS.ReadableStream, ctx: ImportContext): AsyncGenerator<ImportItem> {
  const text = await readWholeText(input, ctx.file);
  const root = rootElementName(text);
  if (root === null || root.replace(/^.*:/, '') !== 'feed') {
    throw new PaperboyError('import_format_unknown', `${ctx.file}: not an Atom feed (root element ${root ? `<${root}>` : 'missing'})`);
  }
  for (const item of xmlRecords(text, ctx.file, 'entry', parser)) {
    if (item.error !== undefined) yield item;
    else yield mapOrReject(item.line, () => mapAtomEntry(item.node));
  }
}

/** arXiv export API Atom feeds. */
export const arxivAtomImporter: Importer = { format: 'arxiv-atom', read: readAtom };
