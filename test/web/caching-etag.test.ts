import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { webApp } from '../helpers/web-api.ts';
import { etagMatches } from '../../src/web/middleware/representation.ts';
import { CACHE_CONTROL } from '../../src/web/middleware/cache-policy.ts';

const t = await webApp();

const ADDRESSES: Array<[string, string, Record<string, string>?]> = [
  ['/', CACHE_CONTROL.page],
  ['/api/daily_papers', CACHE_CONTROL.page],
  ['/api/papers/2501.00001', CACHE_CONTROL.page],
  ['/api/papers/search?q=alpha', CACHE_CONTROL.page],
  ['/api/openapi.json', CACHE_CONTROL.page],
  ['/papers/2501.00001.md', CACHE_CONTROL.page],
  ['/papers/2501.00001', CACHE_CONTROL.page, { Accept: 'text/markdown' }],
  ['/feeds/daily.rss', CACHE_CONTROL.feed],
  ['/feeds/trending.atom', CACHE_CONTROL.feed],
  ['/feeds/categories/cs.LG.json', CACHE_CONTROL.feed],
];

describe('caching', () => {
  for (const [path, cacheControl, headers] of ADDRESSES) {
    it(`${path} has Cache-Control and an ETag, and answers 304 to it`, async () => {
      const first = await t.get(path, headers);
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('cache-control'), cacheControl);
      const etag = first.headers.get('etag');
      assert.match(etag ?? '', /^W\/"[A-Za-z0-9_-]{27}"$/);
      const body = await first.text();
      assert.equal(Number(first.headers.get('content-length')), Buffer.byteLength(body));

      const again = await t.get(path, { ...headers, 'If-None-Match': etag! });
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
      assert.equal(again.headers.get('etag'), etag);
      assert.equal(again.headers.get('cache-control'), cacheControl);
      assert.match(again.headers.get('vary') ?? '', /Accept-Encoding/);
      assert.equal(again.headers.get('content-type'), null);
    });
  }

  it('gives the same ETag to the same body and a new one when the data changes', async () => {
    const local = await webApp();
    const a = (await local.get('/api/papers/2501.00001')).headers.get('etag');
    assert.equal((await local.get('/api/papers/2501.00001')).headers.get('etag'), a);
    const { put } = await import('../helpers/store.ts');
    await put(local.deps.store, [{ arxivId: '2501.00001', title: 'Alpha: Attention for Everything', upvotes: 31 }]);
    const after = await local.get('/api/papers/2501.00001', { 'If-None-Match': a! });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.get('etag'), a);
  });

  it('matches If-None-Match lists, strong spellings of a weak tag, and *', () => {
    const etag = 'W/"abc"';
    assert.equal(etagMatches('"abc"', etag), true);
    assert.equal(etagMatches('W/"xyz", W/"abc"', etag), true);
    assert.equal(etagMatches('*', etag), true);
    assert.equal(etagMatches('"abcd"', etag), false);
    assert.equal(etagMatches(undefined, etag), false);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await t.get('/api/daily_papers');
    const head = await t.app.request('http://paperboy.test/api/daily_papers', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    assert.equal(head.headers.get('etag'), get.headers.get('etag'));
    assert.equal(head.headers.get('content-length'), get.headers.get('content-length'));
  });

  it('never stores errors or health checks', async () => {
    for (const path of ['/api/papers/nope', '/api/daily_papers?limit=0', '/no-such-page', '/api/health']) {
      const res = await t.get(path);
      assert.equal(res.headers.get('cache-control'), 'no-store', path);
      if (res.status !== 200) assert.equal(res.headers.get('etag'), null, path);
    }
  });
});
