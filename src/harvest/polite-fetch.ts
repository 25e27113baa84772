import { PaperboyError } from '../errors.ts';
import type { Clock } from './clock.ts';

/** arXiv asks for no more than one request every 3 seconds (https://info.arxiv.org/help/api/tou.html). */
export const MIN_INTERVAL_MS = 3000;
/** First wait after a failed request; it doubles with each further failure. */
export const BACKOFF_BASE_MS = 5000;
/** A Retry-After past this is not waited out within one run: the run fails and the next one retries. */
export const MAX_RETRY_AFTER_MS = 10 * 60_000;
const REQUEST_TIMEOUT_MS = 60_000;

export interface PoliteFetchOptions {
  clock: Clock;
  userAgent: string;
  /** Attempts after the first before giving up (default 4). */
  retries?: number;
  /** The longest Retry-After waited out (default 10 minutes); a web request sets a few seconds. */
  maxRetryAfterMs?: number;
  /** For tests of the fetch itself; defaults to the global fetch. */
  fetch?: typeof fetch;
}

/** A successful response body. */
export interface PoliteResponse { status: number; text: string }

/** Seconds or an HTTP date, as Retry-After may be written; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: Date): number | null {
  if (!header) return null;
  const s = header.trim();
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const at = Date.parse(s);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

/**
 * An HTTP GET that is polite to arXiv: requests are spaced at least 3 s apart (counted from the end
 * of the previous one), a 503's Retry-After is honoured, other failures (network errors, 429, 5xx)
 * back off exponentially, and every request carries the operator's User-Agent. One instance per
 * harvest or submission, so the spacing holds across all its requests.
 */
export function politeFetcher(o: PoliteFetchOptions): (url: string) => Promise<PoliteResponse> {
  const doFetch = o.fetch ?? fetch;
  const retries = o.retries ?? 4;
  const maxRetryAfter = o.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS;
  let lastEnd: number | null = null;
  // Calls made at once (web submissions) queue up, so the spacing holds for them too.
  let queue: Promise<unknown> = Promise.resolve();

  async function spaced(): Promise<void> {
    if (lastEnd === null) return;
    const wait = lastEnd + MIN_INTERVAL_MS - o.clock.now().getTime();
    if (wait > 0) await o.clock.sleep(wait);
  }

  async function getOne(url: string): Promise<PoliteResponse> {
    let lastProblem = '';
    for (let attempt = 0; attempt <= retries; attempt++) {
      await spaced();
      let res: Response;
      try {
        res = await doFetch(url, { headers: { 'user-agent': o.userAgent, accept: 'application/xml, text/xml, application/atom+xml' }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      } catch (err) {
        lastEnd = o.clock.now().getTime();
        lastProblem = `could not connect (${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message})`;
        if (attempt < retries) await o.clock.sleep(BACKOFF_BASE_MS * 2 ** attempt);
        continue;
      }
      const text = await res.text().catch(() => '');
      lastEnd = o.clock.now().getTime();
      if (res.ok) return { status: res.status, text };
      if (res.status !== 503 && res.status !== 429 && res.status < 500) {
        throw new PaperboyError('arxiv_bad_response', `arXiv answered HTTP ${res.status} for ${url}: ${text.slice(0, 200).trim() || res.statusText}`);
      }
      lastProblem = `HTTP ${res.status}`;
      if (attempt === retries) break;
      const told = retryAfterMs(res.headers.get('retry-after'), o.clock.now());
      if (told !== null && told > maxRetryAfter) {
        throw new PaperboyError('arxiv_unreachable', `arXiv asked to retry after ${Math.round(told / 1000)} s (HTTP ${res.status}) for ${url}; giving up for this run`);
      }
      // Retry-After is a floor: the 3 s spacing still applies on top of a shorter one.
      await o.clock.sleep(told !== null ? Math.max(told, MIN_INTERVAL_MS) : BACKOFF_BASE_MS * 2 ** attempt);
    }
    throw new PaperboyError('arxiv_unreachable', `arXiv could not be reached at ${url} after ${retries + 1} attempts (last: ${lastProblem})`);
  }

  return (url: string): Promise<PoliteResponse> => {
    const result = queue.then(() => getOne(url));
    queue = result.catch(() => undefined);
    return result;
  };
}

/** The User-Agent: names Paperboy, the instance, and the operator's contact, as arXiv asks of harvesters. */
export function userAgent(contact: string | undefined, instanceUrl: string | undefined): string {
  const parts = [instanceUrl ? `+${instanceUrl}` : null, contact ? `contact: ${contact}` : null].filter(Boolean);
  return `Paperboy/1.0${parts.length ? ` (${parts.join('; ')})` : ''}`;
}
