import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { webApp } from '../helpers/web-api.ts';

const t = await webApp();
const titles = (body: Array<Record<string, any>>): string[] => body.map((e) => e.title.split(/[ :]/)[0]);
async function daily(query = '') {
  const res = await t.get(`/api/daily_papers${query}`);
  return { res, body: await res.json() as Array<Record<string, any>> };
}

describe('GET /api/daily_papers', () => {
  it('defaults to the newest day that has papers, most upvoted first', async () => {
    const { res, body } = await daily();
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^application\/json/);
    assert.deepEqual(titles(body), ['Gamma', 'Alpha', 'Beta']);
    assert.equal(res.headers.get('x-total-count'), '3');
  });

  it('shapes entries like Hugging Face and leaves unknown fields out', async () => {
    const { body } = await daily();
    const alpha = body.find((e) => e.paper.id === '2501.00001')!;
    assert.deepEqual(alpha, {
      paper: {
        id: '2501.00001', title: 'Alpha: Attention for Everything',
        summary: 'We present Alpha. Code at https://github.com/acme/alpha.',
        authors: [{ name: 'Ada Lovelace' }, { name: 'Alan Turing' }],
        publishedAt: '2025-01-16T00:00:00.000Z', submittedOnDailyAt: '2025-01-17T00:00:00.000Z', upvotes: 30,
        githubRepo: 'https://github.com/acme/alpha', projectPage: 'https://alpha.example.org/',
        organization: { name: 'Acme Lab' }, submittedOnDailyBy: { name: 'alice' },
      },
      title: 'Alpha: Attention for Everything', summary: 'We present Alpha. Code at https://github.com/acme/alpha.',
      publishedAt: '2025-01-16T00:00:00.000Z', numComments: 4, submittedBy: { name: 'alice' },
      organization: { name: 'Acme Lab' }, thumbnail: 'https://cdn.example.org/thumbs/2501.00001.png',
    });
    const gamma = body.find((e) => e.title.startsWith('Gamma'))!;
    for (const key of ['submittedBy', 'organization', 'thumbnail', 'trending']) assert.equal(key in gamma, false, key);
    for (const key of ['githubRepo', 'projectPage', 'withdrawnAt', 'organization']) assert.equal(key in gamma.paper, false, key);
    assert.doesNotMatch(JSON.stringify(body), /null/);
  });

  it('takes a date, an ISO week (across the new year) and a month', async () => {
    assert.deepEqual(titles((await daily('?date=2025-01-16')).body), ['Delta', 'Epsilon']);
    assert.deepEqual(titles((await daily('?date=2025-01-18')).body), []);
    assert.deepEqual(titles((await daily('?week=2025-W01')).body), ['Eta']);
    assert.deepEqual(titles((await daily('?week=2025-W02')).body), ['Zeta']);
    assert.deepEqual(titles((await daily('?week=2025-W03')).body), ['Gamma', 'Alpha', 'Beta', 'Delta', 'Evil', 'Epsilon']);
    assert.deepEqual(titles((await daily('?month=2024-12')).body), ['Eta']);
    assert.equal((await daily('?month=2025-01')).body.length, 7);
  });

  it('sorts by publication date', async () => {
    assert.deepEqual(titles((await daily('?sort=publishedAt')).body), ['Alpha', 'Beta', 'Gamma']);
  });

  it('sorts by trending score with each score and its explanation', async () => {
    const { body } = await daily('?sort=trending&week=2025-W03');
    assert.deepEqual(titles(body), ['Gamma', 'Alpha', 'Beta', 'Delta', 'Evil', 'Epsilon']);
    // Scored at the end of the week's last day seen so far: now (2025-01-20 12:00) is after the
    // week ended on 2025-01-19, so asOf = 2025-01-20 00:00 and Gamma is 60 h old.
    const gamma = body[0].trending;
    assert.equal(gamma.ageHours, 60);
    assert.equal(gamma.points, 51.5);
    assert.equal(gamma.score, 51.5 / Math.pow(62, 1.5));
    assert.match(gamma.explanation, /^\(50 upvotes \+ 0\.5 x 1 comments \+ 1\) \/ \(60\.0 h \+ 2\)\^1\.5 = /);
  });

  it('sort=trending without a range ranks the trending window', async () => {
    const { res, body } = await daily('?sort=trending&limit=3');
    assert.deepEqual(titles(body), ['Gamma', 'Alpha', 'Beta']);
    // The 14-day window ends on 2025-01-17, so Eta (2024-12-31) has left it.
    assert.equal(res.headers.get('x-total-count'), '7');
    assert.ok(body.every((e) => typeof e.trending.score === 'number'));
  });

  it('filters by submitter and pages with p and limit', async () => {
    assert.deepEqual(titles((await daily('?submitter=alice&month=2025-01')).body), ['Alpha', 'Delta']);
    assert.deepEqual(titles((await daily('?submitter=alice&month=2025-01&sort=trending')).body), ['Alpha', 'Delta']);
    assert.deepEqual(titles((await daily('?limit=2')).body), ['Gamma', 'Alpha']);
    const second = await daily('?limit=2&p=1');
    assert.deepEqual(titles(second.body), ['Beta']);
    assert.equal(second.res.headers.get('x-total-count'), '3');
    assert.deepEqual((await daily('?p=7')).body, []);
  });

  const bad: Array<[string, string]> = [
    ['limit=0', 'limit'], ['limit=101', 'limit'], ['limit=abc', 'limit'], ['limit=', 'limit'], ['limit=1.5', 'limit'],
    ['p=-1', 'p'], ['date=2025-02-30', 'date'], ['date=2025-1-5', 'date'], ['week=2025-W60', 'week'],
    ['week=2025-W53', 'week'], ['month=2025-13', 'month'], ['month=2025-00', 'month'], ['sort=votes', 'sort'],
    ['date=2025-01-16&week=2025-W03', 'week'], ['week=2025-W03&month=2025-01', 'month'],
    [`submitter=${'x'.repeat(101)}`, 'submitter'],
  ];
  for (const [query, parameter] of bad) {
    it(`answers 400 naming ${parameter} for ${query.slice(0, 40)}`, async () => {
      const res = await t.get(`/api/daily_papers?${query}`);
      assert.equal(res.status, 400);
      const body = await res.json() as { error: { code: string; message: string; parameter: string } };
      assert.equal(body.error.code, 'invalid_argument');
      assert.equal(body.error.parameter, parameter);
      assert.ok(body.error.message.startsWith(parameter), body.error.message);
    });
  }

  it('accepts 2026-W53, a year that has one', async () => {
    assert.equal((await t.get('/api/daily_papers?week=2026-W53')).status, 200);
  });

  it('answers an empty array for an empty database', async () => {
    const empty = await webApp([]);
    const res = await empty.get('/api/daily_papers');
    assert.deepEqual(await res.json(), []);
    assert.deepEqual(await (await empty.get('/api/daily_papers?sort=trending')).json(), []);
  });
});
