import { test } from 'node:test';
import assert from 'node:assert/strict';
import { get, hrefs, MATH, pagesFixture, tags } from '../helpers/web-pages.ts';

const f = await pagesFixture();

test('a paper page shows title, authors, organization, dates, categories, counts and links', async () => {
  const { status, html } = await get(f.app, '/papers/2501.07777');
  assert.equal(status, 200);
  const links = hrefs(html);
  for (const a of MATH.authors!) assert.ok(links.includes(`/authors/${encodeURIComponent(a)}`), a);
  assert.match(html, /and 2 more authors/);
  assert.ok(links.includes('/orgs/Institute%20of%20Math'));
  for (const c of ['cs.LG', 'math.OC']) assert.ok(links.includes(`/categories/${c}`), c);
  assert.match(html, /Published<\/dt><dd><time datetime="2025-01-16">Thu, Jan 16, 2025<\/time>/);
  assert.match(html, /Updated<\/dt><dd><time datetime="2025-01-20">Mon, Jan 20, 2025<\/time>/);
  assert.ok(links.includes('/date/2025-01-16'), 'links the day it was in the daily feed');
  assert.match(html, /<strong>120<\/strong> upvotes/);
  assert.match(html, /<strong>9<\/strong> comments/);
  for (const u of ['https://arxiv.org/abs/2501.07777', 'https://arxiv.org/pdf/2501.07777', 'https://github.com/math/attention', 'https://math.example.org/attention']) {
    assert.ok(links.includes(u), u);
  }
  assert.match(html, /<title>Bounds for \$\\mathcal\{O\}\(n \\log n\)\$ Attention · Paperboy<\/title>/);
  assert.match(html, /<meta property="og:type" content="article"\/>/);
  assert.match(html, /<link rel="canonical" href="https:\/\/paperboy.test\/papers\/2501.07777"\/>/);
});

test('math in titles and abstracts is typeset on the server with KaTeX; prices stay text', async () => {
  const { html } = await get(f.app, '/papers/2501.07777');
  const title = html.slice(html.indexOf('<h1 class="paper-title">'), html.indexOf('</h1>'));
  assert.match(title, /class="katex"/);
  assert.match(title, /<annotation encoding="application\/x-tex">\\mathcal\{O\}\(n \\log n\)<\/annotation>/);
  assert.doesNotMatch(title, /katex-display/, 'titles keep math inline');
  const start = html.indexOf('<section class="abstract"');
  const abstract = html.slice(start, html.indexOf('</section>', start));
  assert.match(abstract, /<annotation encoding="application\/x-tex">E = mc\^2<\/annotation>/);
  assert.match(abstract, /class="katex-display"/, '$$...$$ is display math');
  assert.match(abstract, /it costs \$5 to run/);
  assert.equal((abstract.match(/<p>/g) ?? []).length, 2, 'one paragraph per blank-line block');
});

test('no placeholders for features that do not exist yet', async () => {
  const { html } = await get(f.app, '/papers/2501.07777');
  assert.doesNotMatch(html, /coming soon|similar papers|add a comment|<button[^>]*upvote/i);
});

test('a withdrawn paper says so', async () => {
  const { html } = await get(f.app, '/papers/2501.08888');
  assert.match(html, /<strong>Withdrawn\.<\/strong> This paper was withdrawn on Fri, Jan 17, 2025/);
});

test('a paper known only by its author count says how many; an old-style arXiv id works', async () => {
  const { status, html } = await get(f.app, '/papers/hep-th_9901001');
  assert.equal(status, 200);
  assert.match(html, /4 authors/);
  assert.match(html, /arXiv<\/dt><dd>hep-th\/9901001v2/);
});

test('aliases, versioned ids and slash-style arXiv ids redirect to the one address', async () => {
  for (const [from, to] of [
    [`/papers/${f.aliasId}`, '/papers/2411.00042'],
    ['/papers/2501.07777v2', '/papers/2501.07777'],
    ['/papers/hep-th/9901001', '/papers/hep-th_9901001'],
    ['/papers/hep-th/9901001v2', '/papers/hep-th_9901001'],
  ]) {
    const res = await get(f.app, from);
    assert.equal(res.status, 301, from);
    assert.equal(res.headers.get('location'), to, from);
  }
});

test('an unknown paper is a 404 page that looks like the site', async () => {
  for (const path of ['/papers/2501.99999', '/papers/nothing-here', '/papers/%3Cscript%3E']) {
    const { status, html } = await get(f.app, path);
    assert.equal(status, 404, path);
    assert.match(html, /Page not found/);
    assert.ok(tags(html).some((t) => t.name === 'form' && t.attrs.get('action') === '/search'));
  }
});

test('/papers/{id}.md is left to the Markdown route, never rendered as the HTML page', async () => {
  const res = await f.app.request('/papers/2501.07777.md');
  const type = res.headers.get('content-type') ?? '';
  assert.ok(!(res.status === 200 && type.startsWith('text/html')), `got ${res.status} ${type}`);
});

test('the paper page links its Markdown rendering', async () => {
  const { html } = await get(f.app, '/papers/2501.07777');
  const md = tags(html).find((t) => t.name === 'link' && t.attrs.get('type') === 'text/markdown');
  assert.equal(md?.attrs.get('href'), 'https://paperboy.test/papers/2501.07777.md');
});
