import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { PaperboyError } from '../errors.ts';

/** How much decompressed content `head` holds: enough for format detection to see a first record. */
export const HEAD_BYTES = 64 * 1024;

/** Large reads: the importers' hot path is a 4 GB JSONL file, where fewer, bigger chunks are faster. */
const READ_CHUNK = 1024 * 1024;

/** An opened import file: what detection looks at, and the content to import. */
export interface OpenedInput {
  /** The whole decompressed content, from the first byte. */
  stream: NodeJS.ReadableStream;
  /** The first ~64 KiB of decompressed content (less when the file is shorter). */
  head: Buffer;
  /** The file's size on disk (compressed, for .gz). */
  size: number;
  /** Bytes of the file on disk read so far: with `size`, how far an import has got. */
  bytesRead(): number;
}

function unreadable(path: string, reason: string): PaperboyError {
  return new PaperboyError('import_file_unreadable', `${path}: ${reason}`);
}

function describeFsError(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, not a file';
    default: return err.message;
  }
}

/** Reads the first bytes of a file (fewer when the file is shorter). */
async function readStart(path: string, bytes: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * A gunzip pipeline whose failures surface as one PaperboyError naming the file, so a corrupt or
 * truncated .gz is reported as such (not as a bare zlib message) wherever it is consumed.
 */
function gunzipStream(path: string): { out: NodeJS.ReadableStream; src: { bytesRead: number } } {
  const out = new PassThrough({ highWaterMark: READ_CHUNK });
  const src = createReadStream(path, { highWaterMark: READ_CHUNK });
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  const fail = (err: Error) => {
    src.destroy();
    gunzip.destroy();
    out.destroy(unreadable(path, `gzip data is corrupt or truncated (${err.message})`));
  };
  src.on('error', (err) => fail(err));
  gunzip.on('error', fail);
  // Stop reading the file when the consumer stops early (e.g. a test takes the first record only).
  out.on('close', () => { src.destroy(); gunzip.destroy(); });
  src.pipe(gunzip).pipe(out);
  return { out, src };
}

/** Collects the first `bytes` of a stream, then stops it. */
async function collectHead(stream: NodeJS.ReadableStream, bytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let n = 0;
  try {
    for await (const chunk of stream) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      parts.push(b);
      n += b.length;
      if (n >= bytes) break;
    }
  } catch (err) {
    // A gzip that breaks after the head still gets detected; the import reports the break later.
    if (n === 0) throw err;
  }
  return Buffer.concat(parts).subarray(0, bytes);
}

/**
 * Opens an import file. Gzip is recognised by its magic bytes (1f 8b), not the file name, and
 * decompressed transparently. Throws `import_file_unreadable` for a missing, unreadable or
 * directory path, and for gzip data that is broken from the start.
 */
export async function openInput(path: string): Promise<OpenedInput> {
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw unreadable(path, 'is a directory, not a file');
    const start = await readStart(path, HEAD_BYTES);
    const gzipped = start.length >= 2 && start[0] === 0x1f && start[1] === 0x8b;
    if (!gzipped) {
      const stream = createReadStream(path, { highWaterMark: READ_CHUNK });
      return { head: start, stream, size: st.size, bytesRead: () => stream.bytesRead };
    }
    // The head comes from a short-lived second pipeline: re-inflating 64 KiB costs little and
    // keeps the main stream a plain "whole content from the start" stream.
    const head = await collectHead(gunzipStream(path).out, HEAD_BYTES);
    const { out, src } = gunzipStream(path);
    return { head, stream: out, size: st.size, bytesRead: () => src.bytesRead };
  } catch (err) {
    if (err instanceof PaperboyError) throw err;
    throw unreadable(path, describeFsError(err as NodeJS.ErrnoException));
  }
}
