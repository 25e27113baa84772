/**
 * Where a result ran: the devices and device classes a sentence names as its platform, not as a
 * topic, a design's form, or where a baseline ran; and which of them is a number's.
 */
import { findComparisons, inside, type Comparison } from './baseline.ts';
import type { EntityHit, EntityMatcher } from './entities.ts';
import { normalize } from './normalize.ts';
import type { Quantity } from './quantities.ts';
import type { Sentence } from './sentences.ts';

// "GPU memory", "GPU utilization", "CPU time": a class that qualifies a metric names what is measured,
// not where the result ran (labels, rule 29); nor does "GPU workloads" or "GPU hours".
const CLASS_AS_TOPIC = /^s?(?:-side\b|'s\b|\s(?:frontend|backend|resources|features|pins|vendors?|market|offload(?:ing)?)\b)|^s?\s(?:design|designs|workloads?|kernels?|programming|applications?|market|vendors?|industry|community|developers?|code|software|architectures?|programs?|rate(?:-control)?|control|scheduling|sharing|allocation|hours|days|budgets?|memory|VRAM|utili[sz]ation|usage|power|energy|time|consumption|footprint|cycles|throughput|costs?|inference speed|query latency|latency|speed|compute|requirements?|batch(?:\ssizes?)?|performance|polling)\b|^s?-initiated\b/i;
// "requiring no GPU", "all without requiring additional GPUs": a class the work does without is not where it ran.
const NOT_USED = /\b(?:no|without(?:\s(?:requiring|needing|using|any))?(?:\s(?:additional|extra|dedicated|any|a))?)\s$/i;
// "than LLaMA 3 on an NVIDIA A100": the device right after a comparison is where the baseline ran.
const BASELINE_PLATFORM = /^\s(?:on|using|running on)\s(?:an?\s|the\s|a single\s)?$/i;
// "from the CPU-only baseline", "with matched GPU and CPU baselines": a class naming a baseline is where the compared system ran (rule 4).
const CLASS_OF_BASELINE = /^s?(?:-only|\s?(?:\/|,|and|or)\s?(?:GPU|CPU|FPGA|NPU|TPU)s?)?\sbaselines?\b/i;
// "on HBM-PIM", "using an RTX 4090", "on the Alveo U280 board".
// ("on consumer-grade GPUs (NVIDIA T4)", "on data-center-class hardware (NVIDIA A100)": the device named in parentheses.)
const ON_DEVICE = /\b(?:on|using|onto|atop|targeting)\s(?:an?\s|the\s|a single\s|our\s)?(?:[\w-]+\s){0,2}(?:[\w-]+\s?\(\s?)?$/i;
// "ASIC implementation in 28 nm", "on the ASIC platform": an ASIC is the form of the proposed
// design, not a device it was measured on, even when written as a platform (labels, rule 18).
export const asicForm = (h: EntityHit) => h.name === 'ASIC';

/** Of a sentence's device classes, those it names as where something ran (not a topic, not a design's form). */
export function platformClasses(text: string, classes: EntityHit[]): EntityHit[] {
  // "SPEC CPU benchmarks" name a suite, not a device.
  // ("throughput per GPU", "per-GPU memory": a unit of the metric, rule 29.)
  return classes.filter((h) => !CLASS_AS_TOPIC.test(text.slice(h.end, h.end + 16)) && !CLASS_OF_BASELINE.test(text.slice(h.end, h.end + 24)) && !asicForm(h) && !/\b(?:SPEC\s|per[\s-])$/.test(text.slice(Math.max(0, h.start - 5), h.start))
    && !NOT_USED.test(text.slice(Math.max(0, h.start - 40), h.start)));
}

export function nearest(hits: EntityHit[], at: number): EntityHit | null {
  let best: EntityHit | null = null;
  for (const h of hits) if (!best || Math.abs(h.start - at) < Math.abs(best.start - at)) best = h;
  // "Zynq UltraScale+ MPSoC ZCU102": of names written together, the last is the most specific.
  for (const h of hits) if (best && h.start > best.end && h.start - best.end <= 8) best = h;
  return best;
}

/**
 * "up to 7.68x (2.7x average) on HBM-PIM and up to 13.17x on AttAcc": the device in the "on X"
 * phrase after a number (or its list) and before the next number is that number's, even when a
 * device of the previous number is nearer (claims.ts reads a benchmark after a score the same way).
 */
export function forwardEntity(text: string, group: Quantity[], qs: Quantity[], hits: EntityHit[]): EntityHit | null {
  const from = group[group.length - 1]!.end;
  // "13.17x speedup (5.75x average) on AttAcc": an aside in parentheses does not end the window.
  const next = qs.find((x) => x.start >= from && !group.includes(x) && !/\(\s?$/.test(text.slice(0, x.start)));
  const to = Math.min(next ? next.start : text.length, from + 80);
  for (const h of hits) {
    if (h.start < from || h.start >= to) continue;
    const gap = text.slice(from, h.start);
    if (/[;,]|\bwhile\b|\bwhereas\b|\bbut\b/i.test(gap)) return null;
    if (ON_DEVICE.test(gap)) {
      // (A class refined by the model in parentheses after it is that model.)
      const named = hits.find((m) => m.start > h.end && /^\s?\(\s?$/.test(text.slice(h.end, m.start)));
      return named ?? h;
    }
  }
  return null;
}

/**
 * "4.86x and 2.18x on NVIDIA and AMD GPUs, respectively", "98.5%, 84.1% and 47.4% on LIBERO, LIBERO-Plus
 * and VLABench, respectively": one name (a device, a benchmark) per number, in order. Without
 * "respectively" a list must be followed at once by as many names, themselves a list ("+9.8%, +5.7% and
 * +11.4% on GSM8K, MATH and MBPP"); with it the names may come first ("On GPQA, AIME24 and
 * LiveCodeBench, X achieves 63.6%, 66.7% and 47.1%, respectively"), when no other number stands between.
 */
export function zippedEntity(text: string, g: { group: Quantity[]; index: number } | undefined, hits: EntityHit[], until = text.length): EntityHit | null {
  if (!g || g.group.length < 2) return null;
  const n = g.group.length;
  const respectively = /\brespectively\b/i.test(text);
  const last = g.group[n - 1]!;
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const distinct = (hs: EntityHit[]) => hs.length === n && new Set(hs.map((h) => h.name)).size === n;
  const after = sorted.filter((h) => h.start >= last.end && h.start < until).slice(0, n);
  if (distinct(after) && (respectively || (LIST_LEAD.test(text.slice(last.end, after[0]!.start))
    && after.every((h, i) => i === 0 || LIST_JOIN.test(text.slice(after[i - 1]!.end, h.start)))))) return after[g.index]!;
  // (Names read before the list must lead into it: no other number between; a model's size is a name,
  // "On GAIA, HLE and BrowseComp -- the 72B variant achieves 41%, 20% and 35%, respectively".)
  const before = sorted.filter((h) => h.end <= g.group[0]!.start);
  if (!distinct(before) || /\d/.test(text.slice(before[n - 1]!.end, g.group[0]!.start).replace(MODEL_SIZE, ''))) return null;
  if (respectively) return before[g.index]!;
  // Without "respectively" the names must be one list after "on" or "across", as after the numbers ("Experiments on
  // CIFAR-100 and ImageNet-1K demonstrate gains of 5.59% and 0.83%").
  return LEAD_BEFORE.test(text.slice(0, before[0]!.start)) && before.every((h, i) => i === 0 || LIST_JOIN.test(text.slice(before[i - 1]!.end, h.start))) ? before[g.index]! : null;
}

/** What may stand between a list of numbers and the list of names it is read with, and between two names. */
const LIST_LEAD = /^\s*(?:points?\s)?(?:on|in|for|across)\s(?:the\s)?$/;
const LIST_JOIN = /^(?:\s?,\s?(?:and\s|or\s)?|\s(?:and|or)\s)$/;
// "on MATH-500, AIME and GPQA-Diamond it shows ...": what leads into a list of names read before its numbers.
const LEAD_BEFORE = /\b(?:on|across)\s(?:the\s)?$/i;
// "the 72B variant": a model's size between the names and the numbers is no other result.
const MODEL_SIZE = /\b\d+(?:\.\d+)?[BM]\b/g;

/** Device classes a sentence without numbers names as a platform ("deployed on FPGA", not "GPU workloads"). */
export function sentenceClasses(s: Sentence, matcher: EntityMatcher): EntityHit[] {
  const text = normalize(s.text).text;
  const hits = platformClasses(text, matcher.hardwareClasses(text));
  if (hits.length === 0) return hits;
  const comps = findComparisons(text);
  return hits.filter((h) => !comps.some((c) => inside(c, h.start)) && !baselineSide(text, comps, h));
}

/**
 * The device says where a baseline ran: "than LLaMA 3 on an NVIDIA A100", or in parentheses after a
 * compared-with class, "over CPU (Intel Xeon Gold 5218R) and GPU (NVIDIA V100) implementations".
 */
export function baselineSide(text: string, comps: Comparison[], h: EntityHit): boolean {
  return comps.some((c) => BASELINE_PLATFORM.test(text.slice(c.end, h.start))
    || (c.end <= h.start && h.start - c.end < 60 && /\(\s?$/.test(text.slice(0, h.start))
      && !/[;.]\s|,|\b(?:our|we|proposed|while|whereas)\b/i.test(text.slice(c.end, h.start))));
}

/** Devices named in a sentence outside comparisons (for sentences without numbers). */
export function sentenceDevices(s: Sentence, matcher: EntityMatcher): EntityHit[] {
  const text = normalize(s.text).text;
  const hits = matcher.hardware(text);
  if (hits.length === 0) return hits;
  const comps = findComparisons(text);
  return hits.filter((h) => !comps.some((c) => inside(c, h.start)) && !baselineSide(text, comps, h));
}
