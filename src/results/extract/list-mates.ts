/**
 * Numbers listed beside a claim in the same unit, that no rule gave a metric and none read as no result:
 * "it achieves 89.33% and 64.80% on the same evaluations", "84.0% in CAD-Coder and 38.0% on KernelBench",
 * "gains of 8.2% in reasoning, 4.2% in world knowledge". A list measures one thing, so each takes the metric
 * of the claim it is listed with (the sentence rules read most lists themselves; this catches the ones
 * whose other items they could not name). Only a plain joiner between the two counts: a comma, "and", a
 * slash, or a scope ("on X, ", "in Y and ") with nothing else in it.
 */
import type { Claim } from '../types.ts';
import type { EntityHit } from './entities.ts';
import { claimOf, type UnclaimedNumber } from './unclaimed.ts';

// ("94.51% (87.20%) on HumanEval (Plus)": a level in parentheses right after one, for a variant, is the same measure.)
const JOINER = /^\s?(?:\([^()]{0,40}\)\s?)?(?:,\s(?:and\s)?|\sand\s|\s?\/\s?)$|^\s?\($|^\s(?:on|in|for)\s[^,;()]{1,40}?(?:\s\([^()]{0,30}\))?(?:,\s(?:and\s)?|\sand\s)$/;
const GLUED_BEFORE = /(?:[\w.-]|\d\s?[x×]\s?|[A-Z][\w-]*\s)$/;
const SETTING_AFTER = /^(?:-|\s?(?:x|×)\s?\d|th\b)/;
// A scope naming a comparison or a share ("than X and", "of the NVFP4 loss, and") starts another statement.
const NOT_SCOPE = /\b(?:than|over|vs\.?|versus|compared|relative|of)\b/i;

/** Claims for the numbers (`left`: those the sentence rules made nothing of) listed with a claim of the same unit. */
export function listMates(title: string, abstract: string, claims: Claim[], left: UnclaimedNumber[], benchmarks: (text: string) => EntityHit[]): Claim[] {
  const out: Claim[] = [];
  for (const c of left) {
    const field = c.source === 'title' ? title : abstract;
    // ("CIFAR-10", "ImageNet 256 x 256", "94-th percentile", "2-step FID": a number in a name or a setting.)
    if (GLUED_BEFORE.test(field.slice(Math.max(0, c.valueStart - 24), c.valueStart)) || SETTING_AFTER.test(field.slice(c.valueEnd, c.valueEnd + 8))) continue;
    // A mate found here is a claim the next number may be listed with ("0.87 for English (X), 0.85 for Spanish (X), 0.81 for Urdu").
    const same = [...claims, ...out].filter((p) => p.source === c.source && p.spanStart === c.sentence.start && p.unit === c.q.unit)
      .sort((a, b) => a.valueStart - b.valueStart);
    const prev = same.filter((p) => p.valueEnd <= c.valueStart).pop();
    const next = same.find((p) => p.valueStart >= c.valueEnd);
    const joins = (from: number, to: number) => { const gap = field.slice(from, to).replace(/\s+/g, ' '); return JOINER.test(gap) && !NOT_SCOPE.test(gap); };
    // (A level in parentheses after one must close them right after: "94.51% (87.20%)".)
    const alone = !/\(\s?$/.test(field.slice(Math.max(0, c.valueStart - 2), c.valueStart)) || /^\s?\)/.test(field.slice(c.valueEnd, c.valueEnd + 2));
    const mate = prev && alone && joins(prev.valueEnd, c.valueStart) ? prev : next && joins(c.valueEnd, next.valueStart) ? next : null;
    if (!mate) continue;
    // The set it is on, when one the dictionary knows follows it ("38.0% on KernelBench").
    const on = /^\s?%?\s(?:on|in)\s(?:the\s)?/.exec(field.slice(c.valueEnd, c.valueEnd + 12));
    const set = on ? benchmarks(field.slice(c.valueEnd, c.valueEnd + 60)).find((b) => b.start === on[0].length) : undefined;
    out.push(claimOf(c, { metric: mate.metric, direction: mate.direction, baseline: mate.baseline, hardware: mate.hardware, benchmark: set?.name ?? null }));
  }
  return out;
}
