import type { Hono } from 'hono';
import type { AppDeps } from '../deps.ts';

/** RSS, Atom and JSON Feed routes under /feeds. */
export function registerFeeds(_app: Hono, _deps: AppDeps): void {}
