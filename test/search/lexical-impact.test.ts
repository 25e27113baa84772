// SQLite only: the impact-ordered accelerator reads FTS5's own index (PostgreSQL has no buildLexicalIndex).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { snapshotLines } from '../../bench/gen-snapshot.ts';
import type { PaperInput } from '../../src/core/paper.ts';
import type { Db } from '../../src/db/sqlite/open.ts';
import { mapSnapshotRecord } from '../../src/importers/formats/arxiv-snapshot.ts';
import { parseQuery, toFtsMatch } from '../../src/search/fts-query.ts';
import { createLexicalAccelerator, type LexicalAccelerator } from '../../src/search/lexical/accelerator.ts';
import { decodeTiers } from '../../src/search/lexical/block-codec.ts';
import { buildImpactIndex } from '../../src/search/lexical/impact-build.ts';
import { topK, type MatchCount } from '../../src/search/lexical/impact-search.ts';
import { BLOCK_BYTES, openIndexReader } from '../../src/search/lexical/index-reader.ts';
import { MAX_EXPANSIONS } from '../../src/search/lexical/schema.ts';
import type { RankedId } from '../../src/search/types.ts';
import { put, testStore } from '../helpers/store.ts';

/** Synthetic arXiv records (the benchmark generator), written through the real import path. */
async function corpus(n: number, seed: number) {
  const store = testStore();
  const records: PaperInput[] = [...snapshotLines(n, seed)].map((l) => mapSnapshotRecord(JSON.parse(l)));
  for (let i = 0; i < records.length; i += 500) await put(store, records.slice(i, i + 500));
  return { store, db: store.db, records };
}

function rng(seed: number): () => number {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

/** Query words drawn from the corpus: common ones (top of the frequency list) and rare ones. */
function wordPools(db: Db): { common: string[]; rare: string[] } {
  const counts = new Map<string, number>();
  const texts = db.prepare('SELECT title || \' \' || abstract FROM papers').pluck().all() as string[];
  for (const t of texts) for (const w of t.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length > 1) counts.set(w, (counts.get(w) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  return { common: sorted.slice(0, 80), rare: sorted.filter((w) => counts.get(w)! <= 3 && /\p{L}/u.test(w)).slice(0, 400) };
}

interface Query { input: string; prefix: boolean }

function randomQueries(db: Db, count: number, seed: number): Query[] {
  const { common, rare } = wordPools(db);
  const r = rng(seed);
  const pick = (a: string[]) => a[Math.floor(r() * a.length)];
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 1 + Math.floor(r() * 4) }, () => (r() < 0.75 ? pick(common) : pick(rare)));
    const prefix = r() < 0.5;
    if (prefix) {
      const last = words[words.length - 1];
      words[words.length - 1] = last.slice(0, Math.max(2, Math.ceil(last.length * (0.3 + 0.7 * r()))));
    }
    return { input: words.join(' '), prefix };
  });
}

/** ANDs of three or four common words: many tier combinations per query, all with matches. */
function commonQueries(db: Db, count: number, seed: number): Query[] {
  const { common } = wordPools(db);
  const r = rng(seed);
  return Array.from({ length: count }, () => ({
    input: Array.from({ length: 3 + Math.floor(r() * 2) }, () => common[Math.floor(r() * 40)]).join(' '), prefix: false,
  }));
}

function ftsTop(db: Db, q: Query, k = 10): RankedId[] {
  const match = toFtsMatch(q.input, q.prefix);
  if (!match) return [];
  return (db.prepare('SELECT rowid, bm25(papers_fts, 10.0, 4.0, 1.0) AS r FROM papers_fts WHERE papers_fts MATCH ? ORDER BY r LIMIT ?')
    .raw().all(match, k) as Array<[number, number]>).map(([rowid, r]) => ({ rowid, score: -r }));
}

function ftsCount(db: Db, q: Query): number {
  const match = toFtsMatch(q.input, q.prefix);
  return match ? db.prepare('SELECT count(*) FROM papers_fts WHERE papers_fts MATCH ?').pluck().get(match) as number : 0;
}

/**
 * Same ranking as FTS5: equal scores rank by rank (1e-6 relative) and equal rowids, except rows
 * tied with the k-th score, where either side may have picked any of the tied rows.
 */
