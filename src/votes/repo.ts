/** A paper's two upvote counts after a change, and whether the change did anything. */
export interface VoteResult {
  /** False when the vote was already there (upvote) or already gone (remove). */
  changed: boolean;
  /** Upvotes imported from Hugging Face data (papers.upvotes). */
  imported: number;
  /** Upvotes of local users (papers.local_upvotes, one per paper_votes row). */
  local: number;
}

/** Local upvotes: one row per user and paper, and the paper's counter kept in the same transaction. */
export interface VotesRepo {
  add(userId: number, paperRowid: number, at: string): Promise<VoteResult>;
  remove(userId: number, paperRowid: number): Promise<VoteResult>;
  /** Stable ids of every paper the user has upvoted (to mark them on pages). */
  votedPaperIds(userId: number): Promise<Set<string>>;
}
