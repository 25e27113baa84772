import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Paper } from '../../src/core/paper.ts';
import { decideVersion } from '../../src/harvest/versions.ts';
import type { PaperVersion } from '../../src/harvest/repo.ts';

const stored = (over: Partial<Paper> = {}): Paper => ({
  id: '2503.00001', arxivId: '2503.00001', version: 1, title: 'Old Title', abstract: 'Old abstract.', authors: [], authorCount: null,
  categories: ['cs.AR'], publishedAt: '2025-03-03', updatedAt: null, links: { arxiv: null, pdf: null, code: [], project: null },
  organization: null, upvotes: 0, numComments: 0, submittedOnDailyAt: '2025-03-04', withdrawnAt: null, submittedBy: null,
  thumbnail: null, isDemo: false, provenance: {}, ...over,
});
const rec = { arxivId: '2503.00001', title: 'Old Title', abstract: 'Old abstract.', publishedAt: '2025-03-03' };

test('a new paper: v1 without `updated`, unnumbered when first met at a later version', () => {
  assert.deepEqual(decideVersion(rec, null, null).versions.map((v) => [v.version, v.versionDate]), [[1, '2025-03-03']]);
  const later = decideVersion({ ...rec, updatedAt: '2025-03-09' }, null, null);
  assert.deepEqual(later.versions.map((v) => [v.version, v.versionDate]), [[null, '2025-03-09']]);
  assert.equal(later.input.version, null);
});

test('a later `updated` date is the next version; the same date again is not', () => {
  const d = decideVersion({ ...rec, updatedAt: '2025-03-09', title: 'New  title' }, stored({ version: 2, updatedAt: '2025-03-05' }), null);
  assert.equal(d.newVersion, true);
  assert.equal(d.input.version, 3);
  assert.deepEqual(d.versions.map((v) => [v.version, v.versionDate, v.titleChanged, v.abstractChanged]), [[2, '2025-03-05', false, false], [3, '2025-03-09', true, false]]);
  const latest: PaperVersion = { ...d.versions[1], seenAt: 'x' };
  assert.equal(decideVersion({ ...rec, updatedAt: '2025-03-09' }, stored({ version: 3, updatedAt: '2025-03-09' }), latest).newVersion, false);
});

test('a first version never counts as newer than a stored paper, whatever date another source gave it', () => {
  const d = decideVersion({ ...rec, publishedAt: '2025-03-04' }, stored({ publishedAt: '2025-03-03', version: null }), null);
  assert.equal(d.newVersion, false);
  assert.deepEqual(d.versions, []);
});

test('case, spacing and line wraps are not changes', () => {
  const d = decideVersion({ ...rec, updatedAt: '2025-03-09', title: 'old\n  title', abstract: 'Old   abstract.' }, stored(), null);
  assert.deepEqual(d.versions.at(-1)!.titleChanged || d.versions.at(-1)!.abstractChanged, false);
});
