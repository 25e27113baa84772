import type { PaperRow } from '../shared/paper-row.ts';
import type { LookupStep } from '../shared/upsert-plan.ts';

/** A paper as the batch last left it: a stored row (positive rowid) or one it will insert (negative). */
export interface BatchRow {
  row: PaperRow;
  isNew: boolean;
  /** Changed by the batch: written back when it commits. */
  dirty: boolean;
  categoriesChanged: boolean;
  vectorStale: boolean;
  aliases: string[];
}

/**
 * The papers a batch can touch, held in memory while the batch is merged: every stored paper whose
 * arXiv id or title key an incoming record has (read once, locked FOR UPDATE), plus the papers the
 * batch adds. Lookups answer as SQL over the table would at that point of the batch, so the merge
 * runs without a round trip per record and the writes go out in a few statements at the end.
 */
export class BatchRows {
  private readonly byArxiv = new Map<string, BatchRow>();
  private readonly byKey = new Map<string, Set<BatchRow>>();
  readonly all: BatchRow[] = [];
  private nextTemp = -1;

  constructor(stored: PaperRow[]) {
    for (const row of stored) {
      const entry: BatchRow = { row, isNew: false, dirty: false, categoriesChanged: false, vectorStale: false, aliases: [] };
      this.all.push(entry);
      this.add(entry);
    }
  }

  /** The lookups of src/db/shared/upsert-plan.ts: the same answers the SQLite store's queries give. */
  find(step: LookupStep): BatchRow | undefined {
    if (step.by === 'arxiv') return this.byArxiv.get(step.value);
    const rows = [...(this.byKey.get(step.value) ?? [])];
    if (step.by === 'title-only') return rows.find((r) => r.row.arxiv_id === null);
    // The smallest arXiv id first, as SQLite's (title_key, arxiv_id) index gives it.
    return rows.filter((r) => r.row.arxiv_id !== null).sort((a, b) => (a.row.arxiv_id! < b.row.arxiv_id! ? -1 : 1))[0];
  }

  /** A paper the batch inserts, under a temporary negative rowid until the INSERT returns the real one. */
  insert(row: Omit<PaperRow, 'rowid'>): BatchRow {
    const entry: BatchRow = { row: { ...row, rowid: this.nextTemp-- }, isNew: true, dirty: true, categoriesChanged: true, vectorStale: false, aliases: [] };
    this.all.push(entry);
    this.add(entry);
    return entry;
  }

  /** Replaces a paper's columns, keeping the indexes on arXiv id and title key right. */
  update(entry: BatchRow, columns: Partial<PaperRow>): void {
    this.remove(entry);
    entry.row = { ...entry.row, ...columns };
    entry.dirty = true;
    this.add(entry);
  }

  private add(entry: BatchRow): void {
    if (entry.row.arxiv_id) this.byArxiv.set(entry.row.arxiv_id, entry);
    let set = this.byKey.get(entry.row.title_key);
    if (!set) this.byKey.set(entry.row.title_key, (set = new Set()));
    set.add(entry);
  }

  private remove(entry: BatchRow): void {
    if (entry.row.arxiv_id && this.byArxiv.get(entry.row.arxiv_id) === entry) this.byArxiv.delete(entry.row.arxiv_id);
    this.byKey.get(entry.row.title_key)?.delete(entry);
  }
}
