import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  coauthoredCount, indexCorpus, normalizeAuthor, pickSimilarSeeds, primaryCategory, similarCeiling, similarPrecisionAt,
} from '../../eval/similar.ts';

const p = (id: string, categories: string[], authors: string[]) => ({ id, categories, authors });
const source = p('s', ['cs.AR', 'cs.LG'], ['Ana Müller', 'Bo Chen']);
const corpus = [
  source,
  p('a', ['cs.AR'], ['Bo Chen']),
  p('b', ['cs.LG', 'cs.AR'], ['ana muller']),
  p('c', ['cs.AR'], ['Carla Diaz']),
  p('d', ['cs.CV'], ['Dev Patel']),
  p('e', ['I.2.7', 'cs.AR'], ['Bo  Chen']),
];

test('primary category is categories[0] when it is an arXiv category', () => {
  assert.equal(primaryCategory(source), 'cs.AR');
  assert.equal(primaryCategory(p('x', ['eess.IV'], [])), 'eess.IV');
  assert.equal(primaryCategory(p('x', ['I.2.7', 'cs.CL'], [])), null);
  assert.equal(primaryCategory(p('x', [], [])), null);
});

test('author names meet across accents, case and spacing', () => {
  assert.equal(normalizeAuthor('Ana  Müller'), 'ana muller');
  assert.equal(normalizeAuthor('J.-P. Dupont'), 'j p dupont');
});

test('precision@k by shared primary category and by shared author', () => {
  const list = ['a', 'b', 'c', 'd', 'e'].map((id) => corpus.find((x) => x.id === id)!);
  const r = similarPrecisionAt(source, list, 10);
  assert.equal(r.category, 0.2, 'a and c share cs.AR first; b lists cs.AR second; e starts with an ACM code');
  assert.equal(r.author, 0.3, 'a, b and e share an author');
  assert.equal(r.returned, 5);
  const top2 = similarPrecisionAt(source, list, 2);
  assert.deepEqual(top2, { category: 0.5, author: 1, returned: 2 });
});

test('the source itself and repeats never count', () => {
  const a = corpus[1]!;
  assert.deepEqual(similarPrecisionAt(source, [source, a, a], 2), { category: 0.5, author: 0.5, returned: 1 });
});

test('ceilings and seeds come from the corpus', () => {
  const index = indexCorpus(corpus);
  assert.equal(coauthoredCount(source, index), 3);
  assert.deepEqual(similarCeiling(source, index, 10), { category: 0.2, author: 0.3 });
  assert.deepEqual(similarCeiling(source, index, 2), { category: 1, author: 1 });
  const seeds = pickSimilarSeeds(corpus, 10, 1, index).map((s) => s.id).sort();
  assert.deepEqual(seeds, ['a', 'b', 's'], 'c and d have no co-author elsewhere; e has no arXiv primary category');
  assert.deepEqual(pickSimilarSeeds(corpus, 2, 5, index), pickSimilarSeeds(corpus, 2, 5, index));
});
