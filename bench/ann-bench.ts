/**
 * Nearest-neighbour benchmark: exact int8 scan, exact float32 scan and HNSW on synthetic clustered
 * unit vectors. Reports build time, memory, query latency percentiles (unfiltered, and with filters
 * passing 10% and 1% of rows) and recall@10 against the exact float32 answers.
 *
 *   node --import tsx bench/ann-bench.ts 100000 1000000 [--m 16] [--efc 80] [--ef 64] [--sweep 32,128]
 *     [--rank 16] [--kinds exact-float32,exact-int8,hnsw] [--keep DIR]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createRng } from '../src/demo/rng.ts';
import { ExactIndex, HNSW_DEFAULTS, HnswIndex, type HnswParams, type VectorIndex } from '../src/search/semantic/vector-index.ts';
import type { RankedId } from '../src/search/types.ts';
import { machineLine } from './report.ts';

/**
 * `n` unit vectors (row-major in one buffer) drawn around `clusters` random unit centres. Each
 * cluster spreads mostly along its own `rank` random directions with decaying scale (1/sqrt(i+1)),
 * plus a 10% isotropic floor: text embeddings vary along few directions locally (their intrinsic
 * dimension is ~10-30, not d), and isotropic noise in all d directions would make every cluster
 * member nearly equidistant, the worst case for any graph index. `rank: 0` gives that worst case.
 * The noise norm is ~`spread` (default 1: a point's cosine to its centre is ~0.7).
 */
export function clusteredVectors(n: number, dim: number, opts: { clusters?: number; spread?: number; rank?: number; seed?: number } = {}): Float32Array {
  const rng = createRng(opts.seed ?? 1);
  const { clusters = 1000, spread = 1, rank = 16 } = opts;
  const centres = new Float32Array(clusters * dim);
  for (let c = 0; c < clusters; c++) normalizeInto(centres, c * dim, dim, () => rng.normal());
  // Per cluster, `rank` unit directions pre-multiplied by their scale; scales sum (in squares) to 1.
  const scales = Array.from({ length: rank }, (_, i) => 1 / Math.sqrt(i + 1));
  const total = Math.sqrt(scales.reduce((a, b) => a + b * b, 0)) || 1;
  const axes = new Float32Array(clusters * rank * dim);
  for (let a = 0; a < clusters * rank; a++) {
    normalizeInto(axes, a * dim, dim, () => rng.normal());
    for (let j = 0; j < dim; j++) axes[a * dim + j] *= (spread * scales[a % rank]) / total;
  }
  const floor = (rank ? 0.1 : 1) * spread / Math.sqrt(dim);
  const out = new Float32Array(n * dim);
  const x = new Float64Array(dim);
  for (let i = 0; i < n; i++) {
    const c = Math.floor(rng.next() * clusters);
    for (let j = 0; j < dim; j++) x[j] = centres[c * dim + j] + floor * rng.normal();
    for (let r = 0, a = (c * rank) * dim; r < rank; r++, a += dim) {
      const g = rng.normal();
      for (let j = 0; j < dim; j++) x[j] += g * axes[a + j];
    }
    normalizeInto(out, i * dim, dim, (j) => x[j]);
  }
  return out;
}

/** `count` queries near random rows: each row plus noise of norm `noise`, re-normalized. */
export function perturbedQueries(data: Float32Array, dim: number, count: number, noise = 0.5, seed = 2): Float32Array[] {
  const rng = createRng(seed);
  const n = data.length / dim;
  const sigma = noise / Math.sqrt(dim);
  return Array.from({ length: count }, () => {
    const o = Math.floor(rng.next() * n) * dim;
    const q = new Float32Array(dim);
    normalizeInto(q, 0, dim, (j) => data[o + j] + sigma * rng.normal());
    return q;
  });
}

function normalizeInto(out: Float32Array, o: number, dim: number, draw: (j: number) => number): void {
  let sq = 0;
  for (let j = 0; j < dim; j++) { const x = draw(j); out[o + j] = x; sq += x * x; }
  const inv = 1 / Math.sqrt(sq);
  for (let j = 0; j < dim; j++) out[o + j] *= inv;
}

/** Feeds rows 0..n-1 to an index in batches (rowid = row + 1, as SQLite numbers rows). */
export function addAll(index: VectorIndex, data: Float32Array, dim: number, batch = 10_000): void {
  const n = data.length / dim;
  for (let start = 0; start < n; start += batch) {
    const end = Math.min(n, start + batch);
    const ids = Array.from({ length: end - start }, (_, i) => start + i + 1);
    index.add(ids, ids.map((id) => data.subarray((id - 1) * dim, id * dim)));
  }
}

