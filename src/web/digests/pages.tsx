import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppDeps } from '../deps.ts';
import { SubscribeForm, type SubscribeFormValues } from '../components/subscribe-form.tsx';
import { renderPage } from '../pages/render.tsx';

/** Pages reached through a signed link are personal: never stored by any cache. */
const PRIVATE = 'private, no-store';

async function page(c: Context, deps: AppDeps, title: string, body: Child, status: 200 | 400 = 200, path = c.req.path): Promise<Response> {
  const res = await renderPage(c, deps, { title, description: title, path, noindex: true }, <section class="digest-page">{body}</section>, status);
  res.headers.set('Cache-Control', PRIVATE);
  return res;
}

export function subscribePage(c: Context, deps: AppDeps, values?: SubscribeFormValues, error?: string): Promise<Response> {
  return page(c, deps, 'Subscribe to Paperboy', (
    <>
      <h1>Trending papers in your inbox</h1>
      <p>A short email with the papers people are reading, daily or weekly, and the newest papers on your topics. No account needed; we first send one mail to check the address is yours.</p>
      <SubscribeForm values={values} error={error} />
    </>
  ), error ? 400 : 200, '/subscribe');
}

/** The same answer whatever the address's state, so the form tells no one who is subscribed. */
export function checkInboxPage(c: Context, deps: AppDeps): Promise<Response> {
  return page(c, deps, 'Check your inbox', (
    <>
      <h1>Check your inbox</h1>
      <p>If this address still needs confirming, a mail with a confirmation link is on its way. Open it within two days to start getting the digest.</p>
      <p class="muted">Nothing arrived? Look in your spam folder, or send the form again in a few minutes.</p>
    </>
  ));
}

/** A page with one button that POSTs a signed token: the GET of a link never changes anything. */
export function confirmButtonPage(c: Context, deps: AppDeps, o: { title: string; text: string; action: string; token: string; button: string }): Promise<Response> {
  return page(c, deps, o.title, (
    <>
      <h1>{o.title}</h1>
      <p>{o.text}</p>
      <form method="post" action={o.action}>
        <input type="hidden" name="t" value={o.token} />
        <button type="submit" class="button button-primary">{o.button}</button>
      </form>
    </>
  ));
}

export function messagePage(c: Context, deps: AppDeps, title: string, text: string, status: 200 | 400 = 200): Promise<Response> {
  return page(c, deps, title, (
    <>
      <h1>{title}</h1>
      <p>{text}</p>
      <p><a class="button" href="/">Today's papers</a></p>
    </>
  ), status);
}
