/** Lines longer than this are reported, not read: no real record comes near it, a broken file can. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

/** A line read in full. */
export interface TextLine {
  /** 1-based line number. */
  line: number;
  /** The line without its \n or \r\n (and without a UTF-8 BOM on line 1). */
  text: string;
  oversized?: undefined;
}

/** A line over the limit: only its size is known. */
export interface OversizedLine {
  line: number;
  oversized: true;
  /** The line's full length in bytes; its content was dropped while reading. */
  bytes: number;
}

export type ReadLine = TextLine | OversizedLine;

/** "16 MiB" for messages. */
export function formatLimit(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

const NL = 0x0a;
const CR = 0x0d;

function decode(buf: Buffer, start: number, end: number): string {
  if (end > start && buf[end - 1] === CR) end--;
  return buf.toString('utf8', start, end);
}

/**
 * Splits a byte stream into lines, yielding them in batches (one batch per input chunk) so that a
 * consumer on the hot path pays one await per chunk rather than one per line.
 *
 * Lines are cut at the \n byte before decoding, which is safe for UTF-8 (0x0a never occurs inside a
 * multi-byte sequence), so characters split across chunks come out whole. A line over `maxBytes`
 * is yielded as `oversized` and its bytes are dropped as they arrive, so memory stays bounded by
 * `maxBytes` plus one chunk whatever the file holds.
 */
export async function* readLineBatches(
  input: AsyncIterable<Buffer | string>,
  maxBytes: number = MAX_LINE_BYTES,
): AsyncGenerator<ReadLine[]> {
  let lineNo = 0;
  let carry: Buffer[] = [];
  let carryLen = 0;
  let dropping = false;

  const finish = (tail: Buffer | null, start: number, end: number): ReadLine => {
    lineNo++;
    let len = carryLen + (end - start);
    let last = -1;
    if (end > start) last = tail![end - 1];
    else if (carry.length > 0) last = carry[carry.length - 1][carry[carry.length - 1].length - 1];
    if (last === CR) len--;
    let out: ReadLine;
    if (dropping || len > maxBytes) {
      out = { line: lineNo, oversized: true, bytes: len };
    } else {
      let text: string;
      if (carryLen === 0) {
        text = decode(tail!, start, end);
      } else {
        if (tail && end > start) carry.push(tail.subarray(start, end));
        const whole = Buffer.concat(carry, carryLen + (end - start));
        text = decode(whole, 0, whole.length);
      }
      if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      out = { line: lineNo, text };
    }
    carry = [];
    carryLen = 0;
    dropping = false;
    return out;
  };

  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    const batch: ReadLine[] = [];
    let pos = 0;
    for (;;) {
      const nl = chunk.indexOf(NL, pos);
      if (nl === -1) break;
      batch.push(finish(chunk, pos, nl));
      pos = nl + 1;
    }
    const rest = chunk.length - pos;
    if (rest > 0) {
      if (!dropping && carryLen + rest > maxBytes + 1) {
        // Over the limit (the +1 allows a trailing \r): forget what we held and only count from now on.
        dropping = true;
        carry = [];
      }
      if (!dropping) carry.push(pos === 0 ? chunk : chunk.subarray(pos));
      carryLen += rest;
    }
    if (batch.length > 0) yield batch;
  }
  if (carryLen > 0 || dropping) yield [finish(null, 0, 0)];
}

/** The same lines one at a time: numbered from 1, without \n or \r\n, BOM dropped. */
export async function* readLines(
  input: AsyncIterable<Buffer | string>,
  maxBytes: number = MAX_LINE_BYTES,
): AsyncGenerator<ReadLine> {
  for await (const batch of readLineBatches(input, maxBytes)) yield* batch;
}
