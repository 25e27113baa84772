import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { startServer } from '../../src/web/server.ts';
import { put, testStore } from '../helpers/store.ts';
import { webFixture } from '../helpers/web-api.ts';

/** A raw HTTP GET (node:http does not decompress), so the wire bytes are what we check. */
function get(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

describe('the real server (@hono/node-server)', async () => {
  const store = testStore();
  await put(store, webFixture());
  const server = await startServer({ store, port: 0, host: '127.0.0.1', now: () => new Date('2025-01-20T12:00:00Z') });
  after(() => server.close());

  it('sends gzip, Content-Length, ETag and security headers over the wire', async () => {
    const plain = await get(`${server.url}/api/daily_papers?month=2025-01`, {});
    const res = await get(`${server.url}/api/daily_papers?month=2025-01`, { 'Accept-Encoding': 'gzip' });
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-encoding'], 'gzip');
    assert.equal(Number(res.headers['content-length']), res.body.length);
    assert.deepEqual(gunzipSync(res.body), plain.body);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    const again = await get(`${server.url}/api/daily_papers?month=2025-01`, { 'If-None-Match': String(res.headers.etag) });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
  });

  it('uses the server address in feeds when no base URL is configured', async () => {
    const res = await get(`${server.url}/feeds/daily.rss`, {});
    assert.ok(res.body.toString().includes(`<link>${server.url}/</link>`));
  });
});
