import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { snapshotLines } from '../../bench/gen-snapshot.ts';
import { importFile } from '../../src/importers/runner.ts';
import { testStore } from '../helpers/store.ts';
import { tmpDir } from '../helpers/tmp.ts';

const dir = tmpDir();
const text = [...snapshotLines(3000, 3)].join('\n') + '\n';

for (const [name, body] of [['plain.jsonl', Buffer.from(text)], ['packed.jsonl.gz', gzipSync(text)]] as const) {
  test(`progress reports batches and bytes of the file read (${name})`, async () => {
    const file = join(dir, name);
    writeFileSync(file, body);
    const seen: Array<{ read: number; bytes: number; total: number }> = [];
    const r = await importFile(testStore(), file, {
      listingDate: '2026-01-01', batchSize: 500,
      onProgress: (c, b) => seen.push({ read: c.read, bytes: b.read, total: b.total }),
    });
    assert.equal(r.counts.inserted, 3000);
    assert.equal(seen.length, 6);
    assert.deepEqual(seen.map((s) => s.read), [500, 1000, 1500, 2000, 2500, 3000]);
    for (const s of seen) assert.equal(s.total, body.length);
    for (let i = 1; i < seen.length; i++) assert.ok(seen[i].bytes >= seen[i - 1].bytes);
    assert.equal(seen.at(-1)!.bytes, body.length, 'the whole file was read by the last batch');
  });
}
