import type { Context } from 'hono';
import { z } from 'zod';
import { SIMILAR_SORTS, type SimilarItem, type SimilarSort } from '../../search/similar.ts';
import type { AppDeps } from '../deps.ts';
import { enumParam, intParam, parseParams } from './params.ts';
import { findPaper } from './papers.ts';
import { presentHfPaper, type HfPaperJson } from './presenters.ts';

/** Ten similar papers by default; the service ranks at most 30 before sorting, so 50 is plenty. */
export const SIMILAR_LIMIT = { default: 10, max: 50 } as const;

export const SimilarParams = z.object({
  limit: intParam(1, SIMILAR_LIMIT.max).optional(),
  sort: enumParam<SimilarSort>(SIMILAR_SORTS).optional(),
});

export interface SimilarItemJson extends HfPaperJson {
  score: number;
  reason: { terms: string[]; categories: string[] };
}

export interface SimilarJson {
  paper: string;
  available: boolean;
  items: SimilarItemJson[];
}

/** One similar paper: the paper object, its cosine similarity, and why (shared words and categories). */
export function presentSimilarItem(item: SimilarItem): SimilarItemJson {
  return {
    ...presentHfPaper(item.paper),
    score: item.score,
    reason: { terms: [...item.reason.terms], categories: [...item.reason.categories] },
  };
}

/**
 * GET /api/papers/{id}/similar: the papers closest in meaning. `available` is false (and `items`
 * empty) until a search index is built, so a client can tell "nothing similar" from "not yet".
 */
export async function similarRoute(c: Context, deps: AppDeps): Promise<Response> {
  const q = parseParams(SimilarParams, c.req.query());
  // findPaper first: its 404 is the API's one wording for an unknown id, and it caps the id's length.
  const paper = await findPaper(deps, c.req.param('id') ?? '');
  const result = await deps.search.similar(paper.id, { limit: q.limit ?? SIMILAR_LIMIT.default, sort: q.sort ?? 'similarity' });
  const body: SimilarJson = { paper: result.paper.id, available: result.available, items: result.items.map(presentSimilarItem) };
  return c.json(body);
}
