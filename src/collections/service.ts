import { z } from 'zod';
import { newSecret } from '../accounts/secrets.ts';
import type { User } from '../accounts/types.ts';
import { field } from '../accounts/validation.ts';
import type { Paper } from '../core/paper.ts';
import type { Store } from '../db/store.ts';
import { PaperboyError } from '../errors.ts';
import type { CollectionRecord, PaperState } from './repo.ts';

const nameSchema = z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters')
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'must not contain control characters');
const noteSchema = z.string().max(10_000, 'must be at most 10000 characters');
/** Collections one person may have; plenty for reading lists, a bound on abuse. */
export const MAX_COLLECTIONS = 200;
const PAGE = 100;

/** Collections (private, or public at a random address), read later, read, not interested, notes. */
export class CollectionsService {
  constructor(private readonly store: Store, private readonly now: () => Date) {}

  private async rowid(paperId: string): Promise<number> {
    const paper = await this.store.getPaper(paperId);
    const rowid = paper ? await this.store.paperRowid(paper.id) : null;
    if (rowid === null) throw new PaperboyError('paper_not_found', `no paper with id "${paperId}"`);
    return rowid;
  }

  /** The collection when `user` owns it; another user's collection is "not found", never "forbidden". */
  async own(user: User, id: number): Promise<CollectionRecord> {
    const c = Number.isInteger(id) ? await this.store.collections.get(id) : null;
    if (!c || c.userId !== user.id) throw new PaperboyError('not_found', `no collection ${id}`);
    return c;
  }

  /** A public collection by its shared address; private ones answer not found. */
  async shared(token: string): Promise<CollectionRecord> {
    const c = /^[A-Za-z0-9_-]{16,64}$/.test(token) ? await this.store.collections.byShareToken(token) : null;
    if (!c || !c.isPublic) throw new PaperboyError('not_found', 'no such collection');
    return c;
  }

  list(user: User): Promise<CollectionRecord[]> { return this.store.collections.forUser(user.id); }

  async create(user: User, input: { name?: unknown; isPublic?: unknown }): Promise<CollectionRecord> {
    const name = field(nameSchema, 'name', input.name);
    if ((await this.list(user)).length >= MAX_COLLECTIONS) throw new PaperboyError('invalid_argument', `You can have at most ${MAX_COLLECTIONS} collections.`, 'name');
    return this.store.collections.create({ userId: user.id, name, isPublic: input.isPublic === true || input.isPublic === 'on' || input.isPublic === 'true', shareToken: newSecret().slice(0, 22), createdAt: this.now().toISOString() });
  }

  async update(user: User, id: number, input: { name?: unknown; isPublic?: unknown }): Promise<CollectionRecord> {
    await this.own(user, id);
    await this.store.collections.update(id, {
      ...(input.name !== undefined ? { name: field(nameSchema, 'name', input.name) } : {}),
      ...(input.isPublic !== undefined ? { isPublic: input.isPublic === true || input.isPublic === 'on' || input.isPublic === 'true' } : {}),
    });
    return (await this.store.collections.get(id))!;
  }

  async delete(user: User, id: number): Promise<void> {
    await this.own(user, id);
    await this.store.collections.delete(id);
  }

  async add(user: User, id: number, paperId: string): Promise<void> {
    await this.own(user, id);
    await this.store.collections.addPaper(id, await this.rowid(paperId), this.now().toISOString());
  }

  async remove(user: User, id: number, paperId: string): Promise<void> {
    await this.own(user, id);
    await this.store.collections.removePaper(id, await this.rowid(paperId));
  }

  async papers(c: CollectionRecord, page = 0): Promise<Paper[]> {
    const rowids = await this.store.collections.paperRowids(c.id, PAGE, page * PAGE);
    return (await this.store.papersByRowids(rowids)).map((r) => r.paper);
  }

  async state(user: User, paperId: string): Promise<PaperState> {
    return this.store.collections.state(user.id, await this.rowid(paperId));
  }

  /** Changes the given parts of a user's state for a paper; the rest stays. */
  async setState(user: User, paperId: string, change: Partial<Record<keyof PaperState, unknown>>): Promise<PaperState> {
    const rowid = await this.rowid(paperId);
    const s = { ...(await this.store.collections.state(user.id, rowid)) };
    for (const flag of ['readLater', 'read', 'notInterested'] as const) {
      const v = change[flag];
      if (v === undefined) continue;
      if (typeof v !== 'boolean') throw new PaperboyError('invalid_argument', `${flag}: expected true or false`, flag);
      s[flag] = v;
    }
    if (change.note !== undefined) s.note = field(noteSchema, 'note', change.note);
    await this.store.collections.setState(user.id, rowid, s, this.now().toISOString());
    return s;
  }

  /** Papers with a flag set, most recent first (the read-later list, the read list...). */
  async flagged(user: User, flag: 'readLater' | 'read' | 'notInterested', page = 0): Promise<Paper[]> {
    const rowids = await this.store.collections.flagged(user.id, flag, PAGE, page * PAGE);
    return (await this.store.papersByRowids(rowids)).map((r) => r.paper);
  }
}
