import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { webApp } from '../helpers/web-api.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/web/middleware/security-headers.ts';

const t = await webApp();

/** The CSP as a map of directive to sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...v]) => [name, v]));
}

const ADDRESSES: Array<[string, Record<string, string>?]> = [
  ['/'],
  ['/no-such-page'],
  ['/api/daily_papers'],
  ['/api/papers/2501.00001'],
  ['/api/papers/nope'],
  ['/api/daily_papers?limit=0'],
  ['/papers/2501.00001.md'],
  ['/papers/2501.00001', { Accept: 'text/markdown' }],
  ['/feeds/daily.rss'],
  ['/feeds/trending.atom'],
  ['/feeds/search.json?q=alpha'],
  ['/feeds/daily.rss?date=bad'],
];

describe('security headers', () => {
  for (const [path, headers] of ADDRESSES) {
    it(`are on ${path}${headers ? ' (markdown)' : ''}`, async () => {
      const res = await t.get(path, headers);
      assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
      assert.equal(res.headers.get('x-frame-options'), 'DENY');
      assert.equal(res.headers.get('cross-origin-opener-policy'), 'same-origin');
    });
  }

  it('are on 304s too', async () => {
    const first = await t.get('/api/health');
    const res = await t.get('/api/daily_papers', { 'If-None-Match': (await t.get('/api/daily_papers')).headers.get('etag')! });
    assert.equal(first.status, 200);
    assert.equal(res.status, 304);
    assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  });

  it('allow no inline or eval script, no plugins and no framing', () => {
    const csp = directives(CONTENT_SECURITY_POLICY);
    assert.deepEqual(csp.get('script-src'), ["'self'"]);
    assert.deepEqual(csp.get('default-src'), ["'self'"]);
    assert.deepEqual(csp.get('object-src'), ["'none'"]);
    assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
    assert.deepEqual(csp.get('base-uri'), ["'self'"]);
    assert.deepEqual(csp.get('form-action'), ["'self'"]);
    for (const [name, sources] of csp) {
      if (name !== 'style-src') assert.ok(!sources.includes("'unsafe-inline'"), name);
      assert.ok(!sources.includes("'unsafe-eval'"), name);
    }
  });

  it('let other sites read the open data (API and feeds) but not the pages', async () => {
    const api = await t.get('/api/daily_papers');
    assert.equal(api.headers.get('access-control-allow-origin'), '*');
    assert.equal(api.headers.get('access-control-expose-headers'), 'X-Total-Count, ETag');
    assert.equal((await t.get('/feeds/daily.json')).headers.get('access-control-allow-origin'), '*');
    assert.equal((await t.get('/')).headers.get('access-control-allow-origin'), null);
  });
});
