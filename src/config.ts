import { z } from 'zod';
import { PaperboyError } from './errors.ts';

/**
 * The only reader of process.env. Every setting is validated here at start and documented in
 * docs/CONFIG.md; a bad value fails fast with the variable's name.
 */
const schema = z.object({
  PAPERBOY_DB: z.string().min(1).default('./data/paperboy.db'),
  PAPERBOY_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  PAPERBOY_HOST: z.string().min(1).default('127.0.0.1'),
  /** Public base URL used in feeds, Open Graph tags and mail links. */
  PAPERBOY_BASE_URL: z.string().url().optional(),
  /** How long a rendered page is reused by one process, in ms; 0 turns the page cache off. */
  PAPERBOY_PAGE_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
  PAPERBOY_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema>;

let cached: Config | null = null;

/** Reads and validates the environment once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  if (cached && env === process.env) return cached;
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PaperboyError('invalid_config', `setting ${String(issue.path[0])}: ${issue.message}`, String(issue.path[0]));
  }
  if (env === process.env) cached = parsed.data;
  return parsed.data;
}

/** Whether stdout/stderr is a terminal (for progress bars); config so nothing else reads process state ad hoc. */
export function isInteractive(): boolean {
  return Boolean(process.stderr.isTTY) && process.env.CI !== 'true';
}
