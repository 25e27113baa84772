import type { Hono } from 'hono';
import type { AppDeps } from '../deps.ts';

/** The JSON API under /api. */
export function registerApi(_app: Hono, _deps: AppDeps): void {}
