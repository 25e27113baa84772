import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';

const here = dirname(fileURLToPath(import.meta.url));

/** ../shared/data beside the repository (overridable with PAPERBOY_SHARED_DATA). */
export const SHARED_DATA = process.env.PAPERBOY_SHARED_DATA ?? resolve(here, '../../../shared/data');

/**
 * Path of a file in shared/data. Where it is absent the test is skipped with a printed reason,
 * except under CI=true, where a missing file is a failure: CI must never skip.
 */
export function sharedFile(t: TestContext, relative: string): string | null {
  const path = join(SHARED_DATA, relative);
  if (existsSync(path)) return path;
  const reason = `shared data file ${path} is absent`;
  if (process.env.CI === 'true') throw new Error(`${reason} (CI must have ../shared/data)`);
  console.log(`skipping: ${reason}`);
  t.skip(reason);
  return null;
}
