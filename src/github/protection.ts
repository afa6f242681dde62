import { UserError } from '@coco-release/core';
import type { GithubClient } from './client.js';
import { httpStatus } from './errors.js';

/**
 * Branch protection's `lock_branch` (a read-only branch) set or cleared without touching anything else.
 * GitHub has no endpoint for the lock alone: `PUT .../protection` replaces the whole rule, and its body is
 * shaped differently from what `GET` answers (objects with `enabled`, users and teams as objects). So the
 * rule is read, turned into the body that recreates it exactly, and written back with the lock changed.
 */

export interface BranchSite {
  owner: string;
  repo: string;
  branch: string;
}

/** The body of `PUT /repos/{owner}/{repo}/branches/{branch}/protection`. */
export interface ProtectionBody {
  required_status_checks: {
    strict: boolean;
    checks?: { context: string; app_id?: number }[];
    contexts?: string[];
  } | null;
  enforce_admins: boolean | null;
  required_pull_request_reviews: Record<string, unknown> | null;
  restrictions: { users: string[]; teams: string[]; apps?: string[] } | null;
  required_linear_history?: boolean;
  allow_force_pushes?: boolean;
  allow_deletions?: boolean;
  block_creations?: boolean;
  required_conversation_resolution?: boolean;
  lock_branch?: boolean;
  allow_fork_syncing?: boolean;
}

type Json = Record<string, unknown>;

const FLAGS = [
  'required_linear_history',
  'allow_force_pushes',
  'allow_deletions',
  'block_creations',
  'required_conversation_resolution',
  'lock_branch',
  'allow_fork_syncing',
] as const;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const enabled = (v: unknown): boolean => (isObject(v) ? v['enabled'] === true : v === true);

/** Users, teams and apps as the PUT body names them: logins and slugs (GET answers whole objects). */
function names(list: unknown, key: 'login' | 'slug'): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((x) => (typeof x === 'string' ? x : isObject(x) ? String(x[key] ?? '') : '')).filter((s) => s !== '');
}

function actors(v: unknown): { users: string[]; teams: string[]; apps: string[] } {
  const o = isObject(v) ? v : {};
  return { users: names(o['users'], 'login'), teams: names(o['teams'], 'slug'), apps: names(o['apps'], 'slug') };
}

/** The PUT body that recreates the protection GET answered. */
export function protectionBody(rule: Json): ProtectionBody {
  const checks = rule['required_status_checks'];
  const reviews = rule['required_pull_request_reviews'];
  const restrictions = rule['restrictions'];
  let statusChecks: ProtectionBody['required_status_checks'] = null;
  if (isObject(checks)) {
    const list = Array.isArray(checks['checks']) ? (checks['checks'] as Json[]) : undefined;
    statusChecks = list
      ? {
          strict: checks['strict'] === true,
          // The app that must report each check, where GitHub names one; GET answers `app_id: null` for "any
          // app", which the PUT schema refuses (an integer or absent), so null is left out.
          checks: list.map((c) =>
            typeof c['app_id'] === 'number'
              ? { context: String(c['context']), app_id: c['app_id'] }
              : { context: String(c['context']) },
          ),
        }
      : {
          strict: checks['strict'] === true,
          contexts: Array.isArray(checks['contexts']) ? checks['contexts'].map(String) : [],
        };
  }
  let reviewBody: ProtectionBody['required_pull_request_reviews'] = null;
  if (isObject(reviews)) {
    reviewBody = {};
    for (const key of [
      'dismiss_stale_reviews',
      'require_code_owner_reviews',
      'required_approving_review_count',
      'require_last_push_approval',
    ]) {
      if (key in reviews) reviewBody[key] = reviews[key];
    }
    if (isObject(reviews['dismissal_restrictions']))
      reviewBody['dismissal_restrictions'] = actors(reviews['dismissal_restrictions']);
    if (isObject(reviews['bypass_pull_request_allowances']))
      reviewBody['bypass_pull_request_allowances'] = actors(reviews['bypass_pull_request_allowances']);
  }
  const body: ProtectionBody = {
    required_status_checks: statusChecks,
    enforce_admins: isObject(rule['enforce_admins']) ? enabled(rule['enforce_admins']) : null,
    required_pull_request_reviews: reviewBody,
    restrictions: isObject(restrictions) ? actors(restrictions) : null,
  };
  for (const flag of FLAGS) body[flag] = enabled(rule[flag]);
  return body;
}

