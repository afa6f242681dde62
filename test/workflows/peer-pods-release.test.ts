import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
  caaRelease,
  expectFiles,
  failures,
  IMAGE,
  PR_TOKEN,
  remoteTags,
  REPO,
  snapshot,
  step,
  TAGS,
  UPSTREAM_KATA_400,
  UPSTREAM_RELEASE,
  withKata,
  WORKFLOW_TOKEN,
  type CaaRelease,
} from '../helpers/caa-release.js';
import { CALLER_WORKFLOWS, startedWorkflows } from '../helpers/downstream.js';
import { git } from '../helpers/git.js';
import { startGithubServer, type GithubServer } from '../helpers/github-server.js';
import type { LocalRunResult } from '../helpers/workflow-runner.js';
import { tempDir } from '../helpers/workspace.js';

/**
 * peer-pods-release.yml run by the local workflow runner, step by step, against the v0.22.0 release replay
 * (test/fixtures/release-replay): a repository on the test GitHub server (a bare git repository with pull
 * requests, check runs, commit statuses, releases and branch protection kept by the server) holding
 * upstream's files as they were before the release, the manifest a maintainer commits
 * (examples/cloud-api-adaptor/.github/release-pins.yaml; its Go update has its own test in
 * peer-pods-go.test.ts, with Go) and the real go.mod files. Each phase's pull request must hold exactly
 * upstream's edits; after the merges the modules are tagged and the GitHub release made on the merge commit.
 */

let server: GithubServer;
beforeAll(async () => {
  server = await startGithubServer();
});
afterAll(() => server.close());

