import type { Paper } from '../core/paper.ts';
import { presentPaperJson } from '../core/paper.ts';

/** One JSON Lines row per paper, with exactly the model's field names. */
export function printJsonLines(papers: Paper[]): void {
  const out = papers.map((p) => JSON.stringify(presentPaperJson(p))).join('\n');
  if (out) process.stdout.write(out + '\n');
}

function authorLine(p: Paper): string {
  const shown = p.authors.slice(0, 3).join(', ');
  const more = (p.authorCount ?? p.authors.length) - Math.min(p.authors.length, 3);
  if (!shown) return p.authorCount ? `${p.authorCount} authors` : 'authors unknown';
  return more > 0 ? `${shown} +${more}` : shown;
}

/** A one-line summary per paper for terminals. */
export function printPaperLines(papers: Paper[]): void {
  for (const p of papers) {
    const date = p.publishedAt ?? '    ?     ';
    process.stdout.write(`${p.id.padEnd(16)} ${date}  ${p.title}\n${' '.repeat(29)}${authorLine(p)}\n`);
  }
}

export function printPaperDetail(p: Paper): void {
  const lines = [
    p.title,
    `id: ${p.id}${p.arxivId ? `   arXiv: ${p.arxivId}${p.version ? `v${p.version}` : ''}` : ''}`,
    `authors: ${p.authors.length ? p.authors.join(', ') : p.authorCount ? `${p.authorCount} authors` : 'unknown'}`,
    p.organization ? `organization: ${p.organization}` : null,
    `categories: ${p.categories.join(' ') || 'none'}`,
    `published: ${p.publishedAt ?? 'unknown'}   updated: ${p.updatedAt ?? 'unknown'}   daily: ${p.submittedOnDailyAt ?? 'unknown'}`,
    `upvotes: ${p.upvotes}   comments: ${p.numComments}`,
    p.links.arxiv ? `arXiv: ${p.links.arxiv}` : null,
    p.links.pdf ? `PDF: ${p.links.pdf}` : null,
    ...p.links.code.map((c) => `code: ${c}`),
    p.links.project ? `project: ${p.links.project}` : null,
    '',
    p.abstract,
  ];
  process.stdout.write(lines.filter((l) => l !== null).join('\n') + '\n');
}
