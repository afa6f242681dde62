import { redactUrl } from './endpoints.js';
import { ApiTransportError, ATTEMPTS_HEADER } from './fetch.js';

/**
 * One message per failed GitHub API request, saying what went wrong and what to do. Nothing secret is ever
 * part of it: the token (and any other value in `secrets`) is replaced by *** even where the server echoes
 * it back in its own message, and URLs lose their credentials.
 */

export interface ErrorContext {
  /** REST base URL, for "no answer from …". */
  apiUrl: string;
  /** Whether a token was sent: an unauthenticated rate limit needs a different hint. */
  tokenGiven: boolean;
  /** Values never to show (the token). */
  secrets?: readonly string[];
  /** After "access denied (HTTP 403: …): ": which permission the token needs, on what. */
  forbidden?: string;
  /** The whole message for a 404, when the caller knows what was missing. */
  notFound?: string;
  /** After "GitHub refused the request (HTTP 422: …)": what it means here. */
  unprocessable?: string;
}

interface RequestErrorLike {
  status?: number;
  message?: string;
  cause?: unknown;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

const TRANSIENT = new Set([500, 502, 503, 504]);

function header(err: RequestErrorLike, name: string): string | undefined {
  const v = err.response?.headers?.[name];
  return v === undefined ? undefined : String(v);
}

/** GitHub's own words: `message`, plus the `errors` of a validation failure. */
export function githubMessage(err: unknown): string {
  const e = err as RequestErrorLike;
  const data = e.response?.data as { message?: unknown; errors?: unknown } | undefined;
  if (data && typeof data === 'object' && typeof data.message === 'string') {
    const details = Array.isArray(data.errors)
      ? data.errors
          .map((x: { message?: unknown; field?: unknown; code?: unknown; resource?: unknown }) =>
            typeof x === 'string'
              ? x
              : typeof x?.message === 'string'
                ? x.message
                : [x?.resource, x?.field, x?.code].filter((p) => typeof p === 'string').join(' '),
          )
          .filter((s: string) => s !== '')
      : [];
    return details.length > 0 ? `${data.message}: ${details.join('; ')}` : data.message;
  }
  return (e.message ?? '').replace(/ - https:\/\/docs\.github\.com\S*$/, '');
}

/** The HTTP status of an Octokit error that carries a response, else undefined. */
export function httpStatus(err: unknown): number | undefined {
  const e = err as RequestErrorLike;
  return e?.response !== undefined && typeof e.status === 'number' ? e.status : undefined;
}

/** A GitHub validation error's code for a field, e.g. 'already_exists' for a release's tag_name. */
export function validationCode(err: unknown, field: string): string | undefined {
  const data = (err as RequestErrorLike).response?.data as { errors?: unknown } | undefined;
  if (!Array.isArray(data?.errors)) return undefined;
  const hit = data.errors.find((x: { field?: unknown }) => x?.field === field) as { code?: unknown } | undefined;
  return typeof hit?.code === 'string' ? hit.code : undefined;
}

export function scrub(message: string, secrets: readonly string[] = []): string {
  let out = message;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('***');
  // Credentials in any URL the message quotes (a proxy error, a redirect).
  return out.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi, '$1***@');
}

function explainRaw(err: RequestErrorLike, ctx: ErrorContext): string {
  const cause = err.cause ?? err;
  if (cause instanceof ApiTransportError) {
    if (cause.kind === 'no-answer') {
      return `no answer from ${redactUrl(ctx.apiUrl)} after ${cause.attempts} ${cause.attempts === 1 ? 'attempt' : 'attempts'}: ${cause.message}`;
    }
    if (cause.kind === 'broken-json') return `GitHub answered with broken JSON: ${cause.message}`;
    return `GitHub's answer was refused: ${cause.message}`;
  }
  const graphqlErrors = (err as { errors?: unknown }).errors;
  if (err.response === undefined && Array.isArray(graphqlErrors)) {
    return `GitHub's GraphQL API answered with errors: ${err.message}`;
  }
  const status = err.status;
  if (err.response === undefined) {
    return `no answer from ${redactUrl(ctx.apiUrl)}: ${err.message ?? String(err)}`;
  }
  const message = githubMessage(err);
  if (status !== undefined && TRANSIENT.has(status)) {
    const attempts = Number(header(err, ATTEMPTS_HEADER) ?? '1');
    return attempts > 1
      ? `GitHub answered HTTP ${status} ${attempts} times in a row (${message}); try again later`
      : `GitHub answered HTTP ${status} (${message}); try again later`;
  }
  if ((status === 403 || status === 429) && header(err, 'x-ratelimit-remaining') === '0') {
    const reset = Number(header(err, 'x-ratelimit-reset'));
    const when = Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : '';
    const limit = header(err, 'x-ratelimit-limit');
    const hint = ctx.tokenGiven
      ? ''
      : '; no token was given and unauthenticated requests get 60 an hour: set the token input';
    return `GitHub API rate limit exhausted (HTTP ${status}${limit ? `, ${limit} requests an hour` : ''})${when}${hint}`;
  }
  const retryAfter = header(err, 'retry-after');
  if (status === 429 || (status === 403 && (retryAfter !== undefined || /secondary rate limit/i.test(message)))) {
    return `GitHub secondary rate limit (HTTP ${status})${retryAfter !== undefined ? `: retry after ${retryAfter} s` : ''}; run fewer requests at once`;
  }
  if (status === 401) {
    return ctx.tokenGiven
      ? `the token was rejected (HTTP 401: ${message}): it is expired, revoked or mistyped; check the token input`
      : `GitHub wants a token (HTTP 401: ${message}); set the token input`;
  }
  if (status === 403) {
    return `access denied (HTTP 403: ${message})${ctx.forbidden ? `: ${ctx.forbidden}` : ''}`;
  }
  if (status === 404) return ctx.notFound ?? `not found (HTTP 404: ${message})`;
  if (status === 422 && ctx.unprocessable) {
    return `GitHub refused the request (HTTP 422: ${message}): ${ctx.unprocessable}`;
  }
  return `GitHub answered HTTP ${status}: ${message}`;
}

export function explainApiError(err: unknown, ctx: ErrorContext): string {
  return scrub(explainRaw(err as RequestErrorLike, ctx), ctx.secrets);
}
