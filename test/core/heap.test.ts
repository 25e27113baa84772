import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectEvery, collectGarbage } from '../../src/core/heap.ts';

test('bulk work collects garbage once per so many batches', () => {
  let collected = 0;
  // Batches of 2,000 items: a collection every fifth batch.
  const batchDone = collectEvery(2000, () => collected++);
  for (let i = 0; i < 12; i++) batchDone();
  assert.equal(collected, 2);
});

test('a full collection runs on this runtime and frees what is no longer referenced', async () => {
  let garbage: unknown[] | null = Array.from({ length: 1000 }, (_, i) => ({ i }));
  const ref = new WeakRef(garbage);
  garbage = null;
  // WeakRef targets are kept until the end of the current job.
  await new Promise((r) => setImmediate(r));
  collectGarbage();
  assert.equal(ref.deref(), undefined);
});
