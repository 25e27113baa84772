import type { PaperBrief, RecommendationsRepo, StoredModel } from '../../recommendations/repo.ts';
import type { Seed, Signal } from '../../recommendations/types.ts';
import type { Db } from './open.ts';

/**
 * Every signal of a reader in one statement, across the community tables (votes, collection items,
 * paper states) and the feed's own skips. Times are when the reader gave each signal.
 */
const SIGNALS = `
SELECT 'upvote' AS kind, paper_rowid AS rowid, created_at AS at, NULL AS collectionId FROM paper_votes WHERE user_id = @u
UNION ALL SELECT 'collection', i.paper_rowid, i.added_at, i.collection_id FROM collection_items i JOIN collections c ON c.id = i.collection_id WHERE c.user_id = @u
UNION ALL SELECT 'read_later', paper_rowid, read_later_at, NULL FROM paper_states WHERE user_id = @u AND read_later_at IS NOT NULL
UNION ALL SELECT 'note', paper_rowid, updated_at, NULL FROM paper_states WHERE user_id = @u AND note <> ''
UNION ALL SELECT 'read', paper_rowid, read_at, NULL FROM paper_states WHERE user_id = @u AND read_at IS NOT NULL
UNION ALL SELECT 'not_interested', paper_rowid, not_interested_at, NULL FROM paper_states WHERE user_id = @u AND not_interested_at IS NOT NULL
UNION ALL SELECT 'skip', paper_rowid, created_at, NULL FROM rec_skips WHERE user_id = @u`;

const brief = (r: Omit<PaperBrief, 'authors'> & { authors: string }): PaperBrief => ({ ...r, authors: JSON.parse(r.authors) as string[] });

interface ModelRow { scope: string; fingerprint: string; model: string | null; feed: string; trained_at: string }

/** Recommendations storage in SQLite. */
export function createRecommendationsRepo(db: Db): RecommendationsRepo {
  const signals = db.prepare(SIGNALS);
  const seeds = db.prepare('SELECT kind, value FROM rec_seeds WHERE user_id = ? ORDER BY created_at, kind, value');
  const clearSeeds = db.prepare('DELETE FROM rec_seeds WHERE user_id = ?');
  const addSeed = db.prepare('INSERT OR IGNORE INTO rec_seeds (user_id, kind, value, created_at) VALUES (?, ?, ?, ?)');
  const addSkip = db.prepare('INSERT OR IGNORE INTO rec_skips (user_id, paper_rowid, created_at) VALUES (?, ?, ?)');
  const settings = db.prepare('SELECT reset_at AS resetAt, digest_section AS digestSection, feed_secret_hash AS secret FROM rec_readers WHERE user_id = ?');
  const upsertReader = (column: 'reset_at' | 'digest_section' | 'feed_secret_hash') => db.prepare(`INSERT INTO rec_readers (user_id, ${column}, updated_at)
    VALUES (?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET ${column} = excluded.${column}, updated_at = excluded.updated_at`);
  const setReset = upsertReader('reset_at');
  const setDigest = upsertReader('digest_section');
  const setSecret = upsertReader('feed_secret_hash');
  const bySecret = db.prepare('SELECT user_id FROM rec_readers WHERE feed_secret_hash = ?').pluck();
  const model = db.prepare('SELECT scope, fingerprint, model, feed, trained_at FROM rec_models WHERE user_id = ? AND scope = ?');
  const saveModel = db.prepare(`INSERT INTO rec_models (user_id, scope, fingerprint, model, feed, trained_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT(user_id, scope) DO UPDATE SET fingerprint = excluded.fingerprint, model = excluded.model, feed = excluded.feed, trained_at = excluded.trained_at`);
  const recent = db.prepare(`SELECT rowid, id, title, abstract, authors FROM papers WHERE withdrawn_at IS NULL AND hidden_at IS NULL
    AND (@from IS NULL OR published_at BETWEEN @from AND @to) ORDER BY published_at DESC, rowid DESC LIMIT @limit`);
  const papers = db.prepare('SELECT rowid, id, title, abstract, authors FROM papers WHERE rowid IN (SELECT value FROM json_each(?))');
  const vectors = db.prepare('SELECT paper_rowid AS rowid, vec FROM paper_vectors WHERE model_id = ? AND paper_rowid IN (SELECT value FROM json_each(?))');
  const newest = db.prepare('SELECT coalesce(max(rowid), 0) FROM papers').pluck();

  const reset = db.transaction((userId: number, at: string) => {
    setReset.run(userId, at, at);
    clearSeeds.run(userId);
    db.prepare('DELETE FROM rec_skips WHERE user_id = ?').run(userId);
    db.prepare('DELETE FROM rec_models WHERE user_id = ?').run(userId);
  });
  const replaceSeeds = db.transaction((userId: number, list: Seed[], at: string) => {
    clearSeeds.run(userId);
    for (const s of list) addSeed.run(userId, s.kind, s.value, at);
  });

  return {
    async signals(userId) { return signals.all({ u: userId }) as Signal[]; },
    async seeds(userId) { return seeds.all(userId) as Seed[]; },
    async setSeeds(userId, list, at) { replaceSeeds(userId, list, at); },
    async addSkip(userId, rowid, at) { addSkip.run(userId, rowid, at); },
    async settings(userId) {
      const r = settings.get(userId) as { resetAt: string | null; digestSection: number; secret: string | null } | undefined;
      return { resetAt: r?.resetAt ?? null, digestSection: r?.digestSection === 1, hasFeedSecret: Boolean(r?.secret) };
    },
    async reset(userId, at) { reset(userId, at); },
    async setDigestSection(userId, on, at) { setDigest.run(userId, on ? 1 : 0, at); },
    async setFeedSecret(userId, hash, at) { setSecret.run(userId, hash, at); },
    async userByFeedSecret(hash) { return (bySecret.get(hash) as number | undefined) ?? null; },
    async model(userId, scope) {
      const r = model.get(userId, scope) as ModelRow | undefined;
      return r ? { scope: r.scope, fingerprint: r.fingerprint, model: r.model ? JSON.parse(r.model) : null, feed: JSON.parse(r.feed), trainedAt: r.trained_at } : null;
    },
    async saveModel(userId, m: StoredModel) {
      saveModel.run(userId, m.scope, m.fingerprint, m.model ? JSON.stringify(m.model) : null, JSON.stringify(m.feed), m.trainedAt);
    },
    async recentPapers(limit, w) { return (recent.all({ limit, from: w?.from ?? null, to: w?.to ?? null }) as Array<Parameters<typeof brief>[0]>).map(brief); },
    async papers(rowids) { return rowids.length ? (papers.all(JSON.stringify(rowids)) as Array<Parameters<typeof brief>[0]>).map(brief) : []; },
    async vectors(modelId, rowids) {
      if (!rowids.length) return new Map();
      return new Map((vectors.all(modelId, JSON.stringify(rowids)) as Array<{ rowid: number; vec: Buffer }>).map((r) => [r.rowid, r.vec]));
    },
    async newestRowid() { return newest.get() as number; },
  };
}
