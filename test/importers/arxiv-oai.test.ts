import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { PaperboyError } from '../../src/errors.ts';
import { arxivOaiImporter } from '../../src/importers/formats/arxiv-oai.ts';
import { openInput } from '../../src/importers/open-input.ts';
import type { ImportItem } from '../../src/importers/types.ts';
import { SHARED_DATA, sharedFile } from '../helpers/shared-data.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/importers');
const text = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

async function read(input: string | NodeJS.ReadableStream): Promise<ImportItem[]> {
  const stream = typeof input === 'string' ? Readable.from([Buffer.from(input)]) : input;
  const out: ImportItem[] = [];
  for await (const item of arxivOaiImporter.read(stream, { file: 'oai.xml', listingDate: '2026-01-01' })) out.push(item);
  return out;
}

const links = (id: string, code: string[] = []) => ({ arxiv: `https://arxiv.org/abs/${id}`, pdf: `https://arxiv.org/pdf/${id}`, code });

test('arxiv-oai: metadataPrefix=arXiv, deleted and invalid records rejected', async () => {
  const items = await read(text('arxiv-oai-arxiv.xml'));
  assert.deepEqual(items.map((i) => i.line), [6, 20, 26, 36]);
  assert.deepEqual(items[0].record, {
    arxivId: '2512.00011', version: null, title: 'Structured Names and Dates', abstract: 'An abstract that wraps.',
    authors: ['Pat Quill', 'Sam J. Rowe Jr', 'Example Collaboration'],
    categories: ['cs.DC', 'cs.PF'], publishedAt: '2025-12-01', updatedAt: '2026-01-03',
    links: links('2512.00011', ['https://gitlab.com/example/structured']),
  });
  assert.equal(items[1].error, 'record oai:arXiv.org:2512.00012 is deleted at the source (header status="deleted")');
  assert.deepEqual(items[2].record, {
    arxivId: '0704.0003', version: null, title: 'An Id That Looks Like A Number', abstract: 'Short.', authors: ['Uma Tan'],
    categories: ['math.CO'], publishedAt: '2007-04-01', links: links('0704.0003'),
  });
  assert.equal(items[3].error, 'field "title": expected a non-empty string, got an empty string');
});

test('arxiv-oai: metadataPrefix=arXivRaw (version history, one author string)', async () => {
  const items = await read(text('arxiv-oai-arxivraw.xml'));
  assert.deepEqual(items, [{ line: 6, record: {
    arxivId: '2301.04321', version: 3, title: 'Raw Metadata With Versions', abstract: 'A raw abstract over two lines.',
    authors: ['Wyn Submitter', 'Xia Second', 'Yan Third'], categories: ['cs.LG', 'stat.ML'],
    publishedAt: '2023-01-10', updatedAt: '2023-06-01', links: links('2301.04321'),
  } }]);
});

test('arxiv-oai: noRecordsMatch is an empty harvest; other OAI errors fail the file', async () => {
  assert.deepEqual(await read(text('arxiv-oai-norecords.xml')), []);
  const bad = text('arxiv-oai-norecords.xml').replace('code="noRecordsMatch">No records match the request', 'code="badResumptionToken">The token has expired');
  await assert.rejects(read(bad), (err: unknown) => err instanceof PaperboyError && err.code === 'import_file_unreadable' &&
    err.message === 'oai.xml: the OAI-PMH response is an error (badResumptionToken: The token has expired)');
});

test('arxiv-oai: an unsupported metadata format is rejected per record', async () => {
  const dc = text('arxiv-oai-arxivraw.xml').replace(/<arXivRaw[\s\S]*<\/arXivRaw>/, '<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"><dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">T</dc:title></oai_dc:dc>');
  const [item] = await read(dc);
  assert.equal(item.error, 'record oai:arXiv.org:2301.04321: metadata format <dc> is not supported (harvest with metadataPrefix=arXiv or arXivRaw)');
});

test('arxiv-oai: a truncated ListRecords keeps the records before the break', async () => {
  const src = text('arxiv-oai-arxiv.xml');
  const items = await read(src.slice(0, src.indexOf('An Id That Looks')));
  assert.deepEqual(items.map((i) => i.record?.arxivId ?? i.error), [
    '2512.00011',
    'record oai:arXiv.org:2512.00012 is deleted at the source (header status="deleted")',
    'XML is not well-formed here (the file ends inside this <record> (truncated?)); the rest of the file was not read',
  ]);
});

test('arxiv-oai: a document that is not OAI-PMH is refused', async () => {
  await assert.rejects(read(text('arxiv-atom-legacy.xml')), (err: unknown) =>
    err instanceof PaperboyError && err.code === 'import_format_unknown' && /not an OAI-PMH response/.test(err.message));
});

test('arxiv-oai (real data): 15 responses, 30 records, none rejected', async (t) => {
  if (!sharedFile(t, 'fixtures/arxiv-oai-pmh/functional__arxiv__fixtures__http_server__records__arxiv-single.xml')) return;
  const dir = join(SHARED_DATA, 'fixtures/arxiv-oai-pmh');
  const byFile = new Map<string, ImportItem[]>();
  for (const f of readdirSync(dir).sort()) byFile.set(f, await read((await openInput(join(dir, f))).stream));
  assert.equal(byFile.size, 15);
  const all = [...byFile.values()].flat();
  assert.equal(all.length, 30);
  assert.deepEqual(all.filter((i) => i.error), []);
  assert.equal(byFile.get('unit__responses__arxiv__sample_arxiv_record.xml')!.length, 12);
  assert.equal(byFile.get('functional__arxiv__fixtures__http_server__records__arxiv-physics-hep-ex.xml')!.length, 3);

  const [single] = byFile.get('functional__arxiv__fixtures__http_server__records__arxiv-single.xml')!;
  assert.equal(single.line, 6);
  assert.deepEqual({ ...single.record, abstract: undefined }, {
    arxivId: '1401.2122', version: null, title: 'New integrable (3+1)-dimensional systems and contact geometry', abstract: undefined,
    authors: ['A. Sergyeyev'], categories: ['math.AP', 'hep-th', 'math-ph', 'math.DG', 'math.MP', 'nlin.SI'],
    publishedAt: '2014-01-09', updatedAt: '2017-10-23', links: links('1401.2122'),
  });
  // arXiv's indented new paragraph is not a blank line: cleanAbstract joins it into one paragraph.
  assert.match(single.record!.abstract!, /^We introduce a novel systematic construction .* vector fields\. In particular, we present new large classes .* spectral parameter\.$/);
  const records = all.map((i) => i.record!);
  const get = (id: string) => records.find((r) => r.arxivId === id)!;
  assert.equal(get('1706.05371').title, 'Evaluation of Silicon Photomultipliers for use as Photosensors in Liquid Xenon Detectors');
  assert.equal(get('1706.05371').authors?.length, 13);
  const bicep = byFile.get('unit__responses__arxiv__sample_arxiv_record4.xml')![0].record!;
  assert.equal(bicep.arxivId, '1603.05976');
  assert.ok(bicep.authors?.includes('R. W. IV'), 'suffix joined after the names');
  // The hand-assembled sample file holds a shortened copy of the same record, joined words and all.
  assert.equal(get('1603.05976').title, 'BICEP2 / Keck Array VII: Matrix based E/B Separation applied to BICEP2and the Keck Array');
  assert.deepEqual(get('1606.07538').authors?.slice(0, 3), ['Super-Kamiokande Collaboration', ':', 'K. Abe']);
  assert.deepEqual(get('1601.03238').categories, ['quant-ph', 'gr-qc', 'hep-th']);
});
