import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { after } from 'node:test';
import { BIN, ROOT } from './cli.ts';

/** A real `paperboy serve` child process on 127.0.0.1. */
export interface ServeProcess {
  name: string;
  child: ChildProcess;
  pid: number;
  /** http://127.0.0.1:PORT */
  url: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  exited: Promise<unknown[]>;
}

/** Polls `check` until it holds; fails naming `what` (and `detail()`, e.g. server logs) after timeoutMs. */
export async function until(check: () => boolean | Promise<boolean>, what: string, detail: () => string = () => '', timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${what}\n${detail()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts `paperboy serve --port 0` with `env` over this process's environment and resolves once it
 * listens. The test file's end stops it (SIGTERM) unless it already exited.
 */
export async function startServe(name: string, env: NodeJS.ProcessEnv): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '127.0.0.1'], {
    cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { out += d; });
  const exited = once(child, 'exit');
  let gone = false;
  void exited.then(() => { gone = true; });
  after(async () => {
    if (gone) return;
    child.kill('SIGTERM');
    await exited;
  });
  await until(() => gone || /serving \d+ papers on http:\/\/127\.0\.0\.1:\d+/.test(out), `${name} to listen`, () => out);
  if (gone) throw new Error(`${name} exited before listening:\n${out}`);
  const url = /serving \d+ papers on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!;
  return { name, child, pid: child.pid!, url, output: () => out, exited };
}

/** A browser stand-in over real HTTP: keeps cookies, sends its Origin with POSTs as a browser does. */
export class HttpSession {
  readonly cookies = new Map<string, string>();

  async request(base: string, method: string, path: string, o: { form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...o.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET') headers.origin = base;
    let body: string | undefined;
    if (o.form) { headers['content-type'] = 'application/x-www-form-urlencoded'; body = new URLSearchParams(o.form).toString(); }
    const res = await fetch(`${base}${path}`, { method, headers, body, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === '' || attrs.some((a) => /max-age=0/i.test(a))) this.cookies.delete(name); else this.cookies.set(name, value);
    }
    return res;
  }

  /** Loads `page` on `base` for its form's CSRF token, then posts `fields` with it to `action`. */
  async submit(base: string, page: string, action: string, fields: Record<string, string>): Promise<Response> {
    const html = await (await this.request(base, 'GET', page)).text();
    const m = /name="_csrf" value="([^"]+)"/.exec(html);
    if (!m) throw new Error(`no CSRF field on ${base}${page}`);
    return this.request(base, 'POST', action, { form: { _csrf: m[1]!, ...fields } });
  }
}
