import {
  backoffMs,
  BodyTooLarge,
  formatBytes,
  readCapped,
  retryAfterMs,
  retryWords,
  sendWithRetries,
  UserError,
} from '@coco-release/core';
import { redactUrl } from './endpoints.js';

/**
 * The fetch every GitHub API request goes through (Octokit's `request.fetch`). It holds the limits that a
 * hostile or broken server must not get past:
 * - every body is streamed and counted after decompression (fetch gunzips transparently), and the read is
 *   abandoned past `maxBytes`, so a gzip bomb never expands in memory;
 * - every attempt has a timeout that covers the body too, so a server that accepts and never answers, or
 *   answers a byte a minute, fails the request;
 * - HTTP 5xx and no answer are retried a bounded number of times, after Retry-After when the server sends
 *   one (capped), and only for requests that are safe to repeat;
 * - a body labelled JSON that does not parse is reported as broken JSON here, because Octokit would hand
 *   it on as a string and the caller would report something else.
 */

export interface ApiLimits {
  /** Largest body read, after decompression. */
  maxBytes: number;
  /** Per attempt, headers and body together. */
  timeoutMs: number;
  /** Retries after HTTP 5xx or no answer (so at most retries + 1 attempts). */
  retries: number;
  /** Longest wait before a retry, whatever Retry-After asks for. */
  maxDelayMs: number;
  /** Milliseconds to wait before retry `attempt` (0-based), given the server's Retry-After in seconds. */
  delay?: (attempt: number, retryAfter: number | undefined) => number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  maxBytes: 10 * 1024 * 1024,
  timeoutMs: 30_000,
  retries: 3,
  maxDelayMs: 10_000,
};

/** 0.5 s, 1 s, 2 s…, or what the server asks for; never more than `maxDelayMs`. */
export function defaultDelay(attempt: number, retryAfter: number | undefined, maxDelayMs = 10_000): number {
  if (retryAfter !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0) {
    return Math.min(retryAfter * 1000, maxDelayMs);
  }
  return backoffMs(attempt, maxDelayMs);
}

/** Why a request got no usable answer; Octokit keeps it as the `cause` of its RequestError. */
export class ApiTransportError extends Error {
  constructor(
    readonly kind: 'too-large' | 'broken-json' | 'no-answer',
    message: string,
    readonly attempts: number,
  ) {
    super(message);
    this.name = 'ApiTransportError';
  }
}

/** Response header carrying how many attempts a request took, for messages like "HTTP 503 4 times". */
export const ATTEMPTS_HEADER = 'x-coco-release-attempts';

const TRANSIENT = new Set([500, 502, 503, 504]);
const NULL_BODY = new Set([101, 204, 205, 304]);

/** Seconds from a Retry-After header: a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  const ms = retryAfterMs(value, now);
  return ms === undefined ? undefined : ms / 1000;
}

function isJson(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json');
}

function noAnswerDetail(e: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `no complete answer within ${Number((timeoutMs / 1000).toFixed(3))} s`;
  const err = e as { message?: string; cause?: unknown };
  const cause = err.cause as { message?: unknown } | undefined;
  if (cause && typeof cause.message === 'string' && cause.message !== '') return cause.message;
  return err.message ?? String(e);
}

/**
 * A fetch with the limits above. A request is sent again after no answer or a 5xx only when it is safe to
 * repeat: every method but POST and PATCH, which may have been carried out already (creating a release
 * twice), plus POSTs to `graphqlUrl`, which this project only uses for queries.
 */
