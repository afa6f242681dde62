import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { annotations, runBundle, type BundleRun } from '../../../test/helpers/bundle.js';
import { git } from '../../../test/helpers/git.js';
import { startGithubServer, type GithubServer, type ServerRepo } from '../../../test/helpers/github-server.js';
import { runAsBundle } from '../../../test/helpers/in-process.js';
import { tempDir, workspace } from '../../../test/helpers/workspace.js';
import { freezeBranch } from '../src/main.js';

/**
 * freeze-branch through the runner protocol in this process (runAsBundle), and its bundle on Node 24 for the
 * lock/unlock round trip, against the test GitHub server, whose branch protection refuses pushes to
 * a locked branch (a pre-receive hook, as GitHub refuses them): the lock is set and cleared with every other
 * protection setting kept, re-runs change nothing, and a token that cannot administer gets a clear error.
 */

const REPO = 'confidential-containers/cloud-api-adaptor';
const ADMIN = 'github_pat_admin0token0never0printed';
const WRITER = 'ghs_workflow0token';

/** Protection as a maintainer set it up: required checks, one review, admins included. */
const PROTECTION = {
  // One check from a given app, one from any app (GET answers `app_id: null` for it; the PUT must omit it).
  required_status_checks: { strict: true, checks: [{ context: 'e2e (libvirt)', app_id: 15368 }, { context: 'DCO' }] },
  enforce_admins: true,
  required_pull_request_reviews: {
    dismiss_stale_reviews: true,
    require_code_owner_reviews: false,
    required_approving_review_count: 1,
    require_last_push_approval: false,
    dismissal_restrictions: { users: ['bpradipt'], teams: ['peer-pods'], apps: [] },
  },
  restrictions: null,
  required_linear_history: true,
  allow_force_pushes: false,
  allow_deletions: false,
  block_creations: false,
  required_conversation_resolution: true,
  lock_branch: false,
  allow_fork_syncing: false,
};

let server: GithubServer;
let repo: ServerRepo;
beforeAll(async () => {
  server = await startGithubServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  server.tokens = new Map([
    [ADMIN, 'admin'],
    [WRITER, 'write'],
  ]);
  repo = server.createRepo(REPO, { files: { 'README.md': '# peer pods\n' } });
});

const options = () => ({ workspace: workspace(), env: { GITHUB_API_URL: server.apiUrl, GITHUB_REPOSITORY: REPO } });
const freeze = (inputs: Record<string, string>): Promise<BundleRun> =>
  runAsBundle(freezeBranch, { token: ADMIN, ...inputs }, options());
/** The committed bundle on Node 24, as the runner runs it. */
const freezeBundle = (inputs: Record<string, string>): Promise<BundleRun> =>
  runBundle('freeze-branch', { token: ADMIN, ...inputs }, options());
const puts = () => server.count(`PUT /repos/${REPO}/branches/main/protection`);

/** A push to main from a fresh clone: '' when accepted, the refusal otherwise. */
function pushToMain(): string {
  const clone = `${tempDir('coco-freeze-')}/clone`;
  git(tempDir(), 'clone', '-q', repo.path, clone);
  git(clone, 'commit', '-q', '--allow-empty', '-m', 'a change during the release');
  const push = spawnSync('git', ['push', '-q', 'origin', 'HEAD:main'], { cwd: clone, encoding: 'utf8' });
  return push.status === 0 ? '' : push.stderr;
}

