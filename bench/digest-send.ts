/** The measured half of the digest benchmark: one daily run over a prepared database. Usage: digest-send.ts DB SMTP_URL DATE */
import { SqliteStore } from '../src/db/sqlite/sqlite-store.ts';
import { createSmtpMailer } from '../src/mail/smtp-mailer.ts';
import { createSearchService } from '../src/search/service.ts';
import { periodFor } from '../src/digests/periods.ts';
import { runDigest } from '../src/digests/run.ts';

const [db, smtpUrl, date] = process.argv.slice(2);
const store = new SqliteStore(db!);
const mailer = createSmtpMailer(smtpUrl!, 'Paperboy <bench@paperboy.test>', { maxConnections: 4 });
const started = performance.now();
const report = await runDigest({
  store, search: createSearchService(store, null), mailer, baseUrl: 'https://paperboy.test', secret: async () => 'bench-secret-bench-secret-bench-secret',
  now: () => new Date(), concurrency: 4, suppressAfter: 3,
}, periodFor('daily', date!));
const seconds = (performance.now() - started) / 1000;
await mailer.close();
await store.close();
console.log(JSON.stringify({ ...report, seconds }));
