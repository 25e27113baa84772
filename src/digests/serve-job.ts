import type { Config } from '../config.ts';
import type { Store } from '../db/store.ts';
import type { Mailer } from '../mail/types.ts';
import type { SearchService } from '../search/service.ts';
import { digestSettings, secretFor } from './run.ts';
import { createDigestScheduler, startDigestScheduler } from './scheduler.ts';

/**
 * The digest scheduler of `paperboy serve`. Without SMTP it stays off: "sending" to the log would
 * record every digest as sent while nobody got one.
 */
export function startDigestSending(o: { store: Store; search: SearchService; mailer: Mailer; config: Config; baseUrl: string; log: (m: string) => void }): { stop(): Promise<void> } {
  if (o.mailer.kind !== 'smtp') {
    o.log('digests: PAPERBOY_SMTP_URL is not set, so scheduled digests are off (confirmation mails go to this log)');
    return { async stop() {} };
  }
  const settings = digestSettings(o.config);
  const scheduler = createDigestScheduler({
    store: o.store, search: o.search, mailer: o.mailer, baseUrl: o.baseUrl, secret: secretFor(o.store, o.config),
    now: () => new Date(), concurrency: settings.concurrency, suppressAfter: settings.suppressAfter, unsubscribeMailto: settings.unsubscribeMailto,
  }, { schedule: settings.schedule, log: o.log, leaseMs: o.config.PAPERBOY_JOB_LEASE_S === undefined ? undefined : o.config.PAPERBOY_JOB_LEASE_S * 1000 });
  const s = settings.schedule;
  o.log(`digests: daily at ${s.hour}:00 and weekly on ${s.weekday} (${s.timeZone})`);
  return startDigestScheduler(scheduler, o.config.PAPERBOY_JOB_CHECK_S * 1000, o.log);
}
