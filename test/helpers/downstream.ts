import { parse } from 'yaml';
import type { RepoEvent } from './github-server.js';

/**
 * Which of a repository's own workflows an event starts, as GitHub decides it: the event must not have been
 * made with the GITHUB_TOKEN (RepoEvent.startsWorkflows), and the workflow's `on:` must take it:
 * - `push` with `tags`/`branches` filters (a workflow filtering only tags is not started by a branch push,
 *   and the other way round; no filter takes both);
 * - `release` with `types` (default: every type);
 * - `pull_request` with `branches` (the base branch) and `types` (default: opened, synchronize, reopened).
 * Filters are GitHub's glob patterns: `*` within a path segment, `**` across them.
 */

export type CallerWorkflows = Record<string, string>;

const glob = (pattern: string): RegExp =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*/g, '\u0000')
      .replace(/\*/g, '[^/]*')
      .replace(/\?/g, '.')
      .replace(/\u0000/g, '.*')}$`,
  );

const list = (v: unknown): string[] | undefined =>
  v === undefined || v === null ? undefined : (Array.isArray(v) ? v : [v]).map(String);

const anyMatch = (patterns: string[] | undefined, name: string): boolean =>
  patterns === undefined || patterns.some((p) => glob(p).test(name));

function triggers(on: unknown): Record<string, Record<string, unknown> | null> {
  if (typeof on === 'string') return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((e) => [String(e), null]));
  return (on ?? {}) as Record<string, Record<string, unknown> | null>;
}

function takes(on: Record<string, Record<string, unknown> | null>, e: RepoEvent): boolean {
  if (!(e.event in on)) return false;
  const f = on[e.event] ?? {};
  if (e.event === 'push') {
    const tags = list(f['tags']);
    const branches = list(f['branches']);
    if (e.ref.startsWith('refs/tags/')) {
      if (tags === undefined && branches !== undefined) return false;
      return anyMatch(tags, e.ref.slice('refs/tags/'.length));
    }
    if (branches === undefined && tags !== undefined) return false;
    return anyMatch(branches, e.ref.replace(/^refs\/heads\//, ''));
  }
  if (e.event === 'release') return anyMatch(list(f['types']), e.action ?? '');
  const types = list(f['types']) ?? ['opened', 'synchronize', 'reopened'];
  return types.includes(e.action ?? '') && anyMatch(list(f['branches']), e.ref);
}

/** `workflow file: event` for every (event, workflow) pair that starts a run, in event order. */
export function startedWorkflows(events: RepoEvent[], workflows: CallerWorkflows): string[] {
  const out: string[] = [];
  for (const e of events) {
    if (!e.startsWorkflows) continue;
    for (const [file, text] of Object.entries(workflows)) {
      const on = triggers((parse(text) as { on?: unknown }).on);
      if (takes(on, e)) out.push(`${file}: ${e.event}${e.action ? ` ${e.action}` : ''} ${e.ref}`);
    }
  }
  return out;
}

/**
 * The caller's workflows that react to a release, as the CoCo repositories have them: cloud-api-adaptor
 * builds its release images `on: release: types: [created]`, trustee publishes its packages
 * `on: release: types: [published]`, and a tag push builds (`on: push: tags`).
 */
export const CALLER_WORKFLOWS: CallerWorkflows = {
  'release-images.yml': 'on:\n  release:\n    types: [created]\n',
  'publish-packages.yml': 'on:\n  release:\n    types: [published]\n',
  'build-tag.yml': "on:\n  push:\n    tags: ['v*']\n",
  'ci.yml': 'on:\n  pull_request:\n    branches: [main]\n',
};
