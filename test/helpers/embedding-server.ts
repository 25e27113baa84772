import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server saw, for assertions on batching, headers and bodies. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, or the raw text when it was not JSON. */
  body: any;
}

/** A misbehaviour for one request; queued with `fail()` and used up in order. */
export type Fault =
  | { kind: 'status'; status: number; retryAfter?: string; message?: string }
  | { kind: 'malformed' }
  | { kind: 'no-data' }
  | { kind: 'dim'; dim: number }
  | { kind: 'hang' };

export interface EmbeddingServerOptions {
  /** Vector length when the request names no `dimensions`. */
  dim?: number;
  /** Answer `data` in reverse order, as the API allows, to prove the client sorts by `index`. */
  reverseOrder?: boolean;
  /** When set, requests without `Authorization: Bearer <apiKey>` get 401. */
  apiKey?: string;
}

export interface EmbeddingServer {
  /** Base URL, without `/v1`. */
  url: string;
  requests: RecordedRequest[];
  fail(...faults: Fault[]): void;
  close(): Promise<void>;
}

/**
 * A deterministic stand-in for a real model: hashed bag of words with signed buckets, so texts
 * sharing words point the same way and unrelated texts are near orthogonal. Raw counts, not unit
 * length, so a test can see the client normalize.
 */
export function hashEmbedding(text: string, dim = 64): number[] {
  const v = new Array<number>(dim).fill(0);
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    let h = 0x811c9dc5; // FNV-1a: cheap, stable, well spread
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193) >>> 0;
    v[h % dim] += h & 0x80000000 ? -1 : 1;
  }
  return v;
}

function base64Floats(values: number[]): string {
  const buf = Buffer.alloc(values.length * 4);
  values.forEach((x, i) => buf.writeFloatLE(x, i * 4));
  return buf.toString('base64');
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

const openAiError = (message: string) => ({ error: { message, type: 'invalid_request_error', code: null } });

/** Starts an OpenAI-compatible embeddings server on 127.0.0.1 and a free port. */
export async function startEmbeddingServer(options: EmbeddingServerOptions = {}): Promise<EmbeddingServer> {
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];
  const server = createServer(async (req, res) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    let body: any = text;
    try { body = JSON.parse(text); } catch { /* kept as text */ }
    requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });

    const fault = faults.shift();
    if (fault?.kind === 'hang') return; // never answers; close() drops the socket
    if (fault?.kind === 'status') {
      return sendJson(res, fault.status, openAiError(fault.message ?? `status ${fault.status}`), fault.retryAfter ? { 'retry-after': fault.retryAfter } : {});
    }
    if (fault?.kind === 'malformed') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"data": [{"index": 0, "embe');
    if (fault?.kind === 'no-data') return sendJson(res, 200, { object: 'list', results: [] });

    if (req.method !== 'POST' || req.url !== '/v1/embeddings') return sendJson(res, 404, openAiError(`no route ${req.method} ${req.url}`));
    if (options.apiKey && req.headers.authorization !== `Bearer ${options.apiKey}`) return sendJson(res, 401, openAiError('Incorrect API key provided'));
    const input: unknown = typeof body?.input === 'string' ? [body.input] : body?.input;
    if (!Array.isArray(input) || input.length === 0 || !input.every((s) => typeof s === 'string')) return sendJson(res, 400, openAiError("'input' must be a string or a non-empty array of strings"));
    // Real servers refuse empty strings; refusing here proves the client never sends them.
    if (input.some((s) => s === '')) return sendJson(res, 400, openAiError("'input' cannot contain an empty string"));

    const dim = fault?.kind === 'dim' ? fault.dim : body.dimensions ?? options.dim ?? 64;
    const data = input.map((s: string, index) => {
      const vector = hashEmbedding(s, dim);
      return { object: 'embedding', index, embedding: body.encoding_format === 'base64' ? base64Floats(vector) : vector };
    });
    if (options.reverseOrder) data.reverse();
    const tokens = input.reduce((n, s: string) => n + s.split(/\s+/).length, 0);
    sendJson(res, 200, { object: 'list', data, model: body.model, usage: { prompt_tokens: tokens, total_tokens: tokens } });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fail: (...more) => void faults.push(...more),
    close: () => new Promise<void>((done) => {
      server.closeAllConnections(); // includes hung requests and the client's kept-alive sockets
      server.close(() => done());
    }),
  };
}
