import type { Migration } from './migrations.ts';

/**
 * Result claims and artifacts extracted from titles and abstracts (src/results/). Derived data:
 * `paperboy extract --all` rebuilds it; paper_results_state says which extractor version read each
 * paper, so a newer extractor knows what to redo.
 */
export const RESULTS_MIGRATION: Migration = {
  version: 7,
  name: 'result claims, artifacts, extraction state',
  sql: `
CREATE TABLE paper_results (
  id INTEGER PRIMARY KEY,
  paper_rowid INTEGER NOT NULL REFERENCES papers(rowid) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  metric TEXT NOT NULL,
  value REAL,
  min_value REAL,
  max_value REAL,
  unit TEXT NOT NULL,
  direction TEXT,
  qualifier TEXT,
  baseline TEXT,
  hardware TEXT,
  benchmark TEXT,
  source TEXT NOT NULL,
  span TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  value_start INTEGER NOT NULL,
  value_end INTEGER NOT NULL
);
CREATE INDEX paper_results_paper ON paper_results(paper_rowid, ord);
CREATE INDEX paper_results_metric ON paper_results(metric, unit);
CREATE INDEX paper_results_hardware ON paper_results(hardware) WHERE hardware IS NOT NULL;
CREATE INDEX paper_results_benchmark ON paper_results(benchmark) WHERE benchmark IS NOT NULL;

CREATE TABLE paper_artifacts (
  paper_rowid INTEGER NOT NULL REFERENCES papers(rowid) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  url TEXT,
  relation TEXT NOT NULL,
  span TEXT NOT NULL,
  PRIMARY KEY (paper_rowid, ord)
);

CREATE TABLE paper_results_state (
  paper_rowid INTEGER PRIMARY KEY REFERENCES papers(rowid) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  extracted_at TEXT NOT NULL
);
`,
};
