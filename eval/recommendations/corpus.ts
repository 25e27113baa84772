/** The listing corpus for simulated readers: arXiv listings with their listing day, and Hugging Face upvotes where a paper has them. */
import { createReadStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { ListingPaper } from './readers.ts';

async function* lines(file: string): AsyncGenerator<string> {
  const input = file.endsWith('.gz') ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  for await (const line of createInterface({ input, crlfDelay: Infinity })) if (line.trim()) yield line;
}

const oneLine = (s: unknown) => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '');

/** Highest upvote count per arXiv id over the Hugging Face daily files (early-morning snapshots, see SOURCES.md). */
export async function hfUpvotes(dir: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl.gz')).sort()) {
    for await (const line of lines(join(dir, f))) {
      for (const e of (JSON.parse(line).papers ?? []) as Array<{ paper?: { id?: string; upvotes?: number } }>) {
        const id = e.paper?.id;
        if (typeof id === 'string' && typeof e.paper?.upvotes === 'number') out.set(id, Math.max(out.get(id) ?? 0, e.paper.upvotes));
      }
    }
  }
  return out;
}

/** Every listing record (deduplicated by id, the later file winning), with upvotes joined in. */
export async function listingPapers(dir: string, upvotes: Map<string, number>): Promise<ListingPaper[]> {
  const byId = new Map<string, ListingPaper>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl.gz')).sort()) {
    for await (const line of lines(join(dir, f))) {
      const r = JSON.parse(line);
      if (typeof r.id !== 'string' || typeof r._listing_date !== 'string') continue;
      byId.set(r.id, {
        id: r.id, title: oneLine(r.title), summary: oneLine(r.summary), date: r._listing_date.slice(0, 10), upvotes: upvotes.get(r.id) ?? 0,
        authors: Array.isArray(r.authors) ? r.authors.filter((a: unknown) => typeof a === 'string') : [],
        categories: Array.isArray(r.categories) ? r.categories.filter((c: unknown) => typeof c === 'string') : [],
      });
    }
  }
  return [...byId.values()];
}
