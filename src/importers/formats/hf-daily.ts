/**
 * Hugging Face daily papers, in the three shapes they are saved in:
 *  - a raw API response: a JSON array of entries (GET /api/daily_papers);
 *  - JSON Lines, one `{"date", "papers": [entries]}` per day (or one entry per line);
 *  - the PaperExplorer file: one JSON object keyed by arXiv id.
 * The shape is read off the first bytes, not the file name.
 */
import { parseArxivId } from '../../core/arxiv-id.ts';
import { PaperboyError } from '../../errors.ts';
import { MAX_LINE_BYTES } from '../line-reader.ts';
import type { ImportContext, ImportItem, Importer } from '../types.ts';
import { excerpt, isObject, optArray, optDate, recordErrorMessage, typeName } from './fields.ts';
import { mapDailyEntry, mapExplorerPaper } from './hf-daily-map.ts';
import { JsonTopLevelScanner, parseMember, scanStream } from './json-scan.ts';
import { oversizedMessage, readJsonLines } from './jsonl.ts';
import { peekStream } from './peek.ts';

/** The three saved shapes of HF daily data, and an empty file. */
export type DailyShape = 'array' | 'jsonl' | 'keyed-object' | 'empty';

/**
 * Which of the shapes a file starts like. An object whose first key is an arXiv id is the keyed
 * PaperExplorer object; any other object starts JSON Lines (a day object or an entry per line).
 */
export function dailyShape(head: string): DailyShape | null {
  const s = head.replace(/^\uFEFF/, '').trimStart();
  if (s === '') return 'empty';
  if (s[0] === '[') return 'array';
  if (s[0] !== '{') return null;
  const key = /^\{\s*"((?:[^"\\]|\\.)*)"/.exec(s);
  return key && parseArxivId(key[1]) ? 'keyed-object' : 'jsonl';
}

function mapOne(line: number, f: () => ReturnType<typeof mapDailyEntry>): ImportItem {
  try {
    return { line, record: f() };
  } catch (err) {
    return { line, error: recordErrorMessage(err) };
  }
}

/** One JSON Lines value: a day object, a single entry, or a whole API response on one line. */
function* itemsOfLine(value: unknown, line: number): Generator<ImportItem> {
  if (Array.isArray(value)) {
    for (const e of value) yield mapOne(line, () => mapDailyEntry(e));
    return;
  }
  if (isObject(value) && value.papers !== undefined) {
    let day: string | undefined;
    let papers: unknown[] | undefined;
    try {
      day = optDate(value.date, 'date');
      papers = optArray(value.papers, 'papers');
    } catch (err) {
      yield { line, error: recordErrorMessage(err) };
      return;
    }
    for (const e of papers ?? []) yield mapOne(line, () => mapDailyEntry(e, day));
    return;
  }
  if (!isObject(value)) {
    yield { line, error: `expected a JSON object or array, got ${typeName(value)}` };
    return;
  }
  yield mapOne(line, () => mapDailyEntry(value));
}

async function* readScanned(stream: AsyncIterable<Buffer>, ctx: ImportContext, keyed: boolean): AsyncGenerator<ImportItem> {
  const scanner = new JsonTopLevelScanner(MAX_LINE_BYTES);
  let count = 0;
  for await (const el of scanStream(stream, scanner)) {
    count++;
    if (el.oversized) {
      yield { line: el.line, error: oversizedMessage(el.chars).replace('line is', 'element is').replace(' bytes', ' characters') };
      continue;
    }
    let parsed: [string, unknown] | unknown;
    try {
      parsed = keyed ? parseMember(el.text) : JSON.parse(el.text);
    } catch (err) {
      yield { line: el.line, error: `invalid JSON: ${(err as Error).message}` };
      continue;
    }
    if (keyed) {
      const [key, value] = parsed as [string, unknown];
      yield mapOne(el.line, () => mapExplorerPaper(key, value));
    } else {
      yield mapOne(el.line, () => mapDailyEntry(parsed));
    }
  }
  const problem = scanner.problem;
  if (!problem) return;
  if (count === 0) throw new PaperboyError('import_file_unreadable', `${ctx.file}: not valid JSON (line ${problem.line}: ${problem.message})`);
  yield { line: problem.line, error: `invalid JSON: ${problem.message}` };
}

async function* readDaily(input: NodeJS.ReadableStream, ctx: ImportContext): AsyncGenerator<ImportItem> {
  const { head, stream } = await peekStream(input, 4096);
  const shape = dailyShape(head.toString('utf8'));
  if (shape === null) {
    throw new PaperboyError('import_file_unreadable', `${ctx.file}: not Hugging Face daily-papers JSON (starts with ${excerpt(head.toString('utf8', 0, 40))})`);
  }
  if (shape === 'empty') return;
  if (shape !== 'jsonl') {
    yield* readScanned(stream, ctx, shape === 'keyed-object');
    return;
  }
  for await (const l of readJsonLines(stream)) {
    if (l.error !== undefined) yield { line: l.line, error: l.error };
    else yield* itemsOfLine(l.value, l.line);
  }
}

/** Hugging Face daily papers: API arrays, day-per-line JSONL, and the PaperExplorer object. */
export const hfDailyImporter: Importer = { format: 'hf-daily', read: readDaily };
