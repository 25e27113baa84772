/**
 * The judged topic set (eval/topics.json): short descriptions of a subject in plain words, each
 * with the papers judged relevant (grade 2 exactly on topic, 1 related).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JudgedQuery } from './metrics.ts';

export interface TopicQuery extends JudgedQuery {
  /** A rough field label, to see where a system is weak. */
  area: string;
}

export const TOPICS_FILE = join(dirname(fileURLToPath(import.meta.url)), 'topics.json');

const ARXIV_ID = /^\d{4}\.\d{4,5}$/;

/** Checks the shape of a topics document and returns its topics; throws naming the first problem. */
export function parseTopics(doc: unknown): TopicQuery[] {
  const topics = (doc as { topics?: unknown })?.topics;
  if (!Array.isArray(topics)) throw new Error('topics.json: expected { "topics": [...] }');
  const ids = new Set<string>();
  return topics.map((t, i) => {
    const where = `topics.json: topic ${i + 1}`;
    const { id, area, query, relevant } = t as Record<string, unknown>;
    if (typeof id !== 'string' || !/^t\d{2,}$/.test(id)) throw new Error(`${where}: id must look like t01`);
    if (ids.has(id)) throw new Error(`${where}: duplicate id ${id}`);
    ids.add(id);
    if (typeof query !== 'string' || !query.trim()) throw new Error(`${where}: query must be a non-empty string`);
    if (typeof area !== 'string') throw new Error(`${where}: area must be a string`);
    if (!relevant || typeof relevant !== 'object') throw new Error(`${where}: relevant must be an object`);
    for (const [paper, grade] of Object.entries(relevant)) {
      if (!ARXIV_ID.test(paper)) throw new Error(`${where}: "${paper}" is not a new-style arXiv id`);
      if (grade !== 1 && grade !== 2) throw new Error(`${where}: grade of ${paper} must be 1 or 2`);
    }
    return { id, area, query, relevant: relevant as Record<string, number> };
  });
}

/** The topics of eval/topics.json (or another file of the same shape). */
export function loadTopics(path = TOPICS_FILE): TopicQuery[] {
  return parseTopics(JSON.parse(readFileSync(path, 'utf8')));
}
