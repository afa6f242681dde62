import { UserError } from '@coco-release/core';
import type { GithubClient } from '../../../src/github/client.js';

/**
 * The live part of a release checklist issue: the text between two HTML comments, which GitHub does not
 * show. Only that part is rewritten; the checklist around it, and its line endings, stay as they are.
 */

export const START = '<!-- release-status:start -->';
export const END = '<!-- release-status:end -->';

/** The two HTML comments around the live part (release-train keeps its own pair). */
export interface Markers {
  start: string;
  end: string;
}
const STATUS_MARKERS: Markers = { start: START, end: END };

function count(text: string, marker: string): number {
  return text.split(marker).length - 1;
}

/** The body with `content` between the markers; the markers are added at the end when the body has none. */
export function replaceSection(
  body: string,
  content: string,
  issue: string,
  markers: Markers = STATUS_MARKERS,
): string {
  const { start: first, end: last } = markers;
  const inner = `\n${content.replace(/\n+$/, '')}\n`;
  const starts = count(body, first);
  const ends = count(body, last);
  if (starts === 0 && ends === 0) {
    const gap = body === '' ? '' : body.endsWith('\n') ? '\n' : '\n\n';
    return `${body}${gap}${first}${inner}${last}\n`;
  }
  const s = body.indexOf(first);
  const e = body.indexOf(last);
  if (starts !== 1 || ends !== 1 || e < s)
    throw new UserError(
      `${issue}'s body must hold ${first} once and ${last} once after it (it has ${starts} and ${ends}${starts === 1 && ends === 1 ? ', in the wrong order' : ''}): fix the markers by hand; the issue was not changed`,
    );
  return body.slice(0, s + first.length) + inner + body.slice(e);
}

export interface IssueUpdate {
  url: string;
  changed: boolean;
}

export async function updateIssue(
  client: GithubClient,
  target: { owner: string; repo: string; number: number },
  content: string,
  dryRun: boolean,
  markers: Markers = STATUS_MARKERS,
): Promise<IssueUpdate> {
  const name = `${target.owner}/${target.repo}#${target.number}`;
  const params = { owner: target.owner, repo: target.repo, issue_number: target.number };
  const context = {
    notFound: `issue ${name} not found: it does not exist, or the token cannot see it`,
    forbidden: `the token needs issues: write on ${target.owner}/${target.repo}`,
  };
  let issue: { body: string | null; html_url: string; pull_request?: unknown };
  try {
    issue = (await client.request<typeof issue>('GET /repos/{owner}/{repo}/issues/{issue_number}', params)).data;
  } catch (e) {
    throw new UserError(`reading issue ${name}: ${client.explain(e, context)}`);
  }
  if (issue.pull_request !== undefined) throw new UserError(`${name} is a pull request, not an issue`);
  const body = issue.body ?? '';
  const next = replaceSection(body, content, `issue ${name}`, markers);
  if (next === body || dryRun) return { url: issue.html_url, changed: next !== body };
  try {
    await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...params, body: next });
  } catch (e) {
    throw new UserError(`updating issue ${name}: ${client.explain(e, context)}`);
  }
  return { url: issue.html_url, changed: true };
}
