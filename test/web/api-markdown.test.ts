import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { webApp } from '../helpers/web-api.ts';
import { prefersMarkdown } from '../../src/web/markdown/route.ts';
import { mdBlock, mdInline, mdLink } from '../../src/web/markdown/escape.ts';

const t = await webApp();

describe('Markdown of a paper', () => {
  it('serves /papers/{id}.md with title, authors, dates, categories, links and abstract', async () => {
    const res = await t.get('/papers/2501.00001.md');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/markdown; charset=utf-8');
    const md = await res.text();
    assert.ok(md.startsWith('# Alpha: Attention for Everything\n'));
    assert.ok(md.includes('**Authors:** [Ada Lovelace](<http://paperboy.test/authors/Ada%20Lovelace>), [Alan Turing](<http://paperboy.test/authors/Alan%20Turing>)'));
    assert.ok(md.includes('**Organization:** [Acme Lab](<http://paperboy.test/orgs/Acme%20Lab>)'));
    assert.ok(md.includes('**Published:** 2025-01-16'));
    assert.ok(md.includes('**On the daily feed:** 2025-01-17 (submitted by alice)'));
    assert.ok(md.includes('**Categories:** [cs.LG](<http://paperboy.test/categories/cs.LG>), [cs.AI](<http://paperboy.test/categories/cs.AI>)'));
    assert.ok(md.includes('- [arXiv abstract](<https://arxiv.org/abs/2501.00001>)'));
    assert.ok(md.includes('- [PDF](<https://arxiv.org/pdf/2501.00001>)'));
    assert.ok(md.includes('- [Code: https://github.com/acme/alpha](<https://github.com/acme/alpha>)'));
    assert.ok(md.includes('- [Project page](<https://alpha.example.org/>)'));
    assert.ok(md.endsWith('## Abstract\n\nWe present Alpha. Code at https://github.com/acme/alpha.\n'));
  });

  it('keeps LaTeX as written and counts authors not listed', async () => {
    const md = await (await t.get('/papers/2501.00002v2.md')).text();
    assert.ok(md.includes('Sparse kernels, $O(n \\log n)$ time.'));
    assert.ok(md.includes('[Grace Hopper](<http://paperboy.test/authors/Grace%20Hopper>) and 2 more'));
    assert.ok(md.includes('**arXiv:** 2501.00002v2'));
  });

  it('answers Accept: text/markdown on the page address, and says it varies by Accept', async () => {
    const res = await t.get('/papers/hep-th_9901001', { Accept: 'text/markdown' });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/markdown; charset=utf-8');
    assert.match(res.headers.get('vary')!, /Accept(,|$)/);
    assert.ok((await res.text()).startsWith('# Epsilon Strings\n'));
  });

  it('leaves browsers to the HTML page', async () => {
    const res = await t.get('/papers/hep-th_9901001', { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(res.headers.get('vary') ?? '', /Accept/);
  });

  it('answers 404 for unknown ids', async () => {
    assert.equal((await t.get('/papers/2501.99999.md')).status, 404);
    assert.equal((await t.get('/papers/2501.99999', { Accept: 'text/markdown' })).status, 404);
  });

  it('negotiates by q-value', () => {
    assert.equal(prefersMarkdown('text/markdown'), true);
    assert.equal(prefersMarkdown('text/markdown, text/html;q=0.9'), true);
    assert.equal(prefersMarkdown('text/html, text/markdown;q=0.5'), false);
    assert.equal(prefersMarkdown('text/markdown;q=0, */*'), false);
    assert.equal(prefersMarkdown('*/*'), false);
    assert.equal(prefersMarkdown(undefined), false);
  });
});

describe('Markdown escaping', () => {
  it('leaves no way to make a link, image, autolink or HTML', () => {
    assert.equal(mdInline('[x](javascript:alert(1))'), '\\[x\\](javascript:alert(1))');
    assert.equal(mdInline('![i](http://x/y.png)'), '!\\[i\\](http://x/y.png)');
    assert.equal(mdInline('<script>&amp;'), '\\<script\\>\\&amp;');
    assert.equal(mdInline('<http://evil>'), '\\<http://evil\\>');
    // A LaTeX \[ must not eat our escape: its backslash is escaped too.
    assert.equal(mdInline('\\[x](javascript:1)\\]'), '\\\\\\[x\\](javascript:1)\\\\\\]');
    assert.equal(mdInline('`code` \\alpha $x_i$ and $y_j$'), '\\`code\\` \\alpha $x_i$ and $y_j$');
  });

  it('keeps paragraphs, drops indentation and line-leading #', () => {
    assert.equal(mdBlock('    indented\n# heading\n\n\n\nnext\u0000'), 'indented\n\\# heading\n\nnext');
  });

  it('links only to http(s)', () => {
    assert.equal(mdLink('x', 'javascript:alert(1)'), null);
    assert.equal(mdLink('x', 'data:text/html,<b>'), null);
    assert.equal(mdLink('x', 'not a url'), null);
    assert.equal(mdLink('a]b', 'https://e.org/a b>(c)'), '[a\\]b](<https://e.org/a%20b%3E(c)>)');
  });
});
