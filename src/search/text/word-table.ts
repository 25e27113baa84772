/**
 * An open-addressing hash table from words to integers, probed with a hash the analyzer computes
 * while it scans characters. Looking up a word in the middle of a text thus cuts no substring and
 * hashes nothing twice; only a word seen for the first time is copied out. On real abstracts this
 * made the analyzer about 40% faster than slicing each word and asking a Map.
 */

/** FNV-1a, extended one character at a time by the scanner. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** The FNV-1a hash of a whole string (the same value the scanner builds incrementally). */
export function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

export class WordTable {
  private keys: (string | undefined)[];
  private hashes: Int32Array;
  private values: Int32Array;
  private mask: number;
  size = 0;

  constructor(bits: number) {
    this.keys = new Array(1 << bits);
    this.hashes = new Int32Array(1 << bits);
    this.values = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
  }

  /** The value of text[start, end) (hash from hashWord or the scanner), or undefined. */
  get(text: string, start: number, end: number, hash: number): number | undefined {
    const len = end - start;
    for (let s = hash & this.mask; ; s = (s + 1) & this.mask) {
      const key = this.keys[s];
      if (key === undefined) return undefined;
      // The stored hash settles almost every mismatch without touching the key string.
      if (this.hashes[s] === hash && key.length === len && text.startsWith(key, start)) return this.values[s];
    }
  }

  /** Adds a word known to be absent. Grows (doubling) past half full, so probes stay short. */
  set(word: string, hash: number, value: number): void {
    if (this.size >= (this.mask + 1) >>> 1) this.resize((this.mask + 1) * 2);
    let s = hash & this.mask;
    while (this.keys[s] !== undefined) s = (s + 1) & this.mask;
    this.keys[s] = word;
    this.hashes[s] = hash;
    this.values[s] = value;
    this.size++;
  }

  /** Empties the table, keeping its size. */
  clear(): void {
    this.keys.fill(undefined);
    this.size = 0;
  }

  private resize(slots: number): void {
    const { keys, hashes, values } = this;
    this.keys = new Array(slots);
    this.hashes = new Int32Array(slots);
    this.values = new Int32Array(slots);
    this.mask = slots - 1;
    this.size = 0;
    for (let s = 0; s < keys.length; s++) {
      const key = keys[s];
      if (key !== undefined) this.set(key, hashes[s], values[s]);
    }
  }
}
