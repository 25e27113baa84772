import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../src/importers/runner.ts';
import { sharedFile } from '../helpers/shared-data.ts';
import { testStore } from '../helpers/store.ts';

/** End to end through the runner and a real SQLite store: counts after identity and merging. */

test('the four HF daily files: 9,881 entries become 9,877 papers, the repeats keep their first day', async (t) => {
  const dir = sharedFile(t, 'hf-daily/daily');
  if (!dir) return;
  const store = testStore();
  let read = 0;
  let rejected = 0;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl.gz')).sort()) {
    const r = await importFile(store, join(dir, f), { listingDate: '2026-11-25' });
    assert.equal(r.format, 'hf-daily');
    read += r.counts.read;
    rejected += r.counts.rejected;
  }
  assert.equal(read, 9881);
  assert.equal(rejected, 0);
  assert.equal(await store.countPapers(), 9877);
  for (const id of ['2604.07429', '2606.11176', '2608.12313', '2608.13558']) {
    const p = await store.getPaper(id);
    assert.ok(p, id);
    assert.ok(p.submittedOnDailyAt, `${id} has a daily date`);
  }
});

test('the saved listing page merges with the same papers arriving later from HF daily data', async (t) => {
  const listing = sharedFile(t, '000_edcf4aa6fb13a76a.txt');
  if (!listing) return;
  const store = testStore();
  const first = await importFile(store, listing, { listingDate: '2025-11-10' });
  assert.equal(first.format, 'hf-listing');
  assert.equal(first.counts.rejected, 0);
  assert.equal(first.counts.inserted, first.counts.read, 'every entry is its own paper');
  const again = await importFile(store, listing, { listingDate: '2025-11-10' });
  assert.equal(again.counts.unchanged, again.counts.read, 're-import changes nothing');
  assert.equal(await store.countPapers(), first.counts.read);
  const page = await store.listPapers({ limit: 1000 });
  for (const p of page.items) {
    assert.match(p.id, /^t-[0-9a-f]{12}$/);
    if (p.publishedAt) assert.ok(p.publishedAt <= '2025-11-10', `${p.title}: ${p.publishedAt} is after the listing date`);
  }
});

test('arXiv listings, snapshot, Atom and OAI files import with no valid record rejected', async (t) => {
  const files = [
    'arxiv/daily-listings/hw_systems_part01.jsonl.gz',
    'arxiv/kaggle-format/arxiv-metadata-oai-snapshot_head200.jsonl',
  ].map((f) => sharedFile(t, f));
  if (files.some((f) => !f)) return;
  const store = testStore();
  const listing = await importFile(store, files[0]!, { listingDate: '2026-11-25' });
  assert.equal(listing.format, 'arxiv-listing');
  assert.deepEqual([listing.counts.read, listing.counts.rejected, listing.counts.inserted], [3246, 0, 3246]);
  const snap = await importFile(store, files[1]!, { listingDate: '2026-11-25' });
  assert.equal(snap.format, 'arxiv-snapshot');
  assert.deepEqual([snap.counts.read, snap.counts.rejected, snap.counts.inserted], [200, 0, 200]);
  const p = await store.getPaper('0704.0001');
  assert.ok(p);
  assert.equal(p.publishedAt, '2007-04-02');
  assert.equal(p.version, 2);
  assert.deepEqual(p.categories, ['hep-ph']);
  assert.equal(p.authors[0], 'C. Balázs');
});
