import type { AccountsRepo } from '../../accounts/repo.ts';
import type { UserWithSecret } from '../../accounts/types.ts';
import { inTransaction, type Pool } from './open.ts';
import { toUser, USER_COLUMNS, type UserRow } from '../shared/user-rows.ts';

/** PostgreSQL's code for a broken unique constraint. */
const UNIQUE_VIOLATION = '23505';

/**
 * Accounts, sessions, tokens, mailed links and rate-limit counters in PostgreSQL, with the same
 * contract as src/db/sqlite/accounts-repo.ts. What must hold under concurrent requests from several
 * servers is one statement each: a taken email is a unique violation, a mailed link is used up by one
 * conditional UPDATE, and a rate-limit hit is one INSERT ... ON CONFLICT DO UPDATE (row-locked).
 */
export function createAccountsRepo(pool: Pool): AccountsRepo {
  async function one<T>(sql: string, values: unknown[]): Promise<T | undefined> {
    return (await pool.query(sql, values)).rows[0] as T | undefined;
  }
  const changed = async (sql: string, values: unknown[]) => (await pool.query(sql, values)).rowCount ?? 0;

  return {
    async createUser(u) {
      const r = await one<UserRow>(`INSERT INTO users AS u (email, display_name, password_hash, role, email_verified_at, created_at)
        VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (email) DO NOTHING RETURNING ${USER_COLUMNS}`,
      [u.email, u.displayName, u.passwordHash, u.role, u.emailVerifiedAt, u.createdAt]);
      return r ? toUser(r) : null;
    },
    async userByEmail(email) {
      const r = await one<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.email = $1`, [email]);
      return r ? { ...toUser(r), passwordHash: r.password_hash } satisfies UserWithSecret : null;
    },
    async userById(id) {
      const r = await one<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1`, [id]);
      return r ? toUser(r) : null;
    },
    async listUsers(limit, offset) {
      return (await pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u ORDER BY u.id LIMIT $1 OFFSET $2`, [limit, offset])).rows.map(toUser);
    },
    async setPasswordHash(userId, hash) { await pool.query('UPDATE users SET password_hash = $1 WHERE id = $2', [hash, userId]); },
    async markVerified(userId, at) {
      await pool.query('UPDATE users SET email_verified_at = coalesce(email_verified_at, $1) WHERE id = $2', [at, userId]);
    },
    async setEmail(userId, email, verifiedAt) {
      // The unique index decides between two accounts taking one address at once.
      try {
        await pool.query('UPDATE users SET email = $1, email_verified_at = $2 WHERE id = $3', [email, verifiedAt, userId]);
        return true;
      } catch (err) {
        if ((err as { code?: string }).code === UNIQUE_VIOLATION) return false;
        throw err;
      }
    },
    async setDisplayName(userId, name) { await pool.query('UPDATE users SET display_name = $1 WHERE id = $2', [name, userId]); },
    async setRole(userId, role) { await pool.query('UPDATE users SET role = $1 WHERE id = $2', [role, userId]); },
    async setBanned(userId, at) {
      await inTransaction(pool, async (c) => {
        await c.query('UPDATE users SET banned_at = $1 WHERE id = $2', [at, userId]);
        if (!at) return;
        await c.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
        await c.query('UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL', [at, userId]);
      });
    },

    async createSession(s) {
      await pool.query('INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
        [s.tokenHash, s.userId, s.csrfToken, s.createdAt, s.expiresAt]);
    },
    async sessionByHash(hash, now) {
      const r = await one<UserRow & { csrf_token: string }>(`SELECT ${USER_COLUMNS}, s.csrf_token FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > $2`, [hash, now]);
      return r ? { user: toUser(r), csrfToken: r.csrf_token } : null;
    },
    async deleteSession(hash) { await pool.query('DELETE FROM sessions WHERE token_hash = $1', [hash]); },
    async deleteSessions(userId, exceptHash = '') {
      await pool.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2', [userId, exceptHash]);
    },

    async createApiToken(t) {
      return (await one<{ id: number }>('INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id',
        [t.userId, t.name, t.tokenHash, t.createdAt]))!.id;
    },
    async apiTokenUser(hash, now) {
      const r = await one<UserRow & { token_id: number }>(`SELECT ${USER_COLUMNS}, t.id AS token_id FROM api_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL`, [hash]);
      if (!r) return null;
      await pool.query('UPDATE api_tokens SET last_used_at = $1 WHERE id = $2', [now, r.token_id]);
      return toUser(r);
    },
    async listApiTokens(userId) {
      return (await pool.query(`SELECT id, name, created_at AS "createdAt", last_used_at AS "lastUsedAt" FROM api_tokens
        WHERE user_id = $1 AND revoked_at IS NULL ORDER BY id`, [userId])).rows as Awaited<ReturnType<AccountsRepo['listApiTokens']>>;
    },
    async revokeApiToken(userId, tokenId, at) {
      return await changed('UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL', [at, tokenId, userId]) === 1;
    },

    async createEmailToken(t) {
      await pool.query(`INSERT INTO email_tokens (token_hash, user_id, purpose, email, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [t.tokenHash, t.userId, t.purpose, t.email, t.createdAt, t.expiresAt]);
    },
    async peekEmailToken(hash, purpose, now) {
      return (await one<{ userId: number; email: string }>(`SELECT user_id AS "userId", email FROM email_tokens
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3`, [hash, purpose, now])) ?? null;
    },
    async consumeEmailToken(hash, purpose, now) {
      // A second concurrent UPDATE waits for the first, then re-checks used_at and matches nothing.
      return (await one<{ userId: number; email: string }>(`UPDATE email_tokens SET used_at = $3
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3 RETURNING user_id AS "userId", email`, [hash, purpose, now])) ?? null;
    },

    async hitRate(key, ends, now) {
      // A new window starts when the stored one has ended; otherwise the count goes up by one.
      return (await one<{ count: number; windowEnds: string }>(`INSERT INTO rate_limits AS r (key, count, window_ends) VALUES ($1, 1, $2)
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN r.window_ends <= $3 THEN 1 ELSE r.count + 1 END,
          window_ends = CASE WHEN r.window_ends <= $3 THEN excluded.window_ends ELSE r.window_ends END
        RETURNING count, window_ends AS "windowEnds"`, [key, ends, now]))!;
    },
    async peekRate(key, now) {
      return (await one<{ count: number; windowEnds: string }>(`SELECT count, window_ends AS "windowEnds" FROM rate_limits
        WHERE key = $1 AND window_ends > $2`, [key, now])) ?? { count: 0, windowEnds: now };
    },
    async clearRate(key) { await pool.query('DELETE FROM rate_limits WHERE key = $1', [key]); },
    async purgeExpired(now) {
      return await changed('DELETE FROM sessions WHERE expires_at <= $1', [now])
        + await changed('DELETE FROM email_tokens WHERE expires_at <= $1', [now])
        + await changed('DELETE FROM rate_limits WHERE window_ends <= $1', [now]);
    },
  };
}
