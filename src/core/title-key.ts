import { createHash } from 'node:crypto';

/**
 * Normalizes a title so that the same paper from two sources gets the same key: unicode NFKD with
 * marks removed, LaTeX markup reduced to its text, case folded, punctuation and whitespace dropped.
 */
export function normalizeTitle(title: string): string {
  let s = title.normalize('NFKD').replace(/\p{M}+/gu, '');
  // LaTeX accents and commands: \'{e} -> e, \textbf{X} -> X, \alpha -> alpha, $x^2$ -> x2.
  s = s.replace(/\\[`'^"~=.]\s*\{?([a-z])\}?/gi, '$1');
  s = s.replace(/\\[uvHtcdbrk](?:\s+|\{)([a-z])\}?/g, '$1');
  s = s.replace(/\\(?:[a-z]+)\s*\{([^{}]*)\}/gi, '$1');
  s = s.replace(/\\([a-z]+)/gi, '$1');
  s = s.toLowerCase();
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return s;
}

/** The stable id of a paper known only by its title. */
export function titleKey(title: string): string {
  return createHash('sha256').update(normalizeTitle(title)).digest('hex').slice(0, 16);
}

export function paperIdForTitle(title: string): string {
  return `t-${titleKey(title).slice(0, 12)}`;
}
