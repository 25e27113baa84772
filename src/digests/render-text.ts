import type { DigestPaperView, DigestView } from './digest-view.ts';

function paperText(p: DigestPaperView, n: number): string {
  const links = [`Read: ${p.href}`, ...p.links.map((l) => `${l.label}: ${l.href}`)].map((l) => `   ${l}`);
  return [`${n}. ${p.title}`, `   ${p.authors}`, `   ${p.abstract}`, ...links].join('\n');
}

/** The plain-text part: the same digest for clients (and readers) that prefer text. */
export function renderDigestText(v: DigestView): string {
  const out = [v.heading, '='.repeat(Math.min(v.heading.length, 72)), ''];
  if (v.trending.length) {
    out.push('TRENDING', '');
    v.trending.forEach((p, i) => out.push(paperText(p, i + 1), ''));
  }
  if (v.personal) {
    out.push('FOR YOU (learned from your upvotes, collections and notes)', '');
    v.personal.papers.forEach((p, i) => out.push(paperText(p, i + 1), ...(v.personal!.reasons[i] ? [`   Why: ${v.personal!.reasons[i]}`] : []), ''));
  }
  for (const t of v.topics) {
    out.push(`YOUR TOPIC: ${t.label}`, '');
    if (!t.papers.length) out.push('   Nothing new on this topic in this period.', '');
    t.papers.forEach((p, i) => out.push(paperText(p, i + 1), ''));
  }
  out.push('--', `More on the site: ${v.periodHref}`, `Unsubscribe (one click, no login): ${v.unsubscribeHref}`);
  return out.join('\n') + '\n';
}
