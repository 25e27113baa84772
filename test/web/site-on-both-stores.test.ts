import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/web/app.ts';
import { openSearch } from '../../src/search/open-search.ts';
import { buildSemanticIndex } from '../../src/search/semantic/indexer.ts';
import { BASE_URL, NOW, webFixture } from '../helpers/web-api.ts';
import { put, storeDialects } from '../helpers/store.ts';
import { makeUser } from '../helpers/accounts.ts';
import type { Store } from '../../src/db/store.ts';

// The site and API over each store: the same pages and the same JSON, whichever database is behind.
const answers = new Map<string, unknown>();

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  let get: (path: string) => Promise<Response>;
  let store: Store;
  before(async () => {
    store = await dialect.open();
    await put(store, webFixture());
    await buildSemanticIndex(store, null);
    const { service, semantic } = openSearch(store);
    await semantic.ready();
    const app = createApp({ store, search: service, semantic, baseUrl: BASE_URL, now: () => NOW, pageCacheMs: 0 });
    get = async (path) => app.request(`${BASE_URL}${path}`);
  });

  test('pages render from the store', async () => {
    const home = await get('/');
    assert.equal(home.status, 200);
    const html = await home.text();
    assert.match(html, /Alpha: Attention for Everything/);
    assert.ok(!html.includes('<script>alert(1)'), 'imported text stays escaped');
    const search = await (await get('/search?q=sparse+kernels&mode=lexical')).text();
    assert.match(search, /href="\/papers\/2501\.00002"/);
    assert.equal((await get('/papers/2501.00001')).status, 200);
    assert.match(await (await get('/authors/Ada%20Lovelace')).text(), /Delta Networks/);
  });

  test('the API answers the same on every store', async () => {
    const health = await (await get('/api/health')).json() as { database: string; papers: number };
    assert.deepEqual(health, { status: 'ok', papers: webFixture().length, database: dialect.name });
    const ids = async (path: string) => ((await (await get(path)).json()) as Array<{ paper: { id: string } }>).map((x) => x.paper.id);
    const daily = await ids('/api/daily_papers?date=2025-01-17');
    assert.equal(daily.length, 3);
    // Scores are each engine's own (BM25, ts_rank_cd); the papers and their order are what must agree.
    const words = await ids('/api/papers/search?q=kernels&mode=lexical');
    const paper = await (await get('/api/papers/2501.00002')).json();
    const same = { daily, week: await ids('/api/daily_papers?week=2025-W03'), words, paper };
    const first = answers.get('api');
    if (first) assert.deepEqual(same, first, 'PostgreSQL answers as SQLite does');
    else answers.set('api', same);
  });

  test('community sections render from the store: comments, author claims, local upvotes', async () => {
    const ada = await makeUser(store, 'ada.community@example.org');
    await store.accounts.setDisplayName(ada.id, 'Ada C');
    const rowid = (await store.paperRowid('2501.00001'))!;
    const at = NOW.toISOString();
    await store.comments.add({ paperRowid: rowid, userId: ada.id, parentId: null, body: 'A **local** comment', createdAt: at });
    await store.votes.add(ada.id, rowid, at);
    const claim = (await store.claims.create({ userId: ada.id, paperRowid: rowid, authorName: 'Ada Lovelace', authorKey: 'ada lovelace', createdAt: at }))!;
    await store.claims.decide(claim, 'approved', ada.id, at);

    const page = await (await get('/papers/2501.00001')).text();
    assert.match(page, /<p>A <strong>local<\/strong> comment<\/p>/);
    assert.match(page, /Discussion <span class="muted">\(1 comment\)/);
    assert.match(page, /<strong>31<\/strong> upvotes/, '30 imported + 1 local');
    assert.match(page, /<strong>5<\/strong> comments/, '4 imported + 1 local');
    assert.match(await (await get('/authors/Ada%20Lovelace')).text(), /On Paperboy as <strong class="claimant">Ada C<\/strong>/);
    const paper = await (await get('/api/papers/2501.00001')).json() as { upvotes: number; numComments: number };
    assert.deepEqual([paper.upvotes, paper.numComments], [31, 5]);
    const thread = await (await get('/api/papers/2501.00001/comments')).json() as { comments: Array<{ body: string }> };
    assert.deepEqual(thread.comments.map((c) => c.body), ['A **local** comment']);
  });
});
