import type { PaperInput } from '../../src/core/paper.ts';
import type { User } from '../../src/accounts/types.ts';
import type { AppDeps } from '../../src/web/deps.ts';
import { recommendationsFor } from '../../src/web/recommendations/context.ts';

/**
 * Three topics whose papers share words within a topic and hardly across: low-bit quantization
 * kernels (cs.AR), protein folding (q-bio.BM), speech recognition (cs.CL). Eight papers each, on
 * distinct days, so the newest-first fallback and the model's ranking are told apart.
 */
const TOPICS = [
  { key: 'quant', cat: 'cs.AR', words: ['quantization', 'kernels', 'int4', 'GPU', 'inference', 'low-bit', 'dequantization', 'matrix'] },
  { key: 'protein', cat: 'q-bio.BM', words: ['protein', 'folding', 'residue', 'backbone', 'structure', 'amino', 'contact', 'energy'] },
  { key: 'speech', cat: 'cs.CL', words: ['speech', 'acoustic', 'phoneme', 'recognition', 'audio', 'transcription', 'streaming', 'decoding'] },
] as const;

export type TopicKey = (typeof TOPICS)[number]['key'];

/** arXiv id of paper i (0-7) of a topic. */
export const recId = (topic: TopicKey, i: number) => `2503.${TOPICS.findIndex((t) => t.key === topic) + 1}${String(i).padStart(4, '0')}`;

export function recCorpus(): PaperInput[] {
  return TOPICS.flatMap((t, ti) => Array.from({ length: 8 }, (_, i) => {
    const w = (k: number) => t.words[(i + k) % t.words.length];
    const day = String(1 + ((i * 3 + ti) % 24)).padStart(2, '0');
    return {
      arxivId: recId(t.key, i),
      title: `${w(0)} ${w(1)} and ${w(2)} study ${i}`.replace(/^./, (c) => c.toUpperCase()),
      abstract: `We study ${w(0)} with ${w(1)}, ${w(2)} and ${w(3)}. Our ${w(4)} method improves ${w(5)} and ${w(0)} over ${w(6)} baselines on ${w(7)} tasks.`,
      authors: [`${t.key} Author ${i % 3}`, 'Shared Person'],
      categories: [t.cat],
      publishedAt: `2025-03-${day}`,
      submittedOnDailyAt: `2025-03-${day}`,
      upvotes: (i * 7 + ti * 5) % 30,
    } satisfies PaperInput;
  }));
}

/** The topic of a paper id of recCorpus. */
export const topicOf = (id: string): TopicKey => TOPICS[Number(id.slice(5, 6)) - 1]!.key;

/** Trains whatever is queued and returns the reader's feed (the first `n` topics). */
export async function trainedFeed(deps: AppDeps, user: User, o: { collectionId?: number; n?: number } = {}) {
  const s = recommendationsFor(deps);
  await s.feed(user, { collectionId: o.collectionId ?? null, limit: 1, offset: 0 });
  await s.trainer.idle();
  const feed = await s.feed(user, { collectionId: o.collectionId ?? null, limit: o.n ?? 30, offset: 0 });
  return { ...feed, topics: feed.items.map((i) => topicOf(i.paper.id)), ids: feed.items.map((i) => i.paper.id) };
}
