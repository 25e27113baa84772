import nodemailer from 'nodemailer';
import type { Mailer, OutgoingMail, SendResult } from './types.ts';

/** SMTP reply codes of 500 and above are final refusals; 4xx and connection errors may pass later. */
function classify(err: unknown): SendResult {
  const e = err as { responseCode?: number; message?: string; code?: string };
  const code = typeof e.responseCode === 'number' ? e.responseCode : null;
  return { ok: false, permanent: code !== null && code >= 500, code, message: e.message ?? String(err) };
}

/**
 * Mail through an SMTP server given as a URL (smtp://user:pass@host:587, smtps:// for TLS on
 * connect). Connections are pooled so a digest run does not open one per message.
 */
export function createSmtpMailer(url: string, from: string, options: { maxConnections?: number } = {}): Mailer {
  const transport = nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: options.maxConnections ?? 4,
    // A stuck server must not hold a sending run forever.
    connectionTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    kind: 'smtp',
    async send(mail: OutgoingMail): Promise<SendResult> {
      try {
        // Quoted-printable named up front: otherwise nodemailer scans every part to choose an encoding,
        // a third of the CPU of sending a digest (our mail is mostly ASCII, which QP keeps readable).
        const info = await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers, textEncoding: 'quoted-printable' });
        return { ok: true, messageId: String(info.messageId ?? '') };
      } catch (err) {
        return classify(err);
      }
    },
    async close() { transport.close(); },
  };
}

/** Without SMTP settings mail is printed to the server log, so links (verification, reset) still reach the operator. */
export function createLogMailer(log: (line: string) => void = (l) => console.log(l)): Mailer {
  let n = 0;
  return {
    kind: 'log',
    async send(mail: OutgoingMail): Promise<SendResult> {
      n += 1;
      log(`mail (not sent, no PAPERBOY_SMTP_URL) to ${mail.to}: ${mail.subject}\n${mail.text}`);
      return { ok: true, messageId: `log-${n}` };
    },
    async close() {},
  };
}
