import { existsSync } from 'node:fs';
import { after } from 'node:test';
import type { Hono } from 'hono';
import type { PaperInput } from '../../src/core/paper.ts';
import type { Store } from '../../src/db/store.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { openSearch } from '../../src/search/open-search.ts';
import { buildSemanticIndex } from '../../src/search/semantic/indexer.ts';
import { createApp } from '../../src/web/app.ts';
import { startServer, type RunningServer } from '../../src/web/server.ts';
import type { AppDeps } from '../../src/web/deps.ts';
import { paperInput, put, testStore } from './store.ts';

/**
 * The site's test corpus: a few daily days with a gap (Wed 2025-01-15 is empty, so navigation must
 * skip it), hostile imports, math, a withdrawn paper, an old-style arXiv id, a title-only paper
 * that later gained an arXiv id (its old id is an alias) and a prolific author for pagination.
 */
export const DAYS = { mon: '2025-01-13', tue: '2025-01-14', emptyWed: '2025-01-15', thu: '2025-01-16' } as const;
export const PROLIFIC = 'Grace Hopper';
export const PROLIFIC_COUNT = 30;

export const HOSTILE: PaperInput = {
  arxivId: '2501.06666',
  title: '<script>alert(1)</script> Attacks on $x^2$ <img src=x onerror=alert(1)>',
  abstract: [
    'We inject <img src=x onerror=alert(1)> and <script>alert(2)</script> and a javascript:alert(3) link.',
    'Math links: $\\href{javascript:alert(4)}{click}$ and \\(\\url{javascript:alert(5)}\\) and $$\\href{javascript:alert(6)}{x}$$.',
    'A fake link https://example.org/"onmouseover="alert(7) here.',
  ].join('\n\n'),
  authors: ['<img src=x onerror=alert(1)>', 'Eve "Quote" O\'Neil', 'javascript:alert(8)'],
  organization: '<b onmouseover=alert(9)>Evil Org</b>',
  categories: ['cs.CR', '<svg onload=alert(10)>'],
  links: { code: ['javascript:alert(11)', 'https://github.com/good/repo'], project: 'javascript:alert(12)' },
  publishedAt: DAYS.thu,
  submittedOnDailyAt: DAYS.thu,
  upvotes: 3,
};

export const MATH: PaperInput = {
  arxivId: '2501.07777',
  title: 'Bounds for $\\mathcal{O}(n \\log n)$ Attention',
  abstract: 'We prove $E = mc^2$ for transformers.\n\nThe key identity is $$\\int_0^1 f(x)\\,dx = 1$$ and it costs $5 to run.',
  authors: ['Emmy Noether', 'Sophie Germain', 'Ada Lovelace', 'Alan Turing', 'Kurt Gödel'],
  authorCount: 7,
  organization: 'Institute of Math',
  categories: ['cs.LG', 'math.OC'],
  links: { code: ['https://github.com/math/attention'], project: 'https://math.example.org/attention' },
  publishedAt: DAYS.thu,
  updatedAt: '2025-01-20',
  submittedOnDailyAt: DAYS.thu,
  upvotes: 120,
  numComments: 9,
};

function corpus(): PaperInput[] {
  const out: PaperInput[] = [HOSTILE, MATH];
  // Ten papers on each of Mon, Tue and Thu, with distinct upvotes so order is testable.
  for (const [d, day] of [[DAYS.mon, 1], [DAYS.tue, 2], [DAYS.thu, 3]] as const) {
    for (let i = 0; i < 10; i++) {
      out.push(paperInput({
        arxivId: `2501.0${day}${String(i).padStart(3, '0')}`,
        title: `Day ${day} paper ${i}: Sparse Kernels for Graph Learning`,
        publishedAt: d,
        submittedOnDailyAt: d,
        upvotes: 10 * i + day,
        numComments: i % 3,
        organization: i % 2 ? 'Paperboy Lab' : i === 4 ? 'R&D / Labs' : null,
        categories: ['cs.LG', 'cs.AI'],
        links: i === 0 ? { code: ['https://github.com/lab/kernels'] } : undefined,
      }));
    }
  }
  for (let i = 0; i < PROLIFIC_COUNT; i++) {
    out.push(paperInput({
      arxivId: `2412.1${String(i).padStart(4, '0')}`,
      title: `Compiler Notes ${i}`,
      authors: [PROLIFIC, 'Barbara Liskov'],
      publishedAt: `2024-12-${String(i + 1).padStart(2, '0')}`,
      submittedOnDailyAt: null,
      categories: ['cs.PL'],
    }));
  }
  out.push(paperInput({
    arxivId: 'hep-th/9901001v2',
    title: 'Strings on Old Identifiers',
    authors: [],
    authorCount: 4,
    publishedAt: '1999-01-05',
    categories: ['hep-th'],
  }));
  out.push(paperInput({ arxivId: '2501.08888', title: 'A Withdrawn Result', withdrawnAt: '2025-01-17', publishedAt: DAYS.mon, submittedOnDailyAt: DAYS.mon }));
  return out;
}

/** The title of the paper that first came without an arXiv id (its t- id becomes an alias). */
export const ALIASED_TITLE = 'Lattice Methods Before Their arXiv Id';

export interface PagesFixture {
  store: Store;
  app: Hono;
  deps: AppDeps;
  /** The alias id the title-only import gave the aliased paper. */
  aliasId: string;
}

