/**
 * Runs the judged sets through two functions and scores them. Knows nothing about databases or
 * the search code: `runQuery` and `runSimilar` are parameters (see adapter.ts for the real ones),
 * so the evaluation can be exercised with stubs.
 */
import { performance } from 'node:perf_hooks';
import type { SearchMode } from '../src/search/types.ts';
import { mean, reciprocalRankAt, scoreRun, type JudgedQuery, type RunScores } from './metrics.ts';
import { similarCeiling, similarPrecisionAt, type CorpusIndex, type PaperMeta } from './similar.ts';

/** Ranked arXiv ids for a query, best first, at most k. */
export type RunQuery = (query: string, mode: SearchMode, k: number) => Promise<string[]>;
/** Ranked arXiv ids of the papers similar to one paper; null when the system cannot say. */
export type RunSimilar = (id: string, k: number) => Promise<string[] | null>;

/** How deep each query's ranking is read: recall@50 is the deepest metric. */
export const DEPTH = 50;

export interface Latency {
  meanMs: number;
  p95Ms: number;
}

export interface SetResult {
  scores: RunScores;
  latency: Latency;
  /** Each query's ranking, by query id. */
  rankings: Map<string, string[]>;
}

export interface ModeResult {
  mode: SearchMode;
  knownItem: SetResult;
  topics: SetResult;
  /** nDCG@10 of the topic set by area. */
  topicsByArea: Map<string, number>;
}

function latency(ms: number[]): Latency {
  const sorted = [...ms].sort((a, b) => a - b);
  return { meanMs: mean(ms), p95Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN };
}

/** Every query of a set through one mode. */
export async function runSet(queries: readonly JudgedQuery[], mode: SearchMode, runQuery: RunQuery, depth = DEPTH): Promise<SetResult> {
  const rankings = new Map<string, string[]>();
  const times: number[] = [];
  for (const q of queries) {
    const started = performance.now();
    rankings.set(q.id, await runQuery(q.query, mode, depth));
    times.push(performance.now() - started);
  }
  return { scores: scoreRun(queries, rankings), latency: latency(times), rankings };
}

/** Known-item and topic sets through each mode. */
export async function evaluateModes(
  modes: readonly SearchMode[],
  knownItems: readonly JudgedQuery[],
  topics: ReadonlyArray<JudgedQuery & { area: string }>,
  runQuery: RunQuery,
  log: (m: string) => void = () => {},
): Promise<ModeResult[]> {
  const out: ModeResult[] = [];
  for (const mode of modes) {
    log(`${mode}: ${knownItems.length} known-item queries`);
    const knownItem = await runSet(knownItems, mode, runQuery);
    log(`${mode}: ${topics.length} topic queries`);
    const topicResult = await runSet(topics, mode, runQuery);
    const topicsByArea = new Map<string, number>();
    for (const area of [...new Set(topics.map((t) => t.area))].sort()) {
      const inArea = topics.filter((t) => t.area === area);
      topicsByArea.set(area, scoreRun(inArea, topicResult.rankings).ndcg10);
    }
    out.push({ mode, knownItem, topics: topicResult, topicsByArea });
  }
  return out;
}

/** Known-item queries whose paper is not in the top 10, with where it was (for reading failures). */
export function knownItemMisses(queries: readonly JudgedQuery[], result: SetResult, limit = 5): Array<{ query: JudgedQuery; rank: number | null }> {
  return queries
    .filter((q) => reciprocalRankAt(result.rankings.get(q.id) ?? [], q.relevant, 10) === 0)
    .slice(0, limit)
    .map((q) => {
      const target = Object.keys(q.relevant)[0]!;
      const i = (result.rankings.get(q.id) ?? []).indexOf(target);
      return { query: q, rank: i < 0 ? null : i + 1 };
    });
}

export interface SimilarSummary {
  seeds: number;
  /** Seeds for which the system returned a list. */
  answered: number;
  category: number;
  author: number;
  ceilingCategory: number;
  ceilingAuthor: number;
  latency: Latency;
}

/** Precision@k of similar papers by shared primary category and by shared author, with ceilings. */
export async function evaluateSimilar(
  seeds: readonly PaperMeta[],
  byId: ReadonlyMap<string, PaperMeta>,
  index: CorpusIndex,
  runSimilar: RunSimilar,
  k = 10,
): Promise<SimilarSummary | null> {
  const scores: Array<{ category: number; author: number }> = [];
  const ceilings: Array<{ category: number; author: number }> = [];
  const times: number[] = [];
  for (const seed of seeds) {
    const started = performance.now();
    const ids = await runSimilar(seed.id, k);
    times.push(performance.now() - started);
    if (ids === null) continue;
    const metas = ids.map((id) => byId.get(id) ?? { id, categories: [], authors: [] });
    scores.push(similarPrecisionAt(seed, metas, k));
    ceilings.push(similarCeiling(seed, index, k));
  }
  if (scores.length === 0) return null;
  return {
    seeds: seeds.length,
    answered: scores.length,
    category: mean(scores.map((s) => s.category)),
    author: mean(scores.map((s) => s.author)),
    ceilingCategory: mean(ceilings.map((c) => c.category)),
    ceilingAuthor: mean(ceilings.map((c) => c.author)),
    latency: latency(times),
  };
}
