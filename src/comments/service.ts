import { z } from 'zod';
import { spend } from '../accounts/rate-limit.ts';
import { hasRole, type User } from '../accounts/types.ts';
import { field } from '../accounts/validation.ts';
import type { Store } from '../db/store.ts';
import { PaperboyError } from '../errors.ts';
import type { CommentRecord } from './repo.ts';

/** How long after posting its author may still edit a comment. */
export const EDIT_WINDOW_MS = 15 * 60_000;
/** Comments one account may post in a window: enough for a conversation, too few for a spam run. */
export const COMMENT_LIMIT = { max: 20, windowMs: 10 * 60_000 };

const bodySchema = z.string().trim().min(1, 'is required').max(5000, 'must be at most 5000 characters');
const reasonSchema = z.string().trim().min(1, 'is required').max(500, 'must be at most 500 characters');

/** A comment as pages and the API show it; removed ones keep their place in a thread but lose their text. */
export interface CommentView {
  id: number;
  parentId: number | null;
  author: { id: number; name: string } | null;
  body: string | null;
  state: 'visible' | 'deleted' | 'hidden';
  createdAt: string;
  editedAt: string | null;
  replies: CommentView[];
}

function view(c: CommentRecord, replies: CommentView[]): CommentView {
  const state = c.hiddenAt ? 'hidden' : c.deletedAt ? 'deleted' : 'visible';
  const shown = state === 'visible';
  return {
    id: c.id, parentId: c.parentId, author: shown ? { id: c.userId, name: c.authorName || `user ${c.userId}` } : null,
    body: shown ? c.body : null, state, createdAt: c.createdAt, editedAt: c.editedAt, replies,
  };
}

/** Comments: post (one level of replies), edit within the window, delete, report; moderators hide. */
export class CommentsService {
  constructor(private readonly store: Store, private readonly now: () => Date) {}

  private async paperRowid(paperId: string): Promise<{ rowid: number; id: string }> {
    const paper = await this.store.getPaper(paperId);
    const rowid = paper ? await this.store.paperRowid(paper.id) : null;
    if (!paper || rowid === null) throw new PaperboyError('paper_not_found', `no paper with id "${paperId}"`);
    return { rowid, id: paper.id };
  }

  private async mine(user: User, id: number): Promise<CommentRecord> {
    const c = await this.store.comments.get(id);
    if (!c || c.deletedAt || c.hiddenAt) throw new PaperboyError('not_found', `no comment ${id}`);
    if (c.userId !== user.id) throw new PaperboyError('forbidden', 'You can only change your own comments.');
    return c;
  }

  /** The thread of a paper: top-level comments oldest first, each with its replies; removed comments show only where they have replies. */
  async thread(paperId: string): Promise<CommentView[]> {
    const { rowid } = await this.paperRowid(paperId);
    const all = await this.store.comments.forPaper(rowid);
    const replies = new Map<number, CommentView[]>();
    for (const c of all) {
      if (c.parentId === null || c.deletedAt || c.hiddenAt) continue;
      replies.set(c.parentId, [...(replies.get(c.parentId) ?? []), view(c, [])]);
    }
    return all.filter((c) => c.parentId === null && (!(c.deletedAt || c.hiddenAt) || replies.has(c.id)))
      .map((c) => view(c, replies.get(c.id) ?? []));
  }

  async post(user: User, paperId: string, input: { body?: unknown; parentId?: unknown }): Promise<CommentRecord> {
    const body = field(bodySchema, 'body', input.body);
    const { rowid } = await this.paperRowid(paperId);
    let parentId: number | null = null;
    if (input.parentId !== undefined && input.parentId !== null && input.parentId !== '') {
      parentId = Number(input.parentId);
      const parent = Number.isInteger(parentId) ? await this.store.comments.get(parentId) : null;
      if (!parent || parent.paperRowid !== rowid || parent.deletedAt || parent.hiddenAt) throw new PaperboyError('invalid_argument', 'parentId: no such comment on this paper', 'parentId');
      // One level deep: a reply to a reply joins the top-level comment's thread.
      parentId = parent.parentId ?? parent.id;
    }
    await spend(this.store.accounts, `comment:acct:${user.id}`, COMMENT_LIMIT, this.now(), 'comments in a short time');
    return this.store.comments.add({ paperRowid: rowid, userId: user.id, parentId, body, createdAt: this.now().toISOString() });
  }

  async edit(user: User, id: number, bodyInput: unknown): Promise<void> {
    const body = field(bodySchema, 'body', bodyInput);
    const c = await this.mine(user, id);
    if (this.now().getTime() - Date.parse(c.createdAt) > EDIT_WINDOW_MS) {
      throw new PaperboyError('forbidden', `Comments can be edited for ${EDIT_WINDOW_MS / 60_000} minutes after posting.`);
    }
    await this.store.comments.edit(id, body, this.now().toISOString());
  }

  /** Authors delete their own comments; moderators may delete anyone's. */
  async delete(user: User, id: number): Promise<void> {
    const c = await this.store.comments.get(id);
    if (!c || c.deletedAt || c.hiddenAt) throw new PaperboyError('not_found', `no comment ${id}`);
    if (c.userId !== user.id && !hasRole(user.role, 'moderator')) throw new PaperboyError('forbidden', 'You can only delete your own comments.');
    await this.store.comments.remove(id, 'deleted', this.now().toISOString());
  }

  async hide(moderator: User, id: number): Promise<void> {
    if (!hasRole(moderator.role, 'moderator')) throw new PaperboyError('forbidden', 'This needs the moderator role.');
    if (!(await this.store.comments.remove(id, 'hidden', this.now().toISOString()))) throw new PaperboyError('not_found', `no visible comment ${id}`);
  }

  async report(user: User, id: number, reasonInput: unknown): Promise<void> {
    const reason = field(reasonSchema, 'reason', reasonInput);
    const c = await this.store.comments.get(id);
    if (!c || c.deletedAt || c.hiddenAt) throw new PaperboyError('not_found', `no comment ${id}`);
    // A second report by the same person is a no-op rather than an error.
    await this.store.comments.report({ reporterId: user.id, commentId: id, paperRowid: null, reason, createdAt: this.now().toISOString() });
  }

  /** Whether `user` may still edit comment `c` (for showing the edit link). */
  canEdit(user: User | null, c: CommentView): boolean {
    return !!user && c.author?.id === user.id && this.now().getTime() - Date.parse(c.createdAt) <= EDIT_WINDOW_MS;
  }
}
