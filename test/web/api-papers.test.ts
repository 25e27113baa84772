import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { webApp } from '../helpers/web-api.ts';

const t = await webApp();
const json = async (path: string) => {
  const res = await t.get(path);
  return { status: res.status, body: await res.json() as any };
};

describe('GET /api/papers/{id}', () => {
  it('presents the paper with Paperboy’s extra fields', async () => {
    const { status, body } = await json('/api/papers/2501.00002');
    assert.equal(status, 200);
    assert.deepEqual(body, {
      id: '2501.00002', title: 'Beta Kernels for Sparse Matrices', summary: 'Sparse kernels, $O(n \\log n)$ time.',
      authors: [{ name: 'Grace Hopper' }], publishedAt: '2025-01-15T00:00:00.000Z',
      submittedOnDailyAt: '2025-01-17T00:00:00.000Z', upvotes: 10, submittedOnDailyBy: { name: 'bob' },
      numComments: 0, categories: ['cs.AR'],
      links: { arxiv: 'https://arxiv.org/abs/2501.00002', pdf: 'https://arxiv.org/pdf/2501.00002', code: [] },
      arxivId: '2501.00002', version: 2, authorCount: 3, updatedAt: '2025-01-16T00:00:00.000Z',
    });
  });

  it('resolves versions, old-style ids in both spellings and title ids', async () => {
    for (const id of ['2501.00002v2', '2501.00002v1', 'arXiv:2501.00002']) {
      assert.equal((await json(`/api/papers/${encodeURIComponent(id)}`)).body.id, '2501.00002', id);
    }
    assert.equal((await json('/api/papers/hep-th_9901001')).body.arxivId, 'hep-th/9901001');
    assert.equal((await json('/api/papers/hep-th/9901001')).body.id, 'hep-th_9901001');
    const gamma = (await json('/api/daily_papers')).body[0].paper.id as string;
    assert.match(gamma, /^t-/);
    const byTitleId = await json(`/api/papers/${gamma}`);
    assert.equal(byTitleId.body.title, 'Gamma: A Paper Without an arXiv Id');
    assert.equal('arxivId' in byTitleId.body, false);
    assert.deepEqual(byTitleId.body.links, { code: [] });
  });

  it('answers 404 JSON for unknown ids', async () => {
    for (const id of ['2501.99999', 'nope', 'x'.repeat(300)]) {
      const { status, body } = await json(`/api/papers/${id}`);
      assert.equal(status, 404);
      assert.equal(body.error.code, 'paper_not_found');
    }
  });

  it('answers 404 JSON for unknown API addresses', async () => {
    const { status, body } = await json('/api/nothing-here');
    assert.equal(status, 404);
    assert.equal(body.error.code, 'not_found');
  });
});

describe('GET /api/papers/search', () => {
  // mode=lexical: the default is now hybrid, which also ranks papers by meaning; this is about words.
  it('finds papers best first, each with a score', async () => {
    const { status, body } = await json('/api/papers/search?q=sparse%20kernels&mode=lexical');
    assert.equal(status, 200);
    assert.equal(body.length, 1);
    assert.equal(body[0].paper.id, '2501.00002');
    assert.equal(typeof body[0].score, 'number');
    assert.equal(body[0].title, 'Beta Kernels for Sparse Matrices');
  });

  it('searches authors too and honours limit', async () => {
    assert.equal((await json('/api/papers/search?q=Turing')).body.length, 3);
    assert.equal((await json('/api/papers/search?q=Turing&limit=2')).body.length, 2);
    assert.deepEqual((await json('/api/papers/search?q=%21%21%21')).body, []);
  });

  const bad: Array<[string, string]> = [
    ['', 'q'], ['q=', 'q'], [`q=${'a'.repeat(251)}`, 'q'], ['q=x&limit=0', 'limit'], ['q=x&limit=121', 'limit'], ['q=x&limit=ten', 'limit'],
  ];
  for (const [query, parameter] of bad) {
    it(`answers 400 naming ${parameter} for "${query.slice(0, 20)}"`, async () => {
      const { status, body } = await json(`/api/papers/search?${query}`);
      assert.equal(status, 400);
      assert.equal(body.error.code, 'invalid_argument');
      assert.equal(body.error.parameter, parameter);
    });
  }

  it('takes a 250-character query', async () => {
    assert.equal((await json(`/api/papers/search?q=${'a'.repeat(250)}`)).status, 200);
  });
});

describe('GET /api/health', () => {
  it('reports the paper count and the database, never cached', async () => {
    const res = await t.get('/api/health');
    assert.deepEqual(await res.json(), { status: 'ok', papers: 8, database: 'sqlite' });
    assert.equal(res.headers.get('cache-control'), 'no-store');
  });
});
