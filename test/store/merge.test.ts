import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { paperInput, put, storeDialects, testStore } from '../helpers/store.ts';

// The merge rules on every store: both run the shared plan in src/db/shared/upsert-plan.ts.
for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('a title-only paper and its later arXiv record become one, keeping the richer fields', async () => {
    const store = await dialect.open();
    const [first] = await put(store, [{
      title: 'Tilus: A Virtual Machine for Arbitrary Low-Precision GPGPU Computation',
      abstract: 'Short abstract from a listing page.',
      authorCount: 8, organization: 'Example Lab', upvotes: 12, publishedAt: '2025-04-17',
    }], 'hf-listing');
    assert.equal(first, 'inserted');
    const titleOnly = await store.getPaper('2504.11111');
    assert.equal(titleOnly, null);
    const listed = (await store.listPapers({})).items[0];
    assert.match(listed.id, /^t-[0-9a-f]{12}$/);

    const [second] = await put(store, [{
      arxivId: '2504.11111v2',
      title: 'Tilus: a virtual machine for arbitrary low-precision GPGPU computation.',
      abstract: 'A much longer abstract from arXiv that says more about the virtual machine and its results.',
      authors: ['A. One', 'B. Two', 'C. Three'], categories: ['cs.LG', 'cs.AR'], publishedAt: '2025-04-16',
      upvotes: 3,
    }], 'arxiv-atom');
    assert.equal(second, 'merged');
    assert.equal(await store.countPapers(), 1);
    const merged = await store.getPaper('2504.11111');
    assert.ok(merged);
    assert.equal(merged.id, '2504.11111');
    assert.equal(merged.version, 2);
    // arXiv's versioned record is the authority for the title of the paper it versions.
    assert.equal(merged.title, 'Tilus: a virtual machine for arbitrary low-precision GPGPU computation.');
    assert.match(merged.abstract, /much longer/);
    assert.deepEqual(merged.authors, ['A. One', 'B. Two', 'C. Three']);
    assert.equal(merged.authorCount, 8, 'the listing said 8 authors; the count is kept');
    assert.equal(merged.organization, 'Example Lab');
    assert.equal(merged.upvotes, 12);
    assert.equal(merged.publishedAt, '2025-04-16', 'earliest known publication date');
    assert.equal(merged.links.arxiv, 'https://arxiv.org/abs/2504.11111');
    assert.equal(merged.provenance.organization?.source, 'hf-listing');
    assert.equal(merged.provenance.abstract?.source, 'arxiv-atom');
    // The former title id still resolves.
    assert.equal((await store.getPaper(listed.id))?.id, '2504.11111');
    assert.equal((await store.getPaper('2504.11111v1'))?.id, '2504.11111');
  });

  test('an arXiv paper absorbs a later title-only record of it instead of duplicating', async () => {
    const store = await dialect.open();
    await put(store, [paperInput({ arxivId: '2501.00001', title: 'Quantized Kernels at Scale' })]);
    const [o] = await put(store, [{ title: 'QUANTIZED KERNELS AT SCALE', organization: 'Org', upvotes: 40 }], 'hf-listing');
    assert.equal(o, 'merged');
    assert.equal(await store.countPapers(), 1);
    const p = await store.getPaper('2501.00001');
    assert.equal(p?.organization, 'Org');
    assert.equal(p?.upvotes, 40);
  });

  test('a new arXiv version updates the paper and never duplicates it', async () => {
    const store = await dialect.open();
    await put(store, [paperInput({ arxivId: '2502.00002v1', title: 'Old Title', abstract: 'Old abstract that is long enough.', updatedAt: '2025-02-01', publishedAt: '2025-02-01' })]);
    const [o] = await put(store, [paperInput({ arxivId: '2502.00002v2', title: 'New Title', abstract: 'New.', updatedAt: '2025-03-01', publishedAt: '2025-02-01' })]);
    assert.equal(o, 'updated');
    assert.equal(await store.countPapers(), 1);
    const p = await store.getPaper('2502.00002');
    assert.equal(p?.version, 2);
    assert.equal(p?.title, 'New Title');
    assert.equal(p?.abstract, 'New.', 'a newer version replaces the abstract even when shorter');
    assert.equal(p?.updatedAt, '2025-03-01');
    // An older version arriving later changes nothing it should not.
    const [again] = await put(store, [paperInput({ arxivId: '2502.00002v1', title: 'Old Title', abstract: 'Old.', publishedAt: '2025-02-01' })]);
    assert.equal(again, 'unchanged');
    assert.equal((await store.getPaper('2502.00002'))?.title, 'New Title');
  });

  test('re-importing the same records changes nothing', async () => {
    const store = await dialect.open();
    const batch = [paperInput({ arxivId: '2503.00001' }), paperInput(), paperInput({ upvotes: 5 })];
    assert.deepEqual(await put(store, batch), ['inserted', 'inserted', 'inserted']);
    assert.deepEqual(await put(store, batch), ['unchanged', 'unchanged', 'unchanged']);
    assert.equal(await store.countPapers(), 3);
  });

  test('daily date falls back to publication date until a source gives one', async () => {
    const store = await dialect.open();
    await put(store, [paperInput({ arxivId: '2504.00003', publishedAt: '2025-04-01' })]);
    assert.equal((await store.getPaper('2504.00003'))?.submittedOnDailyAt, '2025-04-01');
    await put(store, [paperInput({ arxivId: '2504.00003', publishedAt: '2025-04-01', submittedOnDailyAt: '2025-04-03' })], 'hf-daily');
    const p = await store.getPaper('2504.00003');
    assert.equal(p?.submittedOnDailyAt, '2025-04-03');
    assert.equal(p?.provenance.submittedOnDailyAt?.source, 'hf-daily');
    // A second daily appearance keeps the first day it entered the feed.
    await put(store, [paperInput({ arxivId: '2504.00003', submittedOnDailyAt: '2025-04-09' })], 'hf-daily');
    assert.equal((await store.getPaper('2504.00003'))?.submittedOnDailyAt, '2025-04-03');
  });

  test('list filters by dates, category and author; search stays in sync with updates', async () => {
    const store = await dialect.open();
    await put(store, [
      paperInput({ arxivId: '2505.00001', publishedAt: '2025-05-01', categories: ['cs.AR', 'cs.LG'], authors: ['José Müller'] }),
      paperInput({ arxivId: '2505.00002', publishedAt: '2025-05-03', categories: ['cs.LG'] }),
      paperInput({ arxivId: '2505.00003', publishedAt: '2025-05-05', categories: ['cs.CV'] }),
    ]);
    assert.deepEqual((await store.listPapers({ since: '2025-05-02' })).items.map((p) => p.arxivId), ['2505.00003', '2505.00002']);
    assert.deepEqual((await store.listPapers({ category: 'cs.AR' })).items.map((p) => p.arxivId), ['2505.00001']);
    assert.deepEqual((await store.listPapers({ author: 'jose muller' })).items.map((p) => p.arxivId), ['2505.00001']);
    const found = async (q: string) => (await store.search({ query: q, limit: 10, offset: 0 })).items.map((h) => h.paper.arxivId);
    assert.deepEqual(await found('muller'), ['2505.00001'], 'diacritics fold in the index and the query');
    await put(store, [paperInput({ arxivId: '2505.00001v2', title: 'Renamed Systolic Array Paper', publishedAt: '2025-05-01', categories: ['cs.DC'] })]);
    assert.deepEqual(await found('systolic'), ['2505.00001']);
    assert.deepEqual((await store.listPapers({ category: 'cs.DC' })).items.map((p) => p.arxivId), ['2505.00001']);
  });

  test('one batch that inserts and changes the same paper leaves search exact', async () => {
    const store = await dialect.open();
    await put(store, [paperInput({ arxivId: '2506.00001v1', title: 'Original Kernel Title', abstract: 'first words here' })]);
    await put(store, [
      paperInput({ arxivId: '2506.00001v2', title: 'Second Kernel Title', abstract: 'second words here' }),
      paperInput({ arxivId: '2506.00001v3', title: 'Third Kernel Title', abstract: 'third words here' }),
      paperInput({ arxivId: '2506.00002v1', title: 'Fresh Paper', abstract: 'fresh words' }),
      paperInput({ arxivId: '2506.00002v2', title: 'Fresher Paper', abstract: 'fresher words' }),
    ]);
    const count = async (q: string) => (await store.searchRowids({ query: q, limit: 10, offset: 0, matchAny: false })).total;
    assert.equal(await count('third'), 1);
    assert.equal(await count('original'), 0);
    assert.equal(await count('second'), 0);
    assert.equal(await count('fresher'), 1);
    assert.equal(await count('"fresh paper"'), 0);
  });
});

