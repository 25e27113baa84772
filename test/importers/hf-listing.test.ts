import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { PaperboyError } from '../../src/errors.ts';
import { hfListingImporter } from '../../src/importers/formats/hf-listing.ts';
import { organizationName } from '../../src/importers/formats/hf-listing-parse.ts';
import { openInput } from '../../src/importers/open-input.ts';
import type { ImportItem } from '../../src/importers/types.ts';
import { sharedFile } from '../helpers/shared-data.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/importers');

async function read(input: string | Buffer | NodeJS.ReadableStream, listingDate: string): Promise<ImportItem[]> {
  const stream = typeof input === 'string' || Buffer.isBuffer(input) ? Readable.from([Buffer.from(input)]) : input;
  const out: ImportItem[] = [];
  for await (const item of hfListingImporter.read(stream, { file: 'listing.txt', listingDate })) out.push(item);
  return out;
}

const sample = readFileSync(join(FIXTURES, 'hf-listing-sample.txt'), 'utf8');

const expected = [
  { line: 13, record: {
    title: 'Paper One: Counting Widgets at Scale',
    abstract: 'We count widgets with a new sketch. Code is at https://github.com/example-lab/widget-count.',
    links: { code: ['https://github.com/example-lab/widget-count'] }, authorCount: 3, publishedAt: '2024-02-14' } },
  { line: 21, record: {
    title: 'Paper Two: A Year-Stamped Entry',
    abstract: 'This entry carries a full date and an upvote count on the same line.',
    authorCount: 1, upvotes: 7, publishedAt: '2023-12-30' } },
  { line: 29, record: { title: 'Paper Three: No Details At All', abstract: 'An entry with a title and an abstract only.' } },
  { line: 33, record: {
    title: 'Paper Four: Organization Entry', abstract: 'Published under an organization instead of an author count.',
    organization: 'Example Org', upvotes: 12, publishedAt: '2024-03-02' } },
  { line: 41, record: {
    title: 'Paper Five: Late In The Year',
    abstract: 'A date after the listing day must fall in the previous year, with the votes on their own line.',
    authorCount: 2, upvotes: 4, publishedAt: '2023-11-20' } },
  { line: 51, record: {
    title: 'Paper Six: Impossible Date', abstract: 'February has no thirtieth day, so the date stays unknown.', authorCount: 5 } },
];

test('hf-listing: every entry variant of the synthetic page', async () => {
  assert.deepEqual(await read(sample, '2024-03-03'), expected);
});

test('hf-listing: CRLF line ends and a missing final newline read the same', async () => {
  assert.deepEqual(await read(sample.replace(/\n/g, '\r\n').trimEnd(), '2024-03-03'), expected);
});

test('hf-listing: a date without a year falls on or before the listing day, never after', async () => {
  const page = (d: string) => `T\n\nA\n\n  • 1 authors\n·\n${d}\n`;
  const cases: Array<[string, string, string]> = [
    ['Mar 3', '2024-03-03', '2024-03-03'],
    ['Mar 4', '2024-03-03', '2023-03-04'],
    ['Dec 31', '2024-01-01', '2023-12-31'],
    ['Feb 29', '2024-03-01', '2024-02-29'],
  ];
  for (const [d, listing, want] of cases) {
    const [item] = await read(page(d), listing);
    assert.equal(item.record?.publishedAt, want, `${d} listed ${listing}`);
  }
  const [leap] = await read(page('Feb 29'), '2023-03-01');
  assert.equal(leap.record?.publishedAt, undefined, 'Feb 29, 2022 does not exist');
});

test('hf-listing: a year-less date needs a valid listing date', async () => {
  await assert.rejects(read('T\n\nA\n\n·\nJul 1\n', 'yesterday'), (err: unknown) =>
    err instanceof PaperboyError && err.code === 'invalid_argument' && /YYYY-MM-DD/.test(err.message));
  const [item] = await read('T\n\nA\n\n·\nJul 1, 2020\n', 'yesterday');
  assert.equal(item.record?.publishedAt, '2020-07-01');
});

test('hf-listing: an organization line drops the handle when it spells the display name', () => {
  assert.equal(organizationName('deepseek-ai DeepSeek'), 'DeepSeek');
  assert.equal(organizationName('ByteDance-Seed ByteDance Seed'), 'ByteDance Seed');
  assert.equal(organizationName('Google DeepMind'), 'Google DeepMind');
  assert.equal(organizationName('nvidia'), 'nvidia');
});

