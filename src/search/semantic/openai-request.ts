import { PaperboyError } from '../../errors.ts';

/** How one JSON POST is sent and retried; every clock and source of chance is injectable for tests. */
export interface RequestPolicy {
  timeoutMs: number;
  /** Retries after the first attempt, so `maxRetries + 1` attempts in all. */
  maxRetries: number;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  /** A number in [0, 1) for jitter. */
  random: () => number;
  /** Epoch milliseconds, for Retry-After given as an HTTP date. */
  now: () => number;
}

/** The first retry waits 0.5-1 s and each later one doubles, so 4 retries span about 8-15 s in all. */
const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;
/** A server asking for a longer pause is clamped: one embed call should not stall for minutes. */
const MAX_RETRY_AFTER_MS = 60_000;

/** Rate limits, overload and gateway trouble pass; 501 and 505 mean "never", so they are not retried. */
function isRetryable(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/**
 * Exponential backoff with "equal jitter": half the step is fixed and half random. The random half
 * keeps many clients from retrying in lockstep; the fixed half keeps each wait at least as long as
 * the one before, so a struggling server sees the pressure ease.
 */
export function backoffMs(retry: number, random: number): number {
  const step = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** retry);
  return Math.round(step / 2 + (step / 2) * random);
}

/** Retry-After as delta-seconds or an HTTP date (RFC 9110 section 10.2.3); null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  const value = header.trim();
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  return Number.isFinite(ms) ? Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms)) : null;
}

/** The human part of an error body: OpenAI's `{error:{message}}`, TEI's `{error}`, FastAPI's `{detail}`, or the text. */
export function serverMessage(body: string): string {
  let found: unknown;
  try {
    const json = JSON.parse(body) as Record<string, any>;
    found = json?.error?.message ?? json?.error ?? json?.message ?? json?.detail;
    if (found !== undefined && typeof found !== 'string') found = JSON.stringify(found);
  } catch {
    found = body;
  }
  const text = String(found ?? body).replace(/\s+/g, ' ').trim();
  return text.length > 300 ? `${text.slice(0, 300)}...` : text || '(empty body)';
}

/** Advice for the statuses an operator can fix by changing settings. */
const HINTS: Record<number, string> = {
  401: ' (check the API key)',
  403: ' (check the API key)',
  404: ' (check the base URL and the model name: the server must serve POST /v1/embeddings)',
  413: ' (the request is too large: lower the batch size or the input length)',
};

export function providerError(message: string): PaperboyError {
  return new PaperboyError('embedding_provider_failed', message);
}

/** Why a fetch that threw failed, naming the system error (ECONNREFUSED and so on) when undici gives one. */
function describeThrown(err: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `no answer within ${timeoutMs} ms (timed out)`;
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  return `could not connect (${cause?.code ?? cause?.message ?? (err as Error)?.message ?? String(err)})`;
}

/**
 * POSTs `body` as JSON to `url` and returns the parsed answer. Retries rate limits, server errors,
 * connection failures and timeouts; any other status, or an answer that is not JSON, fails at once
 * with a message naming `url`, the status and what the server said.
 */
export async function postJson(url: string, body: unknown, headers: Record<string, string>, policy: RequestPolicy): Promise<unknown> {
  const payload = JSON.stringify(body);
  let lastProblem = '';
  for (let attempt = 0; ; attempt++) {
    let waitHint: number | null = null;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
    try {
      // The timer also covers reading the body, so a server that stalls mid-answer is caught too.
      const res = await policy.fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: payload, signal: controller.signal });
      const text = await res.text();
      if (res.ok) {
        try {
          return JSON.parse(text);
        } catch {
          throw providerError(`${url} answered HTTP ${res.status} with a body that is not JSON: ${serverMessage(text)}`);
        }
      }
      if (!isRetryable(res.status)) throw providerError(`${url} answered HTTP ${res.status}: ${serverMessage(text)}${HINTS[res.status] ?? ''}`);
      lastProblem = `HTTP ${res.status}: ${serverMessage(text)}`;
      waitHint = retryAfterMs(res.headers.get('retry-after'), policy.now());
    } catch (err) {
      if (err instanceof PaperboyError) throw err;
      lastProblem = describeThrown(err, controller.signal.aborted, policy.timeoutMs);
    } finally {
      clearTimeout(timer);
    }
    if (attempt >= policy.maxRetries) {
      throw providerError(`${url} failed after ${attempt + 1} attempt${attempt ? 's' : ''}; last: ${lastProblem}`);
    }
    await policy.sleep(waitHint ?? backoffMs(attempt, policy.random()));
  }
}
