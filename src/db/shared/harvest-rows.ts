import type { HarvestCounts, HarvestRun, HarvestRunStatus, HarvestState, PaperVersion } from '../../harvest/repo.ts';
import { zeroCounts } from '../../harvest/repo.ts';

/** Harvest rows (migration 6) and their mapping, the same on both stores. */
export interface StateRow {
  scope: string; oai_set: string; watermark: string | null; resume_token: string | null; resume_from: string | null;
  resume_started_day: string | null; pages_done: number; updated_at: string;
}
export interface RunRow { id: number; trigger: string; scope: string; started_at: string; finished_at: string | null; status: HarvestRunStatus; counts: string; error: string | null }
export interface VersionRow {
  arxiv_id: string; version: number | null; version_date: string; title: string; abstract: string;
  title_changed: number; abstract_changed: number; previous_title: string | null; seen_at: string;
}

export const toState = (r: StateRow): HarvestState => ({
  scope: r.scope, oaiSet: r.oai_set, watermark: r.watermark, resumeToken: r.resume_token, resumeFrom: r.resume_from,
  resumeStartedDay: r.resume_started_day, pagesDone: r.pages_done, updatedAt: r.updated_at,
});
export const toVersion = (r: VersionRow): PaperVersion => ({
  arxivId: r.arxiv_id, version: r.version, versionDate: r.version_date, title: r.title, abstract: r.abstract,
  titleChanged: r.title_changed === 1, abstractChanged: r.abstract_changed === 1, previousTitle: r.previous_title, seenAt: r.seen_at,
});

/** A harvest_runs row as the API's run (counts filled with zeros for fields an older run lacks). */
export const toRun = (r: RunRow): HarvestRun => ({
  id: r.id, trigger: r.trigger, scope: r.scope, startedAt: r.started_at, finishedAt: r.finished_at, status: r.status,
  counts: { ...zeroCounts(), ...(JSON.parse(r.counts) as Partial<HarvestCounts>) }, error: r.error,
});
