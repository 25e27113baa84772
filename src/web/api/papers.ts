import type { Context } from 'hono';
import { PaperboyError } from '../../errors.ts';
import type { Paper } from '../../core/paper.ts';
import type { AppDeps } from '../deps.ts';
import { presentPaperDetail } from './presenters.ts';

/** Longer than any arXiv or title id; anything past it cannot name a paper. */
const MAX_ID_LENGTH = 200;

/**
 * The paper an address names: a stable id, a former id, or an arXiv id with or without version
 * (the store resolves all of these). Throws paper_not_found (404) otherwise.
 */
export async function findPaper(deps: AppDeps, id: string): Promise<Paper> {
  const paper = id.length <= MAX_ID_LENGTH ? await deps.store.getPaper(id) : null;
  if (!paper) throw new PaperboyError('paper_not_found', `no paper with id ${JSON.stringify(id.slice(0, 80))}`);
  return paper;
}

/** GET /api/papers/{id} */
export async function paperRoute(c: Context, deps: AppDeps): Promise<Response> {
  const paper = await findPaper(deps, c.req.param('id') ?? '');
  return c.json(presentPaperDetail(paper));
}

/** GET /api/health: one cheap count, so a monitor can tell the database answers. */
export async function healthRoute(c: Context, deps: AppDeps): Promise<Response> {
  return c.json({ status: 'ok' as const, papers: await deps.store.countPapers(), database: deps.store.dialect });
}
