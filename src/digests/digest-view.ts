/**
 * What a digest shows of each paper, shaped once for both the HTML and the text part: title,
 * author line, a short abstract, and absolute links (paper page, arXiv, PDF, code).
 */
import type { Paper } from '../core/paper.ts';
import { authorLine, outboundLinks, paperHref, summarize } from '../web/view/paper-view.ts';
import { longDay, mediumDay, shortDay, weekName } from '../web/view/format.ts';
import { formatTopic } from './topics.ts';
import type { DigestContent } from './composer.ts';
import type { DigestPeriod } from './periods.ts';

/** Characters of abstract shown per paper. */
export const ABSTRACT_CHARS = 280;

export interface DigestLink { label: string; href: string }

export interface DigestPaperView {
  title: string;
  authors: string;
  abstract: string;
  href: string;
  links: DigestLink[];
}

export interface DigestView {
  subject: string;
  heading: string;
  /** "Fri, Jan 17, 2025" or "Jan 13 – Jan 19, 2025". */
  when: string;
  siteHref: string;
  periodHref: string;
  unsubscribeHref: string;
  trending: DigestPaperView[];
  topics: Array<{ label: string; papers: DigestPaperView[] }>;
  /** The reader's "For you" section: papers and one line each on why. */
  personal: { papers: DigestPaperView[]; reasons: string[] } | null;
}

function authorsText(p: Paper): string {
  const line = authorLine(p, 4);
  if (line.countOnly) return `${line.countOnly} authors`;
  if (!line.shown.length) return 'Authors unknown';
  return line.more > 0 ? `${line.shown.join(', ')} and ${line.more} more` : line.shown.join(', ');
}

/**
 * Views already shaped, per paper object: a run composes thousands of digests from the same few
 * dozen papers (the composer hands out the same objects), so each is shaped once.
 */
const shaped = new WeakMap<Paper, { base: string; view: DigestPaperView }>();

function paperView(p: Paper, base: string): DigestPaperView {
  const hit = shaped.get(p);
  if (hit && hit.base === base) return hit.view;
  const view = shapePaper(p, base);
  shaped.set(p, { base, view });
  return view;
}

function shapePaper(p: Paper, base: string): DigestPaperView {
  const out = outboundLinks(p);
  const links: DigestLink[] = [];
  if (out.arxiv) links.push({ label: 'arXiv', href: out.arxiv });
  if (out.pdf) links.push({ label: 'PDF', href: out.pdf });
  if (out.code[0]) links.push({ label: 'Code', href: out.code[0] });
  return {
    title: p.title.replace(/\s+/g, ' ').trim(),
    authors: authorsText(p),
    abstract: summarize(p.abstract, ABSTRACT_CHARS),
    href: `${base}${paperHref(p.id)}`,
    links,
  };
}

/** "Trending papers, Fri, Jan 17, 2025" or "Trending papers, Week 3, 2025". */
export function periodLabel(period: DigestPeriod): { heading: string; when: string; path: string } {
  if (period.frequency === 'daily') return { heading: `Trending papers, ${longDay(period.key)}`, when: longDay(period.key), path: `/date/${period.key}` };
  return { heading: `Trending papers, ${weekName(period.key)}`, when: `${shortDay(period.from)} – ${mediumDay(period.to)}`, path: `/week/${period.key}` };
}

/** Shapes composed content for rendering; `base` is the site's absolute URL without trailing slash. */
export function digestView(d: DigestContent, base: string, unsubscribeHref: string): DigestView {
  const label = periodLabel(d.period);
  return {
    subject: `${label.heading} · Paperboy`,
    heading: label.heading,
    when: label.when,
    siteHref: `${base}/`,
    periodHref: `${base}${label.path}`,
    unsubscribeHref,
    trending: d.trending.map((p) => paperView(p, base)),
    topics: d.topics.map((t) => ({ label: formatTopic(t.topic), papers: t.papers.map((p) => paperView(p, base)) })),
    personal: d.personal?.papers.length ? { papers: d.personal.papers.map((p) => paperView(p, base)), reasons: d.personal.reasons } : null,
  };
}
