import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CACHE_CONTROL } from '../../src/web/middleware/cache-policy.ts';
import { webApp, webFixture } from '../helpers/web-api.ts';
import { topicCorpus } from '../helpers/web-search.ts';

/** The web fixture plus three topics, with the semantic index built. */
const t = await webApp([...webFixture(), ...topicCorpus()]);
/** The same papers before `paperboy index` has run. */
const bare = await webApp([...webFixture(), ...topicCorpus()], { index: false });

async function search(query: string, app = t) {
  const res = await app.get(`/api/papers/search?${query}`);
  const body = await res.json() as any;
  return { status: res.status, body, headers: res.headers, ids: Array.isArray(body) ? body.map((e: any) => e.paper.id as string) : [] };
}

describe('GET /api/papers/search: modes', () => {
  it('is hybrid by default and says so, with the total in headers and the body the same array as ever', async () => {
    const r = await search('q=quantization%20kernels');
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('x-search-mode'), 'hybrid');
    assert.ok(Number(r.headers.get('x-total-count')) >= r.body.length);
    assert.equal(r.headers.get('x-total-is-lower-bound'), 'false');
    assert.ok(Array.isArray(r.body));
    for (const e of r.body) {
      assert.equal(typeof e.score, 'number');
      assert.equal(typeof e.paper.id, 'string');
      assert.equal(e.title, e.paper.title);
    }
    assert.match(r.body[0].title, /Quantization/);
  });

  it('lets other sites read the search headers', async () => {
    const r = await search('q=speech');
    const exposed = (r.headers.get('access-control-expose-headers') ?? '').split(/,\s*/);
    for (const h of ['X-Total-Count', 'X-Total-Is-Lower-Bound', 'X-Search-Mode', 'ETag']) assert.ok(exposed.includes(h), h);
  });

  it('lexical matches words only; semantic finds papers that share none of them', async () => {
    const lexical = await search('q=transcription%20audio&mode=lexical');
    assert.equal(lexical.headers.get('x-search-mode'), 'lexical');
    assert.equal(lexical.headers.get('x-total-count'), String(lexical.body.length));
    for (const e of lexical.body) assert.match(`${e.title} ${e.summary}`, /transcription/i);
    const semantic = await search('q=transcription%20audio&mode=semantic&limit=5');
    assert.equal(semantic.headers.get('x-search-mode'), 'semantic');
    // Only neighbours close enough count as results; every one of them is about speech.
    assert.ok(semantic.body.length >= 3, `${semantic.body.length} results`);
    for (const e of semantic.body) assert.match(e.title, /Speech|Acoustic/, 'the nearest are all about speech');
    const scores = semantic.body.map((e: any) => e.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'best first');
  });

  it('answers semantic and hybrid by words until the index is built, and says so', async () => {
    for (const mode of ['semantic', 'hybrid']) {
      const r = await search(`q=quantization&mode=${mode}`, bare);
      assert.equal(r.status, 200);
      assert.equal(r.headers.get('x-search-mode'), 'lexical', mode);
      assert.deepEqual(r.ids, (await search('q=quantization&mode=lexical', bare)).ids);
    }
  });

  it('sorts by date and by upvotes', async () => {
    for (const mode of ['lexical', 'semantic', 'hybrid']) {
      const byDate = (await search(`q=speech%20recognition&mode=${mode}&sort=date`)).body.map((e: any) => e.publishedAt as string);
      assert.ok(byDate.length >= 2, mode);
      assert.deepEqual(byDate, [...byDate].sort().reverse(), `${mode}: newest first`);
      const byVotes = (await search(`q=speech%20recognition&mode=${mode}&sort=upvotes`)).body.map((e: any) => e.paper.upvotes as number);
      assert.deepEqual(byVotes, [...byVotes].sort((a, b) => b - a), `${mode}: most upvoted first`);
    }
  });

  it('pages with limit and offset', async () => {
    const all = (await search('q=protein&mode=lexical&limit=6')).ids;
    assert.equal(all.length, 6);
    assert.deepEqual((await search('q=protein&mode=lexical&limit=2&offset=3')).ids, all.slice(3, 5));
    assert.deepEqual((await search('q=protein&mode=hybrid&limit=2&offset=1')).ids, (await search('q=protein&mode=hybrid&limit=3')).ids.slice(1));
  });
});

