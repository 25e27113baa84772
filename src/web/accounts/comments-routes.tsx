import type { Context, Hono } from 'hono';
import { CommentsService, type CommentView } from '../../comments/service.ts';
import { invalidArgument, PaperboyError } from '../../errors.ts';
import type { AppDeps } from '../deps.ts';
import { paperHref } from '../view/paper-view.ts';
import { accountPage, CsrfField, formFields, Notice } from '../pages/accounts/forms.tsx';
import { mustAuth, requireRole, requireUser } from './context.ts';

const services = new WeakMap<AppDeps, CommentsService>();

/** The comments service of one app. */
export function commentsFor(deps: AppDeps): CommentsService {
  let s = services.get(deps);
  if (!s) {
    s = new CommentsService(deps.store, () => deps.now());
    services.set(deps, s);
  }
  return s;
}

/** The API's shape of a comment thread (bodies as the Markdown source; pages render it). */
function present(c: CommentView): Record<string, unknown> {
  return { id: c.id, parentId: c.parentId, author: c.author, body: c.body, state: c.state, createdAt: c.createdAt, editedAt: c.editedAt, replies: c.replies.map(present) };
}

const commentId = (c: Context) => {
  const id = Number(c.req.param('id'));
  if (!Number.isInteger(id) || id < 1) throw invalidArgument('id', 'id: expected a comment number');
  return id;
};

async function json(c: Context): Promise<Record<string, unknown>> {
  const body: unknown = await c.req.json().catch(() => null);
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalidArgument('body', 'body: expected a JSON object');
  return body as Record<string, unknown>;
}

/** Where a comment's page lives, to come back to after a form. */
async function paperOf(deps: AppDeps, id: number): Promise<string> {
  const c = await deps.store.comments.get(id);
  const rows = c ? await deps.store.papersByRowids([c.paperRowid]) : [];
  return rows[0] ? paperHref(rows[0].paper.id) : '/';
}

/**
 * Comments: forms on the paper page (post, reply, edit within the window, delete, report) and the
 * same through the API. Moderators hide comments from /admin.
 */
export function registerComments(app: Hono, deps: AppDeps): void {
  const comments = commentsFor(deps);

  app.get('/api/papers/:id{.+}/comments', async (c) => c.json({ comments: (await comments.thread(c.req.param('id'))).map(present) }));
  app.post('/api/papers/:id{.+}/comments', requireUser, async (c) => {
    const created = await comments.post(mustAuth(c).user, c.req.param('id'), await json(c));
    return c.json({ id: created.id, parentId: created.parentId, body: created.body, createdAt: created.createdAt }, 201);
  });
  app.patch('/api/comments/:id', requireUser, async (c) => {
    await comments.edit(mustAuth(c).user, commentId(c), (await json(c)).body);
    return c.body(null, 204);
  });
  app.delete('/api/comments/:id', requireUser, async (c) => {
    await comments.delete(mustAuth(c).user, commentId(c));
    return c.body(null, 204);
  });
  app.post('/api/comments/:id/report', requireUser, async (c) => {
    await comments.report(mustAuth(c).user, commentId(c), (await json(c)).reason);
    return c.body(null, 204);
  });
  app.post('/api/comments/:id/hide', requireRole('moderator'), async (c) => {
    await comments.hide(mustAuth(c).user, commentId(c));
    return c.body(null, 204);
  });

  app.post('/papers/:id{.+}/comments', requireUser, async (c) => {
    const f = await formFields(c);
    const created = await comments.post(mustAuth(c).user, c.req.param('id'), f);
    return c.redirect(`${await paperOf(deps, created.id)}#c-${created.id}`, 303);
  });
  app.get('/comments/:id/edit', requireUser, async (c) => {
    const id = commentId(c);
    const found = await deps.store.comments.get(id);
    if (!found || found.userId !== mustAuth(c).user.id || found.deletedAt || found.hiddenAt) throw new PaperboyError('not_found', `no comment ${id} of yours`);
    return accountPage(c, deps, 'Edit your comment', (
      <form method="post" action={`/comments/${id}/edit`} class="comment-form">
        <CsrfField token={mustAuth(c).csrf ?? ''} />
        <label for="comment-body">Comment</label>
        <textarea id="comment-body" name="body" rows={6} maxlength={5000} required>{found.body}</textarea>
        <p><button type="submit" class="button button-primary">Save</button></p>
      </form>
    ));
  });
  app.post('/comments/:id/edit', requireUser, async (c) => {
    const id = commentId(c);
    try {
      await comments.edit(mustAuth(c).user, id, (await formFields(c)).body);
    } catch (err) {
      if (!(err instanceof PaperboyError) || err.status >= 500) throw err;
      return accountPage(c, deps, 'Edit your comment', <Notice error={err.message} />, err.status as 400);
    }
    return c.redirect(`${await paperOf(deps, id)}#c-${id}`, 303);
  });
  app.post('/comments/:id/delete', requireUser, async (c) => {
    const id = commentId(c);
    const back = await paperOf(deps, id);
    await comments.delete(mustAuth(c).user, id);
    return c.redirect(`${back}#comments`, 303);
  });
  app.post('/comments/:id/report', requireUser, async (c) => {
    const id = commentId(c);
    await comments.report(mustAuth(c).user, id, (await formFields(c)).reason);
    return accountPage(c, deps, 'Thank you', <p>A moderator will look at it. <a href={`${await paperOf(deps, id)}#c-${id}`}>Back to the discussion</a></p>);
  });
}
