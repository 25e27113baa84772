import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { Validator } from '@seriousme/openapi-schema-validator';
import { webApp } from '../helpers/web-api.ts';

// ajv-formats is CommonJS; NodeNext types its default import as the module object, while at run
// time it is the plugin function itself (older loaders nest it under .default).
const plugin = addFormatsModule as unknown as { default?: unknown };
const addFormats = (typeof plugin === 'function' ? plugin : plugin.default) as (ajv: Ajv2020) => Ajv2020;

const t = await webApp();
const doc = await (await t.get('/api/openapi.json')).json() as any;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

/** Real requests for every documented response: [documented path, real address, status]. */
const CASES: Array<[string, string, number, Record<string, string>?]> = [
  ['/api/daily_papers', '/api/daily_papers', 200],
  ['/api/daily_papers', '/api/daily_papers?week=2025-W03&sort=trending', 200],
  ['/api/daily_papers', '/api/daily_papers?month=2025-01&sort=publishedAt&limit=3&p=1', 200],
  ['/api/daily_papers', '/api/daily_papers?date=2025-01-15', 200],
  ['/api/daily_papers', '/api/daily_papers?limit=0', 400],
  ['/api/daily_papers', '/api/daily_papers?date=2025-01-16&month=2025-01', 400],
  ['/api/papers/search', '/api/papers/search?q=networks', 200],
  ['/api/papers/search', '/api/papers/search?q=evil', 200],
  ['/api/papers/search', '/api/papers/search', 400],
  ['/api/papers/search', '/api/papers/search?q=kernels&mode=semantic&sort=date&limit=3', 200],
  ['/api/papers/search', '/api/papers/search?q=attention&mode=lexical&category=cs.LG&since=2025-01-01&until=2025-01-31&has_code=false&offset=1', 200],
  ['/api/papers/search', '/api/papers/search?q=x&mode=fuzzy', 400],
  ['/api/papers/{id}/similar', '/api/papers/2501.00002/similar', 200],
  ['/api/papers/{id}/similar', '/api/papers/2501.00001/similar?sort=upvotes&limit=2', 200],
  ['/api/papers/{id}/similar', '/api/papers/2501.00001/similar?limit=51', 400],
  ['/api/papers/{id}/similar', '/api/papers/0000.00000/similar', 404],
  ['/api/search/suggest', '/api/search/suggest?q=spar', 200],
  ['/api/search/suggest', '/api/search/suggest', 400],
  ['/api/papers/{id}', '/api/papers/2501.00001', 200],
  ['/api/papers/{id}', '/api/papers/2501.00666', 200],
  ['/api/papers/{id}', '/api/papers/hep-th_9901001', 200],
  ['/api/papers/{id}', '/api/papers/0000.00000', 404],
  ['/api/results', '/api/results', 200],
  ['/api/results', '/api/results?metric=speedup&sort=value_desc&limit=5&format=csv', 200],
  ['/api/results', '/api/results?metric=velocity', 400],
  ['/api/papers/{id}/results', '/api/papers/2501.00001/results', 200],
  ['/api/papers/{id}/results', '/api/papers/0000.00000/results', 404],
  ['/api/health', '/api/health', 200],
  ['/api/openapi.json', '/api/openapi.json', 200],
  ['/papers/{id}.md', '/papers/2501.00001.md', 200],
  ['/papers/{id}.md', '/papers/0000.00000.md', 404],
  ['/feeds/daily.{format}', '/feeds/daily.rss', 200],
  ['/feeds/daily.{format}', '/feeds/daily.atom?date=2025-01-16', 200],
  ['/feeds/daily.{format}', '/feeds/daily.json?date=2025-02-30', 400],
  ['/feeds/trending.{format}', '/feeds/trending.json', 200],
  ['/feeds/categories/{name}.{format}', '/feeds/categories/cs.LG.atom', 200],
  ['/feeds/categories/{name}.{format}', `/feeds/categories/${'c'.repeat(201)}.atom`, 400],
  ['/feeds/authors/{name}.{format}', '/feeds/authors/Alan%20Turing.rss', 200],
  ['/feeds/authors/{name}.{format}', `/feeds/authors/${'a'.repeat(201)}.rss`, 400],
  ['/feeds/orgs/{name}.{format}', '/feeds/orgs/Acme%20Lab.json', 200],
  ['/feeds/orgs/{name}.{format}', `/feeds/orgs/${'o'.repeat(201)}.json`, 400],
  ['/feeds/search.{format}', '/feeds/search.rss?q=kernels', 200],
  ['/feeds/search.{format}', '/feeds/search.rss', 400],
];

