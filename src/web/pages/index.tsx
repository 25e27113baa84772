import type { Hono } from 'hono';
import type { AppDeps } from '../deps.ts';

/** The HTML pages. */
export function registerPages(app: Hono, deps: AppDeps): void {
  app.get('/', async (c) => c.html(`<!doctype html><title>Paperboy</title><p>${await deps.store.countPapers()} papers</p>`));
}
