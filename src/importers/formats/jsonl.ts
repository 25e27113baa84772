import { formatLimit, MAX_LINE_BYTES, readLineBatches } from '../line-reader.ts';
import type { PaperInput } from '../../core/paper.ts';
import type { ImportItem } from '../types.ts';
import { recordErrorMessage } from './fields.ts';

/** One JSON Lines line: the parsed value, or why the line could not be read. */
export type JsonLine =
  | { line: number; value: unknown; error?: undefined }
  | { line: number; error: string; value?: undefined };

/** The rejection text for a line over the limit. */
export function oversizedMessage(bytes: number, max: number = MAX_LINE_BYTES): string {
  return `line is ${bytes} bytes, over the ${formatLimit(max)} limit`;
}

/**
 * Parses a JSON Lines stream in batches (one per input chunk): one JSON.parse per non-blank line,
 * nothing else, because this is the hot path of multi-gigabyte imports. Blank lines are skipped;
 * a line that is not JSON or is oversized becomes an error entry and the reading goes on.
 */
export async function* readJsonBatches(
  input: AsyncIterable<Buffer | string>,
  maxBytes: number = MAX_LINE_BYTES,
): AsyncGenerator<JsonLine[]> {
  for await (const lines of readLineBatches(input, maxBytes)) {
    const out: JsonLine[] = [];
    for (const l of lines) {
      if (l.oversized) {
        out.push({ line: l.line, error: oversizedMessage(l.bytes, maxBytes) });
        continue;
      }
      const text = l.text;
      // Cheap blank test first: almost every line starts with "{".
      if (text.length === 0 || (text.charCodeAt(0) !== 0x7b && text.trim() === '')) continue;
      try {
        out.push({ line: l.line, value: JSON.parse(text) });
      } catch (err) {
        out.push({ line: l.line, error: `invalid JSON: ${(err as Error).message}` });
      }
    }
    if (out.length > 0) yield out;
  }
}

/** The same entries one at a time. */
export async function* readJsonLines(
  input: AsyncIterable<Buffer | string>,
  maxBytes: number = MAX_LINE_BYTES,
): AsyncGenerator<JsonLine> {
  for await (const batch of readJsonBatches(input, maxBytes)) yield* batch;
}

/**
 * Items of a JSON Lines file whose every line is one record: parse errors and mapper errors become
 * rejected items naming the line; the mapper throws to reject a record.
 */
export async function* mapJsonLines(
  input: NodeJS.ReadableStream,
  map: (value: unknown) => PaperInput,
): AsyncGenerator<ImportItem> {
  for await (const batch of readJsonBatches(input)) {
    for (const l of batch) {
      if (l.error !== undefined) {
        yield { line: l.line, error: l.error };
        continue;
      }
      let item: ImportItem;
      try {
        item = { line: l.line, record: map(l.value) };
      } catch (err) {
        item = { line: l.line, error: recordErrorMessage(err) };
      }
      yield item;
    }
  }
}
