import type { Context, Hono } from 'hono';
import type { ApiTokenInfo, Auth } from '../../../accounts/types.ts';
import { PaperboyError } from '../../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import { accountsFor, mustAuth, requireUser, safeNext } from '../../accounts/context.ts';
import { setUpvote } from '../../../votes/service.ts';
import { accountPage, CsrfField, Field, formError, formFields, Notice } from './forms.tsx';
import { getSubscription, subscribeVerified, unsubscribe } from '../../../digests/subscriptions.ts';
import { formatTopic, parseTopics } from '../../../digests/topics.ts';
import type { Subscriber } from '../../../digests/types.ts';
import { recommendationsFor } from '../../recommendations/context.ts';

interface SettingsState { error?: string; ok?: string; newToken?: string }

function TokenList({ tokens, csrf }: { tokens: ApiTokenInfo[]; csrf: string }) {
  if (!tokens.length) return <p class="muted">No tokens yet.</p>;
  return (
    <ul class="token-list">
      {tokens.map((t) => (
        <li>
          <strong>{t.name}</strong> <span class="muted">made {t.createdAt.slice(0, 10)}{t.lastUsedAt ? `, last used ${t.lastUsedAt.slice(0, 10)}` : ', never used'}</span>
          <form method="post" action={`/settings/tokens/${t.id}/revoke`} class="inline-form">
            <CsrfField token={csrf} />
            <button type="submit" class="button">Revoke</button>
          </form>
        </li>
      ))}
    </ul>
  );
}

async function settingsPage(c: Context, deps: AppDeps, auth: Auth, state: SettingsState = {}, status: 200 | 400 | 401 | 403 | 409 | 429 = 200) {
  const u = auth.user;
  const csrf = auth.csrf ?? '';
  const tokens = await accountsFor(deps).listApiTokens(u.id);
  return accountPage(c, deps, 'Settings', (
    <>
      <Notice error={state.error} ok={state.ok} />
      {state.newToken ? <p class="notice" role="status">Your new token (shown once, copy it now): <code class="new-token">{state.newToken}</code></p> : null}
      <h2>Profile</h2>
      <p>Signed in as <strong>{u.email}</strong> ({u.role}).</p>
      <form method="post" action="/settings/profile" class="account-form">
        <CsrfField token={csrf} />
        <Field label="Name shown to others" name="displayName" value={u.displayName} required={false} />
        <p><button type="submit" class="button">Save</button></p>
      </form>
      <h2>Email</h2>
      <form method="post" action="/settings/email" class="account-form">
        <CsrfField token={csrf} />
        <Field label="New email" name="newEmail" type="email" autocomplete="email" />
        <Field label="Current password" name="password" type="password" autocomplete="current-password" />
        <p><button type="submit" class="button">Send a confirmation link</button></p>
      </form>
      <h2>Password</h2>
      <form method="post" action="/settings/password" class="account-form">
        <CsrfField token={csrf} />
        <Field label="Current password" name="currentPassword" type="password" autocomplete="current-password" />
        <Field label="New password" name="newPassword" type="password" autocomplete="new-password" hint="At least 10 characters. Your other sessions end." />
        <p><button type="submit" class="button">Change password</button></p>
      </form>
      <DigestSettings sub={await getSubscription(deps.store, u.email)} csrf={csrf} personal={(await deps.store.recommendations.settings(u.id)).digestSection} />
      <h2>API tokens</h2>
      <p class="muted">Send one as <code>Authorization: Bearer TOKEN</code> to use the API as yourself.</p>
      <TokenList tokens={tokens} csrf={csrf} />
      <form method="post" action="/settings/tokens" class="account-form">
        <CsrfField token={csrf} />
        <Field label="Token name" name="name" />
        <p><button type="submit" class="button">Create token</button></p>
      </form>
    </>
  ), status);
}

/** The reader's digest subscription, managed here without the confirmation mail (the address is verified). */
function DigestSettings({ sub, csrf, personal }: { sub: Subscriber | null; csrf: string; personal: boolean }) {
  const active = sub !== null && sub.status === 'confirmed';
  return (
    <>
      <h2 id="digest">Digest email</h2>
      <p class="muted">{active ? `You get the ${sub!.frequency} digest.` : 'Trending papers, and the best new matches for your topics, in your inbox.'}</p>
      <form method="post" action="/settings/digest" class="account-form">
        <CsrfField token={csrf} />
        <label for="digest-frequency">How often</label>
        <select id="digest-frequency" name="frequency">
          <option value="daily" selected={sub?.frequency !== 'weekly'}>Daily</option>
          <option value="weekly" selected={sub?.frequency === 'weekly'}>Weekly</option>
        </select>
        <label for="digest-topics">Topics, one per line (words to search, <code>category:cs.LG</code>, <code>author:Name</code>)</label>
        <textarea id="digest-topics" name="topics" rows={4}>{(sub?.topics ?? []).map(formatTopic).join('\n')}</textarea>
        <p><label><input type="checkbox" name="personal" checked={personal} /> A “For you” section: new papers picked by <a href="/for-you/model">your recommendation model</a></label></p>
        <p><button type="submit" class="button">{active ? 'Save' : 'Subscribe'}</button></p>
      </form>
      {active ? (
        <form method="post" action="/settings/digest/stop" class="inline-form">
          <CsrfField token={csrf} />
          <button type="submit" class="button">Stop the digest</button>
        </form>
      ) : null}
    </>
  );
}

