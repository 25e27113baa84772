import { PaperboyError } from '../errors.ts';

/**
 * A page section backed by a capability the store may not offer yet (comments or version history
 * on PostgreSQL): the section shows `fallback` instead of failing the whole page.
 */
export async function unlessUnsupported<T>(load: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await load();
  } catch (err) {
    if (err instanceof PaperboyError && err.code === 'not_supported') return fallback;
    throw err;
  }
}