function assertSameTop(mine: RankedId[], ref: RankedId[], label: string): void {
  assert.equal(mine.length, ref.length, `${label}: result count`);
  assert.equal(new Set(mine.map((m) => m.rowid)).size, mine.length, `${label}: a row listed twice`);
  const close = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b));
  ref.forEach((r, i) => assert.ok(close(mine[i].score, r.score, 1e-6), `${label}: score ${i}: ${mine[i].score} vs ${r.score}`));
  const last = ref.at(-1)?.score ?? 0;
  const refIds = new Set(ref.map((r) => r.rowid));
  for (const m of mine) if (!refIds.has(m.rowid)) assert.ok(close(m.score, last, 1e-9), `${label}: rowid ${m.rowid} not in FTS5's top`);
  ref.forEach((r, i) => {
    if (mine[i].rowid !== r.rowid) assert.ok(close(mine[i].score, r.score, 1e-9), `${label}: rank ${i} differs without a tie`);
  });
}

/**
 * Compares every query; a null answer is only allowed for a prefix with too many expansions.
 * `pruned` turns off scoring small intersections row by row, which would otherwise answer every
 * AND on a corpus this small, so the tiered block-max search is what gets compared.
 */
function compareAll(db: Db, acc: LexicalAccelerator, queries: Query[], pruned = false): { answered: number; nulls: number } {
  let answered = 0;
  let nulls = 0;
  for (const q of queries) {
    const count: MatchCount = { rows: -1, atLeast: false };
    const mine = acc.search(parseQuery(q.input), 10, { prefixLast: q.prefix, smallIntersection: pruned ? 0 : undefined, count });
    if (mine === null) {
      nulls++;
      assert.ok(q.prefix, `${q.input}: only an over-wide prefix may be refused`);
      continue;
    }
    assertSameTop(mine, ftsTop(db, q), q.input);
    // The count that spares the service a second query: exact, or a true lower bound when flagged.
    const truth = ftsCount(db, q);
    if (count.atLeast) assert.ok(count.rows <= truth, `${q.input}: at least ${count.rows} but ${truth} match`);
    else assert.equal(count.rows, truth, `${q.input}: match count`);
    answered++;
  }
  return { answered, nulls };
}

test('top 10 and scores equal FTS5 bm25(10, 4, 1) on random queries, with every storage path', async () => {
  const { db } = await corpus(2500, 11);
  const acc = createLexicalAccelerator(db);
  const queries = randomQueries(db, 300, 5);

  const defaults = await acc.build();
  assert.equal(defaults.rows, 2500);
  const a = compareAll(db, acc, queries);
  assert.ok(a.answered > 250, `answered ${a.answered}`);
  compareAll(db, acc, queries, true);

  // Thresholds lowered so this small corpus has tiers, bitmap tiers and merged prefix ranges.
  const small = await buildImpactIndex(db, undefined, { minTier: 8, denseShare: 1 / 16, mergeMinPostings: 40 });
  assert.ok(small.mergedRanges > 0, 'some prefix ranges merged');
  const tiers = (db.prepare('SELECT skip FROM lex_terms').pluck().all() as Buffer[]).map(decodeTiers);
  assert.ok(tiers.some((t) => t.length === 4), 'some terms have four tiers');
  assert.ok(tiers.some((t) => t.some((x) => x.dense)) && tiers.some((t) => t.some((x) => !x.dense)), 'dense and block tiers');
  const b = compareAll(db, acc, queries);
  assert.equal(b.answered, a.answered);
  compareAll(db, acc, queries, true);
  compareAll(db, acc, commonQueries(db, 150, 6), true);
});

