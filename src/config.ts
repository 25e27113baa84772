import { z } from 'zod';
import { PaperboyError } from './errors.ts';

/**
 * The only reader of process.env. Every setting is validated here at start and documented in
 * docs/CONFIG.md; a bad value fails fast with the variable's name.
 */
/** An empty variable (common in compose files and .env templates) means unset, not an invalid value. */
const blankAsUnset = <T extends z.ZodType>(inner: T) => z.preprocess((v) => (v === '' ? undefined : v), inner);

/**
 * An OpenAI-compatible embeddings endpoint (docs/CONFIG.md, "Semantic search"). With no URL the
 * built-in corpus model is used, so the other three settings only make sense beside a URL.
 */
const embeddingSettings = {
  PAPERBOY_EMBEDDINGS_URL: blankAsUnset(z.string().url().refine((u) => /^https?:\/\//i.test(u), 'must be an http:// or https:// URL').optional()),
  PAPERBOY_EMBEDDINGS_MODEL: blankAsUnset(z.string().trim().min(1).optional()),
  PAPERBOY_EMBEDDINGS_API_KEY: blankAsUnset(z.string().trim().min(1).optional()),
  /** Texts per request; 2048 is the OpenAI API's own cap on inputs per request. */
  PAPERBOY_EMBEDDINGS_BATCH: blankAsUnset(z.coerce.number().int().min(1).max(2048).optional()),
};

/** Cross-field rules: a URL needs a model, and the rest are mistakes without a URL. */
function checkEmbeddingSettings(env: { [K in keyof typeof embeddingSettings]?: unknown }, ctx: z.RefinementCtx): void {
  if (env.PAPERBOY_EMBEDDINGS_URL && env.PAPERBOY_EMBEDDINGS_MODEL === undefined) {
    ctx.addIssue({ code: 'custom', path: ['PAPERBOY_EMBEDDINGS_MODEL'], message: 'required when PAPERBOY_EMBEDDINGS_URL is set (the model name the server expects, e.g. nomic-embed-text)' });
  }
  for (const name of ['PAPERBOY_EMBEDDINGS_MODEL', 'PAPERBOY_EMBEDDINGS_API_KEY', 'PAPERBOY_EMBEDDINGS_BATCH'] as const) {
    if (!env.PAPERBOY_EMBEDDINGS_URL && env[name] !== undefined) {
      ctx.addIssue({ code: 'custom', path: [name], message: 'has no effect without PAPERBOY_EMBEDDINGS_URL; set the URL or unset this' });
    }
  }
}

/** True for a time zone name the runtime knows (Intl throws a RangeError otherwise). */
function isTimeZone(tz: string): boolean {
  try { new Intl.DateTimeFormat('en', { timeZone: tz }); return true; } catch { return false; }
}

/** arXiv harvesting (docs/HARVEST.md): off unless PAPERBOY_HARVEST_AT is set; URLs overridable for mirrors and tests. */
const harvestSettings = {
  PAPERBOY_ARXIV_OAI_URL: blankAsUnset(z.string().url().refine((u) => /^https?:\/\//i.test(u), 'must be an http:// or https:// URL').default('https://oaipmh.arxiv.org/oai')),
  PAPERBOY_ARXIV_API_URL: blankAsUnset(z.string().url().refine((u) => /^https?:\/\//i.test(u), 'must be an http:// or https:// URL').default('https://export.arxiv.org/api/query')),
  /** Who arXiv should write to about this harvester (an e-mail address or a URL); sent in the User-Agent. */
  PAPERBOY_ARXIV_CONTACT: blankAsUnset(z.string().trim().min(3).max(200).refine((s) => !/[\r\n()]/.test(s), 'must be one line without parentheses').optional()),
  PAPERBOY_HARVEST_CATEGORIES: blankAsUnset(z.string().default('cs.AR,cs.LG,cs.DC,cs.PF')),
  /** Daily harvest time "HH:MM" in PAPERBOY_HARVEST_TZ; unset means `serve` never harvests. */
  PAPERBOY_HARVEST_AT: blankAsUnset(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (24-hour), e.g. 06:30').optional()),
  PAPERBOY_HARVEST_TZ: blankAsUnset(z.string().refine(isTimeZone, 'expected an IANA time zone such as UTC or Europe/Berlin').default('UTC')),
};


/** Scheduled harvesting needs a contact for arXiv; categories must all be arXiv category names. */
function checkHarvestSettings(env: { PAPERBOY_HARVEST_AT?: string; PAPERBOY_ARXIV_CONTACT?: string; PAPERBOY_HARVEST_CATEGORIES: string }, ctx: z.RefinementCtx): void {
  if (env.PAPERBOY_HARVEST_AT && !env.PAPERBOY_ARXIV_CONTACT) {
    ctx.addIssue({ code: 'custom', path: ['PAPERBOY_ARXIV_CONTACT'], message: 'required when PAPERBOY_HARVEST_AT is set: an e-mail address or URL arXiv can reach the operator at' });
  }
  const bad = env.PAPERBOY_HARVEST_CATEGORIES.split(',').map((c) => c.trim()).filter((c) => c && !/^[a-z-]+(\.[A-Za-z-]+)?$/.test(c));
  if (bad.length) ctx.addIssue({ code: 'custom', path: ['PAPERBOY_HARVEST_CATEGORIES'], message: `expected comma-separated arXiv categories such as cs.AR,cs.LG; got "${bad[0]}"` });
}

const schema = z.object({
  PAPERBOY_DB: z.string().min(1).default('./data/paperboy.db'),
  PAPERBOY_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  PAPERBOY_HOST: z.string().min(1).default('127.0.0.1'),
  /** Public base URL used in feeds, Open Graph tags and mail links. */
  PAPERBOY_BASE_URL: z.string().url().optional(),
  /** How long a rendered page is reused by one process, in ms; 0 turns the page cache off. */
  PAPERBOY_PAGE_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
  /** How often the server embeds newly imported papers for semantic search, in seconds. */
  PAPERBOY_INDEX_INTERVAL_S: z.coerce.number().int().min(1).max(86_400).default(60),
  /** Outgoing mail server, e.g. smtp://user:pass@host:587 (smtps:// for TLS on connect); unset prints mail to the log. */
  PAPERBOY_SMTP_URL: blankAsUnset(z.string().url().refine((u) => /^smtps?:\/\//i.test(u), 'must be an smtp:// or smtps:// URL').optional()),
  /** The From address of every mail Paperboy sends. */
  PAPERBOY_MAIL_FROM: blankAsUnset(z.string().trim().min(3).default('Paperboy <paperboy@localhost>')),
  PAPERBOY_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** A PostgreSQL database (postgres://user:pass@host:5432/db) instead of the SQLite file at PAPERBOY_DB. */
  PAPERBOY_DATABASE_URL: blankAsUnset(z.string().refine((u) => /^postgres(ql)?:\/\/[^/]/i.test(u), 'must be a postgres:// or postgresql:// URL').optional()),
  /** PostgreSQL connections per process. */
  PAPERBOY_DATABASE_POOL: blankAsUnset(z.coerce.number().int().min(1).max(200).default(10)),
  /** Signs confirmation and unsubscribe links (HMAC-SHA256); unset, one is generated once and kept in the database. */
  PAPERBOY_SECRET: blankAsUnset(z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)').optional()),
  /** The hour (0-23, in PAPERBOY_DIGEST_TZ) at which `paperboy serve` sends the digests. */
  PAPERBOY_DIGEST_HOUR: blankAsUnset(z.coerce.number().int().min(0).max(23).default(7)),
  /** The IANA time zone of PAPERBOY_DIGEST_HOUR and of the digests' days, e.g. Europe/Berlin. */
  PAPERBOY_DIGEST_TZ: blankAsUnset(z.string().default('UTC').refine(isTimeZone, 'must be an IANA time zone such as UTC or Europe/Berlin')),
  /** The day the weekly digest goes out (it covers the last complete Monday-to-Sunday week). */
  PAPERBOY_DIGEST_WEEKDAY: blankAsUnset(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']).default('mon')),
  /** Digests handed to the SMTP server at once. */
  PAPERBOY_DIGEST_CONCURRENCY: blankAsUnset(z.coerce.number().int().min(1).max(64).default(4)),
  /** Permanent refusals (SMTP 5xx) in a row after which an address gets no more mail. */
  /** An address for List-Unsubscribe's mailto: form, for clients that do not do one-click (requests there are handled by hand). */
  PAPERBOY_DIGEST_UNSUBSCRIBE_MAILTO: blankAsUnset(z.string().trim().email().optional()),
  PAPERBOY_DIGEST_SUPPRESS_AFTER: blankAsUnset(z.coerce.number().int().min(1).max(100).default(3)),
  /** How often `serve` checks whether a scheduled job (digests, harvesting) is due, in seconds. */
  PAPERBOY_JOB_CHECK_S: blankAsUnset(z.coerce.number().int().min(1).max(3600).default(60)),
  /**
   * How long a server's lease on a scheduled job lasts without renewal, in seconds; unset, each job's
   * own (digests 600, harvesting 1800). Another server takes over a dead holder's job this long after
   * its last renewal, so it must outlast the gap between renewals (a batch of mail, a harvest page).
   */
  PAPERBOY_JOB_LEASE_S: blankAsUnset(z.coerce.number().int().min(5).max(86_400).optional()),
  /** A JSON file of extra hardware and benchmark names for result extraction (docs/RESULTS.md). */
  PAPERBOY_RESULTS_DICTIONARY: blankAsUnset(z.string().min(1).optional()),
  /** Extract result claims from papers as they are imported ("false" leaves it to `paperboy extract`). */
  PAPERBOY_EXTRACT_ON_IMPORT: blankAsUnset(z.enum(['true', 'false']).default('true')),
  ...embeddingSettings,
  ...harvestSettings,
}).superRefine(checkEmbeddingSettings).superRefine(checkHarvestSettings);

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

/** Where to reach an OpenAI-compatible embeddings server; the shape the provider factory takes. */
export interface EmbeddingEndpointConfig {
  baseUrl: string;
  model: string;
  apiKey?: string;
  batchSize?: number;
}

/** The configured embeddings endpoint, or null when the built-in corpus model should be used. */
export function embeddingProviderConfig(config: Config): EmbeddingEndpointConfig | null {
  const { PAPERBOY_EMBEDDINGS_URL: baseUrl, PAPERBOY_EMBEDDINGS_MODEL: model } = config;
  if (!baseUrl || !model) return null;
  return {
    baseUrl,
    model,
    ...(config.PAPERBOY_EMBEDDINGS_API_KEY ? { apiKey: config.PAPERBOY_EMBEDDINGS_API_KEY } : {}),
    ...(config.PAPERBOY_EMBEDDINGS_BATCH ? { batchSize: config.PAPERBOY_EMBEDDINGS_BATCH } : {}),
  };
}
