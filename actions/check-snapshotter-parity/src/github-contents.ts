import { fileKey, type GithubFile } from '@coco-release/version-parity';
import { createGithubClient, type GithubClient } from '../../../src/github/client.js';
import type { ApiLimits } from '../../../src/github/fetch.js';

export { defaultDelay } from '../../../src/github/fetch.js';

/**
 * Files from other repositories through the GitHub REST contents API
 * (`GET /repos/{owner}/{repo}/contents/{path}?ref=`), asking for the raw media type and also accepting the
 * JSON form with base64 content (older GitHub Enterprise servers, proxies). Requests go through the
 * project's API client (src/github), which caps, times out and retries them.
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
  /** Largest answer read (after decompression). */
  maxBytes?: number;
  /** Limits from the environment (COCO_RELEASE_API_*), overridden by the options above. */
  env?: Readonly<Record<string, string | undefined>>;
  /** One line before each wait for a retry. */
  onRetry?: (line: string) => void;
}

export type Fetched = { ok: true; text: string } | { ok: false; message: string };

/** Fetch every distinct file once, concurrently; never throws for an HTTP answer, only for bugs. */
export async function fetchGithubFiles(
  files: readonly GithubFile[],
  options: ContentsOptions,
): Promise<Map<string, Fetched>> {
  const distinct = new Map<string, GithubFile>();
  for (const f of files) if (!distinct.has(fileKey(f))) distinct.set(fileKey(f), f);
  const limits: Partial<ApiLimits> = {};
  if (options.retries !== undefined) limits.retries = options.retries;
  if (options.delay !== undefined) limits.delay = options.delay;
  if (options.timeoutMs !== undefined) limits.timeoutMs = options.timeoutMs;
  if (options.maxBytes !== undefined) limits.maxBytes = options.maxBytes;
  const client = await createGithubClient({
    token: options.token,
    endpoints: { apiUrl: options.baseUrl },
    env: options.env ?? {},
    limits,
    onRetry: options.onRetry,
  });
  const results = await Promise.all(
    [...distinct].map(async ([key, file]) => [key, await fetchOne(client, file)] as const),
  );
  return new Map(results);
}

async function fetchOne(client: GithubClient, file: GithubFile): Promise<Fetched> {
  const path = file.path.split('/').map(encodeURIComponent).join('/');
  const repo = `${file.owner}/${file.repo}`;
  try {
    const response = await client.request(`GET /repos/{owner}/{repo}/contents/${path}`, {
      owner: file.owner,
      repo: file.repo,
      ref: file.ref,
      mediaType: { format: 'raw' },
    });
    return decode(response.data, file);
  } catch (e) {
    return {
      ok: false,
      message: client.explain(e, {
        forbidden:
          `the token needs contents: read on ${repo} ` +
          '(workflow permissions: contents: read; fine-grained token: Contents read-only on that repository; ' +
          'classic token: the repo scope for a private repository)',
        notFound:
          `not found: ${repo} has no ${file.path} at '${file.ref}', or the repository is private and the token ` +
          `cannot see it (it needs contents: read on ${repo})`,
      }),
    };
  }
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
