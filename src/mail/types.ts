/** One message as Paperboy composes it; the transport adds Message-ID and Date. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers such as List-Unsubscribe (RFC 8058). */
  headers?: Record<string, string>;
}

/** What a send attempt came to. `permanent` failures (SMTP 5xx) must not be retried. */
export type SendResult =
  | { ok: true; messageId: string }
  | { ok: false; permanent: boolean; code: number | null; message: string };

/** Sends mail. Implementations never throw for SMTP refusals: they answer with a SendResult. */
export interface Mailer {
  /** 'smtp' when mail leaves the machine, 'log' when it is only printed (no SMTP configured). */
  readonly kind: 'smtp' | 'log';
  send(mail: OutgoingMail): Promise<SendResult>;
  close(): Promise<void>;
}
