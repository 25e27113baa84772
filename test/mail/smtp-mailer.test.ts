import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSmtpMailer, createLogMailer } from '../../src/mail/smtp-mailer.ts';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';

test('SMTP mailer delivers text, HTML and extra headers to a real SMTP server', async () => {
  const smtp = await startSmtpCapture();
  const mailer = createSmtpMailer(smtp.url, 'Paperboy <news@example.org>');
  const result = await mailer.send({
    to: 'reader@example.org', subject: 'Hello', text: 'plain part', html: '<p>html part</p>',
    headers: { 'List-Unsubscribe': '<https://example.org/u/1>' },
  });
  assert.equal(result.ok, true);
  const [m] = await smtp.waitFor(1);
  assert.deepEqual(m.to, ['reader@example.org']);
  assert.equal(m.parsed.subject, 'Hello');
  assert.equal(m.parsed.text?.trim(), 'plain part');
  assert.match(String(m.parsed.html), /html part/);
  assert.match(m.raw, /^List-Unsubscribe: <https:\/\/example\.org\/u\/1>\r?$/m);
  await mailer.close();
});

test('SMTP refusals come back as results: 5xx permanent, 4xx temporary', async () => {
  const smtp = await startSmtpCapture();
  const mailer = createSmtpMailer(smtp.url, 'news@example.org');
  smtp.refuse(550, 1, 'gone@example.org');
  smtp.refuse(451, 1, 'busy@example.org');
  const gone = await mailer.send({ to: 'gone@example.org', subject: 's', text: 't' });
  const busy = await mailer.send({ to: 'busy@example.org', subject: 's', text: 't' });
  assert.deepEqual([gone.ok, !gone.ok && gone.permanent, !gone.ok && gone.code], [false, true, 550]);
  assert.deepEqual([busy.ok, !busy.ok && busy.permanent, !busy.ok && busy.code], [false, false, 451]);
  await mailer.close();
});

test('an unreachable server is a temporary failure, not a thrown error', async () => {
  const mailer = createSmtpMailer('smtp://127.0.0.1:1', 'news@example.org');
  const r = await mailer.send({ to: 'a@example.org', subject: 's', text: 't' });
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.permanent, false);
  await mailer.close();
});

test('without SMTP the log mailer prints the message, links included', async () => {
  const lines: string[] = [];
  const mailer = createLogMailer((l) => lines.push(l));
  const r = await mailer.send({ to: 'a@example.org', subject: 'Verify', text: 'open http://x/verify?t=1' });
  assert.equal(r.ok, true);
  assert.match(lines[0], /a@example\.org.*Verify[\s\S]*http:\/\/x\/verify\?t=1/);
});
