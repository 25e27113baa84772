import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arxivIdFromPaperId, paperIdForArxiv, parseArxivId } from '../../src/core/arxiv-id.ts';

const cases: Array<[string, string | null, number | null]> = [
  ['2401.12345', '2401.12345', null],
  ['2401.12345v3', '2401.12345', 3],
  ['2401.12345V2', '2401.12345', 2],
  ['0704.0001', '0704.0001', null],
  ['1412.9999v1', '1412.9999', 1],
  ['arXiv:2310.01234', '2310.01234', null],
  ['https://arxiv.org/abs/2401.12345v2', '2401.12345', 2],
  ['http://arxiv.org/pdf/2401.12345v1.pdf', '2401.12345', 1],
  ['https://export.arxiv.org/abs/hep-th/9901001v2', 'hep-th/9901001', 2],
  ['hep-th/9901001', 'hep-th/9901001', null],
  ['HEP-TH/9901001', 'hep-th/9901001', null],
  ['math.gt/0309136', 'math.GT/0309136', null],
  ['math.GT/0309136v4', 'math.GT/0309136', 4],
  ['cond-mat/0102536', 'cond-mat/0102536', null],
  ['  2401.12345  ', '2401.12345', null],
];
const invalid = ['', 'abc', '2413.12345', '2401.123', '2401.123456', '1501.1234', '1401.12345', 'hep-th/99011', 'hep-th/9913001', 'https://example.com/abs/2401.12345', '2401.12345vx'];

test('parses arXiv ids in every form', () => {
  for (const [raw, id, version] of cases) {
    assert.deepEqual(parseArxivId(raw), { id, version }, raw);
  }
});

test('rejects what is not an arXiv id', () => {
  for (const raw of invalid) assert.equal(parseArxivId(raw), null, raw);
});

test('paper ids are URL-safe and reversible', () => {
  assert.equal(paperIdForArxiv('hep-th/9901001'), 'hep-th_9901001');
  assert.equal(paperIdForArxiv('2401.12345'), '2401.12345');
  assert.equal(arxivIdFromPaperId('hep-th_9901001'), 'hep-th/9901001');
  assert.equal(arxivIdFromPaperId('math.GT_0309136'), 'math.GT/0309136');
  assert.equal(arxivIdFromPaperId('t-0123456789ab'), null);
});
