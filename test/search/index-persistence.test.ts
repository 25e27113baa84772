import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { buildSemanticIndex } from '../../src/search/semantic/indexer.ts';
import { SemanticIndex } from '../../src/search/semantic/semantic-index.ts';
import { directoryGraphCache, type GraphCache } from '../../src/search/semantic/graph-cache.ts';
import { HnswIndex } from '../../src/search/semantic/hnsw-index.ts';
import { graphCacheFor } from '../../src/search/open-search.ts';
import { PostgresStore } from '../../src/db/postgres/postgres-store.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { storeDialects } from '../helpers/store.ts';
import type { Store } from '../../src/db/store.ts';

// Vectors come from the store, so the saved-graph cache works the same over SQLite and PostgreSQL.
for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  let store: Store;
  before(async () => {
    store = await dialect.open();
    await loadDemo(store, '2025-03-03', 600);
    await buildSemanticIndex(store, null);
  });

  test('a built HNSW graph is saved beside the database and reloaded instead of rebuilt', async () => {
    const cacheDir = join(tmpDir(), 'ann');
    const first = new SemanticIndex(store, { endpoint: null, kind: 'hnsw', graphs: directoryGraphCache(cacheDir) });
    const a = (await first.ready())!;
    assert.equal(a.index.kind, 'hnsw');
    assert.ok(existsSync(join(cacheDir, `model-${a.modelId}.hnsw`)));
    const second = new SemanticIndex(store, { endpoint: null, kind: 'hnsw', graphs: directoryGraphCache(cacheDir) });
    const b = (await second.ready())!;
    assert.equal(b.index.size, a.index.size);
    assert.equal(b.lastSeq, a.lastSeq);
    const [q] = await b.provider.embed(['attention kernels on GPUs']);
    assert.deepEqual(b.index.search(q!, 10).map((h) => h.rowid), a.index.search(q!, 10).map((h) => h.rowid));
    // A rebuild's graph replaces the retired model's files.
    await buildSemanticIndex(store, null);
    const c = (await new SemanticIndex(store, { endpoint: null, kind: 'hnsw', graphs: directoryGraphCache(cacheDir) }).ready())!;
    assert.notEqual(c.modelId, a.modelId);
    assert.deepEqual(readdirSync(cacheDir).filter((f) => f.endsWith('.hnsw')), [`model-${c.modelId}.hnsw`]);
    // A process still holding the retired model saves nothing over the newer graph.
    await directoryGraphCache(cacheDir).save(a.modelId, a.index as HnswIndex, a.lastSeq);
    assert.deepEqual(readdirSync(cacheDir).filter((f) => f.endsWith('.hnsw')), [`model-${c.modelId}.hnsw`]);
  });

  test('the graph one process built is loaded by the next process on the same database, not rebuilt', async () => {
    const logs: string[] = [];
    const log = (m: string) => logs.push(m);
    const built = (await new SemanticIndex(store, { endpoint: null, kind: 'hnsw', graphs: graphCacheFor(store, log), log }).ready())!;
    assert.ok(logs.some((m) => m.includes('hnsw)')), logs.join('\n'));
    const other = await dialect.reopen(store);
    logs.length = 0;
    const loaded = (await new SemanticIndex(other, { endpoint: null, kind: 'hnsw', graphs: graphCacheFor(other, log), log }).ready())!;
    assert.ok(logs.some((m) => m.includes(', saved graph)')), logs.join('\n'));
    assert.equal(loaded.index.size, built.index.size);
    assert.equal(loaded.lastSeq, built.lastSeq);
    const [q] = await loaded.provider.embed(['low-bit quantization of transformer weights']);
    assert.deepEqual(loaded.index.search(q!, 10).map((h) => h.rowid), built.index.search(q!, 10).map((h) => h.rowid));
  });

  if (dialect.name === 'postgres') test('PostgreSQL keeps one saved graph; a stale save loses, damaged chunks mean a rebuild', async () => {
    const pg = store as PostgresStore;
    const cache = graphCacheFor(pg)!;
    const a = (await new SemanticIndex(pg, { endpoint: null, kind: 'hnsw', graphs: cache }).ready())!;
    const head = async () => (await pg.pool.query<{ model_id: number; last_seq: string }>('SELECT model_id, last_seq FROM semantic_graphs')).rows;
    assert.deepEqual((await head()).map((r) => r.model_id), [a.modelId]);
    // Another server saving the same or an older graph meanwhile changes nothing.
    assert.equal(await pg.graphs.save(a.modelId, a.lastSeq, []), false);
    assert.equal((await pg.pool.query('SELECT count(*)::int AS n FROM semantic_graph_chunks WHERE model_id = $1', [a.modelId])).rows[0].n >= 3, true);
    await pg.pool.query(`UPDATE semantic_graph_chunks SET data = '\\x00'::bytea WHERE part = 'graph'`);
    const logs: string[] = [];
    const again = (await new SemanticIndex(pg, { endpoint: null, kind: 'hnsw', graphs: graphCacheFor(pg, (m) => logs.push(m)), log: (m) => logs.push(m) }).ready())!;
    assert.equal(again.index.size, a.index.size);
    assert.ok(!logs.some((m) => m.includes(', saved graph)')), logs.join('\n'));
    // The rebuilt graph took the damaged one's place.
    logs.length = 0;
    await new SemanticIndex(pg, { endpoint: null, kind: 'hnsw', graphs: cache, log: (m) => logs.push(m) }).ready();
    assert.ok(logs.some((m) => m.includes(', saved graph)')), logs.join('\n'));
    // A new model's graph replaces the retired one's.
    await buildSemanticIndex(pg, null);
    const b = (await new SemanticIndex(pg, { endpoint: null, kind: 'hnsw', graphs: cache }).ready())!;
    const saved = await new SemanticIndex(pg, { endpoint: null, kind: 'hnsw', graphs: cache }).ready();
    assert.equal(saved!.index.size, b.index.size);
    assert.deepEqual((await head()).map((r) => r.model_id), [b.modelId]);
    // A server still on the retired model cannot remove the newer graph by saving its own.
    await cache.save(a.modelId, a.index as HnswIndex, a.lastSeq + 1000);
    assert.deepEqual((await head()).map((r) => r.model_id), [b.modelId]);
  });

  test('a graph being built gives the event loop a turn between small slices of vectors', async () => {
    const adds: number[] = [];
    let turns = 0;
    const between: number[] = [];
    // A cache whose "saved" graph is empty and covers nothing, so every vector is added through it.
    const probe: GraphCache = {
      async load() {
        const info = (await store.activeEmbeddingModel())!;
        const index = HnswIndex.create(info.dim, info.vectors);
        const add = index.add.bind(index);
        index.add = (rowids, vectors) => { adds.push(vectors.length); between.push(turns); add(rowids, vectors); };
        return { index, lastSeq: 0 };
      },
      async save() {},
    };
    const tick = () => { turns++; if (pending) setImmediate(tick); };
    let pending = true;
    setImmediate(tick);
    const loaded = (await new SemanticIndex(store, { endpoint: null, graphs: probe }).ready())!;
    pending = false;
    assert.ok(adds.length >= 4, `only ${adds.length} adds`);
    assert.ok(adds.every((n) => n <= 128), adds.join(','));
    assert.equal(adds.reduce((a, b) => a + b, 0), loaded.index.size);
    for (let i = 1; i < between.length; i++) assert.ok(between[i]! > between[i - 1]!, `no turn of the event loop between adds ${i - 1} and ${i}`);
  });

  test('a damaged saved graph is ignored and rebuilt from the database', async () => {
    const cacheDir = join(tmpDir(), 'ann-bad');
    const idx = (await new SemanticIndex(store, { endpoint: null, kind: 'hnsw', graphs: directoryGraphCache(cacheDir) }).ready())!;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(cacheDir, `model-${idx.modelId}.hnsw.meta.json`), '{not json');
    const again = (await new SemanticIndex(store, { endpoint: null, kind: 'hnsw', graphs: directoryGraphCache(cacheDir) }).ready())!;
    assert.equal(again.index.size, idx.index.size);
  });

  // The impact-ordered accelerator is SQLite's own (buildLexicalIndex is absent on PostgreSQL).
  if (dialect.name === 'sqlite') test('the word-search accelerator returns exactly what plain FTS5 returns', async () => {
    const queries = ['attention', 'kernel fusion', 'quantization accuracy', 'graph neural', 'spars', 'model training data'];
    const before = await Promise.all(queries.map((q) => store.searchRowids({ query: q, limit: 10, offset: 0 })));
    await store.buildLexicalIndex!();
    const after = await Promise.all(queries.map((q) => store.searchRowids({ query: q, limit: 10, offset: 0 })));
    queries.forEach((q, i) => {
      assert.deepEqual(after[i]!.items.map((x) => x.rowid), before[i]!.items.map((x) => x.rowid), q);
      after[i]!.items.forEach((x, j) => assert.ok(Math.abs(x.score - before[i]!.items[j]!.score) < 1e-6 * Math.abs(x.score) + 1e-9, q));
      assert.equal(after[i]!.total, before[i]!.total, q);
    });
    const paged = await store.searchRowids({ query: 'attention', limit: 5, offset: 5 });
    assert.deepEqual(paged.items.map((x) => x.rowid), before[0]!.items.slice(5, 10).map((x) => x.rowid));
  });
});
