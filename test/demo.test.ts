import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCodeLinks } from '../src/core/text.ts';
import { normalizeTitle } from '../src/core/title-key.ts';
import { PaperboyError } from '../src/errors.ts';
import { apportion, isWeekday, parseDay } from '../src/demo/calendar.ts';
import { demoCorpus } from '../src/demo/corpus.ts';
import { SHARED_VOCAB } from '../src/demo/field.ts';
import { FIELDS } from '../src/demo/fields.ts';
import { AUTHORS, ORGANIZATIONS } from '../src/demo/people.ts';
import { createRng } from '../src/demo/rng.ts';
import { article, fill, fillContext, titleCase } from '../src/demo/template.ts';

const ANCHOR = '2025-03-14';
const corpus = demoCorpus({ anchorDate: ANCHOR });

describe('demoCorpus', () => {
  it('is deterministic: same options give byte-identical output', () => {
    assert.equal(JSON.stringify(demoCorpus({ anchorDate: ANCHOR })), JSON.stringify(corpus));
    assert.equal(JSON.stringify(demoCorpus({ anchorDate: ANCHOR, count: 50, seed: 7 })), JSON.stringify(demoCorpus({ anchorDate: ANCHOR, count: 50, seed: 7 })));
  });

  it('changes with the seed', () => {
    assert.notEqual(demoCorpus({ anchorDate: ANCHOR, count: 20, seed: 1 })[0].title, demoCorpus({ anchorDate: ANCHOR, count: 20, seed: 2 })[0].title);
  });

  it('makes 3000 papers by default and exactly count otherwise', () => {
    assert.equal(corpus.length, 3000);
    assert.equal(demoCorpus({ anchorDate: ANCHOR, count: 137 }).length, 137);
    assert.deepEqual(demoCorpus({ anchorDate: ANCHOR, count: 0 }), []);
  });

  it('has unique titles, as the store compares them', () => {
    const keys = new Set(corpus.map((p) => normalizeTitle(p.title)));
    assert.equal(keys.size, corpus.length);
  });

  it('fills every field a paper needs, with arxivId null and isDemo true', () => {
    for (const p of corpus) {
      assert.ok(p.title.length > 10 && p.title.length < 200, p.title);
      assert.ok(!p.title.includes('<') && !p.abstract!.includes('<'), `unfilled placeholder: ${p.title}`);
      assert.ok(p.abstract && p.abstract.length > 0);
      const words = p.abstract.split(/\s+/).length;
      assert.ok(words >= 120 && words <= 250, `${words} words: ${p.title}`);
      assert.ok(p.authors && p.authors.length >= 1 && p.authors.length <= 12);
      assert.equal(p.authorCount, p.authors.length);
      assert.equal(new Set(p.authors).size, p.authors.length);
      assert.ok(p.categories && p.categories.length >= 1 && p.categories.length <= 3);
      assert.equal(new Set(p.categories).size, p.categories.length);
      assert.equal(p.arxivId, null);
      assert.equal(p.isDemo, true);
      assert.ok(p.organization === null || ORGANIZATIONS.includes(p.organization!));
    }
  });

  it('dates every paper on a weekday no later than the anchor, feed day on or after publication', () => {
    const anchor = parseDay(ANCHOR);
    for (const p of corpus) {
      const published = parseDay(p.publishedAt!);
      const feed = parseDay(p.submittedOnDailyAt!);
      assert.ok(published <= anchor && feed <= anchor, p.publishedAt!);
      assert.ok(isWeekday(published) && isWeekday(feed));
      assert.ok(feed >= published && feed - published <= 4, `${p.publishedAt} -> ${p.submittedOnDailyAt}`);
      assert.ok(anchor - published < 120);
    }
  });

  it('spreads over at least three months with a plausible daily feed', () => {
    const months = new Set(corpus.map((p) => p.publishedAt!.slice(0, 7)));
    assert.ok(months.size >= 3, [...months].join(' '));
    const perDay = new Map<string, number>();
    for (const p of corpus) perDay.set(p.submittedOnDailyAt!, (perDay.get(p.submittedOnDailyAt!) ?? 0) + 1);
    assert.ok(perDay.size >= 80, `${perDay.size} feed days`);
    for (const [day, n] of perDay) assert.ok(n >= 15 && n <= 45, `${n} papers on ${day}`);
  });

  it('covers at least 8 primary categories and every field', () => {
    assert.ok(new Set(corpus.map((p) => p.categories![0])).size >= 8);
    for (const field of FIELDS) assert.ok(corpus.some((p) => field.primary.includes(p.categories![0])), field.key);
  });

  it('has inline LaTeX in about a tenth of abstracts', () => {
    const share = corpus.filter((p) => /\$[^$]+\$/.test(p.abstract!)).length / corpus.length;
    assert.ok(share > 0.05 && share < 0.2, `${share}`);
  });

  it('puts a GitHub link in about 30% of abstracts, mirrored in links.code', () => {
    const withCode = corpus.filter((p) => p.links!.code!.length > 0);
    const share = withCode.length / corpus.length;
    assert.ok(share > 0.2 && share < 0.4, `${share}`);
    for (const p of corpus) {
      assert.deepEqual(findCodeLinks(p.abstract!), p.links!.code);
      for (const url of p.links!.code!) assert.match(url, /^https:\/\/github\.com\/[a-z0-9-]+\/[a-z0-9-]+$/);
    }
    const projects = corpus.filter((p) => p.links!.project).length / corpus.length;
    assert.ok(projects > 0.05 && projects < 0.15, `${projects}`);
  });

  it('gives organizations to about 60% and draws authors from a diverse pool', () => {
    const share = corpus.filter((p) => p.organization).length / corpus.length;
    assert.ok(share > 0.5 && share < 0.7, `${share}`);
    assert.ok(AUTHORS.length >= 580 && new Set(AUTHORS).size === AUTHORS.length);
    const names = new Set(corpus.flatMap((p) => p.authors!));
    assert.ok(names.size > 500);
    assert.ok([...names].some((n) => /[^\x00-\x7f]/.test(n)), 'some non-ASCII names');
    assert.ok([...names].some((n) => /\p{Script=Han}/u.test(n)), 'some CJK names');
  });

  it('has heavy-tailed upvotes and comments that follow them', () => {
    for (const p of corpus) {
      assert.ok(Number.isInteger(p.upvotes) && p.upvotes! >= 0 && p.upvotes! <= 400);
      assert.ok(Number.isInteger(p.numComments) && p.numComments! >= 0 && p.numComments! <= 30);
    }
    const votes = corpus.map((p) => p.upvotes!).sort((a, b) => a - b);
    assert.ok(votes[Math.floor(votes.length / 2)] <= 20, 'median is small');
    const big = votes.filter((v) => v >= 100).length;
    assert.ok(big >= 2 && big <= 60, `${big} papers with 100+ votes`);
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    const popular = corpus.filter((p) => p.upvotes! >= 50).map((p) => p.numComments!);
    const quiet = corpus.filter((p) => p.upvotes! <= 5).map((p) => p.numComments!);
    assert.ok(mean(popular) > mean(quiet) * 3);
  });

  it('rejects a bad anchor date or count with invalid_argument', () => {
    for (const bad of [{ anchorDate: '2025-02-30' }, { anchorDate: 'yesterday' }, { anchorDate: ANCHOR, count: -1 }, { anchorDate: ANCHOR, count: 2.5 }]) {
      assert.throws(() => demoCorpus(bad), (err: unknown) => err instanceof PaperboyError && err.code === 'invalid_argument');
    }
  });

  it('ends on the last weekday when the anchor is a weekend day', () => {
    const papers = demoCorpus({ anchorDate: '2025-03-16', count: 200 }); // a Sunday
    assert.equal(papers.map((p) => p.submittedOnDailyAt!).sort().at(-1), '2025-03-14');
  });
});

