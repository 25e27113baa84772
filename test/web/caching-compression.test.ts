import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { webApp } from '../helpers/web-api.ts';
import { chooseEncoding, CompressionCache } from '../../src/web/middleware/compression.ts';
import { BodyMemo } from '../../src/web/middleware/body-memo.ts';

const t = await webApp();

describe('compression', () => {
  it('gzips for Accept-Encoding: gzip, and the body decompresses to the plain one', async () => {
    const plain = await t.get('/api/daily_papers?month=2025-01');
    const plainBody = Buffer.from(await plain.arrayBuffer());
    assert.equal(plain.headers.get('content-encoding'), null);
    const res = await t.get('/api/daily_papers?month=2025-01', { 'Accept-Encoding': 'gzip' });
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    assert.equal(res.headers.get('vary'), 'Accept-Encoding');
    const zipped = Buffer.from(await res.arrayBuffer());
    assert.ok(zipped.length < plainBody.length);
    assert.equal(Number(res.headers.get('content-length')), zipped.length);
    assert.deepEqual(gunzipSync(zipped), plainBody);
    // One representation, whatever the encoding: the weak ETag is the same.
    assert.equal(res.headers.get('etag'), plain.headers.get('etag'));
  });

  it('prefers brotli when offered, as browsers do', async () => {
    const plain = Buffer.from(await (await t.get('/feeds/daily.atom')).arrayBuffer());
    const res = await t.get('/feeds/daily.atom', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    assert.equal(res.headers.get('content-encoding'), 'br');
    assert.deepEqual(brotliDecompressSync(Buffer.from(await res.arrayBuffer())), plain);
  });

  it('sends 304s without a body or an encoding', async () => {
    const big = await t.get('/api/openapi.json', { 'Accept-Encoding': 'gzip' });
    assert.equal(big.headers.get('content-encoding'), 'gzip');
    const again = await t.get('/api/openapi.json', { 'Accept-Encoding': 'gzip', 'If-None-Match': big.headers.get('etag')! });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('content-encoding'), null);
  });

  it('leaves small bodies and clients without Accept-Encoding alone', async () => {
    const small = await t.get('/api/health', { 'Accept-Encoding': 'gzip, br' });
    assert.equal(small.headers.get('content-encoding'), null);
    assert.ok(Number(small.headers.get('content-length')) < 1024);
    const none = await t.get('/feeds/daily.rss', { 'Accept-Encoding': 'identity' });
    assert.equal(none.headers.get('content-encoding'), null);
  });

  it('chooses an encoding by q-value', () => {
    assert.equal(chooseEncoding('gzip'), 'gzip');
    assert.equal(chooseEncoding('gzip, br'), 'br');
    assert.equal(chooseEncoding('br;q=0.5, gzip'), 'gzip');
    assert.equal(chooseEncoding('br;q=0, gzip;q=0'), null);
    assert.equal(chooseEncoding('*'), 'br');
    assert.equal(chooseEncoding('identity'), null);
    assert.equal(chooseEncoding(undefined), null);
  });

  it('caches compressed bodies and evicts the least recently used', async () => {
    const cache = new CompressionCache(4096 * 8);
    const body = new TextEncoder().encode('x'.repeat(5000));
    const a = await cache.get('h1', body, 'gzip');
    assert.equal(await cache.get('h1', body, 'gzip'), a, 'a hit returns the stored bytes');
    const random = () => crypto.getRandomValues(new Uint8Array(4000));
    for (let i = 0; i < 20; i++) await cache.get(`r${i}`, random(), 'gzip');
    assert.notEqual(await cache.get('h1', body, 'gzip'), a, 'evicted and compressed anew');
  });

  it('remembers the bytes and hash of recent string bodies', () => {
    const memo = new BodyMemo(2);
    const page = `<p>${'é'.repeat(2000)}</p>`;
    const first = memo.encode(page);
    assert.equal(first.bytes.byteLength, Buffer.byteLength(page));
    assert.equal(memo.encode(page), first);
    assert.equal(memo.encode(`${page}`.slice(0)), first, 'equal text hits too');
    memo.encode('a');
    memo.encode('b');
    assert.notEqual(memo.encode(page), first, 'the oldest was evicted');
    assert.equal(memo.encode(page).hash, first.hash);
  });
});
