import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createOpenAiProvider, DEFAULT_MAX_INPUT_CHARS, type OpenAiProviderOptions } from '../../src/search/semantic/openai-provider.ts';
import { embeddingProviderConfig, loadConfig } from '../../src/config.ts';
import { PaperboyError } from '../../src/errors.ts';
import { hashEmbedding, startEmbeddingServer, type EmbeddingServerOptions } from '../helpers/embedding-server.ts';

async function server(options: EmbeddingServerOptions = {}) {
  const s = await startEmbeddingServer(options);
  after(() => s.close());
  return s;
}

/** A provider whose waits are recorded instead of slept, with the jitter pinned to its midpoint. */
function provider(baseUrl: string, options: Partial<OpenAiProviderOptions> = {}) {
  const delays: number[] = [];
  const p = createOpenAiProvider({
    baseUrl, model: 'test-model', sleep: async (ms) => void delays.push(ms), random: () => 0.5, ...options,
  });
  return { p, delays };
}

const norm = (v: Float32Array) => Math.hypot(...v);
const cosine = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i], 0);
const unit = (values: number[]) => Float32Array.from(values, (x) => x / Math.hypot(...values));

/** Fails unless `promise` rejects with an embedding_provider_failed error whose message matches every pattern. */
async function rejectsWith(promise: Promise<unknown>, ...patterns: RegExp[]) {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof PaperboyError, `expected a PaperboyError, got ${String(err)}`);
    assert.equal(err.code, 'embedding_provider_failed');
    for (const pattern of patterns) assert.match(err.message, pattern);
    return true;
  });
}

test('150 texts in batches of 64 make 3 requests, and results keep input order when the server reverses them', async () => {
  const s = await server({ reverseOrder: true });
  const { p } = provider(s.url);
  const texts = Array.from({ length: 150 }, (_, i) => `paper ${i} about topic${i % 7} and method${i % 11}`);
  const vectors = await p.embed(texts);
  assert.deepEqual(s.requests.map((r) => r.body.input.length), [64, 64, 22]);
  assert.deepEqual(s.requests.flatMap((r) => r.body.input), texts);
  assert.ok(s.requests.every((r) => r.method === 'POST' && r.path === '/v1/embeddings' && r.body.model === 'test-model'));
  assert.equal(p.name, 'openai:test-model');
  assert.equal(p.dim, 64);
  texts.forEach((t, i) => assert.deepEqual(vectors[i], unit(hashEmbedding(t))));
});

test('vectors are unit length, and texts sharing words are closer than unrelated ones', async () => {
  const s = await server();
  const { p } = provider(`${s.url}/v1/`); // a base URL that already ends in /v1 works too
  const [a, b, c] = await p.embed(['graph neural networks for molecules', 'graph neural networks for proteins', 'sparse matrix kernels on GPUs']);
  for (const v of [a, b, c]) assert.ok(Math.abs(norm(v) - 1) < 1e-6);
  assert.ok(cosine(a, b) > 0.6 && cosine(a, b) > cosine(a, c) + 0.3, `${cosine(a, b)} vs ${cosine(a, c)}`);
});

test('sends Authorization: Bearer only when a key is set, and a refused key names status and message', async () => {
  const open = await server();
  await provider(open.url).p.embed(['no key']);
  assert.equal(open.requests[0].headers.authorization, undefined);

  const locked = await server({ apiKey: 'sk-local' });
  await provider(locked.url, { apiKey: 'sk-local' }).p.embed(['with key']);
  assert.equal(locked.requests[0].headers.authorization, 'Bearer sk-local');
  await rejectsWith(provider(locked.url, { apiKey: 'sk-wrong' }).p.embed(['x']), /HTTP 401/, /Incorrect API key provided/, /check the API key/);

  // Credentials in the URL (a password-protected proxy) become Basic auth and never appear in errors.
  const proxied = await server();
  proxied.fail({ kind: 'status', status: 400, message: 'nope' });
  const withCredentials = provider(proxied.url.replace('http://', 'http://reader:s%40cret@')).p;
  await assert.rejects(withCredentials.embed(['x']), (err: Error) => !/reader|cret/.test(err.message));
  assert.equal(proxied.requests[0].headers.authorization, `Basic ${Buffer.from('reader:s@cret').toString('base64')}`);
});

test('retries 429 and 5xx: Retry-After is honoured, otherwise the backoff doubles', async () => {
  const s = await server();
  s.fail({ kind: 'status', status: 429, retryAfter: '7' }, { kind: 'status', status: 500 }, { kind: 'status', status: 503 });
  const { p, delays } = provider(s.url);
  const [v] = await p.embed(['after a rough start']);
  assert.deepEqual(v, unit(hashEmbedding('after a rough start')));
  assert.equal(s.requests.length, 4);
  // Retry-After 7 s; then 2 s and 4 s steps with the jitter at its midpoint: 0.75 of each.
  assert.deepEqual(delays, [7000, 1500, 3000]);
});

test('gives up after maxRetries with the last status and message', async () => {
  const s = await server();
  s.fail(...Array.from({ length: 5 }, () => ({ kind: 'status' as const, status: 502, message: 'upstream model loading' })));
  const { p, delays } = provider(s.url, { maxRetries: 4 });
  await rejectsWith(p.embed(['x']), /failed after 5 attempts/, /HTTP 502: upstream model loading/, /127\.0\.0\.1:\d+\/v1\/embeddings/);
  assert.equal(s.requests.length, 5);
  assert.deepEqual(delays, [750, 1500, 3000, 6000]);
});

