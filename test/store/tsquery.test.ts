import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anyOfTsQuery, lexeme, toTsQuery } from '../../src/db/postgres/tsquery.ts';
import { ftsText } from '../../src/db/postgres/fts-text.ts';

// The PostgreSQL query builder, table-driven: what a person types -> the tsquery text.
const cases: Array<[string, Parameters<typeof toTsQuery>[1], string | null]> = [
  ['sparse attention', {}, "'sparse' & 'attention':*"],
  ['sparse attention', { prefixLast: false }, "'sparse' & 'attention'"],
  ['"attention kernels"', {}, "('attention':A <-> 'kernels':A | 'attention':B <-> 'kernels':B | 'attention':C <-> 'kernels':C)"],
  ['attention -survey', {}, "('attention':*) & !'survey'"],
  ['kernel -"sparse attention"', {}, "('kernel':*) & !('sparse':A <-> 'attention':A | 'sparse':B <-> 'attention':B | 'sparse':C <-> 'attention':C)"],
  ['2024', {}, "'2024'"],
  ['low-bit', {}, "'low' & 'bit':*"],
  ['Müller', {}, "'Muller':*"],
  ['the theory of graphs', { any: true, weights: 'A' }, "'theory':A | 'graphs':*A"],
  ['kernel fus', { weights: 'A' }, "'kernel':A & 'fus':*A"],
  ['graph -survey', { any: true, weights: 'A' }, "('graph':*A) & !'survey':A"],
  ["it's a \\ test", {}, "'it' & 's' & 'a' & 'test':*"],
  ['title:x OR (a & b) | !c <-> d:*', {}, "'title' & 'x' & 'OR' & 'a' & 'b' & 'c' & 'd':*"],
  ['', {}, null],
  ['-only -excluded', {}, null],
  ['"', {}, null],
  ['!!! *** &&&', {}, null],
];

test('queries become tsquery text with escaped lexemes and no operator from the input', () => {
  for (const [input, opts, expected] of cases) assert.equal(toTsQuery(input, opts), expected, input);
});

test('lexemes double quotes and backslashes, as the tsquery syntax reads them', () => {
  assert.equal(lexeme("it's"), "'it''s'");
  assert.equal(lexeme('a\\b'), "'a\\\\b'");
});

test('documents fold the way queries do', () => {
  assert.equal(ftsText('Low-bit   José  (2024)'), 'Low bit Jose 2024');
  assert.equal(anyOfTsQuery(['survey', 'graph neural', '!!']), "'survey' | ('graph':A <-> 'neural':A | 'graph':B <-> 'neural':B | 'graph':C <-> 'neural':C)");
  assert.equal(anyOfTsQuery([]), null);
});
