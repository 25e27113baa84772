import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { PaperboyError, invalidArgument } from '../../errors.ts';
import { openMailer } from '../../mail/open-mailer.ts';
import { addSubscriber, removeSubscriber } from '../../digests/operator.ts';
import { mailBaseUrl, secretFor } from '../../digests/run.ts';
import { formatTopic, parseTopics } from '../../digests/topics.ts';
import { FREQUENCIES, type Frequency, type Subscriber } from '../../digests/types.ts';
import { withStore, type GlobalOptions } from '../context.ts';

/** `--frequency` checked against the two there are. */
export function frequencyOption(value: string | undefined, fallback: Frequency): Frequency {
  if (value === undefined) return fallback;
  if (!(FREQUENCIES as readonly string[]).includes(value)) throw invalidArgument('--frequency', `--frequency: expected daily or weekly, got "${value}"`);
  return value as Frequency;
}

/** The fields of `subscribers list --json`, in order: the row shaped on purpose, topics as typed. */
function presentSubscriber(s: Subscriber) {
  return {
    email: s.email, frequency: s.frequency, status: s.status, topics: s.topics.map(formatTopic), createdAt: s.createdAt,
    confirmedAt: s.confirmedAt, unsubscribedAt: s.unsubscribedAt, suppressedAt: s.suppressedAt, permanentFailures: s.permanentFailures,
  };
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** `paperboy subscribers add|list|remove`: the operator's mailing list. */
export function registerSubscribers(program: Command, globals: () => GlobalOptions): void {
  const cmd = program.command('subscribers').description('manage who gets the digest emails');

  cmd.command('add <email>')
    .description('add an address (a confirmation mail is sent unless --confirmed), or change its frequency and topics')
    .option('--frequency <daily|weekly>', 'how often (default: daily, or unchanged for a known address)')
    .option('--topic <query>', 'a topic: words to search, category:cs.LG or author:"Ada Lovelace" (repeatable; replaces the topics of a known address)', collect, [])
    .option('--confirmed', 'the address already opted in elsewhere: send digests without asking again')
    .action((email: string, o: { frequency?: string; topic: string[]; confirmed?: boolean }) => withStore(globals(), async (store) => {
      const config = loadConfig();
      const frequency = o.frequency === undefined ? undefined : frequencyOption(o.frequency, 'daily');
      const topics = o.topic.length ? parseTopics(o.topic, '--topic') : undefined;
      const mailer = openMailer(config);
      try {
        const r = await addSubscriber({ store, mailer, baseUrl: mailBaseUrl(config), secret: secretFor(store, config), now: () => new Date() },
          { email, frequency, topics, confirmed: Boolean(o.confirmed) });
        const s = r.subscriber;
        const topicText = s.topics.length ? `, topics: ${s.topics.map(formatTopic).join('; ')}` : '';
        const note = r.confirmation ? `; confirmation mail ${r.confirmation}` : '';
        console.log(`${r.outcome} ${s.email} (${s.frequency}, ${s.status}${topicText})${note}`);
      } finally {
        await mailer.close();
      }
    }));

  cmd.command('list')
    .description('list subscribers with their status')
    .option('--json', 'one JSON object per line')
    .action((o: { json?: boolean }) => withStore(globals(), async (store) => {
      const all = await store.digests.list();
      if (o.json) {
        const out = all.map((s) => JSON.stringify(presentSubscriber(s))).join('\n');
        if (out) process.stdout.write(out + '\n');
        return;
      }
      if (!all.length) { console.log('no subscribers'); return; }
      for (const s of all) {
        const topics = s.topics.length ? `  ${s.topics.map(formatTopic).join('; ')}` : '';
        console.log(`${s.email.padEnd(32)} ${s.frequency.padEnd(6)} ${s.status.padEnd(12)} ${s.createdAt.slice(0, 10)}${topics}`);
      }
      const count = (status: string) => all.filter((s) => s.status === status).length;
      console.log(`${all.length} subscribers: ${count('confirmed')} confirmed, ${count('pending')} pending, ${count('unsubscribed')} unsubscribed, ${count('suppressed')} suppressed`);
    }));

  cmd.command('remove <email>')
    .description('delete an address and its send history')
    .action((email: string) => withStore(globals(), async (store) => {
      if (!(await removeSubscriber(store, email))) throw new PaperboyError('not_found', `${email.trim().toLowerCase()} is not on the list`);
      console.log(`removed ${email.trim().toLowerCase()}`);
    }));
}
