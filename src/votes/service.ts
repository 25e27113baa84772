import type { User } from '../accounts/types.ts';
import type { Store } from '../db/store.ts';
import { PaperboyError } from '../errors.ts';

/** What an upvote change answers: the paper's counts after it and whether the user's vote is on. */
export interface UpvoteState {
  paperId: string;
  upvoted: boolean;
  /** The shown count: imported + local (docs/RANKING.md). */
  upvotes: number;
  importedUpvotes: number;
  localUpvotes: number;
}

/** Shown and ranked upvotes: Hugging Face's imported count plus local users' votes, each person counted once per source. */
export function shownUpvotes(imported: number, local: number): number {
  return imported + local;
}

/** Sets or removes a user's upvote on a paper (idempotent: repeating either changes nothing). */
export async function setUpvote(store: Store, user: User, paperId: string, on: boolean, now: Date): Promise<UpvoteState> {
  const paper = await store.getPaper(paperId);
  const rowid = paper ? await store.paperRowid(paper.id) : null;
  if (!paper || rowid === null) throw new PaperboyError('paper_not_found', `no paper with id "${paperId}"`);
  const r = on ? await store.votes.add(user.id, rowid, now.toISOString()) : await store.votes.remove(user.id, rowid);
  return { paperId: paper.id, upvoted: on, upvotes: shownUpvotes(r.imported, r.local), importedUpvotes: r.imported, localUpvotes: r.local };
}
