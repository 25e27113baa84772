import type { PaperInput } from '../../core/paper.ts';
import type { DailyQuery, ImportCounts, ListQuery, SearchQuery, StoredVector, Store } from '../store.ts';
import type { SearchFilters } from '../../search/types.ts';
import { openSqlite, type Db } from './open.ts';
import { createPaperWriter } from './papers-write.ts';
import { createPaperReader } from './papers-read.ts';
import { createImportsRepo } from './imports-repo.ts';
import { createFeedReader } from './feeds-read.ts';
import { createSearchReader } from './search-read.ts';
import { createVectorsRepo } from './vectors-repo.ts';
import { createLeaseRepo } from './leases-repo.ts';
import { buildWordIndexInWorker } from '../../search/lexical/build-on-file.ts';
import { createAccountsRepo } from './accounts-repo.ts';
import { createVotesRepo } from './votes-repo.ts';
import { createCommentsRepo } from './comments-repo.ts';
import { createCollectionsRepo } from './collections-repo.ts';
import { createModerationRepo } from './moderation-repo.ts';
import { createClaimsRepo } from './claims-repo.ts';
import { createDigestsRepo } from './digests-repo.ts';
import { createHarvestRepo } from './harvest-repo.ts';
import { createRecommendationsRepo } from './recommendations-repo.ts';
import { createResultsRepo } from './results-repo.ts';
import type { HarvestRepo } from '../../harvest/repo.ts';
import { acceleratedSearch } from './accelerated-search.ts';
import { createLexicalAccelerator, type LexicalAccelerator } from '../../search/lexical/accelerator.ts';

/** The embedded store: one SQLite file in WAL mode. Methods are async to match the PostgreSQL store. */
export class SqliteStore implements Store {
  readonly dialect = 'sqlite' as const;
  readonly db: Db;
  private readonly writer;
  private readonly reader;
  private readonly imports;
  private readonly feeds;
  readonly searcher;
  private readonly vectors;
  private readonly lexical: LexicalAccelerator;
  readonly leases;
  readonly accounts;
  readonly votes;
  readonly comments;
  readonly collections;
  readonly moderation;
  readonly claims;
  readonly digests;
  readonly harvest: HarvestRepo;
  readonly recommendations;
  readonly results;

  constructor(path: string) {
    this.db = openSqlite(path);
    this.imports = createImportsRepo(this.db);
    this.writer = createPaperWriter(this.db, this.imports.resolve);
    this.reader = createPaperReader(this.db, this.imports.resolve);
    this.feeds = createFeedReader(this.db, this.imports.resolve);
    this.searcher = createSearchReader(this.db, this.imports.resolve);
    this.vectors = createVectorsRepo(this.db);
    this.lexical = createLexicalAccelerator(this.db);
    this.leases = createLeaseRepo(this.db);
    this.searcher.setFastPath(acceleratedSearch(this.lexical));
    this.accounts = createAccountsRepo(this.db);
    this.votes = createVotesRepo(this.db);
    this.comments = createCommentsRepo(this.db);
    this.collections = createCollectionsRepo(this.db);
    this.moderation = createModerationRepo(this.db);
    this.claims = createClaimsRepo(this.db);
    this.digests = createDigestsRepo(this.db);
    this.harvest = createHarvestRepo(this.db, this.writer.upsertBatch);
    this.recommendations = createRecommendationsRepo(this.db);
    this.results = createResultsRepo(this.db);
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
  async search(q: SearchQuery) { return this.searcher.search(q); }
  async searchRowids(q: SearchQuery) { return this.searcher.searchRowids(q); }
  async papersByRowids(rowids: number[]) { return this.searcher.papersByRowids(rowids); }
  async paperRowid(key: string) { return this.searcher.paperRowid(key); }
  async filterRowids(rowids: number[], f: SearchFilters, excluded?: string[]) { return this.searcher.filterRowids(rowids, f, excluded); }
  async suggestTitles(prefix: string, limit: number) { return this.searcher.suggestTitles(prefix, limit); }

  async createEmbeddingModel(provider: string, dim: number, model: Buffer | null) { return this.vectors.createModel(provider, dim, model); }
  async activeEmbeddingModel() { return this.vectors.activeModel(); }
  async embeddingModel(id: number) { return this.vectors.model(id); }
  async embeddingModelBlob(id: number) { return this.vectors.modelBlob(id); }
  async papersToEmbed(modelId: number, limit: number) { return this.vectors.papersToEmbed(modelId, limit); }
  async putVectors(modelId: number, rows: StoredVector[]) { this.vectors.putVectors(modelId, rows); }
  async paperVector(modelId: number, rowid: number) { return this.vectors.paperVector(modelId, rowid); }
  async paperTexts(afterRowid: number, limit: number) { return this.vectors.paperTexts(afterRowid, limit); }
  async vectorsSince(modelId: number, afterSeq: number, limit: number) { return this.vectors.vectorsSince(modelId, afterSeq, limit); }
  async activateEmbeddingModel(id: number) { this.vectors.activateModel(id); }
  /** Builds the impact-ordered index that answers relevance-sorted word searches without scoring every match. */
  async buildLexicalIndex(opts: { inWorker?: boolean } = {}) {
    // An in-memory database is not shared with another connection: build it here.
    if (opts.inWorker && this.db.name !== ':memory:' && this.db.name !== '') return buildWordIndexInWorker(this.db.name);
    return this.lexical.build();
  }
  async purgeRetiredEmbeddings() { return this.vectors.purgeRetired(); }
}
