import type { PaperBrief, RecommendationsRepo } from '../../recommendations/repo.ts';
import type { Seed, Signal } from '../../recommendations/types.ts';
import { inTransaction, type Pool } from './open.ts';

/** The feed's own signals: skips. */
const SKIPS = `SELECT 'skip' AS kind, paper_rowid AS rowid, created_at AS at, NULL::bigint AS "collectionId" FROM rec_skips WHERE user_id = $1`;
/** The community tables' signals, the same statement as SQLite's (src/db/sqlite/recommendations-repo.ts). */
const COMMUNITY = `
SELECT 'upvote' AS kind, paper_rowid AS rowid, created_at AS at, NULL::bigint AS "collectionId" FROM paper_votes WHERE user_id = $1
UNION ALL SELECT 'collection', i.paper_rowid, i.added_at, i.collection_id FROM collection_items i JOIN collections c ON c.id = i.collection_id WHERE c.user_id = $1
UNION ALL SELECT 'read_later', paper_rowid, read_later_at, NULL FROM paper_states WHERE user_id = $1 AND read_later_at IS NOT NULL
UNION ALL SELECT 'note', paper_rowid, updated_at, NULL FROM paper_states WHERE user_id = $1 AND note <> ''
UNION ALL SELECT 'read', paper_rowid, read_at, NULL FROM paper_states WHERE user_id = $1 AND read_at IS NOT NULL
UNION ALL SELECT 'not_interested', paper_rowid, not_interested_at, NULL FROM paper_states WHERE user_id = $1 AND not_interested_at IS NOT NULL
UNION ALL `;

const brief = (r: Omit<PaperBrief, 'authors'> & { authors: string }): PaperBrief => ({ ...r, authors: JSON.parse(r.authors) as string[] });

interface ModelRow { scope: string; fingerprint: string; model: string | null; feed: string; trained_at: string }

/**
 * Recommendations storage in PostgreSQL. Votes, collections and paper states are not on PostgreSQL
 * yet (another change brings them): until their tables exist the signals are the feed's own skips,
 * and the same statement as SQLite's reads them all once they do.
 */
export function createRecommendationsRepo(pool: Pool): RecommendationsRepo {
  const upsertReader = (column: 'reset_at' | 'digest_section' | 'feed_secret_hash') => `INSERT INTO rec_readers (user_id, ${column}, updated_at)
    VALUES ($1, $2, $3) ON CONFLICT (user_id) DO UPDATE SET ${column} = excluded.${column}, updated_at = excluded.updated_at`;
  const communityTables = async () => (await pool.query<{ ok: boolean }>(
    `SELECT to_regclass('paper_votes') IS NOT NULL AND to_regclass('collection_items') IS NOT NULL AND to_regclass('paper_states') IS NOT NULL AS ok`)).rows[0]!.ok;

  return {
    async signals(userId) {
      const sql = (await communityTables()) ? COMMUNITY + SKIPS : SKIPS;
      const { rows } = await pool.query<Signal & { collectionId: number | null }>(sql, [userId]);
      return rows.map((r) => ({ ...r, collectionId: r.collectionId === null ? null : Number(r.collectionId) }));
    },
    async seeds(userId) {
      return (await pool.query<Seed>('SELECT kind, value FROM rec_seeds WHERE user_id = $1 ORDER BY created_at, kind, value', [userId])).rows;
    },
    async setSeeds(userId, list, at) {
      await inTransaction(pool, async (c) => {
        await c.query('DELETE FROM rec_seeds WHERE user_id = $1', [userId]);
        for (const s of list) {
          await c.query('INSERT INTO rec_seeds (user_id, kind, value, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [userId, s.kind, s.value, at]);
        }
      });
    },
    async addSkip(userId, rowid, at) {
      await pool.query('INSERT INTO rec_skips (user_id, paper_rowid, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [userId, rowid, at]);
    },
    async settings(userId) {
      const r = (await pool.query<{ resetAt: string | null; digestSection: number; secret: string | null }>(
        'SELECT reset_at AS "resetAt", digest_section AS "digestSection", feed_secret_hash AS secret FROM rec_readers WHERE user_id = $1', [userId])).rows[0];
      return { resetAt: r?.resetAt ?? null, digestSection: r?.digestSection === 1, hasFeedSecret: Boolean(r?.secret) };
    },
    async reset(userId, at) {
      await inTransaction(pool, async (c) => {
        await c.query(upsertReader('reset_at'), [userId, at, at]);
        for (const table of ['rec_seeds', 'rec_skips', 'rec_models']) await c.query(`DELETE FROM ${table} WHERE user_id = $1`, [userId]);
      });
    },
    async setDigestSection(userId, on, at) { await pool.query(upsertReader('digest_section'), [userId, on ? 1 : 0, at]); },
    async setFeedSecret(userId, hash, at) { await pool.query(upsertReader('feed_secret_hash'), [userId, hash, at]); },
    async userByFeedSecret(hash) {
      const r = (await pool.query<{ userId: number }>('SELECT user_id AS "userId" FROM rec_readers WHERE feed_secret_hash = $1', [hash])).rows[0];
      return r ? Number(r.userId) : null;
    },
    async model(userId, scope) {
      const r = (await pool.query<ModelRow>('SELECT scope, fingerprint, model, feed, trained_at FROM rec_models WHERE user_id = $1 AND scope = $2', [userId, scope])).rows[0];
      return r ? { scope: r.scope, fingerprint: r.fingerprint, model: r.model ? JSON.parse(r.model) : null, feed: JSON.parse(r.feed), trainedAt: r.trained_at } : null;
    },
    async saveModel(userId, m) {
      await pool.query(`INSERT INTO rec_models (user_id, scope, fingerprint, model, feed, trained_at) VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (user_id, scope) DO UPDATE SET fingerprint = excluded.fingerprint, model = excluded.model, feed = excluded.feed, trained_at = excluded.trained_at`,
      [userId, m.scope, m.fingerprint, m.model ? JSON.stringify(m.model) : null, JSON.stringify(m.feed), m.trainedAt]);
    },
    async recentPapers(limit, w) {
      // hidden_at arrives on PostgreSQL with the moderation tables; pages drop hidden papers when loading them.
      return (await pool.query<Parameters<typeof brief>[0]>(`SELECT rowid, id, title, abstract, authors FROM papers WHERE withdrawn_at IS NULL
        AND ($2::text IS NULL OR published_at BETWEEN $2 AND $3) ORDER BY published_at DESC NULLS LAST, rowid DESC LIMIT $1`,
      [limit, w?.from ?? null, w?.to ?? null])).rows.map(brief);
    },
    async papers(rowids) {
      if (!rowids.length) return [];
      return (await pool.query<Parameters<typeof brief>[0]>('SELECT rowid, id, title, abstract, authors FROM papers WHERE rowid = ANY($1::int[])', [rowids])).rows.map(brief);
    },
    async vectors(modelId, rowids) {
      if (!rowids.length) return new Map();
      const { rows } = await pool.query<{ rowid: number; vec: Buffer }>(
        'SELECT paper_rowid AS rowid, vec FROM paper_vectors WHERE model_id = $1 AND paper_rowid = ANY($2::int[])', [modelId, rowids]);
      return new Map(rows.map((r) => [r.rowid, r.vec]));
    },
    async newestRowid() { return (await pool.query<{ n: number }>('SELECT coalesce(max(rowid), 0) AS n FROM papers')).rows[0]!.n; },
  };
}
