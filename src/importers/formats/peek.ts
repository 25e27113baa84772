/** Looking at the start of a stream before choosing how to read it, without losing those bytes. */

export interface Peeked {
  /** At least `minBytes` of the stream's start (less when the stream is shorter). */
  head: Buffer;
  /** The whole stream again, from its first byte. */
  stream: AsyncIterable<Buffer>;
}

function toBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

/** Reads chunks until `minBytes` are buffered, then hands back a stream that replays them first. */
export async function peekStream(input: AsyncIterable<Buffer | string>, minBytes: number): Promise<Peeked> {
  const it = input[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let n = 0;
  let done = false;
  while (n < minBytes) {
    const r = await it.next();
    if (r.done) { done = true; break; }
    const b = toBuffer(r.value);
    chunks.push(b);
    n += b.length;
  }
  const head = Buffer.concat(chunks);
  async function* replay(): AsyncGenerator<Buffer> {
    let finished = done;
    try {
      if (head.length > 0) yield head;
      while (!finished) {
        const r = await it.next();
        if (r.done) { finished = true; break; }
        yield toBuffer(r.value);
      }
    } finally {
      // The consumer stopped early: let the source stream close its file.
      if (!finished) await it.return?.();
    }
  }
  return { head, stream: replay() };
}
