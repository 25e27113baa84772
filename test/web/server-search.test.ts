import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSearchService } from '../../src/search/service.ts';
import type { SemanticIndex } from '../../src/search/semantic/semantic-index.ts';
import { buildSemanticIndex } from '../../src/search/semantic/indexer.ts';
import { startServer } from '../../src/web/server.ts';
import { put, testStore } from '../helpers/store.ts';
import { topicCorpus } from '../helpers/web-search.ts';

test('the server opens search itself and loads the built index at start', async () => {
  const store = testStore();
  await put(store, topicCorpus());
  await buildSemanticIndex(store, null);
  const log = console.log;
  console.log = () => {};
  const server = await startServer({ store, port: 0, host: '127.0.0.1' }).finally(() => { console.log = log; });
  try {
    await server.warmed;
    const res = await fetch(`${server.url}/api/papers/search?q=transcription%20of%20audio&mode=semantic&limit=3`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-search-mode'), 'semantic');
    const body = await res.json() as Array<{ title: string }>;
    for (const e of body) assert.match(e.title, /Speech|Acoustic/);
  } finally {
    await server.close();
  }
});

test('a semantic index that fails to load is logged, and the site answers by words', async () => {
  const store = testStore();
  await put(store, topicCorpus());
  const broken = { refresh: () => Promise.reject(new Error('no corpus model for model 7')), current: () => null } as unknown as SemanticIndex;
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => { logged.push(args.join(' ')); };
  try {
    const server = await startServer({ store, port: 0, host: '127.0.0.1', search: createSearchService(store, broken), semantic: broken });
    try {
      await server.warmed;
      assert.deepEqual(logged, ['search: could not load the semantic index: no corpus model for model 7']);
      const res = await fetch(`${server.url}/api/papers/search?q=speech`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('x-search-mode'), 'lexical');
      assert.equal((await fetch(`${server.url}/papers/2502.30000`)).status, 200);
    } finally {
      await server.close();
    }
  } finally {
    console.error = original;
  }
});