describe('freeze-branch', () => {
  it('the bundle on Node 24: locks main keeping every other setting, is a no-op when locked, and unlocks it the same way', async () => {
    repo.protections.set('main', structuredClone(PROTECTION));
    const locked = await freezeBundle({ lock: 'true' });
    expect(locked.code, locked.stdout).toBe(0);
    expect(locked.outputs).toEqual({ locked: 'true', changed: 'true', branch: 'main' });
    expect(repo.protections.get('main')).toEqual({ ...PROTECTION, lock_branch: true });
    expect(pushToMain()).toContain('Cannot change this locked branch');
    expect(locked.summary).toBe(
      '### freeze-branch: `main` is 🔒 frozen (read-only)\n\n' +
        '| repository | branch | before | after | what this step did |\n| --- | --- | --- | --- | --- |\n' +
        `| \`${REPO}\` | \`main\` | unlocked | locked | locked |\n\n`,
    );
    expect(`${locked.stdout}\n${locked.stderr}`.split('\n').filter((l) => l.includes(ADMIN))).toEqual([
      `::add-mask::${ADMIN}`,
    ]);

    const again = await freezeBundle({ lock: 'true' });
    expect(again.outputs).toEqual({ locked: 'true', changed: 'false', branch: 'main' });
    expect(again.stdout).toContain(`${REPO} main: already locked: nothing to do\n`);
    expect(puts()).toBe(1);

    const unlocked = await freezeBundle({ lock: 'false', branch: 'main' });
    expect(unlocked.outputs).toEqual({ locked: 'false', changed: 'true', branch: 'main' });
    expect(repo.protections.get('main')).toEqual(PROTECTION);
    expect(pushToMain()).toBe('');
  });

  it('on an unprotected branch: a rule holding only the lock, removed again when unlocking', async () => {
    const locked = await freeze({ lock: 'true' });
    expect(locked.stdout).toContain(`${REPO} main: created a rule holding only the lock\n`);
    expect(repo.protections.get('main')).toEqual({
      required_status_checks: null,
      enforce_admins: null,
      required_pull_request_reviews: null,
      restrictions: null,
      lock_branch: true,
    });
    expect(pushToMain()).toContain('Cannot change this locked branch');
    const unlocked = await freeze({ lock: 'false' });
    expect(unlocked.stdout).toContain(`${REPO} main: removed the rule that held only the lock\n`);
    expect(repo.protections.has('main')).toBe(false);
    expect(server.count(`DELETE /repos/${REPO}/branches/main/protection`)).toBe(1);
    expect((await freeze({ lock: 'false' })).outputs['changed']).toBe('false');
  });

  it('dry-run reads and reports, changes nothing', async () => {
    repo.protections.set('main', structuredClone(PROTECTION));
    const r = await freeze({ lock: 'true', 'dry-run': 'true' });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ locked: 'true', changed: 'true', branch: 'main' });
    expect(r.summary).toContain('(dry run, nothing changed)');
    expect(r.summary).toContain('| dry run: would have locked |');
    expect(puts()).toBe(0);
    expect(repo.protections.get('main')).toEqual(PROTECTION);
  });

  it('clear errors: the workflow token, no token, a branch that does not exist, a bad branch name', async () => {
    const writer = await freeze({ lock: 'true', token: WRITER });
    expect(annotations(writer.stdout)).toEqual([
      `::error::reading the protection of main in ${REPO}: access denied (HTTP 403: Resource not accessible by integration): changing branch protection needs a token that administers ${REPO} (fine-grained: Administration read and write; a GitHub App: the administration permission); the workflow token cannot`,
    ]);
    const none = await freeze({ lock: 'true', token: '' });
    expect(annotations(none.stdout)).toEqual([
      "::error::input 'token' is empty: freezing a branch needs a token that administers the repository (an admin token secret)",
    ]);
    const missing = await freeze({ lock: 'true', branch: 'release-0.22' });
    expect(annotations(missing.stdout)).toEqual([
      `::error::branch release-0.22 of ${REPO}: not found: ${REPO} has no branch 'release-0.22', or the token cannot see it (it must administer the repository)`,
    ]);
    const bad = await freeze({ lock: 'true', branch: 'main;rm' });
    expect(annotations(bad.stdout)).toEqual([
      "::error::input 'branch' must be a branch name such as main, got 'main;rm'",
    ]);
    expect(puts()).toBe(0);
  });
});
