/**
 * Synthetic arXiv metadata in the exact shape of the Kaggle arxiv-metadata-oai-snapshot (one JSON
 * object per line), for import and search benchmarks at realistic sizes (~1 KB abstracts, ~5
 * authors, new-style ids YYMM.NNNNN from 2015 on). Deterministic for a seed, and streamed: lines
 * are generated one at a time, so a million lines need no more memory than one.
 *
 *   node --import tsx bench/gen-snapshot.ts N OUT.jsonl[.gz] [SEED]
 */
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { constants, createGzip } from 'node:zlib';
import { pickField } from '../src/demo/fields.ts';
import { coinName, composeAbstract, composeTitle, drawTheme } from '../src/demo/paper-text.ts';
import { AUTHORS, ORGANIZATIONS, orgSlug } from '../src/demo/people.ts';
import { createRng, type Rng } from '../src/demo/rng.ts';
import {
  arxivAbstract, arxivDate, authorForms, hardWrap, isoDay, type AuthorForms,
} from '../src/demo/snapshot-format.ts';

/** Seed used when none is given. */
export const DEFAULT_SNAPSHOT_SEED = 1701;

const LICENSES: ReadonlyArray<readonly [string | null, number]> = [
  ['http://arxiv.org/licenses/nonexclusive-distrib/1.0/', 55], ['http://creativecommons.org/licenses/by/4.0/', 25],
  ['http://creativecommons.org/licenses/by-nc-sa/4.0/', 5], ['http://creativecommons.org/licenses/by-nc-nd/4.0/', 4],
  ['http://creativecommons.org/licenses/by-sa/4.0/', 3], ['http://creativecommons.org/publicdomain/zero/1.0/', 3], [null, 5],
];
const COMMENTS = [
  '<p> pages, <f> figures', '<p> pages, <f> figures, <t> tables', '<p> pages', 'Accepted to the main conference; <p> pages',
  '<p> pages, <f> figures; code will be released', 'v2: fixed typos and added references', 'Extended version of a workshop paper',
];
/** Authors per paper, 1..12, mean about 5 (the real snapshot's cs papers average a little more). */
const AUTHOR_WEIGHTS = [6, 12, 16, 16, 14, 11, 8, 6, 4, 3, 2, 2];
const DAY_MS = 86_400_000;

function weighted<T>(rng: Rng, items: ReadonlyArray<readonly [T, number]>): T {
  let x = rng.next() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items[items.length - 1][0];
}

/** Every pool author's display forms, computed once: the hot loop then only picks. */
let forms: AuthorForms[] | undefined;

/** The authors, authors_parsed and submitter fields for one record. */
function authorFields(rng: Rng): { authors: string; parsed: string[][]; submitter: string } {
  forms ??= AUTHORS.map(authorForms);
  let x = rng.next() * 100;
  let n = 1;
  for (const w of AUTHOR_WEIGHTS) if ((x -= w) >= 0) n++; else break;
  const picked: AuthorForms[] = [];
  while (picked.length < n) {
    const f = rng.pick(forms);
    if (!picked.includes(f)) picked.push(f);
  }
  // Like the real file: some lists use initials, many write accents in LaTeX, a few add affiliations.
  const initials = rng.chance(0.35);
  const latex = rng.chance(0.5);
  const affiliation = rng.chance(0.05) ? rng.pick(ORGANIZATIONS) : null;
  let authors = '';
  const parsed: string[][] = [];
  for (let i = 0; i < picked.length; i++) {
    const f = picked[i];
    if (i > 0) authors += i === picked.length - 1 ? ' and ' : ', ';
    authors += initials ? (latex ? f.shortLatex : f.short) : latex ? f.fullLatex : f.full;
    const [last, first] = initials ? f.parsedShort : f.parsedFull;
    parsed.push(affiliation ? [last, first, '', affiliation] : [last, first, '']);
  }
  if (affiliation) authors += ` (${affiliation})`;
  return { authors: hardWrap(authors, 78, '\n  '), parsed, submitter: rng.pick(picked).full };
}

/** Fills the little <p>/<f>/<t> slots of a comment. */
function comment(rng: Rng): string | null {
  if (rng.chance(0.25)) return null;
  const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
  return rng.pick(COMMENTS)
    .replace('<p> pages', count(rng.int(4, 40), 'page'))
    .replace('<f> figures', count(rng.int(1, 14), 'figure'))
    .replace('<t> tables', count(rng.int(1, 8), 'table'));
}

/**
 * The lines of a synthetic snapshot, without trailing newlines. Ids are unique and ascending:
 * months from 2015-01 on, about n/120 papers each (so any n spans roughly ten years), sequence
 * numbers counting up from 00001 with occasional gaps, as arXiv's do. Throws past 9912.99999.
 */