/**
 * A store with the corpus above and an app over it; the clock is pinned to the evening of Thursday.
 * The semantic index is built once and loaded (so meaning, hybrid and similar papers run for real)
 * unless `index` is false, which shows the site as it is before `paperboy index` first runs.
 */
export async function pagesFixture(now = new Date('2025-01-16T20:00:00Z'), o: { index?: boolean } = {}): Promise<PagesFixture> {
  const store = testStore();
  await put(store, corpus());
  await put(store, [paperInput({ title: ALIASED_TITLE, publishedAt: '2024-11-02', categories: ['math.NT'] })]);
  const aliasId = (await store.listPapers({ category: 'math.NT' })).items[0].id;
  await put(store, [paperInput({ title: ALIASED_TITLE, arxivId: '2411.00042', publishedAt: '2024-11-02', categories: ['math.NT'] })]);
  if (o.index !== false) await buildSemanticIndex(store, null);
  const { service, semantic } = openSearch(store);
  await semantic.ready();
  const deps: AppDeps = { store, search: service, semantic, baseUrl: 'https://paperboy.test', now: () => now };
  return { store, app: createApp(deps), deps, aliasId };
}

/** GET a path and return status, headers and body text. */
export async function get(app: Hono, path: string, headers: Record<string, string> = {}) {
  const res = await app.request(path, { headers });
  return { status: res.status, headers: res.headers, html: await res.text() };
}

export interface Tag { name: string; attrs: Map<string, string> }

const TAG = /<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Every start tag of a page with its attributes (a tokenizer, enough for our own well-formed output). */
export function tags(html: string): Tag[] {
  return [...html.matchAll(TAG)].map((m) => ({
    name: m[1].toLowerCase(),
    attrs: new Map([...m[2].matchAll(ATTR)].map((a) => [a[1].toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? '')])),
  }));
}

/** Decodes the entities a browser would before reading an attribute value. */
function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);?/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&colon;/gi, ':').replace(/&tab;|&newline;/gi, '')
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset'];

/**
 * What in a page could run script: a script element that is not our own file, an event-handler
 * attribute, a javascript:/vbscript:/data: URL, or an element that embeds other documents.
 * Returns descriptions of the offences (empty when the page is clean).
 */
export function scriptVectors(html: string): string[] {
  const out: string[] = [];
  for (const t of tags(html)) {
    if (t.name === 'script' && !/^\/static\/app\.[0-9a-f]+\.js$/.test(t.attrs.get('src') ?? '')) out.push(`<script ${[...t.attrs.keys()].join(' ')}>`);
    if (['iframe', 'object', 'embed', 'base', 'frame'].includes(t.name)) out.push(`<${t.name}>`);
    for (const [name, value] of t.attrs) {
      if (name.startsWith('on')) out.push(`<${t.name} ${name}=…>`);
      if (URL_ATTRS.includes(name) && /^(javascript|vbscript|data):/i.test(decodeEntities(value).replace(/[\s\x00-\x1f]/g, ''))) {
        out.push(`<${t.name} ${name}="${value}">`);
      }
    }
  }
  // Inline scripts would be blocked by the CSP, and there must be none to block.
  if (/<script(?![^>]*\ssrc=)[^>]*>/i.test(html)) out.push('inline <script>');
  return out;
}

/** The href of every <a> of a page. */
export const hrefs = (html: string) => tags(html).filter((t) => t.name === 'a').map((t) => t.attrs.get('href') ?? '');

/** Debian's Chromium, which the browser tests drive through playwright-core. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * True when Chromium is installed. Otherwise the test is skipped with a printed reason, except
 * under CI=true, where a missing browser is a failure: CI must never skip.
 */
export function haveChromium(t: { skip(reason: string): void }): boolean {
  if (existsSync(CHROMIUM)) return true;
  const reason = `${CHROMIUM} is absent (install it with: apt-get install -y chromium)`;
  if (process.env.CI === 'true') throw new Error(`browser tests need Chromium under CI: ${reason}`);
  console.log(`skipping: ${reason}`);
  t.skip(reason);
  return false;
}

/** The anchor day of the demo corpus in browser tests (a Thursday), and the clock pinned to its evening. */
export const DEMO_ANCHOR = '2025-06-12';

/**
 * The real server on a free port over a temporary store holding the demo corpus plus the math and
 * hostile papers (entered on the anchor day), as a person running `npm start` would see it.
 * `index: true` first builds the semantic index (some seconds for the demo's 3,000 papers) and
 * waits until the server has loaded it, as after `paperboy index`.
 */
export async function startDemoSite(o: { index?: boolean } = {}): Promise<RunningServer> {
  const store = testStore();
  await loadDemo(store, DEMO_ANCHOR);
  await put(store, [{ ...MATH, submittedOnDailyAt: DEMO_ANCHOR, publishedAt: '2025-06-11' }, { ...HOSTILE, submittedOnDailyAt: DEMO_ANCHOR }]);
  if (o.index) await buildSemanticIndex(store, null);
  const server = await startServer({ store, port: 0, host: '127.0.0.1', now: () => new Date(`${DEMO_ANCHOR}T20:00:00Z`) });
  after(() => server.close());
  await server.warmed;
  return server;
}
