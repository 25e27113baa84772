import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PaperboyError } from '../../src/errors.ts';
import { HEAD_BYTES, openInput } from '../../src/importers/open-input.ts';
import { tmpDir } from '../helpers/tmp.ts';

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(parts);
}

function isUnreadable(pattern: RegExp) {
  return (err: unknown) => err instanceof PaperboyError && err.code === 'import_file_unreadable' && pattern.test(err.message);
}

const dir = tmpDir();
// 200 KiB of numbered lines: bigger than the head, so head and stream differ.
const big = Buffer.from(Array.from({ length: 20000 }, (_, i) => `line ${String(i).padStart(5, '0')}`).join('\n') + '\n');

test('openInput: a plain file gives the first 64 KiB as head and the whole content as stream', async () => {
  const file = join(dir, 'plain.txt');
  writeFileSync(file, big);
  const { head, stream } = await openInput(file);
  assert.equal(head.length, HEAD_BYTES);
  assert.deepEqual(head, big.subarray(0, HEAD_BYTES));
  assert.deepEqual(await readAll(stream), big);
});

test('openInput: gzip is recognised by its magic bytes, whatever the name, and decompressed', async () => {
  const file = join(dir, 'compressed.txt'); // no .gz on purpose
  writeFileSync(file, gzipSync(big));
  const { head, stream } = await openInput(file);
  assert.deepEqual(head, big.subarray(0, HEAD_BYTES));
  assert.deepEqual(await readAll(stream), big);
});

test('openInput: a short file gives all of it as head', async () => {
  const file = join(dir, 'short.json.gz');
  writeFileSync(file, gzipSync('[]'));
  const { head, stream } = await openInput(file);
  assert.equal(head.toString(), '[]');
  assert.equal((await readAll(stream)).toString(), '[]');
});

test('openInput: an empty file opens with an empty head (detection names the problem)', async () => {
  const file = join(dir, 'empty.jsonl');
  writeFileSync(file, '');
  const { head, stream } = await openInput(file);
  assert.equal(head.length, 0);
  assert.equal((await readAll(stream)).length, 0);
});

test('openInput: a missing file is import_file_unreadable naming the path', async () => {
  const file = join(dir, 'nope.jsonl');
  await assert.rejects(openInput(file), isUnreadable(new RegExp(`^${file}: no such file$`)));
});

test('openInput: a directory is import_file_unreadable', async () => {
  const sub = join(dir, 'a-directory');
  mkdirSync(sub);
  await assert.rejects(openInput(sub), isUnreadable(/is a directory/));
});

test('openInput: a file that cannot be read is import_file_unreadable', async () => {
  if (process.getuid?.() === 0) {
    // Root ignores permission bits; /proc/self/mem fails to read at offset 0 with EIO for anyone.
    await assert.rejects(openInput('/proc/self/mem'), isUnreadable(/^\/proc\/self\/mem: /));
    return;
  }
  const file = join(dir, 'secret.jsonl');
  writeFileSync(file, '{}');
  chmodSync(file, 0o000);
  await assert.rejects(openInput(file), isUnreadable(/permission denied/));
});

test('openInput: gzip that is corrupt from the start is import_file_unreadable', async () => {
  const file = join(dir, 'broken.gz');
  writeFileSync(file, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x00, 0x01, 0x02]));
  await assert.rejects(openInput(file), isUnreadable(/gzip data is corrupt or truncated/));
});

test('openInput: gzip truncated after the head fails while streaming, naming the file', async () => {
  const file = join(dir, 'truncated.gz');
  const random = Buffer.from(Array.from({ length: 400000 }, (_, i) => (i * 2654435761) % 251));
  const gz = gzipSync(random);
  writeFileSync(file, gz.subarray(0, Math.floor(gz.length * 0.8)));
  const { head, stream } = await openInput(file);
  assert.equal(head.length, HEAD_BYTES);
  await assert.rejects(readAll(stream), isUnreadable(/truncated\.gz: gzip data is corrupt or truncated/));
});
