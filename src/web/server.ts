import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Server as HttpServer } from 'node:http';
import type { Store } from '../db/store.ts';
import { createApp } from './app.ts';

/** How long idle keep-alive connections may still bring a request after SIGTERM. */
const DRAIN_GRACE_MS = 1000;
/** After this, connections still open are cut so the process can exit. */
const DRAIN_LIMIT_MS = 10_000;

export interface RunningServer {
  port: number;
  url: string;
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
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const deps = { store: opts.store, baseUrl: '', now: opts.now ?? (() => new Date()), pageCacheMs: opts.pageCacheMs };
  const app = createApp(deps);
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
  let closing: Promise<void> | null = null;
  return {
    port,
    url,
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
