/**
 * What Paperboy extracts from a paper's title and abstract: numeric result claims ("1.68x speedup
 * over PyTorch on an H100") and artifacts (code, models, datasets, benchmarks). Every claim keeps the
 * exact text it came from, so a reader can check it against the abstract.
 */

export const METRICS = [
  'speedup', 'throughput', 'latency', 'energy', 'energy_efficiency', 'power', 'area', 'area_efficiency',
  'resources', 'memory', 'bandwidth', 'accuracy', 'correctness', 'error', 'cost', 'utilization', 'model_size',
] as const;
export type Metric = (typeof METRICS)[number];

/**
 * Metrics that score how well a task is done rather than what it costs: a paper's named set carries to them
 * (suite-names.ts, index.ts), and a comparison written for one of them is not a speed's or a size's (claim-baseline.ts).
 */
export const QUALITY_METRICS: ReadonlySet<Metric> = new Set<Metric>(['accuracy', 'correctness', 'error']);

/** Whether the paper reports its result as an improvement or as a price paid (overhead, slowdown). */
export type Direction = 'better' | 'worse';
/** How the number is hedged: a peak, a mean, a floor, a ceiling, an approximation. */
export type Qualifier = 'up to' | 'average' | 'at least' | 'at most' | 'about';

export interface Claim {
  metric: Metric;
  /** The number; null for a range, which has min and max instead. */
  value: number | null;
  min: number | null;
  max: number | null;
  /** Canonical unit: x, %, pp, tokens/s, TOPS/W, W, mW, ms, GB, mm2, ... ('' for a bare score). */
  unit: string;
  direction: Direction | null;
  qualifier: Qualifier | null;
  baseline: string | null;
  /** Canonical hardware name from the dictionary (e.g. "NVIDIA H100"), or a class (GPU, FPGA). */
  hardware: string | null;
  benchmark: string | null;
  /** Where the sentence came from. */
  source: 'title' | 'abstract';
  /** The exact sentence the claim was read from (a slice of the source field). */
  span: string;
  /** Offsets of the sentence within the source field. */
  spanStart: number;
  spanEnd: number;
  /** Offsets of the number (with its unit) within the source field, for highlighting. */
  valueStart: number;
  valueEnd: number;
}

export type ArtifactKind = 'code' | 'model' | 'dataset' | 'benchmark' | 'project';

export interface Artifact {
  kind: ArtifactKind;
  name: string;
  url: string | null;
  /** Introduced by the paper ("we release", "we introduce X, a benchmark") or only used. */
  relation: 'introduces' | 'uses';
  span: string;
}

export interface Extraction {
  claims: Claim[];
  artifacts: Artifact[];
}

/** Bumped whenever the rules change, so `paperboy extract` knows which papers to redo. */
export const EXTRACTOR_VERSION = 186;