export function* snapshotLines(n: number, seed = DEFAULT_SNAPSHOT_SEED): Generator<string> {
  if (!Number.isInteger(n) || n < 0) throw new Error(`line count must be a non-negative integer, got ${n}`);
  const rng = createRng(seed);
  const perMonth = Math.min(80_000, Math.max(1, Math.ceil(n / 120)));
  // Gaps (withdrawn or unlisted numbers) only when they cannot push a month past 99999.
  const gaps = perMonth < 50_000;
  let produced = 0;
  for (let m = 0; produced < n; m++) {
    const year = 2015 + Math.floor(m / 12);
    const month = (m % 12) + 1;
    if (year > 2099) throw new Error(`too many lines for new-style ids: ${n}`);
    const inMonth = Math.min(n - produced, Math.max(1, Math.round(perMonth * (0.85 + 0.3 * rng.next()))));
    const monthStart = Date.UTC(year, month - 1, 1);
    const monthDays = (Date.UTC(year, month, 1) - monthStart) / DAY_MS;
    const prefix = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}.`;
    let seq = 0;
    for (let i = 0; i < inMonth; i++, produced++) {
      seq += gaps && rng.chance(0.08) ? rng.int(2, 4) : 1;
      // Submission times rise with the sequence number, like the real numbering.
      const created = monthStart + Math.floor(((i + rng.next()) / inMonth) * monthDays * DAY_MS);
      yield JSON.stringify(record(rng, prefix + String(seq).padStart(5, '0'), created));
    }
  }
}

function record(rng: Rng, id: string, created: number): object {
  const field = pickField(rng.next());
  const name = rng.chance(field.nameChance) ? coinName(rng, field) : null;
  const theme = drawTheme(rng, field);
  const title = composeTitle(rng, field, name, theme);
  const codeUrl = rng.chance(0.2) ? `https://github.com/${orgSlug(rng.pick(ORGANIZATIONS))}/${(name ?? `paper-${id}`).toLowerCase()}` : null;
  const abstract = composeAbstract(rng, field, { name, theme, codeUrl, project: false, math: rng.chance(field.mathChance), minWords: 110, maxWords: 230 });
  const { authors, parsed, submitter } = authorFields(rng);
  const versions = [{ version: 'v1', created: arxivDate(created) }];
  let last = created;
  for (let v = 2; v <= 5 && rng.chance(v === 2 ? 0.35 : 0.3); v++) {
    last += rng.int(1, 200) * DAY_MS + rng.int(0, DAY_MS - 1);
    versions.push({ version: `v${v}`, created: arxivDate(last) });
  }
  const categories = [rng.pick(field.primary)];
  for (let extra = rng.int(0, 2); extra > 0; extra--) {
    const c = rng.pick(field.cross);
    if (!categories.includes(c)) categories.push(c);
  }
  const year = new Date(last).getUTCFullYear();
  return {
    id,
    submitter,
    authors,
    title: hardWrap(title, 72, '\n  '),
    comments: comment(rng),
    'journal-ref': rng.chance(0.12) ? `J. Synth. Res. ${rng.int(1, 40)} (${year + 1}) ${rng.int(1, 900)}-${rng.int(901, 999)}` : null,
    doi: rng.chance(0.15) ? `10.5555/synthetic.${id}` : null,
    'report-no': rng.chance(0.03) ? `PB-${year}-${rng.int(1, 999)}` : null,
    categories: categories.join(' '),
    license: weighted(rng, LICENSES),
    abstract: arxivAbstract(abstract),
    versions,
    update_date: isoDay(last + rng.int(0, 30) * DAY_MS),
    authors_parsed: parsed,
  };
}

/**
 * UTF-8 chunks of about 1 MB, encoded line by line straight into a buffer. Far fewer writes than
 * one per line, constant memory, and no megabyte-long concatenated strings: flattening and
 * re-encoding those cost as much as generating the lines.
 */
function* chunks(lines: Iterable<string>): Generator<Buffer> {
  const size = 1 << 20;
  let buf = Buffer.allocUnsafe(size);
  let off = 0;
  for (const line of lines) {
    // A UTF-16 unit never takes more than 3 UTF-8 bytes, so this bound is safe without measuring.
    const worst = line.length * 3 + 1;
    if (off + worst > buf.length) {
      if (off > 0) yield buf.subarray(0, off);
      buf = Buffer.allocUnsafe(Math.max(size, worst));
      off = 0;
    }
    off += buf.write(line, off);
    buf[off++] = 0x0a;
  }
  if (off > 0) yield buf.subarray(0, off);
}

/** Writes n lines to `path`, gzip-compressed when it ends in .gz; resolves when the file is closed. */
export async function writeSnapshot(n: number, path: string, seed?: number): Promise<void> {
  const source = Readable.from(chunks(snapshotLines(n, seed)));
  const sink = createWriteStream(path);
  if (path.endsWith('.gz')) {
    // Level 1: this is test data, and default-level gzip would take longer than generating it.
    await pipeline(source, createGzip({ level: constants.Z_BEST_SPEED }), sink);
  } else {
    await pipeline(source, sink);
  }
}

async function main(argv: string[]): Promise<void> {
  const [countArg, out, seedArg] = argv;
  const n = Number(countArg);
  if (!out || !Number.isInteger(n) || n < 0 || (seedArg !== undefined && !Number.isInteger(Number(seedArg)))) {
    console.error('usage: node --import tsx bench/gen-snapshot.ts N OUT.jsonl[.gz] [SEED]');
    process.exitCode = 2;
    return;
  }
  const start = performance.now();
  await writeSnapshot(n, out, seedArg === undefined ? undefined : Number(seedArg));
  const seconds = (performance.now() - start) / 1000;
  console.error(`wrote ${n} lines to ${out} in ${seconds.toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
