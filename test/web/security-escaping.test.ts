import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Parser from 'rss-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import MarkdownIt from 'markdown-it';
import { HOSTILE, webApp } from '../helpers/web-api.ts';
import { feedUrl, FEED_FORMATS, type FeedSubject } from '../../src/web/feeds/urls.ts';

const t = await webApp();
const EVIL_ID = '2501.00666';
/** The hostile title as any reader should show it: the control character is gone, the rest as written. */
const SHOWN_TITLE = HOSTILE.title.replace('\u0001', '');

/** Every href/src of a real tag in an HTML fragment (escaped text like &lt;img src=x&gt; is no tag). */
const urlsIn = (html: string) => [...html.matchAll(/<[a-z][^>]*?\b(?:href|src)\s*=\s*["']?([^"' >]+)/gi)].map((m) => m[1]);

describe('hostile imported strings', () => {
  it('stay plain data in API JSON, and URL fields hold only http(s)', async () => {
    const detail = await (await t.get(`/api/papers/${EVIL_ID}`)).json() as any;
    assert.equal(detail.title, HOSTILE.title);
    assert.equal(detail.summary, HOSTILE.abstract);
    assert.deepEqual(detail.authors, [{ name: HOSTILE.author }, { name: HOSTILE.author2 }]);
    assert.equal('projectPage' in detail, false);
    assert.equal('githubRepo' in detail, false);
    assert.deepEqual(detail.links.code, []);
    const raw = await (await t.get('/api/daily_papers?date=2025-01-15')).text();
    assert.doesNotMatch(raw, /javascript:alert\([12]\)"/);
    assert.equal(JSON.parse(raw)[0].title, HOSTILE.title);
  });

  it('cannot make links or HTML in Markdown', async () => {
    const md = await (await t.get(`/papers/${EVIL_ID}.md`)).text();
    // Every < but those opening our own link destinations is escaped: no tag, comment or autolink.
    assert.doesNotMatch(md.replaceAll('](<', ']('), /(^|[^\\])</m);
    // Every link target is http(s): a `](` counts when the `]` is not backslash-escaped.
    for (const m of md.matchAll(/(\\*)\]\(<?([^)>]*)/g)) {
      if (m[1].length % 2 === 0) assert.match(m[2], /^https?:\/\//, m[0]);
    }
    assert.ok(md.includes('\\[a link\\](javascript:alert(1))'));
    assert.ok(md.includes('\\href{javascript:alert(1)}{x}'), 'LaTeX stays as written');
    assert.ok(md.includes('# Evil \\<script\\>alert(1)\\</script\\> \\]\\]\\> \\& "quoted" paper\n'));
    assert.ok(md.includes('\\# Not a heading'));
    assert.doesNotMatch(md, /\u0001/);
  });

  it('render through a real Markdown renderer (raw HTML allowed) to text, not markup', async () => {
    const md = await (await t.get(`/papers/${EVIL_ID}.md`)).text();
    const html = new MarkdownIt({ html: true, linkify: true }).render(md);
    assert.doesNotMatch(html, /<(script|img|b|i)\b/i);
    for (const url of urlsIn(html)) assert.match(url, /^https?:\/\//, url);
    assert.ok(html.includes('<h1>Evil &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp; &quot;quoted&quot; paper</h1>'));
    assert.ok(html.includes('[a link](javascript:alert(1))'));
    assert.ok(html.includes('\\href{javascript:alert(1)}{x}'));
    assert.ok(html.includes('\\[x](javascript:alert(3))\\]'), 'LaTeX brackets read as written');
    assert.ok(html.includes('<p># Not a heading</p>'));
  });

  for (const format of FEED_FORMATS) {
    it(`keep the ${format} feeds well-formed and escaped`, async () => {
      const subjects: FeedSubject[] = [{ kind: 'daily' }, { kind: 'category', name: 'cs.CR' }, { kind: 'author', name: HOSTILE.author }, { kind: 'search', query: 'evil' }, { kind: 'org', name: '<i>Org</i>' }];
      for (const subject of subjects) {
        const path = subject.kind === 'daily' ? `${feedUrl(subject, format)}?date=2025-01-15` : feedUrl(subject, format);
        const res = await t.get(path);
        assert.equal(res.status, 200, path);
        const text = await res.text();
        assert.doesNotMatch(text, /\u0001/);
        if (format === 'json') {
          const item = JSON.parse(text).items[0];
          assert.equal(item.title, SHOWN_TITLE);
          for (const url of urlsIn(item.content_html)) assert.match(url, /^https?:/, url);
          assert.doesNotMatch(item.content_html, /<(script|img|b|a href="javascript)/i);
          continue;
        }
        assert.equal(XMLValidator.validate(text), true, path);
        assert.doesNotMatch(text, /<script|<img|<!\[CDATA\[/i);
        const feed = await new Parser().parseString(text);
        assert.equal(feed.items.length, 1, path);
        assert.equal(feed.items[0].title, SHOWN_TITLE);
        // The HTML content a reader would render: imported markup arrives as text, links only http(s).
        const html = feed.items[0].content ?? '';
        assert.doesNotMatch(html, /<(script|img|b)\b/i);
        for (const url of urlsIn(html)) assert.match(url, /^https?:/, url);
        assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
      }
    });
  }

  it('leave the Atom text constructs as text, decoded back to what was imported', async () => {
    const xml = await (await t.get(feedUrl({ kind: 'category', name: 'cs.CR' }, 'atom'))).text();
    const entry = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false }).parse(xml).feed.entry;
    assert.equal(entry.title['@_type'], 'text');
    assert.equal(entry.title['#text'], SHOWN_TITLE);
    assert.equal(entry.summary['#text'], HOSTILE.abstract);
  });
});
