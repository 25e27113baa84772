import type { FieldSource, PaperInput } from '../../core/paper.ts';
import type { HarvestCounts, HarvestRepo, PaperVersion } from '../../harvest/repo.ts';
import { zeroCounts } from '../../harvest/repo.ts';
import type { UpsertOutcome } from '../store.ts';
import { inTransaction, LOCKS, type Client, type Pool, type Queryable } from './open.ts';

/** The papers writer's upsert inside a transaction the caller holds (papers-write.ts). */
type UpsertWithin = (c: Client, batch: PaperInput[], stamp: FieldSource) => Promise<UpsertOutcome[]>;
import { toRun, toState, toVersion, type RunRow, type StateRow, type VersionRow } from '../shared/harvest-rows.ts';

const STATE_COLUMNS = 'scope, oai_set, watermark, resume_token, resume_from, resume_started_day, pages_done, updated_at';

/** Versions in one statement; one already known (same paper and day) is left as it was. */
async function writeVersions(db: Queryable, rows: Array<Omit<PaperVersion, 'seenAt'>>, seenAt: string): Promise<void> {
  if (!rows.length) return;
  const col = <K extends keyof Omit<PaperVersion, 'seenAt'>>(k: K) => rows.map((v) => v[k]);
  await db.query(`INSERT INTO paper_versions (arxiv_id, version, version_date, title, abstract, title_changed, abstract_changed,
      previous_title, seen_at)
    SELECT a, v, d, t, ab, tc, ac, pt, $9 FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[])
      WITH ORDINALITY AS x(a, v, d, t, ab, tc, ac, pt, n)
    ORDER BY n
    ON CONFLICT (arxiv_id, version_date) DO NOTHING`,
  [col('arxivId'), col('version'), col('versionDate'), col('title'), col('abstract'),
    rows.map((v) => (v.titleChanged ? 1 : 0)), rows.map((v) => (v.abstractChanged ? 1 : 0)), col('previousTitle'), seenAt]);
}

/**
 * The PostgreSQL harvest repository. A page is one transaction holding the papers writers' lock: its
 * papers, versions, deletions and resumption token commit together or not at all, as on SQLite, so a
 * server killed mid-page leaves the token of the last whole page for whoever harvests next.
 */
export function createHarvestRepo(pool: Pool, upsertWithin: UpsertWithin): HarvestRepo {
  return {
    async state(scope, oaiSet) {
      const { rows } = await pool.query<StateRow>(`SELECT ${STATE_COLUMNS} FROM harvest_state WHERE scope = $1 AND oai_set = $2`, [scope, oaiSet]);
      return rows[0] ? toState(rows[0]) : null;
    },
    async allStates() {
      return (await pool.query<StateRow>(`SELECT ${STATE_COLUMNS} FROM harvest_state ORDER BY scope, oai_set`)).rows.map(toState);
    },
    async applyPage(page, nowDate) {
      const now = nowDate.toISOString();
      return inTransaction(pool, async (c) => {
        const outcomes = page.papers.length ? await upsertWithin(c, page.papers, { source: page.source, importId: page.importId, at: now }) : [];
        await writeVersions(c, page.versions, now);
        for (const d of page.deletions) {
          await c.query(`INSERT INTO harvest_deleted (arxiv_id, datestamp, seen_at) VALUES ($1, $2, $3)
            ON CONFLICT (arxiv_id) DO UPDATE SET datestamp = excluded.datestamp`, [d.arxivId, d.datestamp, now]);
          // A deleted record is gone from arXiv: the paper stays (links and votes keep working) but is marked.
          await c.query('UPDATE papers SET withdrawn_at = $1, modified_at = $2 WHERE arxiv_id = $3 AND withdrawn_at IS NULL', [d.datestamp, now, d.arxivId]);
        }
        const s = page.state;
        await c.query(`INSERT INTO harvest_state (scope, oai_set, resume_token, resume_from, resume_started_day, pages_done, updated_at)
          VALUES ($1, $2, $3, $4, $5, $6, $7)
          ON CONFLICT (scope, oai_set) DO UPDATE SET resume_token = excluded.resume_token, resume_from = excluded.resume_from,
            resume_started_day = excluded.resume_started_day, pages_done = excluded.pages_done, updated_at = excluded.updated_at`,
        [s.scope, s.oaiSet, s.resumeToken, s.resumeFrom, s.resumeStartedDay, s.pagesDone, now]);
        return outcomes;
      }, LOCKS.paperWrites);
    },
    async completeSet(scope, oaiSet, watermark, now) {
      await pool.query(`INSERT INTO harvest_state (scope, oai_set, watermark, pages_done, updated_at) VALUES ($1, $2, $3, 0, $4)
        ON CONFLICT (scope, oai_set) DO UPDATE SET watermark = excluded.watermark, resume_token = NULL, resume_from = NULL,
          resume_started_day = NULL, pages_done = 0, updated_at = excluded.updated_at`, [scope, oaiSet, watermark, now.toISOString()]);
    },
    async clearResume(scope, oaiSet, now) {
      await pool.query(`UPDATE harvest_state SET resume_token = NULL, resume_from = NULL, resume_started_day = NULL,
        pages_done = 0, updated_at = $1 WHERE scope = $2 AND oai_set = $3`, [now.toISOString(), scope, oaiSet]);
    },
    async addVersions(rows, now) { await writeVersions(pool, rows, now.toISOString()); },
    async versions(arxivId) {
      const { rows } = await pool.query<VersionRow>(`SELECT arxiv_id, version, version_date, title, abstract, title_changed, abstract_changed,
        previous_title, seen_at FROM paper_versions WHERE arxiv_id = $1 ORDER BY version_date, seen_at`, [arxivId]);
      return rows.map(toVersion);
    },
    async deletedAt(arxivId) {
      const { rows } = await pool.query<{ datestamp: string }>('SELECT datestamp FROM harvest_deleted WHERE arxiv_id = $1', [arxivId]);
      return rows[0]?.datestamp ?? null;
    },
    async startRun(trigger, scope, nowDate) {
      const now = nowDate.toISOString();
      return inTransaction(pool, async (c) => {
        // Runs happen under the harvest lease, so a run still 'running' when another starts died with its process.
        await c.query(`UPDATE harvest_runs SET status = 'failed', finished_at = $1,
          error = 'interrupted: the process stopped before the run ended; the next run resumes from the saved page' WHERE status = 'running'`, [now]);
        const { rows } = await c.query<{ id: number }>(`INSERT INTO harvest_runs (trigger, scope, started_at, status, counts)
          VALUES ($1, $2, $3, 'running', $4) RETURNING id`, [trigger, scope, now, JSON.stringify(zeroCounts())]);
        return rows[0]!.id;
      });
    },
    async finishRun(id, status, counts: HarvestCounts, error, now) {
      await pool.query('UPDATE harvest_runs SET finished_at = $1, status = $2, counts = $3, error = $4 WHERE id = $5',
        [now.toISOString(), status, JSON.stringify(counts), error, id]);
    },
    async recentRuns(limit) {
      const { rows } = await pool.query<RunRow>(`SELECT id, trigger, scope, started_at, finished_at, status, counts, error
        FROM harvest_runs ORDER BY id DESC LIMIT $1`, [limit]);
      return rows.map(toRun);
    },
  };
}