/** A rule that holds nothing but the lock: the one `lock` made on an unprotected branch. */
export function onlyTheLock(body: ProtectionBody): boolean {
  return (
    body.required_status_checks === null &&
    !body.enforce_admins &&
    body.required_pull_request_reviews === null &&
    body.restrictions === null &&
    FLAGS.every((f) => f === 'lock_branch' || !body[f])
  );
}

export interface LockResult {
  /** The lock before this call. */
  wasLocked: boolean;
  locked: boolean;
  changed: boolean;
  /** What was (or would be) done, in a few words. */
  action:
    | 'none'
    | 'locked'
    | 'unlocked'
    | 'created a rule holding only the lock'
    | 'removed the rule that held only the lock';
}

const access = (site: BranchSite) => `${site.owner}/${site.repo}`;

function context(site: BranchSite) {
  return {
    forbidden:
      `changing branch protection needs a token that administers ${access(site)} (fine-grained: Administration read and write; ` +
      'a GitHub App: the administration permission); the workflow token cannot',
  };
}

/** The branch's protection rule, or undefined when it has none. */
export async function readProtection(client: GithubClient, site: BranchSite): Promise<Json | undefined> {
  try {
    const r = await client.request<Json>('GET /repos/{owner}/{repo}/branches/{branch}/protection', { ...site });
    return r.data;
  } catch (e) {
    if (httpStatus(e) === 404) {
      const message = String(((e as { response?: { data?: Json } }).response?.data ?? {})['message'] ?? '');
      if (/not protected/i.test(message)) return undefined;
      throw new UserError(
        `branch ${site.branch} of ${access(site)}: ${client.explain(e, {
          notFound: `not found: ${access(site)} has no branch '${site.branch}', or the token cannot see it (it must administer the repository)`,
        })}`,
      );
    }
    throw new UserError(
      `reading the protection of ${site.branch} in ${access(site)}: ${client.explain(e, context(site))}`,
    );
  }
}

/** Set the lock to `lock`, keeping the rest of the rule; nothing is written when it already is, or in a dry run. */
export async function setBranchLock(
  client: GithubClient,
  site: BranchSite,
  lock: boolean,
  dryRun: boolean,
): Promise<LockResult> {
  const rule = await readProtection(client, site);
  const body = rule ? protectionBody(rule) : undefined;
  const wasLocked = body?.lock_branch === true;
  if (wasLocked === lock) return { wasLocked, locked: lock, changed: false, action: 'none' };
  let action: LockResult['action'];
  if (!lock && body && onlyTheLock(body)) action = 'removed the rule that held only the lock';
  else if (lock && !body) action = 'created a rule holding only the lock';
  else action = lock ? 'locked' : 'unlocked';
  if (!dryRun) {
    try {
      if (action === 'removed the rule that held only the lock') {
        await client.request('DELETE /repos/{owner}/{repo}/branches/{branch}/protection', { ...site });
      } else {
        const next: ProtectionBody = body
          ? { ...body, lock_branch: lock }
          : {
              required_status_checks: null,
              enforce_admins: null,
              required_pull_request_reviews: null,
              restrictions: null,
              lock_branch: true,
            };
        await client.request('PUT /repos/{owner}/{repo}/branches/{branch}/protection', { ...site, ...next });
      }
    } catch (e) {
      throw new UserError(
        `${lock ? 'locking' : 'unlocking'} ${site.branch} in ${access(site)}: ${client.explain(e, context(site))}`,
      );
    }
  }
  return { wasLocked, locked: lock, changed: true, action };
}
