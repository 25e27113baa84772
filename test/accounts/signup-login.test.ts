import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accountsApp, linkIn, mailTo, makeUser, PASSWORD } from '../helpers/accounts.ts';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { storeDialects } from '../helpers/store.ts';
import { BASE_URL } from '../helpers/web-api.ts';

for (const dialect of await storeDialects()) {
  // One mail server per store: tests look for the nth mail to an address.
  const smtp = await startSmtpCapture();
  describe(dialect.name, { skip: dialect.skip }, () => {
    test('sign up, verify by the mailed link, log in, see the menu, log out', async () => {
      const t = await accountsApp(smtp, dialect);
      const browser = t.client();
      const res = await browser.submit('/signup', { email: ' New.User@Example.org ', password: PASSWORD, displayName: 'New <b>User</b>' });
      assert.equal(res.status, 200);
      assert.match(await res.text(), /We have sent a link to <strong>new\.user@example\.org<\/strong>/);

      const mail = await mailTo(smtp, 'new.user@example.org');
      const link = linkIn(mail.parsed.text ?? '');
      assert.ok(link.startsWith(`${BASE_URL}/verify?token=`));

      // Before verification, log-in is refused (and a fresh link goes out).
      const early = await browser.logIn('new.user@example.org');
      assert.equal(early.status, 403);
      assert.match(await early.text(), /Confirm your email address first/);

      // The link opens a confirmation page; only its POST verifies (a GET never changes data).
      const path = link.slice(BASE_URL.length);
      const page = await browser.get(path);
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /Confirm <strong>new\.user@example\.org<\/strong>/);
      const token = new URL(link).searchParams.get('token')!;
      const confirmed = await browser.submit('/verify', { token }, path);
      assert.equal(confirmed.status, 200);
      assert.match(await confirmed.text(), /is confirmed/);
      // Used once: the link is dead now.
      assert.equal((await browser.get(path)).status, 400);

      const login = await browser.logIn('new.user@example.org');
      assert.equal(login.status, 303);
      assert.equal(login.headers.get('location'), '/');
      const cookie = login.headers.getSetCookie().find((c) => c.startsWith('pb_session='))!;
      assert.match(cookie, /HttpOnly/i);
      assert.match(cookie, /SameSite=Lax/i);

      const home = await browser.get('/');
      const homeHtml = await home.text();
      // The display name is escaped, never markup.
      assert.match(homeHtml, /<summary title="new.user@example.org">New &lt;b&gt;User&lt;\/b&gt;<\/summary>/);
      assert.equal(home.headers.get('cache-control'), 'private, no-store');
      assert.match(home.headers.get('vary') ?? '', /Cookie/);

      const me = await browser.get('/api/me');
      assert.equal((await me.json()).user.email, 'new.user@example.org');

      const out = await browser.submit('/logout', {}, '/settings');
      assert.equal(out.status, 303);
      assert.equal(browser.cookies.has('pb_session'), false);
      assert.equal((await browser.get('/api/me')).status, 401);
      assert.match(await (await browser.get('/')).text(), /href="\/login"[^>]*>Sign in</);
    });

    test('signing up with a taken address answers the same and mails the owner instead', async () => {
      const t = await accountsApp(smtp, dialect);
      await makeUser(t.store, 'taken@example.org');
      const res = await t.client().submit('/signup', { email: 'taken@example.org', password: PASSWORD });
      assert.equal(res.status, 200);
      assert.match(await res.text(), /We have sent a link/);
      const mail = await mailTo(smtp, 'taken@example.org');
      assert.match(mail.parsed.subject ?? '', /already have a Paperboy account/);
    });

    test('bad sign-up input is refused naming the field', async () => {
      const t = await accountsApp(smtp, dialect);
      const short = await t.client().submit('/signup', { email: 'a@example.org', password: 'short' });
      assert.equal(short.status, 400);
      assert.match(await short.text(), /password: must be at least 10 characters/);
      const bad = await t.client().submit('/signup', { email: 'not-an-address', password: PASSWORD });
      assert.equal(bad.status, 400);
      assert.match(await bad.text(), /email: expected an email address/);
    });

    test('a wrong password is refused without telling whether the account exists', async () => {
      const t = await accountsApp(smtp, dialect);
      await makeUser(t.store, 'ada@example.org');
      const wrong = await t.client().logIn('ada@example.org', 'not the password');
      const unknown = await t.client().logIn('nobody@example.org', 'not the password');
      assert.equal(wrong.status, 401);
      assert.equal(unknown.status, 401);
      const msg = /That email and password do not match an account/;
      assert.match(await wrong.text(), msg);
      assert.match(await unknown.text(), msg);
    });

    test('log-in returns to the page asked for, never to another site', async () => {
      const t = await accountsApp(smtp, dialect);
      await makeUser(t.store, 'ada@example.org');
      const c = t.client();
      const token = await c.csrf('/login?next=/trending');
      const res = await c.request('POST', '/login', { form: { _csrf: token, email: 'ada@example.org', password: PASSWORD, next: '/trending' } });
      assert.equal(res.headers.get('location'), '/trending');
      const c2 = t.client();
      const token2 = await c2.csrf('/login');
      const evil = await c2.request('POST', '/login', { form: { _csrf: token2, email: 'ada@example.org', password: PASSWORD, next: '//evil.example/' } });
      assert.equal(evil.headers.get('location'), '/');
    });

    test('signed-in pages skip the shared page cache; signed-out pages keep it', async () => {
      const t = await accountsApp(smtp, dialect);
      t.deps.pageCacheMs = 60_000;
      await makeUser(t.store, 'ada@example.org');
      const anon = await t.client().get('/trending');
      assert.match(await anon.text(), />Sign in</);
      assert.match(anon.headers.get('cache-control') ?? '', /^public/);
      const c = t.client();
      await c.logIn('ada@example.org');
      const mine = await c.get('/trending');
      const html = await mine.text();
      assert.doesNotMatch(html, />Sign in</);
      assert.match(html, /ada@example\.org/);
      // And the signed-in render did not poison the cache for the next visitor.
      const again = await (await t.client().get('/trending')).text();
      assert.doesNotMatch(again, /ada@example\.org/);
    });
  });
}
