import { fileKey, type GithubFile } from '@coco-release/version-parity';

/**
 * Files from other repositories through the GitHub REST contents API
 * (`GET /repos/{owner}/{repo}/contents/{path}?ref=`), asking for the raw media type and also accepting the
 * JSON form with base64 content (older GitHub Enterprise servers, proxies). @actions/github is imported
 * here, on first use, so a run that reads only local files never loads an HTTP client.
 */

export interface ContentsOptions {
  /** '' reads public repositories unauthenticated. */
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  baseUrl: string;
  /** Retries after a transient failure (HTTP 5xx, no answer): bounded, so a GitHub outage fails the step. */
  retries?: number;
  /** Milliseconds to wait before retry `attempt` (0-based); `retryAfter` is the server's Retry-After, in seconds. */
  delay?: (attempt: number, retryAfter: number | undefined) => number;
  /** Per request. */
  timeoutMs?: number;
}

export type Fetched = { ok: true; text: string } | { ok: false; message: string };

export const DEFAULT_RETRIES = 3;
const MAX_DELAY_MS = 10_000;

/** 0.5 s, 1 s, 2 s, or what the server asks for (at most 10 s). */
export function defaultDelay(attempt: number, retryAfter: number | undefined): number {
  if (retryAfter !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0) {
    return Math.min(retryAfter * 1000, MAX_DELAY_MS);
  }
  return Math.min(500 * 2 ** attempt, MAX_DELAY_MS);
}

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

type Octokit = { request: (route: string, params: Record<string, unknown>) => Promise<{ data: unknown }> };

async function client(options: ContentsOptions): Promise<Octokit> {
  const { getOctokit } = await import('@actions/github');
  // @actions/github brings undici's fetch with its own proxy agent; Node's fetch is already loaded and enough.
  const settings = {
    baseUrl: options.baseUrl,
    request: { fetch: globalThis.fetch },
    userAgent: 'coco-release-actions',
  };
  if (options.token) return getOctokit(options.token, settings) as unknown as Octokit;
  const { GitHub } = await import('@actions/github/lib/utils');
  return new GitHub(settings) as unknown as Octokit;
}

/** Fetch every distinct file once, concurrently; never throws for an HTTP answer, only for bugs. */
export async function fetchGithubFiles(
  files: readonly GithubFile[],
  options: ContentsOptions,
): Promise<Map<string, Fetched>> {
  const distinct = new Map<string, GithubFile>();
  for (const f of files) if (!distinct.has(fileKey(f))) distinct.set(fileKey(f), f);
  const octokit = await client(options);
  const results = await Promise.all(
    [...distinct].map(async ([key, file]) => [key, await fetchOne(octokit, file, options)] as const),
  );
  return new Map(results);
}

const TRANSIENT = new Set([500, 502, 503, 504]);

async function fetchOne(octokit: Octokit, file: GithubFile, options: ContentsOptions): Promise<Fetched> {
  const retries = options.retries ?? DEFAULT_RETRIES;
  const delay = options.delay ?? defaultDelay;
  const path = file.path.split('/').map(encodeURIComponent).join('/');
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await octokit.request(`GET /repos/{owner}/{repo}/contents/${path}`, {
        owner: file.owner,
        repo: file.repo,
        ref: file.ref,
        mediaType: { format: 'raw' },
        request: { signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) },
      });
      return decode(response.data, file);
    } catch (e) {
      const err = e as RequestErrorLike;
      const answered = err.response !== undefined;
      const transient = !answered || TRANSIENT.has(err.status ?? 0);
      if (transient && attempt < retries) {
        await sleep(delay(attempt, retryAfterOf(err)));
        continue;
      }
      return { ok: false, message: explain(err, file, options, attempt + 1) };
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function header(err: RequestErrorLike, name: string): string | undefined {
  const v = err.response?.headers?.[name];
  return v === undefined ? undefined : String(v);
}

function retryAfterOf(err: RequestErrorLike): number | undefined {
  const v = header(err, 'retry-after');
  return v === undefined || v.trim() === '' ? undefined : Number(v);
}

function githubMessage(err: RequestErrorLike): string {
  const data = err.response?.data as { message?: unknown } | undefined;
  if (data && typeof data === 'object' && typeof data.message === 'string') return data.message;
  return (err.message ?? '').replace(/ - https:\/\/docs\.github\.com\S*$/, '');
}

function decode(data: unknown, file: GithubFile): Fetched {
  if (typeof data === 'string') return { ok: true, text: data };
  if (data instanceof ArrayBuffer) return { ok: true, text: new TextDecoder().decode(data) };
  if (Array.isArray(data)) return { ok: false, message: `${file.path} is a directory at '${file.ref}', not a file` };
  const entry = data as { type?: unknown; encoding?: unknown; content?: unknown; target?: unknown } | null;
  if (entry?.type === 'file' && entry.encoding === 'base64' && typeof entry.content === 'string') {
    return { ok: true, text: Buffer.from(entry.content, 'base64').toString('utf8') };
  }
  if (entry?.type === 'symlink') {
    return {
      ok: false,
      message: `${file.path} is a symbolic link to ${String(entry.target)}; name the target instead`,
    };
  }
  if (entry?.type === 'submodule') return { ok: false, message: `${file.path} is a submodule, not a file` };
  return { ok: false, message: 'GitHub answered with an unexpected body for a file (no raw or base64 content)' };
}

function explain(err: RequestErrorLike, file: GithubFile, options: ContentsOptions, attempts: number): string {
  const repo = `${file.owner}/${file.repo}`;
  const status = err.status;
  if (err.response === undefined) {
    return `no answer from ${options.baseUrl} after ${attempts} attempts: ${err.message ?? String(err)}`;
  }
  if (status !== undefined && TRANSIENT.has(status)) {
    return `GitHub answered HTTP ${status} ${attempts} times in a row (${githubMessage(err)}); try again later`;
  }
  const remaining = header(err, 'x-ratelimit-remaining');
  if ((status === 403 || status === 429) && remaining === '0') {
    const reset = Number(header(err, 'x-ratelimit-reset'));
    const when = Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : '';
    const limit = header(err, 'x-ratelimit-limit');
    const hint = options.token
      ? ''
      : '; no token was given and unauthenticated requests get 60 an hour: set the token input';
    return `GitHub API rate limit exhausted (HTTP ${status}${limit ? `, ${limit} requests an hour` : ''})${when}${hint}`;
  }
  if (
    status === 429 ||
    (status === 403 && (retryAfterOf(err) !== undefined || /secondary rate limit/i.test(githubMessage(err))))
  ) {
    const after = retryAfterOf(err);
    return `GitHub secondary rate limit (HTTP ${status})${after !== undefined ? `: retry after ${after} s` : ''}; run fewer requests at once`;
  }
  if (status === 401) {
    return `the token was rejected (HTTP 401: ${githubMessage(err)}): it is expired, revoked or mistyped; check the token input`;
  }
  if (status === 403) {
    return (
      `access denied (HTTP 403: ${githubMessage(err)}): the token needs contents: read on ${repo} ` +
      '(workflow permissions: contents: read; fine-grained token: Contents read-only on that repository; ' +
      'classic token: the repo scope for a private repository)'
    );
  }
  if (status === 404) {
    return (
      `not found: ${repo} has no ${file.path} at '${file.ref}', or the repository is private and the token ` +
      `cannot see it (it needs contents: read on ${repo})`
    );
  }
  return `GitHub answered HTTP ${status}: ${githubMessage(err)}`;
}