test('hf-listing: a title followed directly by its details has no abstract', async () => {
  const items = await read('Only A Title\n\n  • 2 authors\n·\nJul 1, 2024\n\nNext Title\n\nNext abstract.\n', '2025-01-01');
  assert.deepEqual(items, [
    { line: 1, record: { title: 'Only A Title', authorCount: 2, publishedAt: '2024-07-01' } },
    { line: 7, record: { title: 'Next Title', abstract: 'Next abstract.' } },
  ]);
});

test('hf-listing: JSON or XML given as a listing page is refused, not read as papers', async () => {
  for (const wrong of ['{"id": "2401.00001"}\n{"id": "2401.00002"}\n', '\n<?xml version="1.0"?><feed/>', '[1, 2]']) {
    await assert.rejects(read(wrong, '2025-01-01'), (err: unknown) =>
      err instanceof PaperboyError && err.code === 'import_format_unknown' && /not a Hugging Face listing page/.test(err.message));
  }
});

test('hf-listing: an empty page gives no records', async () => {
  assert.deepEqual(await read('', '2024-01-01'), []);
});

test('hf-listing (real data): the saved page gives all 87 entries', async (t) => {
  const path = sharedFile(t, '000_edcf4aa6fb13a76a.txt');
  if (!path) return;
  const items = await read((await openInput(path)).stream, '2025-11-10');
  // 87 = the 175 title/abstract/organization lines after the page chrome, less the one
  // organization line, halved; checked by hand against the file (686 lines).
  assert.equal(items.length, 87);
  assert.equal(items.filter((i) => i.error).length, 0);
  const records = items.map((i) => i.record!);
  assert.equal(records.filter((r) => r.authorCount !== undefined).length, 81);
  assert.equal(records.filter((r) => r.publishedAt !== undefined).length, 82);
  assert.equal(records.filter((r) => r.upvotes !== undefined).length, 11);
  assert.ok(records.every((r) => r.abstract && r.abstract.length > 100 && r.authors === undefined));

  assert.deepEqual(items[0], { line: 13, record: {
    title: 'MultiKernelBench: A Multi-Platform Benchmark for Kernel Generation',
    abstract: records[0].abstract,
    links: { code: ['https://github.com/wzzll123/MultiKernelBench'] },
    authorCount: 6,
    publishedAt: '2025-07-19',
  } });
  assert.match(records[0].abstract!, /^The automatic generation of deep learning \(DL\) kernels/);
  const byTitle = (prefix: string) => records.find((r) => r.title.startsWith(prefix))!;
  assert.deepEqual(
    { ...byTitle('Insights into DeepSeek-V3'), abstract: undefined },
    { title: 'Insights into DeepSeek-V3: Scaling Challenges and Reflections on Hardware for AI Architectures',
      abstract: undefined, organization: 'DeepSeek', upvotes: 5, publishedAt: '2025-05-14' },
  );
  assert.equal(byTitle('ML-driven Hardware Cost Model').publishedAt, '2023-02-14');
  assert.equal(byTitle('Scaling Up Your Kernels').upvotes, 2);
  assert.equal(byTitle('Scaling Up Your Kernels').publishedAt, '2024-10-10');
  assert.equal(byTitle('QLoRA').upvotes, 10);
  assert.equal(byTitle('Resistive memory-based').authorCount, 19);
  assert.equal(byTitle('CudaForge').publishedAt, '2025-10-23');
  const last = records[86];
  assert.equal(last.title, 'Mixed Precision Training of Convolutional Neural Networks using Integer Operations');
  assert.equal(last.authorCount, 17);
  assert.equal(last.publishedAt, '2018-02-03');
  assert.equal(byTitle('Exploring the Performance Improvement of Tensor').title,
    'Exploring the Performance Improvement of Tensor Processing Engines through Transformation in the Bit-weight Dimension of MACs');
  // Entries that show no details block keep their date unknown.
  assert.deepEqual(records.filter((r) => r.publishedAt === undefined).map((r) => r.title.split(':')[0]),
    ['INT v.s. FP', 'QuartDepth', 'AutoTriton', 'MARLIN', 'Quartet']);
});

test('hf-listing (real data): year-less dates move back a year for an earlier listing day', async (t) => {
  const path = sharedFile(t, '000_edcf4aa6fb13a76a.txt');
  if (!path) return;
  const items = await read((await openInput(path)).stream, '2025-10-01');
  const cudaForge = items.find((i) => i.record?.title.startsWith('CudaForge'));
  assert.equal(cudaForge?.record?.publishedAt, '2024-10-23');
});
