import { formatLimit, MAX_LINE_BYTES, readLineBatches } from '../line-reader.ts';

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
