import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { webApp } from '../helpers/web-api.ts';
import { extractPending } from '../../src/results/service.ts';
import { resultsFixture } from './fixture.ts';

const t = await webApp(resultsFixture(), { index: false });
await extractPending(t.deps.store);
const html = async (path: string) => { const r = await t.get(path); assert.equal(r.status, 200, path); return r.text(); };

describe('GET /api/results', () => {
  it('returns claims with every documented field, filtered and sorted, and the total in a header', async () => {
    const r = await t.get('/api/results?metric=speedup&hardware=nvidia%20h100&sort=value_desc');
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('x-total-count'), '3');
    const body = await r.json() as any[];
    assert.deepEqual(body.map((c) => [c.value, c.unit, c.baseline, c.paper.id]), [
      [3, 'x', '<b onmouseover=alert(1)>evil</b> library', '2501.00006'], [2.4, 'x', 'cuBLAS', '2411.00002'], [1.5, 'x', 'cuBLAS', '2410.00001'],
    ]);
    assert.deepEqual(Object.keys(body[1]).sort(), ['baseline', 'benchmark', 'direction', 'hardware', 'metric', 'paper', 'qualifier', 'source', 'span', 'unit', 'value', 'valueEnd', 'valueStart']);
    assert.equal(body[1].span, 'Fused sparse kernels reach a 2.4$\\times$ speedup over cuBLAS on the H100 and 97.6% correctness on KernelBench.');
    assert.equal(body[1].benchmark, 'KernelBench');
  });

  it('writes a range as min and max, and a qualifier', async () => {
    const body = await (await t.get('/api/results?benchmark=KernelBench&metric=speedup')).json() as any[];
    const range = body.find((c) => c.paper.id === '2412.00003');
    assert.deepEqual([range.min, range.max, range.value, range.hardware], [1.9, 38.8, undefined, 'NVIDIA A100']);
    const upTo = await (await t.get('/api/results?baseline=vendor')).json() as any[];
    assert.deepEqual(upTo.map((c) => [c.value, c.qualifier, c.hardware]), [[4.86, 'up to', 'NVIDIA GPU'], [2.18, 'up to', 'AMD GPU']]);
  });

  it('filters by date and category, pages, and exports CSV', async () => {
    const jan = await (await t.get('/api/results?since=2025-01-01&until=2025-01-31&category=cs.LG')).json() as any[];
    assert.deepEqual(jan.map((c) => [c.metric, c.value]), [['memory', 61], ['accuracy', 99.1]]);
    const paged = await t.get('/api/results?sort=date_asc&limit=2&offset=1');
    assert.deepEqual((await paged.json() as any[]).map((c) => c.value), [2.4, 97.6]);
    const csv = await t.get('/api/results?metric=speedup&sort=date_asc&format=csv');
    assert.match(csv.headers.get('content-type')!, /^text\/csv/);
    assert.match(csv.headers.get('content-disposition')!, /attachment; filename="paperboy-results\.csv"/);
    const lines = (await csv.text()).split('\r\n');
    assert.equal(lines[0], 'paper_id,paper_title,published_at,metric,value,min,max,unit,direction,qualifier,baseline,hardware,benchmark,span');
    assert.equal(lines[1], '2410.00001,Sparse Kernel Tuning,2024-10-10,speedup,1.5,,,x,better,,cuBLAS,NVIDIA H100,,Our sparse kernels are 1.5x faster than cuBLAS on an NVIDIA H100.');
    assert.equal(lines[3], '2412.00003,Sparse Attention Kernels,2024-12-10,speedup,,1.9,38.8,x,better,,PyTorch eager,NVIDIA A100,KernelBench,Attention kernels run 1.9-38.8x faster than PyTorch eager on KernelBench on an A100 GPU.');
  });

  it('rejects bad parameters naming them', async () => {
    for (const [q, name] of [['metric=velocity', 'metric'], ['limit=0', 'limit'], ['since=2025-02-30', 'since'], ['sort=random', 'sort']]) {
      const r = await t.get(`/api/results?${q}`);
      assert.equal(r.status, 400, q);
      assert.equal(((await r.json()) as any).error.parameter, name);
    }
  });

  it('GET /api/papers/{id}/results lists one paper\'s claims in order; unknown ids are 404', async () => {
    const body = await (await t.get('/api/papers/2411.00002/results')).json() as any[];
    assert.deepEqual(body.map((c) => [c.metric, c.value, c.unit]), [['speedup', 2.4, 'x'], ['correctness', 97.6, '%']]);
    assert.equal(body[0].paper, undefined);
    assert.deepEqual(await (await t.get('/api/papers/2501.00007/results')).json(), []);
    assert.equal((await t.get('/api/papers/0000.00000/results')).status, 404);
  });
});

