import type { Dictionaries } from '../dictionaries/load.ts';
import type { EntityEntry } from '../dictionaries/hardware.ts';

/** A dictionary entry found in text (normalized offsets). */
export interface EntityHit {
  name: string;
  kind: string;
  start: number;
  end: number;
  /** The family entry of a device, when its dictionary entry names one. */
  family?: string;
}

export interface EntityMatcher {
  hardware(text: string): EntityHit[];
  hardwareClasses(text: string): EntityHit[];
  benchmarks(text: string): EntityHit[];
}

/**
 * "FPGA-emulated", "GPU-resident": suffixes after which a device word still names the platform the
 * work ran on. The alias matcher keeps such hits, and a title's class compound (index.ts) reads them
 * as where the work runs.
 */
// ("the first GPU-parallel battle simulator", "GPU-parallelized simulators": code written to run in parallel on the class.)
export const PLATFORM_SUFFIXES = ['resident', 'accelerated', 'implemented', 'emulated', 'prototyped', 'parallel(?:ized)?'];
// "ARC-AGI-1-Train", "GSM8K-test", "MiniF2F-Valid": a split of a benchmark is still the benchmark.
const SPLIT_SUFFIXES = ['train', 'eval', 'test', 'val', 'valid', 'dev'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[ -]?');

/** One regex per dictionary: aliases longest first, whole words (or their plurals) only, any case. */
function compile(entries: EntityEntry[]): (text: string) => EntityHit[] {
  const byAlias = new Map<string, EntityEntry>();
  for (const e of entries) for (const a of e.aliases) byAlias.set(a.toLowerCase().replace(/[ -]/g, ''), e);
  const aliases = [...new Set(entries.flatMap((e) => e.aliases))].sort((a, b) => b.length - a.length);
  if (aliases.length === 0) return () => [];
  const body = `(?:${aliases.map(escape).join('|')})s?(?![\\w+]|-(?!only|based|like|side|${PLATFORM_SUFFIXES.join('|')}|(?:${SPLIT_SUFFIXES.join('|')})\\b|\\d+\\s?GB)\\w)`;
  const plain = new RegExp(`(?<![\\w+-])${body}`, 'gi');
  // ("On 4xL20", "48xGH200": a count written before the model does not hide it.) Only texts with such a count
  // take the slower pattern: a lookbehind alternation before the aliases is tried at every position.
  const counted = new RegExp(`(?:(?<=(?<![\\w.])\\d+x)|(?<![\\w+-]))${body}`, 'gi');
  const firsts = [...new Set(aliases.map((a) => a[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))];
  const countBefore = new RegExp(`(?<![\\w.])\\d+x(?:${firsts.join('|')})`, 'i');
  return (text) => {
    const out: EntityHit[] = [];
    const re = countBefore.test(text) ? counted : plain;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "8 H100s": a plural names the same entry.
      const key = m[0].toLowerCase().replace(/[ -]/g, '');
      const e = byAlias.get(key) ?? byAlias.get(key.replace(/s$/, ''));
      if (e) out.push({ name: e.name, kind: e.kind, start: m.index, end: m.index + m[0].length, ...(e.family ? { family: e.family } : {}) });
    }
    return out;
  };
}

const VENDOR_CLASS = /\b(NVIDIA|Nvidia|AMD|Intel|Apple|Arm|Qualcomm|Huawei)\s+(?:and\s+(NVIDIA|Nvidia|AMD|Intel|Apple|Arm)\s+)?(?:(?:server|desktop|mobile|datacenter|data center|client)\s+)?(GPUs?|CPUs?|NPUs?|FPGAs?|processors?)\b/g;

// "on the NABirds dataset", "the ISPD19 benchmarks", "LongBench dataset": a capitalized name before
// the word benchmark/dataset/suite, when the dictionary does not know it.
const NAMED = /(?<![\w-])((?:[A-Z][\w'+.-]*\d*|[A-Z0-9][\w'+.-]*[A-Z][\w'+.-]*)(?: [A-Z0-9][\w'+.-]*){0,2}) (?:benchmarks?|datasets?|suite|corpus|testbed)\b/g;
const NAMED_WORD = /\s(?:benchmarks?|datasets?|suite|corpus|testbed)\b/;
const NOT_NAMES = /^(?:The|This|These|Our|A|An|On|In|For|With|From|At|By|To|Across|Using|Under|Each|Every|Extensive|Experiments?|Results?|Evaluations?|Several|Multiple|Standard|Public|Real|Diverse|Various|Existing|Popular|Common|Challenging|Large|Small|New|Novel|Key|Both|All|Five|Four|Three|Two|Ten|Six|Seven|Eight|Nine|LLM|ML|AI|CNN|DNN|GPU|CPU|FPGA|ASIC|Evaluated|Experimental|Comprehensive|Benchmark|Dataset)$/;

// A board or chip the dictionary does not know, named by its vendor and a model code with a digit
// ("Xilinx ZU19EG", "Intel Celeron SU2300", "NVIDIA RTX PRO 6000"): kept as written.
const VENDOR_MODEL = /(?<![\w-])(NVIDIA|Nvidia|AMD|Xilinx|Intel|Altera|Lattice|Microchip|Qualcomm|MediaTek|Rockchip|Samsung|Huawei)\s(?:Xilinx\s)?((?:[A-Z][A-Za-z]+\s){0,2}[A-Za-z]*\d[\w+-]*(?:\s(?:Pro|Max|Ultra|Ti|SUPER|Super|XT|XTX|Plus|Elite))?)(?![\w-])/g;
// Software, models and process nodes that follow a vendor's name the same way.
const NOT_DEVICE = /^(?:CUDA|cu[A-Z]\w*|TensorRT|ROCm|HIP|oneAPI|Vitis|Vivado|Quartus|NCCL|Nsight|Triton|OpenVINO|SNPE|QNN|Nemotron|Gemma|Llama|Megatron|NeMo|Audio2Face\w*|AM\d|\d+\s?nm|\d+[A-Z]?$)/;
const VENDOR_KIND: Record<string, string> = { Xilinx: 'FPGA', Altera: 'FPGA', Lattice: 'FPGA', Microchip: 'FPGA', NVIDIA: 'GPU', Nvidia: 'GPU' };

function vendorModels(text: string, known: EntityHit[]): EntityHit[] {
  const out: EntityHit[] = [];
  VENDOR_MODEL.lastIndex = 0;
  for (let m = VENDOR_MODEL.exec(text); m; m = VENDOR_MODEL.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (NOT_DEVICE.test(m[2]!) || /-(?:like|based|style|class)$/i.test(m[2]!) || /^\s(?:nm|process|node|technology)\b/i.test(text.slice(end, end + 12))) continue;
    if (known.some((k) => k.start < end && start < k.end)) continue;
    out.push({ name: `${m[1] === 'Nvidia' ? 'NVIDIA' : m[1]} ${m[2]}`, kind: VENDOR_KIND[m[1]!] ?? 'device', start, end });
  }
  return out;
}

/** Matches the dictionaries (built once per dictionary set). */
export function entityMatcher(d: Dictionaries): EntityMatcher {
  const hw = compile(d.hardware);
  const classes = compile(d.hardwareClasses);
  const benchAnyCase = compile(d.benchmarks);
  // "MATH", "RULER", "GLUE": a benchmark written as a capitalized word counts only as written ("math
  // benchmarks", "a ruler" are words); the matcher reads any case for the rest.
  const acronyms = new Set(d.benchmarks.flatMap((e) => e.aliases).filter((a) => /^[A-Z]{3,}$/.test(a)).map((a) => a.toLowerCase()));
  const bench = (text: string) => benchAnyCase(text).filter((h) => {
    // (The acronym may end in s itself, "APPS", "FLORES", "LVIS": "apps" and "Flores" are words.)
    const raw = text.slice(h.start, h.end);
    const stem = raw.replace(/s$/, '');
    const written = acronyms.has(raw.toLowerCase()) ? raw : stem;
    return !acronyms.has(written.toLowerCase()) || written === written.toUpperCase();
  });
  return {
    hardware(text) {
      // "VCK5000 Versal board", "an H100, a Hopper GPU": a family named with one of its members, or
      // right next to a model, names that device.
      const found = hw(text);
      const hits = [...found, ...vendorModels(text, found)].sort((a, b) => a.start - b.start);
      return hits.filter((h, i) => (!h.kind.endsWith('family')
        || !(hits.some((o) => o.family === h.name) || [hits[i - 1], hits[i + 1]].some((o) => o
          && !o.kind.endsWith('family') && /^\s?$/.test(text.slice(Math.min(h.end, o.end), Math.max(h.start, o.start))))))
        // "Zynq UltraScale+ MPSoC ZCU104": a series written just before one of its boards is that board;
        // "Qualcomm SM8750 (Snapdragon 8 Elite)": a name in parentheses right after a device names it again.
        && !(hits[i + 1] && h.family && hits[i + 1]!.family === h.family && /^[\s()]*(?:MPSoC\s|SoC\s)?$/.test(text.slice(h.end, hits[i + 1]!.start)))
        && !(hits[i - 1] && !(h.family && hits[i - 1]!.family === h.family) && /^\s?\($/.test(text.slice(hits[i - 1]!.end, h.start)) && /^\s?\)/.test(text.slice(h.end))));
    },
    hardwareClasses(text) {
      // "NVIDIA and AMD GPUs": a vendor's class, one hit per vendor, where each vendor is written.
      const out = classes(text);
      VENDOR_CLASS.lastIndex = 0;
      for (let m = VENDOR_CLASS.exec(text); m; m = VENDOR_CLASS.exec(text)) {
        // "Intel server processors" are its CPUs.
        const cls = /^processor/i.test(m[3]!) ? 'CPU' : m[3]!.replace(/s$/, '').toUpperCase();
        const second = m.index + m[0].indexOf(m[2] ?? '\u0000', m[1]!.length);
        out.push({ name: `${m[1]} ${cls}`, kind: 'class', start: m.index, end: m.index + m[1]!.length });
        if (m[2]) out.push({ name: `${m[2]} ${cls}`, kind: 'class', start: second, end: second + m[2].length });
        // The bare class word inside this phrase is not a hit of its own.
        const clsAt = m.index + m[0].length - m[3]!.length;
        for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start === clsAt) out.splice(i, 1);
      }
      return out.sort((a, b) => a.start - b.start);
    },
    benchmarks(text) {
      const known = bench(text);
      if (!NAMED_WORD.test(text)) return known;
      NAMED.lastIndex = 0;
      for (let m = NAMED.exec(text); m; m = NAMED.exec(text)) {
        const words = m[1]!.split(' ');
        while (words.length && NOT_NAMES.test(words[0]!)) words.shift();
        if (!words.length || /-based$|-like$/i.test(words[words.length - 1]!)) continue;
        const name = words.join(' ');
        const start = m.index + m[1]!.length - name.length;
        if (known.some((k) => k.start < start + name.length && start < k.end)) continue;
        known.push({ name, kind: 'benchmark', start, end: start + name.length });
      }
      return known.sort((a, b) => a.start - b.start);
    },
  };
}

const cache = new WeakMap<Dictionaries, EntityMatcher>();
/** The matcher for a dictionary set, compiled on first use. */
export function matcherFor(d: Dictionaries): EntityMatcher {
  let m = cache.get(d);
  if (!m) {
    m = entityMatcher(d);
    cache.set(d, m);
  }
  return m;
}
