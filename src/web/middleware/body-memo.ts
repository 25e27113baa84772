import { hash as digest } from 'node:crypto';
import type { Bytes } from './compression.ts';

/** A body as the representation step needs it: its bytes and their SHA-1 (base64url). */
export interface EncodedBody { bytes: Bytes; hash: string }

/**
 * Remembers the bytes and hash of the last few string bodies, keyed by the string itself.
 * Pages micro-cached upstream hand us the very same string on every request; a Map lookup of a
 * string we have seen is a pointer comparison, where encoding and hashing a 50 KB page again
 * would cost some 70 microseconds each time. Distinct strings with equal text also hit (Map
 * compares by value), so correctness never depends on identity.
 */
export class BodyMemo {
  private readonly entries = new Map<string, EncodedBody>();

  constructor(private readonly capacity = 64, private readonly maxChars = 1_000_000) {}

  encode(body: string): EncodedBody {
    const hit = this.entries.get(body);
    if (hit) return hit;
    const bytes = Buffer.from(body) as Bytes;
    const encoded = { bytes, hash: digest('sha1', bytes, 'base64url') };
    if (body.length <= this.maxChars) {
      this.entries.set(body, encoded);
      // Oldest first out: Map keeps insertion order.
      if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    }
    return encoded;
  }
}

/** Bytes that came as bytes: only hashed. */
export function encodeBytes(bytes: Bytes): EncodedBody {
  return { bytes, hash: digest('sha1', bytes, 'base64url') };
}
