import { SMTPServer } from 'smtp-server';
import { after } from 'node:test';
import type { AddressInfo } from 'node:net';

export interface SmtpSink {
  url: string;
  /** Recipients of every message the sink accepted, in order. */
  got: string[];
  /** Mails stopped at MAIL FROM while the gate is closed. */
  held: number;
  /** Resolves once `n` messages were accepted (rejects after timeoutMs). */
  waitFor(n: number, timeoutMs?: number): Promise<void>;
  /** Resolves once `n` mails are held at the gate. */
  waitForHeld(n: number, timeoutMs?: number): Promise<void>;
  /** Opens the gate: held mails are refused with 451 (their senders may be dead), later ones accepted. */
  open(): void;
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 that records recipients of accepted messages and, with
 * `holdAfter`, stops every mail after that many at MAIL FROM until open(): a sender stuck there is
 * mid-run with a claim made and nothing delivered. Unlike the capture helper it expects clients to
 * vanish mid-conversation (a killed server) and ignores that.
 */
export async function startSmtpSink(o: { holdAfter?: number } = {}): Promise<SmtpSink> {
  const got: string[] = [];
  let gateOpen = o.holdAfter === undefined;
  const waiting: Array<(err?: Error) => void> = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onMailFrom(_address, _session, cb) {
      if (gateOpen || got.length < (o.holdAfter ?? 0)) return cb();
      waiting.push(cb);
    },
    onData(stream, session, cb) {
      stream.on('data', () => {});
      stream.on('end', () => { got.push(...session.envelope.rcptTo.map((r) => r.address)); cb(); });
    },
  });
  server.on('error', () => {});
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const until = async (check: () => boolean, what: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`SMTP sink: ${what} (accepted ${got.length}, held ${waiting.length})`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await new Promise<void>((r) => server.close(() => r()));
  };
  after(close);
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    got,
    get held() { return waiting.length; },
    waitFor: (n, timeoutMs = 60_000) => until(() => got.length >= n, `expected ${n} messages`, timeoutMs),
    waitForHeld: (n, timeoutMs = 60_000) => until(() => waiting.length >= n, `expected ${n} held`, timeoutMs),
    open() {
      gateOpen = true;
      for (const cb of waiting.splice(0)) {
        try { cb(Object.assign(new Error('try again later (test gate)'), { responseCode: 451 })); } catch { /* the sender is gone */ }
      }
    },
    close,
  };
}
