import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Store } from '../db/store.ts';
import { createApp } from './app.ts';

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
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const deps = { store: opts.store, baseUrl: '', now: opts.now ?? (() => new Date()) };
  const app = createApp(deps);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = opts.host === '0.0.0.0' || opts.host === '::' ? 'localhost' : opts.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  deps.baseUrl = (opts.baseUrl ?? url).replace(/\/+$/, '');
  let closing: Promise<void> | null = null;
  return {
    port,
    url,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open; requests in flight still finish.
        if ('closeIdleConnections' in server) (server as { closeIdleConnections(): void }).closeIdleConnections();
      }).then(() => opts.store.close());
      return closing;
    },
  };
}