test('decoded blocks and chunks read the same through caches that evict on every few reads', async () => {
  const { db } = await corpus(1500, 21);
  await buildImpactIndex(db, undefined, { minTier: 8, denseShare: 1 / 16, mergeMinPostings: 40 });
  const roomy = openIndexReader(db)!;
  // Room for two blocks and one chunk: nearly every read below evicts, and reads repeat out of order.
  const tight = openIndexReader(db, { blocks: 2 * BLOCK_BYTES, chunks: 30_000 })!;
  const terms = (db.prepare('SELECT term FROM lex_terms ORDER BY df DESC LIMIT 60').pluck().all() as string[]);
  const reads: Array<() => void> = [];
  let dense = 0;
  for (const term of terms) {
    const a = roomy.term(term)!;
    const b = tight.term(term)!;
    a.tiers.forEach((tier, t) => {
      if (tier.dense) {
        dense++;
        reads.push(() => {
          const x = roomy.chunk(a, t, 0)!;
          const y = tight.chunk(b, t, 0)!;
          assert.deepEqual([...y.words], [...x.words], `${term} tier ${t} chunk`);
          assert.deepEqual([...y.freqs], [...x.freqs], `${term} tier ${t} chunk freqs`);
          assert.equal(tight.chunk(b, t, 5), null, 'no chunk past the rows');
        });
        return;
      }
      for (let no = 0; no < tier.lastRowid.length; no++) {
        reads.push(() => {
          const x = roomy.block(a, t, no);
          const y = tight.block(b, t, no);
          assert.equal(y.count, x.count);
          assert.deepEqual([...y.rowids.subarray(0, y.count)], [...x.rowids.subarray(0, x.count)], `${term} tier ${t} block ${no}`);
          assert.deepEqual([...y.freqs.subarray(0, y.count)], [...x.freqs.subarray(0, x.count)]);
        });
      }
    });
  }
  assert.ok(dense > 0 && reads.length > dense + 20, `dense tiers ${dense}, reads ${reads.length}`);
  const r = rng(3);
  for (let i = 0; i < 3 * reads.length; i++) reads[Math.floor(r() * reads.length)]!();
});

test('the formula is FTS5\'s: single-term contributions equal bm25() exactly or to one ulp', async () => {
  const { db } = await corpus(600, 3);
  await buildImpactIndex(db);
  for (const term of ['model', 'languag', 'the', 'graph']) {
    const mine = topK(db, [term], 50)!;
    const ref = ftsTop(db, { input: term, prefix: false }, 50);
    assertSameTop(mine, ref, term);
    for (const [i, r] of ref.entries()) assert.ok(Math.abs(mine[i].score - r.score) <= 4e-16 * r.score, `${term}: ${mine[i].score} vs ${r.score}`);
  }
});

test('prefixes are stemmed and expanded as FTS5 does', async () => {
  const { db } = await corpus(1500, 21);
  const acc = createLexicalAccelerator(db);
  await acc.build();
  for (const input of ['networks', 'learning', 'modeling', 'transf', 'neural netw', 'diffusion mod', 'graph neural networ']) {
    assertSameTop(acc.search(parseQuery(input), 10)!, ftsTop(db, { input, prefix: true }), input);
  }
});

test('papers added, changed or deleted after the build are ranked exactly as FTS5 ranks them', async () => {
  const { store, db, records } = await corpus(2000, 7);
  const acc = createLexicalAccelerator(db);
  await acc.build();
  const queries = randomQueries(db, 150, 9);

  // New papers (past the covered rowid), some with a word nobody else uses.
  const fresh = [...snapshotLines(2300, 8)].slice(2000).map((l) => mapSnapshotRecord(JSON.parse(l)));
  fresh.forEach((p, i) => { if (i % 50 === 0) p.title = `Quokkanet ${p.title}`; });
  await put(store, fresh);
  // Changed papers (covered, new text): a new version with a rewritten title.
  const changed = records.slice(100, 140).map((p, i) => ({ ...p, version: (p.version ?? 1) + 1, title: `${i % 2 ? 'Quokkanet' : 'Graph'} revisited: ${p.abstract?.slice(0, 40) ?? ''}` }));
  await put(store, changed);
  // A deleted paper, the way a delete path would do it: FTS row out, then the paper.
  const gone = db.prepare('SELECT rowid, title, authors_text, abstract FROM papers WHERE rowid = 5').get() as Record<string, unknown>;
  db.prepare("INSERT INTO papers_fts (papers_fts, rowid, title, authors_text, abstract) VALUES ('delete', ?, ?, ?, ?)")
    .run(gone.rowid, gone.title, gone.authors_text, gone.abstract);
  db.prepare('DELETE FROM papers WHERE rowid = 5').run();

  const found = acc.search(parseQuery('quokkanet'), 100)!;
  assert.equal(found.length, ftsTop(db, { input: 'quokkanet', prefix: false }, 100).length);
  assert.ok(found.length >= 20);
  assert.ok(found.some((h) => h.rowid > 2000) && found.some((h) => h.rowid <= 2000), 'new and changed papers');
  compareAll(db, acc, queries);
  compareAll(db, acc, queries, true);
  compareAll(db, acc, [{ input: 'graph revisited', prefix: false }, { input: 'quokkanet graph', prefix: true }]);

  // More changes after the first sync are picked up incrementally.
  await put(store, [{ ...fresh[1], version: 9, title: 'Quokkanet once more' }]);
  assertSameTop(acc.search(parseQuery('quokkanet once'), 10)!, ftsTop(db, { input: 'quokkanet once', prefix: true }), 'after resync');

  // A rebuild folds everything in; the delta is empty again and results stay the same.
  await acc.build();
  assert.equal(db.prepare('SELECT count(*) FROM lex_changed').pluck().get(), 0);
  compareAll(db, acc, queries);
});

