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
/** The 44 papers an import left pending are extracted by `paperboy extract`'s path into what a clean import stores. */
async function completedByExtract(store: Store, reference: Store): Promise<void> {
  assert.equal((await store.results.papersToExtract(0, 100, EXTRACTOR_VERSION, false)).length, 44);
  const run = await extractPending(store);
  assert.equal(run.papers, 44);
  assert.deepEqual(await storedRows(store), await storedRows(reference), 'paperboy extract completes what the import left');
  await store.close();
  await reference.close();
}

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

const INLINE: ImportExtractionOptions = { bulkMinPapers: Number.POSITIVE_INFINITY };
/** Bulk from the first batch, with second-phase chunks that do not line up with the import's batches. */
const BULK: ImportExtractionOptions = { bulkMinPapers: 1, phaseChunk: 7 };
const failingRules = () => { throw new Error('rules blew up'); };

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  /**
   * A store holding the fixture, imported and extracted inline; a file that changes every paper of
   * it; and a reference store holding only the changed file's claims, extracted inline.
   */
  async function extractedThenChanged(name: string): Promise<{ store: Store; reference: Store; changed: string }> {
    const file = join(dir, `${name}.jsonl`);
    const changed = join(dir, `${name}-changed.jsonl`);
    writeRecords(file);
    writeRecords(changed, ' It also uses 30% less energy than a CPU.');
    const reference = await dialect.open();
    await load(reference, changed, INLINE);
    const store = await dialect.open();
    await load(store, file, INLINE);
    return { store, reference, changed };
  }

  test('a bulk import stores exactly the claims an import extracting batch by batch stores', async () => {
    const file = join(dir, `same-${dialect.name}.jsonl`);
    writeRecords(file);
    const inline = await dialect.open();
    const bulk = await dialect.open();
    const mixed = await dialect.open();
    const inlineWhere: boolean[] = [];
    const bulkWhere: boolean[] = [];
    const mixedWhere: boolean[] = [];
    const s = await load(inline, file, { ...INLINE, onStored: (b) => inlineWhere.push(b.secondPhase) });
    const phase: Array<[number, number]> = [];
    const b = await load(bulk, file, { ...BULK, onStored: (x) => bulkWhere.push(x.secondPhase), onPhase: (p) => phase.push([p.done, p.total]) });
    // Two batches extracted inline, then the import turns bulk at its 25th changed paper.
    const m = await load(mixed, file, { bulkMinPapers: 25, onStored: (x) => mixedWhere.push(x.secondPhase) });
    assert.deepEqual(b.counts, s.counts);
    assert.deepEqual(m.counts, s.counts);
    assert.deepEqual(inlineWhere, [false, false, false, false, false]);
    assert.deepEqual(bulkWhere, [true, true, true, true, true, true, true], '44 papers (2503.00003 once) in chunks of 7');
    assert.deepEqual(phase, [[0, 44], [7, 44], [14, 44], [21, 44], [28, 44], [35, 44], [42, 44], [44, 44]], 'the phase reports its progress');
    assert.deepEqual(mixedWhere, [false, false, true]);
    const expected = await storedRows(inline);
    assert.equal(Object.keys(expected).length, 44);
    assert.ok(Object.values(expected).some((r) => (r as { claims: unknown[] }).claims.length > 0));
    assert.deepEqual(await storedRows(bulk), expected);
    assert.deepEqual(await storedRows(mixed), expected);
    const again = (await bulk.results.forPaper((await bulk.paperRowid('2503.00003'))!)).claims;
    assert.deepEqual(again.map((c) => [c.value, c.baseline]), [[7.5, 'FlashAttention']], 'the later text\'s claims');
    for (const store of [inline, bulk, mixed]) {
      assert.deepEqual(await store.results.papersToExtract(0, 100, EXTRACTOR_VERSION, false), []);
      await store.close();
    }
  });

  test('a bulk import stopped before its extraction phase leaves every paper it changed to paperboy extract', async () => {
    const { store, reference, changed } = await extractedThenChanged(`stop-${dialect.name}`);
    assert.deepEqual(await store.results.papersToExtract(0, 100, EXTRACTOR_VERSION, false), []);

    // Every paper is updated, so each was extracted before: the import must mark them pending itself.
    const result = await load(store, changed, { ...BULK, secondPhase: false });
    assert.equal(result.counts.updated, 45, '44 papers, 2503.00003 updated twice');
    await completedByExtract(store, reference);
  });

  for (const [mode, opts] of [['inline', INLINE], ['bulk', BULK]] as const) {
    test(`failed extractions (${mode}) keep the import and leave the papers pending for paperboy extract`, async () => {
      const { store, reference, changed } = await extractedThenChanged(`fail-${mode}-${dialect.name}`);

      const log: string[] = [];
      const result = await load(store, changed, { ...opts, extract: failingRules, log: (l) => log.push(l) });
      assert.equal(result.counts.updated, 45);
      assert.equal(await store.countPapers(), 44);
      assert.equal(log.length, mode === 'inline' ? 5 : 7);
      const size = mode === 'inline' ? 10 : 7;
      assert.match(log[0]!, new RegExp(`^extract: extracting ${size} imported papers failed \\(rules blew up\\); they stay pending for \`paperboy extract\`: paper rowids \\d+(, \\d+){${size - 1}}$`));
      await completedByExtract(store, reference);
    });
  }
});
