import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { readLines, type ReadLine } from '../../src/importers/line-reader.ts';
import { openInput } from '../../src/importers/open-input.ts';
import { tmpDir } from '../helpers/tmp.ts';

async function lines(chunks: Array<Buffer | string>, max?: number): Promise<ReadLine[]> {
  async function* gen() { yield* chunks; }
  const out: ReadLine[] = [];
  for await (const l of readLines(gen(), max)) out.push(l);
  return out;
}

const texts = (ls: ReadLine[]) => ls.map((l) => (l.oversized ? `<${l.bytes}>` : l.text));

test('line-reader: splits lines, numbers them from 1, keeps blank lines', async () => {
  const ls = await lines(['a\n\nb\n']);
  assert.deepEqual(ls, [{ line: 1, text: 'a' }, { line: 2, text: '' }, { line: 3, text: 'b' }]);
});

const cases: Array<[string, Array<Buffer | string>, string[]]> = [
  ['CRLF line ends', ['one\r\ntwo\r\n'], ['one', 'two']],
  ['a missing final newline', ['one\ntwo'], ['one', 'two']],
  ['a CR and LF split across chunks', ['one\r', '\ntwo'], ['one', 'two']],
  ['a line spread over many chunks', ['ab', 'cd', 'e\nf'], ['abcde', 'f']],
  ['a UTF-8 BOM on line 1 only', [Buffer.from('\uFEFFfirst\n\uFEFFsecond\n')], ['first', '\uFEFFsecond']],
  ['an empty input', [], []],
  ['a lone newline', ['\n'], ['']],
];
for (const [name, chunks, expected] of cases) {
  test(`line-reader: ${name}`, async () => {
    assert.deepEqual(texts(await lines(chunks)), expected);
  });
}

test('line-reader: UTF-8 characters split across chunks come out whole', async () => {
  const bytes = Buffer.from('héllo wörld €𝄞\nnext ü\n');
  const oneByteChunks = [...bytes].map((b) => Buffer.from([b]));
  assert.deepEqual(texts(await lines(oneByteChunks)), ['héllo wörld €𝄞', 'next ü']);
});

test('line-reader: a line over the limit is reported with its size, the next lines still come', async () => {
  const ls = await lines(['short\n', 'x'.repeat(30), 'y'.repeat(30), '\r\nafter\n', 'z'.repeat(25)], 20);
  assert.deepEqual(ls, [
    { line: 1, text: 'short' },
    { line: 2, oversized: true, bytes: 60 },
    { line: 3, text: 'after' },
    { line: 4, oversized: true, bytes: 25 },
  ]);
});

test('line-reader: a line of exactly the limit is read', async () => {
  assert.deepEqual(texts(await lines(['x'.repeat(20) + '\r\n'], 20)), ['x'.repeat(20)]);
});

test('line-reader: a 1 GiB line is dropped as it streams, memory stays bounded', async () => {
  const MiB = 1024 * 1024;
  const before = process.memoryUsage().rss;
  let peak = before;
  async function* huge() {
    yield Buffer.from('{"ok":1}\n');
    for (let i = 0; i < 1024; i++) {
      yield Buffer.alloc(MiB, 0x61); // a fresh chunk each time, as a file stream gives
      if (i % 64 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    yield Buffer.from('\n{"ok":2}\n');
  }
  const out: ReadLine[] = [];
  for await (const l of readLines(huge())) out.push(l);
  assert.deepEqual(out, [
    { line: 1, text: '{"ok":1}' },
    { line: 2, oversized: true, bytes: 1024 * MiB },
    { line: 3, text: '{"ok":2}' },
  ]);
  // Holding the line would need over 1 GiB; the reader keeps at most 16 MiB plus chunks in flight.
  assert.ok(peak - before < 400 * MiB, `rss grew by ${Math.round((peak - before) / MiB)} MiB`);
});

test('line-reader: a 50 MB single-line file on disk is rejected as oversized without crashing', async () => {
  const dir = tmpDir();
  const file = join(dir, 'one-huge-line.jsonl');
  const out = createWriteStream(file);
  const chunk = Buffer.alloc(1024 * 1024, 0x7a);
  out.write('{"first":true}\n{"title":"');
  for (let i = 0; i < 50; i++) out.write(chunk);
  out.write('"}\n{"last":true}\n');
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  const { stream } = await openInput(file);
  const ls: ReadLine[] = [];
  for await (const l of readLines(stream)) ls.push(l);
  assert.equal(ls.length, 3);
  assert.deepEqual(ls[0], { line: 1, text: '{"first":true}' });
  assert.deepEqual(ls[1], { line: 2, oversized: true, bytes: 50 * 1024 * 1024 + 12 });
  assert.deepEqual(ls[2], { line: 3, text: '{"last":true}' });
});
