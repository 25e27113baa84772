import type { Hono } from 'hono';
import type { AppDeps } from '../deps.ts';

/** Security headers, caching and compression. (Filled in by the web work.) */
export function registerMiddleware(_app: Hono, _deps: AppDeps): void {}
