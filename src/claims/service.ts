import { hasRole, type User } from '../accounts/types.ts';
import { authorKey } from '../core/author-key.ts';
import type { Store } from '../db/store.ts';
import { PaperboyError, invalidArgument } from '../errors.ts';
import type { ClaimRecord } from './repo.ts';

/** Author claims: a user claims one of a paper's author names; a moderator approves or rejects. */
export class ClaimsService {
  constructor(private readonly store: Store, private readonly now: () => Date) {}

  /** The name must be one of the paper's listed authors (matched as author pages match them). */
  async claim(user: User, paperId: string, author: unknown): Promise<void> {
    const paper = await this.store.getPaper(paperId);
    const rowid = paper ? await this.store.paperRowid(paper.id) : null;
    if (!paper || rowid === null) throw new PaperboyError('paper_not_found', `no paper with id "${paperId}"`);
    const key = typeof author === 'string' ? authorKey(author) : '';
    const name = paper.authors.find((a) => authorKey(a) === key);
    if (!key || !name) throw invalidArgument('author', 'author: expected one of the paper\'s authors');
    await this.store.claims.create({ userId: user.id, paperRowid: rowid, authorName: name, authorKey: key, createdAt: this.now().toISOString() });
  }

  async pending(actor: User): Promise<ClaimRecord[]> {
    if (!hasRole(actor.role, 'moderator')) throw new PaperboyError('forbidden', 'This needs the moderator role.');
    return this.store.claims.pending(200);
  }

  async decide(actor: User, id: number, approve: boolean): Promise<void> {
    if (!hasRole(actor.role, 'moderator')) throw new PaperboyError('forbidden', 'This needs the moderator role.');
    if (!(await this.store.claims.decide(id, approve ? 'approved' : 'rejected', actor.id, this.now().toISOString()))) {
      throw new PaperboyError('not_found', `no pending claim ${id}`);
    }
  }

  /** Who has an approved claim on an author name. */
  claimants(name: string): Promise<Array<{ userId: number; userName: string }>> {
    return this.store.claims.approvedFor(authorKey(name));
  }
}
