import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { PaperInput } from '../../src/core/paper.ts';
import { arxivCategories, isArxivCategory } from '../../src/importers/formats/arxiv-fields.ts';
import { arxivListingImporter, isFirstAnnouncement } from '../../src/importers/formats/arxiv-listing.ts';
import { openInput } from '../../src/importers/open-input.ts';
import type { ImportItem } from '../../src/importers/types.ts';
import { sharedFile } from '../helpers/shared-data.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/importers');

async function read(input: string | NodeJS.ReadableStream): Promise<ImportItem[]> {
  const stream = typeof input === 'string' ? Readable.from([Buffer.from(input)]) : input;
  const out: ImportItem[] = [];
  for await (const item of arxivListingImporter.read(stream, { file: 'listing.jsonl', listingDate: '2026-01-01' })) out.push(item);
  return out;
}

const links = (id: string, code: string[] = []) => ({ arxiv: `https://arxiv.org/abs/${id}`, pdf: `https://arxiv.org/pdf/${id}`, code });

test('arxiv-listing: records, category clean-up, listing dates, and rejections naming the field', async () => {
  const items = await read(readFileSync(join(FIXTURES, 'arxiv-listing-sample.jsonl'), 'utf8'));
  assert.deepEqual(items[0], { line: 1, record: {
    arxivId: '2503.01001', version: null, title: 'A Listing Record With $\\mathcal{L}$aTeX',
    abstract: 'Hard wrapped summary, see https://github.com/example/listing-two.',
    authors: ['Zoe First', 'Ángel Segundo'], categories: ['cs.AR', 'cs.LG', 'math.OC'],
    publishedAt: '2025-03-18', submittedOnDailyAt: '2025-03-18',
    links: links('2503.01001', ['https://github.com/example/listing-one', 'https://github.com/example/listing-two']),
  } });
  assert.deepEqual(items[1], { line: 2, record: {
    arxivId: '2409.02002', version: null, title: 'A Replacement Listing', abstract: 'Old paper listed again.', authors: [],
    categories: ['hep-th'], submittedOnDailyAt: '2025-03-19', links: links('2409.02002'),
  } });
  assert.deepEqual(items.slice(2).map((i) => [i.line, i.error ?? i.record?.title]), [
    [3, 'field "title": expected a non-empty string, got an empty string'],
    [4, 'field "authors": expected an array, got string'],
    [5, 'field "categories": expected an array, got string'],
    [6, 'field "id": expected an arXiv id string, got number'],
    [7, 'expected a JSON object, got array'],
    [8, 'Last Good One'],
  ]);
});

test('arxiv-listing: a listing is a first announcement in the id month or the next', () => {
  assert.equal(isFirstAnnouncement('2503.01001', '2025-03-31'), true);
  assert.equal(isFirstAnnouncement('2503.01001', '2025-04-01'), true);
  assert.equal(isFirstAnnouncement('2512.01001', '2026-01-02'), true);
  assert.equal(isFirstAnnouncement('2503.01001', '2025-05-01'), false);
  assert.equal(isFirstAnnouncement('hep-th/9901001', '1999-01-02'), false);
});

test('arxiv categories: only arXiv names are kept, in order, once', () => {
  assert.deepEqual(arxivCategories(['cs.AR', 'I.2.7; I.2.6', '68T50 (Primary) 68T07 (Secondary)', 'math.OC', 'cs.AR']), ['cs.AR', 'math.OC']);
  assert.deepEqual(arxivCategories(['cond-mat.str-el physics.optics', 'q-bio.NC,stat.ML', 'hep-th']),
    ['cond-mat.str-el', 'physics.optics', 'q-bio.NC', 'stat.ML', 'hep-th']);
  for (const bad of ['and', 'I.2', '68T05', 'H.3.3', 'cs.', 'foo.AR', '(Primary)']) assert.equal(isArxivCategory(bad), false, bad);
  for (const good of ['cs', 'math.GT', 'astro-ph.GA', 'cmp-lg', 'nlin.AO', 'econ.EM', 'eess.SP']) assert.equal(isArxivCategory(good), true, good);
});

const FILES: Array<[string, number]> = [
  ['hw_systems_part01', 3246],
  ['cs_LG_part01', 6000], ['cs_LG_part02', 6000], ['cs_LG_part03', 512],
  ['other_cs_sample_part01', 6000], ['other_cs_sample_part02', 6000], ['other_cs_sample_part03', 6000], ['other_cs_sample_part04', 5000],
];

test('arxiv-listing (real data): the 8 listing files give 3,246 + 12,512 + 23,000 records, none rejected', async (t) => {
  const paths = FILES.map(([f]) => sharedFile(t, `arxiv/daily-listings/${f}.jsonl.gz`));
  if (paths.some((p) => !p)) return;
  const byFile = new Map<string, PaperInput[]>();
  for (const [i, p] of paths.entries()) {
    const items = await read((await openInput(p!)).stream);
    assert.deepEqual(items.filter((x) => x.error), [], FILES[i][0]);
    assert.equal(items.length, FILES[i][1], FILES[i][0]);
    byFile.set(FILES[i][0], items.map((x) => x.record!));
  }
  const group = (prefix: string) => [...byFile].filter(([f]) => f.startsWith(prefix)).flatMap(([, r]) => r);
  assert.equal(group('hw_systems').length, 3246);
  assert.equal(group('cs_LG').length, 12512);
  assert.equal(group('other_cs').length, 23000);
  const all = [...byFile.values()].flat();
  assert.ok(all.every((r) => r.categories!.length > 0 && r.categories!.every(isArxivCategory)));
  assert.ok(all.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.submittedOnDailyAt!)));
  // Late listings (replacements, cross-lists) of older ids keep their publication date unknown.
  assert.equal(all.filter((r) => r.publishedAt === undefined).length, 35);
  assert.equal(all.find((r) => r.arxivId === '2409.13661')?.publishedAt, undefined);

  const hw = byFile.get('hw_systems_part01')!;
  assert.deepEqual({ ...hw[0], abstract: undefined }, {
    arxivId: '2503.11685', version: null, title: 'CORDIC Is All You Need', abstract: undefined,
    authors: ['Omkar Kokane', 'Adam Teman', 'Anushka Jha', 'Guru Prasath SL', 'Gopal Raut', 'Mukul Lokhande',
      'S. V. Jaya Chand', 'Tanushree Dewangan', 'Santosh Kumar Vishvakarma'],
    categories: ['cs.AR', 'cs.CV', 'eess.IV'], publishedAt: '2025-03-18', submittedOnDailyAt: '2025-03-18', links: links('2503.11685'),
  });
  assert.match(hw[0].abstract!, /^Artificial intelligence necessitates adaptable hardware accelerators for efficient high-throughput million operations\. /);
  assert.ok(!hw[0].abstract!.includes('\n'));
  // ACM codes mixed into the category list are dropped.
  assert.deepEqual(hw[8].categories, ['cs.HC', 'cs.AI', 'cs.CL', 'cs.CY', 'cs.ET']);
  assert.equal(hw[8].arxivId, '2503.15514');
  assert.equal(hw[3245].arxivId, '2608.06318');
  assert.deepEqual(hw[3245].categories, ['cs.AR', 'cs.ET', 'quant-ph']);
});
