/**
 * Where a clause of a sentence ends, for the sentence rules: which words of a sentence are the same
 * clause as a number, and which a comparison can reach across.
 */
// A period inside a sentence is a boundary unless it ends an abbreviation ("79.6x vs. CPU", "e.g. FP8").
const HARD_BOUNDARY = /;|\bwhile\b|\bwhereas\b|\bbut\b|(?<!\b(?:vs|e\.g|i\.e|etc|cf|approx|resp|incl|al|Fig|Eq))\.\s/gi;

/** Where the clause holding `at` starts: just past the last hard boundary before it. */
export const lastBoundaryBefore = (text: string, at: number) => {
  let last = 0;
  HARD_BOUNDARY.lastIndex = 0;
  for (let m = HARD_BOUNDARY.exec(text); m && m.index < at; m = HARD_BOUNDARY.exec(text)) last = m.index + m[0].length;
  return last;
};
// ", and outperforms ..." starts a new clause; ", and 70% ..." continues a list.
// ", and more than a 3x increase in output length compared to the baseline": a list of numbers goes on.
export const hasBoundary = (s: string) => /;|\bwhile\b|\bwhereas\b|\bbut\b|,\s*and\s+(?!\d|up to|an? \d|an average|~|(?:more than|over|nearly|almost|about|roughly|approximately|at least) (?:an? )?\d|(?:an? )?orders? of magnitude)/i.test(s);
export const hasHardBoundary = (s: string) => /;|\bwhile\b|\bwhereas\b|\bbut\b/i.test(s);
