import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CorpusModel, sharedTerms, trainCorpusModel } from '../../src/search/semantic/corpus-model.ts';
import { countCooccurrences, PairTable } from '../../src/search/semantic/cooccurrence.ts';
import { CorpusEmbeddingProvider } from '../../src/search/semantic/corpus-provider.ts';
import { keepLargestPerRow, ppmiMatrix } from '../../src/search/semantic/ppmi.ts';
import { collectSample, splitTitle } from '../../src/search/semantic/training-sample.ts';
import { analyzeStems } from '../../src/search/text/analyze.ts';
import { syntheticCorpus } from '../fixtures/search/synthetic-corpus.ts';

const corpus = syntheticCorpus();
const texts = corpus.map((d) => d.text);
const model = trainCorpusModel(texts);

const cosine = (a: Float32Array, b: Float32Array): number => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return dot / Math.sqrt(na * nb);
};

function ranked(query: string): number[] {
  const q = model.embed(query);
  const vectors = model.embedMany(texts);
  return vectors.map((v, i) => [cosine(q, v), i] as const).sort((a, b) => b[0] - a[0]).map(([, i]) => i);
}

test('a small corpus trains with an adapted vocabulary and dimension', () => {
  assert.equal(model.trainedDocs, 60);
  assert.ok(model.vocabSize > 40, `vocabulary ${model.vocabSize}`);
  assert.ok(model.dim >= 8 && model.dim <= model.vocabSize / 4, `dim ${model.dim}`);
});

test('synonyms used in the same contexts get close vectors, unrelated words do not', () => {
  // "GPU" and "graphics processor" never appear in the same document: only their shared
  // contexts (kernel, cuda, threads, ...) can bring them together.
  const gpu = model.wordVector('gpu')!;
  const graphics = model.wordVector('graphic')!;
  assert.ok(cosine(gpu, graphics) > 0.5, `gpu~graphics ${cosine(gpu, graphics)}`);
  for (const other of ['galaxi', 'protein', 'robot', 'quantiz']) {
    const c = cosine(gpu, model.wordVector(other)!);
    assert.ok(c < 0.15, `gpu~${other} ${c}`);
  }
});

test('a query sharing no word with the titles finds the right topic', () => {
  const query = 'making networks smaller with fewer bits';
  const top = ranked(query).slice(0, 5);
  assert.deepEqual(top.map((i) => corpus[i].topic), Array(5).fill('quantization'));
  const queryStems = new Set(analyzeStems(query));
  for (const i of top) assert.ok(!analyzeStems(corpus[i].title).some((s) => queryStems.has(s)), corpus[i].title);
});

test('"graphics processor" finds the documents that only say GPU', () => {
  const top = ranked('graphics processor').slice(0, 12);
  assert.ok(top.every((i) => corpus[i].topic === 'hardware'));
  assert.ok(top.some((i) => corpus[i].text.includes('GPU') && !corpus[i].text.includes('graphics')));
});

test('embeddings are unit length, or all zeros when no word is known', () => {
  const v = model.embed(texts[0]);
  assert.equal(v.length, model.dim);
  assert.ok(Math.abs(Math.hypot(...v) - 1) < 1e-5);
  for (const empty of ['', 'zzyzx qwertyuiop', 'the of and']) assert.ok(model.embed(empty).every((x) => x === 0), empty);
  assert.deepEqual(model.embedMany(['', texts[1]]), [model.embed(''), model.embed(texts[1])]);
});

test('a document given as parts embeds like its "title. abstract" text', () => {
  const d = corpus[3];
  assert.deepEqual(model.embed({ title: d.title, abstract: d.abstract }), model.embed(d.text));
});

