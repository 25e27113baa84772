import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Parser from 'rss-parser';
import { XMLValidator } from 'fast-xml-parser';
import { webApp, BASE_URL } from '../helpers/web-api.ts';
import { feedUrl, FEED_FORMATS, FEED_MIME, type FeedFormat, type FeedSubject } from '../../src/web/feeds/urls.ts';

const t = await webApp();
// rss-parser reads Atom categories only when asked; they are <category term="…"/> attributes.
const parser = new Parser<Record<string, unknown>, { atomCategories?: Array<{ $: { term: string } }> }>({
  customFields: { item: [['category', 'atomCategories', { keepArray: true }]] },
});

interface Parsed { title: string; link: string; items: Array<{ title: string; link: string; date?: string; authors: string[]; categories: string[] }> }

/** Fetches a feed and parses it with a real parser (rss-parser for XML), checking well-formedness. */
async function fetchFeed(path: string, format: FeedFormat): Promise<Parsed> {
  const res = await t.get(path);
  assert.equal(res.status, 200, path);
  assert.equal(res.headers.get('content-type'), `${FEED_MIME[format]}; charset=utf-8`);
  const text = await res.text();
  if (format === 'json') {
    const feed = JSON.parse(text);
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.feed_url, `${BASE_URL}${path}`);
    for (const item of feed.items) {
      assert.equal(typeof item.id, 'string');
      assert.ok(item.content_text !== undefined || item.content_html !== undefined);
    }
    return {
      title: feed.title, link: feed.home_page_url,
      items: feed.items.map((i: any) => ({ title: i.title, link: i.url, date: i.date_published, authors: (i.authors ?? []).map((a: any) => a.name), categories: i.tags ?? [] })),
    };
  }
  assert.equal(XMLValidator.validate(text), true, `${path} is not well-formed XML`);
  const feed = await parser.parseString(text);
  return {
    title: feed.title ?? '', link: feed.link ?? '',
    items: feed.items.map((i: any) => ({
      title: i.title, link: i.link, date: i.isoDate,
      authors: format === 'rss' ? [i.creator].filter(Boolean) : [i.author].filter(Boolean),
      categories: format === 'rss' ? i.categories ?? [] : (i.atomCategories ?? []).map((c: any) => c.$.term),
    })),
  };
}

const paper = (id: string) => `${BASE_URL}/papers/${id}`;

describe('feeds', () => {
  const cases: Array<[string, FeedSubject, string[], string]> = [
    ['daily (newest day)', { kind: 'daily' }, ['Gamma', 'Alpha', 'Beta'], `${BASE_URL}/`],
    ['trending', { kind: 'trending' }, ['Gamma', 'Alpha', 'Beta', 'Delta', 'Epsilon', 'Evil', 'Zeta'], `${BASE_URL}/trending`],
    ['category', { kind: 'category', name: 'cs.LG' }, ['Alpha', 'Delta', 'Zeta', 'Eta'], `${BASE_URL}/categories/cs.LG`],
    ['author', { kind: 'author', name: 'Alan Turing' }, ['Alpha', 'Zeta', 'Eta'], `${BASE_URL}/authors/Alan%20Turing`],
    ['organization', { kind: 'org', name: 'Acme Lab' }, ['Alpha'], `${BASE_URL}/orgs/Acme%20Lab`],
    ['search', { kind: 'search', query: 'sparse kernels' }, ['Beta'], `${BASE_URL}/search?q=sparse%20kernels`],
  ];
  for (const [label, subject, expected, home] of cases) {
    for (const format of FEED_FORMATS) {
      it(`${label} as ${format} parses and lists the expected papers`, async () => {
        const feed = await fetchFeed(feedUrl(subject, format), format);
        assert.deepEqual(feed.items.map((i) => i.title.split(/[ :]/)[0]), expected);
        assert.equal(feed.link, home);
        assert.match(feed.title, /^Paperboy: /);
      });
    }
  }

  it('fills each item: absolute link, date, authors, categories', async () => {
    for (const format of FEED_FORMATS) {
      const feed = await fetchFeed(feedUrl({ kind: 'daily' }, format), format);
      const alpha = feed.items.find((i) => i.title.startsWith('Alpha'))!;
      assert.equal(alpha.link, paper('2501.00001'));
      // The daily feed files a paper under the day it entered the feed.
      assert.equal(new Date(alpha.date!).toISOString(), '2025-01-17T00:00:00.000Z');
      assert.equal(alpha.authors[0], 'Ada Lovelace');
      assert.ok(alpha.categories.includes('cs.LG'), format);
    }
  });

  it('carries every author in RSS (dc:creator) and Atom', async () => {
    const rss = await (await t.get(feedUrl({ kind: 'org', name: 'Acme Lab' }, 'rss'))).text();
    assert.equal(rss.match(/<dc:creator>/g)?.length, 2);
    const atom = await (await t.get(feedUrl({ kind: 'org', name: 'Acme Lab' }, 'atom'))).text();
    assert.ok(atom.includes('<author><name>Ada Lovelace</name></author><author><name>Alan Turing</name></author>'));
    assert.ok(atom.includes('<category term="cs.AI"/>'));
  });

  it('takes ?date= for the daily feed', async () => {
    const feed = await fetchFeed('/feeds/daily.rss?date=2025-01-16', 'rss');
    assert.deepEqual(feed.items.map((i) => i.title), ['Delta Networks', 'Epsilon Strings']);
    assert.equal(feed.link, `${BASE_URL}/date/2025-01-16`);
    assert.deepEqual((await fetchFeed('/feeds/daily.atom?date=2030-01-01', 'atom')).items, []);
  });

  it('gives an empty, valid feed for a name with no papers', async () => {
    for (const format of FEED_FORMATS) {
      for (const subject of [{ kind: 'author', name: 'Nobody Atall' }, { kind: 'category', name: 'q-bio.XX' }, { kind: 'org', name: 'None' }] as FeedSubject[]) {
        assert.deepEqual((await fetchFeed(feedUrl(subject, format), format)).items, []);
      }
    }
  });

  it('gives an empty, valid feed for an empty database', async () => {
    const empty = await webApp([]);
    for (const format of FEED_FORMATS) {
      const res = await empty.get(feedUrl({ kind: 'daily' }, format));
      assert.equal(res.status, 200);
      if (format !== 'json') assert.equal(XMLValidator.validate(await res.text()), true);
    }
  });

  it('rejects bad parameters and unknown formats', async () => {
    assert.equal((await t.get('/feeds/daily.rss?date=2025-02-30')).status, 400);
    assert.equal((await t.get('/feeds/search.atom')).status, 400);
    assert.equal((await t.get(`/feeds/search.json?q=${'q'.repeat(251)}`)).status, 400);
    assert.equal((await t.get('/feeds/daily.xml')).status, 404);
    assert.equal((await t.get('/feeds/weekly.rss')).status, 404);
    assert.equal((await t.get('/feeds/authors/Ada%20Lovelace.txt')).status, 404);
  });

  it('resolves names with dots, slashes and non-ASCII letters', async () => {
    const cat = await fetchFeed(feedUrl({ kind: 'category', name: 'cs.AR' }, 'atom'), 'atom');
    assert.deepEqual(cat.items.map((i) => i.title), ['Beta Kernels for Sparse Matrices']);
    const odd = await fetchFeed(feedUrl({ kind: 'author', name: 'Łukasz/Ö. Müller' }, 'rss'), 'rss');
    assert.deepEqual(odd.items, []);
  });
});
