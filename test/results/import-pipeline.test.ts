import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storeDialects } from '../helpers/store.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { importFile } from '../../src/importers/runner.ts';
import type { ImportExtractionOptions } from '../../src/results/import-extraction.ts';
import { extractPending } from '../../src/results/service.ts';
import { EXTRACTOR_VERSION } from '../../src/results/types.ts';
import type { Store } from '../../src/db/store.ts';
import { resultsFixture } from './fixture.ts';

const dir = tmpDir();
const fixtureWorker = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

/**
 * 45 arXiv records over 5 batches of 10: the fixture's abstracts under new ids, with 2503.00003
 * imported again in a later batch with another abstract (its last text's claims must win).
 */
function writeRecords(file: string, variant = ''): void {
  const base = resultsFixture();
  const records = Array.from({ length: 45 }, (_, i) => {
    const p = base[i % base.length]!;
    const id = i === 24 ? '2503.00003' : `2503.${String(i).padStart(5, '0')}`;
    // Longer than the first text, so the merge keeps it (the richer abstract wins).
    const abstract = i === 24
      ? `It runs 7.5x faster than FlashAttention on an NVIDIA A100, measured over many sequence lengths and head sizes in our experiments.${variant}`
      : `${p.abstract}${variant}`;
    return { id, title: `${p.title} ${i}`, summary: abstract, authors: p.authors, categories: p.categories, abs: `https://arxiv.org/abs/${id}` };
  });
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

/** Every paper's claims (without their row ids) and artifacts, by arXiv id. */
async function storedRows(store: Store) {
  const papers = await store.results.papersToExtract(0, 1000, EXTRACTOR_VERSION, true);
  const out: Record<string, unknown> = {};
  for (const p of papers) {
    const { claims, artifacts } = await store.results.forPaper(p.rowid);
    const id = (await store.papersByRowids([p.rowid]))[0]!.paper.arxivId!;
    out[id] = { claims: claims.map(({ id: _rowId, ...c }) => c), artifacts };
  }
  return out;
}

async function load(store: Store, file: string, extraction: ImportExtractionOptions) {
  return importFile(store, file, { listingDate: '2025-03-01', batchSize: 10, extractResults: true, extraction });
}

const WORKER: ImportExtractionOptions = { workerMinPapers: 1, warmUp: false };
const SYNC: ImportExtractionOptions = { workerMinPapers: Number.POSITIVE_INFINITY };

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('an import through the worker stores exactly the claims the main thread stores', async () => {
    const file = join(dir, `same-${dialect.name}.jsonl`);
    writeRecords(file);
    const sync = await dialect.open();
    const piped = await dialect.open();
    const where: boolean[] = [];
    const s = await load(sync, file, SYNC);
    const p = await load(piped, file, { ...WORKER, onStored: (b) => where.push(b.onWorker) });
    assert.deepEqual(p.counts, s.counts);
    assert.deepEqual(where, [true, true, true, true, true], 'every batch went through the worker');
    const expected = await storedRows(sync);
    assert.equal(Object.keys(expected).length, 44);
    assert.ok(Object.values(expected).some((r) => (r as { claims: unknown[] }).claims.length > 0));
    assert.deepEqual(await storedRows(piped), expected);
    const again = (await piped.results.forPaper((await piped.paperRowid('2503.00003'))!)).claims;
    assert.deepEqual(again.map((c) => [c.value, c.baseline]), [[7.5, 'FlashAttention']], 'the later text\'s claims');
    assert.deepEqual(await piped.results.papersToExtract(0, 100, EXTRACTOR_VERSION, false), []);
    await sync.close();
    await piped.close();
  });

  test('failed extractions keep the import and leave the papers pending for paperboy extract', async () => {
    const file = join(dir, `fail-${dialect.name}.jsonl`);
    const changed = join(dir, `fail-changed-${dialect.name}.jsonl`);
    writeRecords(file);
    writeRecords(changed, ' It also uses 30% less energy than a CPU.');
    const reference = await dialect.open();
    await load(reference, changed, SYNC);
    const store = await dialect.open();
    await load(store, file, SYNC);
    assert.deepEqual(await store.results.papersToExtract(0, 100, EXTRACTOR_VERSION, false), []);

    // Every batch fails on the worker: the papers the import changed lose their extraction state.
    const log: string[] = [];
    const result = await load(store, changed, { ...WORKER, workerUrl: fixtureWorker('failing-extract-worker.mjs'), log: (l) => log.push(l) });
    assert.equal(result.counts.updated, 45, '44 papers, 2503.00003 updated twice');
    assert.equal(await store.countPapers(), 44);
    assert.equal(log.length, 5);
    assert.match(log[0]!, /^extract: extracting 10 imported papers failed \(rules blew up\); they stay pending for `paperboy extract`: paper rowids \d+(, \d+){9}$/);
    assert.equal((await store.results.papersToExtract(0, 100, EXTRACTOR_VERSION, false)).length, 44);

    const run = await extractPending(store);
    assert.equal(run.papers, 44);
    assert.deepEqual(await storedRows(store), await storedRows(reference), 'paperboy extract completes what the import left');
    await store.close();
    await reference.close();
  });

  test('a worker that dies fails only the batches it held; the rest extract on the main thread', async () => {
    const file = join(dir, `crash-${dialect.name}.jsonl`);
    writeRecords(file);
    const reference = await dialect.open();
    await load(reference, file, SYNC);
    const store = await dialect.open();
    const log: string[] = [];
    const where: boolean[] = [];
    const result = await load(store, file, {
      ...WORKER, workerUrl: fixtureWorker('crashing-extract-worker.mjs'), log: (l) => log.push(l), onStored: (b) => where.push(b.onWorker),
    });
    assert.equal(result.counts.inserted, 44);
    assert.ok(log.some((l) => /^extract: the extraction worker stopped \(worker crashed\); the rest of this import extracts on the main thread$/.test(l)), log.join('\n'));
    const failedLines = log.filter((l) => l.includes('failed (worker crashed)'));
    const pending = await store.results.papersToExtract(0, 100, EXTRACTOR_VERSION, false);
    assert.ok(failedLines.length >= 1 && failedLines.length <= 2, 'at most 2 batches were with the worker');
    assert.ok(pending.length > 0);
    assert.ok(where.every((onWorker) => !onWorker) && where.length === 5 - failedLines.length);
    await extractPending(store);
    assert.deepEqual(await storedRows(store), await storedRows(reference));
    await store.close();
    await reference.close();
  });
});
