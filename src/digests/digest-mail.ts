import type { OutgoingMail } from '../mail/types.ts';
import type { DigestContent } from './composer.ts';
import { digestView } from './digest-view.ts';
import { renderDigestHtml } from './render-html.ts';
import { renderDigestText } from './render-text.ts';

/**
 * One subscriber's digest as a message. The List-Unsubscribe headers follow RFC 8058: an https link
 * that unsubscribes on a POST carrying `List-Unsubscribe=One-Click` (mail clients show their own
 * "Unsubscribe" button for it), plus, when configured, a mailto: address for clients that only know
 * RFC 2369. List-Id lets readers filter the digests.
 */
export function digestMail(to: string, content: DigestContent, o: { base: string; unsubscribeHref: string; unsubscribeMailto?: string }): OutgoingMail {
  const view = digestView(content, o.base, o.unsubscribeHref);
  const unsubscribe = [`<${o.unsubscribeHref}>`];
  if (o.unsubscribeMailto) unsubscribe.push(`<mailto:${o.unsubscribeMailto}?subject=unsubscribe>`);
  const host = (() => { try { return new URL(o.base).hostname; } catch { return 'localhost'; } })();
  return {
    to,
    subject: view.subject,
    text: renderDigestText(view),
    html: renderDigestHtml(view),
    headers: {
      'List-Unsubscribe': unsubscribe.join(', '),
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `Paperboy ${content.period.frequency} digest <${content.period.frequency}.digest.${host}>`,
      // Asks auto-responders (vacation replies) to stay quiet, as for any bulk mail.
      'Auto-Submitted': 'auto-generated',
      Precedence: 'bulk',
    },
  };
}
