/** Roles, strongest first: an admin may do what a moderator may, and a moderator what a member may. */
export type Role = 'admin' | 'moderator' | 'member';
export const ROLES: readonly Role[] = ['admin', 'moderator', 'member'];

/** True when `role` grants at least `needed`. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) <= ROLES.indexOf(needed);
}

/** An account as the rest of Paperboy sees it (never with its password hash). */
export interface User {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  emailVerifiedAt: string | null;
  bannedAt: string | null;
  createdAt: string;
}

/** An account with its password hash, for the log-in check only. */
export interface UserWithSecret extends User {
  passwordHash: string;
}

/** A personal access token as listed to its owner (the secret itself is shown once, at creation). */
export interface ApiTokenInfo {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** What one-time mailed links are for. */
export type EmailTokenPurpose = 'verify' | 'reset' | 'email_change';

/** Who is asking: resolved once per request by the auth middleware. */
export interface Auth {
  user: User;
  /** A browser session (cookie, needs CSRF tokens) or a personal access token (API, no CSRF). */
  via: 'session' | 'token';
  /** The session's CSRF token (sessions only). */
  csrf?: string;
  /** SHA-256 of the session token (sessions only), to log out or rotate. */
  sessionHash?: string;
}
