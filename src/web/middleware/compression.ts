import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';
/** Bytes backed by a plain ArrayBuffer (what a Response body accepts). */
export type Bytes = Uint8Array<ArrayBuffer>;

/** Bodies smaller than this go out as they are: the headers would eat the saving. */
export const MIN_COMPRESS_BYTES = 1024;

/** Text we compress; images, fonts and archives are compressed already. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml|[\w.+-]+\+(?:json|xml))|image\/svg\+xml)/i;

export function isCompressible(contentType: string): boolean {
  return COMPRESSIBLE.test(contentType);
}

/**
 * Picks br or gzip from Accept-Encoding by q-value (br wins a tie: smaller for the same text).
 * Returns null when the client accepts neither.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const q: Record<string, number> = {};
  for (const part of acceptEncoding.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    if (token) q[token] = Number.isFinite(value) ? value : 0;
  }
  const of = (enc: Encoding) => q[enc] ?? q['*'] ?? 0;
  const br = of('br');
  const gz = of('gzip');
  if (br > 0 && br >= gz) return 'br';
  return gz > 0 ? 'gzip' : null;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compresses on libuv's thread pool (not the event loop). Brotli quality 5 and gzip level 6 give
 * most of the size win at a few milliseconds for a large page; the cache below pays it once.
 */
function compress(body: Uint8Array, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'br') {
    return brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    });
  }
  return gzipAsync(body, { level: 6 });
}

/**
 * Compressed bodies keyed by encoding and body hash, least recently used out first. Most traffic
 * is a few identical pages (the home page, today's API answer), so after the first request a hit
 * costs the hash the ETag needed anyway, and no compression at all.
 */
export class CompressionCache {
  private readonly entries = new Map<string, Bytes>();
  private bytes = 0;

  constructor(private readonly maxBytes = 32 * 1024 * 1024) {}

  async get(hash: string, body: Uint8Array, encoding: Encoding): Promise<Bytes> {
    const key = `${encoding}:${hash}`;
    const hit = this.entries.get(key);
    if (hit) {
      // Re-insert so Map order stays least-recently-used first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const out = new Uint8Array(await compress(body, encoding));
    if (out.byteLength <= this.maxBytes / 8) this.put(key, out);
    return out;
  }

  private put(key: string, value: Bytes): void {
    if (this.entries.has(key)) return;
    this.entries.set(key, value);
    this.bytes += value.byteLength;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.byteLength;
    }
  }
}
