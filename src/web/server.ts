import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Server as HttpServer } from 'node:http';
import type { Store } from '../db/store.ts';
import type { SemanticIndex } from '../search/semantic/semantic-index.ts';
import type { SearchService } from '../search/service.ts';
import { createApp } from './app.ts';
import type { AppInput } from './deps.ts';
import type { Mailer } from '../mail/types.ts';

/** How long idle keep-alive connections may still bring a request after SIGTERM. */
const DRAIN_GRACE_MS = 1000;
/** After this, connections still open are cut so the process can exit. */
const DRAIN_LIMIT_MS = 10_000;

export interface RunningServer {
  port: number;
  url: string;
  /**
   * Settles when the semantic index has been loaded into memory at start (or failed to, which is
   * logged): until then meaning-based searches answer by words. Never rejects.
   */
  warmed: Promise<void>;
  /** Stops taking connections, lets requests in flight finish, then closes the store. */
  close(): Promise<void>;
}

export interface ServeOptions {
  store: Store;
  port: number;
  host: string;
  baseUrl?: string;
  now?: () => Date;
  pageCacheMs?: number;
  /** The search service; opened over the store when absent (with `semantic`, which is then warmed). */
  search?: SearchService;
  semantic?: SemanticIndex;
  /** Mail for digest confirmations, and the link-signing secret when configured. */
  mailer?: Mailer;
  linkSecret?: string;
  /** Guards admin pages (the digest preview). */
  requireAdmin?: AppInput['requireAdmin'];
}

/** Serves the site and API; the semantic index loads in the background so the port opens at once. */
export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const deps: AppInput = {
    store: opts.store, baseUrl: '', now: opts.now ?? (() => new Date()), pageCacheMs: opts.pageCacheMs,
    search: opts.search, semantic: opts.semantic,
    mailer: opts.mailer, linkSecret: opts.linkSecret, requireAdmin: opts.requireAdmin,
  };
  const app = createApp(deps);
  let closing: Promise<void> | null = null;
  // Loading a large index takes a while; a failure (say, a model row without its corpus model) must
  // not stop the site: searches then match words, and the index retries on later queries.
  const warmed = (deps.semantic?.refresh() ?? Promise.resolve()).catch((err: unknown) => {
    if (!closing) console.error(`search: could not load the semantic index: ${err instanceof Error ? err.message : String(err)}`);
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = opts.host === '0.0.0.0' || opts.host === '::' ? 'localhost' : opts.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  deps.baseUrl = (opts.baseUrl ?? url).replace(/\/+$/, '');
  const http = server as HttpServer;
  let draining = false;
  // While draining, every response tells the client to close its connection.
  http.prependListener('request', (_req, res) => { if (draining) res.setHeader('Connection', 'close'); });
  return {
    port,
    url,
    warmed,
    close() {
      closing ??= new Promise<void>((resolve) => {
        draining = true;
        // http.Server#close() also drops idle keep-alive sockets at once, which cuts requests that are
        // already on the wire but not yet parsed. Stop listening now, and drop idle sockets after a grace.
        const closeIdle = http.closeIdleConnections.bind(http);
        http.closeIdleConnections = () => {};
        http.close(() => { clearTimeout(hard); resolve(); });
        const grace = setTimeout(closeIdle, DRAIN_GRACE_MS);
        const hard = setTimeout(() => { clearTimeout(grace); http.closeAllConnections(); }, DRAIN_LIMIT_MS);
      }).then(() => opts.store.close());
      return closing;
    },
  };
}