export function limitedFetch(
  limits: ApiLimits,
  options: {
    graphqlUrl?: string;
    fetch?: typeof fetch;
    /**
     * Told one line before each wait for a retry, so a slow run says what it waits for (e.g. ctx.info):
     * `GET https://api.github.com/repos/o/r answered HTTP 503: retry 1 of 3 in 0.5 s`. The URL carries no
     * token (that goes in a header); user:password in a GITHUB_API_URL is masked all the same.
     */
    onRetry?: (line: string) => void;
  } = {},
): typeof fetch {
  const base = options.fetch ?? globalThis.fetch;
  const { delay } = limits;
  return async (input, init = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init.method ?? 'GET').toUpperCase();
    const repeatable = (method !== 'POST' && method !== 'PATCH') || url === options.graphqlUrl;
    // One attempt: its own timeout, covering the body too; the body read whole (capped) inside it.
    const attempt = async (n: number): Promise<Response> => {
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), limits.timeoutMs);
      const signals = init.signal ? [init.signal, abort.signal] : [abort.signal];
      let response: Response;
      let body: Uint8Array;
      try {
        response = await base(url, { ...init, signal: AbortSignal.any(signals) });
        // Past the cap, stop the decompressor and the connection: nothing more is read or inflated.
        body = await readCapped(response.body, limits.maxBytes, () => abort.abort());
      } catch (e) {
        if (e instanceof BodyTooLarge) {
          throw new ApiTransportError(
            'too-large',
            `the answer is larger than ${formatBytes(limits.maxBytes)} (the limit for one response); stopped reading it`,
            n + 1,
          );
        }
        // The caller's own cancellation is not a failure of the server.
        if (init.signal?.aborted) throw e;
        throw new ApiTransportError('no-answer', noAnswerDetail(e, abort.signal.aborted, limits.timeoutMs), n + 1);
      } finally {
        clearTimeout(timer);
      }
      const headers = new Headers(response.headers);
      // The body is already decoded: drop the headers that described the encoded form.
      headers.delete('content-encoding');
      headers.delete('content-length');
      return new Response(NULL_BODY.has(response.status) ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers,
      });
    };
    const { response, attempts } = await sendWithRetries(attempt, {
      retries: repeatable ? limits.retries : 0,
      statuses: TRANSIENT,
      maxDelayMs: limits.maxDelayMs,
      longRetryAfter: 'cap',
      ...(delay && { delay: (n, retryAfter) => delay(n, retryAfter === undefined ? undefined : retryAfter / 1000) }),
      retryError: (e) =>
        e instanceof ApiTransportError && e.kind === 'no-answer' ? `got no answer (${e.message})` : undefined,
      onRetry: (r) => options.onRetry?.(`${method} ${redactUrl(url)} ${retryWords(r, 3)}`),
    });
    const body = new Uint8Array(await response.arrayBuffer());
    const headers = new Headers(response.headers);
    headers.set(ATTEMPTS_HEADER, String(attempts));
    const contentType = response.headers.get('content-type');
    if (isJson(contentType) && body.byteLength > 0 && !NULL_BODY.has(response.status)) {
      try {
        JSON.parse(new TextDecoder().decode(body));
      } catch {
        throw new ApiTransportError(
          'broken-json',
          `HTTP ${response.status} with a body that is not valid JSON (${body.byteLength} bytes labelled ${contentType})`,
          attempts,
        );
      }
    }
    return new Response(NULL_BODY.has(response.status) ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  };
}

type Env = Readonly<Record<string, string | undefined>>;

function envNumber(env: Env, name: string, what: string, integer: boolean): number | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    throw new UserError(`${name} must be ${what}, got '${raw}'`);
  }
  return n;
}

/**
 * Limits from the environment, for callers that need other bounds than the defaults (a slow GitHub
 * Enterprise Server, or a test that must not wait 30 s for a server that never answers):
 * COCO_RELEASE_API_TIMEOUT (seconds per attempt), COCO_RELEASE_API_RETRIES, COCO_RELEASE_API_MAX_RETRY_DELAY
 * (seconds), COCO_RELEASE_API_MAX_BYTES.
 */
export function apiLimitsFromEnv(env: Env): ApiLimits {
  const timeout = envNumber(env, 'COCO_RELEASE_API_TIMEOUT', 'a number of seconds', false);
  const retries = envNumber(env, 'COCO_RELEASE_API_RETRIES', 'a whole number', true);
  const maxDelay = envNumber(env, 'COCO_RELEASE_API_MAX_RETRY_DELAY', 'a number of seconds', false);
  const maxBytes = envNumber(env, 'COCO_RELEASE_API_MAX_BYTES', 'a whole number of bytes', true);
  if (timeout === 0) throw new UserError('COCO_RELEASE_API_TIMEOUT must be more than 0 seconds');
  return {
    maxBytes: maxBytes ?? DEFAULT_LIMITS.maxBytes,
    timeoutMs: timeout !== undefined ? timeout * 1000 : DEFAULT_LIMITS.timeoutMs,
    retries: retries ?? DEFAULT_LIMITS.retries,
    maxDelayMs: maxDelay !== undefined ? maxDelay * 1000 : DEFAULT_LIMITS.maxDelayMs,
  };
}