/** Runs a settings change and shows the page again with its outcome. */
function change(deps: AppDeps, run: (auth: Auth, f: Record<string, string>, c: Context) => Promise<SettingsState>) {
  return async (c: Context) => {
    const auth = mustAuth(c);
    const f = await formFields(c);
    try {
      return await settingsPage(c, deps, auth, await run(auth, f, c));
    } catch (err) {
      const e = formError(err);
      return settingsPage(c, deps, auth, { error: e.message }, e.status as 400);
    }
  };
}

/** /settings (profile, email, password, tokens) and the no-JavaScript upvote form target. */
export function registerSettings(app: Hono, deps: AppDeps): void {
  const accounts = accountsFor(deps);
  app.get('/settings', requireUser, (c) => settingsPage(c, deps, mustAuth(c)));
  app.post('/settings/profile', requireUser, change(deps, async (auth, f) => {
    await accounts.setDisplayName(auth, f.displayName ?? '');
    auth.user = { ...auth.user, displayName: (f.displayName ?? '').trim() };
    return { ok: 'Saved.' };
  }));
  app.post('/settings/email', requireUser, change(deps, async (auth, f) => {
    await accounts.requestEmailChange(auth, f.newEmail, f.password);
    return { ok: `We sent a link to ${f.newEmail.trim().toLowerCase()}. Your address changes when you open it.` };
  }));
  app.post('/settings/password', requireUser, change(deps, async (auth, f) => {
    await accounts.changePassword(auth, f.currentPassword, f.newPassword);
    return { ok: 'Password changed. Your other sessions have ended.' };
  }));
  app.post('/settings/digest', requireUser, change(deps, async (auth, f) => {
    if (f.frequency !== 'daily' && f.frequency !== 'weekly') throw new PaperboyError('invalid_argument', 'frequency: expected daily or weekly', 'frequency');
    const topics = parseTopics((f.topics ?? '').split('\n').map((t) => t.trim()).filter(Boolean));
    await subscribeVerified(deps.store, { email: auth.user.email, frequency: f.frequency, topics }, deps.now());
    await recommendationsFor(deps).setDigestSection(auth.user, f.personal === 'on');
    return { ok: `Saved: the ${f.frequency} digest goes to ${auth.user.email}.` };
  }));
  app.post('/settings/digest/stop', requireUser, change(deps, async (auth) => {
    await unsubscribe(deps.store, auth.user.email, deps.now());
    return { ok: 'Stopped: no more digests.' };
  }));
  app.post('/settings/tokens', requireUser, change(deps, async (auth, f) => {
    const t = await accounts.createApiToken(auth.user.id, f.name);
    return { newToken: t.token };
  }));
  app.post('/settings/tokens/:id{[0-9]+}/revoke', requireUser, change(deps, async (auth, _f, c) => {
    await accounts.revokeApiToken(auth.user.id, Number(c.req.param('id')));
    return { ok: 'Token revoked.' };
  }));

  // Without JavaScript the upvote control is a form posting here; it comes back to where it was.
  app.post('/papers/:id{.+}/upvote', requireUser, async (c) => {
    const f = await formFields(c);
    if (f.action !== 'add' && f.action !== 'remove') throw new PaperboyError('invalid_argument', 'action: expected add or remove', 'action');
    const state = await setUpvote(deps.store, mustAuth(c).user, c.req.param('id'), f.action === 'add', deps.now());
    const back = safeNext(f.next ?? refererPath(c) ?? `/papers/${encodeURIComponent(state.paperId)}`);
    return c.redirect(back, 303);
  });
}

/** The path of the page a form was sent from, when it is ours. */
function refererPath(c: Context): string | null {
  const ref = c.req.header('referer');
  if (!ref) return null;
  try {
    const u = new URL(ref);
    return u.host === new URL(c.req.url).host ? u.pathname + u.search : null;
  } catch {
    return null;
  }
}
