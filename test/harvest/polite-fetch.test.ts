import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { politeFetcher, retryAfterMs, userAgent } from '../../src/harvest/polite-fetch.ts';
import { PaperboyError } from '../../src/errors.ts';
import { startArxivServer } from '../helpers/arxiv-server.ts';
import { fakeClock } from '../helpers/fake-clock.ts';

test('Retry-After in seconds or as an HTTP date', () => {
  const now = new Date('2025-03-04T06:00:00Z');
  assert.equal(retryAfterMs('30', now), 30_000);
  assert.equal(retryAfterMs('Tue, 04 Mar 2025 06:01:00 GMT', now), 60_000);
  assert.equal(retryAfterMs('soon', now), null);
  assert.equal(retryAfterMs(null, now), null);
});

test('the User-Agent names Paperboy, the instance and the contact', () => {
  assert.equal(userAgent('ops@example.org', 'https://papers.example.org'), 'Paperboy/1.0 (+https://papers.example.org; contact: ops@example.org)');
  assert.equal(userAgent(undefined, undefined), 'Paperboy/1.0');
});

test('requests are spaced 3 s apart, counting time already passed', async () => {
  const server = await startArxivServer();
  const clock = fakeClock();
  const get = politeFetcher({ clock, userAgent: 'UA' });
  await get(`${server.oaiUrl}?verb=Identify`);
  await get(`${server.oaiUrl}?verb=Identify`);
  clock.advance(1000);
  await get(`${server.oaiUrl}?verb=Identify`);
  clock.advance(5000);
  await get(`${server.oaiUrl}?verb=Identify`);
  assert.deepEqual(clock.waits, [3000, 2000]);
  assert.equal(server.requests[0].headers['user-agent'], 'UA');
});

test('a short Retry-After still keeps the 3 s floor; a very long one ends the run', async () => {
  const server = await startArxivServer();
  const clock = fakeClock();
  const get = politeFetcher({ clock, userAgent: 'UA' });
  server.fail({ status: 503, retryAfter: '1' });
  await get(server.oaiUrl);
  assert.deepEqual(clock.waits, [3000]);
  server.fail({ status: 503, retryAfter: '86400' });
  await assert.rejects(get(server.oaiUrl), (e: PaperboyError) => e.code === 'arxiv_unreachable' && /retry after 86400 s/.test(e.message));
});

test('a 4xx other than 429 is not retried; 429 and 5xx back off exponentially', async () => {
  const server = await startArxivServer();
  const clock = fakeClock();
  const get = politeFetcher({ clock, userAgent: 'UA', retries: 2 });
  server.fail({ status: 404 });
  await assert.rejects(get(server.oaiUrl), (e: PaperboyError) => e.code === 'arxiv_bad_response' && /HTTP 404/.test(e.message));
  assert.equal(server.requests.length, 1);
  server.fail({ status: 429 }, { status: 502 });
  await get(server.oaiUrl);
  assert.deepEqual(clock.waits, [3000, 5000, 10000]);
});

test('a refused connection is retried with backoff, then reported as unreachable', async () => {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  const clock = fakeClock();
  const get = politeFetcher({ clock, userAgent: 'UA', retries: 2 });
  await assert.rejects(get(`http://127.0.0.1:${port}/oai`), (e: PaperboyError) =>
    e.code === 'arxiv_unreachable' && /after 3 attempts \(last: could not connect/.test(e.message));
  assert.deepEqual(clock.waits, [5000, 10000]);
});

test('calls made at once queue up and keep the spacing', async () => {
  const server = await startArxivServer();
  const clock = fakeClock();
  const get = politeFetcher({ clock, userAgent: 'UA', maxRetryAfterMs: 10_000 });
  await Promise.all([get(server.apiUrl), get(server.apiUrl), get(server.apiUrl)]);
  assert.deepEqual(clock.waits, [3000, 3000]);
  server.fail({ status: 503, retryAfter: '60' });
  await assert.rejects(get(server.apiUrl), /retry after 60 s/, 'a caller who cannot wait a minute is told so');
});