test('queries the accelerator cannot answer exactly return null', async () => {
  const { store, db } = await corpus(800, 13);
  const acc = createLexicalAccelerator(db);
  assert.equal(acc.isBuilt(), false);
  assert.equal(acc.search(parseQuery('model'), 10), null, 'no index yet');
  await acc.build();
  assert.equal(acc.isBuilt(), true);
  assert.equal(acc.search(parseQuery('"language model"'), 10), null, 'phrase');
  assert.equal(acc.search(parseQuery('model -"graph neural"'), 10), null, 'an excluded phrase');
  assert.equal(acc.search(parseQuery(''), 10), null, 'nothing to search');
  const wide = db.prepare("SELECT count(*) FROM lex_terms WHERE term >= 'c' AND term < 'd'").pluck().get() as number;
  assert.ok(wide > MAX_EXPANSIONS);
  assert.equal(acc.search(parseQuery('model c'), 10), null, 'prefix with too many expansions');
  assert.deepEqual(acc.search(parseQuery('model zzqqxxnotaword'), 10, { prefixLast: false }), [], 'a missing term: no match, as in FTS5');
  assert.ok(topK(db, ['model'], 10, { deltaLimit: 0 }) !== null, 'nothing changed yet');
  await put(store, [...snapshotLines(900, 14)].slice(800).map((l) => mapSnapshotRecord(JSON.parse(l))));
  assert.equal(topK(db, ['model'], 10, { deltaLimit: 10 }), null, 'too many papers since the build');
});

/** Queries with one to four excluded words, common or rare, some excluding most of the matches. */
function exclusionQueries(db: Db, count: number, seed: number): Query[] {
  const { common, rare } = wordPools(db);
  const r = rng(seed);
  const pick = (a: string[]) => a[Math.floor(r() * a.length)];
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 1 + Math.floor(r() * 2) }, () => pick(common.slice(0, 30)));
    const excluded = Array.from({ length: 1 + Math.floor(r() * (r() < 0.8 ? 2 : 4)) }, () => (r() < 0.7 ? pick(common) : pick(rare)));
    const prefix = r() < 0.4;
    return { input: `${excluded.map((x) => `-${x}`).join(' ')} ${words.join(' ')}`, prefix };
  });
}

