import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { git } from './git.js';
import { githubActions, mergePull, type LocalGo } from './github-actions.js';
import type { GithubServer, ServerRepo } from './github-server.js';
import { CAA, filesBelow, KATA, REAL, REPLAY, ROOT } from './paths.js';
import { runWorkflow, type LocalRunResult, type StepRecord } from './workflow-runner.js';
import { tempDir } from './workspace.js';

/**
 * The cloud-api-adaptor release as the workflow tests replay it: a repository on the test GitHub server
 * holding upstream's files before v0.22.0 (test/fixtures/release-replay), the real go.mod files and a
 * release-pins manifest; Kata Containers' releases 3.29.0 and 4.0.0 on the same server; a runner workspace
 * cloned from the repository, and a second clone that merges pull requests as GitHub's button does.
 */

export const REPO = 'confidential-containers/cloud-api-adaptor';
export const WORKFLOW_TOKEN = 'ghs_workflow0token';
export const PR_TOKEN = 'ghs_app0token0for0pulls';
export const ADMIN_TOKEN = 'github_pat_admin0token';
export const RUN_ID = '4242';
/** The image upstream pinned for v0.22.0 (the last built image). */
export const IMAGE = '61b1aba91df646a663e60ab6b55c6a7dc93cd167';
/** The Kata 4.0.0 commit cloud-api-adaptor's versions.yaml pins upstream (`# v4.0.0`). */
export const UPSTREAM_KATA_400 = 'cf82bb35c80320178bf7570252fe75d6fb263209';
/** The v0.22.0 release commit upstream; CITATION.cff names it. */
export const UPSTREAM_RELEASE = '38d0fcf7c7b787cc7fb9831410a910b37bb3be09';
export const MANIFEST_FILE = '.github/release-pins.yaml';
const GO_MODULES = ['cloud-providers', 'peerpod-ctrl', 'cloud-api-adaptor', 'cloud-api-adaptor/podvm', 'webhook'];
export const TAGS = [
  'src/cloud-providers/v0.22.0',
  'src/peerpod-ctrl/v0.22.0',
  'src/cloud-api-adaptor/v0.22.0',
  'src/webhook/v0.22.0',
  'v0.22.0',
];

/** The manifest a cloud-api-adaptor maintainer commits (examples/cloud-api-adaptor). */
export function exampleManifest(): string {
  return readFileSync(join(ROOT, 'examples/cloud-api-adaptor', MANIFEST_FILE), 'utf8');
}

/** The example manifest without its `go:` updates, which need Go (peer-pods-go.test.ts runs them). */
export function manifestWithoutGo(): string {
  const text = exampleManifest();
  const cut = text.replace(/\n# go get [^\n]*\ngo:\n(?: {2}.*\n)+$/, '\n');
  expect(cut).not.toBe(text);
  expect(cut).not.toMatch(/^go:/m);
  return cut;
}

/** The files of a replay snapshot, by repository path. */
export function snapshot(step: string, side: 'before' | 'after'): Record<string, string> {
  const dir = join(REPLAY, step, side);
  return Object.fromEntries(filesBelow(dir, () => true).map((f) => [relative(dir, f), readFileSync(f, 'utf8')]));
}

export function goModFiles(): Record<string, string> {
  return Object.fromEntries(
    GO_MODULES.map((m) => [`src/${m}/go.mod`, readFileSync(join(CAA, 'src', m, 'go.mod'), 'utf8')]),
  );
}

const withoutGenerated = (text: string) => text.replace(/^generated: .*$/m, 'generated: (time)');

/** Every file of `want` at `ref` in the repository equals it (Chart.lock's generated time aside); `removed` are gone. */
export function expectFiles(repo: ServerRepo, ref: string, want: Record<string, string>, removed: string[] = []): void {
  const commit = repo.git.commitOf(ref);
  expect(commit, ref).toBeDefined();
  const files = repo.git.files(commit!, [...Object.keys(want), ...removed]);
  for (const [path, text] of Object.entries(want))
    expect(withoutGenerated(files.get(path)?.toString('utf8') ?? '(no file)'), `${ref}:${path}`).toBe(
      withoutGenerated(text),
    );
  for (const path of removed) expect(files.get(path), `${ref}:${path}`).toBeUndefined();
}

/** The peerpods chart as the prepare phase leaves it (kata-deploy pinned, Chart.lock): where a release starts. */
export function preparedChart(): Record<string, string> {
  const after = snapshot('1-kata-deploy-pin', 'after');
  const chart = 'src/cloud-api-adaptor/install/charts/peerpods';
  return {
    [`${chart}/Chart.yaml`]: after[`${chart}/Chart.yaml`]!,
    [`${chart}/Chart.lock`]: after[`${chart}/Chart.lock`]!,
  };
}

/** Replay files with versions.yaml pinning `kata` where upstream pinned its Kata 4.0.0 commit. */
export function withKata(files: Record<string, string>, kata: string): Record<string, string> {
  const path = 'src/cloud-api-adaptor/versions.yaml';
  const text = files[path];
  return text === undefined ? files : { ...files, [path]: text.replace(UPSTREAM_KATA_400, kata) };
}

/** A published release, made through the API as a maintainer's click makes it (the tag at the branch head). */
export async function publishRelease(
  server: GithubServer,
  repo: ServerRepo,
  tag: string,
  token: string,
): Promise<void> {
  const r = await fetch(`${server.apiUrl}/repos/${repo.fullName}/releases`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tag_name: tag, target_commitish: repo.git.defaultBranch() }),
  });
  if (r.status !== 201) throw new Error(`POST release ${tag}: ${r.status} ${await r.text()}`);
}

