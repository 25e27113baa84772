/** A collection as stored. */
export interface CollectionRecord {
  id: number;
  userId: number;
  name: string;
  isPublic: boolean;
  /** The random part of the public address /c/{shareToken}. */
  shareToken: string;
  createdAt: string;
  papers: number;
}

/** One person's relation to one paper. */
export interface PaperState {
  readLater: boolean;
  read: boolean;
  notInterested: boolean;
  note: string;
}

export const EMPTY_STATE: PaperState = { readLater: false, read: false, notInterested: false, note: '' };

/** Collections, their papers, and per-user paper states (read later, read, not interested, notes). */
export interface CollectionsRepo {
  create(c: { userId: number; name: string; isPublic: boolean; shareToken: string; createdAt: string }): Promise<CollectionRecord>;
  get(id: number): Promise<CollectionRecord | null>;
  byShareToken(token: string): Promise<CollectionRecord | null>;
  forUser(userId: number): Promise<CollectionRecord[]>;
  update(id: number, change: { name?: string; isPublic?: boolean }): Promise<void>;
  delete(id: number): Promise<void>;
  addPaper(id: number, paperRowid: number, at: string): Promise<void>;
  removePaper(id: number, paperRowid: number): Promise<void>;
  /** Rowids of the collection's papers, most recently added first. */
  paperRowids(id: number, limit: number, offset: number): Promise<number[]>;

  state(userId: number, paperRowid: number): Promise<PaperState>;
  setState(userId: number, paperRowid: number, state: PaperState, at: string): Promise<void>;
  /** Rowids of papers with the flag set, most recently changed first. */
  flagged(userId: number, flag: 'readLater' | 'read' | 'notInterested', limit: number, offset: number): Promise<number[]>;
}
