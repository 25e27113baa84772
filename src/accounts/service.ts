import { PaperboyError } from '../errors.ts';
import type { Mailer, OutgoingMail } from '../mail/types.ts';
import { accountMail } from './mail.ts';
import { ensureUnder, LIMITS, spend } from './rate-limit.ts';
import type { AccountsRepo } from './repo.ts';
import { checkPassword, digest, hashPassword, newSecret } from './secrets.ts';
import type { ApiTokenInfo, Auth, EmailTokenPurpose, Role, User } from './types.ts';
import { displayNameSchema, emailSchema, field, passwordSchema, tokenNameSchema } from './validation.ts';

const HOUR = 3_600_000;
/** How long a session lasts from log-in. */
export const SESSION_TTL_MS = 30 * 24 * HOUR;
const LINK_TTL_MS: Record<EmailTokenPurpose, number> = { verify: 48 * HOUR, reset: HOUR, email_change: 24 * HOUR };
/** Mailed links open these pages, which confirm with a POST (a GET never changes data, and mail scanners prefetch links). */
const LINK_PAGE: Record<EmailTokenPurpose, string> = { verify: '/verify', reset: '/reset', email_change: '/verify' };

export interface AccountsServiceDeps {
  repo: AccountsRepo;
  /** Read at each use, like baseUrl. */
  mailer: () => Mailer;
  /** Read at each use: the server learns its address after listening. */
  baseUrl: () => string;
  now: () => Date;
}

/** A new session: the cookie value (shown once) and its CSRF token. */
export interface NewSession { token: string; csrf: string; user: User; expiresAt: Date }

/**
 * Accounts: sign-up, mailed links, log-in with rate limits and lockout, sessions, tokens, roles
 * and bans. Routes and CLI commands call this and nothing below it.
 */
export class AccountsService {
  constructor(private readonly d: AccountsServiceDeps) {}

  private iso(): string { return this.d.now().toISOString(); }

  private async mail(m: OutgoingMail): Promise<void> {
    const r = await this.d.mailer().send(m);
    if (!r.ok) throw new PaperboyError('internal', `could not send mail to ${m.to}: ${r.message}`);
  }