describe('demo text templates', () => {
  it('fills every template of every field without unknown keys', () => {
    const rng = createRng(3);
    for (const f of FIELDS) {
      const fixed = { Name: 'TestNet', Ref: 'TestNet', url: 'https://github.com/a/b' };
      const all = [...f.namedTitles, ...f.plainTitles, ...f.context, ...f.details, ...f.results, ...f.math];
      for (const t of all) {
        const out = fill(t, rng, fillContext([f.vocab, SHARED_VOCAB], fixed));
        assert.ok(!/<[#a-z:]*[A-Za-z_]+>/.test(out), `${f.key}: ${out}`);
      }
    }
  });

  it('counts words as it fills', () => {
    const ctx = fillContext([{ x: ['one two', 'three four'] }]);
    const out = fill('Say <x> and <a:x> now.', createRng(1), ctx);
    assert.equal(ctx.spaces + 1, out.split(' ').length);
  });

  it('chooses a or an like a reader would', () => {
    assert.equal(article('FPGA design'), 'an');
    assert.equal(article('GPU kernel'), 'a');
    assert.equal(article('LLM'), 'an');
    assert.equal(article('unified model'), 'a');
    assert.equal(article('outlier-aware quantizer'), 'an');
    assert.equal(article('retrieval model'), 'a');
  });

  it('title-cases without touching acronyms or small words', () => {
    assert.equal(titleCase('FlashQuant: a fused kernel for long-context inference on H100 GPUs'), 'FlashQuant: A Fused Kernel for Long-Context Inference on H100 GPUs');
    assert.equal(titleCase('beyond cuBLAS: fast GEMM via split-K'), 'Beyond cuBLAS: Fast GEMM via Split-K');
    assert.equal(titleCase('learning dexterous in-hand manipulation'), 'Learning Dexterous In-Hand Manipulation');
    assert.equal(titleCase('the role of text-to-image models', false), 'the Role of Text-to-Image Models');
  });

  it('keeps title templates in Title Case, so phrases can be cased one by one', () => {
    for (const f of FIELDS) {
      for (const t of [...f.namedTitles, ...f.plainTitles]) {
        const masked = t.replace(/<[^>]+>/g, 'X');
        assert.equal(titleCase(masked), masked, `${f.key}: ${t}`);
      }
    }
  });

  it('apportions exactly the total', () => {
    assert.deepEqual(apportion(10, [1, 1, 1]), [4, 3, 3]);
    assert.equal(apportion(3000, [0.8, 1.1, 1.3, 0.9]).reduce((a, b) => a + b, 0), 3000);
  });
});
