import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { storeDialects, type StoreDialect } from '../helpers/store.ts';
import { storeLocation } from '../helpers/store-location.ts';
import { DAY, fillDigestStore, linkIn, runCliAsync } from '../helpers/digests.ts';

async function setup(dialect: StoreDialect) {
  const store = await dialect.open();
  await fillDigestStore(store);
  const db = storeLocation(store);
  const smtp = await startSmtpCapture();
  const env = { PAPERBOY_SMTP_URL: smtp.url, PAPERBOY_BASE_URL: 'https://papers.example.org', PAPERBOY_MAIL_FROM: 'Paperboy <news@papers.example.org>' };
  return { db, smtp, cli: (...args: string[]) => runCliAsync(['--db', db, ...args], env) };
}

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('subscribers add, list and remove; bad input gets a clear error', async () => {
    const { cli, smtp } = await setup(dialect);
    let r = await cli('subscribers', 'add', 'Ada@Example.org', '--frequency', 'weekly', '--topic', 'protein folding', '--topic', 'category:cs.LG', '--confirmed');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'added ada@example.org (weekly, confirmed, topics: protein folding; category:cs.LG)\n');
    r = await cli('subscribers', 'add', 'bob@example.org');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'added bob@example.org (daily, pending); confirmation mail sent\n');
    const [mail] = await smtp.waitFor(1);
    assert.deepEqual(mail!.to, ['bob@example.org']);
    linkIn(mail!.parsed.text ?? '', 'https://papers.example.org/subscribe/confirm?t=');
    r = await cli('subscribers', 'add', 'ada@example.org', '--frequency', 'daily');
    assert.equal(r.stdout, 'updated ada@example.org (daily, confirmed, topics: protein folding; category:cs.LG)\n', 'topics not given are kept');
    r = await cli('subscribers', 'add', 'ada@example.org', '--topic', 'author:Grace Hopper');
    assert.equal(r.stdout, 'updated ada@example.org (daily, confirmed, topics: author:Grace Hopper)\n', 'the frequency not given is kept');

    for (const [args, message] of [
      [['subscribers', 'add', 'not-an-address'], /^paperboy: email: "not-an-address" is not an email address \(no @\)\n$/],
      [['subscribers', 'add', 'c@example.org', '--frequency', 'hourly'], /^paperboy: --frequency: expected daily or weekly, got "hourly"\n$/],
      [['subscribers', 'add', 'c@example.org', '--topic', 'category:??'], /^paperboy: --topic: "\?\?" is not a category code/],
      [['subscribers', 'remove', 'nobody@example.org'], /^paperboy: nobody@example\.org is not on the list\n$/],
    ] as Array<[string[], RegExp]>) {
      const bad = await cli(...args);
      assert.equal(bad.code, 1, args.join(' '));
      assert.match(bad.stderr, message);
    }

    r = await cli('subscribers', 'list');
    assert.match(r.stdout, /^ada@example\.org\s+daily\s+confirmed\s+\d{4}-\d{2}-\d{2}  author:Grace Hopper\n/m);
    assert.match(r.stdout, /^bob@example\.org\s+daily\s+pending /m);
    assert.match(r.stdout, /2 subscribers: 1 confirmed, 1 pending, 0 unsubscribed, 0 suppressed\n$/);
    r = await cli('subscribers', 'list', '--json');
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(rows.map((x) => [x.email, x.status, x.frequency]), [['ada@example.org', 'confirmed', 'daily'], ['bob@example.org', 'pending', 'daily']]);
    assert.deepEqual(Object.keys(rows[0]), ['email', 'frequency', 'status', 'topics', 'createdAt', 'confirmedAt', 'unsubscribedAt', 'suppressedAt', 'permanentFailures']);

    r = await cli('subscribers', 'remove', 'BOB@example.org');
    assert.equal(r.stdout, 'removed bob@example.org\n');
    r = await cli('subscribers', 'list', '--json');
    assert.equal(r.stdout.trim().split('\n').length, 1);
  });

  test('digest send: --dry-run sends nothing; a send goes out once; a rerun sends nothing new', async () => {
    const { cli, smtp } = await setup(dialect);
    for (const e of ['a@example.org', 'b@example.org']) assert.equal((await cli('subscribers', 'add', e, '--confirmed', '--topic', 'author:Grace Hopper')).code, 0);
    await cli('subscribers', 'add', 'pending@example.org');
    await smtp.waitFor(1);

    let r = await cli('digest', 'send', '--date', DAY, '--dry-run');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `daily digest ${DAY} (dry run): would send 2, nothing new for 0\n`);
    assert.equal(smtp.messages.length, 1, 'only the confirmation mail');

    r = await cli('digest', 'send', '--date', DAY);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `daily digest ${DAY}: sent 2, nothing new for 0, failed 0, deferred 0, suppressed 0, already handled 0\n`);
    const digests = (await smtp.waitFor(3)).slice(1);
    assert.deepEqual(digests.flatMap((m) => m.to).sort(), ['a@example.org', 'b@example.org']);
    assert.match(digests[0]!.parsed.text ?? '', /YOUR TOPIC: author:Grace Hopper\n\n1\. Grace Hopper on Compilers/);
    assert.match(digests[0]!.parsed.text ?? '', /https:\/\/papers\.example\.org\/unsubscribe\?t=/);

    r = await cli('digest', 'send', '--date', DAY);
    assert.match(r.stdout, /sent 0/);
    r = await cli('digest', 'send', '--frequency', 'weekly', '--date', DAY, '--dry-run');
    assert.equal(r.stdout, 'weekly digest 2025-W03 (dry run): would send 0, nothing new for 0\n', 'no weekly subscribers');
    r = await cli('digest', 'send', '--date', '2025-02-30');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--date: expected a date YYYY-MM-DD, got "2025-02-30"/);
    assert.equal(smtp.messages.length, 3);
  });

  test('digest send refuses to run without SMTP (it would record mail nobody got), unless it is a dry run', async () => {
    const db = storeLocation(await dialect.open());
    const r = await runCliAsync(['--db', db, 'digest', 'send'], { PAPERBOY_SMTP_URL: '' });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /PAPERBOY_SMTP_URL is not set/);
    assert.equal((await runCliAsync(['--db', db, 'digest', 'send', '--dry-run'], { PAPERBOY_SMTP_URL: '' })).code, 0);
  });
});
