import { badRequest, error, json, limitOf, query, ref } from './openapi-helpers.ts';
import { SCHEMAS } from './openapi-schemas.ts';
import { searchPaths } from './openapi-search.ts';
import { RESULT_SCHEMAS, resultsPaths } from './openapi-results.ts';
import { ACCOUNT_SCHEMAS, accountPaths, SECURITY_SCHEMES } from './openapi-accounts.ts';

/**
 * The OpenAPI 3.1 document served at /api/openapi.json. Written by hand next to the routes; the
 * conformance test (test/web/api-openapi.test.ts) checks real responses of every endpoint,
 * errors included, against it, and that every documented response is exercised.
 */
const markdown = { 'text/markdown': { schema: { type: 'string' } } };
const feedContent = {
  'application/rss+xml': { schema: { type: 'string' } },
  'application/atom+xml': { schema: { type: 'string' } },
  'application/feed+json': { schema: { type: 'object' } },
};
const feedFormat = { name: 'format', in: 'path', required: true, schema: { enum: ['rss', 'atom', 'json'] } };
const feedPath = (summary: string, parameters: unknown[] = []) => ({
  get: {
    summary,
    tags: ['feeds'],
    parameters: [feedFormat, ...parameters],
    responses: {
      200: { description: 'RSS 2.0, Atom 1.0 or JSON Feed 1.1 by extension; an unknown name gives an empty feed.', content: feedContent },
      ...(parameters.length ? { 400: { description: 'A parameter is invalid (an HTML error page).' } } : {}),
    },
  },
});

const paths = {
  '/api/daily_papers': {
    get: {
      summary: 'Daily papers, as Hugging Face’s /api/daily_papers',
      description: 'Without date, week or month: the newest day that has papers (with sort=trending: the trending window). Give at most one of date, week and month.',
      parameters: [
        query('date', 'Day the papers entered the daily feed.', { type: 'string', format: 'date' }),
        query('week', 'ISO week, Monday to Sunday.', { type: 'string', pattern: '^\\d{4}-W\\d{2}$', examples: ['2025-W03'] }),
        query('month', 'Calendar month.', { type: 'string', pattern: '^\\d{4}-\\d{2}$', examples: ['2025-01'] }),
        query('sort', 'Default: most upvoted first.', { enum: ['publishedAt', 'trending'] }),
        query('submitter', 'Only papers put on the feed by this user name.', { type: 'string', minLength: 1, maxLength: 100 }),
        query('p', 'Page, counted from 0.', { type: 'integer', minimum: 0, maximum: 10000, default: 0 }),
        query('limit', 'Entries per page.', limitOf(100, 50)),
      ],
      responses: {
        200: {
          description: 'Entries of the daily feed.',
          headers: { 'X-Total-Count': { description: 'Entries across all pages.', schema: { type: 'integer', minimum: 0 } } },
          content: json({ type: 'array', items: ref('DailyPaper') }),
        },
        400: badRequest,
      },
    },
  },
  ...searchPaths,
  ...resultsPaths,
  '/api/papers/{id}': {
    get: {
      summary: 'One paper',
      parameters: [{ name: 'id', in: 'path', required: true, description: '2401.12345, 2401.12345v2, hep-th_9901001 or t-…', schema: { type: 'string' } }],
      responses: { 200: { description: 'The paper.', content: json(ref('PaperDetail')) }, 404: error('No paper has this id.') },
    },
  },
  '/api/health': {
    get: { summary: 'Liveness and paper count', responses: { 200: { description: 'The server and its database answer.', content: json(ref('Health')) } } },
  },
  '/api/openapi.json': {
    get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1.', content: json({ type: 'object', required: ['openapi', 'paths'] }) } } },
  },
  '/papers/{id}.md': {
    get: {
      summary: 'A paper as Markdown (also GET /papers/{id} with Accept: text/markdown)',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { 200: { description: 'Title, authors, dates, categories, links and abstract.', content: markdown }, 404: { description: 'No paper has this id (an HTML error page).' } },
    },
  },
  '/feeds/daily.{format}': feedPath('Daily papers of the newest day, or of ?date=', [query('date', 'Day of the daily feed.', { type: 'string', format: 'date' })]),
  '/feeds/trending.{format}': feedPath('Trending papers'),
  '/feeds/categories/{name}.{format}': feedPath('Newest papers in a category', [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }]),
  '/feeds/authors/{name}.{format}': feedPath('Newest papers by an author', [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }]),
  '/feeds/orgs/{name}.{format}': feedPath('Newest papers of an organization', [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }]),
  '/feeds/search.{format}': feedPath('Search results', [query('q', 'Search query.', { type: 'string', minLength: 1, maxLength: 250 }, true)]),
  ...accountPaths,
};

/** The document, with `servers` pointing at this deployment. */
export function openApiDocument(baseUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Paperboy API',
      version: '1.0.0',
      description: 'Research papers: the daily feed, trending, search and single papers. Shaped like Hugging Face’s papers API so its clients work; fields we do not know are left out, never null.',
    },
    servers: [{ url: baseUrl || '/' }],
    paths,
    components: { schemas: { ...SCHEMAS, ...ACCOUNT_SCHEMAS, ...RESULT_SCHEMAS }, securitySchemes: SECURITY_SCHEMES },
  };
}
