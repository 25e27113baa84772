/**
 * The evaluation corpus: the shared arXiv listing records (JSON Lines, gzip), read straight from
 * the files so the judged sets can be checked and generated without a database.
 */
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';

/** What the evaluation needs of one record. */
export interface EvalRecord {
  /** arXiv id without version, as in the listing files and in the judgments. */
  id: string;
  title: string;
  summary: string;
  authors: string[];
  categories: string[];
}

const here = dirname(fileURLToPath(import.meta.url));

/** ../shared/data/arxiv/daily-listings beside the repository. */
export const DEFAULT_LISTINGS_DIR = resolve(here, '../../shared/data/arxiv/daily-listings');

/** The listing files of a folder, sorted by name so every run reads them in the same order. */
export function listingFiles(dir: string = DEFAULT_LISTINGS_DIR): string[] {
  if (!existsSync(dir)) throw new Error(`listing folder ${dir} is absent (pass --data <folder>)`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl.gz') || f.endsWith('.jsonl')).sort();
  if (files.length === 0) throw new Error(`no .jsonl(.gz) files in ${dir}`);
  return files.map((f) => join(dir, f));
}

/** Collapses the hard line breaks older listing files keep inside titles and abstracts. */
const oneLine = (s: unknown): string => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '');

/** Every record of the given files, de-duplicated by id (a later file wins, as in the importer). */
export async function loadRecords(files: string[] = listingFiles()): Promise<EvalRecord[]> {
  const byId = new Map<string, EvalRecord>();
  for (const file of files) {
    const input = file.endsWith('.gz') ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as Record<string, unknown>;
      if (typeof r.id !== 'string') continue;
      byId.set(r.id, {
        id: r.id,
        title: oneLine(r.title),
        summary: oneLine(r.summary),
        authors: Array.isArray(r.authors) ? r.authors.filter((a): a is string => typeof a === 'string') : [],
        categories: Array.isArray(r.categories) ? r.categories.filter((c): c is string => typeof c === 'string') : [],
      });
    }
  }
  return [...byId.values()];
}
