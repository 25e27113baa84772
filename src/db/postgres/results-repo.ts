import type { ResultsQuery, ResultsRepo, TrendFilter } from '../../results/repo.ts';
import type { Artifact } from '../../results/types.ts';
import { inTransaction, Params, type Pool } from './open.ts';
import { CLAIM_COLUMNS, claimFromRow, ENTITY_COLUMN, likePattern, RESULT_ORDER } from '../shared/results-rows.ts';

/** Result claims in PostgreSQL: the SQLite repository's queries with positional parameters. */
export function createResultsRepo(pool: Pool): ResultsRepo {
  function filters(q: Partial<ResultsQuery>, p: Params): string {
    const w: string[] = [];
    if (q.metric) w.push(`r.metric = ${p.add(q.metric)}`);
    if (q.unit) w.push(`r.unit = ${p.add(q.unit)}`);
    if (q.hardware) w.push(`lower(r.hardware) = lower(${p.add(q.hardware)})`);
    if (q.benchmark) w.push(`lower(r.benchmark) = lower(${p.add(q.benchmark)})`);
    if (q.baseline) w.push(`lower(r.baseline) LIKE ${p.add(likePattern(q.baseline))} ESCAPE '\\'`);
    if (q.since) w.push(`p.published_at >= ${p.add(q.since)}`);
    if (q.until) w.push(`p.published_at <= ${p.add(`${q.until}~`)}`);
    if (q.category) w.push(`EXISTS (SELECT 1 FROM paper_categories c WHERE c.paper_rowid = r.paper_rowid AND c.category = ${p.add(q.category)})`);
    return w.length ? `WHERE ${w.join(' AND ')}` : '';
  }

  function trendWhere(f: TrendFilter, since: string, p: Params): string {
    const w = [`p.published_at >= ${p.add(since)}`];
    if (f.category) w.push(`EXISTS (SELECT 1 FROM paper_categories c WHERE c.paper_rowid = p.rowid AND c.category = ${p.add(f.category)})`);
    if (f.rowids) w.push(`p.rowid = ANY(${p.add(f.rowids)}::int[])`);
    if (f.entity) {
      const col = ENTITY_COLUMN[f.entity.kind];
      w.push(`EXISTS (SELECT 1 FROM paper_results r WHERE r.paper_rowid = p.rowid AND lower(r.${col}) = lower(${p.add(f.entity.name)}))`);
    }
    return `WHERE ${w.join(' AND ')}`;
  }

  return {
    async replaceForPapers(rows, version, at) {
      if (!rows.length) return;
      await inTransaction(pool, async (c) => {
        const ids = rows.map((r) => r.paperRowid);
        await c.query('DELETE FROM paper_results WHERE paper_rowid = ANY($1::int[])', [ids]);
        await c.query('DELETE FROM paper_artifacts WHERE paper_rowid = ANY($1::int[])', [ids]);
        const claims = rows.flatMap((r) => r.claims.map((cl, ord) => ({ ...cl, paperRowid: r.paperRowid, ord })));
        // One statement per table for the whole batch: unnest() turns parallel arrays into rows.
        if (claims.length) {
          const col = <K extends keyof (typeof claims)[number]>(k: K) => claims.map((x) => x[k]);
          await c.query(`INSERT INTO paper_results (paper_rowid, ord, metric, value, min_value, max_value, unit, direction, qualifier,
              baseline, hardware, benchmark, source, span, span_start, span_end, value_start, value_end)
            SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::float8[], $5::float8[], $6::float8[], $7::text[], $8::text[],
              $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::int[], $16::int[], $17::int[], $18::int[])`,
          [col('paperRowid'), col('ord'), col('metric'), col('value'), col('min'), col('max'), col('unit'), col('direction'), col('qualifier'),
            col('baseline'), col('hardware'), col('benchmark'), col('source'), col('span'), col('spanStart'), col('spanEnd'), col('valueStart'), col('valueEnd')]);
        }
        const arts = rows.flatMap((r) => r.artifacts.map((a, ord) => ({ ...a, paperRowid: r.paperRowid, ord })));
        if (arts.length) {
          await c.query(`INSERT INTO paper_artifacts (paper_rowid, ord, kind, name, url, relation, span)
            SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
          [arts.map((a) => a.paperRowid), arts.map((a) => a.ord), arts.map((a) => a.kind), arts.map((a) => a.name), arts.map((a) => a.url),
            arts.map((a) => a.relation), arts.map((a) => a.span)]);
        }
        await c.query(`INSERT INTO paper_results_state (paper_rowid, version, extracted_at) SELECT unnest($1::int[]), $2, $3
          ON CONFLICT (paper_rowid) DO UPDATE SET version = excluded.version, extracted_at = excluded.extracted_at`, [ids, version, at]);
      });
    },
    async forPaper(rowid) {
      const claims = await pool.query(`SELECT ${CLAIM_COLUMNS} FROM paper_results r JOIN papers p ON p.rowid = r.paper_rowid
        WHERE r.paper_rowid = $1 ORDER BY r.ord`, [rowid]);
      const artifacts = await pool.query<Artifact>('SELECT kind, name, url, relation, span FROM paper_artifacts WHERE paper_rowid = $1 ORDER BY ord', [rowid]);
      return { claims: claims.rows.map(claimFromRow), artifacts: artifacts.rows };
    },
    async query(q) {
      const p = new Params();
      const from = `FROM paper_results r JOIN papers p ON p.rowid = r.paper_rowid ${filters(q, p)}`;
      const total = (await pool.query<{ n: number }>(`SELECT count(*) AS n ${from}`, p.values)).rows[0]!.n;
      const limit = p.add(q.limit);
      const offset = p.add(q.offset);
      const rows = await pool.query(`SELECT ${CLAIM_COLUMNS} ${from} ORDER BY ${RESULT_ORDER[q.sort ?? 'date_desc']} LIMIT ${limit} OFFSET ${offset}`, p.values);
      return { items: rows.rows.map(claimFromRow), total };
    },
    async entities(kind, limit) {
      const col = ENTITY_COLUMN[kind];
      const r = await pool.query<{ name: string; claims: number; papers: number }>(`SELECT ${col} AS name, count(*) AS claims,
        count(DISTINCT paper_rowid) AS papers FROM paper_results WHERE ${col} IS NOT NULL GROUP BY ${col} ORDER BY claims DESC, name LIMIT $1`, [limit]);
      return r.rows;
    },
    async papersToExtract(afterRowid, limit, version, all) {
      const r = all
        ? await pool.query('SELECT rowid, title, abstract FROM papers WHERE rowid > $1 ORDER BY rowid LIMIT $2', [afterRowid, limit])
        : await pool.query(`SELECT p.rowid, p.title, p.abstract FROM papers p LEFT JOIN paper_results_state s ON s.paper_rowid = p.rowid
            WHERE p.rowid > $1 AND (s.paper_rowid IS NULL OR s.version < $2) ORDER BY p.rowid LIMIT $3`, [afterRowid, version, limit]);
      return r.rows as Array<{ rowid: number; title: string; abstract: string }>;
    },
    async markPending(rowids) {
      if (rowids.length) await pool.query('DELETE FROM paper_results_state WHERE paper_rowid = ANY($1::int[])', [rowids]);
    },
    async textsFor(arxivIds, titleKeys) {
      const r = await pool.query(`SELECT rowid, title, abstract FROM papers WHERE arxiv_id = ANY($1::text[])
        OR (arxiv_id IS NULL AND title_key = ANY($2::text[]))`, [arxivIds, titleKeys]);
      return r.rows as Array<{ rowid: number; title: string; abstract: string }>;
    },
    async rowidsFor(arxivIds, titleKeys) {
      const r = await pool.query<{ rowid: number }>(`SELECT rowid FROM papers WHERE arxiv_id = ANY($1::text[])
        OR (arxiv_id IS NULL AND title_key = ANY($2::text[]))`, [arxivIds, titleKeys]);
      return r.rows.map((row) => row.rowid);
    },
    async textsByRowids(rowids) {
      if (!rowids.length) return [];
      const r = await pool.query('SELECT rowid, title, abstract FROM papers WHERE rowid = ANY($1::int[]) ORDER BY rowid', [Array.from(rowids)]);
      return r.rows as Array<{ rowid: number; title: string; abstract: string }>;
    },
    async monthlyPapers(filter, since) {
      const p = new Params();
      const r = await pool.query<{ month: string; papers: number }>(`SELECT substr(p.published_at, 1, 7) AS month, count(*) AS papers
        FROM papers p ${trendWhere(filter, since, p)} GROUP BY 1 ORDER BY 1`, p.values);
      return r.rows;
    },
    async titlesSince(filter, since, limit) {
      const p = new Params();
      const where = trendWhere(filter, since, p);
      const r = await pool.query<{ month: string; title: string }>(`SELECT substr(p.published_at, 1, 7) AS month, p.title FROM papers p ${where}
        ORDER BY p.published_at DESC LIMIT ${p.add(limit)}`, p.values);
      return r.rows;
    },
    async stats() {
      const r = await pool.query<{ claims: number; papersWithClaims: number; papersExtracted: number }>(`SELECT
        (SELECT count(*) FROM paper_results) AS claims, (SELECT count(DISTINCT paper_rowid) FROM paper_results) AS "papersWithClaims",
        (SELECT count(*) FROM paper_results_state) AS "papersExtracted"`);
      return r.rows[0]!;
    },
  };
}
