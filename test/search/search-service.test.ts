import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { createSearchService } from '../../src/search/service.ts';
import { SemanticIndex } from '../../src/search/semantic/semantic-index.ts';
import { buildSemanticIndex } from '../../src/search/semantic/indexer.ts';
import { embedNewPapers } from '../../src/search/semantic/keep-fresh.ts';
import { analyzeStems } from '../../src/search/text/analyze.ts';
import type { SearchRequest } from '../../src/search/types.ts';
import { paperInput, put, storeDialects } from '../helpers/store.ts';
import type { Store } from '../../src/db/store.ts';
import type { Paper } from '../../src/core/paper.ts';
import type { SearchService } from '../../src/search/service.ts';

const req = (query: string, over: Partial<SearchRequest> = {}): SearchRequest =>
  ({ query, mode: 'hybrid', sort: 'relevance', limit: 10, offset: 0, ...over });

// Search over the index each store holds: the same tests on SQLite and PostgreSQL.
for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  let store: Store;
  let built: Awaited<ReturnType<typeof buildSemanticIndex>>;
  let semantic: SemanticIndex;
  let service: SearchService;
  let demo: Paper[];
  before(async () => {
    store = await dialect.open();
    await loadDemo(store, '2025-03-03', 900);
    built = await buildSemanticIndex(store, null);
    semantic = new SemanticIndex(store, { endpoint: null, refreshMs: 0 });
    await semantic.ready();
    service = createSearchService(store, semantic);
    demo = (await store.listPapers({ limit: 900 })).items;
  });

  test('the index covers every paper with one model', async () => {
    assert.equal(built.papers, 900);
    const info = await store.activeEmbeddingModel();
    assert.equal(info?.id, built.modelId);
    assert.equal(info?.vectors, 900);
    assert.equal(info?.provider, 'corpus');
  });

  test('without an index, semantic and hybrid searches answer by words and say so', async () => {
    const bare = await dialect.open();
    await put(bare, [paperInput({ title: 'Kernel fusion for attention' })]);
    const idx = new SemanticIndex(bare, { endpoint: null });
    await idx.ready();
    const r = await createSearchService(bare, idx).search(req('fusion', { mode: 'semantic' }));
    assert.equal(r.mode, 'lexical');
    assert.equal(r.items.length, 1);
  });

  test('hybrid search finds a paper by its title: always in the top 5, usually first', async () => {
    // Demo titles come from templates, so a few share most of their words with another title.
    let first = 0;
    for (const p of demo.slice(0, 40)) {
      const r = await service.search(req(p.title.replace(/[^\p{L}\p{N} ]/gu, ' ')));
      assert.equal(r.mode, 'hybrid');
      const rank = r.items.findIndex((h) => h.paper.id === p.id);
      assert.ok(rank >= 0 && rank < 5, `${p.title}: rank ${rank}`);
      if (rank === 0) first++;
    }
    assert.ok(first >= 30, `first for ${first} of 40`);
  });

  test('semantic neighbours of a title share its field far more often than chance', async () => {
    let same = 0;
    let total = 0;
    for (const p of demo.filter((_, i) => i % 30 === 0)) {
      const r = await service.search(req(p.title, { mode: 'semantic' }));
      for (const h of r.items) { total++; if (h.paper.categories[0] === p.categories[0]) same++; }
    }
    assert.ok(total > 0);
    assert.ok(same / total > 0.5, `same primary category ${same}/${total}`);
  });

  test('semantic results honour filters and excluded words', async () => {
    const cat = demo[0]!.categories[0]!;
    const r = await service.search(req(demo[0]!.title, { mode: 'semantic', category: cat, limit: 20 }));
    assert.ok(r.items.length > 0);
    assert.ok(r.items.every((h) => h.paper.categories.includes(cat)));
    const word = analyzeStems(demo[0]!.title).length ? demo[0]!.title.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w))! : 'the';
    const ex = await service.search(req(`${demo[0]!.title} -${word}`, { mode: 'semantic', limit: 20 }));
    assert.ok(ex.items.every((h) => !`${h.paper.title} ${h.paper.abstract} ${h.paper.authors.join(' ')}`.toLowerCase().includes(word.toLowerCase())));
    const dated = await service.search(req(demo[0]!.title, { mode: 'hybrid', since: '2025-02-01', until: '2025-02-15', limit: 30 }));
    assert.ok(dated.items.every((h) => h.paper.publishedAt! >= '2025-02-01' && h.paper.publishedAt! <= '2025-02-15'));
  });

  test('hybrid and semantic results sort by date and by upvotes, and page without overlap', async () => {
    const q = demo[5]!.title;
    const byDate = await service.search(req(q, { sort: 'date', limit: 20 }));
    const dates = byDate.items.map((h) => h.paper.publishedAt ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse());
    const byVotes = await service.search(req(q, { mode: 'semantic', sort: 'upvotes', limit: 20 }));
    const votes = byVotes.items.map((h) => h.paper.upvotes);
    assert.deepEqual(votes, [...votes].sort((a, b) => b - a));
    const one = await service.search(req(q, { limit: 10 }));
    const two = await service.search(req(q, { limit: 10, offset: 10 }));
    const ids = new Set(one.items.map((h) => h.paper.id));
    assert.ok(two.items.length > 0 && two.items.every((h) => !ids.has(h.paper.id)));
  });

  test('a query of unknown words finds nothing by meaning, and no query string breaks any mode', async () => {
    assert.equal((await service.search(req('zzqx wvvy', { mode: 'semantic' }))).items.length, 0);
    for (const q of ['', '"', '-', '-only', '***', '"a', 'NEAR(x)', '\u0000', 'x'.repeat(3000)]) {
      for (const mode of ['lexical', 'semantic', 'hybrid'] as const) {
        const r = await service.search(req(q, { mode }));
        assert.ok(Array.isArray(r.items));
      }
    }
  });

  test('new and changed papers are embedded incrementally and found by meaning', async () => {
    const before = (await store.activeEmbeddingModel())!;
    const text = demo[1]!;
    await put(store, [paperInput({ arxivId: '2503.99999', title: `Revisited: ${text.title}`, abstract: text.abstract, categories: text.categories })]);
    assert.equal(await embedNewPapers(store, null), 1);
    await semantic.refresh();
    const r = await service.search(req(text.title, { mode: 'semantic', limit: 5 }));
    assert.ok(r.items.some((h) => h.paper.arxivId === '2503.99999'));
    // A changed abstract is re-embedded; an unchanged paper is not.
    await put(store, [{ arxivId: '2503.99999', version: 2, title: 'Something else entirely', abstract: demo[2]!.abstract }]);
    assert.equal(await embedNewPapers(store, null), 1);
    assert.equal(await embedNewPapers(store, null), 0);
    assert.equal((await store.activeEmbeddingModel())!.id, before.id);
  });

  test('a rebuild swaps in a new model atomically and retires the old one', async () => {
    const old = (await store.activeEmbeddingModel())!;
    const again = await buildSemanticIndex(store, null);
    const now = (await store.activeEmbeddingModel())!;
    assert.notEqual(now.id, old.id);
    assert.equal(now.id, again.modelId);
    assert.equal(now.vectors, await store.countPapers());
    assert.equal(await store.embeddingModel(old.id), null);
    await semantic.refresh();
    assert.equal(semantic.current()?.modelId, now.id);
  });

  test('similar papers come with reasons made of words both papers use', async () => {
    const p = demo[10]!;
    const r = await service.similar(p.id, { limit: 10, sort: 'similarity' });
    assert.equal(r.available, true);
    assert.equal(r.items.length, 10);
    assert.ok(r.items.every((s) => s.paper.id !== p.id));
    const scores = r.items.map((s) => s.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
    const stems = (t: string) => new Set(analyzeStems(t));
    const mine = stems(`${p.title}. ${p.abstract}`);
    for (const s of r.items) {
      assert.ok(s.reason.terms.length > 0, s.paper.title);
      const theirs = stems(`${s.paper.title}. ${s.paper.abstract}`);
      for (const term of s.reason.terms) {
        const st = analyzeStems(term)[0]!;
        assert.ok(mine.has(st) && theirs.has(st), `${term} in both`);
      }
      assert.ok(s.reason.categories.every((c) => p.categories.includes(c) && s.paper.categories.includes(c)));
    }
    const byDate = await service.similar(p.id, { limit: 10, sort: 'date' });
    const dates = byDate.items.map((s) => s.paper.publishedAt ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse());
    await assert.rejects(service.similar('nope', { limit: 5, sort: 'similarity' }), /no paper/);
  });
});