  /** Stores a one-time link and returns its address. */
  private async link(userId: number, purpose: EmailTokenPurpose, email: string): Promise<string> {
    const token = newSecret();
    const now = this.d.now();
    await this.d.repo.createEmailToken({
      tokenHash: digest(token), userId, purpose, email, createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + LINK_TTL_MS[purpose]).toISOString(),
    });
    return `${this.d.baseUrl()}${LINK_PAGE[purpose]}?token=${encodeURIComponent(token)}`;
  }

  /**
   * Creates an unverified member and mails the verification link. An address that already has an
   * account gets a note instead, and the caller sees the same answer, so sign-up does not reveal
   * who has an account.
   */
  async signUp(input: { email?: unknown; password?: unknown; displayName?: unknown }, address: string): Promise<void> {
    const now = this.d.now();
    // Counted before validation, so malformed attempts use up the address's allowance too.
    await spend(this.d.repo, `signup:addr:${address}`, LIMITS.signupPerAddress, now, 'sign-ups from your network');
    const email = field(emailSchema, 'email', input.email);
    const password = field(passwordSchema, 'password', input.password);
    const displayName = field(displayNameSchema, 'displayName', input.displayName ?? '');
    await spend(this.d.repo, `signup:acct:${email}`, LIMITS.signupPerAccount, now, 'sign-ups for this address');
    const user = await this.d.repo.createUser({
      email, displayName, passwordHash: await hashPassword(password), role: 'member', emailVerifiedAt: null, createdAt: now.toISOString(),
    });
    if (!user) {
      const existing = await this.d.repo.userByEmail(email);
      if (existing) await this.mail(accountMail.alreadyRegistered(email, `${this.d.baseUrl()}/reset`));
      return;
    }
    await this.mail(accountMail.verify(email, await this.link(user.id, 'verify', email)));
  }

  /** For operators (CLI): a verified account with any role. */
  async createUser(input: { email: unknown; password: unknown; role: Role; displayName?: unknown }): Promise<User> {
    const email = field(emailSchema, 'email', input.email);
    const password = field(passwordSchema, 'password', input.password);
    const user = await this.d.repo.createUser({
      email, displayName: field(displayNameSchema, 'displayName', input.displayName ?? ''),
      passwordHash: await hashPassword(password), role: input.role, emailVerifiedAt: this.iso(), createdAt: this.iso(),
    });
    if (!user) throw new PaperboyError('conflict', `an account with the email ${email} already exists`);
    return user;
  }

  /** What a mailed link is for and whether it still works, without using it (for the confirmation page). */
  async inspectLink(token: string): Promise<{ purpose: EmailTokenPurpose; email: string } | null> {
    for (const purpose of ['verify', 'email_change', 'reset'] as const) {
      const hit = await this.d.repo.peekEmailToken(digest(token), purpose, this.iso());
      if (hit) return { purpose, email: hit.email };
    }
    return null;
  }

  /** Uses a verification or email-change link. Expired, unknown and used links are refused alike. */
  async confirmEmail(token: string): Promise<User> {
    const now = this.iso();
    const verified = await this.d.repo.consumeEmailToken(digest(token), 'verify', now);
    if (verified) {
      await this.d.repo.markVerified(verified.userId, now);
      return (await this.d.repo.userById(verified.userId))!;
    }
    const change = await this.d.repo.consumeEmailToken(digest(token), 'email_change', now);
    if (!change) throw new PaperboyError('invalid_argument', 'This link has expired or was already used. Ask for a new one.', 'token');
    if (!(await this.d.repo.setEmail(change.userId, change.email, now))) {
      throw new PaperboyError('conflict', 'Another account now uses that email address.');
    }
    return (await this.d.repo.userById(change.userId))!;
  }

  /**
   * Checks a password and opens a new session (a fresh token every time: nothing an attacker
   * planted before log-in survives it). Refused while the account is locked after failures,
   * banned, or not yet verified (a new link is then mailed).
   */
  async logIn(input: { email?: unknown; password?: unknown }, address: string): Promise<NewSession> {
    const now = this.d.now();
    await spend(this.d.repo, `login:addr:${address}`, LIMITS.loginPerAddress, now, 'log-in attempts from your network');
    const email = field(emailSchema, 'email', input.email);
    const password = typeof input.password === 'string' ? input.password.slice(0, 256) : '';
    const failKey = `login-fail:acct:${email}`;
    await ensureUnder(this.d.repo, failKey, LIMITS.loginFailuresPerAccount, now, 'failed log-ins for this account; it is locked for now');
    const user = await this.d.repo.userByEmail(email);
    if (!(await checkPassword(user?.passwordHash ?? null, password)) || !user) {
      await spend(this.d.repo, failKey, LIMITS.loginFailuresPerAccount, now, 'failed log-ins for this account; it is locked for now');
      throw new PaperboyError('unauthorized', 'That email and password do not match an account.');
    }
    if (user.bannedAt) throw new PaperboyError('forbidden', 'This account is banned.');
    if (!user.emailVerifiedAt) {
      await spend(this.d.repo, `signup:acct:${email}`, LIMITS.signupPerAccount, now, 'verification mails for this address');
      await this.mail(accountMail.verify(email, await this.link(user.id, 'verify', email)));
      throw new PaperboyError('forbidden', 'Confirm your email address first: we have sent you a new link.');
    }
    await this.d.repo.clearRate(failKey);
    // Tables of expiring rows are swept here, on an indexed range, so they never need a job of their own.
    await this.d.repo.purgeExpired(now.toISOString());
    const { passwordHash: _, ...plain } = user;
    return this.openSession(plain);
  }

  private async openSession(user: User): Promise<NewSession> {
    const token = newSecret();
    const csrf = newSecret();
    const now = this.d.now();
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await this.d.repo.createSession({ tokenHash: digest(token), userId: user.id, csrfToken: csrf, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() });
    return { token, csrf, user, expiresAt };
  }

  async logOut(sessionHash: string): Promise<void> { await this.d.repo.deleteSession(sessionHash); }

  /** The session behind a cookie value; null when unknown, expired, or its user is banned. */
  async sessionAuth(token: string): Promise<Auth | null> {
    const hash = digest(token);
    const s = await this.d.repo.sessionByHash(hash, this.iso());
    if (!s || s.user.bannedAt) return null;
    return { user: s.user, via: 'session', csrf: s.csrfToken, sessionHash: hash };
  }

  /** The owner of a personal access token; null when unknown, revoked, or the owner is banned. */
  async tokenAuth(token: string): Promise<Auth | null> {
    const user = await this.d.repo.apiTokenUser(digest(token), this.iso());
    if (!user || user.bannedAt) return null;
    return { user, via: 'token' };
  }

  /** Mails a reset link when the address has an account; answers the same either way. */
  async requestReset(emailInput: unknown, address: string): Promise<void> {
    const now = this.d.now();
    await spend(this.d.repo, `reset:addr:${address}`, LIMITS.resetPerAddress, now, 'reset requests from your network');
    const email = field(emailSchema, 'email', emailInput);
    await spend(this.d.repo, `reset:acct:${email}`, LIMITS.resetPerAccount, now, 'reset requests for this address');
    const user = await this.d.repo.userByEmail(email);
    if (user && !user.bannedAt) await this.mail(accountMail.reset(email, await this.link(user.id, 'reset', email)));
  }

  /** Uses a reset link once: sets the password, ends every session and lifts a lockout. */
  async resetPassword(token: string, passwordInput: unknown): Promise<void> {
    const password = field(passwordSchema, 'password', passwordInput);
    const hit = await this.d.repo.consumeEmailToken(digest(token), 'reset', this.iso());
    if (!hit) throw new PaperboyError('invalid_argument', 'This reset link has expired or was already used. Ask for a new one.', 'token');
    await this.d.repo.setPasswordHash(hit.userId, await hashPassword(password));
    // Reaching the mailbox proves the address, so an unverified account becomes verified.
    await this.d.repo.markVerified(hit.userId, this.iso());
    await this.d.repo.deleteSessions(hit.userId);
    await this.d.repo.clearRate(`login-fail:acct:${hit.email}`);
  }

  /** Needs the current password; every other session of the user ends. */
  async changePassword(auth: Auth, current: unknown, next: unknown): Promise<void> {
    const password = field(passwordSchema, 'newPassword', next);
    await this.requirePassword(auth.user, current);
    await this.d.repo.setPasswordHash(auth.user.id, await hashPassword(password));
    await this.d.repo.deleteSessions(auth.user.id, auth.sessionHash);
  }

  /** Mails a confirmation link to the new address; the account changes only when it is opened. */
  async requestEmailChange(auth: Auth, newEmail: unknown, password: unknown): Promise<void> {
    const email = field(emailSchema, 'newEmail', newEmail);
    await this.requirePassword(auth.user, password);
    await spend(this.d.repo, `reset:acct:${email}`, LIMITS.resetPerAccount, this.d.now(), 'mails to that address');
    await this.mail(accountMail.emailChange(email, await this.link(auth.user.id, 'email_change', email)));
  }

  async setDisplayName(auth: Auth, name: unknown): Promise<void> {
    await this.d.repo.setDisplayName(auth.user.id, field(displayNameSchema, 'displayName', name));
  }

  private async requirePassword(user: User, password: unknown): Promise<void> {
    const stored = await this.d.repo.userByEmail(user.email);
    if (!(await checkPassword(stored?.passwordHash ?? null, typeof password === 'string' ? password.slice(0, 256) : ''))) {
      throw new PaperboyError('invalid_argument', 'currentPassword: that is not your current password', 'currentPassword');
    }
  }

  /** A new personal access token; the secret is returned once and only its hash is kept. */
  async createApiToken(userId: number, name: unknown): Promise<{ id: number; token: string }> {
    const token = newSecret('pb_');
    const id = await this.d.repo.createApiToken({ userId, name: field(tokenNameSchema, 'name', name), tokenHash: digest(token), createdAt: this.iso() });
    return { id, token };
  }

  listApiTokens(userId: number): Promise<ApiTokenInfo[]> { return this.d.repo.listApiTokens(userId); }

  async revokeApiToken(userId: number, tokenId: number): Promise<void> {
    if (!(await this.d.repo.revokeApiToken(userId, tokenId, this.iso()))) throw new PaperboyError('not_found', `no token ${tokenId}`);
  }

  async userByEmail(emailInput: unknown): Promise<User> {
    const email = field(emailSchema, 'email', emailInput);
    const u = await this.d.repo.userByEmail(email);
    if (!u) throw new PaperboyError('not_found', `no account with the email ${email}`);
    const { passwordHash: _, ...plain } = u;
    return plain;
  }

  /** Bans a user (every session and token stops working at once) or lifts the ban. */
  async setBanned(actor: User, userId: number, banned: boolean): Promise<void> {
    if (actor.id === userId) throw new PaperboyError('invalid_argument', 'You cannot ban yourself.', 'userId');
    const target = await this.d.repo.userById(userId);
    if (!target) throw new PaperboyError('not_found', `no user ${userId}`);
    if (target.role === 'admin' && actor.role !== 'admin') throw new PaperboyError('forbidden', 'Only an admin can ban an admin.');
    await this.d.repo.setBanned(userId, banned ? this.iso() : null);
  }

  async setRole(userId: number, role: Role): Promise<void> { await this.d.repo.setRole(userId, role); }

  /** For operators (CLI): ban or lift a ban with no acting account. */
  async operatorBan(userId: number, banned: boolean): Promise<void> {
    await this.d.repo.setBanned(userId, banned ? this.iso() : null);
  }
  listUsers(limit: number, offset: number): Promise<User[]> { return this.d.repo.listUsers(limit, offset); }
}
