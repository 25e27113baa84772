import type { Context } from 'hono';
import type { AppDeps } from '../deps.ts';
import { renderPage } from './render.tsx';

/** Statuses the site answers with an error page. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 429 | 500;

const TITLES: Record<ErrorStatus, string> = {
  400: 'That address is not quite right',
  401: 'Please sign in',
  403: 'Not allowed',
  409: 'That clashes with something',
  429: 'Too many attempts',
  404: 'Page not found',
  500: 'Something went wrong',
};

const HINTS: Record<ErrorStatus, string> = {
  401: 'Sign in and try again.',
  403: 'If you came from a form, reload it and try again.',
  409: 'Reload the page to see the current state.',
  429: 'Wait a little and try again.',
  400: 'Check the address: dates look like 2025-01-15, weeks like 2025-W03, months like 2025-01.',
  404: 'The paper, author or page may have moved, or the address may have a typo. Try a search.',
  500: 'The error is on our side and has been logged. Please try again in a moment.',
};

/**
 * An error page that looks like the site (src/web/errors.ts calls it for every HTML error).
 * It touches nothing but the layout, so it still renders when the store is what failed.
 */
export function renderErrorPage(c: Context, deps: AppDeps, status: ErrorStatus, message: string): Promise<Response> {
  return renderPage(c, deps, {
    title: TITLES[status],
    description: message,
    path: c.req.path,
    noindex: true,
  }, (
    <section class="error-page" aria-labelledby="error-title">
      <p class="error-code">{status}</p>
      <h1 id="error-title">{TITLES[status]}</h1>
      <p class="error-message">{message}</p>
      <p class="muted">{HINTS[status]}</p>
      <form class="error-search" action="/search" method="get" role="search">
        <label for="error-q">Search papers</label>
        <div class="inline-form">
          <input id="error-q" type="search" name="q" maxlength={250} />
          <button type="submit" class="button button-primary">Search</button>
        </div>
      </form>
      <p class="empty-actions">
        <a class="button" href="/">Today's papers</a>
        <a class="button" href="/trending">Trending</a>
      </p>
    </section>
  ), status);
}
