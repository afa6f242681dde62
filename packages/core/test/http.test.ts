import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { backoffMs, BodyTooLarge, formatBytes, readCapped, retryAfterMs } from '../src/index.js';

/** The HTTP pieces shared by the GitHub client and the registry client (their own tests cover the policies). */

const stream = (chunks: Uint8Array[]): ReadableStream<Uint8Array> =>
  new ReadableStream({
    start(c) {
      for (const x of chunks) c.enqueue(x);
      c.close();
    },
  });

describe('readCapped', () => {
  it('reads a body up to the limit, exactly', async () => {
    const body = stream([new Uint8Array([1, 2]), new Uint8Array([3])]);
    expect([...(await readCapped(body, 3))]).toEqual([1, 2, 3]);
    expect([...(await readCapped(null, 3))]).toEqual([]);
  });

  it('stops at the first byte past the limit, stopping the connection first, and reads no further', async () => {
    let pulled = 0;
    let stopped = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(1024));
      },
    });
    const err = await readCapped(endless, 4096, () => stopped++).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BodyTooLarge);
    expect((err as BodyTooLarge).message).toBe('the answer is larger than 4 KiB');
    expect(stopped).toBe(1);
    expect(pulled).toBeLessThanOrEqual(6);
  });

  it('counts the bytes after decompression: a small gzip bomb is refused as what it expands to', async () => {
    const zipped = gzipSync(Buffer.alloc(1024 * 1024));
    expect(zipped.length).toBeLessThan(2048);
    const body = new Response(zipped).body!.pipeThrough(new DecompressionStream('gzip'));
    await expect(readCapped(body, 64 * 1024)).rejects.toThrow('the answer is larger than 64 KiB');
  });
});

describe('waits', () => {
  it('Retry-After in seconds (decimals too) or as an HTTP date; nothing for what it cannot read', () => {
    const now = Date.parse('Tue, 01 Dec 2026 10:00:00 GMT');
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('1.5')).toBe(1500);
    expect(retryAfterMs(' 2 ')).toBe(2000);
    expect(retryAfterMs('Tue, 01 Dec 2026 10:00:07 GMT', now)).toBe(7000);
    expect(retryAfterMs('Tue, 01 Dec 2026 09:00:00 GMT', now)).toBe(0);
    for (const v of [null, undefined, '', 'soon']) expect(retryAfterMs(v)).toBeUndefined();
  });

  it('backs off 0.5 s, 1 s, 2 s… up to the cap', () => {
    expect([0, 1, 2, 3, 4, 5].map((a) => backoffMs(a, 10_000))).toEqual([500, 1000, 2000, 4000, 8000, 10_000]);
  });

  it('names sizes as people read them', () => {
    expect([10 * 1024 * 1024, 64 * 1024, 1000, 1025].map(formatBytes)).toEqual([
      '10 MiB',
      '64 KiB',
      '1000 bytes',
      '1025 bytes',
    ]);
  });
});
