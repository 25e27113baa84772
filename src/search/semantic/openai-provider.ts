import { z } from 'zod';
import { PaperboyError } from '../../errors.ts';
import type { EmbeddingProvider } from '../types.ts';
import { postJson, providerError, type RequestPolicy } from './openai-request.ts';

export interface OpenAiProviderOptions {
  /** Server root such as `http://127.0.0.1:8081`; a trailing `/v1` is accepted too. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Texts per request. */
  batchSize?: number;
  /** Per attempt, covering the whole answer. */
  timeoutMs?: number;
  maxRetries?: number;
  /** Asks models that support it (OpenAI text-embedding-3) for shorter vectors, and insists on that length. */
  dimensions?: number;
  /** Longer inputs are cut; see DEFAULT_MAX_INPUT_CHARS. */
  maxInputChars?: number;
  /** `base64` halves the answer's size; not every server supports it, so floats are the default. */
  encodingFormat?: 'float' | 'base64';
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

/**
 * Servers reject over-long inputs rather than cut them (text-embeddings-inference answers 413 and
 * llama.cpp 500 past its 512-token batch by default), and one such text fails its whole batch. The
 * smallest context among common embedding models is 512 tokens (BERT family: bge, e5, gte), and
 * technical English with math runs about 3 characters a token, so 1500 characters stays under it.
 * A title and the first part of an abstract carry most of a paper's meaning anyway.
 */
export const DEFAULT_MAX_INPUT_CHARS = 1500;

const responseSchema = z.object({
  data: z.array(z.object({
    index: z.number().int().min(0),
    embedding: z.union([z.array(z.number()), z.string()]),
  })),
});

/** Cuts at a word boundary when one is near, and never between the halves of a surrogate pair. */
export function clipInput(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  const space = text.lastIndexOf(' ', end);
  if (space > end * 0.8) end = space;
  return text.slice(0, end);
}

/** Unit length, computed in doubles; an all-zero vector stays zero rather than becoming NaN. */
function normalize(values: ArrayLike<number>): Float32Array {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] * values[i];
  const norm = Math.sqrt(sum);
  const out = new Float32Array(values.length);
  if (norm > 0) for (let i = 0; i < values.length; i++) out[i] = values[i] / norm;
  return out;
}

/** Base64 answers hold little-endian float32s, as in OpenAI's API. */
function decodeBase64(text: string): Float32Array | null {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length % 4 !== 0) return null;
  const floats = new Float32Array(bytes.length / 4);
  for (let i = 0; i < floats.length; i++) floats[i] = bytes.readFloatLE(i * 4);
  return floats;
}

/**
 * Splits `user:pass@` out of the URL: fetch refuses URLs with credentials, and they must not reach
 * logs or error pages. They become Basic auth, as for a server behind a password-protected proxy.
 */
function splitCredentials(raw: string): { url: string; basic?: string } {
  const url = new URL(raw);
  if (!url.username && !url.password) return { url: url.toString() };
  const basic = Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64');
  url.username = '';
  url.password = '';
  return { url: url.toString(), basic };
}

/** An embedding provider over an operator's OpenAI-compatible `POST /v1/embeddings` server. */
export function createOpenAiProvider(options: OpenAiProviderOptions): EmbeddingProvider {
  const { model, apiKey, dimensions, batchSize = 64, maxInputChars = DEFAULT_MAX_INPUT_CHARS } = options;
  if (!/^https?:\/\//i.test(options.baseUrl)) throw new PaperboyError('invalid_config', `embeddings URL must start with http:// or https://, got ${JSON.stringify(options.baseUrl)}`);
  if (!model.trim()) throw new PaperboyError('invalid_config', 'embeddings model name is empty');
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new PaperboyError('invalid_config', `embeddings batch size must be a positive integer, got ${batchSize}`);
  if (dimensions !== undefined && (!Number.isInteger(dimensions) || dimensions < 1)) throw new PaperboyError('invalid_config', `embeddings dimensions must be a positive integer, got ${dimensions}`);
  // Operators often copy an OpenAI-style base URL that already ends in /v1; accept both forms.
  const { url, basic } = splitCredentials(`${options.baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '')}/v1/embeddings`);
  if (basic && apiKey) throw new PaperboyError('invalid_config', 'give the embeddings server either credentials in its URL or an API key, not both');
  const headers: Record<string, string> = apiKey ? { authorization: `Bearer ${apiKey}` } : basic ? { authorization: `Basic ${basic}` } : {};
  const policy: RequestPolicy = {
    timeoutMs: options.timeoutMs ?? 30_000,
    maxRetries: options.maxRetries ?? 4,
    fetch: options.fetch ?? globalThis.fetch,
    sleep: options.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms))),
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
  };
  // The first answer fixes the length unless the caller asked for one; vectors of mixed lengths cannot share an index.
  let dim = dimensions ?? 0;
  const malformed = (why: string) => providerError(`${url} answered with a malformed embeddings response: ${why}`);

  async function embedBatch(input: string[]): Promise<Float32Array[]> {
    const body = {
      model, input,
      ...(dimensions ? { dimensions } : {}),
      ...(options.encodingFormat === 'base64' ? { encoding_format: 'base64' } : {}),
    };
    const parsed = responseSchema.safeParse(await postJson(url, body, headers, policy));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw malformed(`${issue.path.join('.') || 'body'}: ${issue.message}`);
    }
    const data = [...parsed.data.data].sort((a, b) => a.index - b.index);
    if (data.length !== input.length) throw malformed(`${data.length} embeddings for ${input.length} inputs`);
    return data.map((item, k) => {
      if (item.index !== k) throw malformed(`indexes must be 0 to ${input.length - 1}, each once (index ${k} is missing)`);
      const values = typeof item.embedding === 'string' ? decodeBase64(item.embedding) : item.embedding;
      if (!values) throw malformed(`embedding ${k} is not base64 of float32 values`);
      if (values.length === 0) throw malformed(`embedding ${k} is empty`);
      if (!Array.prototype.every.call(values, Number.isFinite)) throw malformed(`embedding ${k} holds a non-finite number`);
      if (dim === 0) dim = values.length;
      if (values.length !== dim) {
        throw malformed(`embedding ${k} has ${values.length} dimensions but ${dimensions ? 'the configured dimensions are' : 'earlier ones had'} ${dim} (did the server's model change?)`);
      }
      return normalize(values);
    });
  }

  return {
    name: `openai:${model}`,
    get dim() {
      return dim;
    },
    async embed(texts: string[]): Promise<Float32Array[]> {
      const out: (Float32Array | undefined)[] = new Array(texts.length);
      // Servers reject empty inputs, so blank texts are never sent; they get zero vectors below.
      const pending = texts.map((text, at) => ({ at, text: clipInput(text, maxInputChars) })).filter((p) => p.text.trim() !== '');
      // One batch at a time: a self-hosted server works through requests one by one anyway.
      for (let start = 0; start < pending.length; start += batchSize) {
        const batch = pending.slice(start, start + batchSize);
        const vectors = await embedBatch(batch.map((p) => p.text));
        batch.forEach((p, k) => (out[p.at] = vectors[k]));
      }
      // Zero vectors need the length: if nothing has told us yet, one tiny request does.
      if (dim === 0 && pending.length < texts.length) await embedBatch(['dimension probe']);
      return Array.from(out, (v) => v ?? new Float32Array(dim));
    },
  };
}
