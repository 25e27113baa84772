import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { escapeHtml, safeHttpUrl } from '../../src/web/render/escape.ts';
import { Lru } from '../../src/web/render/lru.ts';
import { splitMath, type Segment } from '../../src/web/render/math-segments.ts';
import { PageCache } from '../../src/web/render/page-cache.ts';
import { renderParagraphs, renderRichText } from '../../src/web/render/rich-text.ts';
import { scriptVectors, tags } from '../helpers/web-pages.ts';

const T = (text: string): Segment => ({ kind: 'text', text });
const M = (tex: string, display = false): Segment => ({ kind: 'math', tex, display });

test('splitMath finds the math arXiv authors write and leaves the rest', () => {
  const cases: Array<[string, Segment[]]> = [
    ['plain text', [T('plain text')]],
    ['inline $x^2$ here', [T('inline '), M('x^2'), T(' here')]],
    ['display $$\\int f$$ end', [T('display '), M('\\int f', true), T(' end')]],
    ['parens \\(a+b\\) and brackets \\[c\\]', [T('parens '), M('a+b'), T(' and brackets '), M('c', true)]],
    ['costs $5 and $10', [T('costs $5 and $10')]],
    ['a $ b $ c', [T('a $ b $ c')]],
    ['$x$5 is not math', [T('$x$5 is not math')]],
    ['escaped \\$ then $y$', [T('escaped $ then '), M('y')]],
    ['$\\$5$ inside', [M('\\$5'), T(' inside')]],
    ['unclosed $x and \\(y', [T('unclosed $x and \\(y')]],
    ['$$ $$', [T('$$ $$')]],
    ['$a$$b$', [M('a'), M('b')]],
  ];
  for (const [input, want] of cases) assert.deepEqual(splitMath(input), want, input);
});

test('renderRichText escapes text, typesets math and links only http(s) URLs', () => {
  assert.equal(renderRichText('<b>"x" & \'y\'</b>'), '&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;');
  assert.match(renderRichText('$x$'), /^<span class="katex">/);
  assert.equal(renderRichText('see https://a.org/x. and javascript:alert(1)', { linkify: true }),
    'see <a href="https://a.org/x" rel="nofollow noopener noreferrer">https://a.org/x</a>. and javascript:alert(1)');
  assert.equal(renderRichText('https://a.org/x', {}), 'https://a.org/x', 'titles are not linked');
  assert.doesNotMatch(renderRichText('$$\\sum$$', { inlineOnly: true }), /katex-display/);
  assert.match(renderRichText('$\\frac{1}{$'), /katex-error/, 'bad TeX is an error span, not an exception');
});

test('LaTeX text escapes outside math read as their characters; the stored text keeps them', () => {
  assert.equal(renderRichText('reaches 97.6\\% correctness in R\\&D, a\\_b, \\#1'), 'reaches 97.6% correctness in R&amp;D, a_b, #1');
  assert.match(renderRichText('97.6\\% and $x\\%$'), /^97\.6% and <span class="katex">/);
  assert.equal(renderRichText('a \\textbf{b} \\~c'), 'a \\textbf{b} \\~c', 'other commands stay as written');
});

test('KaTeX runs with trust off: \\href, \\url and \\html commands are inert', () => {
  for (const tex of ['\\href{javascript:alert(1)}{x}', '\\url{javascript:alert(1)}', '\\htmlClass{x}{y}', '\\includegraphics{https://evil/x.png}', '\\htmlData{onerror=alert(1)}{x}']) {
    const html = renderRichText(`$${tex}$`);
    assert.deepEqual(scriptVectors(html), [], tex);
    assert.deepEqual(tags(html).filter((t) => ['a', 'img'].includes(t.name) || [...t.attrs.keys()].some((k) => k.startsWith('data-'))), [], tex);
  }
});

test('renderParagraphs splits on blank lines', () => {
  assert.deepEqual(renderParagraphs('one\n\n two \n \nthree'), ['one', 'two', 'three']);
  assert.deepEqual(renderParagraphs(''), []);
});

test('escapeHtml and safeHttpUrl', () => {
  assert.equal(escapeHtml('<a href="x">\''), '&lt;a href=&quot;x&quot;&gt;&#39;');
  assert.equal(safeHttpUrl('https://github.com/a/b'), 'https://github.com/a/b');
  assert.equal(safeHttpUrl(' http://x.org '), 'http://x.org/');
  for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', '//evil.org', '/relative', 'http//x', '', null, undefined]) {
    assert.equal(safeHttpUrl(bad), null, String(bad));
  }
});

test('Lru keeps the most recently used entries', () => {
  const lru = new Lru<string, number>(2);
  lru.set('a', 1);
  lru.set('b', 2);
  assert.equal(lru.get('a'), 1);
  lru.set('c', 3);
  assert.equal(lru.get('b'), undefined);
  assert.equal(lru.get('a'), 1);
  assert.equal(lru.size, 2);
});

test('PageCache replays a 200 HTML page within its TTL and keys by path and query', async () => {
  let renders = 0;
  const cache = new PageCache({ ttlMs: 60_000 });
  const app = new Hono();
  app.get('/p', cache.wrap((c) => c.html(`render ${++renders} ${c.req.query('x') ?? ''}`)));
  app.get('/r', cache.wrap((c) => { renders++; return c.redirect('/p'); }));
  assert.equal(await (await app.request('/p')).text(), 'render 1 ');
  assert.equal(await (await app.request('/p')).text(), 'render 1 ');
  assert.equal(await (await app.request('/p?x=2')).text(), 'render 2 2');
  await app.request('/r');
  await app.request('/r');
  assert.equal(renders, 4, 'redirects are not cached');
  cache.clear();
  assert.equal(await (await app.request('/p')).text(), 'render 5 ');
  const off = new PageCache({ ttlMs: 0 });
  const app2 = new Hono();
  let n = 0;
  app2.get('/', off.wrap((c) => c.html(String(++n))));
  await app2.request('/');
  assert.equal(await (await app2.request('/')).text(), '2');
});
