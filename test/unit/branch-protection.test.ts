import { describe, expect, it } from 'vitest';
import { onlyTheLock, protectionBody } from '../../src/github/protection.js';

/**
 * The branch protection rule as GitHub's GET answers it (the REST reference's example, abridged), turned
 * into the PUT body that recreates it: users and teams by login and slug, flags from their `enabled`
 * objects, status checks with their app ids. Lose any of these and freezing a branch would weaken it.
 */
const GET_ANSWER = {
  url: 'https://api.github.com/repos/octocat/Hello-World/branches/main/protection',
  required_status_checks: {
    url: 'https://api.github.com/repos/octocat/Hello-World/branches/main/protection/required_status_checks',
    contexts: ['continuous-integration/travis-ci'],
    contexts_url:
      'https://api.github.com/repos/octocat/Hello-World/branches/main/protection/required_status_checks/contexts',
    enforcement_level: 'non_admins',
    strict: true,
    checks: [{ context: 'continuous-integration/travis-ci', app_id: 123 }],
  },
  enforce_admins: { url: 'https://api.github.com/…/enforce_admins', enabled: true },
  required_pull_request_reviews: {
    url: 'https://api.github.com/…/required_pull_request_reviews',
    dismissal_restrictions: {
      users: [{ login: 'octocat', id: 1 }],
      teams: [{ slug: 'justice-league', id: 1 }],
      apps: [{ slug: 'octoapp', id: 1 }],
    },
    bypass_pull_request_allowances: { users: [{ login: 'octocat' }], teams: [], apps: [] },
    dismiss_stale_reviews: true,
    require_code_owner_reviews: true,
    required_approving_review_count: 2,
    require_last_push_approval: true,
  },
  restrictions: {
    url: 'https://api.github.com/…/restrictions',
    users: [{ login: 'octocat' }],
    teams: [{ slug: 'justice-league' }],
    apps: [{ slug: 'octoapp' }],
  },
  required_linear_history: { enabled: true },
  allow_force_pushes: { enabled: true },
  allow_deletions: { enabled: true },
  block_creations: { enabled: true },
  required_conversation_resolution: { enabled: true },
  lock_branch: { enabled: false },
  allow_fork_syncing: { enabled: true },
  required_signatures: { url: 'https://api.github.com/…/required_signatures', enabled: false },
};

describe('protectionBody', () => {
  it("turns GitHub's GET answer into the PUT body that recreates the rule", () => {
    expect(protectionBody(GET_ANSWER)).toEqual({
      required_status_checks: { strict: true, checks: [{ context: 'continuous-integration/travis-ci', app_id: 123 }] },
      enforce_admins: true,
      required_pull_request_reviews: {
        dismissal_restrictions: { users: ['octocat'], teams: ['justice-league'], apps: ['octoapp'] },
        bypass_pull_request_allowances: { users: ['octocat'], teams: [], apps: [] },
        dismiss_stale_reviews: true,
        require_code_owner_reviews: true,
        required_approving_review_count: 2,
        require_last_push_approval: true,
      },
      restrictions: { users: ['octocat'], teams: ['justice-league'], apps: ['octoapp'] },
      required_linear_history: true,
      allow_force_pushes: true,
      allow_deletions: true,
      block_creations: true,
      required_conversation_resolution: true,
      lock_branch: false,
      allow_fork_syncing: true,
    });
  });

  it('a rule with contexts only (older GHES) keeps them; absent parts are null', () => {
    const body = protectionBody({
      required_status_checks: { strict: false, contexts: ['ci/build'] },
      enforce_admins: { enabled: false },
      lock_branch: { enabled: true },
    });
    expect(body.required_status_checks).toEqual({ strict: false, contexts: ['ci/build'] });
    expect(body.required_pull_request_reviews).toBeNull();
    expect(body.restrictions).toBeNull();
    expect(onlyTheLock(body)).toBe(false);
    expect(onlyTheLock(protectionBody({ lock_branch: { enabled: true } }))).toBe(true);
  });
});
