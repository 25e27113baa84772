/**
 * The reviewer-paper-match data set (../shared/data/relevance/reviewer-paper-match/, SOURCES.md):
 * 58 researchers, each with their own publication list (Semantic Scholar) and their graded
 * expertise (1-5) on about ten other papers. Each is a reader whose interests are known.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { EvalReader } from './readers.ts';
import { shuffled } from './readers.ts';

export interface S2Paper { id: string; title: string; abstract: string; year: number | null; authors: string[] }

const jsonl = (path: string) => gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

export function loadReviewerData(dir: string, o: { maxSignals: number; seed: number }): { papers: S2Paper[]; readers: EvalReader[]; skipped: number } {
  const papers: S2Paper[] = jsonl(join(dir, 'papers.jsonl.gz'))
    .filter((p) => typeof p.paperId === 'string' && typeof p.title === 'string' && p.title.trim())
    .map((p) => ({ id: p.paperId, title: p.title.replace(/\s+/g, ' ').trim(), abstract: String(p.abstract ?? '').replace(/\s+/g, ' ').trim(), year: Number.isInteger(p.year) ? p.year : null, authors: Array.isArray(p.authors) ? p.authors.filter((a: unknown) => typeof a === 'string') : [] }));
  const known = new Set(papers.map((p) => p.id));
  const own = new Map<string, { name: string; papers: string[] }>();
  for (const r of jsonl(join(dir, 'participants.jsonl.gz'))) own.set(String(r.authorId), { name: r.name, papers: (r.papers ?? []).map((p: { paperId: string }) => p.paperId).filter((id: string) => known.has(id)) });
  const rows = readFileSync(join(dir, 'evaluations.tsv'), 'utf8').split('\n').slice(1).filter((l) => l.trim()).map((l) => l.split('\t'));
  const readers: EvalReader[] = [];
  let skipped = 0;
  for (const row of rows) {
    const who = own.get(row[0]!);
    const ownPapers = who ? shuffled(who.papers, o.seed ^ Number(row[0]) | 0) : [];
    // A reader needs their signals plus at least one of their papers held out.
    if (!who || ownPapers.length <= o.maxSignals) { skipped++; continue; }
    const judgments: Record<string, number> = {};
    const evaluated: Record<string, number> = {};
    for (const id of ownPapers.slice(o.maxSignals)) judgments[id] = 2;
    for (let i = 1; i <= 10; i++) {
      const id = row[i];
      const expertise = Number(row[10 + i]);
      if (!id || !known.has(id) || !Number.isFinite(expertise) || judgments[id] !== undefined) continue;
      // Expertise 4.5-5: "I know this area well" (grade 2); 4-4.25: relevant (grade 1); below: not.
      judgments[id] = evaluated[id] = expertise >= 4.5 ? 2 : expertise >= 4 ? 1 : 0;
    }
    readers.push({ name: who.name, kind: 'reviewer', positives: ownPapers.slice(0, o.maxSignals), negatives: [], judgments, evaluated });
  }
  return { papers, readers, skipped };
}
