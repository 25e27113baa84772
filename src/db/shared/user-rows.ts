import type { Role, User } from '../../accounts/types.ts';

/** A users row (migration 4) and its mapping, the same on both stores. */
export interface UserRow {
  id: number; email: string; display_name: string; role: Role; email_verified_at: string | null;
  banned_at: string | null; created_at: string; password_hash: string;
}

export const USER_COLUMNS = 'u.id, u.email, u.display_name, u.role, u.email_verified_at, u.banned_at, u.created_at, u.password_hash';

export function toUser(r: UserRow): User {
  return {
    id: r.id, email: r.email, displayName: r.display_name, role: r.role,
    emailVerifiedAt: r.email_verified_at, bannedAt: r.banned_at, createdAt: r.created_at,
  };
}
