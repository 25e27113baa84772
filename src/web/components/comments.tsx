import { raw } from 'hono/html';
import { hasRole } from '../../accounts/types.ts';
import { EDIT_WINDOW_MS, type CommentView } from '../../comments/service.ts';
import type { Paper } from '../../core/paper.ts';
import { useViewer, type Viewer } from '../accounts/viewer.ts';
import { renderCommentMarkdown } from '../render/comment-markdown.ts';
import { plural } from '../view/format.ts';
import { paperHref } from '../view/paper-view.ts';

const HINT = 'Markdown: **bold**, *italic*, `code`, [links](https://…), $math$ and $$display math$$.';

function Csrf({ v }: { v: Viewer }) {
  return <input type="hidden" name="_csrf" value={v.csrf} />;
}

function CommentForm({ paper, v, parentId }: { paper: Paper; v: Viewer; parentId?: number }) {
  const id = parentId ? `reply-${parentId}` : 'comment-body';
  return (
    <form method="post" action={`${paperHref(paper.id)}/comments`} class="comment-form">
      <Csrf v={v} />
      {parentId ? <input type="hidden" name="parentId" value={String(parentId)} /> : null}
      <label for={id}>{parentId ? 'Your reply' : 'Add a comment'}</label>
      <textarea id={id} name="body" rows={parentId ? 3 : 4} maxlength={5000} required></textarea>
      <small class="muted">{HINT}</small>
      <p><button type="submit" class="button button-primary">{parentId ? 'Reply' : 'Comment'}</button></p>
    </form>
  );
}

function Actions({ c, v, paper, now, top }: { c: CommentView; v: Viewer; paper: Paper; now: Date; top: boolean }) {
  const own = c.author?.id === v.user.id;
  const editable = own && now.getTime() - Date.parse(c.createdAt) <= EDIT_WINDOW_MS;
  return (
    <div class="comment-actions">
      {top ? <details><summary>Reply</summary><CommentForm paper={paper} v={v} parentId={c.id} /></details> : null}
      {editable ? <a href={`/comments/${c.id}/edit`}>Edit</a> : null}
      {own || hasRole(v.user.role, 'moderator') ? (
        <form method="post" action={`/comments/${c.id}/delete`} class="inline-form"><Csrf v={v} /><button type="submit">Delete</button></form>
      ) : null}
      {!own ? (
        <details><summary>Report</summary>
          <form method="post" action={`/comments/${c.id}/report`} class="inline-form">
            <Csrf v={v} />
            <label for={`report-${c.id}`} class="sr-only">Reason</label>
            <input id={`report-${c.id}`} name="reason" maxlength={500} required placeholder="What is wrong with it?" />
            <button type="submit">Report</button>
          </form>
        </details>
      ) : null}
    </div>
  );
}

function Comment({ c, paper, now, top }: { c: CommentView; paper: Paper; now: Date; top: boolean }) {
  const v = useViewer();
  return (
    <li class="comment" id={`c-${c.id}`}>
      {c.state === 'visible' ? (
        <>
          <p class="comment-meta"><strong class="comment-author">{c.author!.name}</strong> <time datetime={c.createdAt}>{c.createdAt.slice(0, 16).replace('T', ' ')} UTC</time>{c.editedAt ? <span class="muted"> (edited)</span> : null}</p>
          <div class="comment-body">{raw(renderCommentMarkdown(c.body!))}</div>
          {v ? <Actions c={c} v={v} paper={paper} now={now} top={top} /> : null}
        </>
      ) : <p class="muted comment-removed">{c.state === 'hidden' ? 'Hidden by a moderator.' : 'Deleted.'}</p>}
      {c.replies.length ? <ol class="replies">{c.replies.map((r) => <Comment c={r} paper={paper} now={now} top={false} />)}</ol> : null}
    </li>
  );
}

/** The discussion under a paper: threads one level deep, and a form for signed-in readers. */
export function Comments({ paper, comments, now }: { paper: Paper; comments: CommentView[]; now: Date }) {
  const v = useViewer();
  const count = comments.reduce((n, c) => n + (c.state === 'visible' ? 1 : 0) + c.replies.length, 0);
  return (
    <section class="discussion" id="comments" aria-labelledby="comments-h">
      <h2 id="comments-h">Discussion <span class="muted">({plural(count, 'comment')})</span></h2>
      {comments.length ? <ol class="comment-list">{comments.map((c) => <Comment c={c} paper={paper} now={now} top />)}</ol> : <p class="muted">No comments yet.</p>}
      {v ? <CommentForm paper={paper} v={v} /> : <p><a href={`/login?next=${encodeURIComponent(paperHref(paper.id))}`}>Sign in</a> to join the discussion.</p>}
    </section>
  );
}
