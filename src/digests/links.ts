import { signLink } from './signing.ts';

/** How long a confirmation link works. */
export const CONFIRM_TTL_HOURS = 48;

/** The absolute confirmation link of a pending subscriber, valid for CONFIRM_TTL_HOURS from `now`. */
export function confirmUrl(base: string, secret: string, subscriberId: number, now: Date): string {
  const expiresAt = Math.floor(now.getTime() / 1000) + CONFIRM_TTL_HOURS * 3600;
  return `${base}/subscribe/confirm?t=${signLink(secret, { purpose: 'confirm', subscriberId, expiresAt })}`;
}

/** The absolute unsubscribe link of a subscriber; it does not expire (old mails must keep working). */
export function unsubscribeUrl(base: string, secret: string, subscriberId: number): string {
  return `${base}/unsubscribe?t=${signLink(secret, { purpose: 'unsubscribe', subscriberId })}`;
}
