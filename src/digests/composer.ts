import { addDays } from '../core/dates.ts';
import type { Paper } from '../core/paper.ts';
import { trendingScore } from '../core/trending.ts';
import type { Store } from '../db/store.ts';
import type { SearchService } from '../search/service.ts';
import type { DigestPeriod } from './periods.ts';
import type { Topic } from './types.ts';
import type { PersonalPicker, PersonalSection } from '../recommendations/digest-section.ts';

/** Papers at the top of every digest. */
export const TRENDING_IN_DIGEST = 10;
/** Matches shown per topic. */
export const MATCHES_PER_TOPIC = 5;

export interface TopicSection {
  topic: Topic;
  papers: Paper[];
}

/** Everything one subscriber's digest says, before it is rendered to HTML and text. */
export interface DigestContent {
  period: DigestPeriod;
  trending: Paper[];
  topics: TopicSection[];
  /** The reader's "For you" section, for readers who turned it on (src/recommendations/). */
  personal?: PersonalSection | null;
}

/** True when a digest has nothing to say (no mail is sent then). */
export const isEmptyDigest = (d: DigestContent) => d.trending.length === 0 && d.topics.every((t) => t.papers.length === 0) && !d.personal?.papers.length;

export interface Composer {
  /** `email`: the subscriber's address, for a personal section when `personal` was given. */
  compose(topics: Topic[], email?: string): Promise<DigestContent>;
}

/**
 * The period's most trending papers: those that entered the daily feed in the period, each scored at
 * the end of its own day. Within a finished period every paper has had its full day, so decaying by
 * age inside the period would rank a Sunday paper above a better Monday one only for being younger.
 */
export async function periodTrending(store: Store, period: DigestPeriod, limit = TRENDING_IN_DIGEST): Promise<Paper[]> {
  const papers = await store.dailyBetween(period.from, period.to);
  return papers
    .filter((p) => !p.withdrawnAt)
    .map((p) => {
      const day = p.submittedOnDailyAt ?? period.to;
      return { p, score: trendingScore({ upvotes: p.upvotes, numComments: p.numComments, dailyDate: day }, new Date(`${addDays(day, 1)}T00:00:00Z`)).score };
    })
    .sort((a, b) => b.score - a.score || b.p.upvotes - a.p.upvotes || a.p.id.localeCompare(b.p.id))
    .slice(0, limit)
    .map((x) => x.p);
}

/**
 * Composes digests for one period. Trending is computed once and each topic's matches once per
 * composer, however many subscribers share them (a run of 10,000 digests asks for each topic once).
 * Topic matches are papers published in the period: a saved search goes through the search service
 * (by words and meaning when an index is loaded), categories and authors through the store's lists.
 */
export function createComposer(store: Store, search: SearchService, period: DigestPeriod, personal?: PersonalPicker): Composer {
  let trending: Promise<Paper[]> | null = null;
  const matches = new Map<string, Promise<Paper[]>>();

  async function match(t: Topic): Promise<Paper[]> {
    const window = { since: period.from, until: period.to };
    if (t.kind === 'search') {
      const r = await search.search({ query: t.value, mode: 'hybrid', sort: 'relevance', limit: MATCHES_PER_TOPIC, offset: 0, ...window });
      return r.items.map((i) => i.paper);
    }
    const filter = t.kind === 'category' ? { category: t.value } : { author: t.value };
    return (await store.listPapers({ ...filter, ...window, order: 'upvotes_desc', limit: MATCHES_PER_TOPIC })).items;
  }

  return {
    async compose(topics, email) {
      trending ??= periodTrending(store, period);
      const sections = await Promise.all(topics.map(async (topic) => {
        const key = `${topic.kind}\u0000${topic.value.toLowerCase()}`;
        let found = matches.get(key);
        if (!found) { found = match(topic); matches.set(key, found); }
        return { topic, papers: await found };
      }));
      const mine = personal && email ? await personal(email, period) : null;
      return { period, trending: await trending, topics: sections, ...(mine?.papers.length ? { personal: mine } : {}) };
    },
  };
}
