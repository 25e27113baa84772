import { test } from 'node:test';
import assert from 'node:assert/strict';
import { webApp, webFixture } from '../helpers/web-api.ts';
import { get, scriptVectors, tags } from '../helpers/web-pages.ts';
import { TOPIC_IDS, topicCorpus } from '../helpers/web-search.ts';

/** A hostile paper on the speech topic, so it is a close neighbour of the speech papers. */
const HOSTILE_SPEECH = {
  arxivId: '2502.39999',
  title: '<script>alert(1)</script> Speech Recognition with Acoustic Models <img src=x onerror=alert(2)>',
  abstract: 'We train acoustic models for speech recognition on audio. Phoneme targets and streaming decoding lower the word error rate of speech transcription.',
  authors: ['<img src=x onerror=alert(3)>'],
  categories: ['cs.CL'],
  publishedAt: '2025-02-20',
};
const t = await webApp([...webFixture(), ...topicCorpus(), HOSTILE_SPEECH]);
const bare = await webApp([...webFixture(), ...topicCorpus()], { index: false });

/** The similar-papers section of a page, and its items as the page shows them. */
function section(html: string) {
  const start = html.indexOf('<section class="similar"');
  if (start < 0) return null;
  const body = html.slice(start, html.indexOf('</section>', start));
  const items = [...body.matchAll(/<li class="similar-item">(.*?)<\/li>/gs)].map((m) => {
    const li = m[1]!;
    return {
      href: tags(li).find((x) => x.name === 'a')?.attrs.get('href') ?? '',
      title: li.match(/class="similar-title"[^>]*>(.*?)<\/a>/s)?.[1] ?? '',
      date: li.match(/<time datetime="([^"]+)"/)?.[1] ?? '',
      upvotes: Number(li.match(/<\/svg> ([\d,]+)<span class="sr-only"> upvotes/)?.[1]?.replace(/,/g, '')),
      reason: li.match(/<span class="similar-reason">(.*?)<\/span>/s)?.[1] ?? '',
      authors: li.match(/<p class="similar-authors"[^>]*>(.*?)<\/p>/s)?.[1] ?? '',
    };
  });
  return { body, items };
}

test('a paper page lists up to 10 similar papers, each with authors, date, upvotes and its reason', async () => {
  const { status, html } = await get(t.app, `/papers/${TOPIC_IDS.speech}`);
  assert.equal(status, 200);
  const s = section(html)!;
  assert.ok(s, 'the section is there');
  assert.match(s.body, /<h2 id="similar-h">Similar papers<\/h2>/);
  // Only neighbours close enough are listed: in this small corpus, the other speech papers.
  assert.ok(s.items.length >= 2 && s.items.length <= 10, `${s.items.length} similar`);
  for (const item of s.items.filter((i) => i.href !== `/papers/${HOSTILE_SPEECH.arxivId}`)) {
    assert.match(item.href, /^\/papers\/2502\.3/);
    assert.match(item.title, /Speech|Acoustic/);
    assert.match(item.authors, /^Author 2\d, Shared Coauthor$/);
    assert.match(item.date, /^2025-02-\d\d$/);
    assert.ok(Number.isInteger(item.upvotes));
    // "shared: speech, recognition, acoustic · cs.CL, eess.AS": words of both papers, then shared categories.
    assert.match(item.reason, /^shared: [\p{L}\p{N}-]+(, [\p{L}\p{N}-]+)* · cs\.CL, eess\.AS$/u, item.reason);
    assert.match(item.reason, /speech|acoustic|recognition/);
  }
});

test('sort links work without script and keep their place on the page', async () => {
  const id = TOPIC_IDS.quantization;
  const { html } = await get(t.app, `/papers/${id}`);
  const nav = tags(section(html)!.body).filter((x) => x.name === 'a' && (x.attrs.get('href') ?? '').includes('#similar'));
  assert.deepEqual(nav.map((a) => [a.attrs.get('href'), a.attrs.get('aria-current') ?? null]), [
    [`/papers/${id}#similar`, 'true'], [`/papers/${id}?similar=date#similar`, null], [`/papers/${id}?similar=upvotes#similar`, null],
  ]);
  const byVotes = section((await get(t.app, `/papers/${id}?similar=upvotes`)).html)!;
  const votes = byVotes.items.map((i) => i.upvotes);
  assert.ok(votes.length >= 5);
  assert.deepEqual(votes, [...votes].sort((a, b) => b - a));
  assert.match(byVotes.body, /aria-current="true">Most upvoted</);
  const byDate = section((await get(t.app, `/papers/${id}?similar=date`)).html)!.items.map((i) => i.date);
  assert.deepEqual(byDate, [...byDate].sort().reverse());
  // The canonical address stays the paper's own.
  assert.match((await get(t.app, `/papers/${id}?similar=date`)).html, new RegExp(`<link rel="canonical" href="http://paperboy.test/papers/${id}"/>`));
  assert.equal((await get(t.app, `/papers/${id}?similar=oldest`)).status, 400);
});

test('the API and the page agree on what is similar', async () => {
  const api = await (await t.get(`/api/papers/${TOPIC_IDS.speech}/similar`)).json() as any;
  const page = section((await get(t.app, `/papers/${TOPIC_IDS.speech}`)).html)!;
  assert.deepEqual(page.items.map((i) => i.href), api.items.map((i: any) => `/papers/${i.id}`));
});

test('before the index is built there is no section and no placeholder', async () => {
  const { status, html } = await get(bare.app, `/papers/${TOPIC_IDS.speech}`);
  assert.equal(status, 200);
  assert.equal(section(html), null);
  assert.doesNotMatch(html, /similar papers/i);
});

test('hostile papers among the similar ones are escaped', async () => {
  const { html } = await get(t.app, '/papers/2501.00666');
  assert.deepEqual(scriptVectors(html), []);
  // Pages whose similar papers include a hostile paper (its title carries a script tag).
  const listing: Array<{ path: string; hostile: string }> = [];
  for (const id of [HOSTILE_SPEECH.arxivId, '2501.00666', ...Array.from({ length: 6 }, (_, i) => `2502.3000${i}`)]) {
    const body = await (await t.get(`/api/papers/${id}/similar`)).json() as any;
    const hostile = body.items.find((x: any) => x.title.includes('<script>'));
    if (hostile) listing.push({ path: `/papers/${id}`, hostile: hostile.id });
  }
  assert.ok(listing.length > 0, 'some page lists a hostile paper');
  for (const { path, hostile } of listing) {
    const page = await get(t.app, path);
    assert.ok(section(page.html)!.items.some((i) => i.href === `/papers/${hostile}`), path);
    assert.match(section(page.html)!.body, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/, path);
    assert.deepEqual(scriptVectors(page.html), [], path);
    assert.doesNotMatch(page.html, /<script>alert|<img src=x/, path);
  }
});
