import { presentHfPaper } from '../api/presenters.ts';
import type { Feed, FeedItem, FeedStatus } from '../../recommendations/service.ts';

/** What each status means, for people (pages) and programs (the API's `message`). */
export const STATUS_TEXT: Record<FeedStatus, string> = {
  ready: 'Ranked for you from your upvotes, collections, read later, notes and what you skipped.',
  updating: 'Your latest signals are being learned; this is the ranking from just before.',
  training: 'Learning from your picks: these are their newest papers meanwhile. Reload in a moment.',
  cold: 'Nothing to learn from yet: upvote or save papers, or pick a few topics to start. These are the newest papers.',
  unavailable: 'Recommendations need the search index (run `paperboy index`). These are the newest papers.',
};

/** One recommendation for the API: the paper as elsewhere, its score and why. */
export function presentItem(i: FeedItem) {
  return { paper: presentHfPaper(i.paper), score: i.score, reason: { terms: i.reason.terms, authors: i.reason.authors ?? [], near: i.reason.near, ...(i.reason.because ? { because: i.reason.because } : {}) } };
}

/** The API's answer for a feed page. */
export function presentFeed(f: Feed, o: { limit: number; offset: number }) {
  return { status: f.status, message: STATUS_TEXT[f.status], trainedAt: f.trainedAt, total: f.total, limit: o.limit, offset: o.offset, items: f.items.map(presentItem) };
}

/** "Because of: quantization, kernels · close to “Your paper”" as plain parts, for cards and feeds. */
export function whyText(i: FeedItem): string {
  const parts: string[] = [];
  if (i.reason.because) parts.push(i.reason.because);
  if (i.reason.terms.length) parts.push(`words you favour: ${i.reason.terms.join(', ')}`);
  if (i.reason.authors?.length) parts.push(`by ${i.reason.authors.join(', ')}, whose papers you liked`);
  if (i.reason.near.length) parts.push(`close to your “${i.reason.near.map((n) => n.title).join('”, “')}”`);
  return parts.join(' · ');
}
