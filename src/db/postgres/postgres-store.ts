import { createGraphsRepo } from './graphs-repo.ts';
import type { PaperInput } from '../../core/paper.ts';
import type { LeaseRepo } from '../../jobs/lease.ts';
import type { SearchFilters } from '../../search/types.ts';
import type { DailyQuery, ImportCounts, ListQuery, SearchQuery, StoredVector, Store } from '../store.ts';
import { openPostgres, type Pool, type PostgresOptions } from './open.ts';
import { createImportsRepo } from './imports-repo.ts';
import { createPaperWriter } from './papers-write.ts';
import { createPaperReader } from './papers-read.ts';
import { createFeedReader } from './feeds-read.ts';
import { createSearchReader } from './search-read.ts';
import { createVectorsRepo } from './vectors-repo.ts';
import { createLeaseRepo } from './leases-repo.ts';
import { createDigestsRepo } from './digests-repo.ts';
import { createHarvestRepo } from './harvest-repo.ts';
import { createAccountsRepo } from './accounts-repo.ts';
import { createVotesRepo } from './votes-repo.ts';
import { createCommentsRepo } from './comments-repo.ts';
import { createCollectionsRepo } from './collections-repo.ts';
import { createModerationRepo } from './moderation-repo.ts';
import { createClaimsRepo } from './claims-repo.ts';
import { createRecommendationsRepo } from './recommendations-repo.ts';
import { createResultsRepo } from './results-repo.ts';
import type { ResultsRepo } from '../../results/repo.ts';

/**
 * The server store: PostgreSQL through a `pg` connection pool, for several server processes on one
 * database. Each capability is a repository over the pool (`<capability>-repo.ts` beside this file);
 * this class only wires them to the Store interface. Open it with `PostgresStore.open()`.
 */
export class PostgresStore implements Store {
  readonly dialect = 'postgres' as const;
  readonly leases: LeaseRepo;
  readonly accounts: Store['accounts'];
  readonly votes: Store['votes'];
  readonly comments: Store['comments'];
  readonly collections: Store['collections'];
  readonly moderation: Store['moderation'];
  readonly claims: Store['claims'];
  readonly digests: Store['digests'];
  readonly harvest: Store['harvest'];
  readonly recommendations;
  readonly results: ResultsRepo;
  /** Saved neighbour graphs (PostgreSQL only: SQLite keeps them as files beside the database). */
  readonly graphs;
  private readonly imports;
  private readonly writer;
  private readonly reader;
  private readonly feeds;
  private readonly searcher;
  private readonly vectors;
  private closed = false;

  private constructor(readonly pool: Pool, readonly options: PostgresOptions) {
    this.imports = createImportsRepo(pool);
    this.writer = createPaperWriter(pool, this.imports.resolve, this.imports.prime);
    this.reader = createPaperReader(pool, this.imports);
    this.feeds = createFeedReader(pool, this.imports);
    this.searcher = createSearchReader(pool, this.imports);
    this.vectors = createVectorsRepo(pool);
    this.leases = createLeaseRepo(pool);
    this.accounts = createAccountsRepo(pool);
    this.votes = createVotesRepo(pool);
    this.comments = createCommentsRepo(pool);
    this.collections = createCollectionsRepo(pool);
    this.moderation = createModerationRepo(pool);
    this.claims = createClaimsRepo(pool);
    this.digests = createDigestsRepo(pool);
    this.harvest = createHarvestRepo(pool, this.writer.upsertWithin);
    this.recommendations = createRecommendationsRepo(pool);
    this.results = createResultsRepo(pool);
    this.graphs = createGraphsRepo(pool);
  }

  /** Connects, migrates (under an advisory lock, so several servers may start at once) and returns the store. */
  static async open(options: PostgresOptions): Promise<PostgresStore> {
    return new PostgresStore(await openPostgres(options), options);
  }

  async close() {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  async startImport(source: string, file: string) { return this.imports.startImport(source, file); }
  async finishImport(id: number, counts: ImportCounts) { await this.imports.finishImport(id, counts); }
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
  async putVectors(modelId: number, rows: StoredVector[]) { await this.vectors.putVectors(modelId, rows); }
  async paperVector(modelId: number, rowid: number) { return this.vectors.paperVector(modelId, rowid); }
  async paperTexts(afterRowid: number, limit: number) { return this.vectors.paperTexts(afterRowid, limit); }
  async vectorsSince(modelId: number, afterSeq: number, limit: number) { return this.vectors.vectorsSince(modelId, afterSeq, limit); }
  async activateEmbeddingModel(id: number) { await this.vectors.activateModel(id); }
  async purgeRetiredEmbeddings() { return this.vectors.purgeRetired(); }
}
