import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { PaperboyError } from '../../errors.ts';
import { openMailer } from '../../mail/open-mailer.ts';
import { openSearch } from '../../search/open-search.ts';
import { defaultPeriod, periodFor } from '../../digests/periods.ts';
import { digestSettings, mailBaseUrl, runDigest, secretFor } from '../../digests/run.ts';
import { describeReport } from '../../digests/sender.ts';
import { withStore, type GlobalOptions } from '../context.ts';
import { dateOption } from './options.ts';
import { frequencyOption } from './subscribers.ts';

interface SendOptions { frequency?: string; date?: string; dryRun?: boolean }

/** `paperboy digest send`: one period's digests, sent once however often it runs. */
export function registerDigest(program: Command, globals: () => GlobalOptions): void {
  const cmd = program.command('digest').description('email digests of trending papers');
  cmd.command('send')
    .description('send the digest of a period to every confirmed subscriber still owed it')
    .option('--frequency <daily|weekly>', 'which digest (default: daily)')
    .option('--date <YYYY-MM-DD>', 'the day, or a day of the week, to send (default: yesterday, or last week, in $PAPERBOY_DIGEST_TZ)')
    .option('--dry-run', 'compose every digest and report, but send nothing and record nothing')
    .action((o: SendOptions) => withStore(globals(), async (store) => {
      const config = loadConfig();
      const frequency = frequencyOption(o.frequency, 'daily');
      const date = dateOption('--date', o.date);
      const settings = digestSettings(config);
      const period = date ? periodFor(frequency, date) : defaultPeriod(frequency, new Date(), settings.schedule.timeZone);
      const mailer = openMailer(config);
      if (mailer.kind === 'log' && !o.dryRun) {
        throw new PaperboyError('invalid_config', 'PAPERBOY_SMTP_URL is not set, so no digest would reach anyone; set it, or use --dry-run to preview');
      }
      const { service, semantic } = openSearch(store);
      // Topic matches use meaning too when an index exists; loading it first keeps a run's matches alike.
      await semantic.ready().catch(() => null);
      try {
        const report = await runDigest({
          store, search: service, mailer, baseUrl: mailBaseUrl(config), secret: secretFor(store, config), now: () => new Date(),
          concurrency: settings.concurrency, suppressAfter: settings.suppressAfter, unsubscribeMailto: settings.unsubscribeMailto,
        }, period, { dryRun: o.dryRun });
        console.log(describeReport(report));
      } finally {
        await mailer.close();
      }
    }));
}
