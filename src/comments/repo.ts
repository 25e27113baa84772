/** A comment as stored, with its author's public name. */
export interface CommentRecord {
  id: number;
  paperRowid: number;
  userId: number;
  /** The author's display name, or '' when they set none. */
  authorName: string;
  parentId: number | null;
  body: string;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  hiddenAt: string | null;
}

/** A report waiting for a moderator, with what it is about. */
export interface ReportRecord {
  id: number;
  reporterId: number;
  commentId: number | null;
  paperRowid: number | null;
  reason: string;
  createdAt: string;
  /** The reported comment's text and author, when it is a comment. */
  commentBody: string | null;
  commentAuthorId: number | null;
}

/** Comments and reports. Counters on papers change in the same transaction as the rows they count. */
export interface CommentsRepo {
  add(c: { paperRowid: number; userId: number; parentId: number | null; body: string; createdAt: string }): Promise<CommentRecord>;
  get(id: number): Promise<CommentRecord | null>;
  /** Every comment of a paper, oldest first (deleted and hidden ones included: the service decides what shows). */
  forPaper(paperRowid: number): Promise<CommentRecord[]>;
  edit(id: number, body: string, at: string): Promise<void>;
  /** Marks a comment deleted or hidden; false when it already was either. Decrements the paper's count when it was visible. */
  remove(id: number, how: 'deleted' | 'hidden', at: string): Promise<boolean>;
  /** Null when this reporter already reported it. */
  report(r: { reporterId: number; commentId: number | null; paperRowid: number | null; reason: string; createdAt: string }): Promise<number | null>;
  openReports(limit: number): Promise<ReportRecord[]>;
  resolveReport(id: number, by: number, at: string): Promise<boolean>;
}