test('termWeights: tf-idf of known stems, title words weighing double', () => {
  const w = model.termWeights('Galaxy survey. galaxy stars unknownword');
  assert.deepEqual([...w.keys()].sort(), ['galaxi', 'star', 'survei']);
  // Each weight is (title occurrences x 2 + other occurrences) x log(N / df).
  const full = model.termWeights('stars');
  const idf = (stem: string) => model.termWeights(`x. ${stem === 'galaxi' ? 'galaxy' : stem === 'star' ? 'stars' : 'survey'}`).get(stem)!;
  assert.ok(Math.abs(w.get('galaxi')! - 3 * idf('galaxi')) < 1e-9);
  assert.ok(Math.abs(w.get('survei')! - 2 * idf('survei')) < 1e-9);
  assert.ok(Math.abs(w.get('star')! - idf('star')) < 1e-9);
  // A text with no sentence break is all title.
  assert.ok(Math.abs(full.get('star')! - 2 * idf('star')) < 1e-9);
});

test('sharedTerms returns readable words present in both texts', () => {
  const a = corpus.find((d) => d.topic === 'hardware' && d.text.includes('GPU'))!;
  const b = corpus.filter((d) => d.topic === 'hardware' && d.text.includes('GPU'))[1];
  const shared = sharedTerms(model, a.text, b.text, 3);
  assert.equal(shared.length, 3);
  for (const word of shared) {
    assert.match(word, /^[A-Za-z]+$/);
    assert.ok(a.text.toLowerCase().includes(word.toLowerCase()) && b.text.toLowerCase().includes(word.toLowerCase()), word);
  }
  assert.deepEqual(sharedTerms(model, a.text, corpus.find((d) => d.topic === 'astronomy')!.text, 3).filter((w) => w === 'GPU'), []);
  assert.equal(model.surface('gpu'), 'GPU');
  assert.equal(model.surface('not-a-stem'), 'not-a-stem');
});

test('training is deterministic: the same corpus gives byte-identical models', () => {
  const again = trainCorpusModel(texts);
  assert.ok(again.serialize().equals(model.serialize()));
  // A one-pass iterable reads the same documents as the array.
  assert.ok(trainCorpusModel((function* () { yield* texts; })()).serialize().equals(model.serialize()));
});

test('serialize / deserialize round-trips, from an unaligned buffer too', () => {
  const bytes = model.serialize();
  const copy = CorpusModel.deserialize(bytes);
  assert.equal(copy.dim, model.dim);
  assert.equal(copy.vocabSize, model.vocabSize);
  assert.equal(copy.trainedDocs, model.trainedDocs);
  assert.deepEqual(copy.embed(texts[5]), model.embed(texts[5]));
  assert.deepEqual(copy.termWeights(texts[5]), model.termWeights(texts[5]));
  assert.equal(copy.surface('gpu'), 'GPU');
  const shifted = Buffer.alloc(bytes.length + 1);
  bytes.copy(shifted, 1);
  assert.deepEqual(CorpusModel.deserialize(shifted.subarray(1)).embed(texts[7]), model.embed(texts[7]));
  assert.ok(copy.serialize().equals(bytes));
});

test('deserialize rejects foreign or damaged bytes', () => {
  const bytes = model.serialize();
  assert.throws(() => CorpusModel.deserialize(Buffer.from('not a model at all, clearly not one')), /not a corpus embedding model/);
  assert.throws(() => CorpusModel.deserialize(bytes.subarray(0, bytes.length - 4)), /expected/);
  const future = Buffer.from(bytes);
  future.writeUInt16LE(99, 4);
  assert.throws(() => CorpusModel.deserialize(future), /version 99/);
});

test('splitTitle cuts a "title. abstract" text at the first sentence break', () => {
  assert.deepEqual(splitTitle('A title. The abstract. More.'), ['A title.', ' The abstract. More.']);
  assert.deepEqual(splitTitle('Is it? Yes.'), ['Is it?', ' Yes.']);
  assert.deepEqual(splitTitle('v2.0 of a query'), ['v2.0 of a query', '']);
  assert.deepEqual(splitTitle({ title: 'T', abstract: null }), ['T', '']);
});

