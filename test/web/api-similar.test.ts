import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { webApp, webFixture } from '../helpers/web-api.ts';
import { TOPIC_IDS, topicCorpus } from '../helpers/web-search.ts';

const t = await webApp([...webFixture(), ...topicCorpus()]);
const bare = await webApp([...webFixture(), ...topicCorpus()], { index: false });

async function similar(path: string, app = t) {
  const res = await app.get(path);
  return { status: res.status, body: await res.json() as any };
}

/** A paper's words, lower-cased, for checking that a reason's words are really in it. */
async function wordsOf(id: string): Promise<string> {
  const p = (await t.deps.store.getPaper(id))!;
  return `${p.title} ${p.abstract}`.toLowerCase();
}
/** Whether `text` has a word starting with `term` (reasons may name a word's stem or singular). */
const hasWord = (text: string, term: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(text);

describe('GET /api/papers/{id}/similar', () => {
  it('lists the papers closest in meaning, each with the words and categories both share', async () => {
    for (const [topic, id] of Object.entries(TOPIC_IDS).filter(([k]) => k !== 'protein')) {
      const { status, body } = await similar(`/api/papers/${id}/similar`);
      assert.equal(status, 200);
      assert.equal(body.paper, id);
      assert.equal(body.available, true);
      assert.ok(body.items.length >= 5 && body.items.length <= 10, topic);
      assert.ok(!body.items.some((i: any) => i.id === id), 'never the paper itself');
      // The five nearest are the other papers of the same topic.
      for (const item of body.items.slice(0, 5)) assert.equal(item.id.slice(0, 6), id.slice(0, 6), `${topic}: ${item.title}`);
      const own = await wordsOf(id);
      const ownCategories = (await t.deps.store.getPaper(id))!.categories;
      for (const item of body.items) {
        const theirs = await wordsOf(item.id);
        for (const term of item.reason.terms) {
          assert.ok(hasWord(own, term) && hasWord(theirs, term), `${topic}: "${term}" is in both ${id} and ${item.id}`);
        }
        for (const c of item.reason.categories) assert.ok(ownCategories.includes(c), c);
      }
      assert.ok(body.items[0].reason.terms.length > 0, 'the closest paper has words in common');
      const scores = body.items.map((i: any) => i.score);
      assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'most similar first');
    }
    const quant = (await similar(`/api/papers/${TOPIC_IDS.quantization}/similar`)).body;
    assert.ok(quant.items[0].reason.terms.some((w: string) => /quantization|kernels/i.test(w)), JSON.stringify(quant.items[0].reason));
    assert.deepEqual(quant.items[0].reason.categories, ['cs.AR', 'cs.LG']);
  });

  it('sorts by date or upvotes among the similar, and honours limit', async () => {
    const id = TOPIC_IDS.speech;
    const byDate = (await similar(`/api/papers/${id}/similar?sort=date`)).body.items.map((i: any) => i.publishedAt);
    assert.deepEqual(byDate, [...byDate].sort().reverse());
    const byVotes = (await similar(`/api/papers/${id}/similar?sort=upvotes`)).body.items.map((i: any) => i.upvotes);
    assert.deepEqual(byVotes, [...byVotes].sort((a: number, b: number) => b - a));
    assert.equal((await similar(`/api/papers/${id}/similar?limit=3`)).body.items.length, 3);
  });

  it('presents each item as a paper object plus score and reason', async () => {
    const item = (await similar(`/api/papers/${TOPIC_IDS.quantization}/similar?limit=1`)).body.items[0];
    assert.deepEqual(Object.keys(item).filter((k) => !['githubRepo', 'organization'].includes(k)).sort(),
      ['authors', 'id', 'publishedAt', 'reason', 'score', 'submittedOnDailyAt', 'summary', 'title', 'upvotes'].sort());
    assert.ok(item.score > 0 && item.score <= 1);
  });

  it('resolves versioned and old-style ids to the canonical one', async () => {
    assert.equal((await similar('/api/papers/2501.00002v1/similar')).body.paper, '2501.00002');
    const old = await similar('/api/papers/hep-th/9901001/similar');
    assert.equal(old.status, 200);
    assert.equal(old.body.paper, 'hep-th_9901001');
  });

  it('says not available, with no items, until the index is built', async () => {
    const { status, body } = await similar(`/api/papers/${TOPIC_IDS.speech}/similar`, bare);
    assert.equal(status, 200);
    assert.deepEqual(body, { paper: TOPIC_IDS.speech, available: false, items: [] });
  });

  it('404s for unknown papers and 400s for bad parameters', async () => {
    for (const id of ['2599.99999', 'nope', 'x'.repeat(300)]) {
      const r = await similar(`/api/papers/${id}/similar`);
      assert.equal(r.status, 404, id);
      assert.equal(r.body.error.code, 'paper_not_found');
    }
    for (const [q, parameter] of [['limit=0', 'limit'], ['limit=51', 'limit'], ['sort=newest', 'sort'], ['sort=', 'sort']]) {
      const r = await similar(`/api/papers/${TOPIC_IDS.speech}/similar?${q}`);
      assert.equal(r.status, 400, q);
      assert.equal(r.body.error.parameter, parameter);
    }
  });
});