test('excluded words: the same top 10 and count as FTS5 NOT, before and after papers change', async () => {
  const { store, db, records } = await corpus(2500, 19);
  const acc = createLexicalAccelerator(db);
  await acc.build();
  const queries = [...exclusionQueries(db, 100, 23), { input: 'model -model', prefix: false }, { input: 'model -model', prefix: true },
    { input: '-the model', prefix: false }, { input: 'model -zzqqxxnotaword', prefix: false }];
  const check = () => {
    let exact = 0;
    let refused = 0;
    for (const q of queries) {
      for (const k of [10, 40]) {
        const count: MatchCount = { rows: -1, atLeast: false };
        const mine = acc.search(parseQuery(q.input), k, { prefixLast: q.prefix, count });
        // Refusing is allowed only for an exclusion that removes nearly every match (FTS5 answers those).
        if (mine === null) { refused++; continue; }
        assertSameTop(mine, ftsTop(db, q, k), `${q.input} (top ${k})`);
        const truth = ftsCount(db, q);
        if (count.atLeast) assert.ok(count.rows <= truth && count.rows >= mine.length, `${q.input}: at least ${count.rows} but ${truth} match`);
        else { assert.equal(count.rows, truth, `${q.input}: match count`); exact++; }
      }
    }
    assert.ok(refused <= queries.length / 10, `refused ${refused} of ${queries.length * 2}`);
    return exact;
  };
  assert.ok(check() > 150, 'most counts are exact');
  // A caller that counts only to 50 ("1,000+" on the site) gets a true lower bound past it, from row counts alone.
  let bounded = 0;
  for (const q of queries) {
    const count: MatchCount = { rows: -1, atLeast: false };
    if (!acc.search(parseQuery(q.input), 10, { prefixLast: q.prefix, count, countEnough: 50 })) continue;
    const truth = ftsCount(db, q);
    if (count.atLeast) { assert.ok(count.rows <= truth, `${q.input}: at least ${count.rows} but ${truth} match`); bounded += count.rows > 50 ? 1 : 0; }
    else assert.equal(count.rows, truth, q.input);
  }
  assert.ok(bounded > 10, `${bounded} counts stopped early`);
  assert.deepEqual(acc.search(parseQuery('model -model'), 10, { prefixLast: false }), []);
  // Changed and new papers after the build: the delta ranks them, FTS5 decides their exclusion.
  const { common } = wordPools(db);
  const changed = records.slice(0, 60).map((p, i) => ({ ...p, abstract: `${p.abstract} ${common[i % 20]} ${common[(i * 7) % 40]}` }));
  await put(store, [...changed, ...[...snapshotLines(2700, 19)].slice(2500).map((l) => mapSnapshotRecord(JSON.parse(l)))]);
  assert.ok((db.prepare('SELECT count(*) FROM lex_changed').pluck().get() as number) >= 60);
  check();
});

test('an index built on an empty database answers from the delta alone', async () => {
  const store = testStore();
  const acc = createLexicalAccelerator(store.db);
  const summary = await acc.build();
  assert.equal(summary.terms, 0);
  assert.deepEqual(acc.search(parseQuery('graph'), 10), []);
  await put(store, [...snapshotLines(150, 31)].map((l) => mapSnapshotRecord(JSON.parse(l))));
  for (const input of ['graph', 'language model', 'neural netw', 'the']) {
    assertSameTop(acc.search(parseQuery(input), 10)!, ftsTop(store.db, { input, prefix: true }), input);
  }
});

test('a rebuild swaps in atomically: other connections see the old index or the new one, never half', async () => {
  const { store, db } = await corpus(2500, 17);
  const acc = createLexicalAccelerator(db);
  await acc.build();
  const queries = randomQueries(db, 40, 3);
  await put(store, [...snapshotLines(2700, 18)].slice(2500).map((l) => mapSnapshotRecord(JSON.parse(l))));
  const pinned = new Database(db.name) as Db;
  const pinnedAcc = createLexicalAccelerator(pinned);
  const third = new Database(db.name) as Db;
  const thirdAcc = createLexicalAccelerator(third);

  // A read transaction opened before the rebuild keeps its snapshot: the old index, whole.
  pinned.exec('BEGIN');
  const before = pinned.prepare('SELECT generation FROM lex_meta').pluck().get() as number;
  let checks = 0;
  const summary = await acc.build(() => {
    // Meanwhile a third connection searches, exactly, while the new tables are being written.
    for (const q of queries.slice(checks % 8 * 5, checks % 8 * 5 + 5)) {
      assertSameTop(thirdAcc.search(parseQuery(q.input), 10, { prefixLast: q.prefix }) ?? ftsTop(third, q), ftsTop(third, q), q.input);
    }
    checks++;
  });
  assert.ok(checks > 2);
  assert.equal(summary.generation, before + 1);
  assert.equal(pinned.prepare('SELECT generation FROM lex_meta').pluck().get(), before, 'old generation inside the old snapshot');
  compareAll(pinned, pinnedAcc, queries);
  pinned.exec('COMMIT');
  assert.equal(pinned.prepare('SELECT generation FROM lex_meta').pluck().get(), before + 1);
  compareAll(pinned, pinnedAcc, queries);
  const leftovers = pinned.prepare("SELECT name FROM sqlite_schema WHERE name LIKE 'lex_%_next' OR name LIKE 'lex_%_old'").pluck().all();
  assert.deepEqual(leftovers, []);
  pinned.close();
  third.close();
});
