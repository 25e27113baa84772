export type ClaimStatus = 'pending' | 'approved' | 'rejected';

/** A claim with what a moderator needs to judge it. */
export interface ClaimRecord {
  id: number;
  userId: number;
  userName: string;
  userEmail: string;
  paperId: string;
  paperTitle: string;
  authorName: string;
  status: ClaimStatus;
  createdAt: string;
}

/** Author claims: a user and an author name on one paper. */
export interface ClaimsRepo {
  /** Null when this user already claimed this name on this paper. */
  create(c: { userId: number; paperRowid: number; authorName: string; authorKey: string; createdAt: string }): Promise<number | null>;
  pending(limit: number): Promise<ClaimRecord[]>;
  /** False when the claim is not pending. */
  decide(id: number, status: 'approved' | 'rejected', by: number, at: string): Promise<boolean>;
  /** Users with an approved claim on this author key: id and public name. */
  approvedFor(authorKey: string): Promise<Array<{ userId: number; userName: string }>>;
}
