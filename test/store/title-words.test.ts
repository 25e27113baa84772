import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTitleWordsMatch } from '../../src/db/sqlite/title-words.ts';
import { paperInput, put, testStore } from '../helpers/store.ts';

const titles = (word: string, n: number) => Array.from({ length: n }, (_, i) => paperInput({ title: `${word} study number ${i}`, abstract: 'plain text' }));

test('any-word title queries keep the rarest words within the row budget, and drop the common ones', async () => {
  const store = testStore();
  await put(store, [...titles('Transformer', 30), ...titles('Quokka', 3), ...titles('Wombat', 5), paperInput({ title: 'Numbat survey' })]);
  const match = createTitleWordsMatch(store.db, 10);
  // Quokka (3) + wombat (5) fit in 10 titles; transformer (30) alone would not.
  assert.equal(match('transformer quokka wombat'), 'title : ("quokka" OR "wombat"*)');
  assert.equal(match('quokka numbat wombat transformer'), 'title : ("numbat" OR "quokka" OR "wombat")');
  // Function words go first; a query of common words only has no list.
  assert.equal(match('the quokka of'), 'title : ("quokka"*)');
  assert.equal(match('transformer study'), null);
  assert.equal(match('   '), null);
  // Exclusions and phrases keep their meaning.
  assert.equal(match('quokka -wombat'), '(title : ("quokka"*)) NOT "wombat"');
  assert.equal(match('"numbat survey" transformer'), 'title : ("numbat survey")');
});

test('the counts follow new papers: a word that grows past the budget leaves the list', async () => {
  const store = testStore();
  await put(store, [...titles('Quokka', 3), ...titles('Wombat', 4)]);
  const match = createTitleWordsMatch(store.db, 10);
  assert.equal(match('quokka wombat'), 'title : ("quokka" OR "wombat"*)');
  await put(store, titles('Wombat', 20));
  assert.equal(match('quokka wombat'), 'title : ("quokka")');
});

test('any-word search over the store ranks a title with a word replaced first', async () => {
  const store = testStore();
  await put(store, [...titles('Model', 40), paperInput({ title: 'Quokka Routing for Sparse Wombat Networks' })]);
  const page = await store.searchRowids({ query: 'quokka routing for dense wombat model', limit: 5, offset: 0, matchAny: true });
  const [hit] = await store.papersByRowids([page.items[0].rowid]);
  assert.equal(hit.paper.title, 'Quokka Routing for Sparse Wombat Networks');
});
