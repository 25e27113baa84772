import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Store } from '../db/store.ts';

/**
 * Signed links: `<payload>.<mac>` where the payload is `purpose.subscriberId[.expiresAtSeconds]`
 * and the mac is HMAC-SHA256 over it, both base64url. A link names a subscriber row, not an
 * address, so addresses never appear in URLs or server logs.
 */
export type LinkPurpose = 'confirm' | 'unsubscribe';

export interface LinkClaims {
  purpose: LinkPurpose;
  subscriberId: number;
  /** Epoch seconds; absent for unsubscribe links, which must keep working in old mails. */
  expiresAt?: number;
}

export type VerifyResult = { ok: true; claims: LinkClaims } | { ok: false; reason: 'invalid' | 'expired' };

const b64 = (b: Buffer) => b.toString('base64url');

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

/** Signs a link token. */
export function signLink(secret: string, claims: LinkClaims): string {
  const parts = [claims.purpose === 'confirm' ? 'c' : 'u', String(claims.subscriberId)];
  if (claims.expiresAt !== undefined) parts.push(String(claims.expiresAt));
  const payload = parts.join('.');
  return `${b64(Buffer.from(payload))}.${b64(mac(secret, payload))}`;
}

/** Checks a token's signature, purpose and expiry (a forged or altered token is 'invalid'). */
export function verifyLink(secret: string, token: unknown, purpose: LinkPurpose, now: Date): VerifyResult {
  if (typeof token !== 'string' || token.length > 200) return { ok: false, reason: 'invalid' };
  const [p, m, extra] = token.split('.');
  if (!p || !m || extra !== undefined) return { ok: false, reason: 'invalid' };
  const payload = Buffer.from(p, 'base64url').toString('utf8');
  const given = Buffer.from(m, 'base64url');
  const want = mac(secret, payload);
  // Constant time, so the signature cannot be guessed a byte at a time from response times.
  if (given.length !== want.length || !timingSafeEqual(given, want)) return { ok: false, reason: 'invalid' };
  const [kind, id, exp] = payload.split('.');
  if (kind !== (purpose === 'confirm' ? 'c' : 'u') || !/^\d+$/.test(id ?? '')) return { ok: false, reason: 'invalid' };
  const claims: LinkClaims = { purpose, subscriberId: Number(id) };
  if (purpose === 'confirm') {
    if (!/^\d+$/.test(exp ?? '')) return { ok: false, reason: 'invalid' };
    claims.expiresAt = Number(exp);
    if (now.getTime() / 1000 > claims.expiresAt) return { ok: false, reason: 'expired' };
  }
  return { ok: true, claims };
}

const resolved = new WeakMap<Store, Promise<string>>();

/**
 * The signing secret: PAPERBOY_SECRET when set; otherwise a random one generated once and kept in
 * the database, so every server on it signs and checks links alike (the first to start writes it).
 */
export function signingSecret(store: Store, configured: string | undefined): Promise<string> {
  if (configured) return Promise.resolve(configured);
  let p = resolved.get(store);
  if (!p) {
    p = store.digests.secret('link-signing', randomBytes(32).toString('hex'), new Date().toISOString());
    resolved.set(store, p);
  }
  return p;
}
