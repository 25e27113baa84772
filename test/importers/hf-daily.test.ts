import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { PaperInput } from '../../src/core/paper.ts';
import { PaperboyError } from '../../src/errors.ts';
import { dailyShape, hfDailyImporter } from '../../src/importers/formats/hf-daily.ts';
import { openInput } from '../../src/importers/open-input.ts';
import type { ImportItem } from '../../src/importers/types.ts';
import { sharedFile } from '../helpers/shared-data.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/importers');
const text = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

async function read(input: string | Buffer | NodeJS.ReadableStream): Promise<ImportItem[]> {
  const stream = typeof input === 'string' || Buffer.isBuffer(input) ? Readable.from([Buffer.from(input)]) : input;
  const out: ImportItem[] = [];
  for await (const item of hfDailyImporter.read(stream, { file: 'daily.json', listingDate: '2026-01-01' })) out.push(item);
  return out;
}

async function readShared(path: string): Promise<ImportItem[]> {
  return read((await openInput(path)).stream);
}

/** 1-based numbers of the lines matching a pattern: where each element of a fixture starts. */
function linesMatching(s: string, re: RegExp): number[] {
  return s.split('\n').flatMap((l, i) => (re.test(l) ? [i + 1] : []));
}

const links = (id: string, code: string[], project?: string) => ({
  arxiv: `https://arxiv.org/abs/${id}`, pdf: `https://arxiv.org/pdf/${id}`, code, ...(project ? { project } : {}),
});

