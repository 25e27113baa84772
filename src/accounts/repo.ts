import type { ApiTokenInfo, EmailTokenPurpose, Role, User, UserWithSecret } from './types.ts';

/** A new account as the service has checked and hashed it. */
export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  emailVerifiedAt: string | null;
  createdAt: string;
}

/**
 * Storage for accounts, sessions, tokens, mailed links and rate-limit counters. Every secret
 * arrives here already hashed (SHA-256 hex); times are ISO-8601 strings from the service's clock.
 */
export interface AccountsRepo {
  /** Null when the email is taken. */
  createUser(u: NewUser): Promise<User | null>;
  userByEmail(email: string): Promise<UserWithSecret | null>;
  userById(id: number): Promise<User | null>;
  listUsers(limit: number, offset: number): Promise<User[]>;
  setPasswordHash(userId: number, hash: string): Promise<void>;
  markVerified(userId: number, at: string): Promise<void>;
  /** False when another account has the address. */
  setEmail(userId: number, email: string, verifiedAt: string): Promise<boolean>;
  setDisplayName(userId: number, name: string): Promise<void>;
  setRole(userId: number, role: Role): Promise<void>;
  /** Bans (at) or lifts a ban (null); a ban also ends every session and revokes every token, in one transaction. */
  setBanned(userId: number, at: string | null): Promise<void>;

  createSession(s: { tokenHash: string; userId: number; csrfToken: string; createdAt: string; expiresAt: string }): Promise<void>;
  /** The live session's user and CSRF token; null when unknown or expired. */
  sessionByHash(tokenHash: string, now: string): Promise<{ user: User; csrfToken: string } | null>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Ends every session of a user but the one given (say, the one changing the password). */
  deleteSessions(userId: number, exceptHash?: string): Promise<void>;

  createApiToken(t: { userId: number; name: string; tokenHash: string; createdAt: string }): Promise<number>;
  /** The owner of a live token, recording its use; null when unknown or revoked. */
  apiTokenUser(tokenHash: string, now: string): Promise<User | null>;
  listApiTokens(userId: number): Promise<ApiTokenInfo[]>;
  /** False when the token is not the user's or already revoked. */
  revokeApiToken(userId: number, tokenId: number, at: string): Promise<boolean>;

  createEmailToken(t: { tokenHash: string; userId: number; purpose: EmailTokenPurpose; email: string; createdAt: string; expiresAt: string }): Promise<void>;
  /** The link's user and address when it is live; does not use it up. */
  peekEmailToken(tokenHash: string, purpose: EmailTokenPurpose, now: string): Promise<{ userId: number; email: string } | null>;
  /** Uses the link up atomically: only one of two concurrent consumers gets it. */
  consumeEmailToken(tokenHash: string, purpose: EmailTokenPurpose, now: string): Promise<{ userId: number; email: string } | null>;

  /** Adds one to a fixed-window counter (a new window when the last one ended); returns the count and window end. */
  hitRate(key: string, windowEnds: string, now: string): Promise<{ count: number; windowEnds: string }>;
  /** The current window's count, 0 when none is open. */
  peekRate(key: string, now: string): Promise<{ count: number; windowEnds: string }>;
  clearRate(key: string): Promise<void>;
  /** Deletes expired sessions, mailed links and rate-limit windows; returns how many rows went. */
  purgeExpired(now: string): Promise<number>;
}
