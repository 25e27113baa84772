import type { Command } from 'commander';
import { embeddingProviderConfig, loadConfig } from '../../config.ts';
import { keepIndexFresh } from '../../search/semantic/keep-fresh.ts';
import { invalidArgument } from '../../errors.ts';
import { loadDemo } from '../../demo/load-demo.ts';
import { startServer } from '../../web/server.ts';
import { openMailer } from '../../mail/open-mailer.ts';
import { harvestSettings } from '../../harvest/settings.ts';
import { startHarvestSchedule } from '../../harvest/harvest-job.ts';
import { openStore, today, type GlobalOptions } from '../context.ts';
import { openSearch } from '../../search/open-search.ts';
import { startDigestSending } from '../../digests/serve-job.ts';

interface ServeCliOptions { port?: string; host?: string }

async function serveUntilSignal(globals: GlobalOptions, o: ServeCliOptions, withDemo: boolean): Promise<void> {
  const config = loadConfig();
  const harvestConf = harvestSettings(config);
  const port = o.port === undefined ? config.PAPERBOY_PORT : Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw invalidArgument('--port', `--port: expected 0-65535, got "${o.port}"`);
  const store = await openStore(globals);
  try {
    if (withDemo) {
      const r = await loadDemo(store, today());
      if (!r.skipped) console.log(`loaded ${r.loaded} demo papers into an empty database`);
    }
  } catch (err) {
    await store.close();
    throw err;
  }
  const mailer = openMailer(config);
  // One search service for the site and the digests' topic matches (one vector index in memory).
  const { service: search, semantic } = openSearch(store, { log: (m) => console.log(`search: ${m}`) });
  const server = await startServer({ store, port, host: o.host ?? config.PAPERBOY_HOST, baseUrl: config.PAPERBOY_BASE_URL,
    pageCacheMs: config.PAPERBOY_PAGE_CACHE_MS, search, semantic, mailer, linkSecret: config.PAPERBOY_SECRET });
  console.log(`Paperboy is serving ${await store.countPapers()} papers on ${server.url}`);
  const indexing = keepIndexFresh(store, embeddingProviderConfig(config), {
    intervalMs: config.PAPERBOY_INDEX_INTERVAL_S * 1000, autoBuild: true, log: (m) => console.log(m),
  });
  const digests = startDigestSending({ store, search, mailer, config, baseUrl: (config.PAPERBOY_BASE_URL ?? server.url).replace(/\/+$/, ''), log: (m) => console.log(m) });
  // Off unless PAPERBOY_HARVEST_AT is set: a server never contacts arXiv on its own otherwise.
  const harvesting = startHarvestSchedule(store, harvestConf, (m) => console.log(m));
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      console.log(`${signal}: finishing requests in flight, then closing the database`);
      Promise.all([indexing.stop(), digests.stop(), harvesting?.stop()]).then(() => mailer.close()).then(() => server.close()).then(resolve, resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}

/** `serve` runs the site; `start` (what `npm start` runs) first fills an empty database with the demo. */
export function registerServe(program: Command, globals: () => GlobalOptions): void {
  program.command('serve')
    .description('serve the site and API')
    .option('--port <port>', 'port to listen on (default: $PAPERBOY_PORT or 8080)')
    .option('--host <host>', 'address to bind (default: $PAPERBOY_HOST or 127.0.0.1)')
    .action((o: ServeCliOptions) => serveUntilSignal(globals(), o, false));

  program.command('start')
    .description('fill an empty database with the demo corpus, then serve the site')
    .option('--port <port>', 'port to listen on (default: $PAPERBOY_PORT or 8080)')
    .option('--host <host>', 'address to bind (default: $PAPERBOY_HOST or 127.0.0.1)')
    .action((o: ServeCliOptions) => serveUntilSignal(globals(), o, true));
}
