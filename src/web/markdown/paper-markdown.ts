import type { Paper } from '../../core/paper.ts';
import { mdBlock, mdInline, mdLink } from './escape.ts';

/** Our own page for a person, organization or category; the name is percent-encoded. */
const sitePath = (kind: 'authors' | 'orgs' | 'categories', name: string) => `/${kind}/${encodeURIComponent(name)}`;

/**
 * A paper as Markdown for readers and agents: title, authors, organization, dates, categories,
 * links and the abstract (LaTeX as written). Every imported string goes through the escapes in
 * escape.ts; links are only to http(s) addresses.
 */
export function paperMarkdown(p: Paper, baseUrl: string): string {
  const site = (path: string) => `${baseUrl}${path}`;
  const facts: string[] = [];
  if (p.authors.length) {
    const links = p.authors.map((a) => mdLink(a, site(sitePath('authors', a))) ?? mdInline(a));
    const more = p.authorCount && p.authorCount > p.authors.length ? ` and ${p.authorCount - p.authors.length} more` : '';
    facts.push(`**Authors:** ${links.join(', ')}${more}`);
  }
  if (p.organization) facts.push(`**Organization:** ${mdLink(p.organization, site(sitePath('orgs', p.organization))) ?? mdInline(p.organization)}`);
  if (p.publishedAt) facts.push(`**Published:** ${mdInline(p.publishedAt)}`);
  if (p.updatedAt) facts.push(`**Updated:** ${mdInline(p.updatedAt)}`);
  if (p.submittedOnDailyAt) {
    const by = p.submittedBy ? ` (submitted by ${mdInline(p.submittedBy)})` : '';
    facts.push(`**On the daily feed:** ${mdInline(p.submittedOnDailyAt)}${by}`);
  }
  if (p.withdrawnAt) facts.push(`**Withdrawn:** ${mdInline(p.withdrawnAt)}`);
  if (p.categories.length) {
    facts.push(`**Categories:** ${p.categories.map((c) => mdLink(c, site(sitePath('categories', c))) ?? mdInline(c)).join(', ')}`);
  }
  if (p.arxivId) facts.push(`**arXiv:** ${mdInline(p.version ? `${p.arxivId}v${p.version}` : p.arxivId)}`);
  facts.push(`**Upvotes:** ${p.upvotes} · **Comments:** ${p.numComments}`);

  const links = [
    mdLink('arXiv abstract', p.links.arxiv),
    mdLink('PDF', p.links.pdf),
    ...p.links.code.map((u) => mdLink(`Code: ${u}`, u)),
    mdLink('Project page', p.links.project),
    mdLink('On Paperboy', site(`/papers/${encodeURIComponent(p.id)}`)),
  ].filter((l): l is string => l !== null);

  const out = [`# ${mdInline(p.title)}`, '', ...facts.map((f) => `- ${f}`), '', '## Links', '', ...links.map((l) => `- ${l}`)];
  if (p.abstract.trim()) out.push('', '## Abstract', '', mdBlock(p.abstract));
  return `${out.join('\n')}\n`;
}