test('sampling keeps an evenly spaced subset, for arrays and one-pass iterables', () => {
  const docs = Array.from({ length: 50 }, (_, i) => `doc${i} words`);
  const fromArray = collectSample(docs, 20);
  // Stride ceil(50 / 20) = 3: documents 0, 3, ..., 48.
  assert.equal(fromArray.docCount, 17);
  assert.equal(fromArray.stems[fromArray.tokens[fromArray.docStarts[1]]], 'doc3');
  const fromIterable = collectSample((function* () { yield* docs; })(), 20);
  // The stride doubles each time the sample fills: 1, 2, 4 — documents 0, 4, ..., 48.
  assert.equal(fromIterable.docCount, 13);
  const firstWords = Array.from({ length: fromIterable.docCount }, (_, d) => fromIterable.stems[fromIterable.tokens[fromIterable.docStarts[d]]]);
  assert.deepEqual(firstWords, Array.from({ length: 13 }, (_, i) => `doc${i * 4}`));
  assert.equal(fromIterable.titleEnds[0], 2, 'a text without a sentence break is all title');
});

test('the corpus provider embeds through the model', async () => {
  const provider = new CorpusEmbeddingProvider(model);
  assert.equal(provider.name, 'corpus');
  assert.equal(provider.dim, model.dim);
  assert.deepEqual(await provider.embed([texts[2], 'zzyzx']), [model.embed(texts[2]), new Float32Array(model.dim)]);
});

test('co-occurrence and PPMI match hand-computed values', () => {
  // One document "a b c" with window 2: pairs {a,b} and {b,c} at distance 1, {a,c} at distance 2.
  const sample = {
    stems: ['a', 'b', 'c'], surfaces: ['a', 'b', 'c'], tokens: Int32Array.from([0, 1, 2]),
    docStarts: Int32Array.from([0, 3]), titleEnds: Int32Array.from([0]), docCount: 1,
  };
  const co = countCooccurrences(sample, Int32Array.from([0, 1, 2]), 3, 2, 10);
  assert.deepEqual(Array.from(co.rowSums), [1.5, 2, 1.5]);
  // With α = 1: PMI(w, c) = log n(w,c) - log n(w) - log(n(c) / T), T = 5.
  const m = ppmiMatrix(co, 3, { alpha: 1, shift: 0, maxRowEntries: 0 });
  const entry = (r: number, c: number) => {
    for (let p = m.indptr[r]; p < m.indptr[r + 1]; p++) if (m.indices[p] === c) return Number(m.values[p].toFixed(6));
    return 0;
  };
  assert.equal(entry(0, 1), Number(Math.log(1 / (1.5 * 0.4)).toFixed(6))); // 0.510826
  assert.equal(entry(1, 0), Number(Math.log(1 / (2 * 0.3)).toFixed(6)));
  assert.equal(entry(0, 2), Number(Math.log(0.5 / (1.5 * 0.3)).toFixed(6))); // 0.105361
  assert.equal(entry(1, 1), 0, 'no self-pairs');
  // Keeping one entry per row keeps the largest.
  const top = keepLargestPerRow(m, 1);
  assert.deepEqual(Array.from(top.indptr), [0, 1, 2, 3]);
  assert.equal(top.indices[0], 1);
});

test('the pair table prunes the rarest pairs when full, keeping memory bounded', () => {
  const table = new PairTable(2, 5); // at most 32 slots
  for (let round = 0; round < 5; round++) table.add(7, 1); // one heavy pair, weight 5
  for (let k = 100; k < 200; k++) table.add(k, 0.5);
  assert.ok(table.prunes > 0);
  assert.ok(table.size <= 0.7 * 32);
  const kept = new Map<number, number>();
  table.forEach((key, weight) => kept.set(key, weight));
  assert.equal(kept.get(7), 5);
});
