import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accountsApp, linkIn, mailTo, makeUser, PASSWORD } from '../helpers/accounts.ts';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { sqlRows, storeDialects } from '../helpers/store.ts';
import { BASE_URL } from '../helpers/web-api.ts';

for (const dialect of await storeDialects()) {
  // One mail server per store: tests look for the nth mail to an address.
  const smtp = await startSmtpCapture();
  describe(dialect.name, { skip: dialect.skip }, () => {
    test('CSRF: state changes without the right token are refused, signed in or out', async () => {
      const t = await accountsApp(smtp, dialect);
      await makeUser(t.store, 'csrf@example.org');
      const c = t.client();
      // Signed out: log-in without the double-submit token.
      const noToken = await c.request('POST', '/login', { form: { email: 'csrf@example.org', password: PASSWORD } });
      assert.equal(noToken.status, 403);
      await c.get('/login');
      const wrongToken = await c.request('POST', '/login', { form: { _csrf: 'x'.repeat(43), email: 'csrf@example.org', password: PASSWORD } });
      assert.equal(wrongToken.status, 403);
      assert.equal((await c.logIn('csrf@example.org')).status, 303);
      // Signed in: the session's own token is needed for forms and for API calls made with the cookie.
      assert.equal((await c.request('POST', '/settings/tokens', { form: { name: 'x' } })).status, 403);
      assert.equal((await c.request('POST', '/api/papers/2501.00001/upvote')).status, 403);
      assert.equal((await c.request('POST', '/api/papers/2501.00001/upvote', { headers: { 'x-csrf-token': 'nope' } })).status, 403);
      const token = await c.csrf('/settings');
      // A cross-site Origin is refused even with a token.
      assert.equal((await c.request('POST', '/api/papers/2501.00001/upvote', { headers: { 'x-csrf-token': token, origin: 'https://evil.example' } })).status, 403);
      assert.equal((await c.request('POST', '/api/papers/2501.00001/upvote', { headers: { 'x-csrf-token': token } })).status, 200);
      // The log-out form is CSRF-protected too: a forged log-out does nothing.
      assert.equal((await c.request('POST', '/logout', { form: {} })).status, 403);
      assert.equal((await c.get('/api/me')).status, 200);
    });

    test('session fixation: log-in always issues a new session and ends the one sent with it', async () => {
      const t = await accountsApp(smtp, dialect);
      await makeUser(t.store, 'fix@example.org');
      const victim = t.client();
      // An attacker-chosen cookie value is never adopted.
      victim.cookies.set('pb_session', 'attacker-chosen-value');
      await victim.logIn('fix@example.org');
      const first = victim.cookies.get('pb_session')!;
      assert.notEqual(first, 'attacker-chosen-value');
      // Logging in again (say, on a shared machine) rotates the token; the old one stops working.
      await victim.logIn('fix@example.org');
      const second = victim.cookies.get('pb_session')!;
      assert.notEqual(second, first);
      const stale = t.client();
      stale.cookies.set('pb_session', first);
      assert.equal((await stale.get('/api/me')).status, 401);
      assert.equal((await victim.get('/api/me')).status, 200);
      // Only a digest is stored.
      const stored = (await sqlRows<{ token_hash: string }>(t.store, 'SELECT token_hash FROM sessions')).map((r) => r.token_hash);
      assert.ok(!stored.includes(second) && stored.every((h) => /^[0-9a-f]{64}$/.test(h)));
    });

    test('brute force: five failures lock the account for 15 minutes, from any address', async () => {
      const t = await accountsApp(smtp, dialect);
      await makeUser(t.store, 'brute@example.org');
      for (let i = 0; i < 5; i++) {
        const r = await t.client(`198.51.100.${i}`).logIn('brute@example.org', `guess number ${i}`);
        assert.equal(r.status, 401);
      }
      // Now even the right password is refused, whatever the address.
      const locked = await t.client('203.0.113.9').logIn('brute@example.org');
      assert.equal(locked.status, 429);
      assert.match(await locked.text(), /Too many failed log-ins for this account; it is locked for now\. Try again in 15 minutes/);
      // The fake clock moves past the window: the lock is gone.
      const start = t.deps.now();
      t.deps.now = () => new Date(start.getTime() + 16 * 60_000);
      assert.equal((await t.client('203.0.113.9').logIn('brute@example.org')).status, 303);
    });

    test('rate limits per address: log-in and sign-up attempts from one address are capped', async () => {
      const t = await accountsApp(smtp, dialect);
      const c = t.client('192.0.2.77');
      let last = 0;
      for (let i = 0; i < 31; i++) last = (await c.logIn(`user${i}@example.org`, 'wrong password')).status;
      assert.equal(last, 429);
      // Another address is not affected.
      assert.equal((await t.client('192.0.2.78').logIn('user0@example.org', 'wrong password')).status, 401);
      const s = t.client('192.0.2.79');
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await s.submit('/signup', { email: `bulk${i}@example.org`, password: 'short' })).status);
      assert.equal(statuses[9], 400);
      assert.equal(statuses[10], 429);
    });

    test('password reset: the mailed link works once, and not after it expires', async () => {
      const t = await accountsApp(smtp, dialect);
      await makeUser(t.store, 'reset@example.org');
      const c = t.client();
      const session = t.client();
      await session.logIn('reset@example.org');
      assert.equal((await c.submit('/reset', { email: 'reset@example.org' })).status, 200);
      const link = linkIn((await mailTo(smtp, 'reset@example.org')).parsed.text ?? '');
      const path = link.slice(BASE_URL.length);
      const token = new URL(link).searchParams.get('token')!;
      assert.match(await (await c.get(path)).text(), /Choose a new password/);
      const done = await c.submit('/reset', { token, password: 'a brand new password' }, path);
      assert.equal(done.status, 200);
      // Every session ended; the old password is dead, the new one works.
      assert.equal((await session.get('/api/me')).status, 401);
      assert.equal((await t.client().logIn('reset@example.org')).status, 401);
      assert.equal((await t.client().logIn('reset@example.org', 'a brand new password')).status, 303);
      // Reused: refused.
      const again = await c.submit('/reset', { token, password: 'yet another password' }, '/reset');
      assert.equal(again.status, 400);
      assert.match(await again.text(), /expired or was already used/);

      // A second link, used after its hour is up: refused.
      await c.submit('/reset', { email: 'reset@example.org' });
      const late = new URL(linkIn((await mailTo(smtp, 'reset@example.org', 2)).parsed.text ?? '')).searchParams.get('token')!;
      const start = t.deps.now();
      t.deps.now = () => new Date(start.getTime() + 61 * 60_000);
      assert.equal((await c.get(`/reset?token=${late}`)).status, 400);
      const expired = await c.submit('/reset', { token: late, password: 'yet another password' }, '/reset');
      assert.equal(expired.status, 400);
      // Unknown addresses get the same answer and no mail.
      const before = smtp.messages.length;
      assert.equal((await c.submit('/reset', { email: 'nobody-here@example.org' })).status, 200);
      assert.equal(smtp.messages.length, before);
    });

    test('a banned user can do nothing: no log-in, sessions and tokens stop working', async () => {
      const t = await accountsApp(smtp, dialect);
      const u = await makeUser(t.store, 'banned@example.org');
      const c = t.client();
      await c.logIn('banned@example.org');
      const token = await c.csrf('/settings');
      const made = await c.request('POST', '/api/me/tokens', { json: { name: 'script' }, headers: { 'x-csrf-token': token } });
      assert.equal(made.status, 201);
      const { token: pat } = await made.json();
      assert.equal((await t.client().get('/api/me', { authorization: `Bearer ${pat}` })).status, 200);

      await t.store.accounts.setBanned(u.id, t.deps.now().toISOString());
      assert.equal((await c.get('/api/me')).status, 401);
      assert.equal((await c.request('POST', '/api/papers/2501.00001/upvote', { headers: { 'x-csrf-token': token } })).status, 401);
      assert.equal((await t.client().request('POST', '/api/papers/2501.00001/upvote', { headers: { authorization: `Bearer ${pat}` } })).status, 401);
      const login = await t.client().logIn('banned@example.org');
      assert.equal(login.status, 403);
      assert.match(await login.text(), /banned/);
    });

    test('personal access tokens: Bearer works on the API without CSRF; revoked or bogus tokens get 401', async () => {
      const t = await accountsApp(smtp, dialect);
      await makeUser(t.store, 'pat@example.org');
      const c = t.client();
      await c.logIn('pat@example.org');
      await c.submit('/settings/tokens', { name: 'laptop <script>' }, '/settings');
      const settings = await (await c.get('/settings')).text();
      assert.match(settings, /laptop &lt;script&gt;/);
      const made = await c.submit('/settings/tokens', { name: 'ci' }, '/settings');
      const pat = /class="new-token">(pb_[A-Za-z0-9_-]+)</.exec(await made.text())![1];
      const api = t.client();
      const up = await api.request('POST', '/api/papers/2501.00001/upvote', { headers: { authorization: `Bearer ${pat}` } });
      assert.equal(up.status, 200);
      assert.equal((await up.json()).upvoted, true);
      assert.equal((await api.get('/api/me', { authorization: 'Bearer pb_bogus' })).status, 401);
      // Other schemes (a proxy's Basic auth) are not ours to judge: the request is simply signed out.
      assert.equal((await api.get('/', { authorization: 'Basic dXNlcjpwYXNz' })).status, 200);
      assert.equal((await api.get('/api/me', { authorization: 'Basic dXNlcjpwYXNz' })).status, 401);
      const list = await (await api.get('/api/me/tokens', { authorization: `Bearer ${pat}` })).json();
      const ci = list.tokens.find((x: { name: string }) => x.name === 'ci');
      assert.equal((await api.request('DELETE', `/api/me/tokens/${ci.id}`, { headers: { authorization: `Bearer ${pat}` } })).status, 204);
      assert.equal((await api.get('/api/me', { authorization: `Bearer ${pat}` })).status, 401);
    });

    test('changing the email needs the password and a confirmation from the new address', async () => {
      const t = await accountsApp(smtp, dialect);
      await makeUser(t.store, 'old@example.org');
      const c = t.client();
      await c.logIn('old@example.org');
      const wrong = await c.submit('/settings/email', { newEmail: 'new@example.org', password: 'not my password' }, '/settings');
      assert.equal(wrong.status, 400);
      assert.match(await wrong.text(), /not your current password/);
      assert.equal((await c.submit('/settings/email', { newEmail: 'New@Example.org', password: PASSWORD }, '/settings')).status, 200);
      assert.equal((await (await c.get('/api/me')).json()).user.email, 'old@example.org');
      const link = linkIn((await mailTo(smtp, 'new@example.org')).parsed.text ?? '');
      const token = new URL(link).searchParams.get('token')!;
      assert.equal((await c.submit('/verify', { token }, link.slice(BASE_URL.length))).status, 200);
      assert.equal((await (await c.get('/api/me')).json()).user.email, 'new@example.org');
      assert.equal((await t.client().logIn('new@example.org')).status, 303);
    });

    test('changing the password ends the other sessions but keeps this one', async () => {
      const t = await accountsApp(smtp, dialect);
      await makeUser(t.store, 'pw@example.org');
      const here = t.client();
      const there = t.client();
      await here.logIn('pw@example.org');
      await there.logIn('pw@example.org');
      const r = await here.submit('/settings/password', { currentPassword: PASSWORD, newPassword: 'another long password' }, '/settings');
      assert.equal(r.status, 200);
      assert.equal((await here.get('/api/me')).status, 200);
      assert.equal((await there.get('/api/me')).status, 401);
    });

    test('cookies are Secure when the site is served over https', async () => {
      const t = await accountsApp(smtp, dialect);
      await makeUser(t.store, 'secure@example.org');
      t.deps.baseUrl = 'https://paperboy.example';
      const res = await t.client().logIn('secure@example.org');
      assert.match(res.headers.getSetCookie().find((c) => c.startsWith('pb_session='))!, /; Secure/);
    });

    test('per-account limits: sign-up and reset mails to one address are capped whatever the network address', async () => {
      const t = await accountsApp(smtp, dialect);
      await makeUser(t.store, 'capped@example.org');
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await t.client(`203.0.113.${i}`).submit('/reset', { email: 'capped@example.org' })).status);
      assert.deepEqual(statuses, [200, 200, 200, 429]);
      const signups: number[] = [];
      for (let i = 0; i < 4; i++) signups.push((await t.client(`203.0.113.${10 + i}`).submit('/signup', { email: 'fresh@example.org', password: PASSWORD })).status);
      assert.deepEqual(signups, [200, 200, 200, 429]);
    });

    test('expired sessions, links and rate-limit windows are swept at the next log-in', async () => {
      const t = await accountsApp(smtp, dialect);
      await makeUser(t.store, 'sweep@example.org');
      const c = t.client();
      await c.logIn('sweep@example.org');
      await c.submit('/reset', { email: 'sweep@example.org' });
      const count = async (table: string) => (await sqlRows<{ n: number }>(t.store, `SELECT count(*) AS n FROM ${table}`))[0]!.n;
      assert.ok(await count('sessions') === 1 && await count('email_tokens') === 1 && await count('rate_limits') > 0);
      const start = t.deps.now();
      t.deps.now = () => new Date(start.getTime() + 31 * 24 * 3_600_000);
      await t.client().logIn('sweep@example.org');
      assert.deepEqual([await count('sessions'), await count('email_tokens'), await count('rate_limits')], [1, 0, 1]);
    });
  });
}