// FTS5's own index checked directly: SQLite only (PostgreSQL's tsvector is a column of the row).
test('list filters by dates, category and author; FTS stays in sync with updates', async () => {
  const store = testStore();
  await put(store, [
    paperInput({ arxivId: '2505.00001', publishedAt: '2025-05-01', categories: ['cs.AR', 'cs.LG'], authors: ['José Müller'] }),
    paperInput({ arxivId: '2505.00002', publishedAt: '2025-05-03', categories: ['cs.LG'] }),
    paperInput({ arxivId: '2505.00003', publishedAt: '2025-05-05', categories: ['cs.CV'] }),
  ]);
  assert.deepEqual((await store.listPapers({ since: '2025-05-02' })).items.map((p) => p.arxivId), ['2505.00003', '2505.00002']);
  assert.deepEqual((await store.listPapers({ category: 'cs.AR' })).items.map((p) => p.arxivId), ['2505.00001']);
  assert.deepEqual((await store.listPapers({ author: 'jose muller' })).items.map((p) => p.arxivId), ['2505.00001']);
  await put(store, [paperInput({ arxivId: '2505.00001v2', title: 'Renamed Systolic Array Paper', publishedAt: '2025-05-01' })]);
  const db = store.db;
  const hits = db.prepare("SELECT rowid FROM papers_fts WHERE papers_fts MATCH 'systolic'").all();
  assert.equal(hits.length, 1);
  const integrity = db.prepare("INSERT INTO papers_fts(papers_fts, rank) VALUES ('integrity-check', 1)").run();
  assert.ok(integrity);
});

test('one batch that inserts and changes the same paper keeps the FTS index exact', async () => {
  const store = testStore();
  await put(store, [paperInput({ arxivId: '2506.00001v1', title: 'Original Kernel Title', abstract: 'first words here' })]);
  await put(store, [
    paperInput({ arxivId: '2506.00001v2', title: 'Second Kernel Title', abstract: 'second words here' }),
    paperInput({ arxivId: '2506.00001v3', title: 'Third Kernel Title', abstract: 'third words here' }),
    paperInput({ arxivId: '2506.00002v1', title: 'Fresh Paper', abstract: 'fresh words' }),
    paperInput({ arxivId: '2506.00002v2', title: 'Fresher Paper', abstract: 'fresher words' }),
  ]);
  const db = store.db;
  db.prepare("INSERT INTO papers_fts(papers_fts, rank) VALUES ('integrity-check', 1)").run();
  const match = (q: string) => db.prepare('SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?').all(q).length;
  assert.equal(match('third'), 1);
  assert.equal(match('original OR second'), 0);
  assert.equal(match('fresher'), 1);
  assert.equal(match('"fresh paper"'), 0);
});
