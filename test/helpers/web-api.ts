import type { Hono } from 'hono';
import { createApp } from '../../src/web/app.ts';
import type { AppDeps } from '../../src/web/deps.ts';
import type { PaperInput } from '../../src/core/paper.ts';
import { openSearch } from '../../src/search/open-search.ts';
import { buildSemanticIndex } from '../../src/search/semantic/indexer.ts';
import { after } from 'node:test';
import { put, testStore, type StoreDialect } from './store.ts';

export const BASE_URL = 'http://paperboy.test';
/** The pinned clock: Monday 2025-01-20, noon UTC. */
export const NOW = new Date('2025-01-20T12:00:00Z');

/** Strings an attacker could put into an import. */
export const HOSTILE = {
  title: 'Evil <script>alert(1)</script> ]]> & "quoted" \u0001paper',
  abstract: [
    'An <img src=x onerror=alert(1)> abstract with [a link](javascript:alert(1)) and \\href{javascript:alert(1)}{x}.',
    'It closes CDATA ]]> early, uses &amp; entities, <a href="javascript:alert(2)">anchors</a> and \\[x](javascript:alert(3))\\].',
    '# Not a heading',
  ].join('\n\n'),
  author: '<b onmouseover=alert(1)>Mallory</b>',
  author2: 'Eve "onerror=alert(1)"',
  project: 'javascript:alert(1)',
  code: 'javascript:alert(2)',
};

/**
 * The fixed corpus the web tests read. Days: 2025-01-17 (A, B, C), 2025-01-16 (D, E),
 * 2025-01-15 (the hostile paper), 2025-01-06 (F), 2024-12-31 (G, in ISO week 2025-W01).
 */
export function webFixture(): PaperInput[] {
  return [
    {
      arxivId: '2501.00001', title: 'Alpha: Attention for Everything', abstract: 'We present Alpha. Code at https://github.com/acme/alpha.',
      authors: ['Ada Lovelace', 'Alan Turing'], categories: ['cs.LG', 'cs.AI'], publishedAt: '2025-01-16', submittedOnDailyAt: '2025-01-17',
      upvotes: 30, numComments: 4, submittedBy: 'alice', organization: 'Acme Lab',
      thumbnail: 'https://cdn.example.org/thumbs/2501.00001.png', links: { project: 'https://alpha.example.org/' },
    },
    {
      arxivId: '2501.00002v2', title: 'Beta Kernels for Sparse Matrices', abstract: 'Sparse kernels, $O(n \\log n)$ time.',
      authors: ['Grace Hopper'], authorCount: 3, categories: ['cs.AR'], publishedAt: '2025-01-15', updatedAt: '2025-01-16',
      submittedOnDailyAt: '2025-01-17', upvotes: 10, numComments: 0, submittedBy: 'bob',
    },
    {
      title: 'Gamma: A Paper Without an arXiv Id', abstract: 'Only a title and a summary.', authors: ['Claude Shannon'],
      categories: ['cs.IT'], publishedAt: '2025-01-14', submittedOnDailyAt: '2025-01-17', upvotes: 50, numComments: 1,
    },
    {
      arxivId: '2501.00004', title: 'Delta Networks', abstract: 'Networks of deltas.', authors: ['Ada Lovelace'],
      categories: ['cs.LG'], publishedAt: '2025-01-15', submittedOnDailyAt: '2025-01-16', upvotes: 5, submittedBy: 'alice',
    },
    {
      arxivId: 'hep-th/9901001', title: 'Epsilon Strings', abstract: 'Old-style identifiers still resolve.',
      authors: ['Edward Witten'], categories: ['hep-th'], publishedAt: '1999-01-04', submittedOnDailyAt: '2025-01-16', upvotes: 1,
    },
    {
      arxivId: '2501.00666', title: HOSTILE.title, abstract: HOSTILE.abstract, authors: [HOSTILE.author, HOSTILE.author2],
      categories: ['cs.CR'], publishedAt: '2025-01-15', submittedOnDailyAt: '2025-01-15', upvotes: 2,
      links: { project: HOSTILE.project, code: [HOSTILE.code] }, organization: '<i>Org</i>',
    },
    {
      arxivId: '2501.00010', title: 'Zeta Week Two', abstract: 'In the second week.', authors: ['Alan Turing'],
      categories: ['cs.LG'], publishedAt: '2025-01-03', submittedOnDailyAt: '2025-01-06', upvotes: 7,
    },
    {
      arxivId: '2412.00011', title: 'Eta Crosses the Year', abstract: 'The last day of 2024.', authors: ['Alan Turing'],
      categories: ['cs.LG'], publishedAt: '2024-12-30', submittedOnDailyAt: '2024-12-31', upvotes: 3,
    },
  ];
}

export interface WebTestApp {
  app: Hono;
  deps: AppDeps;
  /** app.request with the base URL filled in. */
  get(path: string, headers?: Record<string, string>): Promise<Response>;
}

/**
 * A real SQLite store (or a fresh store of `dialect`, closed when the test ends) filled with
 * `records` (the fixture by default) and the app over it. The semantic index is built and loaded,
 * so meaning, hybrid and similar run for real; `index: false` leaves it unbuilt, as on a fresh install.
 */
export async function webApp(records: PaperInput[] = webFixture(), o: { index?: boolean; dialect?: StoreDialect } = {}): Promise<WebTestApp> {
  const store = o.dialect ? await o.dialect.open() : testStore();
  if (o.dialect) after(() => store.close());
  if (records.length) await put(store, records);
  if (records.length && o.index !== false) await buildSemanticIndex(store, null);
  const { service, semantic } = openSearch(store);
  await semantic.ready();
  const deps: AppDeps = { store, search: service, semantic, baseUrl: BASE_URL, now: () => NOW };
  const app = createApp(deps);
  return { app, deps, get: (path, headers = {}) => Promise.resolve(app.request(`${BASE_URL}${path}`, { headers })) };
}
