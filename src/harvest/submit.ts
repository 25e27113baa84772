import { parseArxivId } from '../core/arxiv-id.ts';
import { extractImported, extractOnImport } from '../results/service.ts';
import type { Paper } from '../core/paper.ts';
import type { Store } from '../db/store.ts';
import { invalidArgument, PaperboyError } from '../errors.ts';
import { fetchArxivPaper } from './arxiv-api.ts';
import type { Clock } from './clock.ts';
import type { PoliteResponse } from './polite-fetch.ts';
import { isWithdrawn } from './record-rules.ts';
import { decideVersion } from './versions.ts';

export interface SubmitDeps {
  store: Store;
  /** A polite fetcher (one per process or route, so submissions stay 3 s apart). */
  get: (url: string) => Promise<PoliteResponse>;
  apiUrl: string;
  clock: Clock;
}

export interface SubmitResult {
  paper: Paper;
  /** False when the paper was already in Paperboy (it is answered as it is). */
  created: boolean;
}

const EXAMPLES = 'e.g. 2401.12345, 2401.12345v2, hep-th/9901001 or https://arxiv.org/abs/2401.12345';

/**
 * Brings a paper in by its arXiv id or URL (abs, pdf, versioned, old-style): the stored paper when
 * Paperboy has it, else its metadata from the arXiv API, put on today's daily feed (UTC day) with
 * `submittedBy`. Errors: invalid_argument (not an id, no submitter), paper_not_found (arXiv has no
 * such paper), arxiv_unreachable / arxiv_bad_response (arXiv down or answering nonsense).
 */
export async function submitPaper(deps: SubmitDeps, idOrUrl: string, submitter: string): Promise<SubmitResult> {
  const raw = String(idOrUrl ?? '').trim();
  if (!raw) throw invalidArgument('id', `id: give an arXiv id or URL (${EXAMPLES})`);
  const parsed = parseArxivId(raw);
  if (!parsed) throw invalidArgument('id', `id: "${raw.slice(0, 100)}" is not an arXiv id or arXiv URL (${EXAMPLES})`);
  const by = String(submitter ?? '').trim();
  if (!by || by.length > 100) throw invalidArgument('submitter', 'submitter: expected a user name of 1-100 characters');

  const existing = await deps.store.getPaper(parsed.id);
  if (existing) return { paper: existing, created: false };

  let rec;
  try {
    rec = await fetchArxivPaper(deps.get, deps.apiUrl, parsed.id);
  } catch (err) {
    if (err instanceof PaperboyError && err.code === 'arxiv_unreachable') {
      throw new PaperboyError('arxiv_unreachable', `arXiv could not be reached to look up ${parsed.id}; please try again later (${err.message})`);
    }
    throw err;
  }
  if (!rec || !rec.arxivId) throw new PaperboyError('paper_not_found', `arXiv has no paper with the id ${parsed.id}.`);

  const now = deps.clock.now();
  const decided = decideVersion({ ...rec, arxivId: rec.arxivId }, null, null);
  const input = { ...decided.input, submittedOnDailyAt: now.toISOString().slice(0, 10), submittedBy: by };
  if (isWithdrawn('', rec.abstract)) input.withdrawnAt = rec.updatedAt ?? input.submittedOnDailyAt;
  const importId = await deps.store.startImport('arxiv-api', `submitted by ${by}`);
  const [outcome] = await deps.store.upsertPapers([input], importId, 'arxiv-api');
  await deps.store.finishImport(importId, { read: 1, inserted: outcome === 'inserted' ? 1 : 0, updated: outcome === 'inserted' ? 0 : 1, merged: 0, unchanged: 0, rejected: 0 });
  await deps.store.harvest.addVersions(decided.versions, now);
  if (extractOnImport()) await extractImported(deps.store, [input], [outcome!]);
  const paper = await deps.store.getPaper(parsed.id);
  if (!paper) throw new PaperboyError('internal', `paper ${parsed.id} was stored but cannot be read back`);
  return { paper, created: true };
}
