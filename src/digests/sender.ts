import { randomUUID } from 'node:crypto';
import type { Store } from '../db/store.ts';
import type { Mailer } from '../mail/types.ts';
import { isEmptyDigest, type Composer } from './composer.ts';
import { digestMail } from './digest-mail.ts';
import { unsubscribeUrl } from './links.ts';
import type { DigestPeriod } from './periods.ts';
import { DEFAULT_RETRY, sendWithRetry, type RetryPolicy } from './retry.ts';
import type { SendReport, Subscriber } from './types.ts';

/** Subscribers read from the database at a time. */
const BATCH = 200;
/**
 * Messages in a row that failed to reach the server at all (connection errors after every retry)
 * before a run stops: with the server down, going on would spend minutes of retries on every
 * subscriber. What is left unclaimed goes out with the next run.
 */
export const UNREACHABLE_STOP = 3;

export interface SendRun {
  store: Store;
  mailer: Mailer;
  composer: Composer;
  period: DigestPeriod;
  /** Absolute site URL without trailing slash, for links in the mail. */
  baseUrl: string;
  secret: string;
  now: () => Date;
  /** Messages handed to SMTP at once. */
  concurrency: number;
  /** Permanent failures in a row that suppress an address. */
  suppressAfter: number;
  retry?: RetryPolicy;
  dryRun?: boolean;
  unsubscribeMailto?: string;
  /** Identifies this run's claims in the ledger. */
  runId?: string;
  /** Called before each batch is read, so a scheduler can renew its lease during a long run. */
  keepAlive?: () => Promise<void>;
  /** Test hooks around recording an outcome, to stop a run at an exact point. */
  hooks?: { beforeRecord?(email: string): void; afterRecord?(email: string): void };
}

/** Subscribers owed a digest, read in id order in batches and shared by the workers. */
function dueQueue(run: SendRun): () => Promise<Subscriber | null> {
  const buffer: Subscriber[] = [];
  let afterId = 0;
  let exhausted = false;
  let fetching: Promise<void> | null = null;
  return async () => {
    while (!buffer.length && !exhausted) {
      fetching ??= (async () => {
        await run.keepAlive?.();
        const batch = await run.store.digests.due(run.period.frequency, run.period.key, afterId, BATCH);
        if (!batch.length) exhausted = true;
        else { afterId = batch[batch.length - 1]!.id; buffer.push(...batch); }
      })().finally(() => { fetching = null; });
      await fetching;
    }
    return buffer.shift() ?? null;
  };
}

/**
 * Sends one period's digest to every confirmed subscriber still owed it, exactly once.
 *
 * Each (subscriber, period) is claimed in the ledger just before its message goes to SMTP, and the
 * outcome recorded just after. A claim already present (another run, an earlier run, a run that
 * died) is never sent again, so a rerun sends only what is missing and two runs at once never send
 * one digest twice. The one ambiguous case, a process dying after the SMTP server accepted a message
 * but before the outcome was recorded, leaves the claim at 'sending': it is counted as `unknown` and
 * not resent (at most once; see docs/DIGESTS.md). Composing happens before the claim, so that window
 * is only the SMTP exchange itself.
 */
export async function sendDigests(run: SendRun): Promise<SendReport> {
  const { store, period } = run;
  const runId = run.runId ?? randomUUID();
  const retry = run.retry ?? DEFAULT_RETRY;
  const report: SendReport = { frequency: period.frequency, period: period.key, dryRun: Boolean(run.dryRun), sent: 0, failed: 0, deferred: 0, suppressed: 0, empty: 0, skipped: 0, unknown: 0, stoppedEarly: null };
  if (!run.dryRun) report.unknown = await store.digests.unfinished(period.key, runId);
  const queue = dueQueue(run);
  let unreachable = 0;
  const next = () => (report.stoppedEarly ? Promise.resolve(null) : queue());

  async function deliver(s: Subscriber): Promise<void> {
    const content = await run.composer.compose(s.topics, s.email);
    if (isEmptyDigest(content)) { report.empty++; return; }
    const mail = digestMail(s.email, content, {
      base: run.baseUrl, unsubscribeHref: unsubscribeUrl(run.baseUrl, run.secret, s.id), unsubscribeMailto: run.unsubscribeMailto,
    });
    if (run.dryRun) { report.sent++; return; }
    if (!(await store.digests.claim(s.id, period.key, period.frequency, runId, run.now().toISOString()))) { report.skipped++; return; }
    const { result, attempts } = await sendWithRetry(run.mailer, mail, retry);
    run.hooks?.beforeRecord?.(s.email);
    const at = run.now().toISOString();
    if (result.ok) {
      unreachable = 0;
      await store.digests.finish(s.id, period.key, { state: 'sent', messageId: result.messageId, attempts }, at);
      if (s.permanentFailures > 0) await store.digests.clearFailures(s.id);
      report.sent++;
    } else if (result.permanent) {
      await store.digests.finish(s.id, period.key, { state: 'failed', error: `${result.code ?? ''} ${result.message}`.trim(), attempts }, at);
      report.failed++;
      if (await store.digests.countPermanentFailure(s.id, run.suppressAfter, at)) report.suppressed++;
    } else {
      // Known undelivered: the next run claims it again.
      await store.digests.finish(s.id, period.key, { state: 'retry', error: `${result.code ?? ''} ${result.message}`.trim(), attempts }, at);
      report.deferred++;
      // No SMTP reply code: the server itself could not be reached (a 4xx is about one recipient).
      if (result.code === null && ++unreachable >= UNREACHABLE_STOP) report.stoppedEarly ??= `the SMTP server could not be reached (${result.message})`;
    }
    run.hooks?.afterRecord?.(s.email);
  }

  const workers = Array.from({ length: Math.max(1, run.concurrency) }, async () => {
    for (let s = await next(); s; s = await next()) await deliver(s);
  });
  await Promise.all(workers);
  return report;
}

/** One line for logs and the CLI. */
export function describeReport(r: SendReport): string {
  const head = `${r.frequency} digest ${r.period}${r.dryRun ? ' (dry run)' : ''}:`;
  const parts = [`${r.dryRun ? 'would send' : 'sent'} ${r.sent}`, `nothing new for ${r.empty}`];
  if (!r.dryRun) parts.push(`failed ${r.failed}`, `deferred ${r.deferred}`, `suppressed ${r.suppressed}`, `already handled ${r.skipped}`);
  if (r.stoppedEarly) parts.push(`stopped early: ${r.stoppedEarly}; the rest goes out with the next run`);
  if (r.unknown) parts.push(`${r.unknown} claimed by another run with no outcome recorded (in progress, or interrupted mid-send: not resent)`);
  return `${head} ${parts.join(', ')}`;
}
