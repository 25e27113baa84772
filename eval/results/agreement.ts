/**
 * Agreement between two annotators who labeled the same papers blind: the second annotator's labels
 * are scored against the first's exactly as extracted claims are (score.ts), so a field's numbers
 * read side by side with the extractor's on the same lines. Precision is the share of the second
 * annotator's claims the first also has, recall the share of the first's the second has (swap the
 * two and they swap).
 */
import type { LabeledPaper, ScoredClaim } from './score.ts';
import { scoreClaims, type Score } from './score.ts';

/** The second annotator's labels in the shape the scorer takes as predictions. */
export function asPredictions(labels: LabeledPaper[]): Map<string, ScoredClaim[]> {
  return new Map(labels.map((p) => [p.id, p.claims.map((c) => ({
    metric: c.metric, value: c.value ?? null, min: c.min ?? null, max: c.max ?? null, unit: c.unit,
    baseline: c.baseline ?? null, hardware: c.hardware ?? null, benchmark: c.benchmark ?? null,
    // (Only where this annotator labeled them: a missing key is no answer, not a null one.)
    ...('direction' in c ? { direction: c.direction ?? null } : {}), ...('qualifier' in c ? { qualifier: c.qualifier ?? null } : {}),
  }))]));
}

/**
 * The first annotator's papers (in label-file order) scored against the second's. Both must hold
 * the same ids: a paper only one of them labeled would count as disagreement it is not.
 */
export function agreement(first: LabeledPaper[], second: LabeledPaper[]): Score {
  const ids = new Set(second.map((p) => p.id));
  const missing = first.filter((p) => !ids.has(p.id)).map((p) => p.id);
  const extra = second.filter((p) => !first.some((f) => f.id === p.id)).map((p) => p.id);
  if (missing.length || extra.length) {
    throw new Error(`second annotator's labels must hold the same papers: ${missing.length ? `missing ${missing.join(', ')}` : ''}${missing.length && extra.length ? '; ' : ''}${extra.length ? `not in the first annotator's lines ${extra.join(', ')}` : ''}`);
  }
  return scoreClaims(first, asPredictions(second));
}
