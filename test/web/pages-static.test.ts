import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ASSETS } from '../../src/web/static/assets.ts';
import { get, pagesFixture, tags } from '../helpers/web-pages.ts';

const f = await pagesFixture();

test('the stylesheet, script and icon are served from memory with a year of caching', async () => {
  for (const [url, type] of [[ASSETS.css, 'text/css'], [ASSETS.js, 'text/javascript'], [ASSETS.icon, 'image/svg+xml']] as const) {
    const res = await f.app.request(url);
    assert.equal(res.status, 200, url);
    assert.ok(res.headers.get('content-type')?.startsWith(type), url);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.ok((await res.arrayBuffer()).byteLength > 100);
  }
});

test('KaTeX\'s stylesheet and every font it names are served under its version', async () => {
  const res = await f.app.request(ASSETS.katexCss);
  assert.equal(res.status, 200);
  const css = await res.text();
  const fonts = [...new Set([...css.matchAll(/url\((fonts\/[^)]+)\)/g)].map((m) => m[1]))];
  assert.ok(fonts.length > 20);
  const base = ASSETS.katexCss.slice(0, ASSETS.katexCss.lastIndexOf('/') + 1);
  for (const font of fonts.filter((u) => u.endsWith('.woff2'))) {
    const r = await f.app.request(base + font);
    assert.equal(r.status, 200, font);
    assert.equal(r.headers.get('content-type'), 'font/woff2');
  }
});

test('unknown static files are 404s', async () => {
  assert.equal((await get(f.app, '/static/app.css')).status, 404);
  assert.equal((await get(f.app, '/static/../package.json')).status, 404);
  assert.equal((await get(f.app, '/static/katex-0.0.0/katex.min.css')).status, 404);
});

test('pages link the hashed assets', async () => {
  const { html } = await get(f.app, '/');
  const sheets = tags(html).filter((t) => t.name === 'link' && t.attrs.get('rel') === 'stylesheet').map((t) => t.attrs.get('href'));
  assert.deepEqual(sheets, [ASSETS.css, ASSETS.katexCss]);
});
