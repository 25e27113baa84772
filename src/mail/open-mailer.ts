import type { Config } from '../config.ts';
import { createLogMailer, createSmtpMailer } from './smtp-mailer.ts';
import type { Mailer } from './types.ts';

/** The configured mailer: SMTP when PAPERBOY_SMTP_URL is set, otherwise the server log. */
export function openMailer(config: Config, log?: (line: string) => void): Mailer {
  if (config.PAPERBOY_SMTP_URL) return createSmtpMailer(config.PAPERBOY_SMTP_URL, config.PAPERBOY_MAIL_FROM);
  return createLogMailer(log);
}
