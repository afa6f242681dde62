import { UserError } from '@coco-release/core';

/**
 * Where the GitHub API is: GITHUB_API_URL (https://api.github.com, or https://HOST/api/v3 on GitHub
 * Enterprise Server) and GITHUB_GRAPHQL_URL, as the runner sets them. A URL that carries credentials
 * (`https://user:pass@host`) is refused without echoing them: fetch would refuse it anyway, with a message
 * that quotes the whole URL.
 */

export interface ApiEndpoints {
  /** REST base URL, without a trailing slash. */
  apiUrl: string;
  graphqlUrl: string;
}

export const DEFAULT_API_URL = 'https://api.github.com';

type Env = Readonly<Record<string, string | undefined>>;

/** A URL as it may be shown: any `user:password@` replaced by `***@`. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1***@');
}

function checkedUrl(name: string, value: string): string {
  const shown = redactUrl(value);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(`${name} is not a URL: '${shown}'`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UserError(`${name} must be an http(s) URL, got '${shown}'`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new UserError(
      `${name} must not carry credentials (${shown}): give the token through the step's token input instead`,
    );
  }
  return value.replace(/\/+$/, '');
}

/** GitHub's GraphQL endpoint for a REST base URL: /graphql on github.com, /api/graphql on GHES. */
export function graphqlUrlFor(apiUrl: string): string {
  return /\/api\/v3$/.test(apiUrl) ? apiUrl.replace(/\/api\/v3$/, '/api/graphql') : `${apiUrl}/graphql`;
}

export function apiEndpoints(env: Env): ApiEndpoints {
  const apiUrl = checkedUrl('GITHUB_API_URL', env['GITHUB_API_URL']?.trim() || DEFAULT_API_URL);
  const graphql = env['GITHUB_GRAPHQL_URL']?.trim();
  return { apiUrl, graphqlUrl: graphql ? checkedUrl('GITHUB_GRAPHQL_URL', graphql) : graphqlUrlFor(apiUrl) };
}
