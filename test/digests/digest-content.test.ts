import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { storeDialects, type StoreDialect } from '../helpers/store.ts';
import { confirmedSubscribers, DAY, digestApp, digestDeps, fillDigestStore, headerOf } from '../helpers/digests.ts';
import { runDigest } from '../../src/digests/run.ts';
import { periodFor } from '../../src/digests/periods.ts';
import { hrefs, scriptVectors } from '../helpers/web-pages.ts';

const TOPICS = [
  { kind: 'search' as const, value: 'protein folding' },
  { kind: 'category' as const, value: 'q-bio.BM' },
  { kind: 'author' as const, value: 'Grace Hopper' },
  { kind: 'search' as const, value: 'nothing matches zebra' },
];

async function sentDigest(dialect: StoreDialect) {
  const store = await dialect.open();
  await fillDigestStore(store);
  const smtp = await startSmtpCapture();
  const deps = digestDeps(store, smtp.url);
  await confirmedSubscribers(store, ['reader@example.org'], 'daily', TOPICS);
  await runDigest(deps, periodFor('daily', DAY));
  const [mail] = await smtp.waitFor(1);
  return { store, smtp, deps, mail: mail! };
}

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('a digest: trending first, then each topic\'s matches of the period only, in an HTML and a text part', async () => {
    const { mail, deps } = await sentDigest(dialect);
    const p = mail.parsed;
    assert.equal(p.subject, 'Trending papers, Fri, Jan 17, 2025 · Paperboy');
    const text = p.text ?? '';
    const html = String(p.html);
    // Trending: the day's papers by their score (upvotes here), titles as text, hostile markup escaped.
    const order = ['Most Upvoted Transformer Paper', 'Second Place Sparse Kernels', 'Third <b>Bold</b> & "Quoted" Paper'].map((t) => text.indexOf(t));
    assert.ok(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]!)), `trending order ${order}`);
    assert.match(html, /Third &lt;b&gt;Bold&lt;\/b&gt; &amp; &quot;Quoted&quot; Paper/);
    assert.deepEqual(scriptVectors(html), []);
    assert.doesNotMatch(html, /<script>alert/);

    // Topics: matches of the period only (last week's protein paper by Grace Hopper never shows).
    const section = (label: string) => text.slice(text.indexOf(`YOUR TOPIC: ${label}`)).split('\nYOUR TOPIC:')[0]!;
    assert.match(section('protein folding'), /1\. Protein Folding with Priors/);
    assert.match(section('category:q-bio.BM'), /1\. Protein Folding with Priors/);
    assert.match(section('author:Grace Hopper'), /1\. Grace Hopper on Compilers/);
    assert.match(section('nothing matches zebra'), /Nothing new on this topic/);
    assert.doesNotMatch(text, /Old Protein Folding Study/);
    assert.doesNotMatch(html, /Old Protein Folding Study/);

    // Each paper: title, authors, short abstract and links (paper page, arXiv, PDF, code).
    assert.match(text, /1\. Most Upvoted Transformer Paper\n {3}Some One\n {3}A paper\.\n {3}Read: https:\/\/paperboy\.test\/papers\/2501\.10001\n {3}arXiv: https:\/\/arxiv\.org\/abs\/2501\.10001\n {3}PDF: https:\/\/arxiv\.org\/pdf\/2501\.10001/);
    const links = hrefs(html);
    for (const want of ['https://paperboy.test/papers/2501.10001', 'https://arxiv.org/abs/2501.10001', 'https://github.com/acme/kernels', 'https://paperboy.test/date/2025-01-17']) {
      assert.ok(links.includes(want), want);
    }
    assert.ok(links.every((h) => h.startsWith('https://')), 'only absolute https links in mail');
    await deps.mailer.close();
  });

  test('the HTML is built for mail clients and dark mode: tables, inline styles, colour-scheme metas, no images', async () => {
    const { mail, deps } = await sentDigest(dialect);
    const html = String(mail.parsed.html);
    assert.match(html, /<meta name="color-scheme" content="light dark">/);
    assert.match(html, /<meta name="supported-color-schemes" content="light dark">/);
    assert.match(html, /@media \(prefers-color-scheme: dark\)/);
    assert.match(html, /<table role="presentation"[^>]*width="600"/);
    assert.doesNotMatch(html, /background-image|url\(|<img|<div[^>]*style="[^"]*display:\s*(flex|grid)/i);
    // Every visible text element carries its own style (Gmail drops classes it does not know).
    for (const tag of html.match(/<(p|h1|h2|a)\b[^>]*>/g) ?? []) assert.match(tag, /style="/, tag);
    await deps.mailer.close();
  });

  test('headers: List-Unsubscribe with an https link and RFC 8058 one-click, List-Id; a multipart/alternative message', async () => {
    const { mail, deps } = await sentDigest(dialect);
    assert.match(headerOf(mail.raw, 'List-Unsubscribe') ?? '', /^<https:\/\/paperboy\.test\/unsubscribe\?t=[\w-]+\.[\w-]+>$/);
    assert.equal(headerOf(mail.raw, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
    assert.equal(headerOf(mail.raw, 'List-Id'), 'Paperboy daily digest <daily.digest.paperboy.test>');
    assert.match(headerOf(mail.raw, 'Content-Type') ?? '', /^multipart\/alternative;/);
    assert.deepEqual(mail.parsed.attachments, []);
    assert.match(mail.raw, /^Message-ID: <[^>]+>\r?$/m);
    assert.match(mail.raw, /^From: Paperboy <digest@paperboy\.test>\r?$/m);
    await deps.mailer.close();
  });

  test('one-click unsubscribe: the POST a mail client makes (no login, no form token, no Origin) stops the next digest', async () => {
    const { mail, store, deps, smtp } = await sentDigest(dialect);
    const url = /^<([^>]+)>$/.exec(headerOf(mail.raw, 'List-Unsubscribe') ?? '')![1]!;
    const web = digestApp(store, deps.mailer);

    const page = await web.request(url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<form method="post" action="\/unsubscribe">/);
    assert.equal((await store.digests.byEmail('reader@example.org'))?.status, 'confirmed', 'the GET only asks');

    const forged = await web.request(url.replace(/t=[\w-]+/, 't=abc'), { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assert.equal(forged.status, 400);

    const res = await web.request(url, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assert.equal(res.status, 200);
    assert.match(await res.text(), /You are unsubscribed/);
    assert.equal((await store.digests.byEmail('reader@example.org'))?.status, 'unsubscribed');
    // Clients may also send multipart/form-data (RFC 8058 allows both); asking twice is fine.
    const form = new FormData();
    form.set('List-Unsubscribe', 'One-Click');
    assert.equal((await web.request(url, { method: 'POST', body: form })).status, 200);

    const next = await runDigest(deps, periodFor('daily', '2025-01-10'));
    assert.equal(next.sent, 0);
    assert.equal(smtp.messages.length, 1);
    await deps.mailer.close();
  });

  test('the admin preview shows a digest in the browser; its guard decides who may see it', async () => {
    const store = await dialect.open();
    await fillDigestStore(store);
    const smtp = await startSmtpCapture();
    const deps = digestDeps(store, smtp.url);
    const open = digestApp(store, deps.mailer);
    const res = await open.request(`/digest/preview?date=${DAY}&frequency=daily&topic=${encodeURIComponent('author:Grace Hopper')}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('Cache-Control'), 'private, no-store');
    const html = await res.text();
    assert.match(html, /Trending papers, Fri, Jan 17, 2025/);
    assert.match(html, /Your topic: author:Grace Hopper/);
    assert.match(html, /Grace Hopper on Compilers/);
    const weekly = await (await open.request(`/digest/preview?date=${DAY}&frequency=weekly`)).text();
    assert.match(weekly, /Trending papers, Week 3, 2025/);
    assert.match(weekly, /Most Upvoted Transformer Paper/);
    assert.doesNotMatch(weekly, /Old Protein Folding Study/, 'a paper of the week before');
    const text = await (await open.request(`/digest/preview?date=${DAY}&part=text`)).text();
    assert.match(text, /^Trending papers, Fri, Jan 17, 2025\n/);
    assert.equal((await open.request('/digest/preview?date=2025-02-30')).status, 400);
    assert.equal((await open.request('/digest/preview?frequency=hourly')).status, 400);

    const guarded = digestApp(store, deps.mailer, { requireAdmin: async (c) => c.text('no', 403) });
    assert.equal((await guarded.request(`/digest/preview?date=${DAY}`)).status, 403);
    assert.equal(smtp.messages.length, 0, 'a preview mails no one');
    await deps.mailer.close();
  });

  test('with PAPERBOY_DIGEST_UNSUBSCRIBE_MAILTO set, List-Unsubscribe also offers a mailto: after the https link', async () => {
    const store = await dialect.open();
    await fillDigestStore(store);
    const smtp = await startSmtpCapture();
    const deps = { ...digestDeps(store, smtp.url), unsubscribeMailto: 'unsubscribe@paperboy.test' };
    await confirmedSubscribers(store, ['reader@example.org']);
    await runDigest(deps, periodFor('daily', DAY));
    const [mail] = await smtp.waitFor(1);
    assert.match(headerOf(mail!.raw, 'List-Unsubscribe') ?? '', /^<https:\/\/paperboy\.test\/unsubscribe\?t=[\w.-]+>, <mailto:unsubscribe@paperboy\.test\?subject=unsubscribe>$/);
    await deps.mailer.close();
  });
});
