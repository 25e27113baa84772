import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { digest } from '../../../accounts/secrets.ts';
import { SESSION_TTL_MS } from '../../../accounts/service.ts';
import type { AppDeps } from '../../deps.ts';
import { accountsFor, clientAddress, safeNext } from '../../accounts/context.ts';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../../accounts/cookies.ts';
import { accountPage, CsrfField, csrfFor, Field, formError, formFields, Notice } from './forms.tsx';

function LoginForm({ csrf, next, email, error }: { csrf: string; next: string; email?: string; error?: string }) {
  return (
    <>
      <Notice error={error} />
      <form method="post" action="/login" class="account-form">
        <CsrfField token={csrf} />
        <input type="hidden" name="next" value={next} />
        <Field label="Email" name="email" type="email" value={email} autocomplete="email" />
        <Field label="Password" name="password" type="password" autocomplete="current-password" />
        <p><button type="submit" class="button button-primary">Log in</button></p>
      </form>
      <p class="muted"><a href="/signup">Create an account</a> · <a href="/reset">Forgot your password?</a></p>
    </>
  );
}

function SignupForm({ csrf, email, displayName, error }: { csrf: string; email?: string; displayName?: string; error?: string }) {
  return (
    <>
      <Notice error={error} />
      <form method="post" action="/signup" class="account-form">
        <CsrfField token={csrf} />
        <Field label="Email" name="email" type="email" value={email} autocomplete="email" />
        <Field label="Name shown to others (optional)" name="displayName" value={displayName} autocomplete="nickname" required={false} />
        <Field label="Password" name="password" type="password" autocomplete="new-password" hint="At least 10 characters." />
        <p><button type="submit" class="button button-primary">Sign up</button></p>
      </form>
      <p class="muted">Already have an account? <a href="/login">Log in</a></p>
    </>
  );
}

function ResetRequestForm({ csrf, error, ok }: { csrf: string; error?: string; ok?: string }) {
  return (
    <>
      <Notice error={error} ok={ok} />
      <form method="post" action="/reset" class="account-form">
        <CsrfField token={csrf} />
        <Field label="Email" name="email" type="email" autocomplete="email" />
        <p><button type="submit" class="button button-primary">Mail me a reset link</button></p>
      </form>
    </>
  );
}

function NewPasswordForm({ csrf, token, error }: { csrf: string; token: string; error?: string }) {
  return (
    <>
      <Notice error={error} />
      <form method="post" action="/reset" class="account-form">
        <CsrfField token={csrf} />
        <input type="hidden" name="token" value={token} />
        <Field label="New password" name="password" type="password" autocomplete="new-password" hint="At least 10 characters." />
        <p><button type="submit" class="button button-primary">Set password</button></p>
      </form>
    </>
  );
}

/** Ends the session a request came with, if any (so a log-in never keeps a session from before it). */
async function dropOldSession(c: Context, deps: AppDeps): Promise<void> {
  const old = getCookie(c, SESSION_COOKIE);
  if (old) await accountsFor(deps).logOut(digest(old));
}

/** /signup, /login, /logout, /verify and /reset. Every change is a POST with a CSRF token. */
export function registerAuthPages(app: Hono, deps: AppDeps): void {
  const accounts = accountsFor(deps);

  app.get('/signup', (c) => accountPage(c, deps, 'Create an account', <SignupForm csrf={csrfFor(c, deps)} />));
  app.post('/signup', async (c) => {
    const f = await formFields(c);
    try {
      await accounts.signUp(f, clientAddress(c));
    } catch (err) {
      const e = formError(err);
      return accountPage(c, deps, 'Create an account', <SignupForm csrf={csrfFor(c, deps)} email={f.email} displayName={f.displayName} error={e.message} />, e.status);
    }
    return accountPage(c, deps, 'Check your mail', <p>We have sent a link to <strong>{f.email.trim().toLowerCase()}</strong>. Open it to confirm your address, then log in.</p>);
  });

  app.get('/login', (c) => accountPage(c, deps, 'Log in', <LoginForm csrf={csrfFor(c, deps)} next={safeNext(c.req.query('next'))} />));
  app.post('/login', async (c) => {
    const f = await formFields(c);
    const next = safeNext(f.next);
    try {
      const s = await accounts.logIn(f, clientAddress(c));
      await dropOldSession(c, deps);
      setSessionCookie(c, deps, s.token, Math.floor(SESSION_TTL_MS / 1000));
      return c.redirect(next, 303);
    } catch (err) {
      const e = formError(err);
      return accountPage(c, deps, 'Log in', <LoginForm csrf={csrfFor(c, deps)} next={next} email={f.email} error={e.message} />, e.status);
    }
  });

  app.post('/logout', async (c) => {
    const auth = c.get('auth');
    if (auth?.sessionHash) await accounts.logOut(auth.sessionHash);
    clearSessionCookie(c, deps);
    return c.redirect('/', 303);
  });

  app.get('/verify', async (c) => {
    const token = c.req.query('token') ?? '';
    const link = token ? await accounts.inspectLink(token) : null;
    if (!link || link.purpose === 'reset') {
      return accountPage(c, deps, 'This link does not work', <p>It has expired or was already used. <a href="/login">Log in</a> to get a new one.</p>, 400);
    }
    return accountPage(c, deps, 'Confirm your email', (
      <form method="post" action="/verify" class="account-form">
        <CsrfField token={csrfFor(c, deps)} />
        <input type="hidden" name="token" value={token} />
        <p>Confirm <strong>{link.email}</strong> as your address.</p>
        <p><button type="submit" class="button button-primary">Confirm</button></p>
      </form>
    ));
  });
  app.post('/verify', async (c) => {
    const f = await formFields(c);
    try {
      const user = await accounts.confirmEmail(f.token ?? '');
      const signedIn = c.get('auth') !== null;
      return accountPage(c, deps, 'Email confirmed', <p><strong>{user.email}</strong> is confirmed. {signedIn ? <a href="/">Go to the papers</a> : <a href="/login">Log in</a>}</p>);
    } catch (err) {
      const e = formError(err);
      return accountPage(c, deps, 'This link does not work', <Notice error={e.message} />, e.status);
    }
  });

  app.get('/reset', async (c) => {
    const token = c.req.query('token');
    const csrf = csrfFor(c, deps);
    if (!token) return accountPage(c, deps, 'Reset your password', <ResetRequestForm csrf={csrf} />);
    const link = await accounts.inspectLink(token);
    if (link?.purpose !== 'reset') {
      return accountPage(c, deps, 'This link does not work', <><Notice error="This reset link has expired or was already used." /><ResetRequestForm csrf={csrf} /></>, 400);
    }
    return accountPage(c, deps, 'Choose a new password', <NewPasswordForm csrf={csrf} token={token} />);
  });
  app.post('/reset', async (c) => {
    const f = await formFields(c);
    try {
      if (f.token) {
        await accounts.resetPassword(f.token, f.password);
        return accountPage(c, deps, 'Password changed', <p>Your password is changed and every session was ended. <a href="/login">Log in</a></p>);
      }
      await accounts.requestReset(f.email, clientAddress(c));
      return accountPage(c, deps, 'Check your mail', <p>If an account uses that address, a reset link is on its way.</p>);
    } catch (err) {
      const e = formError(err);
      const csrf = csrfFor(c, deps);
      const form = f.token && e.status === 400 && !/expired/.test(e.message) ? <NewPasswordForm csrf={csrf} token={f.token} error={e.message} /> : <ResetRequestForm csrf={csrf} error={e.message} />;
      return accountPage(c, deps, 'Reset your password', form, e.status);
    }
  });
}