export interface CaaRelease {
  repo: ServerRepo;
  /** The commit of Kata's 4.0.0 tag on the test server (upstream's is UPSTREAM_KATA_400). */
  kata400: string;
  /** The runner's workspace. */
  work: string;
  run(
    workflow: string,
    inputs: Record<string, string>,
    secrets?: Record<string, string>,
    env?: Record<string, string>,
    /** Each job's GITHUB_TOKEN minted from its `permissions:` (server.githubToken), not WORKFLOW_TOKEN. */
    options?: { jobTokens?: boolean },
  ): Promise<LocalRunResult>;
  merge(number: number): string;
  /** main's head on the server. */
  head(): string;
  /** CI on a commit as GitHub shows it: two check runs and a commit status, all passed. */
  greenCi(sha: string): void;
}

export async function caaRelease(
  server: GithubServer,
  options: { manifest?: string; files?: Record<string, string>; go?: LocalGo } = {},
): Promise<CaaRelease> {
  server.reset();
  server.tokens = new Map([
    [WORKFLOW_TOKEN, 'write'],
    [PR_TOKEN, 'write'],
    [ADMIN_TOKEN, 'admin'],
  ]);
  // Kata's versions.yaml pinning the trustee and guest-components commits cloud-api-adaptor's versions.yaml
  // took from Kata 4.0.0 upstream (the real file pins trustee 258ea4ac; guest-components moved on since).
  const kata = server.createRepo('kata-containers/kata-containers', {
    files: {
      'versions.yaml': readFileSync(join(KATA, 'versions.yaml'), 'utf8').replace(
        '304c21f29e26dbbb968783e41109f3b6d630e872',
        'dcd55ea16ea4f4bcb87c1420f16af92e9eb15f2f',
      ),
    },
  });
  for (const tag of ['3.29.0', '4.0.0']) {
    kata.commit({ VERSION: `${tag}\n` }, { message: `release ${tag}` });
    await publishRelease(server, kata, tag, ADMIN_TOKEN);
  }
  const kata400 = kata.git.commitOf('refs/tags/4.0.0')!;
  // The rest of the CoCo release graph, which release-status reads with Kata's pins.
  server.createRepo('confidential-containers/charts', {
    files: { 'Chart.yaml': readFileSync(join(REAL, 'confidential-containers/charts/Chart.yaml'), 'utf8') },
  });
  for (const name of [
    'confidential-containers/trustee',
    'confidential-containers/guest-components',
    'containerd/nydus-snapshotter',
  ])
    server.createRepo(name, { files: { 'README.md': `${name}\n` } });
  const repo = server.createRepo(REPO, {
    files: {
      ...snapshot('1-kata-deploy-pin', 'before'),
      ...goModFiles(),
      [MANIFEST_FILE]: options.manifest ?? manifestWithoutGo(),
      ...options.files,
    },
  });
  const work = join(tempDir('coco-caa-'), 'work');
  git(tempDir(), 'clone', '-q', repo.path, work);
  const merger = join(tempDir('coco-caa-'), 'merger');
  git(tempDir(), 'clone', '-q', repo.path, merger);
  const head = (): string => repo.git.commitOf('main')!;
  const thirdParty = githubActions({ server, repo, sha: head, go: options.go });
  return {
    repo,
    kata400,
    work,
    head,
    run: (workflow, inputs, secrets = { token: PR_TOKEN }, env = {}, runOptions = {}) =>
      runWorkflow(workflow, {
        inputs,
        workspace: work,
        github: { sha: head(), token: WORKFLOW_TOKEN, repository: REPO, run_id: RUN_ID },
        ...(runOptions.jobTokens ? { githubToken: (permissions: unknown) => server.githubToken(permissions) } : {}),
        secrets,
        env: {
          GITHUB_API_URL: server.apiUrl,
          GITHUB_REPOSITORY: REPO,
          GITHUB_RUN_ID: RUN_ID,
          GITHUB_SERVER_URL: server.htmlUrl,
          ...env,
        },
        thirdParty,
      }),
    merge: (number) => mergePull(repo, number, merger),
    greenCi: (sha) => {
      repo.addCheckRun({ sha, name: 'e2e (libvirt)', conclusion: 'success' });
      repo.addCheckRun({ sha, name: 'golangci-lint', conclusion: 'success' });
      repo.addStatus({ sha, state: 'success', context: 'tide' });
    },
  };
}

export function step(r: LocalRunResult, job: string, id: string): StepRecord {
  const s = r.steps.find((x) => x.job === job && x.id === id);
  if (!s) throw new Error(`no step ${job}.${id}`);
  return s;
}

/** The error lines of every step that printed one, for a failing assertion's message. */
export function failures(r: LocalRunResult): string {
  return r.steps
    .filter((s) => !s.skipped && /::error/.test(s.stdout))
    .map((s) => `${s.job}.${s.id}: ${s.stdout}`)
    .join('\n');
}

/** `name commit` of every tag in the repository. */
export function remoteTags(repo: ServerRepo): string[] {
  return repo.git.refs('refs/tags/').map((t) => `${t.ref.slice('refs/tags/'.length)} ${t.commit ?? t.oid}`);
}
