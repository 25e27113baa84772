/**
 * Ranking metrics: pure functions of a ranked id list and graded judgments, numbers in and numbers
 * out. Conventions shared by all of them:
 *
 * - `ranked` is best first. An id that appears twice counts once, at its first position, so a
 *   system cannot earn credit by repeating a hit.
 * - `judgments` maps an id to a grade; a grade of at least `minGrade` (default 1) is relevant for
 *   the binary metrics. Unjudged ids are not relevant.
 * - A cutoff k below 1 is an error: it is always a typo in the caller.
 */

/** id → grade (0 = not relevant, 1 = related, 2 = exactly on topic). */
export type Judgments = Readonly<Record<string, number>>;

function checkK(k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`cutoff k must be a positive integer, got ${k}`);
}

/** The first k distinct ids of a ranking. */
export function topK(ranked: readonly string[], k: number): string[] {
  checkK(k);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of ranked) {
    if (out.length === k) break;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
  }
  return out;
}

const grade = (j: Judgments, id: string): number => j[id] ?? 0;

/** How many judged ids are relevant at `minGrade`. */
export function relevantCount(judgments: Judgments, minGrade = 1): number {
  return Object.values(judgments).filter((g) => g >= minGrade).length;
}

/** 1 / rank of the first relevant id within the top k, or 0 when none is there. MRR@k is its mean. */
export function reciprocalRankAt(ranked: readonly string[], judgments: Judgments, k: number, minGrade = 1): number {
  const top = topK(ranked, k);
  const i = top.findIndex((id) => grade(judgments, id) >= minGrade);
  return i < 0 ? 0 : 1 / (i + 1);
}

/** Relevant ids in the top k over all relevant ids (0 when nothing is relevant, by convention). */
export function recallAt(ranked: readonly string[], judgments: Judgments, k: number, minGrade = 1): number {
  const total = relevantCount(judgments, minGrade);
  if (total === 0) return 0;
  return topK(ranked, k).filter((id) => grade(judgments, id) >= minGrade).length / total;
}

/** Relevant ids in the top k over k: a short list is not rewarded for stopping early. */
export function precisionAt(ranked: readonly string[], judgments: Judgments, k: number, minGrade = 1): number {
  return topK(ranked, k).filter((id) => grade(judgments, id) >= minGrade).length / k;
}

/**
 * Discounted cumulative gain with exponential gain: (2^grade - 1) / log2(rank + 1), so a grade-2
 * hit is worth three grade-1 hits and rank 1 is undiscounted (Järvelin and Kekäläinen; the
 * exponential form is the one most IR toolkits report).
 */
export function dcgAt(ranked: readonly string[], judgments: Judgments, k: number): number {
  return topK(ranked, k).reduce((sum, id, i) => sum + gain(grade(judgments, id)) / Math.log2(i + 2), 0);
}

function gain(g: number): number {
  return g > 0 ? 2 ** g - 1 : 0;
}

/** The DCG of the best possible ranking: every judged id, highest grade first. */
export function idealDcgAt(judgments: Judgments, k: number): number {
  checkK(k);
  const grades = Object.values(judgments).filter((g) => g > 0).sort((a, b) => b - a).slice(0, k);
  return grades.reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
}

/** DCG normalized by the ideal DCG, 0 to 1 (0 when nothing is relevant). */
export function ndcgAt(ranked: readonly string[], judgments: Judgments, k: number): number {
  const ideal = idealDcgAt(judgments, k);
  return ideal === 0 ? 0 : dcgAt(ranked, judgments, k) / ideal;
}

/** Arithmetic mean; NaN for an empty list so a missing measurement never reads as a zero score. */
export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** One query of a judged set. */
export interface JudgedQuery {
  id: string;
  query: string;
  relevant: Judgments;
}

/** Mean metrics of one run over a judged set. */
export interface RunScores {
  queries: number;
  mrr10: number;
  recall10: number;
  recall50: number;
  precision10: number;
  ndcg10: number;
}

/** Scores a run: `results` holds each query's ranking under the query's id (a missing entry ranks nothing). */
export function scoreRun(queries: readonly JudgedQuery[], results: ReadonlyMap<string, readonly string[]>): RunScores {
  const per = queries.map((q) => {
    const r = results.get(q.id) ?? [];
    return {
      mrr10: reciprocalRankAt(r, q.relevant, 10),
      recall10: recallAt(r, q.relevant, 10),
      recall50: recallAt(r, q.relevant, 50),
      precision10: precisionAt(r, q.relevant, 10),
      ndcg10: ndcgAt(r, q.relevant, 10),
    };
  });
  const avg = (key: keyof (typeof per)[number]) => mean(per.map((p) => p[key]));
  return {
    queries: queries.length,
    mrr10: avg('mrr10'),
    recall10: avg('recall10'),
    recall50: avg('recall50'),
    precision10: avg('precision10'),
    ndcg10: avg('ndcg10'),
  };
}