/** Mean share of each reference top-k found in the answer's top-k. */
export function recallAt(k: number, answers: RankedId[][], reference: RankedId[][]): number {
  let sum = 0;
  answers.forEach((a, i) => {
    const want = new Set(reference[i].slice(0, k).map((r) => r.rowid));
    sum += a.slice(0, k).filter((r) => want.has(r.rowid)).length / Math.max(1, want.size);
  });
  return sum / answers.length;
}

export interface AnnBenchOptions {
  dim?: number; clusters?: number; rank?: number; queries?: number; k?: number; seed?: number;
  kinds?: Array<'exact-int8' | 'exact-float32' | 'hnsw'>;
  hnsw?: Partial<HnswParams>;
  /** Extra HNSW rows re-measuring queries at these efSearch values (same graph). */
  efSweep?: number[];
  /** Keep each saved HNSW index here (as hnsw-SIZE.bin) instead of in a removed temporary folder. */
  keepDir?: string;
  log?: (line: string) => void;
}

export interface AnnRow {
  size: number; kind: string; buildS: number; buildCpuS: number; rssMb: number; indexMb: number; loadS: number | null;
  p50: number; p95: number; p99: number; p95f10: number; p95f1: number; recall: number;
  /** Recall@10 of the filtered queries against the exact filtered answers. */
  recallF10: number; recallF1: number;
}

const gc: () => void = (() => { setFlagsFromString('--expose-gc'); return runInNewContext('gc') as () => void; })();
const rssMb = () => { gc(); return process.memoryUsage().rss / 2 ** 20; };
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
/**
 * A filter passing a pseudo-random 1 in `every` of rowids 1..n, as a bitmap lookup: the form a
 * search filter takes once its matching rowids are known, so the bench times the index, not the filter.
 */
function keepOneIn(every: number, n: number): (rowid: number) => boolean {
  const bits = new Uint8Array(n + 1);
  for (let r = 1; r <= n; r++) bits[r] = (Math.imul(r, 2654435761) >>> 0) % every === 0 ? 1 : 0;
  return (rowid) => bits[rowid] === 1;
}

/** Times each query; returns the answers and the latencies in ms, sorted. */
function timeQueries(index: VectorIndex, queries: Float32Array[], k: number, accept?: (r: number) => boolean) {
  // Warm-up: short scans need a few dozen calls before V8 optimizes them (long ones switch mid-loop).
  for (const q of queries.slice(0, 30)) index.search(q, k, accept);
  const answers: RankedId[][] = [];
  const ms: number[] = [];
  for (const q of queries) {
    const t = process.hrtime.bigint();
    answers.push(index.search(q, k, accept));
    ms.push(seconds(t) * 1000);
  }
  return { answers, ms: ms.sort((a, b) => a - b) };
}

/**
 * Builds each kind at each size and measures it, HNSW on a saved-and-reloaded copy. The exact
 * float32 scan runs first at every size: its answers are the reference for recall.
 */
