import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, makeUser } from '../helpers/accounts.ts';
import { confirmedSubscribers, digestDeps } from '../helpers/digests.ts';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { webApp } from '../helpers/web-api.ts';
import { periodFor } from '../../src/digests/periods.ts';
import { runDigest } from '../../src/digests/run.ts';
import { setUpvote } from '../../src/votes/service.ts';
import { recCorpus, recId, topicOf } from './helpers.ts';

const smtp = await startSmtpCapture();

test('readers who ask for it get a "For you" section in the digest, from their own model, over real SMTP', async () => {
  const w = await webApp(recCorpus());
  const store = w.deps.store;
  const fan = await makeUser(store, 'fan@example.org');
  const plain = await makeUser(store, 'plain@example.org');
  for (const u of [fan, plain]) {
    await setUpvote(store, u, recId('protein', 0), true, new Date('2025-03-01T00:00:00Z'));
    await setUpvote(store, u, recId('protein', 1), true, new Date('2025-03-01T00:00:00Z'));
  }
  // The toggle is in the digest settings form.
  const c = new Client(w.app);
  await c.logIn('fan@example.org');
  const saved = await c.submit('/settings/digest', { frequency: 'weekly', topics: '', personal: 'on' }, '/settings');
  assert.equal(saved.status, 200);
  assert.match(await saved.text(), /<input type="checkbox" name="personal" checked=""/);
  assert.equal((await store.recommendations.settings(fan.id)).digestSection, true);
  await confirmedSubscribers(store, ['plain@example.org'], 'weekly');

  // No model was ever trained for the fan: the digest run trains it first. The week of March 10.
  const deps = digestDeps(store, smtp.url, { now: () => new Date('2025-03-17T08:00:00Z') });
  const report = await runDigest(deps, periodFor('weekly', '2025-03-12'));
  assert.equal(report.sent, 2);
  const mail = (to: string) => smtp.messages.find((m) => m.to.includes(to))!;
  const text = mail('fan@example.org').parsed.text ?? '';
  const section = text.slice(text.indexOf('FOR YOU'), text.indexOf('--\nMore on the site'));
  assert.ok(section.startsWith('FOR YOU'), text);
  const ids = [...section.matchAll(/papers\/(2503\.\d{5})/g)].map((m) => m[1]!);
  assert.ok(ids.length >= 2 && ids.length <= 5, section);
  assert.equal(topicOf(ids[0]!), 'protein', section);
  assert.ok(!ids.includes(recId('protein', 0)) && !ids.includes(recId('protein', 1)), 'papers already upvoted are not suggested');
  assert.match(section, /Why: [a-z]/);
  assert.match(mail('fan@example.org').parsed.html || '', /<h2[^>]*>For you<\/h2>/);
  // Papers of the period only (published 2025-03-10 to 2025-03-16).
  for (const id of ids) {
    const p = await store.getPaper(id);
    assert.ok(p!.publishedAt! >= '2025-03-10' && p!.publishedAt! <= '2025-03-16', `${id} ${p!.publishedAt}`);
  }
  assert.doesNotMatch(mail('plain@example.org').parsed.text ?? '', /FOR YOU/, 'only readers who asked get the section');
});
