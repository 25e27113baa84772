import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeStems, normalizeText, STOPWORDS } from '../../src/search/text/analyze.ts';
import { Lexicon } from '../../src/search/text/lexicon.ts';

test('analyze: stems with the words as written', () => {
  assert.deepEqual(analyze('Quantizing LLMs with INT8 kernels'), [
    { stem: 'quantiz', surface: 'Quantizing' },
    { stem: 'llm', surface: 'LLMs' },
    { stem: 'int8', surface: 'INT8' },
    { stem: 'kernel', surface: 'kernels' },
  ]);
});

const cases: [string, string, string[]][] = [
  ['stopwords and generic paper words go', 'We propose a novel method based on graphs and show results', ['graph']],
  ['inflections share a stem', 'quantization quantized quantize', ['quantiz', 'quantiz', 'quantiz']],
  ['splits on anything not a letter or digit', 'fine-tuning/pre_training (GPT-4)', ['fine', 'tune', 'pre', 'train', 'gpt']],
  ['drops 1-character words and long numbers, keeps short ones', 'a 3 x 12 2024 123456 3d', ['12', '2024', '3d']],
  ['diacritics are stripped', 'Schrödinger équation naïve', ['schroding', 'equat', 'naiv']],
  ['ligatures are split', 'ﬁne-grained', ['fine', 'grain']],
  ['LaTeX commands are notation, their arguments stay', 'an $\\mathcal{O}(n \\log n)$ \\textbf{sorting} bound', ['sort', 'bound']],
  ['LaTeX accents glue to their letter', "Poincar\\'e and Erd\\H{o}s", ['poincar', 'erdo']],
  ['non-Latin letters are words', 'αβ-stable 深度学习 model', ['αβ', 'stabl', '深度学习', 'model']],
  ['en dashes and curly quotes are breaks', 'encoder–decoder ‘attention’', ['encod', 'decod', 'attent']],
  ['empty and symbol-only text', ' $$ -- {} ', []],
];

for (const [name, text, stems] of cases) {
  test(`analyzeStems: ${name}`, () => assert.deepEqual(analyzeStems(text), stems));
}

test('normalizeText removes notation and marks only', () => {
  assert.equal(normalizeText('café \\emph{bold}'), 'cafe  {bold}');
  assert.equal(normalizeText('plain text'), 'plain text');
});

test('stopwords are lower case and include the generic paper words', () => {
  for (const w of ['paper', 'propose', 'results', 'show', 'approach', 'method', 'also', 'using', 'based', 'novel', 'the']) assert.ok(STOPWORDS.has(w), w);
  for (const w of ['model', 'data', 'low', 'large', 'state', 'performance']) assert.ok(!STOPWORDS.has(w), w);
  for (const w of STOPWORDS) assert.equal(w, w.toLowerCase());
});

test('the analyzer gives the same stems on repeated and interleaved calls (cache)', () => {
  const a = 'Sparse attention kernels for long-context transformers';
  const b = 'Attention is sparse; contexts are long';
  const first = analyzeStems(a);
  assert.deepEqual(analyzeStems(b), ['attent', 'spars', 'context', 'long']);
  assert.deepEqual(analyzeStems(a), first);
});

test('Lexicon numbers stems in order of appearance and keeps the usual written form', () => {
  const lex = new Lexicon();
  const ids: number[] = [];
  lex.read('GPUs and LLMs: Quantization of LLM weights', (id) => ids.push(id));
  lex.read('quantization helps GPU inference; quantized weights', (id) => ids.push(id));
  assert.deepEqual(lex.stems, ['gpu', 'llm', 'quantiz', 'weight', 'help', 'infer']);
  assert.deepEqual(ids, [0, 1, 2, 1, 3, 2, 4, 0, 5, 2, 3]);
  // "quantization" twice (once capitalized at a sentence start) beats "quantized" once, lower
  // case wins a tie with the capitalized form; acronyms keep their capitals.
  assert.deepEqual(lex.surfaces(), ['GPU', 'LLM', 'quantization', 'weights', 'helps', 'inference']);
});