test('connection errors are retried, then reported', async () => {
  const s = await startEmbeddingServer();
  await s.close(); // nothing listens on this port any more
  const { p, delays } = provider(s.url, { maxRetries: 2 });
  await rejectsWith(p.embed(['x']), /failed after 3 attempts/, /could not connect \(ECONNREFUSED\)/);
  assert.equal(delays.length, 2);
});

test('a 400 fails at once, naming the URL, the status and the server message', async () => {
  const s = await server();
  s.fail({ kind: 'status', status: 400, message: 'input is too long for model' });
  const { p, delays } = provider(s.url);
  await rejectsWith(p.embed(['x']), /http:\/\/127\.0\.0\.1:\d+\/v1\/embeddings answered HTTP 400: input is too long for model/);
  assert.equal(s.requests.length, 1);
  assert.deepEqual(delays, []);
});

test('malformed answers are rejected clearly and not retried', async () => {
  const s = await server();
  s.fail({ kind: 'malformed' }, { kind: 'no-data' });
  const { p } = provider(s.url);
  await rejectsWith(p.embed(['x']), /answered HTTP 200 with a body that is not JSON/);
  await rejectsWith(p.embed(['x']), /malformed embeddings response: data: /);
  assert.equal(s.requests.length, 2);
});

test('a change of vector length between answers is rejected', async () => {
  const s = await server();
  const { p } = provider(s.url);
  await p.embed(['first call sets the length']);
  s.fail({ kind: 'dim', dim: 32 });
  await rejectsWith(p.embed(['second call']), /32 dimensions but earlier ones had 64/);
});

test('`dimensions` is requested, known before the first call, and base64 answers decode to the same vectors', async () => {
  const s = await server();
  const { p } = provider(s.url, { dimensions: 16, encodingFormat: 'base64' });
  assert.equal(p.dim, 16);
  const [v] = await p.embed(['compact vectors please']);
  assert.equal(s.requests[0].body.dimensions, 16);
  assert.equal(s.requests[0].body.encoding_format, 'base64');
  assert.deepEqual(v, unit(hashEmbedding('compact vectors please', 16)));
});

test('a server that never answers times out, and the timeout is retried', async () => {
  const s = await server();
  s.fail({ kind: 'hang' });
  await rejectsWith(provider(s.url, { timeoutMs: 100, maxRetries: 0 }).p.embed(['x']), /failed after 1 attempt; last: no answer within 100 ms \(timed out\)/);
  s.fail({ kind: 'hang' });
  const [v] = await provider(s.url, { timeoutMs: 100, maxRetries: 1 }).p.embed(['second try works']);
  assert.equal(v.length, 64);
});

test('blank texts are not sent and get zero vectors; all-blank input on a fresh provider probes the length', async () => {
  const s = await server();
  const { p } = provider(s.url);
  assert.deepEqual(await p.embed([]), []);
  assert.equal(s.requests.length, 0);
  const [blank, words, spaces] = await p.embed(['', 'graph neural networks', '   ']);
  assert.deepEqual(s.requests[0].body.input, ['graph neural networks']);
  assert.deepEqual([blank, spaces], [new Float32Array(64), new Float32Array(64)]);
  assert.ok(Math.abs(norm(words) - 1) < 1e-6);

  const fresh = provider(s.url).p;
  assert.deepEqual(await fresh.embed(['', '']), [new Float32Array(64), new Float32Array(64)]);
  assert.equal(fresh.dim, 64);
});

test('over-long inputs are cut at a word boundary below the limit', async () => {
  const s = await server();
  await provider(s.url).p.embed(['word '.repeat(2000)]);
  const sent: string = s.requests[0].body.input[0];
  assert.ok(sent.length <= DEFAULT_MAX_INPUT_CHARS && sent.length > DEFAULT_MAX_INPUT_CHARS * 0.8, String(sent.length));
  assert.ok(sent.endsWith('word'));
});

test('config: a URL without a model is rejected naming the setting; a full endpoint is passed on', () => {
  assert.throws(() => loadConfig({ PAPERBOY_EMBEDDINGS_URL: 'http://127.0.0.1:8081' }), (err: unknown) => {
    assert.ok(err instanceof PaperboyError);
    assert.equal(err.code, 'invalid_config');
    assert.equal(err.field, 'PAPERBOY_EMBEDDINGS_MODEL');
    assert.match(err.message, /PAPERBOY_EMBEDDINGS_MODEL: required when PAPERBOY_EMBEDDINGS_URL is set/);
    return true;
  });
  assert.throws(() => loadConfig({ PAPERBOY_EMBEDDINGS_MODEL: 'm' }), /PAPERBOY_EMBEDDINGS_MODEL: has no effect without PAPERBOY_EMBEDDINGS_URL/);
  assert.throws(() => loadConfig({ PAPERBOY_EMBEDDINGS_URL: 'http://127.0.0.1:8081', PAPERBOY_EMBEDDINGS_MODEL: 'm', PAPERBOY_EMBEDDINGS_BATCH: '0' }), /PAPERBOY_EMBEDDINGS_BATCH/);
  assert.equal(embeddingProviderConfig(loadConfig({ PAPERBOY_EMBEDDINGS_URL: '' })), null);
  assert.deepEqual(embeddingProviderConfig(loadConfig({
    PAPERBOY_EMBEDDINGS_URL: 'http://127.0.0.1:8081', PAPERBOY_EMBEDDINGS_MODEL: 'nomic-embed-text', PAPERBOY_EMBEDDINGS_API_KEY: 'sk-local', PAPERBOY_EMBEDDINGS_BATCH: '32',
  })), { baseUrl: 'http://127.0.0.1:8081', model: 'nomic-embed-text', apiKey: 'sk-local', batchSize: 32 });
});