test('hf-daily: a raw API array, three schema eras, bad elements rejected naming the field', async () => {
  const src = text('hf-daily-array.json');
  const items = await read(src);
  assert.deepEqual(items.map((i) => i.line), linesMatching(src, /^ {2}\{$/));
  assert.deepEqual(items[0].record, {
    arxivId: '2401.00001', version: null, title: 'Wrapped Paper Title', authors: ['Ada Example', 'Ben Sample'],
    abstract: 'First line of the abstract wraps here. Code: https://github.com/example/wrapped.',
    publishedAt: '2024-01-01', upvotes: 12, numComments: 2, thumbnail: 'https://example.org/thumbs/2401.00001.png',
    links: links('2401.00001', ['https://github.com/example/wrapped']),
  });
  assert.deepEqual(items[1].record, {
    arxivId: '2502.00002', version: null, title: 'Second Era Paper', authors: ['Cleo Tester'], abstract: 'An abstract.',
    publishedAt: '2025-02-03', upvotes: 5, numComments: 0, submittedOnDailyAt: '2025-02-04', submittedBy: 'cleo',
    thumbnail: 'https://example.org/thumbs/2502.00002.png',
    links: links('2502.00002', ['https://github.com/example/second-era'], 'https://example.org/second'),
  });
  assert.deepEqual(items[2].record, {
    arxivId: '2603.00003', version: null, title: 'Third Era Paper', authors: ['Dana Probe'], abstract: 'Third abstract.',
    publishedAt: '2026-03-02', upvotes: 40, numComments: 1, submittedOnDailyAt: '2026-03-03', organization: 'Example Org',
    withdrawnAt: '2026-03-10', links: links('2603.00003', []),
  });
  assert.equal(items[3].error, 'field "paper.title": expected a non-empty string, got number');
  assert.equal(items[4].error, 'field "paper.upvotes": expected a non-negative number, got string');
});

test('hf-daily: JSON Lines days: the day is the daily date unless the entry has its own', async () => {
  const items = await read(text('hf-daily-days.jsonl'));
  assert.deepEqual(items.map((i) => [i.line, i.record?.title ?? i.error]), [
    [1, 'Day One Paper'],
    [1, 'Own Daily Date'],
    [3, 'field "paper.authors": expected an array, got string'],
    [4, items[3].error],
    [5, 'field "papers": expected an array, got string'],
    [6, 'field "paper.publishedAt": expected a date, got "not a date"'],
    [6, 'Fine Again'],
  ]);
  assert.match(items[3].error!, /^invalid JSON: /);
  assert.equal(items[0].record?.submittedOnDailyAt, '2024-06-03');
  assert.equal(items[1].record?.submittedOnDailyAt, '2024-06-02');
  assert.equal(items[1].record?.numComments, 4);
  assert.equal(items[6].record?.submittedOnDailyAt, '2024-06-07');
});

test('hf-daily: the PaperExplorer object keyed by arXiv id, gzipped', async () => {
  const src = text('hf-daily-explorer.json');
  const items = await read(Readable.from([gzipSync(src)]).pipe((await import('node:zlib')).createGunzip()));
  assert.deepEqual(items.map((i) => i.line), linesMatching(src, /^ {4}"\d{4}\.\d{5}": \{$/));
  assert.deepEqual(items[0].record, {
    arxivId: '2312.00001', version: null, title: 'Explorer Paper One', authors: ['Ivy Author', 'Jon Author'],
    abstract: 'Explorer abstract one.', publishedAt: '2023-12-01', upvotes: 9, links: links('2312.00001', []),
  });
  assert.deepEqual(items[1].record?.links?.code, ['https://github.com/example/explorer-two']);
  assert.equal(items[2].error, 'field "title": expected a non-empty string, got an empty string');
});

test('hf-daily: a truncated array gives its complete entries, then says where it broke', async () => {
  const src = text('hf-daily-array.json');
  const cut = src.slice(0, src.indexOf('"Third Era Paper"'));
  const items = await read(cut);
  assert.deepEqual(items.slice(0, 2).map((i) => i.record?.arxivId), ['2401.00001', '2502.00002']);
  assert.deepEqual(items[2], { line: linesMatching(src, /^ {2}\{$/)[2], error: 'invalid JSON: the file ends inside this element (truncated JSON?)' });
  assert.equal(items.length, 3);
  const noClose = await read(src.slice(0, src.lastIndexOf(']')));
  assert.equal(noClose.length, 6);
  assert.match(noClose[5].error!, /ends before the closing "\]"/);
});

test('hf-daily: one malformed element does not stop the array', async () => {
  const items = await read('[{"paper": {"id": "2401.00001", "title": "A",}},\n{"paper": {"id": "2401.00002", "title": "B"}}]');
  assert.match(items[0].error!, /^invalid JSON: /);
  assert.equal(items[1].record?.title, 'B');
  assert.equal(items[1].line, 2);
});

test('hf-daily: whole-file problems', async () => {
  assert.deepEqual(await read(''), []);
  assert.deepEqual(await read('[]'), []);
  await assert.rejects(read('<html></html>'), (err: unknown) =>
    err instanceof PaperboyError && err.code === 'import_file_unreadable' && /not Hugging Face daily-papers JSON/.test(err.message));
  await assert.rejects(read('[ {"paper": '), (err: unknown) =>
    err instanceof PaperboyError && /daily\.json: not valid JSON \(line 1: the file ends inside this element/.test(err.message));
});

test('hf-daily: shape detection', () => {
  assert.equal(dailyShape('[{"paper"'), 'array');
  assert.equal(dailyShape('\uFEFF{"date": "2024-01-01", "papers": ['), 'jsonl');
  assert.equal(dailyShape('{\n  "2312.17653": {'), 'keyed-object');
  assert.equal(dailyShape('  \n'), 'empty');
  assert.equal(dailyShape('id,title'), null);
});

function checkAll(items: ImportItem[]): PaperInput[] {
  const bad = items.filter((i) => i.error);
  assert.deepEqual(bad, [], 'no real record may be rejected');
  const records = items.map((i) => i.record!);
  for (const r of records) {
    assert.ok(r.title && !/\s\s|\n/.test(r.title), `title collapsed: ${JSON.stringify(r.title)}`);
    assert.match(r.arxivId ?? '', /^\d{4}\.\d{4,5}$/);
    assert.ok(r.authors && r.authors.length > 0);
  }
  return records;
}

const RAW: Array<[string, number]> = [['2024-05-27', 13], ['2025-06-05', 30], ['2026-08-21', 17]];
for (const [day, count] of RAW) {
  test(`hf-daily (real data): raw API response of ${day} gives ${count} entries`, async (t) => {
    const path = sharedFile(t, `hf-daily/raw/daily_papers_${day}.json`);
    if (!path) return;
    const records = checkAll(await readShared(path));
    assert.equal(records.length, count);
  });
}

test('hf-daily (real data): spot checks of the three eras', async (t) => {
  const paths = RAW.map(([day]) => sharedFile(t, `hf-daily/raw/daily_papers_${day}.json`));
  if (paths.some((p) => !p)) return;
  const [y2024, y2025, y2026] = await Promise.all(paths.map((p) => readShared(p!)));
  const a = y2024[0].record!;
  assert.equal(y2024[0].line, 2);
  assert.equal(a.title, 'ConvLLaVA: Hierarchical Backbones as Visual Encoder for Large Multimodal Models');
  assert.equal(a.authors?.length, 9);
  assert.equal(a.authors?.[0], 'Chunjiang Ge');
  assert.deepEqual([a.arxivId, a.publishedAt, a.upvotes, a.numComments, a.submittedOnDailyAt], ['2405.15738', '2024-05-24', 32, 3, undefined]);
  assert.deepEqual(a.links?.code, ['https://github.com/alibaba/conv-llava']);
  assert.equal(a.thumbnail, 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2405.15738.png');
  const b = y2025[0].record!;
  assert.deepEqual([b.arxivId, b.title, b.submittedOnDailyAt, b.submittedBy, b.upvotes, b.numComments],
    ['2506.03569', 'MiMo-VL Technical Report', '2025-06-05', 'tobiaslee', 36, 1]);
  assert.equal(b.authors?.[0], 'Xiaomi LLM-Core Team');
  assert.deepEqual(b.links?.code, ['https://github.com/XiaomiMiMo/MiMo-VL']);
  const c = y2026[0].record!;
  assert.deepEqual([c.arxivId, c.publishedAt, c.submittedOnDailyAt, c.organization, c.upvotes, c.submittedBy],
    ['2608.19880', '2026-08-20', '2026-08-21', 'Google', 163, 'taesiri']);
  assert.deepEqual(c.links, links('2608.19880', ['https://github.com/google-research/envharness'], 'https://envharness.com/'));
});

const DAILY: Array<[string, number]> = [
  ['hf_daily_papers_2024-05-27_to_2025-05-05.jsonl.gz', 3277],
  ['hf_daily_papers_2025-05-06_to_2026-01-13.jsonl.gz', 3000],
  ['hf_daily_papers_2026-01-14_to_2026-07-06.jsonl.gz', 2924],
  ['hf_daily_papers_2026-07-07_to_2026-08-21.jsonl.gz', 680],
];

test('hf-daily (real data): the four day files give all 9,881 entries, each with a daily date', async (t) => {
  const paths = DAILY.map(([f]) => sharedFile(t, `hf-daily/daily/${f}`));
  if (paths.some((p) => !p)) return;
  const all: ImportItem[][] = [];
  for (const [i, p] of paths.entries()) {
    const items = await readShared(p!);
    assert.equal(items.length, DAILY[i][1], DAILY[i][0]);
    all.push(items);
  }
  const records = checkAll(all.flat());
  assert.equal(records.length, 9881);
  assert.equal(new Set(records.map((r) => r.arxivId)).size, 9877);
  assert.ok(records.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.submittedOnDailyAt ?? '')));
  assert.equal(records.filter((r) => r.organization).length, 2912);
  assert.equal(records.filter((r) => r.links?.project).length, 2863);
  assert.ok(records.filter((r) => r.links?.code?.length).length >= 3692);
  // A hidden author (HF hides only the profile link) stays in place.
  const masklid = all[0].find((i) => i.record?.arxivId === '2406.06263')!;
  assert.equal(masklid.line, 16);
  assert.deepEqual(masklid.record?.authors, ['Amir Hossein Kargaran', 'François Yvon', 'Hinrich Schütze']);
  assert.equal(masklid.record?.submittedOnDailyAt, '2024-06-17');
  // A paper listed on two days comes in twice, each with that day's counts.
  const gameworld = all[2].filter((i) => i.record?.arxivId === '2604.07429').map((i) => [i.line, i.record?.submittedOnDailyAt, i.record?.upvotes]);
  assert.deepEqual(gameworld, [[63, '2026-04-10', 2], [67, '2026-04-16', 42]]);
});

test('hf-daily (real data): the PaperExplorer file gives all 753 papers', async (t) => {
  const path = sharedFile(t, 'hf-daily/paperexplorer_hf_papers_2023-12_to_2024-04.json.gz');
  if (!path) return;
  const items = await readShared(path);
  const records = checkAll(items);
  assert.equal(records.length, 753);
  assert.deepEqual({ ...records[0], abstract: undefined }, {
    arxivId: '2312.17653', version: null, title: 'LARP: Language-Agent Role Play for Open-World Games',
    authors: ['Ming Yan', 'Ruihao Li', 'Hao Zhang', 'Hao Wang', 'Zhilan Yang', 'Ji Yan'], abstract: undefined,
    publishedAt: '2023-12-24', upvotes: 29, links: links('2312.17653', []),
  });
  assert.equal(items[752].line, 14726);
  assert.deepEqual([records[752].arxivId, records[752].publishedAt, records[752].upvotes], ['2404.04256', '2024-04-05', 2]);
  assert.equal(records[752].title, 'Sigma: Siamese Mamba Network for Multi-Modal Semantic Segmentation');
});
