import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { after } from 'node:test';
import type { AddressInfo } from 'node:net';

export interface CapturedMail {
  to: string[];
  from: string;
  parsed: ParsedMail;
  raw: string;
}

export interface SmtpCapture {
  /** smtp://127.0.0.1:PORT for PAPERBOY_SMTP_URL or createSmtpMailer. */
  url: string;
  messages: CapturedMail[];
  /** Resolves once at least n messages arrived (rejects after timeoutMs). */
  waitFor(n: number, timeoutMs?: number): Promise<CapturedMail[]>;
  /** The next `count` messages to `rcpt` (any recipient when omitted) are refused with this SMTP code. */
  refuse(code: number, count?: number, rcpt?: string): void;
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 (the smtp-server package) that keeps every message it accepts. */
export async function startSmtpCapture(): Promise<SmtpCapture> {
  const messages: CapturedMail[] = [];
  const refusals: Array<{ code: number; left: number; rcpt?: string }> = [];
  const waiters: Array<() => void> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, cb) {
      const rule = refusals.find((r) => r.left > 0 && (!r.rcpt || r.rcpt === address.address));
      if (rule) {
        rule.left -= 1;
        const err = Object.assign(new Error(`refused by test server (${rule.code})`), { responseCode: rule.code });
        return cb(err);
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const parsed = await simpleParser(raw);
        messages.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          parsed,
          raw,
        });
        waiters.splice(0).forEach((w) => w());
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  after(close);
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuse(code, count = 1, rcpt) { refusals.push({ code, left: count, rcpt }); },
    async waitFor(n, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < n) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`expected ${n} messages, got ${messages.length}`);
        await new Promise<void>((resolve) => { waiters.push(resolve); setTimeout(resolve, Math.min(left, 100)); });
      }
      return messages;
    },
    close,
  };
}
