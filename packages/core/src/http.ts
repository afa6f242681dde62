/**
 * The HTTP pieces both clients share (the GitHub client's fetch in src/github/fetch.ts, the registry
 * client's Http in packages/oci-registry): waits between attempts, Retry-After, a body read with a cap.
 * Each client keeps its own policy on top (which answers to retry, how to word a failure).
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
