import type { PaperInput } from '../../core/paper.ts';
import type { DailyQuery, ImportCounts, ListQuery, SearchQuery, Store } from '../store.ts';
import { openSqlite, type Db } from './open.ts';
import { createPaperWriter } from './papers-write.ts';
import { createPaperReader } from './papers-read.ts';
import { createImportsRepo } from './imports-repo.ts';
import { createFeedReader } from './feeds-read.ts';

/** The embedded store: one SQLite file in WAL mode. Methods are async to match the PostgreSQL store. */
export class SqliteStore implements Store {
  readonly dialect = 'sqlite' as const;
  readonly db: Db;
  private readonly writer;
  private readonly reader;
  private readonly imports;
  private readonly feeds;

  constructor(path: string) {
    this.db = openSqlite(path);
    this.imports = createImportsRepo(this.db);
    this.writer = createPaperWriter(this.db, this.imports.resolve);
    this.reader = createPaperReader(this.db, this.imports.resolve);
    this.feeds = createFeedReader(this.db, this.imports.resolve);
  }

  async close() {
    if (!this.db.open) return;
    // Fold the WAL back into the main file so a closed database is one self-contained file.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }

  async startImport(source: string, file: string) { return this.imports.startImport(source, file); }
  async finishImport(id: number, counts: ImportCounts) { this.imports.finishImport(id, counts); }
  async listImports(limit: number) { return this.imports.listImports(limit); }

  async upsertPapers(batch: PaperInput[], importId: number, source: string) {
    return this.writer.upsertBatch(batch, { source, importId, at: new Date().toISOString() });
  }

  async getPaper(key: string) { return this.reader.getPaper(key); }
  async listPapers(q: ListQuery) { return this.reader.listPapers(q); }
  async countPapers() { return this.reader.countPapers(); }
  async stats() { return this.reader.stats(); }

  async dailyPapers(q: DailyQuery) { return this.feeds.dailyPapers(q); }
  async dailyBetween(from: string, to: string) { return this.feeds.dailyBetween(from, to); }
  async latestDailyDate() { return this.feeds.latestDailyDate(); }
  async adjacentDailyDates(date: string) { return this.feeds.adjacentDailyDates(date); }
  async search(q: SearchQuery) { return this.feeds.search(q); }
}
