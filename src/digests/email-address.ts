import { invalidArgument } from '../errors.ts';

/**
 * A deliberately plain check: one @, a local part of printable characters without spaces or
 * brackets, and a domain of dot-separated labels ending in a letter TLD. It refuses what is surely
 * a typo; only the confirmation mail proves an address is real.
 */
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** RFC 5321 limits: 64 octets before the @, 254 in all. */
const MAX_LOCAL = 64;
const MAX_TOTAL = 254;

/**
 * The address trimmed and lower-cased (one subscriber per mailbox, however it was typed), or an
 * invalid_argument error on `field` that says what is wrong.
 */
export function normalizeEmail(raw: unknown, field = 'email'): string {
  if (typeof raw !== 'string' || raw.trim() === '') throw invalidArgument(field, `${field}: an email address is required`);
  const email = raw.trim().toLowerCase();
  if (email.length > MAX_TOTAL) throw invalidArgument(field, `${field}: "${raw.slice(0, 40)}…" is longer than ${MAX_TOTAL} characters`);
  if (!email.includes('@')) throw invalidArgument(field, `${field}: "${raw}" is not an email address (no @)`);
  if (!ADDRESS.test(email) || email.indexOf('@') > MAX_LOCAL) {
    throw invalidArgument(field, `${field}: "${raw}" is not a valid email address (expected name@example.org)`);
  }
  return email;
}
