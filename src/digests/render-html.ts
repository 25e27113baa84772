import { escapeHtml as e } from '../web/render/escape.ts';
import type { DigestPaperView, DigestView } from './digest-view.ts';

/**
 * The HTML part, written for mail clients rather than browsers: a 600px table layout (Outlook
 * renders tables, not flex or grid), every style inline (Gmail drops most <style> rules), system
 * fonts, no images at all (so no background images and nothing blocked by default). Dark mode: the
 * color-scheme metas let Apple Mail and others switch, the one <style> block gives those that read
 * it dark colours, and clients that invert colours on their own get plain light-on-white to invert.
 */
const FONT = "font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif";
const C = { text: '#1f2328', muted: '#59636e', link: '#0b57d0', rule: '#d8dee4', panel: '#ffffff', page: '#f3f4f6' };

const DARK_CSS = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  .pb-page { background: #111318 !important; }
  .pb-panel { background: #1b1f27 !important; }
  .pb-text { color: #e6e8eb !important; }
  .pb-muted { color: #a7b0ba !important; }
  .pb-link { color: #8ab4f8 !important; }
  .pb-rule { border-color: #30363d !important; }
}`;

/** Rendered rows per paper view and position, reused across a run's digests (views are shared, see digest-view.ts). */
const rendered = new WeakMap<DigestPaperView, Map<number, string>>();

function paperHtml(p: DigestPaperView, n: number): string {
  let byPosition = rendered.get(p);
  if (!byPosition) { byPosition = new Map(); rendered.set(p, byPosition); }
  let html = byPosition.get(n);
  if (html === undefined) { html = renderPaper(p, n); byPosition.set(n, html); }
  return html;
}

function renderPaper(p: DigestPaperView, n: number): string {
  const links = [`<a class="pb-link" href="${e(p.href)}" style="color:${C.link};text-decoration:underline">Read on Paperboy</a>`,
    ...p.links.map((l) => `<a class="pb-link" href="${e(l.href)}" style="color:${C.link};text-decoration:underline">${e(l.label)}</a>`)].join(' &middot; ');
  return `<tr><td class="pb-rule" style="padding:14px 0;border-top:1px solid ${C.rule}">
<p style="margin:0 0 4px;${FONT};font-size:16px;line-height:1.35;font-weight:600"><span class="pb-muted" style="color:${C.muted}">${n}.</span> <a class="pb-link" href="${e(p.href)}" style="color:${C.link};text-decoration:none">${e(p.title)}</a></p>
<p class="pb-muted" style="margin:0 0 6px;${FONT};font-size:13px;line-height:1.4;color:${C.muted}">${e(p.authors)}</p>
<p class="pb-text" style="margin:0 0 6px;${FONT};font-size:14px;line-height:1.5;color:${C.text}">${e(p.abstract)}</p>
<p style="margin:0;${FONT};font-size:13px;line-height:1.4">${links}</p>
</td></tr>`;
}

function section(title: string, papers: DigestPaperView[], empty: string): string {
  const body = papers.length
    ? papers.map((p, i) => paperHtml(p, i + 1)).join('\n')
    : `<tr><td class="pb-muted" style="padding:8px 0 14px;${FONT};font-size:14px;color:${C.muted}">${e(empty)}</td></tr>`;
  return `<tr><td style="padding:20px 0 6px"><h2 class="pb-text" style="margin:0;${FONT};font-size:18px;line-height:1.3;color:${C.text}">${e(title)}</h2></td></tr>\n${body}`;
}

/** The personal section: each paper followed by why it was picked. */
function personalSection(papers: DigestPaperView[], reasons: string[]): string {
  const body = papers.map((p, i) => paperHtml(p, i + 1) + (reasons[i]
    ? `\n<tr><td class="pb-muted" style="padding:0 0 10px;${FONT};font-size:13px;color:${C.muted}">Why: ${e(reasons[i]!)}</td></tr>` : '')).join('\n');
  return `<tr><td style="padding:20px 0 6px"><h2 class="pb-text" style="margin:0;${FONT};font-size:18px;line-height:1.3;color:${C.text}">For you</h2></td></tr>\n${body}`;
}

/** The whole HTML document of one digest. */
export function renderDigestHtml(v: DigestView): string {
  const sections = [
    v.trending.length ? section('Trending', v.trending, '') : '',
    v.personal ? personalSection(v.personal.papers, v.personal.reasons) : '',
    ...v.topics.map((t) => section(`Your topic: ${t.label}`, t.papers, 'Nothing new on this topic in this period.')),
  ].join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">
<title>${e(v.subject)}</title><style>${DARK_CSS}</style></head>
<body class="pb-page" style="margin:0;padding:0;background:${C.page}">
<div style="display:none;max-height:0;overflow:hidden">${e(v.trending[0]?.title ?? v.heading)}</div>
<table role="presentation" class="pb-page" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:${C.page}"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" class="pb-panel" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background:${C.panel};border-radius:8px">
<tr><td style="padding:24px 28px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td><p class="pb-muted" style="margin:0;${FONT};font-size:13px;color:${C.muted}"><a class="pb-link" href="${e(v.siteHref)}" style="color:${C.link};text-decoration:none;font-weight:600">Paperboy</a> &middot; ${e(v.when)}</p>
<h1 class="pb-text" style="margin:6px 0 0;${FONT};font-size:22px;line-height:1.25;color:${C.text}">${e(v.heading)}</h1></td></tr>
${sections}
<tr><td class="pb-rule" style="padding:18px 0 0;border-top:1px solid ${C.rule}"><p class="pb-muted" style="margin:0;${FONT};font-size:12px;line-height:1.5;color:${C.muted}">
<a class="pb-link" href="${e(v.periodHref)}" style="color:${C.link}">See every paper of the period</a>.
You get this because you subscribed on Paperboy. <a class="pb-link" href="${e(v.unsubscribeHref)}" style="color:${C.link}">Unsubscribe</a> (one click, no login).</p></td></tr>
</table></td></tr></table>
</td></tr></table>
</body></html>
`;
}
