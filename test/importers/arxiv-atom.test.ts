import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { PaperboyError } from '../../src/errors.ts';
import { arxivAtomImporter } from '../../src/importers/formats/arxiv-atom.ts';
import { openInput } from '../../src/importers/open-input.ts';
import type { ImportItem } from '../../src/importers/types.ts';
import { SHARED_DATA, sharedFile } from '../helpers/shared-data.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/importers');
const text = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

async function read(input: string | NodeJS.ReadableStream): Promise<ImportItem[]> {
  const stream = typeof input === 'string' ? Readable.from([Buffer.from(input)]) : input;
  const out: ImportItem[] = [];
  for await (const item of arxivAtomImporter.read(stream, { file: 'feed.xml', listingDate: '2026-01-01' })) out.push(item);
  return out;
}

const unreadable = (re: RegExp) => (err: unknown) => err instanceof PaperboyError && err.code === 'import_file_unreadable' && re.test(err.message);

test('arxiv-atom: current format, primary category first, codes and errors', async () => {
  const items = await read(text('arxiv-atom-current.xml'));
  assert.deepEqual(items.map((i) => i.line), [9, 34, 46]);
  assert.deepEqual(items[0].record, {
    arxivId: '2501.01234', version: 3,
    // LaTeX and HTML stay as written (entities decoded, nothing stripped).
    title: 'Counting Widgets with $\\mathcal{O}(1)$ Memory & <b>Bold</b> Claims',
    abstract: 'We count widgets. Second line of the same paragraph.\n\nA second paragraph.',
    authors: ['Kim Example', 'Lee Sample'],
    categories: ['cs.LG', 'cs.DS'],
    publishedAt: '2025-01-02', updatedAt: '2025-03-05',
    links: { arxiv: 'https://arxiv.org/abs/2501.01234', pdf: 'https://arxiv.org/pdf/2501.01234', code: ['https://github.com/example/widgets'] },
  });
  assert.deepEqual(items[1].record, {
    arxivId: 'hep-th/9901001', version: 1, title: 'An Old-Style Identifier', abstract: 'Old.', authors: ['Max Old'],
    categories: ['hep-th'], publishedAt: '1999-01-01', updatedAt: '1999-01-01',
    links: { arxiv: 'https://arxiv.org/abs/hep-th/9901001', pdf: 'https://arxiv.org/pdf/hep-th/9901001', code: [] },
  });
  assert.deepEqual(items[2], { line: 46, error: 'field "published": expected a date, got "yesterday"' });
});

test('arxiv-atom: legacy format (title type="html", per-element namespaces)', async () => {
  const [item, ...rest] = await read(text('arxiv-atom-legacy.xml'));
  assert.equal(rest.length, 0);
  assert.deepEqual(item.record, {
    arxivId: '1203.4567', version: 2, title: 'Legacy Entry With A Wrapped Title', abstract: 'A legacy abstract that wraps.',
    authors: ['Ona Legacy'], categories: ['cond-mat.str-el', 'quant-ph'], publishedAt: '2012-03-20', updatedAt: '2012-06-01',
    links: { arxiv: 'https://arxiv.org/abs/1203.4567', pdf: 'https://arxiv.org/pdf/1203.4567', code: [] },
  });
});

test('arxiv-atom: an API error entry is rejected with the API message', async () => {
  assert.deepEqual(await read(text('arxiv-atom-error.xml')), [{ line: 7, error: 'arXiv API error: incorrect id format for xyz' }]);
});

test('arxiv-atom: a feed with no entries gives nothing', async () => {
  const empty = text('arxiv-atom-current.xml').replace(/<entry>[\s\S]*<\/entry>\n/, '');
  assert.deepEqual(await read(empty), []);
});

test('arxiv-atom: truncated XML gives the complete entries, then an error where it broke', async () => {
  const src = text('arxiv-atom-current.xml');
  const items = await read(src.slice(0, src.indexOf('An Old-Style Identifier')));
  assert.equal(items.length, 2);
  assert.equal(items[0].record?.arxivId, '2501.01234');
  assert.deepEqual(items[1], {
    line: 34,
    error: 'XML is not well-formed here (the file ends inside this <entry> (truncated?)); the rest of the file was not read',
  });
});

test('arxiv-atom: a damaged entry stops the reading there, after the good ones', async () => {
  const src = text('arxiv-atom-current.xml').replace('<title>An Old-Style Identifier</title>', '<title>An Old-Style Identifier</titel>');
  const items = await read(src);
  assert.deepEqual(items.map((i) => i.record?.arxivId ?? i.line), ['2501.01234', 36]);
  assert.match(items[1].error!, /^XML is not well-formed here \(.*title.*\); the rest of the file was not read$/);
});

