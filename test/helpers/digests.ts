import { spawn } from 'node:child_process';
import { once } from 'node:events';
import type { MiddlewareHandler } from 'hono';
import { BIN, ROOT } from './cli.ts';
import type { PaperInput } from '../../src/core/paper.ts';
import { createApp } from '../../src/web/app.ts';
import type { Store } from '../../src/db/store.ts';
import { createSmtpMailer } from '../../src/mail/smtp-mailer.ts';
import type { Mailer } from '../../src/mail/types.ts';
import { createSearchService } from '../../src/search/service.ts';
import type { DigestDeps } from '../../src/digests/run.ts';
import type { RetryPolicy } from '../../src/digests/retry.ts';
import { subscribeVerified } from '../../src/digests/subscriptions.ts';
import type { Frequency, Topic } from '../../src/digests/types.ts';
import { put } from './store.ts';

export const DIGEST_BASE = 'https://paperboy.test';
export const SECRET = 'test-secret-0123456789abcdef0123456789abcdef';
/** The daily digest day of the fixture (a Friday) and the clock of the morning after. */
export const DAY = '2025-01-17';
export const MORNING_AFTER = new Date('2025-01-18T08:00:00Z');

/**
 * Papers for digests: three trending papers of DAY (distinct upvotes), one paper per topic of the
 * day (a saved search, a category, an author), the same topics a week earlier (must never show), and
 * a hostile title.
 */
export function digestCorpus(): PaperInput[] {
  const day = (d: string, over: Partial<PaperInput>): PaperInput => ({
    abstract: 'A paper.', authors: ['Some One'], categories: ['cs.AI'], publishedAt: d, submittedOnDailyAt: d, ...over,
  } as PaperInput);
  return [
    day(DAY, { arxivId: '2501.10001', title: 'Most Upvoted Transformer Paper', upvotes: 90, numComments: 3 }),
    day(DAY, { arxivId: '2501.10002', title: 'Second Place Sparse Kernels', upvotes: 40, links: { code: ['https://github.com/acme/kernels'] } }),
    day(DAY, { arxivId: '2501.10003', title: 'Third <b>Bold</b> & "Quoted" Paper', upvotes: 10, abstract: 'Hostile <script>alert(1)</script> text.' }),
    day(DAY, { arxivId: '2501.10004', title: 'Protein Folding with Priors', upvotes: 1, categories: ['q-bio.BM'], abstract: 'We fold proteins.' }),
    day(DAY, { arxivId: '2501.10005', title: 'Grace Hopper on Compilers', upvotes: 2, authors: ['Grace Hopper'] }),
    day('2025-01-10', { arxivId: '2501.20001', title: 'Old Protein Folding Study', upvotes: 99, categories: ['q-bio.BM'], authors: ['Grace Hopper'] }),
  ];
}

export async function fillDigestStore(store: Store): Promise<void> {
  await put(store, digestCorpus());
}

/** No real waiting in tests: the waits asked for are recorded instead. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => { waits.push(ms); } };
}

export const fastRetry = (sleep: RetryPolicy['sleep'], attempts = 3): RetryPolicy => ({ attempts, firstDelayMs: 1000, factor: 2, sleep });

/** Digest deps over a real store and the real SMTP mailer pointed at the capture server. */
export function digestDeps(store: Store, smtpUrl: string, o: { now?: () => Date; retry?: RetryPolicy; mailer?: Mailer; concurrency?: number } = {}): DigestDeps {
  return {
    store,
    search: createSearchService(store, null),
    mailer: o.mailer ?? createSmtpMailer(smtpUrl, 'Paperboy <digest@paperboy.test>'),
    baseUrl: DIGEST_BASE,
    secret: async () => SECRET,
    now: o.now ?? (() => MORNING_AFTER),
    concurrency: o.concurrency ?? 4,
    suppressAfter: 3,
    retry: o.retry ?? fastRetry(async () => {}),
  };
}

/** Confirmed subscribers without the opt-in round trip (as an operator's --confirmed). */
export async function confirmedSubscribers(store: Store, emails: string[], frequency: Frequency = 'daily', topics: Topic[] = []): Promise<void> {
  for (const email of emails) await subscribeVerified(store, { email, frequency, topics }, new Date('2025-01-01T00:00:00Z'));
}

/** The whole site over `store`, mailing through `mailer`, with a settable clock and an admin guard. */
export function digestApp(store: Store, mailer: Mailer, o: { clock?: { now: Date }; requireAdmin?: MiddlewareHandler } = {}) {
  const clock = o.clock ?? { now: MORNING_AFTER };
  const app = createApp({
    store, search: createSearchService(store, null), baseUrl: DIGEST_BASE, now: () => clock.now, pageCacheMs: 0, mailer, linkSecret: SECRET,
    requireAdmin: o.requireAdmin ?? (async (_c, next) => next()),
  });
  const request = (path: string, init: RequestInit = {}) => Promise.resolve(app.request(path.startsWith('http') ? path : `${DIGEST_BASE}${path}`, init));
  /** A form POST as a browser on this site sends it. */
  const postForm = (path: string, fields: Record<string, string>, headers: Record<string, string> = { Origin: DIGEST_BASE }) =>
    request(path, { method: 'POST', body: new URLSearchParams(fields).toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers } });
  return { app, clock, request, postForm };
}

/** The first http(s) link in a text that starts with `prefix`. */
export function linkIn(text: string, prefix: string): string {
  const m = text.match(new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s<>"]+`));
  if (!m) throw new Error(`no ${prefix} link in: ${text.slice(0, 300)}`);
  return m[0];
}

/** A header of a raw message, unfolded (nodemailer folds long headers onto continuation lines). */
export function headerOf(raw: string, name: string): string | null {
  const head = raw.slice(0, raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}

/**
 * Runs the real `paperboy` bin without blocking this process (runCli's spawnSync would freeze the
 * in-process SMTP server the child is talking to).
 */
export async function runCliAsync(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  const [code] = await once(child, 'exit');
  return { code: code as number | null, stdout, stderr };
}
