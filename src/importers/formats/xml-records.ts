/**
 * Reading an XML response (Atom feed, OAI-PMH) record by record. The document is checked once with
 * fast-xml-parser's validator; each record element is then cut out by its tags and parsed on its
 * own. That gives a line number per record, and for a truncated or damaged file the complete
 * records before the break still come in, followed by one error item that says where it broke.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PaperboyError } from '../../errors.ts';
import { RecordError } from './fields.ts';

/** XML is read whole (API responses are small); past this it must be split first. */
export const MAX_XML_BYTES = 256 * 1024 * 1024;

export type XmlNode = Record<string, unknown>;
export type XmlRecordItem = { line: number; node: XmlNode; error?: undefined } | { line: number; error: string; node?: undefined };

/** Reads a whole stream as UTF-8 text (BOM dropped), refusing files over the limit. */
export async function readWholeText(input: AsyncIterable<Buffer | string>, file: string, max = MAX_XML_BYTES): Promise<string> {
  const parts: Buffer[] = [];
  let n = 0;
  for await (const chunk of input) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    n += b.length;
    if (n > max) {
      throw new PaperboyError('import_file_unreadable', `${file}: XML over ${max / 2 ** 20} MiB is not read whole; split it into smaller responses`);
    }
    parts.push(b);
  }
  const text = Buffer.concat(parts, n).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The name of the document's first element (prefix kept), skipping the prolog, comments and DOCTYPE. */
export function rootElementName(text: string): string | null {
  let i = 0;
  for (;;) {
    i = text.indexOf('<', i);
    if (i === -1) return null;
    if (text.startsWith('<?', i)) { i = text.indexOf('?>', i); if (i === -1) return null; continue; }
    if (text.startsWith('<!--', i)) { i = text.indexOf('-->', i); if (i === -1) return null; continue; }
    if (text.startsWith('<!', i)) { i = text.indexOf('>', i); if (i === -1) return null; continue; }
    const m = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 200));
    return m ? m[1] : null;
  }
}

/** Text content of a parsed element: a plain string, or `#text` of an element with attributes. */
export function textOf(v: unknown): string | undefined {
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v && typeof v === 'object') {
    const t = (v as XmlNode)['#text'];
    return t === undefined ? '' : String(t);
  }
  return undefined;
}

/** Always an array: parsed XML gives one object for one element and an array for several. */
export function listOf(v: unknown): unknown[] {
  if (v === undefined || v === null || v === '') return [];
  return Array.isArray(v) ? v : [v];
}

/** A parser that keeps every value as a string (ids such as 0704.0001 must not become numbers). */
export function makeParser(arrayTags: string[]): XMLParser {
  const arrays = new Set(arrayTags);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => arrays.has(name),
  });
}

function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (let i = text.indexOf('\n', at); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    at = Math.max(at, offset);
    return line;
  };
}

/**
 * Yields each `<tag>` element of the document, parsed, with the line it starts on. Throws a
 * PaperboyError when the document is not well-formed before its first complete record.
 */
export function* xmlRecords(text: string, file: string, tag: string, parser: XMLParser): Generator<XmlRecordItem> {
  const check = XMLValidator.validate(text);
  const valid = check === true;
  const open = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${tag}(?=[\\s>/])`, 'g');
  const close = new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${tag}\\s*>`, 'g');
  const lineAt = lineCounter(text);
  let yielded = 0;
  let broke: { line: number; reason: string } | null = null;

  for (let m = open.exec(text); m; m = open.exec(text)) {
    const start = m.index;
    const line = lineAt(start);
    const tagEnd = text.indexOf('>', start);
    let end: number;
    if (tagEnd !== -1 && text[tagEnd - 1] === '/') {
      end = tagEnd + 1; // <entry/>: empty, rejected later for lacking a title
    } else {
      close.lastIndex = start;
      const c = close.exec(text);
      if (!c) { broke = { line, reason: `the file ends inside this <${tag}> (truncated?)` }; break; }
      end = c.index + c[0].length;
    }
    const slice = text.slice(start, end);
    if (!valid) {
      const own = XMLValidator.validate(slice);
      if (own !== true) {
        broke = { line: line + own.err.line - 1, reason: own.err.msg };
        break;
      }
    }
    open.lastIndex = end;
    let node: unknown;
    try {
      node = (parser.parse(slice) as XmlNode)[tag];
    } catch (err) {
      yield { line, error: `invalid XML: ${(err as Error).message}` };
      continue;
    }
    yield { line, node: node && typeof node === 'object' ? (node as XmlNode) : {} };
    yielded++;
  }

  if (valid) return;
  const err = (check as { err: { line: number; msg: string } }).err;
  if (yielded === 0) {
    const where = broke ? `line ${broke.line}: ${broke.reason}` : `line ${err.line}: ${err.msg}`;
    throw new PaperboyError('import_file_unreadable', `${file}: XML is not well-formed (${where})`);
  }
  const last = broke ?? { line: lineAt(text.length), reason: err.msg };
  yield { line: last.line, error: `XML is not well-formed here (${last.reason}); the rest of the file was not read` };
}

/** Runs a record mapper, turning its RecordError (or any failure) into a rejected item. */
export function mapOrReject<T>(line: number, f: () => T): { line: number; record: T } | { line: number; error: string } {
  try {
    return { line, record: f() };
  } catch (err) {
    return { line, error: err instanceof RecordError ? err.message : `could not read the record: ${(err as Error).message}` };
  }
}