test('arxiv-atom: XML broken before the first entry is a whole-file error naming the file', async () => {
  const src = text('arxiv-atom-current.xml');
  await assert.rejects(read(src.slice(0, src.indexOf('<published>'))), unreadable(/^feed\.xml: XML is not well-formed \(line 9: the file ends inside this <entry>/));
  await assert.rejects(read('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</titl></feed>'), unreadable(/^feed\.xml: XML is not well-formed/));
});

test('arxiv-atom: a document that is not a feed is refused', async () => {
  await assert.rejects(read(text('arxiv-oai-arxiv.xml')), (err: unknown) =>
    err instanceof PaperboyError && err.code === 'import_format_unknown' && /not an Atom feed \(root element <OAI-PMH>\)/.test(err.message));
});

function atomFiles(dir: string): string[] {
  try {
    return readdirSync(join(SHARED_DATA, dir)).filter((f) => f.endsWith('.xml')).sort().map((f) => `${dir}/${f}`);
  } catch {
    return [];
  }
}

async function readAllOf(files: string[]): Promise<Map<string, ImportItem[]>> {
  const out = new Map<string, ImportItem[]>();
  for (const f of files) out.set(f.replace(/^.*\//, ''), await read((await openInput(join(SHARED_DATA, f))).stream));
  return out;
}

test('arxiv-atom (real data): the 2026 recordings give 222 entries, only the API error rejected', async (t) => {
  if (!sharedFile(t, 'fixtures/arxiv-api-atom/recorded-2026/index.json')) return;
  const byFile = await readAllOf(atomFiles('fixtures/arxiv-api-atom/recorded-2026'));
  assert.equal(byFile.size, 20);
  const all = [...byFile.values()].flat();
  assert.equal(all.length, 222);
  assert.deepEqual(all.filter((i) => i.error), [{ line: 9, error: 'arXiv API error: incorrect id format for abc' }]);
  const counts = Object.fromEntries([...byFile].map(([f, items]) => [f.replace(/_[0-9a-f]{12}\.xml$/, ''), items.length]));
  assert.deepEqual(counts, {
    'id_0000.0000_s0_m100': 0, 'id_0808.05394_1707.08567_s0_m100': 1, 'id_0808.05394_s0_m100': 0, 'id_1605.08386_s0_m100': 1,
    'id_1707.08567_s0_m100': 1, 'id_2104.12255v1_s0_m100': 1, id_abc_s0_m100: 1, 'id_astro-ph_0601001_s0_m100': 1,
    'id_quant-ph_0201082v1_s0_m100': 1, q_testing_s0_m100: 100, q_testing_s0_m10: 10, q_testing_s0_m15: 15, q_testing_s10_m10: 10,
    q_testing_s20_m10: 10, q_testing_s30_m10: 10, q_testing_s40_m10: 10, q_testing_s50_m10: 10, q_testing_s5_m10: 10,
    q_testing_s5_m15: 15, q_testing_s9_m15: 15,
  });
  const records = all.flatMap((i) => (i.record ? [i.record] : []));
  const get = (id: string) => records.find((r) => r.arxivId === id)!;
  const aew = get('1707.08567');
  assert.deepEqual([aew.version, aew.publishedAt, aew.categories, aew.authors?.length, aew.authors?.[0]],
    [1, '2017-07-27', ['cs.IT'], 34, 'Kees A. Schouhamer Immink']);
  assert.equal(aew.title, 'Proceedings of Workshop AEW10: Concepts in Information Theory and Communications');
  const hj = get('astro-ph/0601001');
  assert.deepEqual([hj.version, hj.publishedAt, hj.authors?.[0], hj.authors?.length], [1, '2006-01-02', 'Andrew Gould', 4]);
  assert.deepEqual(get('quant-ph/0201082').categories, ['quant-ph', 'cs.PL']);
  const first = byFile.get('q_testing_s0_m10_bc5a6c384fe9.xml')![0].record!;
  assert.equal(first.title, 'Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques');
  assert.deepEqual([first.arxivId, first.categories], ['2202.12139', ['cs.SE', 'cs.LG']]);
  // The recordings carry UTF-8 decoded as Latin-1 (mojibake); it is stored exactly as received.
  assert.equal(get('2405.13786').authors?.[0], 'Aurora RamÃ\u00adrez');
});

test('arxiv-atom (real data): the legacy 2016 responses give 24 entries', async (t) => {
  if (!sharedFile(t, 'fixtures/arxiv-api-atom/legacy-2016/id_list_1111.2011v2.xml')) return;
  const byFile = await readAllOf(atomFiles('fixtures/arxiv-api-atom/legacy-2016'));
  const all = [...byFile.values()].flat();
  assert.equal(all.length, 24);
  assert.equal(all.filter((i) => i.error).length, 0);
  const r = byFile.get('id_list_1111.2011v2.xml')![0].record!;
  assert.deepEqual([r.arxivId, r.version, r.publishedAt, r.updatedAt, r.categories, r.authors],
    ['1111.2011', 2, '2011-11-08', '2012-04-02', ['cond-mat.str-el', 'cond-mat.stat-mech'], ['James M. Murray', 'Adrian Del Maestro', 'Zlatko Tesanovic']]);
  assert.equal(r.title, 'Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit');
});