describe(
  'peer-pods-release.yml: the v0.22.0 release in three runs and two merges (and re-runs)',
  { timeout: 300_000 },
  () => {
    let r: CaaRelease & {
      peerPods(inputs: Record<string, string>, secrets?: Record<string, string>): Promise<LocalRunResult>;
    };
    beforeEach(async () => {
      const release = await caaRelease(server);
      r = {
        ...release,
        peerPods: (inputs, secrets) => release.run('peer-pods-release.yml', { version: 'v0.22.0', ...inputs }, secrets),
      };
    });

    /**
     * Where a tagging run starts: main holding the pins of prepare and release as the first test's runs
     * leave them (that test compares them with upstream's byte for byte, and finds a re-run has nothing to
     * change), merged in one commit, CI green on it. Its commit id.
     */
    const pinsMerged = (): string => {
      const merged = r.repo.commit(withKata(snapshot('3-chart-versions', 'after'), r.kata400), {
        message: 'release: release v0.22.0 (#2)',
      });
      r.greenCi(merged);
      return merged;
    };

    it('prepare, release, release again after the merge, post-release: upstream’s edits, tags and the release; every re-run a no-op', async () => {
      const { repo } = r;

      // 1. prepare: kata-deploy pinned to Kata's latest release (4.0.0, read through the API), Chart.lock made.
      const prepare = await r.peerPods({ phase: 'prepare' });
      expect(prepare.jobs['pins']!.result, failures(prepare)).toBe('success');
      expect(prepare.jobs['pins']!.outputs['changed']).toBe('true');
      expect(prepare.jobs['release']!.result).toBe('skipped');
      expect(step(prepare, 'pins', 'kata').outputs['version']).toBe('4.0.0');
      expect(server.count('GET /repos/kata-containers/kata-containers/releases/latest')).toBe(1);
      expect(repo.pulls.map((p) => [p.number, p.title, p.head, p.base])).toEqual([
        [1, 'release: prepare v0.22.0', 'release/peer-pods-v0.22.0-prepare', 'main'],
      ]);
      // versions.yaml: Kata 4.0.0's commit (the test server's), and the trustee and guest-components
      // commits Kata's versions.yaml pins at it (upstream's already): release-status read them at the tag.
      expectFiles(
        repo,
        'release/peer-pods-v0.22.0-prepare',
        withKata(snapshot('1-kata-deploy-pin', 'after'), r.kata400),
      );
      expect(repo.pulls[0]!.body).toContain(
        '| `src/cloud-api-adaptor/install/charts/peerpods/Chart.yaml:24` | `.dependencies[name=kata-deploy].version` | `0.0.0-dev` | `4.0.0` |',
      );
      expect(repo.pulls[0]!.body).toContain(
        `| \`src/cloud-api-adaptor/versions.yaml:61\` | \`.oci.kata-containers.reference\` | \`${UPSTREAM_KATA_400}\` | \`${r.kata400}\` |`,
      );
      // The PR is opened with the PR token, never the workflow's.
      const pullPosts = server.log.filter((l) => l.route === `POST /repos/${REPO}/pulls`);
      expect(pullPosts.map((l) => l.authorization)).toEqual([`Bearer ${PR_TOKEN}`]);

      // A re-run before the merge finds the same edits: the pull request is left as it is.
      const prHead = repo.git.commitOf('refs/heads/release/peer-pods-v0.22.0-prepare');
      const again = await r.peerPods({ phase: 'prepare', 'kata-version': '4.0.0' });
      expect(step(again, 'pins', 'pr').outputs['pull-request-operation']).toBe('none');
      expect(repo.git.commitOf('refs/heads/release/peer-pods-v0.22.0-prepare')).toBe(prHead);
      expect(repo.pulls).toHaveLength(1);
      r.merge(1);

      // 2. release, first run: the image pins and the chart versions in one PR, exactly upstream's two commits.
      const pin = await r.peerPods({ phase: 'release', 'image-tag': IMAGE, 'verify-images': 'false' });
      expect(pin.jobs['pins']!.result, failures(pin)).toBe('success');
      expect(pin.jobs['pins']!.outputs['changed']).toBe('true');
      expect(pin.jobs['release']!.result).toBe('skipped');
      expect(repo.pulls[1]!.title).toBe('release: release v0.22.0');
      expectFiles(
        repo,
        'release/peer-pods-v0.22.0-release',
        withKata(snapshot('3-chart-versions', 'after'), r.kata400),
      );
      expect(repo.pulls[1]!.body).toContain(
        `| \`src/webhook/chart/values.yaml:18\` | \`.image.tag\` | \`latest\` | \`${IMAGE}\` |\n` +
          '| `src/peerpod-ctrl/chart/Chart.yaml:5` | `.version` | `0.3.1` | `0.4.0` |\n',
      );
      expect(repo.pulls[1]!.body).toContain(
        'After this merges, run the workflow again with the same phase and version',
      );
      expect(repo.releases).toEqual([]);
      expect(remoteTags(repo)).toEqual([]);
      expect(step(pin, 'pins', 'summary').summary).toBe(
        `## peer-pods-release: release \`v0.22.0\`\n\nImage tag: \`${IMAGE}\`\n\n` +
          '**Next:** review and merge pull request #2 (created).\n' +
          'Then run this phase again with the same version: it tags and releases.\n',
      );

      // 3. Merged and CI green on the merge commit: the same run again tags every module and releases.
      const merged = r.merge(2);
      r.greenCi(merged);
      const release = await r.peerPods({ phase: 'release', 'image-tag': IMAGE, 'verify-images': 'false' });
      expect(release.jobs['release']!.result, failures(release)).toBe('success');
      expect(release.jobs['pins']!.outputs['changed']).toBe('false');
      expect(step(release, 'pins', 'pr').skipped).toBe(true);
      expect(step(release, 'pins', 'summary').summary).toBe(
        `## peer-pods-release: release \`v0.22.0\`\n\nImage tag: \`${IMAGE}\`\n\n` +
          'The pins are in place: the release job tags the Go modules and creates the GitHub release.\n',
      );
      const plan = release.steps.find((s) => s.job === 'release' && s.name === 'Plan the tags (job summary)')!;
      expect(plan.summary).toContain('| 1 | `src/cloud-providers` | `src/cloud-providers/v0.22.0` |');
      expect(JSON.parse(release.jobs['release']!.outputs['tags']!)).toEqual(TAGS);
      expect(remoteTags(repo).sort()).toEqual(TAGS.map((t) => `${t} ${merged}`).sort());
      expect(step(release, 'release', 'tag').summary).toContain(
        `CI gate ✓: all 3 checks passed on \`${merged.slice(0, 12)}\``,
      );
      expect(repo.releases.map((x) => [x.tag_name, x.prerelease, x.generate_release_notes])).toEqual([
        ['v0.22.0', false, true],
      ]);
      expect(release.jobs['release']!.outputs['url']).toBe(`${server.htmlUrl}/${REPO}/releases/tag/v0.22.0`);
      expect(repo.latestReleaseTag).toBe('v0.22.0');
      // The CI gate reads checks with the workflow token (tag-go-submodules: checks and statuses read) and
      // with the caller's token that creates the release (github-release).
      const gateReads = server.log.filter((l) => /\/commits\/[0-9a-f]{40}\/(check-runs|status)$/.test(l.path));
      expect(new Set(gateReads.map((l) => l.authorization))).toEqual(
        new Set([`token ${WORKFLOW_TOKEN}`, `token ${PR_TOKEN}`]),
      );

      // 4. And again: nothing to pin, every tag skipped, the release confirmed.
      const tagsBefore = remoteTags(repo);
      const posts = server.count(`POST /repos/${REPO}/releases`);
      const rerun = await r.peerPods({ phase: 'release', 'image-tag': IMAGE, 'verify-images': 'false' });
      expect(rerun.jobs['release']!.result, failures(rerun)).toBe('success');
      expect(JSON.parse(step(rerun, 'release', 'tag').outputs['created']!)).toEqual([]);
      expect(JSON.parse(step(rerun, 'release', 'tag').outputs['skipped']!)).toEqual(TAGS);
      expect(step(rerun, 'release', 'release').outputs['created']).toBe('false');
      expect(server.count(`POST /repos/${REPO}/releases`)).toBe(posts);
      expect(remoteTags(repo)).toEqual(tagsBefore);
      expect(repo.pulls).toHaveLength(2);

      // Upstream went on between the release and the post-release PR (a commit to the provider values).
      const dev = snapshot('4-revert-image-pin', 'before');
      repo.commit(
        Object.fromEntries(
          Object.entries(dev).filter(([p]) => p.includes('/providers/') && !p.endsWith('libvirt.yaml')),
        ),
        { message: 'providers: document TLS settings' },
      );
      const libvirt = 'src/cloud-api-adaptor/install/charts/peerpods/providers/libvirt.yaml';
      repo.commit({ [libvirt]: dev[libvirt]! }, { message: 'libvirt: document TLS settings' });

      // 5. post-release: pins back to latest, kata-deploy back to 0.0.0-dev without a lock, CITATION.cff
      // naming the release commit (the commit tag v0.22.0 points at) and the given day.
      const post = await r.peerPods({ phase: 'post-release', 'release-date': '2026-07-27' });
      expect(post.jobs['pins']!.result, failures(post)).toBe('success');
      expect(post.jobs['release']!.result).toBe('skipped');
      const after = withKata(snapshot('6-citation', 'after'), r.kata400);
      after['CITATION.cff'] = after['CITATION.cff']!.replace(UPSTREAM_RELEASE, merged);
      expect(after['CITATION.cff']).toContain(`commit: ${merged}`);
      expectFiles(repo, 'release/peer-pods-v0.22.0-post-release', after, [
        'src/cloud-api-adaptor/install/charts/peerpods/Chart.lock',
      ]);
      r.merge(3);

      // 6. post-release again: nothing to change, no pull request.
      const main = r.head();
      const last = await r.peerPods({ phase: 'post-release', 'release-date': '2026-07-27' });
      expect(last.jobs['pins']!.outputs['changed']).toBe('false');
      expect(step(last, 'pins', 'pr').skipped).toBe(true);
      expect(r.head()).toBe(main);
      expect(repo.pulls).toHaveLength(3);
      expect(git(r.work, 'status', '--porcelain')).toBe('');
      expect(step(last, 'pins', 'summary').summary).toBe(
        '## peer-pods-release: post-release `v0.22.0`\n\nNothing to change: the post-release pins are in place.\n',
      );
    });

    it('a failing check run on the merge commit blocks the tags and the release; once CI passes the same run releases', async () => {
      const { repo } = r;
      const merged = pinsMerged();
      repo.addCheckRun({ sha: merged, name: 'e2e (azure)', conclusion: 'failure' });

      const blocked = await r.peerPods({ phase: 'release', 'image-tag': IMAGE, 'verify-images': 'false' });
      expect(blocked.jobs['release']!.result).toBe('failure');
      const tag = step(blocked, 'release', 'tag');
      expect(tag.stdout).toContain(
        `::error::CI gate: 1 of 4 checks on ${merged} in ${REPO} have not passed (e2e (azure): failure); no tag was created or pushed`,
      );
      expect(tag.summary).toContain('| `e2e (azure)` | check run | `github-actions` | failure | ✗ | blocks |');
      expect(step(blocked, 'release', 'release').skipped).toBe(true);
      expect(remoteTags(repo)).toEqual([]);
      expect(git(r.work, 'tag', '-l')).toBe('');
      expect(repo.releases).toEqual([]);
      expect(server.count(`POST /repos/${REPO}/releases`)).toBe(0);

      // The check is re-run and passes: the same workflow run now tags and releases.
      repo.addCheckRun({ sha: merged, name: 'e2e (azure)', conclusion: 'success' });
      const released = await r.peerPods({ phase: 'release', 'image-tag': IMAGE, 'verify-images': 'false' });
      expect(released.jobs['release']!.result, failures(released)).toBe('success');
      expect(remoteTags(repo).sort()).toEqual(TAGS.map((t) => `${t} ${merged}`).sort());
      expect(repo.releases.map((x) => x.tag_name)).toEqual(['v0.22.0']);
    });

    /** The tagging release run with these credentials, from pins merged and CI green. */
    const tagWith = async (
      inputs: Record<string, string>,
      secrets: Record<string, string>,
    ): Promise<{ run: LocalRunResult; started: string[] }> => {
      const merged = pinsMerged();
      const before = r.repo.events().length;
      const run = await r.run(
        'peer-pods-release.yml',
        { version: 'v0.22.0', phase: 'release', 'image-tag': IMAGE, 'verify-images': 'false', ...inputs },
        secrets,
        {},
        { jobTokens: true },
      );
      expect(run.jobs['release']!.result, failures(run)).toBe('success');
      expect(remoteTags(r.repo).sort()).toEqual(TAGS.map((t) => `${t} ${merged}`).sort());
      return { run, started: startedWorkflows(r.repo.events().slice(before), CALLER_WORKFLOWS) };
    };

    it("with the caller's App, the module tags and the release start the caller's on: push: tags and on: release workflows", async () => {
      server.registerApp({
        id: '5150',
        privateKey: 'CAA APP KEY',
        permissions: { contents: 'write', 'pull-requests': 'write', checks: 'read', statuses: 'read' },
      });
      const { run, started } = await tagWith({ 'app-id': '5150' }, { 'app-private-key': 'CAA APP KEY' });
      expect(step(run, 'release', 'writer').outputs['token']).toBe('app');
      expect(started).toEqual([
        'build-tag.yml: push refs/tags/v0.22.0',
        'release-images.yml: release created v0.22.0',
        'publish-packages.yml: release published v0.22.0',
      ]);
    });

    it('with the GITHUB_TOKEN only, nothing downstream starts, and the summary says which events will not', async () => {
      const { run, started } = await tagWith({}, {});
      expect(started).toEqual([]);
      expect(step(run, 'release', 'writer').summary).toBe(
        '⚠️ GITHUB_TOKEN: the Go module tag pushes will not start workflows (on: push: tags); give the token secret or app-id (README, Tokens).\n' +
          '⚠️ GITHUB_TOKEN: the release events (created, published) will not start workflows (on: release); give the token secret or app-id (README, Tokens).\n\n',
      );
    });

    it('a candidate: vX.Y.Z-alpha.1 tags and a GitHub pre-release; the branch frozen until post-release unfreezes it', async () => {
      const { repo } = r;
      const admin = { token: PR_TOKEN, 'admin-token': ADMIN_TOKEN };
      // main is protected: a review and a status check from any app (GET answers its app_id as null; the
      // PUT must leave it out); the freeze keeps them.
      const protection = {
        required_status_checks: { strict: true, checks: [{ context: 'e2e (libvirt)' }] },
        enforce_admins: false,
        required_pull_request_reviews: { required_approving_review_count: 1, dismiss_stale_reviews: true },
        restrictions: null,
      };
      repo.protections.set('main', protection);

      const first = await r.peerPods({ phase: 'candidate', 'image-tag': IMAGE, 'freeze-branch': 'true' }, admin);
      expect(first.jobs['pins']!.result, failures(first)).toBe('success');
      expect(first.jobs['pins']!.outputs['version']).toBe('v0.22.0-alpha.1');
      expect(repo.pulls[0]!.head).toBe('release/peer-pods-v0.22.0-alpha.1-candidate');
      expect(repo.protections.get('main')).toEqual(protection);
      const merged = r.merge(1);
      r.greenCi(merged);

      const tagged = await r.peerPods({ phase: 'candidate', 'image-tag': IMAGE, 'freeze-branch': 'true' }, admin);
      expect(tagged.jobs['release']!.result, failures(tagged)).toBe('success');
      expect(remoteTags(repo).sort()).toEqual(
        TAGS.map((t) => `${t.replace('v0.22.0', 'v0.22.0-alpha.1')} ${merged}`).sort(),
      );
      expect(repo.releases.map((x) => [x.tag_name, x.prerelease])).toEqual([['v0.22.0-alpha.1', true]]);
      // Frozen: every other protection setting kept; a push to main is refused.
      // GitHub's GET states require_code_owner_reviews (false) even when it was never set; the PUT keeps it.
      expect(repo.protections.get('main')).toEqual({
        required_status_checks: { strict: true, checks: [{ context: 'e2e (libvirt)' }] },
        enforce_admins: false,
        required_pull_request_reviews: {
          required_approving_review_count: 1,
          dismiss_stale_reviews: true,
          require_code_owner_reviews: false,
        },
        restrictions: null,
        required_linear_history: false,
        allow_force_pushes: false,
        allow_deletions: false,
        block_creations: false,
        required_conversation_resolution: false,
        lock_branch: true,
        allow_fork_syncing: false,
      });
      const freeze = tagged.steps.find(
        (s) => s.job === 'release' && s.name === 'Freeze the branch until post-release',
      )!;
      expect(freeze.summary).toContain('### freeze-branch: `main` is 🔒 frozen (read-only)');
      const clone = join(tempDir('coco-caa-'), 'dev');
      git(tempDir(), 'clone', '-q', repo.path, clone);
      writeFileSync(join(clone, 'NOTES'), 'x\n');
      git(clone, 'add', '-A');
      git(clone, 'commit', '-q', '-m', 'during the freeze');
      const refused = spawnSync('git', ['push', '-q', 'origin', 'HEAD:main'], { cwd: clone, encoding: 'utf8' });
      expect([refused.status, refused.stderr]).toEqual([
        1,
        expect.stringContaining('Cannot change this locked branch'),
      ]);

      // A re-run finds alpha.1 at the commit: nothing new is tagged, released or locked.
      const rerun = await r.peerPods({ phase: 'candidate', 'image-tag': IMAGE, 'freeze-branch': 'true' }, admin);
      expect(rerun.jobs['pins']!.outputs['version']).toBe('v0.22.0-alpha.1');
      expect(JSON.parse(step(rerun, 'release', 'tag').outputs['created']!)).toEqual([]);
      expect(step(rerun, 'release', 'release').outputs['created']).toBe('false');
      expect(server.count(`PUT /repos/${REPO}/branches/main/protection`)).toBe(1);

      // post-release unfreezes main first (its PR must merge), keeping the rest of the protection.
      const post = await r.peerPods(
        { phase: 'post-release', commit: merged, 'release-date': '2026-07-27', 'freeze-branch': 'true' },
        admin,
      );
      expect(post.jobs['pins']!.result, failures(post)).toBe('success');
      expect(repo.protections.get('main')!['lock_branch']).toBe(false);
      expect(repo.protections.get('main')!['required_pull_request_reviews']).toEqual({
        required_approving_review_count: 1,
        dismiss_stale_reviews: true,
        require_code_owner_reviews: false,
      });
      git(clone, 'push', '-q', 'origin', 'HEAD:main');
    });

    it('refuses a bad phase or version before changing anything', async () => {
      for (const [inputs, message] of [
        [{ phase: 'final' }, "::error::input phase must be prepare, candidate, release or post-release, got 'final'"],
        [
          { phase: 'release', version: '0.23.0' },
          "::error::input version must be vX.Y.Z (a candidate gets its -alpha.N itself), got '0.23.0'",
        ],
        [{ phase: 'release', 'image-tag': 'a b' }, "::error::input image-tag must be an image tag, got 'a b'"],
      ] as const) {
        const result = await r.peerPods(inputs);
        const checked = result.steps.find((s) => s.name === 'Check the inputs')!;
        expect(checked.stdout.trim()).toBe(message);
        expect(result.jobs['pins']!.result).toBe('failure');
        expect(result.jobs['release']!.result).toBe('skipped');
        expect(r.repo.pulls).toEqual([]);
      }
    });
  },
);
