import type { GitHub } from '@actions/github/lib/utils';
import { UserError } from '@coco-release/core';
import { apiEndpoints, redactUrl, type ApiEndpoints } from './endpoints.js';
import { explainApiError, type ErrorContext } from './errors.js';
import { apiLimitsFromEnv, limitedFetch, type ApiLimits } from './fetch.js';

/**
 * The one way actions talk to the GitHub API: an Octokit (@actions/github) whose every request, REST or
 * GraphQL, goes through limitedFetch. @actions/github is imported on first use, so a run that never calls
 * the API never loads an HTTP client.
 */

export type Octokit = InstanceType<typeof GitHub>;

export interface GithubClient {
  octokit: Octokit;
  apiUrl: string;
  graphqlUrl: string;
  tokenGiven: boolean;
  /** A REST request; `route` like 'GET /repos/{owner}/{repo}/releases/tags/{tag}'. */
  request<T = unknown>(route: string, params?: Record<string, unknown>): Promise<ApiResponse<T>>;
  /** Every page of a list, following the Link header; `pick` takes the items out of one page's body. */
  paginate<T, P = unknown>(route: string, params: Record<string, unknown>, pick: (page: P) => T[]): Promise<T[]>;
  graphql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** explainApiError with this client's URL, token state and secrets filled in. */
  explain(err: unknown, context?: Omit<ErrorContext, 'apiUrl' | 'tokenGiven' | 'secrets'>): string;
}

export interface ApiResponse<T> {
  status: number;
  headers: Record<string, string | number | undefined>;
  data: T;
}

export interface ClientOptions {
  /** '' for unauthenticated requests (public repositories, 60 requests an hour). */
  token: string;
  /** Where the API is; default from env (GITHUB_API_URL, GITHUB_GRAPHQL_URL). */
  endpoints?: Partial<ApiEndpoints>;
  /** GITHUB_API_URL, GITHUB_GRAPHQL_URL and the COCO_RELEASE_API_* limits. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Overrides of the limits from env. */
  limits?: Partial<ApiLimits>;
  /** One line before each wait for a retry (actions pass ctx.info). */
  onRetry?: (line: string) => void;
}

/** A GraphQL answer with errors; `data` holds whatever did resolve (GitHub answers partially). */
export class GraphqlError extends Error {
  constructor(
    readonly data: unknown,
    readonly errors: { type?: string; message: string; path?: (string | number)[] }[],
  ) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'GraphqlError';
  }
}

const QUIET = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

export async function createGithubClient(options: ClientOptions): Promise<GithubClient> {
  const env = options.env ?? {};
  // Validated before @actions/github loads: it reads GITHUB_API_URL itself when imported.
  const fromEnv = apiEndpoints(env);
  const apiUrl = (options.endpoints?.apiUrl ?? fromEnv.apiUrl).replace(/\/+$/, '');
  const graphqlUrl = options.endpoints?.graphqlUrl ?? (options.endpoints?.apiUrl ? undefined : fromEnv.graphqlUrl);
  const endpoints = apiEndpoints({ GITHUB_API_URL: apiUrl, GITHUB_GRAPHQL_URL: graphqlUrl });
  const limits = { ...apiLimitsFromEnv(env), ...options.limits };
  const settings = {
    baseUrl: endpoints.apiUrl,
    // @actions/github brings undici's fetch with its own proxy agent; Node's fetch is already loaded and enough.
    request: {
      fetch: limitedFetch(limits, {
        graphqlUrl: endpoints.graphqlUrl,
        fetch: globalThis.fetch,
        onRetry: options.onRetry,
      }),
    },
    userAgent: 'coco-release-actions',
    // Octokit logs deprecation notices with header text from the server: nothing of the server's reaches the log.
    log: QUIET,
  };
  const { getOctokit } = await import('@actions/github');
  let octokit: Octokit;
  if (options.token) {
    octokit = getOctokit(options.token, settings);
  } else {
    const utils = await import('@actions/github/lib/utils');
    octokit = new utils.GitHub(settings);
  }
  const secrets = options.token ? [options.token] : [];
  const tokenGiven = options.token !== '';

  const request = async <T>(route: string, params: Record<string, unknown> = {}): Promise<ApiResponse<T>> => {
    const r = await octokit.request(route, params);
    return { status: r.status, headers: r.headers as ApiResponse<T>['headers'], data: r.data as T };
  };
  return {
    octokit,
    apiUrl: endpoints.apiUrl,
    graphqlUrl: endpoints.graphqlUrl,
    tokenGiven,
    request,
    async paginate<T, P>(route: string, params: Record<string, unknown>, pick: (page: P) => T[]): Promise<T[]> {
      const items: T[] = [];
      let next: string | undefined;
      // A server that always says "next" must not keep a step busy forever.
      for (let page = 0; page < 100; page++) {
        const r = next ? await request<P>(`GET ${next}`) : await request<P>(route, { per_page: 100, ...params });
        items.push(...pick(r.data));
        next = /<([^<>]+)>;\s*rel="next"/.exec(String(r.headers['link'] ?? ''))?.[1];
        if (!next) return items;
        // The token goes with every request: follow only links to the same API.
        if (!next.startsWith(`${endpoints.apiUrl}/`)) {
          throw new UserError(
            `GitHub's next page for ${route} is outside ${redactUrl(endpoints.apiUrl)}: not followed`,
          );
        }
      }
      throw new UserError(`GitHub answered more than 100 pages for ${route}; stopped there`);
    },
    // Through request() rather than octokit.graphql, which sends GHES queries to /api/graphql whatever
    // GITHUB_GRAPHQL_URL says.
    async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const r = await request<{ data?: T; errors?: GraphqlError['errors'] }>(`POST ${endpoints.graphqlUrl}`, {
        query,
        variables,
      });
      if (r.data.errors?.length) throw new GraphqlError(r.data.data, r.data.errors);
      return r.data.data as T;
    },
    explain: (err, context = {}) => explainApiError(err, { ...context, apiUrl: endpoints.apiUrl, tokenGiven, secrets }),
  };
}
