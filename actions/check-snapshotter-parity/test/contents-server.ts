import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 speaking the part of the GitHub REST API the action uses:
 * `GET {prefix}/repos/{owner}/{repo}/contents/{path}?ref=REF`, answering the raw media type when asked
 * (`Accept: application/vnd.github.raw` / `.v3.raw`) and otherwise the JSON object with base64 content
 * (wrapped at 60 characters, as GitHub does). Scripted answers (errors, rate limits) are served first.
 */

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface SeenRequest {
  method: string;
  url: string;
  /** `owner/repo@ref:path`, decoded. */
  key: string;
  accept: string;
  authorization: string | undefined;
}

export interface ContentsServer {
  /** GITHUB_API_URL for the server (with a GitHub Enterprise-style `/api/v3` prefix). */
  apiUrl: string;
  requests: SeenRequest[];
  /** `owner/repo@ref:path` -> file content. */
  files: Map<string, string>;
  /** Answer the next requests for `key` with these, in order, before serving the file normally. */
  script(key: string, ...answers: Answer[]): void;
  /** Ignore the raw media type and always answer JSON with base64 content (older GHES, proxies). */
  jsonOnly: boolean;
  reset(): void;
  close(): Promise<void>;
}

const PREFIX = '/api/v3';
const NOT_FOUND = {
  message: 'Not Found',
  documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
  status: '404',
};

export async function startContentsServer(): Promise<ContentsServer> {
  const files = new Map<string, string>();
  const scripts = new Map<string, Answer[]>();
  const requests: SeenRequest[] = [];
  const state = { jsonOnly: false };

  const send = (res: ServerResponse, a: Answer): void => {
    const body = a.body === undefined ? '' : typeof a.body === 'string' ? a.body : JSON.stringify(a.body);
    res.writeHead(a.status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      ...a.headers,
    });
    res.end(body);
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const m = new RegExp(`^${PREFIX}/repos/([^/]+)/([^/]+)/contents/(.+)$`).exec(url.pathname);
    if (req.method !== 'GET' || !m) return send(res, { status: 404, body: NOT_FOUND });
    const [owner, repo, path] = [m[1]!, m[2]!, m[3]!.split('/').map(decodeURIComponent).join('/')];
    const ref = url.searchParams.get('ref') ?? 'main';
    const key = `${owner}/${repo}@${ref}:${path}`;
    const accept = String(req.headers['accept'] ?? '');
    requests.push({ method: req.method, url: req.url ?? '', key, accept, authorization: req.headers['authorization'] });

    const scripted = scripts.get(key)?.shift();
    if (scripted) return send(res, scripted);
    const content = files.get(key);
    if (content === undefined) {
      const prefix = `${key}/`;
      const entries = [...files.keys()].filter((k) => k.startsWith(prefix));
      if (entries.length > 0) {
        return send(res, {
          status: 200,
          body: entries.map((k) => ({ type: 'file', path: k.slice(k.indexOf(':') + 1) })),
        });
      }
      return send(res, { status: 404, body: NOT_FOUND });
    }
    if (/raw/.test(accept) && !state.jsonOnly) {
      res.writeHead(200, {
        'content-type': 'application/vnd.github.raw',
        'x-github-media-type': 'github.v3; param=raw',
      });
      res.end(content);
      return;
    }
    const base64 = Buffer.from(content, 'utf8').toString('base64').replace(/.{60}/g, '$&\n');
    send(res, {
      status: 200,
      body: {
        type: 'file',
        encoding: 'base64',
        size: Buffer.byteLength(content),
        name: path.slice(path.lastIndexOf('/') + 1),
        path,
        content: base64,
      },
    });
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}${PREFIX}`,
    requests,
    files,
    script: (key, ...answers) => scripts.set(key, [...(scripts.get(key) ?? []), ...answers]),
    get jsonOnly() {
      return state.jsonOnly;
    },
    set jsonOnly(v: boolean) {
      state.jsonOnly = v;
    },
    reset() {
      files.clear();
      scripts.clear();
      requests.splice(0);
      state.jsonOnly = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
