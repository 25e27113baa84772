import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPaper } from '../../src/results/extract/index.ts';
import { BUILT_IN } from '../../src/results/dictionaries/load.ts';
import { readUnclaimed, unclaimedCandidates } from '../../src/results/extract/learned-reader.ts';
import { trainReader, type TrainingPaper } from '../../eval/results/reader-training.ts';

// Synthetic papers: a made-up measure the rules know no word for, labeled a pass rate, beside a share that is no result.
const paper = (i: number): TrainingPaper => ({
  title: `Glorp tallies for task ${i}`,
  abstract: `We study glorp tallies. The glorp tally reached ${20 + i}% in our trials. About ${3 + (i % 7)}% of the samples were discarded before training.`,
  claims: [{ metric: 'correctness', value: 20 + i, unit: '%' }],
});

test('reader experiment: the rules leave the synthetic numbers unclaimed, and each is a candidate with its offsets', () => {
  const p = paper(1);
  const rules = extractPaper(p.title, p.abstract, BUILT_IN, null).claims;
  assert.deepEqual(rules, []);
  const cands = unclaimedCandidates(p.title, p.abstract, rules, []);
  assert.deepEqual(cands.map((c) => [c.source, (c.source === 'title' ? p.title : p.abstract).slice(c.valueStart, c.valueEnd)]), [['title', '1'], ['abstract', '21%'], ['abstract', '4%']]);
  assert.ok(cands[1]!.features.includes('u=%') && cands[1]!.features.includes('L:tally'));
});

test('reader experiment: trained on labeled papers, the model claims the labeled measure in a new paper and not the other share', () => {
  const model = trainReader(Array.from({ length: 40 }, (_, i) => paper(i)), { threshold: 0.5, minCount: 2 });
  // The same labels give the same model.
  assert.deepEqual(trainReader(Array.from({ length: 40 }, (_, i) => paper(i)), { threshold: 0.5, minCount: 2 }), model);
  const title = 'More glorp tallies';
  const abstract = 'The glorp tally reached 77% overall. About 5% of the samples were discarded before training.';
  const claims = readUnclaimed(title, abstract, [], model);
  assert.deepEqual(claims.map((c) => [c.metric, c.value, c.unit, abstract.slice(c.valueStart, c.valueEnd)]), [['correctness', 77, '%', '77%']]);
  // A number a rule already claimed is never read again.
  assert.deepEqual(readUnclaimed(title, abstract, [{ ...claims[0]! }], model), []);
  // The extractor reads with it only when given the model; by default the rules alone.
  assert.deepEqual(extractPaper(title, abstract, BUILT_IN, model).claims.map((c) => [c.metric, c.value]), [['correctness', 77]]);
  assert.deepEqual(extractPaper(title, abstract).claims, []);
  // A number the rules read as no result (a sentence about prior work) stays unread.
  const prior = 'Previous work: the glorp tally reached 77% overall. The glorp tally reached 81% overall.';
  assert.deepEqual(extractPaper(title, prior, BUILT_IN, model).claims.map((c) => c.value), [81]);
});
