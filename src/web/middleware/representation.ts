import type { MiddlewareHandler } from 'hono';
import { BodyMemo, encodeBytes, type EncodedBody } from './body-memo.ts';
import { cacheControlFor } from './cache-policy.ts';
import { chooseEncoding, CompressionCache, type Bytes, isCompressible, MIN_COMPRESS_BYTES } from './compression.ts';

/** Larger bodies (none of ours are) pass through untouched rather than being held in memory. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

/** What a 304 keeps of the 200 it stands for (RFC 9110 section 15.4.5). */
const KEPT_ON_304 = ['cache-control', 'content-location', 'date', 'etag', 'expires', 'vary'];

/**
 * The body a response was built with, without streaming it. @hono/node-server's Response keeps
 * the string or bytes it was given under a private symbol named "cache"; reading the body
 * through arrayBuffer() instead goes through undici's web streams, which cut the benchmark's
 * throughput by two thirds. Should those internals change, this falls back to arrayBuffer():
 * still correct, only slower (and it is the path tests take, where Response is undici's own).
 */
async function encodedBody(res: Response, memo: BodyMemo): Promise<EncodedBody> {
  for (const sym of Object.getOwnPropertySymbols(res)) {
    if (sym.description !== 'cache') continue;
    const held = (res as unknown as Record<symbol, unknown>)[sym];
    const body = Array.isArray(held) ? held[1] : undefined;
    if (typeof body === 'string') return memo.encode(body);
    if (body instanceof Uint8Array) return encodeBytes(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength));
  }
  return encodeBytes(new Uint8Array(await res.arrayBuffer()));
}

/** Weak comparison (RFC 9110 section 13.1.2): W/ prefixes do not matter, `*` matches anything. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const want = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === want);
}

function addVary(headers: Headers, field: string): void {
  const current = headers.get('Vary');
  if (!current) headers.set('Vary', field);
  else if (current !== '*' && !current.toLowerCase().split(/\s*,\s*/).includes(field.toLowerCase())) {
    headers.set('Vary', `${current}, ${field}`);
  }
}

/**
 * Cache-Control, ETag with 304, and compression, in one pass over each GET/HEAD 200 of text
 * (HTML, JSON, feeds, Markdown, CSS, JS).
 *
 * The ETag is weak and is the SHA-1 of the uncompressed body: weak because the gzip, br and plain
 * bodies are the same representation for caching purposes, and SHA-1 because it runs at
 * gigabytes per second (this is change detection, not security). Encoding and hashing a large page
 * costs tens of microseconds, and nothing when the page is one of the few recent bodies BodyMemo
 * remembers (as micro-cached pages are); compressed bodies are kept by hash, so each distinct body
 * is compressed once per encoding. What a 304 saves is the bytes on the wire, not the rendering.
 */
export function representation(cache = new CompressionCache(), memo = new BodyMemo()): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (!res.headers.has('Cache-Control')) res.headers.set('Cache-Control', cacheControlFor(c.req.path, res.status));
    const method = c.req.method;
    if ((method !== 'GET' && method !== 'HEAD') || res.status !== 200) return;
    if (!isCompressible(res.headers.get('Content-Type') ?? '') || res.headers.has('Content-Encoding')) return;
    if (Number(res.headers.get('Content-Length') ?? 0) > MAX_BUFFERED_BYTES) return;

    const { bytes: body, hash } = await encodedBody(res, memo);
    // The finished response's own headers, reused rather than copied: it is replaced below.
    const headers = res.headers;
    const etag = headers.get('ETag') ?? `W/"${hash}"`;
    headers.set('ETag', etag);
    addVary(headers, 'Accept-Encoding');

    if (etagMatches(c.req.header('If-None-Match'), etag)) {
      const kept = new Headers();
      for (const name of KEPT_ON_304) {
        const value = headers.get(name);
        if (value !== null) kept.set(name, value);
      }
      // Setting undefined first stops Hono from merging the old response's headers back in.
      c.res = undefined;
      c.res = new Response(null, { status: 304, headers: kept });
      return;
    }

    let out: Bytes = body;
    const encoding = body.byteLength >= MIN_COMPRESS_BYTES ? chooseEncoding(c.req.header('Accept-Encoding')) : null;
    if (encoding && !/no-transform/i.test(headers.get('Cache-Control') ?? '')) {
      out = await cache.get(hash, body, encoding);
      headers.set('Content-Encoding', encoding);
      if (!etag.startsWith('W/')) headers.set('ETag', `W/${etag}`);
    }
    headers.set('Content-Length', String(out.byteLength));
    c.res = undefined;
    c.res = new Response(out, { status: 200, headers });
  };
}
