/**
 * Format detection from content (never the file name): the first ~64 KiB of decompressed bytes.
 * Each check looks for what only that format has, so a wrong guess fails loudly rather than
 * importing garbage.
 */
import { parseArxivId } from '../core/arxiv-id.ts';
import { PaperboyError } from '../errors.ts';
import { isObject } from './formats/fields.ts';
import { looksLikeHfListing } from './formats/hf-listing-parse.ts';
import { JsonTopLevelScanner, parseMember } from './formats/json-scan.ts';
import { rootElementName } from './formats/xml-records.ts';
import { IMPORT_FORMATS, type ImportFormat } from './types.ts';

function unknown(file: string, saw: string): PaperboyError {
  return new PaperboyError(
    'import_format_unknown',
    `${file}: not a known import format (expected one of ${IMPORT_FORMATS.join(', ')}): ${saw}`,
  );
}

function hexStart(head: Buffer): string {
  return [...head.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}

/** Binary if it has NUL bytes or is not valid UTF-8 (a multi-byte character cut at the end is fine). */
function isBinary(head: Buffer): boolean {
  if (head.includes(0)) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return false;
  } catch {
    return true;
  }
}

function listKeys(o: Record<string, unknown>): string {
  const keys = Object.keys(o);
  return keys.slice(0, 8).join(', ') + (keys.length > 8 ? ', …' : '');
}

/** Classifies a record by its keys: the first object of a JSON Lines file, or an array element. */
function classifyObject(keys: Set<string>, o: Record<string, unknown> | null): ImportFormat | null {
  if (keys.has('papers') && keys.has('date')) return 'hf-daily';
  if (keys.has('paper') && (o === null || isObject(o.paper))) return 'hf-daily';
  if (['authors_parsed', 'versions', 'submitter', 'update_date'].some((k) => keys.has(k))) return 'arxiv-snapshot';
  if (keys.has('id') && keys.has('summary') && (keys.has('abs') || keys.has('pdf') || keys.has('categories'))) return 'arxiv-listing';
  return null;
}

/** A PaperExplorer-style member: arXiv id key, paper object value. */
function isKeyedPaper(key: string, value: unknown): boolean {
  return parseArxivId(key) !== null && isObject(value) && typeof value.title === 'string';
}

function detectJson(text: string, file: string): ImportFormat {
  const scanner = new JsonTopLevelScanner(Number.MAX_SAFE_INTEGER);
  const items = scanner.push(text);
  const first = items.find((i) => !i.oversized);
  if (scanner.kind === '[') {
    if (items.length === 0 && scanner.end().length === 0 && !scanner.problem) return 'hf-daily'; // [] : a day without papers
    let el: unknown;
    try { el = first?.text !== undefined ? JSON.parse(first.text) : undefined; } catch { el = undefined; }
    if (isObject(el)) {
      if (classifyObject(new Set(Object.keys(el)), el) === 'hf-daily') return 'hf-daily';
      throw unknown(file, `a JSON array whose first element has keys ${listKeys(el)}`);
    }
    // The first element does not fit in the head: fall back to its opening key.
    if (el === undefined && /^\s*\[\s*\{\s*"paper"\s*:\s*\{/.test(text)) return 'hf-daily';
    throw unknown(file, el === undefined ? 'a JSON array that could not be read' : `a JSON array of ${typeof el}s`);
  }
  // An object: the first line of JSON Lines, or one object (pretty-printed or not) keyed by arXiv id.
  const keys = new Set<string>();
  let whole: Record<string, unknown> | null = null;
  for (const item of items) {
    if (item.oversized) continue;
    try {
      const [k, v] = parseMember(item.text);
      if (keys.size === 0 && isKeyedPaper(k, v)) return 'hf-daily';
      keys.add(k);
    } catch { /* an unreadable member: judged by the others */ }
  }
  const pendingKey = /^\s*"((?:[^"\\]|\\.)*)"\s*:/.exec(scanner.pendingText());
  if (pendingKey) keys.add(pendingKey[1]);
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  try { const v = JSON.parse(firstLine); if (isObject(v)) whole = v; } catch { /* longer than the head */ }
  const format = classifyObject(keys, whole);
  if (format) return format;
  if (keys.size === 0) throw unknown(file, 'JSON that could not be read');
  throw unknown(file, `a JSON object with keys ${[...keys].slice(0, 8).join(', ')}`);
}

function detectXml(text: string, file: string): ImportFormat {
  const root = rootElementName(text);
  const local = root?.replace(/^.*:/, '');
  if (local === 'feed') {
    if (text.includes('http://www.w3.org/2005/Atom')) return 'arxiv-atom';
    throw unknown(file, 'an XML <feed> without the Atom namespace');
  }
  if (local === 'OAI-PMH') return 'arxiv-oai';
  if (local?.toLowerCase() === 'html') throw unknown(file, 'an HTML page (save the Hugging Face listing as text, not HTML)');
  throw unknown(file, root ? `XML whose root element is <${root}>` : 'markup without a root element');
}

/** Returns the import format of a file from its first bytes; throws `import_format_unknown` otherwise. */
export function detectFormat(head: Buffer, file: string): ImportFormat {
  if (head.length === 0) {
    throw new PaperboyError('import_format_unknown', `${file}: the file is empty; there is nothing to import`);
  }
  if (isBinary(head)) throw unknown(file, `binary data, not UTF-8 text (starts with bytes ${hexStart(head)})`);
  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (text === '') {
    throw new PaperboyError('import_format_unknown', `${file}: the file holds only whitespace; there is nothing to import`);
  }
  const c = text[0];
  if (c === '<') return detectXml(text, file);
  if (c === '[' || c === '{') return detectJson(text, file);
  if (looksLikeHfListing(text)) return 'hf-listing';
  const firstLine = text.split('\n', 1)[0].slice(0, 60);
  throw unknown(file, `plain text that does not look like a saved Hugging Face Papers listing (no "• N authors" or "·" date lines; first line ${JSON.stringify(firstLine)})`);
}
