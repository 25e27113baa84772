import type { ResultsQuery, ResultsRepo, StoredClaim, TrendFilter } from '../../results/repo.ts';
import type { Artifact, Claim } from '../../results/types.ts';
import { statementCache, type Db } from './open.ts';
import { CLAIM_COLUMNS, claimFromRow, ENTITY_COLUMN, likePattern, RESULT_ORDER } from '../shared/results-rows.ts';

/** Result claims in SQLite: one transaction per batch of papers, prepared statements throughout. */
export function createResultsRepo(db: Db): ResultsRepo {
  const stmt = statementCache(db);
  const insertClaim = db.prepare(`INSERT INTO paper_results (paper_rowid, ord, metric, value, min_value, max_value, unit, direction,
    qualifier, baseline, hardware, benchmark, source, span, span_start, span_end, value_start, value_end)
    VALUES (@paperRowid, @ord, @metric, @value, @min, @max, @unit, @direction, @qualifier, @baseline, @hardware, @benchmark, @source,
    @span, @spanStart, @spanEnd, @valueStart, @valueEnd)`);
  const insertArtifact = db.prepare(`INSERT INTO paper_artifacts (paper_rowid, ord, kind, name, url, relation, span)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const replace = db.transaction((rows: Array<{ paperRowid: number; claims: Claim[]; artifacts: Artifact[] }>, version: number, at: string) => {
    const delClaims = db.prepare('DELETE FROM paper_results WHERE paper_rowid = ?');
    const delArtifacts = db.prepare('DELETE FROM paper_artifacts WHERE paper_rowid = ?');
    const mark = db.prepare(`INSERT INTO paper_results_state (paper_rowid, version, extracted_at) VALUES (?, ?, ?)
      ON CONFLICT (paper_rowid) DO UPDATE SET version = excluded.version, extracted_at = excluded.extracted_at`);
    for (const r of rows) {
      delClaims.run(r.paperRowid);
      delArtifacts.run(r.paperRowid);
      r.claims.forEach((c, ord) => insertClaim.run({ ...c, paperRowid: r.paperRowid, ord }));
      r.artifacts.forEach((a, ord) => insertArtifact.run(r.paperRowid, ord, a.kind, a.name, a.url, a.relation, a.span));
      mark.run(r.paperRowid, version, at);
    }
  });

  /** WHERE clauses of the explorer's filters, with their parameters. */
  function filters(q: Partial<ResultsQuery>): { where: string; params: unknown[] } {
    const w: string[] = [];
    const params: unknown[] = [];
    if (q.metric) { w.push('r.metric = ?'); params.push(q.metric); }
    if (q.unit) { w.push('r.unit = ?'); params.push(q.unit); }
    if (q.hardware) { w.push('lower(r.hardware) = lower(?)'); params.push(q.hardware); }
    if (q.benchmark) { w.push('lower(r.benchmark) = lower(?)'); params.push(q.benchmark); }
    if (q.baseline) { w.push("lower(r.baseline) LIKE ? ESCAPE '\\'"); params.push(likePattern(q.baseline)); }
    if (q.since) { w.push('p.published_at >= ?'); params.push(q.since); }
    if (q.until) { w.push('p.published_at <= ?'); params.push(`${q.until}~`); }
    if (q.category) { w.push('EXISTS (SELECT 1 FROM paper_categories c WHERE c.paper_rowid = r.paper_rowid AND c.category = ?)'); params.push(q.category); }
    return { where: w.length ? `WHERE ${w.join(' AND ')}` : '', params };
  }

  function trendWhere(f: TrendFilter, since: string): { join: string; where: string; params: unknown[] } {
    const w = ['p.published_at >= ?'];
    const params: unknown[] = [since];
    if (f.category) { w.push('EXISTS (SELECT 1 FROM paper_categories c WHERE c.paper_rowid = p.rowid AND c.category = ?)'); params.push(f.category); }
    if (f.rowids) { w.push(`p.rowid IN (SELECT value FROM json_each(?))`); params.push(JSON.stringify(f.rowids)); }
    if (f.entity) {
      const col = ENTITY_COLUMN[f.entity.kind];
      w.push(`EXISTS (SELECT 1 FROM paper_results r WHERE r.paper_rowid = p.rowid AND lower(r.${col}) = lower(?))`);
      params.push(f.entity.name);
    }
    return { join: '', where: `WHERE ${w.join(' AND ')}`, params };
  }

  return {
    async replaceForPapers(rows, version, at) {
      if (rows.length) replace(rows, version, at);
    },
    async forPaper(rowid) {
      const claims = stmt(`SELECT ${CLAIM_COLUMNS} FROM paper_results r JOIN papers p ON p.rowid = r.paper_rowid
        WHERE r.paper_rowid = ? ORDER BY r.ord`).all(rowid) as Record<string, unknown>[];
      const artifacts = stmt(`SELECT kind, name, url, relation, span FROM paper_artifacts WHERE paper_rowid = ? ORDER BY ord`).all(rowid) as Artifact[];
      return { claims: claims.map(claimFromRow), artifacts };
    },
    async query(q) {
      const f = filters(q);
      const from = `FROM paper_results r JOIN papers p ON p.rowid = r.paper_rowid ${f.where}`;
      const total = (stmt(`SELECT count(*) AS n ${from}`).get(...f.params) as { n: number }).n;
      const rows = stmt(`SELECT ${CLAIM_COLUMNS} ${from} ORDER BY ${RESULT_ORDER[q.sort ?? 'date_desc']} LIMIT ? OFFSET ?`)
        .all(...f.params, q.limit, q.offset) as Record<string, unknown>[];
      return { items: rows.map(claimFromRow), total };
    },
    async entities(kind, limit) {
      const col = ENTITY_COLUMN[kind];
      return stmt(`SELECT ${col} AS name, count(*) AS claims, count(DISTINCT paper_rowid) AS papers FROM paper_results
        WHERE ${col} IS NOT NULL GROUP BY ${col} ORDER BY claims DESC, name LIMIT ?`).all(limit) as Array<{ name: string; claims: number; papers: number }>;
    },
    async papersToExtract(afterRowid, limit, version, all) {
      return stmt(`SELECT p.rowid, p.title, p.abstract FROM papers p
        ${all ? '' : 'LEFT JOIN paper_results_state s ON s.paper_rowid = p.rowid'}
        WHERE p.rowid > ? ${all ? '' : 'AND (s.paper_rowid IS NULL OR s.version < ?)'} ORDER BY p.rowid LIMIT ?`)
        .all(...(all ? [afterRowid, limit] : [afterRowid, version, limit])) as Array<{ rowid: number; title: string; abstract: string }>;
    },
    async markPending(rowids) {
      if (rowids.length) stmt('DELETE FROM paper_results_state WHERE paper_rowid IN (SELECT value FROM json_each(?))').run(JSON.stringify(rowids));
    },
    async textsFor(arxivIds, titleKeys) {
      const out = [];
      if (arxivIds.length) out.push(...stmt(`SELECT rowid, title, abstract FROM papers WHERE arxiv_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(arxivIds)));
      if (titleKeys.length) out.push(...stmt(`SELECT rowid, title, abstract FROM papers WHERE arxiv_id IS NULL AND title_key IN (SELECT value FROM json_each(?))`).all(JSON.stringify(titleKeys)));
      return out as Array<{ rowid: number; title: string; abstract: string }>;
    },
    async rowidsFor(arxivIds, titleKeys) {
      const out: number[] = [];
      if (arxivIds.length) out.push(...stmt('SELECT rowid FROM papers WHERE arxiv_id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(arxivIds)) as number[]);
      if (titleKeys.length) out.push(...stmt('SELECT rowid FROM papers WHERE arxiv_id IS NULL AND title_key IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(titleKeys)) as number[]);
      return out;
    },
    async textsByRowids(rowids) {
      if (!rowids.length) return [];
      return stmt('SELECT rowid, title, abstract FROM papers WHERE rowid IN (SELECT value FROM json_each(?)) ORDER BY rowid')
        .all(JSON.stringify(Array.from(rowids))) as Array<{ rowid: number; title: string; abstract: string }>;
    },
    async monthlyPapers(filter, since) {
      const t = trendWhere(filter, since);
      return stmt(`SELECT substr(p.published_at, 1, 7) AS month, count(*) AS papers FROM papers p ${t.where}
        GROUP BY month ORDER BY month`).all(...t.params) as Array<{ month: string; papers: number }>;
    },
    async titlesSince(filter, since, limit) {
      const t = trendWhere(filter, since);
      return stmt(`SELECT substr(p.published_at, 1, 7) AS month, p.title FROM papers p ${t.where}
        ORDER BY p.published_at DESC LIMIT ?`).all(...t.params, limit) as Array<{ month: string; title: string }>;
    },
    async stats() {
      return stmt(`SELECT (SELECT count(*) FROM paper_results) AS claims,
        (SELECT count(DISTINCT paper_rowid) FROM paper_results) AS papersWithClaims,
        (SELECT count(*) FROM paper_results_state) AS papersExtracted`).get() as { claims: number; papersWithClaims: number; papersExtracted: number };
    },
  };
}
