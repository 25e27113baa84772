import type { FieldSource, PaperInput } from '../../core/paper.ts';
import type { HarvestCounts, HarvestRepo, PaperVersion } from '../../harvest/repo.ts';
import { zeroCounts } from '../../harvest/repo.ts';
import type { UpsertOutcome } from '../store.ts';
import type { Db } from './open.ts';

type UpsertBatch = (batch: PaperInput[], stamp: FieldSource) => UpsertOutcome[];
import { toRun, toState, toVersion, type RunRow, type StateRow, type VersionRow } from '../shared/harvest-rows.ts';

/** The SQLite harvest repository; `upsert` is the papers writer, so a page and its state commit together. */
export function createHarvestRepo(db: Db, upsert: UpsertBatch): HarvestRepo {
  const getState = db.prepare('SELECT * FROM harvest_state WHERE scope = ? AND oai_set = ?');
  const allStates = db.prepare('SELECT * FROM harvest_state ORDER BY scope, oai_set');
  const saveResume = db.prepare(`INSERT INTO harvest_state (scope, oai_set, resume_token, resume_from, resume_started_day, pages_done, updated_at)
    VALUES (@scope, @oaiSet, @resumeToken, @resumeFrom, @resumeStartedDay, @pagesDone, @now)
    ON CONFLICT(scope, oai_set) DO UPDATE SET resume_token = excluded.resume_token, resume_from = excluded.resume_from,
      resume_started_day = excluded.resume_started_day, pages_done = excluded.pages_done, updated_at = excluded.updated_at`);
  const complete = db.prepare(`INSERT INTO harvest_state (scope, oai_set, watermark, pages_done, updated_at) VALUES (?, ?, ?, 0, ?)
    ON CONFLICT(scope, oai_set) DO UPDATE SET watermark = excluded.watermark, resume_token = NULL, resume_from = NULL,
      resume_started_day = NULL, pages_done = 0, updated_at = excluded.updated_at`);
  const clear = db.prepare(`UPDATE harvest_state SET resume_token = NULL, resume_from = NULL, resume_started_day = NULL,
    pages_done = 0, updated_at = ? WHERE scope = ? AND oai_set = ?`);
  const addVersion = db.prepare(`INSERT INTO paper_versions (arxiv_id, version, version_date, title, abstract, title_changed,
    abstract_changed, previous_title, seen_at) VALUES (@arxivId, @version, @versionDate, @title, @abstract, @titleChanged,
    @abstractChanged, @previousTitle, @seenAt) ON CONFLICT (arxiv_id, version_date) DO NOTHING`);
  const versions = db.prepare('SELECT * FROM paper_versions WHERE arxiv_id = ? ORDER BY version_date, seen_at');
  const addDeleted = db.prepare(`INSERT INTO harvest_deleted (arxiv_id, datestamp, seen_at) VALUES (?, ?, ?)
    ON CONFLICT (arxiv_id) DO UPDATE SET datestamp = excluded.datestamp`);
  // A deleted record is gone from arXiv: the paper stays (links and votes keep working) but is marked.
  const markGone = db.prepare('UPDATE papers SET withdrawn_at = ?, modified_at = ? WHERE arxiv_id = ? AND withdrawn_at IS NULL');
  const deletedAt = db.prepare('SELECT datestamp FROM harvest_deleted WHERE arxiv_id = ?').pluck();
  // Runs happen under the harvest lease, so a run still 'running' when another starts died with its process.
  const abandon = db.prepare(`UPDATE harvest_runs SET status = 'failed', finished_at = ?,
    error = 'interrupted: the process stopped before the run ended; the next run resumes from the saved page' WHERE status = 'running'`);
  const startRun = db.prepare(`INSERT INTO harvest_runs (trigger, scope, started_at, status, counts) VALUES (?, ?, ?, 'running', ?)`);
  const finishRun = db.prepare('UPDATE harvest_runs SET finished_at = ?, status = ?, counts = ?, error = ? WHERE id = ?');
  const recent = db.prepare('SELECT * FROM harvest_runs ORDER BY id DESC LIMIT ?');

  const writeVersions = (rows: Array<Omit<PaperVersion, 'seenAt'>>, seenAt: string) => {
    for (const v of rows) {
      addVersion.run({ ...v, titleChanged: v.titleChanged ? 1 : 0, abstractChanged: v.abstractChanged ? 1 : 0, seenAt });
    }
  };

  const apply = db.transaction((page: Parameters<HarvestRepo['applyPage']>[0], now: string): UpsertOutcome[] => {
    const outcomes = page.papers.length ? upsert(page.papers, { source: page.source, importId: page.importId, at: now }) : [];
    writeVersions(page.versions, now);
    for (const d of page.deletions) {
      addDeleted.run(d.arxivId, d.datestamp, now);
      markGone.run(d.datestamp, now, d.arxivId);
    }
    saveResume.run({ ...page.state, now });
    return outcomes;
  });

  return {
    async state(scope, oaiSet) {
      const row = getState.get(scope, oaiSet) as StateRow | undefined;
      return row ? toState(row) : null;
    },
    async allStates() { return (allStates.all() as StateRow[]).map(toState); },
    async applyPage(page, now) { return apply(page, now.toISOString()); },
    async completeSet(scope, oaiSet, watermark, now) { complete.run(scope, oaiSet, watermark, now.toISOString()); },
    async clearResume(scope, oaiSet, now) { clear.run(now.toISOString(), scope, oaiSet); },
    async addVersions(rows, now) { db.transaction(() => writeVersions(rows, now.toISOString()))(); },
    async versions(arxivId) { return (versions.all(arxivId) as VersionRow[]).map(toVersion); },
    async deletedAt(arxivId) { return (deletedAt.get(arxivId) as string | undefined) ?? null; },
    async startRun(trigger, scope, now) {
      abandon.run(now.toISOString());
      return Number(startRun.run(trigger, scope, now.toISOString(), JSON.stringify(zeroCounts())).lastInsertRowid);
    },
    async finishRun(id, status, counts: HarvestCounts, error, now) {
      finishRun.run(now.toISOString(), status, JSON.stringify(counts), error, id);
    },
    async recentRuns(limit) {
      return (recent.all(limit) as RunRow[]).map(toRun);
    },
  };
}