const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
function validatorFor(schema: object) {
  const key = JSON.stringify(schema);
  // The components ride along so that #/components/... references resolve.
  if (!compiled.has(key)) compiled.set(key, ajv.compile({ ...schema, components: doc.components }));
  return compiled.get(key)!;
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(doc);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 1));
    assert.equal(doc.openapi, '3.1.0');
    assert.equal(doc.servers[0].url, 'http://paperboy.test');
  });

  for (const [path, url, status, headers] of CASES) {
    it(`describes GET ${url} → ${status}`, async () => {
      const res = await t.get(url, headers);
      assert.equal(res.status, status);
      const documented = doc.paths[path]?.get?.responses?.[status];
      assert.ok(documented, `${path} ${status} is not documented`);
      const type = (res.headers.get('content-type') ?? '').split(';')[0].trim();
      if (!documented.content) return; // documented as an HTML error page, with no schema
      const media = documented.content[type];
      assert.ok(media, `${path} ${status} does not document ${type}`);
      const body = type.endsWith('json') ? await res.json() : await res.text();
      const validate = validatorFor(media.schema);
      assert.ok(validate(body), `${url}: ${ajv.errorsText(validate.errors)}`);
      for (const name of Object.keys(documented.headers ?? {})) assert.ok(res.headers.has(name), `header ${name}`);
    });
  }

  it('has every documented response exercised above', () => {
    const covered = new Set(CASES.map(([path, , status]) => `${path} ${status}`));
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      if (item['x-tested-in']) continue; // exercised, with a signed-in user, by the file it names
      for (const status of Object.keys(item.get.responses)) assert.ok(covered.has(`${path} ${status}`), `${path} ${status}`);
    }
  });

  it('would catch an undocumented or missing field', async () => {
    const schema = doc.paths['/api/papers/{id}'].get.responses[200].content['application/json'].schema;
    const body = await (await t.get('/api/papers/2501.00001')).json() as Record<string, unknown>;
    assert.equal(validatorFor(schema)({ ...body, surprise: 1 }), false);
    const { title: _, ...untitled } = body;
    assert.equal(validatorFor(schema)(untitled), false);
    assert.equal(validatorFor(schema)({ ...body, githubRepo: 'javascript:alert(1)' }), false);
  });

  it('documents the parameter bounds the server enforces', async () => {
    const params = Object.fromEntries(doc.paths['/api/daily_papers'].get.parameters.map((p: any) => [p.name, p.schema]));
    assert.equal(params.limit.maximum, 100);
    assert.equal((await t.get('/api/daily_papers?limit=100')).status, 200);
    assert.equal((await t.get('/api/daily_papers?limit=101')).status, 400);
    const search = Object.fromEntries(doc.paths['/api/papers/search'].get.parameters.map((p: any) => [p.name, p.schema]));
    assert.equal(search.limit.maximum, 120);
    assert.equal(search.q.maxLength, 250);
    assert.deepEqual(search.mode.enum, ['lexical', 'semantic', 'hybrid']);
    assert.equal(search.offset.maximum, 10_000);
    assert.equal((await t.get('/api/papers/search?q=a&offset=10000')).status, 200);
    assert.equal((await t.get('/api/papers/search?q=a&offset=10001')).status, 400);
    const similar = Object.fromEntries(doc.paths['/api/papers/{id}/similar'].get.parameters.map((p: any) => [p.name, p.schema]));
    assert.equal(similar.limit.maximum, 50);
    assert.equal((await t.get('/api/papers/2501.00001/similar?limit=50')).status, 200);
    const suggest = Object.fromEntries(doc.paths['/api/search/suggest'].get.parameters.map((p: any) => [p.name, p.schema]));
    assert.equal(suggest.limit.maximum, 8);
    assert.equal((await t.get('/api/search/suggest?q=a&limit=9')).status, 400);
  });
});
