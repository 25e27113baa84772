import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PaperboyError } from '../../src/errors.ts';
import { detectFormat } from '../../src/importers/detect.ts';
import { openInput } from '../../src/importers/open-input.ts';
import { getImporter } from '../../src/importers/registry.ts';
import { IMPORT_FORMATS, type ImportFormat } from '../../src/importers/types.ts';
import { sharedFile } from '../helpers/shared-data.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/importers');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

const bigDayLine = JSON.stringify({
  date: '2024-06-03',
  papers: Array.from({ length: 40 }, (_, i) => ({ paper: { id: `2406.0${1000 + i}`, title: 'T', summary: 'x'.repeat(3000) } })),
});

const detected: Array<[string, string | Buffer, ImportFormat]> = [
  ['Atom feed (current)', fixture('arxiv-atom-current.xml'), 'arxiv-atom'],
  ['Atom feed (legacy)', fixture('arxiv-atom-legacy.xml'), 'arxiv-atom'],
  ['OAI-PMH arXiv', fixture('arxiv-oai-arxiv.xml'), 'arxiv-oai'],
  ['OAI-PMH arXivRaw', fixture('arxiv-oai-arxivraw.xml'), 'arxiv-oai'],
  ['OAI-PMH error response', fixture('arxiv-oai-norecords.xml'), 'arxiv-oai'],
  ['HF API array', fixture('hf-daily-array.json'), 'hf-daily'],
  ['HF day JSON Lines', fixture('hf-daily-days.jsonl'), 'hf-daily'],
  ['HF day line longer than the head', bigDayLine.slice(0, 64 * 1024), 'hf-daily'],
  ['HF entry per line', '{"paper": {"id": "2401.00001", "title": "T"}, "numComments": 0}\n', 'hf-daily'],
  ['PaperExplorer object', fixture('hf-daily-explorer.json'), 'hf-daily'],
  ['PaperExplorer object on one line', '{"2312.00001": {"url": "u", "title": "T", "upvotes": 1}}', 'hf-daily'],
  ['empty JSON array (an HF day with no papers)', '[]\n', 'hf-daily'],
  ['arXiv listing JSON Lines', fixture('arxiv-listing-sample.jsonl'), 'arxiv-listing'],
  ['Kaggle snapshot JSON Lines', fixture('arxiv-snapshot-sample.jsonl'), 'arxiv-snapshot'],
  ['saved HF listing text', fixture('hf-listing-sample.txt'), 'hf-listing'],
  ['HF listing with a BOM and CRLF', '\uFEFFA Title\r\n\r\nAn abstract.\r\n\r\n  • 2 authors\r\n·\r\nJul 1\r\n', 'hf-listing'],
];
for (const [name, head, format] of detected) {
  test(`detectFormat: ${name} -> ${format}`, () => {
    assert.equal(detectFormat(Buffer.isBuffer(head) ? head : Buffer.from(head), 'in.file'), format);
  });
}

const rejected: Array<[string, string | Buffer, RegExp]> = [
  ['empty file', '', /^in\.file: the file is empty; there is nothing to import$/],
  ['whitespace only', ' \n\t\n', /only whitespace/],
  ['binary junk (PNG bytes)', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /binary data, not UTF-8 text \(starts with bytes 89 50 4e 47 0d 0a 1a 0a\)/],
  ['invalid UTF-8', Buffer.from([0x41, 0xff, 0xfe, 0x42, 0x0a]), /binary data/],
  ['unknown JSON object', '{"foo": 1, "bar": 2}\n', /a JSON object with keys foo, bar$/],
  ['JSON array of numbers', '[1, 2, 3]', /a JSON array of numbers/],
  ['JSON array of unknown objects', '[{"name": "x"}]', /a JSON array whose first element has keys name/],
  ['XML of another kind', '<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', /XML whose root element is <rss>/],
  ['feed without the Atom namespace', '<feed><entry/></feed>', /<feed> without the Atom namespace/],
  ['an HTML page', '<!DOCTYPE html>\n<html><body>Daily Papers</body></html>', /an HTML page/],
  ['plain prose', 'Dear diary,\n\ntoday I read papers.\n', /plain text that does not look like a saved Hugging Face Papers listing/],
  ['CSV', 'id,title\n1,hello\n', /plain text/],
];
for (const [name, head, message] of rejected) {
  test(`detectFormat: ${name} is import_format_unknown`, () => {
    assert.throws(
      () => detectFormat(Buffer.isBuffer(head) ? head : Buffer.from(head), 'in.file'),
      (err: unknown) => err instanceof PaperboyError && err.code === 'import_format_unknown' && message.test(err.message),
    );
  });
}

