import type { Migration } from '../sqlite/migrations.ts';

/**
 * Version 9 on PostgreSQL: saved neighbour graphs. SQLite keeps the same cache as files beside its
 * database (src/search/semantic/graph-cache.ts), so its version 9 creates nothing. Servers on other
 * machines share no disk, and building the graph takes minutes at a million papers, so here the
 * first process to build it (normally `paperboy index`) saves it for every later start.
 * A graph is a few hundred MB: stored in chunks, since one bytea value stops at 1 GB.
 */
export const PG_GRAPHS_MIGRATION: Migration = {
  version: 9,
  name: 'saved neighbour graphs',
  sql: `
CREATE TABLE semantic_graphs (
  model_id INTEGER PRIMARY KEY REFERENCES embedding_models(id) ON DELETE CASCADE,
  last_seq BIGINT NOT NULL,
  saved_at TEXT NOT NULL
);
CREATE TABLE semantic_graph_chunks (
  model_id INTEGER NOT NULL REFERENCES semantic_graphs(model_id) ON DELETE CASCADE,
  part TEXT NOT NULL,
  chunk INTEGER NOT NULL,
  data BYTEA NOT NULL,
  PRIMARY KEY (model_id, part, chunk)
);
`,
};
