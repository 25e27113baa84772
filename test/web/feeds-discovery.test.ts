import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Parser from 'rss-parser';
import { BASE_URL, webApp } from '../helpers/web-api.ts';

const t = await webApp();

/** The <link rel="alternate"> tags of an HTML page: [type, absolute href]. */
function alternates(html: string): Array<[string, string]> {
  return [...html.matchAll(/<link\b[^>]*\brel="alternate"[^>]*>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[0])?.[1] ?? '';
    return [attr('type'), attr('href').replaceAll('&amp;', '&')];
  });
}

describe('feed discovery from the pages', () => {
  const pages = ['/', '/trending', '/categories/cs.LG', '/authors/Alan%20Turing', '/orgs/Acme%20Lab', '/search?q=kernels', '/papers/2501.00001'];
  for (const page of pages) {
    it(`every alternate of ${page} answers in its advertised type and parses`, async () => {
      const res = await t.get(page);
      assert.equal(res.status, 200, page);
      const links = alternates(await res.text());
      assert.ok(links.length > 0, `${page} advertises no alternates`);
      for (const [type, href] of links) {
        assert.ok(href.startsWith(`${BASE_URL}/`), href);
        const alt = await t.get(href.slice(BASE_URL.length));
        assert.equal(alt.status, 200, href);
        assert.equal(alt.headers.get('content-type')?.split(';')[0], type, href);
        const body = await alt.text();
        if (type.endsWith('xml')) await new Parser().parseString(body);
        else if (type.endsWith('json')) assert.equal(JSON.parse(body).version, 'https://jsonfeed.org/version/1.1');
        else assert.ok(body.startsWith('# '), href);
      }
    });
  }
});
