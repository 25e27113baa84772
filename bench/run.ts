/**
 * `npm run bench`: import throughput and memory, site throughput, then search latency and index build; prints a table and writes
 * docs/PERFORMANCE.md. Options: --sizes 100000,1000000  --only import|site|search|digests|stores
 * (stores: SQLite and PostgreSQL side by side at the largest size). --reuse keeps loaded databases and
 * built search indexes (and the figures of the run that built them) instead of rebuilding.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { benchImport, type ImportRow } from './import-bench.ts';
import { writeReport, type Table } from './report.ts';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const sizes = (opt('--sizes') ?? '100000,1000000').split(',').map(Number);
const only = opt('--only');
const outDir = 'bench/out';
mkdirSync(outDir, { recursive: true });

/**
 * Each section's latest table is kept in bench/results (committed), so `--only` refreshes one
 * section without losing the others, in any checkout.
 */
mkdirSync('bench/results', { recursive: true });
const saved = (name: string) => `bench/results/${name}.json`;
const keep = (name: string, t: Table) => writeFileSync(saved(name), JSON.stringify({ ...t, title: `${t.title} (measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)` }));
if (!only || only === 'import') {
  const rows: ImportRow[] = [];
  for (const n of sizes) rows.push(...(await benchImport(outDir, n)));
  keep('import', {
    title: 'Import: arXiv metadata snapshot (JSON Lines) into SQLite',
    head: ['run', 'records', 'seconds', 'records/s', 'peak RSS MB', 'note'],
    rows: rows.map((r) => [r.label, String(r.records), r.seconds.toFixed(1), Math.round(r.perSecond).toLocaleString('en'), r.peakRssMb.toFixed(0), r.note]),
    notes: ['Targets: at least 15,000 records/s into SQLite including the FTS index; peak RSS under 300 MB at any size.'],
  });
}
if (!only || only === 'site') {
  const { benchSite } = await import('./site-bench.ts');
  keep('site', await benchSite(outDir));
}
if (!only || only === 'search') {
  const { benchSearch } = await import('./search-bench.ts');
  keep('search', await benchSearch(outDir, sizes, args.includes('--reuse')));
}
if (!only || only === 'digests') {
  const { benchDigests } = await import('./digest-bench.ts');
  keep('digests', await benchDigests(outDir));
}
if (!only || only === 'stores') {
  const { benchPostgres } = await import('./postgres-bench.ts');
  keep('stores', await benchPostgres(outDir, Math.max(...sizes), args.includes('--reuse')));
}
const tables: Table[] = ['import', 'site', 'search', 'digests', 'stores'].filter((n) => existsSync(saved(n))).map((n) => JSON.parse(readFileSync(saved(n), 'utf8')));

let analysis = '';
try { analysis = readFileSync('bench/ANALYSIS.md', 'utf8'); } catch { /* optional */ }
writeReport(tables, analysis);
