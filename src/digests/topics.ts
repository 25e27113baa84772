import { invalidArgument } from '../errors.ts';
import type { Topic } from './types.ts';

/** More topics make a digest no one reads; the form and the CLI say so. */
export const MAX_TOPICS = 10;
const MAX_TOPIC_CHARS = 200;

/** A category code such as cs.LG, q-bio.BM or hep-th. */
const CATEGORY = /^[a-z][a-z-]*(\.[A-Za-z-]+)?$/i;

/**
 * One topic as written in the form or on the command line: `category:cs.LG` (or `cat:`),
 * `author:Ada Lovelace`, or anything else as a saved search (the search box's syntax).
 */
export function parseTopic(raw: string, field = 'topic'): Topic {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) throw invalidArgument(field, `${field}: a topic cannot be empty`);
  if (text.length > MAX_TOPIC_CHARS) throw invalidArgument(field, `${field}: "${text.slice(0, 40)}…" is longer than ${MAX_TOPIC_CHARS} characters`);
  const m = /^(category|cat|author):\s*(.*)$/i.exec(text);
  if (!m) return { kind: 'search', value: text };
  const value = m[2]!.trim();
  if (m[1]!.toLowerCase() === 'author') {
    if (!/\p{L}/u.test(value)) throw invalidArgument(field, `${field}: "${text}" names no author (author:Ada Lovelace)`);
    return { kind: 'author', value };
  }
  if (!CATEGORY.test(value)) throw invalidArgument(field, `${field}: "${value}" is not a category code (category:cs.LG)`);
  return { kind: 'category', value };
}

/** Several topics (form lines or repeated options), de-duplicated, at most MAX_TOPICS. */
export function parseTopics(raws: string[], field = 'topics'): Topic[] {
  const out: Topic[] = [];
  for (const raw of raws) {
    if (!raw.trim()) continue;
    const t = parseTopic(raw, field);
    if (!out.some((o) => o.kind === t.kind && o.value.toLowerCase() === t.value.toLowerCase())) out.push(t);
  }
  if (out.length > MAX_TOPICS) throw invalidArgument(field, `${field}: at most ${MAX_TOPICS} topics, got ${out.length}`);
  return out;
}

/** The topic as a person writes it (the inverse of parseTopic). */
export function formatTopic(t: Topic): string {
  return t.kind === 'search' ? t.value : `${t.kind}:${t.value}`;
}