test('detectFormat: the message lists every known format', () => {
  assert.throws(() => detectFormat(Buffer.from('{"x":1}'), 'f.json'), (err: Error) =>
    err.message.startsWith(`f.json: not a known import format (expected one of ${IMPORT_FORMATS.join(', ')}): `));
});

test('getImporter: one importer per format, an unknown name is invalid_argument', () => {
  for (const f of IMPORT_FORMATS) assert.equal(getImporter(f).format, f);
  assert.throws(() => getImporter('bibtex' as ImportFormat), (err: unknown) =>
    err instanceof PaperboyError && err.code === 'invalid_argument' && /unknown import format "bibtex"/.test(err.message));
});

const REAL: Array<[string, ImportFormat]> = [
  ['000_edcf4aa6fb13a76a.txt', 'hf-listing'],
  ['hf-daily/raw/daily_papers_2024-05-27.json', 'hf-daily'],
  ['hf-daily/raw/daily_papers_2025-06-05.json', 'hf-daily'],
  ['hf-daily/raw/daily_papers_2026-08-21.json', 'hf-daily'],
  ['hf-daily/daily/hf_daily_papers_2024-05-27_to_2025-05-05.jsonl.gz', 'hf-daily'],
  ['hf-daily/daily/hf_daily_papers_2026-07-07_to_2026-08-21.jsonl.gz', 'hf-daily'],
  ['hf-daily/paperexplorer_hf_papers_2023-12_to_2024-04.json.gz', 'hf-daily'],
  ['arxiv/daily-listings/hw_systems_part01.jsonl.gz', 'arxiv-listing'],
  ['arxiv/kaggle-format/arxiv-metadata-oai-snapshot_head200.jsonl', 'arxiv-snapshot'],
  ['fixtures/arxiv-api-atom/recorded-2026/id_0000.0000_s0_m100_8b51d9633a68.xml', 'arxiv-atom'],
  ['fixtures/arxiv-api-atom/legacy-2016/au_del_maestro.xml', 'arxiv-atom'],
  ['fixtures/arxiv-oai-pmh/unit__responses__arxiv__sample_arxiv_record.xml', 'arxiv-oai'],
];
for (const [rel, format] of REAL) {
  test(`detectFormat (real data): ${rel} -> ${format}`, async (t) => {
    const path = sharedFile(t, rel);
    if (!path) return;
    const { head, stream } = await openInput(path);
    (stream as NodeJS.ReadableStream & { destroy(): void }).destroy();
    assert.equal(detectFormat(head, rel), format);
  });
}

// Real files of other kinds in shared/data must be refused, not misread.
const NOT_IMPORTS = [
  'fixtures/arxiv-abs-files/arxiv_browse_abs_files.jsonl.gz',
  'relevance/reviewer-paper-match/papers.jsonl.gz',
  'relevance/reviewer-paper-match/evaluations.tsv',
  'relevance/reviewer-paper-match/research_areas.json',
  'fixtures/arxiv-api-atom/recorded-2026/index.json',
];
for (const rel of NOT_IMPORTS) {
  test(`detectFormat (real data): ${rel} is not an import format`, async (t) => {
    const path = sharedFile(t, rel);
    if (!path) return;
    const { head, stream } = await openInput(path);
    (stream as NodeJS.ReadableStream & { destroy(): void }).destroy();
    assert.throws(() => detectFormat(head, rel), (err: unknown) => err instanceof PaperboyError && err.code === 'import_format_unknown');
  });
}
