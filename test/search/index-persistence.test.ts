import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { buildSemanticIndex } from '../../src/search/semantic/indexer.ts';
import { SemanticIndex } from '../../src/search/semantic/semantic-index.ts';
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
    const first = new SemanticIndex(store, { endpoint: null, kind: 'hnsw', cacheDir });
    const a = (await first.ready())!;
    assert.equal(a.index.kind, 'hnsw');
    assert.ok(existsSync(join(cacheDir, `model-${a.modelId}.hnsw`)));
    const second = new SemanticIndex(store, { endpoint: null, kind: 'hnsw', cacheDir });
    const b = (await second.ready())!;
    assert.equal(b.index.size, a.index.size);
    assert.equal(b.lastSeq, a.lastSeq);
    const [q] = await b.provider.embed(['attention kernels on GPUs']);
    assert.deepEqual(b.index.search(q!, 10).map((h) => h.rowid), a.index.search(q!, 10).map((h) => h.rowid));
    // A rebuild's graph replaces the retired model's files.
    await buildSemanticIndex(store, null);
    const c = (await new SemanticIndex(store, { endpoint: null, kind: 'hnsw', cacheDir }).ready())!;
    assert.notEqual(c.modelId, a.modelId);
    assert.deepEqual(readdirSync(cacheDir).filter((f) => f.endsWith('.hnsw')), [`model-${c.modelId}.hnsw`]);
  });

  test('a damaged saved graph is ignored and rebuilt from the database', async () => {
    const cacheDir = join(tmpDir(), 'ann-bad');
    const idx = (await new SemanticIndex(store, { endpoint: null, kind: 'hnsw', cacheDir }).ready())!;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(cacheDir, `model-${idx.modelId}.hnsw.meta.json`), '{not json');
    const again = (await new SemanticIndex(store, { endpoint: null, kind: 'hnsw', cacheDir }).ready())!;
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
