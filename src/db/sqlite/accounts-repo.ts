import type { AccountsRepo } from '../../accounts/repo.ts';
import type { UserWithSecret } from '../../accounts/types.ts';
import type { Db } from './open.ts';
import { toUser, USER_COLUMNS, type UserRow } from '../shared/user-rows.ts';

/** Accounts, sessions, tokens, mailed links and rate-limit counters in SQLite. */
export function createAccountsRepo(db: Db): AccountsRepo {
  const insertUser = db.prepare(`INSERT INTO users (email, display_name, password_hash, role, email_verified_at, created_at)
    VALUES (@email, @displayName, @passwordHash, @role, @emailVerifiedAt, @createdAt) ON CONFLICT(email) DO NOTHING`);
  const byEmail = db.prepare(`SELECT ${USER_COLUMNS} FROM users u WHERE u.email = ?`);
  const byId = db.prepare(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ?`);
  const list = db.prepare(`SELECT ${USER_COLUMNS} FROM users u ORDER BY u.id LIMIT ? OFFSET ?`);
  const emailTaken = db.prepare('SELECT 1 FROM users WHERE email = ? AND id <> ?').pluck();
  const deleteSessionsOf = db.prepare('DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?');
  const revokeTokensOf = db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL');
  const sessionUser = db.prepare(`SELECT ${USER_COLUMNS}, s.csrf_token FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.token_hash = ? AND s.expires_at > ?`);
  const tokenUser = db.prepare(`SELECT ${USER_COLUMNS}, t.id AS token_id FROM api_tokens t JOIN users u ON u.id = t.user_id
    WHERE t.token_hash = ? AND t.revoked_at IS NULL`);
  const touchToken = db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?');
  const peekLink = db.prepare(`SELECT user_id AS userId, email FROM email_tokens
    WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?`);
  const useLink = db.prepare(`UPDATE email_tokens SET used_at = @now
    WHERE token_hash = @hash AND purpose = @purpose AND used_at IS NULL AND expires_at > @now RETURNING user_id AS userId, email`);
  // A new window starts when the stored one has ended; otherwise the count goes up by one.
  const hit = db.prepare(`INSERT INTO rate_limits (key, count, window_ends) VALUES (@key, 1, @ends)
    ON CONFLICT(key) DO UPDATE SET
      count = CASE WHEN rate_limits.window_ends <= @now THEN 1 ELSE rate_limits.count + 1 END,
      window_ends = CASE WHEN rate_limits.window_ends <= @now THEN @ends ELSE rate_limits.window_ends END
    RETURNING count, window_ends AS windowEnds`);
  const peekLimit = db.prepare('SELECT count, window_ends AS windowEnds FROM rate_limits WHERE key = ? AND window_ends > ?');

  const ban = db.transaction((userId: number, at: string | null) => {
    db.prepare('UPDATE users SET banned_at = ? WHERE id = ?').run(at, userId);
    if (at) {
      deleteSessionsOf.run(userId, '');
      revokeTokensOf.run(at, userId);
    }
  });

  return {
    async createUser(u) {
      const r = insertUser.run(u);
      if (r.changes !== 1) return null;
      return toUser(byId.get(r.lastInsertRowid) as UserRow);
    },
    async userByEmail(email) {
      const r = byEmail.get(email) as UserRow | undefined;
      return r ? { ...toUser(r), passwordHash: r.password_hash } satisfies UserWithSecret : null;
    },
    async userById(id) {
      const r = byId.get(id) as UserRow | undefined;
      return r ? toUser(r) : null;
    },
    async listUsers(limit, offset) { return (list.all(limit, offset) as UserRow[]).map(toUser); },
    async setPasswordHash(userId, hash) { db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(hash, userId); },
    async markVerified(userId, at) {
      db.prepare('UPDATE users SET email_verified_at = coalesce(email_verified_at, ?) WHERE id = ?').run(at, userId);
    },
    async setEmail(userId, email, verifiedAt) {
      return db.transaction(() => {
        if (emailTaken.get(email, userId)) return false;
        db.prepare('UPDATE users SET email = ?, email_verified_at = ? WHERE id = ?').run(email, verifiedAt, userId);
        return true;
      }).immediate();
    },
    async setDisplayName(userId, name) { db.prepare('UPDATE users SET display_name = ? WHERE id = ?').run(name, userId); },
    async setRole(userId, role) { db.prepare('UPDATE users SET role = ? WHERE id = ?').run(role, userId); },
    async setBanned(userId, at) { ban.immediate(userId, at); },

    async createSession(s) {
      db.prepare(`INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at)
        VALUES (@tokenHash, @userId, @csrfToken, @createdAt, @expiresAt)`).run(s);
    },
    async sessionByHash(hash, now) {
      const r = sessionUser.get(hash, now) as (UserRow & { csrf_token: string }) | undefined;
      return r ? { user: toUser(r), csrfToken: r.csrf_token } : null;
    },
    async deleteSession(hash) { db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hash); },
    async deleteSessions(userId, exceptHash = '') { deleteSessionsOf.run(userId, exceptHash); },

    async createApiToken(t) {
      return Number(db.prepare(`INSERT INTO api_tokens (user_id, name, token_hash, created_at)
        VALUES (@userId, @name, @tokenHash, @createdAt)`).run(t).lastInsertRowid);
    },
    async apiTokenUser(hash, now) {
      const r = tokenUser.get(hash) as (UserRow & { token_id: number }) | undefined;
      if (!r) return null;
      touchToken.run(now, r.token_id);
      return toUser(r);
    },
    async listApiTokens(userId) {
      return db.prepare(`SELECT id, name, created_at AS createdAt, last_used_at AS lastUsedAt FROM api_tokens
        WHERE user_id = ? AND revoked_at IS NULL ORDER BY id`).all(userId) as Awaited<ReturnType<AccountsRepo['listApiTokens']>>;
    },
    async revokeApiToken(userId, tokenId, at) {
      return db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL')
        .run(at, tokenId, userId).changes === 1;
    },

    async createEmailToken(t) {
      db.prepare(`INSERT INTO email_tokens (token_hash, user_id, purpose, email, created_at, expires_at)
        VALUES (@tokenHash, @userId, @purpose, @email, @createdAt, @expiresAt)`).run(t);
    },
    async peekEmailToken(hash, purpose, now) {
      return (peekLink.get(hash, purpose, now) as { userId: number; email: string } | undefined) ?? null;
    },
    async consumeEmailToken(hash, purpose, now) {
      return (useLink.get({ hash, purpose, now }) as { userId: number; email: string } | undefined) ?? null;
    },

    async hitRate(key, ends, now) { return hit.get({ key, ends, now }) as { count: number; windowEnds: string }; },
    async peekRate(key, now) {
      return (peekLimit.get(key, now) as { count: number; windowEnds: string } | undefined) ?? { count: 0, windowEnds: now };
    },
    async clearRate(key) { db.prepare('DELETE FROM rate_limits WHERE key = ?').run(key); },
    async purgeExpired(now) {
      return db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now).changes
        + db.prepare('DELETE FROM email_tokens WHERE expires_at <= ?').run(now).changes
        + db.prepare('DELETE FROM rate_limits WHERE window_ends <= ?').run(now).changes;
    },
  };
}
