import type { Hono } from 'hono';
import { after } from 'node:test';
import { createSmtpMailer } from '../../src/mail/smtp-mailer.ts';
import { hashPassword } from '../../src/accounts/secrets.ts';
import type { Role, User } from '../../src/accounts/types.ts';
import type { Store } from '../../src/db/store.ts';
import type { CapturedMail, SmtpCapture } from './smtp-capture.ts';
import type { StoreDialect } from './store.ts';
import { BASE_URL, webApp, type WebTestApp } from './web-api.ts';

export const PASSWORD = 'correct horse battery';

/** A browser stand-in over app.request: keeps cookies, comes from one network address. */
export class Client {
  readonly cookies = new Map<string, string>();
  constructor(private readonly app: Hono, readonly address = '192.0.2.1') {}

  async request(method: string, path: string, o: { form?: Record<string, string>; json?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...o.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | undefined;
    if (o.form) { headers['content-type'] = 'application/x-www-form-urlencoded'; body = new URLSearchParams(o.form).toString(); }
    if (o.json !== undefined) { headers['content-type'] = 'application/json'; body = JSON.stringify(o.json); }
    const res = await this.app.request(`${BASE_URL}${path}`, { method, headers, body }, { incoming: { socket: { remoteAddress: this.address } } });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const gone = attrs.some((a) => /max-age=0/i.test(a)) || value === '';
      if (gone) this.cookies.delete(name); else this.cookies.set(name, value);
    }
    return res;
  }

  get(path: string, headers?: Record<string, string>) { return this.request('GET', path, { headers }); }

  /** The _csrf value of the first form on a page. */
  async csrf(path = '/login'): Promise<string> {
    const html = await (await this.get(path)).text();
    const m = /name="_csrf" value="([^"]+)"/.exec(html);
    if (!m) throw new Error(`no CSRF field on ${path}`);
    return m[1];
  }

  /** Loads `page` for its CSRF token, then posts `fields` with it to `action`. */
  async submit(action: string, fields: Record<string, string>, page = action): Promise<Response> {
    const token = await this.csrf(page);
    return this.request('POST', action, { form: { _csrf: token, ...fields } });
  }

  async logIn(email: string, password = PASSWORD): Promise<Response> {
    return this.submit('/login', { email, password });
  }
}

export interface AccountsTestApp extends WebTestApp {
  smtp: SmtpCapture;
  store: Store;
  client(address?: string): Client;
}

/**
 * The web test app with account mail going to a real SMTP server on 127.0.0.1. Start the server
 * once per file (and dialect) at top level (`const smtp = await startSmtpCapture()`, so it closes
 * when the file ends) and call this inside a test: its pooled mailer (and a `dialect` store) close
 * when the test ends. Without `dialect` the store is a SQLite file.
 */
export async function accountsApp(smtp: SmtpCapture, dialect?: StoreDialect): Promise<AccountsTestApp> {
  const w = await webApp(undefined, { index: false, dialect });
  const mailer = createSmtpMailer(smtp.url, 'Paperboy <paperboy@test>', { maxConnections: 1 });
  after(() => mailer.close());
  w.deps.mailer = mailer;
  return { ...w, smtp, store: w.deps.store, client: (address) => new Client(w.app, address) };
}

/** Waits for the `n`th mail to `to` (1-based) and returns it. */
export async function mailTo(smtp: SmtpCapture, to: string, n = 1): Promise<CapturedMail> {
  for (let i = 0; i < 100; i++) {
    const found = smtp.messages.filter((m) => m.to.includes(to));
    if (found.length >= n) return found[n - 1];
    await smtp.waitFor(smtp.messages.length + 1, 5000).catch(() => undefined);
  }
  throw new Error(`no mail number ${n} to ${to}`);
}

let sharedHash: Promise<string> | null = null;
/** A verified account made straight through the repository (hashing once for many users). */
export async function makeUser(store: Store, email: string, role: Role = 'member'): Promise<User> {
  sharedHash ??= hashPassword(PASSWORD);
  const u = await store.accounts.createUser({ email, displayName: '', passwordHash: await sharedHash, role, emailVerifiedAt: '2025-01-01T00:00:00Z', createdAt: '2025-01-01T00:00:00Z' });
  if (!u) throw new Error(`${email} exists`);
  return u;
}

/** The first link to this site in a captured mail's text. */
export function linkIn(text: string): string {
  const m = /(https?:\/\/\S+)/.exec(text);
  if (!m) throw new Error(`no link in mail: ${text}`);
  return m[1];
}
