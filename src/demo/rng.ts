/**
 * A small seeded random source for the demo corpus and the benchmark generator.
 * Everything that must be reproducible draws from here, never from Math.random or the clock,
 * so the same seed always yields byte-identical output.
 */

/** A seeded pseudo-random source with the few draws the generators need. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** Standard normal draw (Box-Muller). */
  normal(): number;
  /** Uniform float in [min, max) rounded to `digits` decimals, as text ("2.3"). */
  fixed(min: number, max: number, digits: number): string;
}

/**
 * mulberry32: a 32-bit generator with good statistical quality for its size and no
 * dependencies. Not cryptographic, which is fine: we need reproducibility, not secrecy.
 */
export function mulberry32(seed: number): () => number {
  // State in a typed array: a captured `let` holding a full 32-bit value would be re-boxed as a
  // heap number on every draw, and the generators draw millions of times.
  const state = new Uint32Array([seed >>> 0]);
  return () => {
    state[0] += 0x6d2b79f5; // wraps modulo 2^32, as the `>>> 0` of the reference version does
    let t = state[0];
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Wraps mulberry32(seed) with the convenience draws of `Rng`. */
export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    normal: () => {
      // 1 - next() keeps the log argument in (0, 1], so log never sees 0.
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    fixed: (min, max, digits) => (min + next() * (max - min)).toFixed(digits),
  };
}

/**
 * Mixes a base seed with a label into a new 32-bit seed (FNV-1a over the label), so that
 * independent streams (names, dates, text) do not shift when one of them draws more numbers.
 */
export function deriveSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
