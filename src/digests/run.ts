import type { Config } from '../config.ts';
import type { Store } from '../db/store.ts';
import type { Mailer } from '../mail/types.ts';
import type { SearchService } from '../search/service.ts';
import { createComposer } from './composer.ts';
import type { DigestPeriod, DigestSchedule } from './periods.ts';
import type { RetryPolicy } from './retry.ts';
import { sendDigests, type SendRun } from './sender.ts';
import { signingSecret } from './signing.ts';
import type { SendReport } from './types.ts';
import { FeatureSource } from '../recommendations/feature-source.ts';
import { personalPicker } from '../recommendations/digest-section.ts';
import { Trainer } from '../recommendations/trainer.ts';

/** Everything a digest run needs, assembled once by `paperboy serve` or `paperboy digest send`. */
export interface DigestDeps {
  store: Store;
  search: SearchService;
  mailer: Mailer;
  baseUrl: string;
  secret: () => Promise<string>;
  now: () => Date;
  concurrency: number;
  suppressAfter: number;
  retry?: RetryPolicy;
  unsubscribeMailto?: string;
}

/** The digest settings of the configuration. */
export function digestSettings(config: Config): { schedule: DigestSchedule; concurrency: number; suppressAfter: number; unsubscribeMailto?: string } {
  return {
    schedule: { hour: config.PAPERBOY_DIGEST_HOUR, timeZone: config.PAPERBOY_DIGEST_TZ, weekday: config.PAPERBOY_DIGEST_WEEKDAY },
    concurrency: config.PAPERBOY_DIGEST_CONCURRENCY,
    suppressAfter: config.PAPERBOY_DIGEST_SUPPRESS_AFTER,
    unsubscribeMailto: config.PAPERBOY_DIGEST_UNSUBSCRIBE_MAILTO,
  };
}

/** The site's absolute URL for links in mail: PAPERBOY_BASE_URL, else the address the server listens on. */
export function mailBaseUrl(config: Config): string {
  const fallback = `http://${config.PAPERBOY_HOST === '0.0.0.0' ? 'localhost' : config.PAPERBOY_HOST}:${config.PAPERBOY_PORT}`;
  return (config.PAPERBOY_BASE_URL ?? fallback).replace(/\/+$/, '');
}

/** The link-signing secret of a store under a configuration (see signing.ts). */
export const secretFor = (store: Store, config: Config) => () => signingSecret(store, config.PAPERBOY_SECRET);

/** Sends (or with dryRun, composes without sending) one period's digests. */
export async function runDigest(d: DigestDeps, period: DigestPeriod,
  o: Pick<SendRun, 'dryRun' | 'keepAlive' | 'hooks' | 'runId'> = {}): Promise<SendReport> {
  // Readers who asked for a "For you" section get one from their recommendation model (src/recommendations/).
  const features = new FeatureSource(d.store);
  const personal = personalPicker(d.store, features, new Trainer(d.store, features, d.now));
  return sendDigests({
    store: d.store, mailer: d.mailer, composer: createComposer(d.store, d.search, period, personal), period,
    baseUrl: d.baseUrl, secret: await d.secret(), now: d.now, concurrency: d.concurrency, suppressAfter: d.suppressAfter,
    retry: d.retry, unsubscribeMailto: d.unsubscribeMailto, ...o,
  });
}
