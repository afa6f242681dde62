/**
 * The HTTP layer both clients share (the GitHub client's fetch in src/github/fetch.ts, the registry
 * client's Http in packages/oci-registry): the retry loop, waits between attempts, Retry-After, a body
 * read with a cap. Each client keeps only its policy (which answers and errors to retry, how to word a
 * retry, which errors it throws).
 */

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The wait before retry `attempt` (0-based) when the server names none: 0.5 s, 1 s, 2 s…, at most `maxDelayMs`. */
export function backoffMs(attempt: number, maxDelayMs: number): number {
  return Math.min(500 * 2 ** attempt, maxDelayMs);
}

/** Retry-After in milliseconds (seconds, or an HTTP date), or undefined when absent or unreadable. */
export function retryAfterMs(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

/** A body went past the limit of a capped read; nothing after the limit was read. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the answer is larger than ${formatBytes(limit)}`);
    this.name = 'BodyTooLarge';
  }
}

/**
 * A body, counted as it arrives (after decompression: fetch inflates transparently) and abandoned past
 * `limit` bytes, so a gzip bomb never expands in memory. `stop` runs first when the limit is passed (to
 * abort the connection too); errors of the stream itself (a timeout, a reset) propagate as they are.
 */
export async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
  stop?: () => void,
): Promise<Uint8Array> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      stop?.();
      // Not awaited: a stream that is being aborted need not say when it is done.
      void reader.cancel().catch(() => undefined);
      throw new BodyTooLarge(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** One retry about to happen, for the client to word (see `retryWords`). */
export interface Retry {
  /** Why the attempt is repeated: `answered HTTP 503`, `got no answer (…)`. */
  why: string;
  /** 1-based: the first retry is 1. */
  retry: number;
  /** The retries allowed in all. */
  of: number;
  waitMs: number;
  /** The wait is what the server's Retry-After asked for (capped), not our backoff. */
  askedByServer: boolean;
}

export interface RetryPolicy {
  /** Retries after the first attempt, so at most `retries + 1` attempts. */
  retries: number;
  /** Answers worth another attempt (502, 503, 504…); any other answer is handed back at once. */
  statuses: ReadonlySet<number>;
  /** The longest wait before a retry. */
  maxDelayMs: number;
  /**
   * A Retry-After asking for more than `maxDelayMs`: wait `maxDelayMs` and retry ('cap'), or hand the
   * answer back at once ('give-up'), so a caller can say "run it again later" rather than wait.
   */
  longRetryAfter: 'cap' | 'give-up';
  /**
   * The wait before retry `attempt` (0-based), given the server's Retry-After in milliseconds (undefined
   * when it sent none); by default the Retry-After (capped) or `backoffMs`. Tests use it to wait less.
   */
  delay?: (attempt: number, retryAfterMs: number | undefined) => number;
  /** Why a failed attempt is worth another (the words for the retry line), or undefined to throw it at once. */
  retryError?: (error: unknown) => string | undefined;
  /** How an answer that is retried is described; by default `answered HTTP 503`. */
  describe?: (response: Response) => string;
  /** Told before each wait for a retry, so a slow step can say what it waits for. */
  onRetry?: (retry: Retry) => void;
}

export interface Sent {
  /** The last answer: one not worth retrying, or the last attempt's (its body unread: the caller decides). */
  response: Response;
  /** 1-based count of the attempts made. */
  attempts: number;
}

function seconds(ms: number, digits: number): string {
  return `${Number((ms / 1000).toFixed(digits))} s`;
}

/** `answered HTTP 503: retry 1 of 3 in 0.5 s (Retry-After)`, with the wait rounded to `digits` decimals. */
export function retryWords(r: Retry, digits: number): string {
  const when = `in ${seconds(r.waitMs, digits)}${r.askedByServer ? ' (Retry-After)' : ''}`;
  return `${r.why}: retry ${r.retry} of ${r.of} ${when}`;
}

function defaultWait(attempt: number, retryAfter: number | undefined, maxDelayMs: number): number {
  if (retryAfter !== undefined && Number.isFinite(retryAfter)) return Math.min(retryAfter, maxDelayMs);
  return backoffMs(attempt, maxDelayMs);
}

/**
 * Send (`send(attempt)`, 0-based, opens one attempt: its own timeout, its own body) until an answer is not
 * worth retrying or the retries run out. An error `retryError` does not name is thrown at once; the last
 * attempt's error is thrown as it is, so `send` builds the error it wants the caller to see. The body of
 * an answer that is retried is discarded so the connection can be reused.
 */
export async function sendWithRetries(
  send: (attempt: number) => Promise<Response>,
  policy: RetryPolicy,
): Promise<Sent> {
  const wait = (attempt: number, retryAfter: number | undefined) =>
    policy.delay ? policy.delay(attempt, retryAfter) : defaultWait(attempt, retryAfter, policy.maxDelayMs);
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await send(attempt);
    } catch (e) {
      const why = policy.retryError?.(e);
      if (why === undefined || attempt >= policy.retries) throw e;
      await announceAndWait(policy, {
        why,
        retry: attempt + 1,
        of: policy.retries,
        waitMs: wait(attempt, undefined),
        askedByServer: false,
      });
      continue;
    }
    if (!policy.statuses.has(response.status) || attempt >= policy.retries) return { response, attempts: attempt + 1 };
    const retryAfter = retryAfterMs(response.headers.get('retry-after'));
    if (retryAfter !== undefined && retryAfter > policy.maxDelayMs && policy.longRetryAfter === 'give-up') {
      return { response, attempts: attempt + 1 };
    }
    await response.body?.cancel().catch(() => undefined);
    const why = policy.describe?.(response) ?? `answered HTTP ${response.status}`;
    const waitMs = wait(attempt, retryAfter);
    await announceAndWait(policy, {
      why,
      retry: attempt + 1,
      of: policy.retries,
      waitMs,
      askedByServer: retryAfter !== undefined,
    });
  }
}

async function announceAndWait(policy: RetryPolicy, retry: Retry): Promise<void> {
  policy.onRetry?.(retry);
  await sleep(retry.waitMs);
}
