import type { OutgoingMail } from '../mail/types.ts';
import { CONFIRM_TTL_HOURS } from './links.ts';
import { escapeHtml as e } from '../web/render/escape.ts';
import type { Frequency } from './types.ts';

/** The double opt-in message: one link, what it is for, and what happens if it is ignored. */
export function confirmationMail(to: string, frequency: Frequency, href: string): OutgoingMail {
  const what = frequency === 'daily' ? 'a daily email' : 'a weekly email';
  const text = [
    `Someone (we hope you) asked Paperboy to send ${what} of trending papers to ${to}.`,
    '',
    `Confirm within ${CONFIRM_TTL_HOURS} hours by opening this link:`,
    href,
    '',
    'If you did not ask for this, ignore this message: without confirmation you will get nothing more from us.',
  ].join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"></head>
<body style="margin:0;padding:24px;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">
<p>Someone (we hope you) asked Paperboy to send ${what} of trending papers to ${e(to)}.</p>
<p><a href="${e(href)}" style="display:inline-block;padding:10px 18px;border-radius:6px;background:#0b57d0;color:#ffffff;text-decoration:none;font-weight:600">Confirm my subscription</a></p>
<p>The link works for ${CONFIRM_TTL_HOURS} hours. If you did not ask for this, ignore this message: without confirmation you will get nothing more from us.</p>
</body></html>`;
  return { to, subject: 'Confirm your Paperboy subscription', text, html, headers: { 'Auto-Submitted': 'auto-generated' } };
}