describe('GET /api/papers/search: filters, in every mode', () => {
  const modes = ['lexical', 'semantic', 'hybrid'];
  /** Whether the store holds a code link for a paper (imports also find them in abstracts). */
  const hasCode = async (id: string) => ((await t.deps.store.getPaper(id))?.links.code.length ?? 0) > 0;

  it('category, organization and has_code', async () => {
    for (const mode of modes) {
      const cat = await search(`q=kernels&mode=${mode}&category=cs.AR`);
      assert.ok(cat.ids.includes('2501.00002'), mode);
      for (const id of cat.ids) assert.ok(id === '2501.00002' || id.startsWith('2502.1'), `${mode}: ${id} is in cs.AR`);
      const org = await search(`q=speech&mode=${mode}&organization=Topic%20Lab`);
      assert.ok(org.ids.length > 0, mode);
      for (const e of org.body) assert.equal(e.organization?.name, 'Topic Lab', mode);
      const code = await search(`q=quantization&mode=${mode}&has_code=true`);
      assert.ok(code.ids.includes('2502.10000') && code.ids.includes('2502.10003'), mode);
      for (const id of code.ids) assert.ok(await hasCode(id), `${mode}: ${id} has code`);
      assert.ok((await search(`q=quantization&mode=${mode}&has_code=false`)).ids.length > code.ids.length, `${mode}: false filters nothing`);
    }
    assert.deepEqual((await search('q=quantization&mode=lexical&has_code=true')).ids.sort(), ['2502.10000', '2502.10003']);
  });

  it('since and until (inclusive days of publication) and author', async () => {
    assert.deepEqual((await search('q=Turing&mode=lexical')).ids.sort(), ['2412.00011', '2501.00001', '2501.00010']);
    assert.deepEqual((await search('q=Turing&mode=lexical&since=2025-01-01')).ids.sort(), ['2501.00001', '2501.00010']);
    assert.deepEqual((await search('q=Turing&mode=lexical&until=2025-01-10')).ids.sort(), ['2412.00011', '2501.00010']);
    assert.deepEqual((await search('q=Turing&mode=lexical&since=2025-01-03&until=2025-01-03')).ids, ['2501.00010']);
    assert.deepEqual((await search('q=alpha&mode=lexical&author=ada%20lovelace')).ids, ['2501.00001']);
    assert.deepEqual((await search('q=alpha&mode=lexical&author=Grace%20Hopper')).ids, []);
    for (const mode of modes) {
      const within = await search(`q=speech%20recognition&mode=${mode}&since=2025-02-05&until=2025-02-20`);
      assert.ok(within.body.length > 0, mode);
      for (const e of within.body) assert.ok(e.publishedAt >= '2025-02-05' && e.publishedAt < '2025-02-21', `${mode}: ${e.publishedAt}`);
      const byOne = await search(`q=speech%20recognition&mode=${mode}&author=Author%2020`);
      assert.deepEqual(byOne.ids, ['2502.30000'], mode);
    }
  });
});

describe('GET /api/papers/search: bad parameters are 400s naming them', () => {
  const bad: Array<[string, string]> = [
    ['q=x&mode=fuzzy', 'mode'], ['q=x&mode=', 'mode'], ['q=x&sort=new', 'sort'], ['q=x&since=2025-13-01', 'since'],
    ['q=x&until=yesterday', 'until'], ['q=x&since=2025-02-01&until=2025-01-01', 'until'], ['q=x&has_code=yes', 'has_code'],
    ['q=x&offset=-1', 'offset'], ['q=x&offset=10001', 'offset'], ['q=x&category=', 'category'], [`q=x&author=${'a'.repeat(201)}`, 'author'],
    ['q=x&organization=', 'organization'], ['mode=lexical', 'q'],
  ];
  for (const [query, parameter] of bad) {
    it(`${query.slice(0, 40)} → ${parameter}`, async () => {
      const r = await search(query);
      assert.equal(r.status, 400);
      assert.equal(r.body.error.code, 'invalid_argument');
      assert.equal(r.body.error.parameter, parameter);
      assert.match(r.body.error.message, new RegExp(`^${parameter} `));
    });
  }

  it('hostile queries are answered, never a 500', async () => {
    for (const q of ['"', '-', '-"x"', 'title:*', '*', 'a OR b NOT c', '"unclosed', '\u0000', '🙂', 'NEAR(a b)', '^x', '$x$', '<script>']) {
      for (const mode of ['lexical', 'semantic', 'hybrid']) {
        assert.equal((await search(`q=${encodeURIComponent(q)}&mode=${mode}`)).status, 200, `${mode} ${q}`);
      }
    }
  });
});

describe('GET /api/search/suggest', () => {
  it('suggests titles for a prefix, cacheable for a few minutes', async () => {
    const res = await t.get('/api/search/suggest?q=speech%20rec');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), CACHE_CONTROL.suggest);
    const body = await res.json() as Array<{ id: string; title: string }>;
    assert.ok(body.length >= 3);
    for (const s of body) {
      assert.deepEqual(Object.keys(s).sort(), ['id', 'title']);
      assert.match(s.title, /Speech Recognition/);
    }
  });

  it('gives at most 8, or limit', async () => {
    const many = await (await t.get('/api/search/suggest?q=a')).json() as unknown[];
    assert.ok(many.length <= 8);
    assert.equal((await (await t.get('/api/search/suggest?q=protein&limit=2')).json() as unknown[]).length, 2);
  });

  it('answers [] for nothing or for hostile input, and 400 without q', async () => {
    assert.deepEqual(await (await t.get('/api/search/suggest?q=zzyzx')).json(), []);
    assert.deepEqual(await (await t.get(`/api/search/suggest?q=${encodeURIComponent('"*) OR 1=1 --')}`)).json(), []);
    for (const q of ['', 'q=', `q=${'a'.repeat(251)}`, 'q=a&limit=0']) {
      const res = await t.get(`/api/search/suggest?${q}`);
      assert.equal(res.status, 400, q);
    }
  });
});