describe('result pages', () => {
  it('the explorer has a filter form, sortable columns, export links and a chart of the chosen metric', async () => {
    const page = await html('/results?metric=speedup&sort=value_desc');
    assert.match(page, /<form class="results-filters" action="\/results" method="get">/);
    assert.match(page, /<option value="speedup" selected="">Speedup<\/option>/);
    assert.equal((page.match(/<tbody>[\s\S]*<\/tbody>/)![0].match(/<tr>/g) ?? []).length, 6);
    assert.match(page, /href="\/results\?metric=speedup&amp;sort=value_asc" data-sort="value"/);
    assert.match(page, /href="\/api\/results\?metric=speedup&amp;sort=value_desc&amp;limit=1000&amp;format=csv" data-export="csv"/);
    const svg = page.match(/<svg[^>]*data-chart="values"[\s\S]*?<\/svg>/)![0];
    assert.equal((svg.match(/<circle /g) ?? []).length, 6);
    assert.match(svg, /<title id="value-chart-title">Speedup \(x\) reported over time<\/title>/);
    // The time axis names the months the claims span (October 2024 to January 2025).
    assert.deepEqual([...svg.matchAll(/class="axis-label">([^<]+)</g)].map((m) => m[1]), ['Oct 2024', 'Nov', 'Dec', 'Jan 2025']);
    // The sentence's math is typeset, as on the paper page; the number's mark holds its whole formula.
    const mark = page.match(/<mark>2\.4<span class="katex">[\s\S]*?<\/mark>/);
    assert.ok(mark, 'the marked number with its typeset times sign');
    assert.match(mark[0], /×/);
    assert.doesNotMatch(page, /2\.4\$\\times\$/);
  });

  it('hardware, benchmark and baseline pages list every claim about them', async () => {
    const h100 = await html('/results/hardware/NVIDIA%20H100');
    assert.match(h100, /<h1>NVIDIA H100<\/h1>/);
    assert.match(h100, /4 claims from 3 papers/);
    for (const id of ['2410.00001', '2411.00002', '2501.00006']) assert.ok(h100.includes(`/papers/${id}`), id);
    assert.match(await html('/results/benchmarks/KernelBench'), /3 claims from 2 papers/);
    assert.match(await html('/results/baselines/cuBLAS'), /2 claims from 2 papers whose baseline mentions this name/);
    assert.match(await html('/results/hardware/Nothing'), /No claims mention Nothing/);
  });

  it('trends chart papers per month as SVG and list growing terms', async () => {
    const page = await html('/trends?category=cs.DC');
    const svg = page.match(/<svg[^>]*data-chart="months"[\s\S]*?<\/svg>/)![0];
    assert.equal((svg.match(/<rect /g) ?? []).length, 24);
    assert.match(svg, /<rect [^>]*data-month="2025-01"><title>2025-01: 2 papers<\/title>/);
    assert.match(svg, /data-month="2024-11"><title>2024-11: 1 papers<\/title>/);
    const search = await html('/trends?q=attention');
    assert.match(search, /data-month="2025-01"><title>2025-01: 2 papers<\/title>/);
    const entity = await html('/trends?entity=hardware%3ANVIDIA%20H100');
    assert.match(entity, /data-month="2024-10"><title>2024-10: 1 papers<\/title>/);
    assert.equal((await t.get('/trends?entity=gpu')).status, 400);
  });

  it('the paper page has a Results section with highlighted spans and artifacts', async () => {
    const page = await html('/papers/2411.00002');
    assert.match(page, /<h2 id="results-h">Results<\/h2>/);
    assert.match(page, /<strong>Speedup: 2\.4×<\/strong> over <a href="\/results\/baselines\/cuBLAS">cuBLAS<\/a> on <a href="\/results\/hardware\/NVIDIA%20H100">NVIDIA H100<\/a>/);
    assert.match(page, /<mark>97\.6%<\/mark> correctness/);
    assert.match(page, /Artifacts: <a href="\/results\/benchmarks\/KernelBench">KernelBench<\/a>/);
  });

  it('escapes hostile titles, spans and baselines everywhere', async () => {
    for (const path of ['/results', '/results/hardware/NVIDIA%20H100', '/papers/2501.00006', '/results/baselines/%3Cb%3E', '/trends?q=%3Cscript%3E']) {
      const page = await html(path);
      assert.doesNotMatch(page, /<script>alert|<img src=x|<b onmouseover/, path);
    }
    assert.match(await html('/papers/2501.00006'), /&lt;img src=x onerror=alert\(2\)&gt;/);
    assert.match(await html('/results'), /&lt;b onmouseover=alert\(1\)&gt;evil&lt;\/b&gt; library/);
  });
});

describe('the explorer chart with more claims than it holds', () => {
  it('plots the newest claims and says it sampled them', async () => {
    // 505 papers, one speedup each, a day apart from 2023-01-01: the chart holds 500.
    const papers = Array.from({ length: 505 }, (_, i) => {
      const day = new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10);
      return { arxivId: `2301.${String(i).padStart(5, '0')}`, title: `Kernel study ${i}`, abstract: `Our kernels are ${(1 + i / 100).toFixed(2)}x faster than cuBLAS.`, authors: ['Ada Lovelace'], categories: ['cs.DC'], publishedAt: day, submittedOnDailyAt: day, upvotes: 1 };
    });
    const many = await webApp(papers, { index: false });
    await extractPending(many.deps.store);
    const page = await (await many.get('/results?metric=speedup')).text();
    const chart = page.match(/<figure class="results-chart">[\s\S]*?<\/figure>/)![0];
    assert.equal((chart.match(/<circle /g) ?? []).length, 500);
    assert.match(chart, /500 claims, read from the newest 500 of the 505 that match;/);
    assert.ok(chart.includes('/papers/2301.00504'), 'the newest claim is plotted');
    assert.ok(!chart.includes('/papers/2301.00000"'), 'the oldest is left out');
  });
});
