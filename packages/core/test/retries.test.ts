import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryWords, sendWithRetries, type Retry, type RetryPolicy } from '../src/index.js';

/**
 * The retry loop both API clients share, against a real server on 127.0.0.1 whose answers each test
 * scripts in turn. The clients' own tests cover their policies (what they retry, their words, their errors).
 */

type Answer = (req: IncomingMessage, res: ServerResponse) => void;

let script: Answer[] = [];
let served = 0;
let url = '';
const server = createServer((req, res) => {
  served++;
  const answer = script.shift() ?? ((_q, r) => r.writeHead(500).end('script ran out'));
  answer(req, res);
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function answers(...list: Answer[]): void {
  script = list;
  served = 0;
}
const status =
  (code: number, headers: Record<string, string> = {}, body = `answer ${code}`): Answer =>
  (_req, res) =>
    res.writeHead(code, headers).end(body);

const retries: Retry[] = [];
function policy(over: Partial<RetryPolicy> = {}): RetryPolicy {
  retries.length = 0;
  return {
    retries: 3,
    statuses: new Set([502, 503]),
    maxDelayMs: 50,
    longRetryAfter: 'cap',
    delay: () => 0,
    onRetry: (r) => retries.push(r),
    ...over,
  };
}
const send = () => fetch(url);

describe('sendWithRetries', () => {
  it('sends again after an answer the policy lists, and hands back the first it does not, with the count', async () => {
    answers(status(503), status(502), status(404));
    const { response, attempts } = await sendWithRetries(send, policy());
    expect([response.status, await response.text(), attempts, served]).toEqual([404, 'answer 404', 3, 3]);
    expect(retries.map((r) => retryWords(r, 1))).toEqual([
      'answered HTTP 503: retry 1 of 3 in 0 s',
      'answered HTTP 502: retry 2 of 3 in 0 s',
    ]);
  });

  it('hands back the last answer, body unread, when the retries run out', async () => {
    answers(status(503), status(503), status(503));
    const { response, attempts } = await sendWithRetries(send, policy({ retries: 2 }));
    expect([response.status, await response.text(), attempts, served]).toEqual([503, 'answer 503', 3, 3]);
    expect(retries.map((r) => [r.retry, r.of])).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('sends once with no retries allowed (a request that must not be repeated)', async () => {
    answers(status(503));
    const { response, attempts } = await sendWithRetries(send, policy({ retries: 0 }));
    expect([response.status, attempts, served, retries.length]).toEqual([503, 1, 1, 0]);
  });

  it('waits what Retry-After asks (seconds or a date), capped at maxDelayMs, else backs off 0.5 s, 1 s…', async () => {
    const inPast = new Date(Date.now() - 60_000).toUTCString();
    answers(
      status(503, { 'retry-after': '0.02' }),
      status(503, { 'retry-after': '3600' }),
      status(503, { 'retry-after': inPast }),
      status(200),
    );
    const { response } = await sendWithRetries(send, policy({ delay: undefined }));
    expect(response.status).toBe(200);
    expect(retries.map((r) => [r.waitMs, r.askedByServer])).toEqual([
      [20, true],
      [50, true],
      [0, true],
    ]);
    expect(retries.map((r) => retryWords(r, 3))).toEqual([
      'answered HTTP 503: retry 1 of 3 in 0.02 s (Retry-After)',
      'answered HTTP 503: retry 2 of 3 in 0.05 s (Retry-After)',
      'answered HTTP 503: retry 3 of 3 in 0 s (Retry-After)',
    ]);
    answers(status(503), status(200));
    await sendWithRetries(send, policy({ delay: undefined, maxDelayMs: 10_000 }));
    expect(retries.map((r) => [r.waitMs, r.askedByServer])).toEqual([[500, false]]);
  });

  it("hands back at once an answer whose Retry-After is longer than the policy waits, when it says 'give-up'", async () => {
    answers(status(503, { 'retry-after': '0.01' }), status(503, { 'retry-after': '3600' }));
    const { response, attempts } = await sendWithRetries(send, policy({ longRetryAfter: 'give-up' }));
    expect([response.status, response.headers.get('retry-after'), attempts, served]).toEqual([503, '3600', 2, 2]);
    expect(retries).toHaveLength(1);
  });

  it("gives the policy's delay the attempt (0-based) and the server's Retry-After in milliseconds", async () => {
    const asked: unknown[] = [];
    answers(status(503, { 'retry-after': '2' }), status(502), status(200));
    await sendWithRetries(
      send,
      policy({
        delay: (attempt, retryAfter) => {
          asked.push([attempt, retryAfter]);
          return 1;
        },
      }),
    );
    expect(asked).toEqual([
      [0, 2000],
      [1, undefined],
    ]);
    expect(retries.map((r) => r.waitMs)).toEqual([1, 1]);
  });

  it('words answers as the policy describes them', async () => {
    answers(status(503), status(200));
    await sendWithRetries(send, policy({ describe: (r) => `said ${r.status} ${r.statusText}` }));
    expect(retries.map((r) => r.why)).toEqual(['said 503 Service Unavailable']);
  });

  it('retries an error the policy names and throws the last one as it is; any other error at once', async () => {
    const failures: Error[] = [];
    const failing = (attempt: number): Promise<Response> => {
      const e = new Error(`attempt ${attempt} failed`);
      failures.push(e);
      return Promise.reject(e);
    };
    const named = policy({ retries: 2, retryError: (e) => `could not (${(e as Error).message})` });
    const err = await sendWithRetries(failing, named).catch((e: unknown) => e);
    expect(err).toBe(failures[2]);
    expect(retries.map((r) => retryWords(r, 1))).toEqual([
      'could not (attempt 0 failed): retry 1 of 2 in 0 s',
      'could not (attempt 1 failed): retry 2 of 2 in 0 s',
    ]);

    failures.length = 0;
    const unnamed = policy({ retryError: () => undefined });
    await expect(sendWithRetries(failing, unnamed)).rejects.toThrow('attempt 0 failed');
    expect([failures.length, retries.length]).toEqual([1, 0]);
    await expect(sendWithRetries(failing, policy())).rejects.toThrow('attempt 0 failed');
  });

  it('recovers when a real connection fails, then the server answers', async () => {
    // The first attempt goes to a port nothing listens on: a real connection error, retried.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const dead = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    answers(status(200));
    const { response, attempts } = await sendWithRetries(
      (attempt) => fetch(attempt === 0 ? dead : url),
      policy({ retryError: (e) => `cannot connect (${((e as Error).cause as { code: string }).code})` }),
    );
    expect([response.status, attempts, served]).toEqual([200, 2, 1]);
    expect(retries.map((r) => r.why)).toEqual(['cannot connect (ECONNREFUSED)']);
  });
});
