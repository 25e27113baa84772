import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { PaperboyError } from '../../../errors.ts';
import { anonCsrf } from '../../accounts/cookies.ts';
import type { AppDeps } from '../../deps.ts';
import { renderPage } from '../render.tsx';

/** The CSRF token a form on this page must carry: the session's, or the signed-out visitor's cookie. */
export function csrfFor(c: Context, deps: AppDeps): string {
  return c.get('auth')?.csrf ?? anonCsrf(c, deps);
}

/** A submitted form's text fields (files and repeated fields are not used by account forms). */
export async function formFields(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

export function Field({ label, name, type = 'text', value, autocomplete, required = true, hint }: {
  label: string; name: string; type?: string; value?: string; autocomplete?: string; required?: boolean; hint?: string;
}) {
  return (
    <p class="field">
      <label for={`f-${name}`}>{label}</label>
      <input id={`f-${name}`} name={name} type={type} value={value} autocomplete={autocomplete} required={required} maxlength={type === 'password' ? 256 : 254} />
      {hint ? <small class="muted">{hint}</small> : null}
    </p>
  );
}

/** A message above a form: an error (role=alert) or a confirmation (role=status). */
export function Notice({ error, ok }: { error?: string | null; ok?: string | null }) {
  if (error) return <p class="notice notice-warn" role="alert">{error}</p>;
  if (ok) return <p class="notice" role="status">{ok}</p>;
  return null;
}

/** An account page: small, centred, out of search engines. */
export function accountPage(c: Context, deps: AppDeps, title: string, body: Child, status: ContentfulStatusCode = 200): Promise<Response> {
  return renderPage(c, deps, { title, description: title, path: c.req.path, noindex: true }, (
    <section class="account-page" aria-labelledby="account-h">
      <h1 id="account-h">{title}</h1>
      {body}
    </section>
  ), status);
}

/**
 * Errors a person can fix (bad field, wrong password, rate limit, ...) re-render the form with the
 * message and the error's status; anything else goes to the error handler.
 */
export function formError(err: unknown): { message: string; status: ContentfulStatusCode } {
  if (err instanceof PaperboyError && err.status < 500) return { message: err.message, status: err.status as ContentfulStatusCode };
  throw err;
}