export async function annBench(sizes: number[], opts: AnnBenchOptions = {}): Promise<AnnRow[]> {
  const { dim = 128, clusters = 1000, rank, queries: nq = 200, k = 10, seed = 1, log = () => {} } = opts;
  const kinds = opts.kinds ?? ['exact-float32', 'exact-int8', 'hnsw'];
  const hp: HnswParams = { ...HNSW_DEFAULTS, ...opts.hnsw };
  const rows: AnnRow[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'ann-bench-'));
  try {
    for (const n of sizes) {
      const data = clusteredVectors(n, dim, { clusters, rank, seed });
      const queries = perturbedQueries(data, dim, nq, 0.5, seed + 1);
      // Filtered latency gets fewer samples: a million-row float scan costs ~0.3 s a query.
      const fq = queries.slice(0, Math.min(nq, 50));
      const [tenth, hundredth] = [keepOneIn(10, n), keepOneIn(100, n)];
      let reference: RankedId[][] = [], refTenth: RankedId[][] = [], refHundredth: RankedId[][] = [];
      for (const kind of ['exact-float32', ...kinds.filter((x) => x !== 'exact-float32')]) {
        const before = rssMb();
        const t0 = process.hrtime.bigint();
        const c0 = process.cpuUsage();
        let index: ExactIndex | HnswIndex = kind === 'hnsw'
          ? HnswIndex.create(dim, n, hp)
          : new ExactIndex({ dim, storage: kind === 'exact-int8' ? 'int8' : 'float32', capacity: n });
        addAll(index, data, dim);
        const buildS = seconds(t0);
        const buildCpuS = process.cpuUsage(c0).user / 1e6;
        const rss = rssMb() - before;
        let indexMb = 0;
        let loadS: number | null = null;
        if (index instanceof HnswIndex) {
          const file = join(opts.keepDir ?? dir, `hnsw-${n}.bin`);
          await index.save(file);
          indexMb = (statSync(file).size + statSync(`${file}.rows`).size) / 2 ** 20;
          const t1 = process.hrtime.bigint();
          index = (await HnswIndex.load(file))!.index;
          loadS = seconds(t1);
        } else indexMb = index.bytes / 2 ** 20;
        if (kind === 'exact-float32') {
          reference = timeQueries(index, queries, k).answers;
          refTenth = timeQueries(index, fq, k, tenth).answers;
          refHundredth = timeQueries(index, fq, k, hundredth).answers;
          if (!kinds.includes('exact-float32')) continue;
        }
        const efs = index instanceof HnswIndex ? [hp.efSearch, ...(opts.efSweep ?? [])] : [0];
        for (const ef of efs) {
          if (index instanceof HnswIndex) index.setEfSearch(ef);
          const main = timeQueries(index, queries, k);
          const f10 = timeQueries(index, fq, k, tenth);
          const f1 = timeQueries(index, fq, k, hundredth);
          const short = [...f10.answers, ...f1.answers].filter((a) => a.length < k).length;
          if (short) log(`  warning: ${short} filtered answers had fewer than ${k} rows`);
          const row: AnnRow = {
            size: n, kind: ef ? `hnsw M=${hp.m} efC=${hp.efConstruction} ef=${ef}` : kind,
            buildS, buildCpuS, rssMb: rss, indexMb, loadS,
            p50: pct(main.ms, 0.5), p95: pct(main.ms, 0.95), p99: pct(main.ms, 0.99),
            p95f10: pct(f10.ms, 0.95), p95f1: pct(f1.ms, 0.95), recall: recallAt(k, main.answers, reference),
            recallF10: recallAt(k, f10.answers, refTenth), recallF1: recallAt(k, f1.answers, refHundredth),
          };
          rows.push(row);
          log(formatRow(row));
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export const ANN_HEAD = ['size', 'kind', 'build s (CPU s)', 'RSS delta MB / index MB', 'load s', 'p50 ms', 'p95 ms', 'p99 ms', 'filter 10%: p95 ms / recall', 'filter 1%: p95 ms / recall', 'recall@10'];

export function formatRow(r: AnnRow): string {
  const cells = [r.size.toLocaleString('en'), r.kind, `${r.buildS.toFixed(1)} (${r.buildCpuS.toFixed(1)})`, `${r.rssMb.toFixed(0)} / ${r.indexMb.toFixed(0)}`,
    r.loadS === null ? '-' : r.loadS.toFixed(2), r.p50.toFixed(2), r.p95.toFixed(2), r.p99.toFixed(2),
    `${r.p95f10.toFixed(2)} / ${r.recallF10.toFixed(3)}`, `${r.p95f1.toFixed(2)} / ${r.recallF1.toFixed(3)}`, r.recall.toFixed(3)];
  return `| ${cells.join(' | ')} |`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  const hnsw: Partial<HnswParams> = {};
  const m = num(flag('--m')), efc = num(flag('--efc')), ef = num(flag('--ef'));
  if (m) hnsw.m = m;
  if (efc) hnsw.efConstruction = efc;
  if (ef) hnsw.efSearch = ef;
  const sweep = flag('--sweep')?.split(',').map(Number);
  const kindsArg = flag('--kinds')?.split(',') as AnnBenchOptions['kinds'];
  const rank = num(flag('--rank'));
  const keepDir = flag('--keep');
  const sizes = args.length ? args.map(Number) : [100_000, 1_000_000];
  console.log(`| ${ANN_HEAD.join(' | ')} |\n|${ANN_HEAD.map(() => '---').join('|')}|`);
  const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
  const loadBefore = load();
  await annBench(sizes, { hnsw, efSweep: sweep, kinds: kindsArg, rank, keepDir, log: (line) => console.log(line) });
  // Latencies are wall time: on a shared machine the load average says how far to trust them.
  console.log(`\n${machineLine()}; load average ${loadBefore} before, ${load()} after`);
}
