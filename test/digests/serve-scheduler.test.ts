import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { addDays } from '../../src/core/dates.ts';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { put, storeDialects } from '../helpers/store.ts';
import { storeLocation } from '../helpers/store-location.ts';
import { BIN, ROOT } from '../helpers/cli.ts';
import { confirmedSubscribers } from '../helpers/digests.ts';

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('`paperboy serve` runs the digest scheduler: with SMTP set and the hour passed, it sends', { timeout: 90_000 }, async () => {
    const store = await dialect.open();
    // The server's clock is real: papers on the two days before today, so "yesterday" has papers
    // even if the date turns while the test runs.
    const today = new Date().toISOString().slice(0, 10);
    await put(store, [1, 2].map((n) => ({ arxivId: `2611.0000${n}`, title: `Fresh paper ${n}`, publishedAt: addDays(today, -n), submittedOnDailyAt: addDays(today, -n), upvotes: n })));
    await confirmedSubscribers(store, ['reader@example.org']);
    const db = storeLocation(store);
    const smtp = await startSmtpCapture();
    const child = spawn(process.execPath, [BIN, '--db', db, 'serve', '--port', '0'], {
      cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PAPERBOY_SMTP_URL: smtp.url, PAPERBOY_DIGEST_HOUR: '0', PAPERBOY_DIGEST_TZ: 'UTC', PAPERBOY_BASE_URL: 'https://papers.example.org' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = once(child, 'exit');
    try {
      const [mail] = await smtp.waitFor(1, 60_000);
      assert.deepEqual(mail!.to, ['reader@example.org']);
      assert.match(mail!.parsed.subject ?? '', /^Trending papers, /);
      assert.match(out, /digests: daily at 0:00 and weekly on mon \(UTC\)/);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await exited;
    assert.equal(code, 0, out);
    assert.match(out, /daily digest \d{4}-\d{2}-\d{2}: sent 1/);
  });
});
