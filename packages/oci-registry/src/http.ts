import { BodyTooLarge, formatBytes, readCapped, retryAfterMs, retryWords, sendWithRetries } from '@coco-release/core';
import { clip, RegistryError } from './errors.js';

/**
 * One HTTP exchange with a registry or its token service, over Node's fetch: a timeout on every request,
 * bounded retries for answers that ask for them (429, 502, 503, 504, honouring Retry-After) and for
 * connections that fail, and a count of every request sent.
 */

export interface HttpOptions {
  /** Per request, including reading the body. Default 30 s. */
  timeoutMs?: number;
  /** Retries after a 429/502/503/504 or a failed connection. Default 3. */
  retries?: number;
  /** The longest wait between attempts; a Retry-After asking for more fails at once. Default 10 s. */
  maxRetryDelayMs?: number;
  /** Told one line before each wait for a retry, so a slow step says what it waits for (e.g. ctx.info). */
  onRetry?: (line: string) => void;
}

/** What fetch accepts as a body; undefined sends none. */
export type RequestBody = RequestInit['body'];

export interface SendRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** A factory, so a retry can send the body again (a stream is opened anew). */
  body?: () => Promise<RequestBody> | RequestBody;
  timeoutMs?: number;
  /** For messages: `quay.io`, or `the token service of quay.io`. */
  host: string;
}

export interface RequestRecord {
  method: string;
  /** Origin and path; query strings hold no secrets here (scopes, digests, upload state). */
  url: string;
  status: number | 'error';
}

const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRIES = 3;
const DEFAULT_MAX_DELAY_MS = 10_000;

export { formatBytes, retryAfterMs };

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

function describeCause(e: unknown): string {
  const err = e as { cause?: { code?: string; message?: string }; message?: string };
  return clip(err.cause?.code ?? err.cause?.message ?? err.message ?? String(e), 120);
}

/** A request that got no answer; `why` words it for the retry line, the message for the last attempt. */
class NoAnswer extends RegistryError {
  constructor(
    message: string,
    readonly why: string,
  ) {
    super(message);
  }
}

export class Http {
  /** Every request sent, retries included. */
  readonly log: RequestRecord[] = [];
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly maxDelayMs: number;
  private readonly onRetry: ((line: string) => void) | undefined;

  constructor(options: HttpOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retries = options.retries ?? DEFAULT_RETRIES;
    this.maxDelayMs = options.maxRetryDelayMs ?? DEFAULT_MAX_DELAY_MS;
    this.onRetry = options.onRetry;
  }

  get requests(): number {
    return this.log.length;
  }

  /**
   * Send, retrying what the server or the network asks to retry. Returns every other answer (the caller
   * reads 2xx and explains 4xx); throws a RegistryError when the retries run out.
   */
  async send(req: SendRequest): Promise<Response> {
    const timeoutMs = req.timeoutMs ?? this.timeoutMs;
    const what = `${req.method} ${new URL(req.url).pathname}`;
    const attempt = async (n: number): Promise<Response> => {
      const record: RequestRecord = { method: req.method, url: req.url.split('?')[0]!, status: 'error' };
      this.log.push(record);
      // Opened outside the try: a body that cannot be produced (its source refused) is not a network error.
      const body = req.body ? await req.body() : undefined;
      try {
        const res = await fetch(req.url, {
          method: req.method,
          headers: { 'user-agent': 'coco-release-actions', ...req.headers },
          ...(body !== undefined ? { body, duplex: 'half' } : {}),
          signal: AbortSignal.timeout(timeoutMs),
          redirect: 'follow',
        } as RequestInit);
        record.status = res.status;
        return res;
      } catch (e) {
        if (body instanceof ReadableStream) await body.cancel().catch(() => undefined);
        const timedOut = (e as Error)?.name === 'TimeoutError';
        const problem = timedOut ? `no answer within ${seconds(timeoutMs)}` : `cannot connect (${describeCause(e)})`;
        throw new NoAnswer(
          `${req.host}: ${problem} to ${what}, ${n + 1} attempt(s)`,
          timedOut ? `got no answer within ${seconds(timeoutMs)}` : problem,
        );
      }
    };
    const { response: res, attempts } = await sendWithRetries(attempt, {
      retries: this.retries,
      statuses: RETRY_STATUSES,
      maxDelayMs: this.maxDelayMs,
      longRetryAfter: 'give-up',
      retryError: (e) => (e instanceof NoAnswer ? e.why : undefined),
      describe: (r) => `answered ${statusLabel(r.status)}`,
      onRetry: (r) => this.onRetry?.(`${req.host}: ${what} ${retryWords(r, 1)}`),
    });
    if (!RETRY_STATUSES.has(res.status)) return res;
    // The retries ended on an answer that asks for another: say which way.
    const wait = retryAfterMs(res.headers.get('retry-after'));
    await res.body?.cancel().catch(() => undefined);
    const label = statusLabel(res.status);
    if (wait !== undefined && wait > this.maxDelayMs) {
      throw new RegistryError(
        `${req.host} answered ${label} to ${what} and asks to retry after ${seconds(wait)}, ` +
          `longer than this step waits (${seconds(this.maxDelayMs)}): run it again later`,
        res.status,
      );
    }
    throw new RegistryError(
      `${req.host} answered ${label} to ${what} ${attempts} times in a row` +
        (res.status === 429 ? ': the registry is rate limiting; run the step again later' : '; try again later'),
      res.status,
    );
  }
}

function statusLabel(status: number): string {
  return status === 429 ? 'HTTP 429 Too Many Requests' : `HTTP ${status}`;
}

/**
 * The body of a response, refusing more than `limit` bytes: a registry (or something posing as one) cannot
 * make the step buffer an unbounded answer. The Content-Length is checked first, then the bytes as they come.
 */
export async function readBounded(res: Response, limit: number, what: string): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await res.body?.cancel().catch(() => undefined);
    throw new RegistryError(
      `${what} is ${formatBytes(declared)}, more than the ${formatBytes(limit)} this step reads: refused`,
    );
  }
  try {
    const bytes = await readCapped(res.body, limit);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (e) {
    if (e instanceof BodyTooLarge)
      throw new RegistryError(`${what} is larger than the ${formatBytes(limit)} this step reads: refused`);
    const timedOut = (e as Error)?.name === 'TimeoutError';
    throw new RegistryError(`${what}: the answer stopped ${timedOut ? 'at the timeout' : `(${describeCause(e)})`}`);
  }
}

/** Discard a body we do not need, so the connection can be reused. */
export async function discard(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => undefined);
}
