import type { Context, Hono } from 'hono';
import { hasRole } from '../../../accounts/types.ts';
import { ModerationService } from '../../../moderation/service.ts';
import { invalidArgument } from '../../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import { accountsFor, mustAuth, requireRole } from '../../accounts/context.ts';
import { commentsFor } from '../../accounts/comments-routes.tsx';
import { claimsFor } from '../../accounts/claims-routes.tsx';
import { renderCommentMarkdown } from '../../render/comment-markdown.ts';
import { raw } from 'hono/html';
import { renderPage } from '../render.tsx';
import { CsrfField, Field, formFields } from './forms.tsx';

const services = new WeakMap<AppDeps, ModerationService>();
function moderationFor(deps: AppDeps): ModerationService {
  let s = services.get(deps);
  if (!s) {
    s = new ModerationService(deps.store, accountsFor(deps), commentsFor(deps), () => deps.now());
    services.set(deps, s);
  }
  return s;
}

function Button({ action, csrf, label, fields = {} }: { action: string; csrf: string; label: string; fields?: Record<string, string> }) {
  return (
    <form method="post" action={action} class="inline-form">
      <CsrfField token={csrf} />
      {Object.entries(fields).map(([k, v]) => <input type="hidden" name={k} value={v} />)}
      <button type="submit" class="button">{label}</button>
    </form>
  );
}

const num = (v: string | undefined, name: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw invalidArgument(name, `${name}: expected a number`);
  return n;
};

/** /admin: reports (moderators and admins), hidden papers, and for admins the users with ban buttons. */
export function registerAdmin(app: Hono, deps: AppDeps): void {
  const m = moderationFor(deps);
  const back = (c: Context) => c.redirect('/admin', 303);

  app.get('/admin', requireRole('moderator'), async (c) => {
    const auth = mustAuth(c);
    const csrf = auth.csrf ?? '';
    const reports = await m.openReports(auth.user);
    const hidden = await m.hiddenPapers(auth.user);
    const claims = await claimsFor(deps).pending(auth.user);
    const users = hasRole(auth.user.role, 'admin') ? await m.listUsers(auth.user) : [];
    return renderPage(c, deps, { title: 'Moderation', description: 'Moderation', path: '/admin', noindex: true }, (
      <section class="admin">
        <h1>Moderation</h1>
        <h2>Open reports ({reports.length})</h2>
        {reports.length ? (
          <ol class="reports">{reports.map((r) => (
            <li>
              <p><strong>Report {r.id}</strong> by user {r.reporterId}: {r.reason}</p>
              {r.commentBody !== null ? <div class="comment-body">Comment {r.commentId} by user {r.commentAuthorId}: {raw(renderCommentMarkdown(r.commentBody))}</div> : null}
              <Button action={`/admin/reports/${r.id}/hide`} csrf={csrf} label="Hide the comment" />
              <Button action={`/admin/reports/${r.id}/dismiss`} csrf={csrf} label="Dismiss" />
            </li>
          ))}</ol>
        ) : <p class="muted">No open reports.</p>}
        <h2>Author claims ({claims.length})</h2>
        {claims.length ? (
          <ol class="claims">{claims.map((k) => (
            <li>
              <strong>{k.userName || k.userEmail}</strong> ({k.userEmail}) claims to be <strong>{k.authorName}</strong> on <a href={`/papers/${encodeURIComponent(k.paperId)}`}>{k.paperTitle}</a>
              <Button action={`/admin/claims/${k.id}/approve`} csrf={csrf} label="Approve" />
              <Button action={`/admin/claims/${k.id}/reject`} csrf={csrf} label="Reject" />
            </li>
          ))}</ol>
        ) : <p class="muted">No claims waiting.</p>}
        <h2>Hidden papers</h2>
        <ul>{hidden.map((p) => <li>{p.title} ({p.id}) <Button action="/admin/papers/show" csrf={csrf} label="Show again" fields={{ paper: p.id }} /></li>)}</ul>
        <form method="post" action="/admin/papers/hide" class="account-form">
          <CsrfField token={csrf} />
          <Field label="Hide a paper (id or arXiv id)" name="paper" />
          <p><button type="submit" class="button">Hide</button></p>
        </form>
        {users.length ? (
          <>
            <h2>Users</h2>
            <table class="users">
              <thead><tr><th>id</th><th>email</th><th>name</th><th>role</th><th>state</th><th></th></tr></thead>
              <tbody>{users.map((u) => (
                <tr>
                  <td>{u.id}</td><td>{u.email}</td><td>{u.displayName}</td><td>{u.role}</td>
                  <td>{u.bannedAt ? 'banned' : u.emailVerifiedAt ? 'active' : 'unverified'}</td>
                  <td>{u.id === auth.user.id ? null : <Button action={`/admin/users/${u.id}/${u.bannedAt ? 'unban' : 'ban'}`} csrf={csrf} label={u.bannedAt ? 'Lift ban' : 'Ban'} />}</td>
                </tr>
              ))}</tbody>
            </table>
          </>
        ) : null}
      </section>
    ));
  });
  app.post('/admin/reports/:id/hide', requireRole('moderator'), async (c) => { await m.hideReported(mustAuth(c).user, num(c.req.param('id'), 'id')); return back(c); });
  app.post('/admin/reports/:id/dismiss', requireRole('moderator'), async (c) => { await m.dismissReport(mustAuth(c).user, num(c.req.param('id'), 'id')); return back(c); });
  app.post('/admin/papers/hide', requireRole('moderator'), async (c) => { await m.setPaperHidden(mustAuth(c).user, (await formFields(c)).paper ?? '', true); return back(c); });
  app.post('/admin/papers/show', requireRole('moderator'), async (c) => { await m.setPaperHidden(mustAuth(c).user, (await formFields(c)).paper ?? '', false); return back(c); });
  app.post('/admin/users/:id/ban', requireRole('admin'), async (c) => { await m.setBanned(mustAuth(c).user, num(c.req.param('id'), 'id'), true); return back(c); });
  app.post('/admin/users/:id/unban', requireRole('admin'), async (c) => { await m.setBanned(mustAuth(c).user, num(c.req.param('id'), 'id'), false); return back(c); });
}
