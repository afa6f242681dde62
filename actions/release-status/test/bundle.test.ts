import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { annotations, runBundle, type BundleRun } from '../../../test/helpers/bundle.js';
import { fixtureRepo, type FixtureCommit } from '../../../test/helpers/github-git.js';
import { startGithubServer, type GithubServer, type ServerRepo } from '../../../test/helpers/github-server.js';
import { runAsBundle } from '../../../test/helpers/in-process.js';
import { real } from '../../../test/helpers/paths.js';
import { tempDir, workspace } from '../../../test/helpers/workspace.js';
import { releaseStatus } from '../src/main.js';

/**
 * release-status through the runner protocol (exit code, stdout, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), in this
 * process (runAsBundle); the tests marked "the bundle on Node 24" (and the bench) run the committed
 * dist/release-status/index.js as the runner does. Against the test GitHub on 127.0.0.1: six bare git repositories standing for the CoCo
 * repositories, holding the real upstream files (test/fixtures/real). Commit objects cannot have chosen
 * SHAs, so the pinned SHAs in those files are rewritten to commits these repositories really have, except
 * where a test keeps a real file as it is to show what a commit that is not there looks like. GraphQL is
 * answered by graphql-js over git (test/helpers/github-graphql.ts), and every request is counted.
 */

const TOKEN = 'ghs_status0token0never0printed';
const KATA = 'kata-containers/kata-containers';
const CAA = 'confidential-containers/cloud-api-adaptor';
const CHARTS = 'confidential-containers/charts';
const TRUSTEE = 'confidential-containers/trustee';
const GC = 'confidential-containers/guest-components';
const NYDUS = 'containerd/nydus-snapshotter';

const KATA_VERSIONS = real('kata-containers/kata-containers/versions.yaml');
const CAA_VERSIONS_PATH = 'src/cloud-api-adaptor/versions.yaml';
const CAA_VERSIONS = real(`confidential-containers/cloud-api-adaptor/${CAA_VERSIONS_PATH}`);
const PEERPODS_PATH = 'src/cloud-api-adaptor/install/charts/peerpods/Chart.yaml';
const PEERPODS = real(`confidential-containers/cloud-api-adaptor/${PEERPODS_PATH}`);
const CHARTS_CHART = real('confidential-containers/charts/Chart.yaml');

// The SHAs upstream pins (test/fixtures/real/SOURCES.md).
const UP = {
  trustee: '258ea4acb7b9bd865fce5c63a539f2120dba8298',
  gcKata: '304c21f29e26dbbb968783e41109f3b6d630e872',
  gcCaa: 'dcd55ea16ea4f4bcb87c1420f16af92e9eb15f2f',
  kata: 'cf82bb35c80320178bf7570252fe75d6fb263209',
};

const swap = (text: string, pairs: Record<string, string>): string => {
  let out = text;
  for (const [from, to] of Object.entries(pairs)) {
    if (!out.includes(from)) throw new Error(`fixture lacks ${from}`);
    out = out.replaceAll(from, to);
  }
  return out;
};

/** Kata's real versions.yaml pinning these trustee and guest-components commits. */
const kataVersions = (trustee: string, gc: string): string =>
  swap(KATA_VERSIONS, { [UP.trustee]: trustee, [UP.gcKata]: gc });
/** cloud-api-adaptor's real versions.yaml with these kbs, guest-components and Kata commits (`# v4.0.0` kept). */
const caaVersions = (kbs: string, gc: string, kata: string): string =>
  swap(CAA_VERSIONS, { [UP.trustee]: kbs, [UP.gcCaa]: gc, [UP.kata]: kata });
const chartsChart = (kataDeploy: string): string =>
  swap(CHARTS_CHART, { 'version: "3.22.0"': `version: "${kataDeploy}"` });

let server: GithubServer;
let repos: Record<'kata' | 'caa' | 'charts' | 'trustee' | 'gc' | 'nydus', ServerRepo>;
/** trustee: t1 is v0.17.0, t2 the commit after it. guest-components: g1 is v0.17.0. */
let t1: string, t2: string, g1: string;
/** Kata: the commits of the tags 3.22.0, 4.0.0 and 4.1.0 (annotated, as Kata tags releases). */
let k3220: string, k400: string, k410: string;

beforeAll(async () => {
  server = await startGithubServer();
});
afterAll(() => server.close());

/**
 * The CoCo repositories in a consistent state: Kata's main pins trustee t2 and guest-components g1;
 * cloud-api-adaptor pins the same, and Kata 4.0.0's commit with `# v4.0.0`; its peerpods chart is at 0.0.0-dev;
 * the charts ship kata-deploy 4.0.0; nydus-snapshotter has v0.15.15. Each repository is built once per run
 * (test/helpers/github-git.ts fixtureRepo) and copied for each test.
 */
function cocoRepos(options: { skip?: string[]; caaFiles?: () => Record<string, string | null> } = {}): void {
  const dir = tempDir('coco-repos-');
  const made: Partial<Record<keyof typeof repos, ServerRepo>> = {};
  // A repository to skip is served under another name (as if it had moved): its commits exist, but not
  // where the graph looks.
  const make = (key: keyof typeof repos, name: string, history: FixtureCommit[]): string[] => {
    const { git, commits } = fixtureRepo(join(dir, `${key}.git`), [
      { files: { 'README.md': README[key] }, message: 'initial' },
      ...history,
    ]);
    made[key] = server.serveRepo(options.skip?.includes(name) ? `${name}-moved` : name, git.path);
    return commits;
  };
  [, t1, t2] = make('trustee', TRUSTEE, [
    { files: { 'kbs/Cargo.toml': 'version = "0.17.0"\n' }, message: 'Release v0.17.0', tag: { name: 'v0.17.0' } },
    { files: { 'kbs/src/main.rs': 'fn main() {}\n' }, message: 'kbs: after v0.17.0' },
  ]) as [string, string, string];
  [, g1] = make('gc', GC, [
    { files: { 'Cargo.toml': 'version = "0.17.0"\n' }, message: 'Release v0.17.0', tag: { name: 'v0.17.0' } },
  ]) as [string, string];
  make('nydus', NYDUS, [{ files: { VERSION: 'v0.15.15\n' }, message: 'v0.15.15', tag: { name: 'v0.15.15' } }]);
  const kata = (version: string, files: Record<string, string> = {}): FixtureCommit => ({
    files: { ...files, VERSION: `${version}\n` },
    message: version === '3.22.0' ? version : `release: ${version}`,
    tag: { name: version, message: `Kata Containers ${version}` },
  });
  [, k3220, k400, k410] = make('kata', KATA, [
    kata('3.22.0', { 'versions.yaml': kataVersions(t1, g1) }),
    kata('4.0.0'),
    kata('4.1.0'),
    { files: { 'versions.yaml': kataVersions(t2, g1) }, message: 'versions: bump trustee' },
  ]) as [string, string, string, string];
  make('caa', CAA, [
    {
      files: { [CAA_VERSIONS_PATH]: caaVersions(t2, g1, k400), [PEERPODS_PATH]: PEERPODS, ...options.caaFiles?.() },
      message: 'pins',
    },
  ]);
  make('charts', CHARTS, [{ files: { 'Chart.yaml': chartsChart('4.0.0') }, message: 'kata-deploy 4.0.0' }]);
  repos = made as typeof repos;
}

const README: Record<keyof typeof repos, string> = {
  trustee: '# Trustee\n',
  gc: '# Guest components\n',
  nydus: '# Nydus snapshotter\n',
  kata: '# Kata Containers\n',
  caa: '# cloud-api-adaptor\n',
  charts: '# charts\n',
};

beforeEach(() => {
  server.reset();
  server.tokens = new Map([[TOKEN, 'write']]);
});

const env = (extra: Record<string, string> = {}): Record<string, string> => ({
  GITHUB_API_URL: server.apiUrl,
  GITHUB_GRAPHQL_URL: server.graphqlUrl,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'confidential-containers/confidential-containers',
  ...extra,
});

const status = (inputs: Record<string, string> = {}, ws = workspace()): Promise<BundleRun> =>
  runAsBundle(releaseStatus, { token: TOKEN, ...inputs }, { workspace: ws, env: env() });

/** The same step through the committed bundle, on Node 24: the smoke tests of dist/release-status. */
const statusOnNode24 = (inputs: Record<string, string> = {}, ws = workspace()): Promise<BundleRun> =>
  runBundle('release-status', { token: TOKEN, ...inputs }, { workspace: ws, env: env() });

const graphqlQueries = (): string[] =>
  server.log.filter((r) => r.route === 'POST /graphql').map((r) => (r.body as { query: string }).query);

const count = (text: string, what: string): number => text.split(what).length - 1;

const tokenNeverPrinted = (run: BundleRun): void => {
  const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => l.includes(TOKEN));
  expect(lines).toEqual([`::add-mask::${TOKEN}`]);
  expect(run.summary + JSON.stringify(run.outputs)).not.toContain(TOKEN);
};

const pins = (run: BundleRun): [string, string, string][] =>
  (JSON.parse(run.outputs['report']!) as { pins: { id: string; status: string; message: string }[] }).pins.map((p) => [
    p.id,
    p.status,
    p.message,
  ]);

const short = (sha: string): string => sha.slice(0, 7);

describe('the whole CoCo graph', () => {
  // Speed is `npm run bench`'s business (scripts/bench.mjs runs this file with COCO_BENCH=1), never npm test's:
  // a correct step is not a failure on a busy machine.
  if (process.env['COCO_BENCH'] === '1') {
    it('bench: the consistent graph read and checked in well under 3 s', async () => {
      cocoRepos();
      const started = Date.now();
      const run = await statusOnNode24();
      const wall = Date.now() - started;
      expect(run.code).toBe(0);
      console.log(`release-status, consistent CoCo graph: ${server.log.length} requests, ${wall} ms wall time`);
      expect(wall).toBeLessThan(3000);
    });
  }

  it('consistent: every pin read and checked in 2 GraphQL requests (the bundle on Node 24)', async () => {
    cocoRepos();
    const run = await statusOnNode24();
    expect(annotations(run.stdout)).toEqual([]);
    expect(run.code).toBe(0);
    // Nothing but the two GraphQL requests reached the server.
    expect(server.log.map((r) => r.route)).toEqual(['POST /graphql', 'POST /graphql']);
    const [first, second] = graphqlQueries();
    // Request 1: the four pinned files and the holders' default branches; no tag, no commit.
    expect([
      count(first!, 'object(expression: "HEAD:'),
      count(first!, 'defaultBranchRef'),
      count(first!, 'ref(qualifiedName:'),
    ]).toEqual([4, 3, 0]);
    // Request 2: the tags and commits the values name (each asked once), the newest tags of the three
    // repositories pinned by commit (which release a commit is), nothing read again.
    expect([
      count(second!, 'ref(qualifiedName:'),
      count(second!, 'object(oid:'),
      count(second!, 'refs(refPrefix: "refs/tags/", last: 100'),
      count(second!, 'expression'),
    ]).toEqual([2, 3, 3, 0]);

    expect(run.outputs['consistent']).toBe('true');
    expect(run.outputs['drift']).toBe('[]');
    expect(JSON.parse(run.outputs['commits']!)).toEqual({
      'kata-containers': {
        trustee: t2,
        'guest-components': g1,
        'nydus-snapshotter': repos.nydus.git.commitOf('v0.15.15'),
      },
      'cloud-api-adaptor': { trustee: t2, 'guest-components': g1, 'kata-containers': k400 },
      charts: { 'kata-containers': k400 },
    });
    expect(pins(run)).toEqual([
      ['kata-coco-trustee', 'ok', 'the reference for trustee'],
      ['kata-coco-guest-components', 'ok', 'the reference for guest-components'],
      ['kata-nydus-snapshotter', 'ok', 'the reference for nydus-snapshotter'],
      ['caa-kbs', 'ok', ''],
      ['caa-guest-components', 'ok', ''],
      ['caa-kata-containers', 'ok', 'the reference for kata-containers'],
      [
        'peerpods-kata-deploy',
        'development',
        'the development value between releases (a release of kata-containers sets it)',
      ],
      ['charts-kata-deploy', 'ok', ''],
    ]);
    const report = JSON.parse(run.outputs['report']!) as { requests: number; pins: Record<string, unknown>[] };
    expect(report.requests).toBe(2);
    expect(report.pins[5]).toEqual({
      id: 'caa-kata-containers',
      holder: 'cloud-api-adaptor',
      repository: CAA,
      ref: 'main',
      readCommit: repos.caa.git.commitOf('main'),
      file: CAA_VERSIONS_PATH,
      line: 61,
      site: '.oci.kata-containers.reference',
      component: 'kata-containers',
      componentRepository: KATA,
      kind: 'commit',
      value: k400,
      comment: 'v4.0.0',
      claim: 'v4.0.0',
      resolves: k400,
      version: '4.0.0',
      taggedAs: ['4.0.0'],
      reference: true,
      expected: { value: k400, why: 'tag 4.0.0 (the comment says v4.0.0)' },
      status: 'ok',
      message: 'the reference for kata-containers',
    });
    expect(run.summary).toContain('### release-status: ✓ consistent (8 pins, 1 at their development value)\n');
    // `#` is written as mermaid's entity code #35;, which the graph shows as `#`.
    expect(run.summary).toContain(`  c3 -->|"${short(k400)} #35; v4.0.0"| c0\n`);
    expect(run.summary).toContain(`  c3 -.->|"0.0.0-dev"| c0\n`);
    expect(run.summary).not.toContain('linkStyle');
    expect(run.summary).toContain(
      '<sub>4 files and the tags of 6 repositories read in 2 GraphQL requests; graph: `built-in CoCo graph`</sub>',
    );
    tokenNeverPrinted(run);
  });

  it("drift: cloud-api-adaptor's kbs reference is not Kata's coco-trustee, and its # v4.0.0 is 3.22.0's commit", async () => {
    // After the repositories exist: t1 and k3220 are their commits.
    cocoRepos({ caaFiles: () => ({ [CAA_VERSIONS_PATH]: caaVersions(t1, g1, k3220) }) });
    const run = await status();
    expect(run.code).toBe(1);
    expect(server.count('POST /graphql')).toBe(2);
    expect(run.outputs['consistent']).toBe('false');
    expect(JSON.parse(run.outputs['drift']!)).toEqual([
      {
        holder: 'cloud-api-adaptor',
        repository: CAA,
        file: CAA_VERSIONS_PATH,
        line: 51,
        path: '.git.kbs.reference',
        value: t1,
        expected: t2,
        set: `.git.kbs.reference=${t2}`,
      },
      {
        holder: 'cloud-api-adaptor',
        repository: CAA,
        file: CAA_VERSIONS_PATH,
        line: 61,
        path: '.oci.kata-containers.reference',
        value: k3220,
        expected: k400,
        set: `.oci.kata-containers.reference=${k400}`,
      },
    ]);
    expect(annotations(run.stdout)).toEqual([
      `::error::drift: ${CAA} ${CAA_VERSIONS_PATH}:51 .git.kbs.reference = ${short(t1)} (trustee): kata-containers versions.yaml pins trustee ${short(t2)}; this pins ${short(t1)}; fix: .git.kbs.reference=${t2}`,
      `::error::drift: ${CAA} ${CAA_VERSIONS_PATH}:61 .oci.kata-containers.reference = ${short(k3220)} (kata-containers): the comment says v4.0.0, but 4.0.0 is ${short(k400)}, not ${short(k3220)}; fix: .oci.kata-containers.reference=${k400}`,
      '::error::the release graph is not consistent: 2 of 8 pins fail (caa-kbs, caa-kata-containers); the summary shows each with its fix',
    ]);
    const caaAt = repos.caa.git.commitOf('main')!;
    const kataAt = repos.kata.git.commitOf('main')!;
    const chartsAt = repos.charts.git.commitOf('main')!;
    const blob = (repo: string, at: string, file: string, line: number) =>
      `[\`${file}:${line}\`](https://github.com/${repo}/blob/${at}/${file}#L${line})`;
    expect(run.summary).toBe(
      [
        '### release-status: ✗ not consistent (2 drift of 8 pins)',
        '',
        '```mermaid',
        'flowchart LR',
        `  c0["kata-containers<br/>main @ ${short(kataAt)}"]`,
        '  c1["trustee"]',
        '  c2["guest-components"]',
        `  c3["cloud-api-adaptor<br/>main @ ${short(caaAt)}"]`,
        `  c4["charts<br/>main @ ${short(chartsAt)}"]`,
        '  c5["nydus-snapshotter"]',
        `  c0 -->|"${short(t2)}"| c1`,
        `  c0 -->|"${short(g1)}"| c2`,
        '  c0 -->|"v0.15.15"| c5',
        `  c3 -->|"${short(t1)}"| c1`,
        `  c3 -->|"${short(g1)}"| c2`,
        `  c3 -->|"${short(k3220)} #35; v4.0.0"| c0`,
        '  c3 -.->|"0.0.0-dev"| c0',
        '  c4 -->|"4.0.0"| c0',
        '  linkStyle 3,5 stroke:#d1242f,stroke-width:3px,color:#d1242f',
        '```',
        '',
        '| holder | file:line | value | resolves to | expected | status |',
        '| --- | --- | --- | --- | --- | --- |',
        `| kata-containers | ${blob(KATA, kataAt, 'versions.yaml', 299)}<br>\`.externals.coco-trustee.version\` | \`${short(t2)}\` | \`${short(t2)}\` (no recent tag) | reference | ✓ ok |`,
        `| kata-containers | ${blob(KATA, kataAt, 'versions.yaml', 282)}<br>\`.externals.coco-guest-components.version\` | \`${short(g1)}\` | \`${short(g1)}\` = \`v0.17.0\` | reference | ✓ ok |`,
        `| kata-containers | ${blob(KATA, kataAt, 'versions.yaml', 350)}<br>\`.externals.nydus-snapshotter.version\` | \`v0.15.15\` | \`v0.15.15\` → \`${short(repos.nydus.git.commitOf('v0.15.15')!)}\` | reference | ✓ ok |`,
        `| cloud-api-adaptor | ${blob(CAA, caaAt, CAA_VERSIONS_PATH, 51)}<br>\`.git.kbs.reference\` | \`${short(t1)}\` | \`${short(t1)}\` = \`v0.17.0\` | \`${short(t2)}\` (reference) | ✗ drift |`,
        `| cloud-api-adaptor | ${blob(CAA, caaAt, CAA_VERSIONS_PATH, 64)}<br>\`.oci.guest-components.reference\` | \`${short(g1)}\` | \`${short(g1)}\` = \`v0.17.0\` | \`${short(g1)}\` (reference) | ✓ ok |`,
        `| cloud-api-adaptor | ${blob(CAA, caaAt, CAA_VERSIONS_PATH, 61)}<br>\`.oci.kata-containers.reference\` | \`${short(k3220)} # v4.0.0\` | \`${short(k3220)}\` = \`3.22.0\` | \`${short(k400)}\` (its comment) | ✗ drift |`,
        `| cloud-api-adaptor | ${blob(CAA, caaAt, PEERPODS_PATH, 24)}<br>\`.dependencies[name=kata-deploy].version\` | \`0.0.0-dev\` | — | — | ◌ development |`,
        `| charts | ${blob(CHARTS, chartsAt, 'Chart.yaml', 18)}<br>\`.dependencies[name=kata-deploy].version\` | \`4.0.0\` | \`4.0.0\` → \`${short(k400)}\` | \`4.0.0\` (reference) | ✓ ok |`,
        '',
        '**Problems**',
        '',
        '```text',
        `${CAA} ${CAA_VERSIONS_PATH}:51 .git.kbs.reference: kata-containers versions.yaml pins trustee ${short(t2)}; this pins ${short(t1)}`,
        `${CAA} ${CAA_VERSIONS_PATH}:61 .oci.kata-containers.reference: the comment says v4.0.0, but 4.0.0 is ${short(k400)}, not ${short(k3220)}`,
        '```',
        '',
        '**Fix**: the `set` lines for bump-versions-yaml, one block per file',
        '',
        '```text',
        `# ${CAA} ${CAA_VERSIONS_PATH} (main)`,
        `.git.kbs.reference=${t2}`,
        `.oci.kata-containers.reference=${k400}`,
        '```',
        '',
        '<sub>4 files and the tags of 6 repositories read in 2 GraphQL requests; graph: `built-in CoCo graph`</sub>',
        '',
        '',
      ].join('\n'),
    );
    tokenNeverPrinted(run);
  });

  it('the real upstream files, unmodified: commits these repositories do not have are reported as not found', async () => {
    cocoRepos({ caaFiles: () => ({ [CAA_VERSIONS_PATH]: CAA_VERSIONS }) });
    repos.kata.commit({ 'versions.yaml': KATA_VERSIONS }, { message: 'upstream versions.yaml' });
    repos.charts.commit({ 'Chart.yaml': CHARTS_CHART }, { message: 'upstream Chart.yaml' });
    const run = await runAsBundle(
      releaseStatus,
      { token: TOKEN, 'fail-on-drift': 'false' },
      { workspace: workspace(), env: env() },
    );
    expect(run.code).toBe(0);
    expect(server.count('POST /graphql')).toBe(2);
    expect(run.outputs['consistent']).toBe('false');
    expect(pins(run)).toEqual([
      ['kata-coco-trustee', 'not-found', `commit 258ea4a is not in ${TRUSTEE}`],
      ['kata-coco-guest-components', 'not-found', `commit 304c21f is not in ${GC}`],
      ['kata-nydus-snapshotter', 'ok', 'the reference for nydus-snapshotter'],
      ['caa-kbs', 'not-found', `commit 258ea4a is not in ${TRUSTEE}`],
      [
        'caa-guest-components',
        'drift',
        `kata-containers versions.yaml pins guest-components 304c21f; this pins dcd55ea; commit dcd55ea is not in ${GC}`,
      ],
      [
        'caa-kata-containers',
        'drift',
        `the comment says v4.0.0, but 4.0.0 is ${short(k400)}, not cf82bb3; commit cf82bb3 is not in ${KATA}`,
      ],
      [
        'peerpods-kata-deploy',
        'development',
        'the development value between releases (a release of kata-containers sets it)',
      ],
      [
        'charts-kata-deploy',
        'drift',
        `cloud-api-adaptor src/cloud-api-adaptor/versions.yaml should pin kata-containers ${short(k400)} (4.0.0), as its comment says; this pins 3.22.0`,
      ],
    ]);
    expect(JSON.parse(run.outputs['drift']!).map((d: { set: string }) => d.set)).toEqual([
      `.oci.guest-components.reference=${UP.gcKata}`,
      `.oci.kata-containers.reference=${k400}`,
      '.dependencies[name=kata-deploy].version=4.0.0',
    ]);
    expect(run.summary).toContain(`| \`258ea4a\` | ✗ not in \`${TRUSTEE}\` | reference | ✗ not found |`);
    // A problem on the step log is an error annotation even when the step does not fail.
    expect(annotations(run.stdout)).toHaveLength(6);
  });
});

describe('inputs', () => {
  it('release kata-containers=4.1.0: every Kata pin must point to it (its tag read in the first request)', async () => {
    cocoRepos();
    const run = await status({ release: 'kata-containers=4.1.0', 'fail-on-drift': 'false' });
    expect(run.code).toBe(0);
    expect(server.count('POST /graphql')).toBe(2);
    expect(count(graphqlQueries()[0]!, 'ref(qualifiedName: "refs/tags/4.1.0")')).toBe(1);
    expect(JSON.parse(run.outputs['drift']!).map((d: { set: string }) => d.set)).toEqual([
      `.oci.kata-containers.reference=${k410} # v4.1.0`,
      '.dependencies[name=kata-deploy].version=4.1.0',
      '.dependencies[name=kata-deploy].version=4.1.0',
    ]);
    expect(pins(run).filter(([, s]) => s !== 'ok')).toEqual([
      ['caa-kata-containers', 'drift', `pins ${short(k400)}, not release 4.1.0 (${short(k410)})`],
      ['peerpods-kata-deploy', 'drift', 'holds the development value 0.0.0-dev; release 4.1.0 needs 4.1.0'],
      ['charts-kata-deploy', 'drift', 'pins 4.0.0, not release 4.1.0'],
    ]);
    expect(run.summary).toContain('Release: kata-containers `4.1.0`\n');
  });

  it('a release that is not tagged is refused after one request', async () => {
    cocoRepos();
    const run = await status({ release: 'kata-containers=4.2.0' });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `::error::input 'release': ${KATA} has no tag 4.2.0, so kata-containers 4.2.0 is not released`,
    ]);
    expect(server.count()).toBe(1);
    expect(run.outputs).toEqual({});
  });

  it('at kata-containers=3.22.0: the commits Kata 3.22.0 shipped, for tagging trustee and guest-components', async () => {
    cocoRepos();
    const run = await status({ at: 'kata-containers=3.22.0', 'fail-on-drift': 'false' });
    expect(run.code).toBe(0);
    expect(server.count('POST /graphql')).toBe(2);
    expect(count(graphqlQueries()[0]!, '"3.22.0:versions.yaml"')).toBe(1);
    const commits = JSON.parse(run.outputs['commits']!) as Record<string, Record<string, string>>;
    expect(commits['kata-containers']).toEqual({
      trustee: t1,
      'guest-components': g1,
      'nydus-snapshotter': repos.nydus.git.commitOf('v0.15.15'),
    });
    // The commit of the release tag itself ({kata-commit} of cloud-api-adaptor's prepare phase).
    expect((JSON.parse(run.outputs['read-commits']!) as Record<string, string>)['kata-containers']).toBe(k3220);
    // cloud-api-adaptor's main pins t2, newer than what Kata 3.22.0 shipped.
    expect(pins(run).filter(([, s]) => s === 'drift')).toEqual([
      ['caa-kbs', 'drift', `kata-containers versions.yaml pins trustee ${short(t1)}; this pins ${short(t2)}`],
    ]);
    expect(run.summary).toContain(`  c0["kata-containers<br/>3.22.0 @ ${short(k3220)}"]\n`);
  });

  it('a graph file in the workspace is checked against the schema, errors at their line', async () => {
    const ws = workspace({
      '.github/release-graph.yaml': [
        'components:',
        '  kata:',
        '    repository: kata-containers/kata-containers',
        '    tag-format: "{version}"',
        '    colour: blue',
        'pins:',
        '  - holder: kata',
        '    file: versions.yaml',
        '    component: trustee',
        '    kind: commit',
        '',
      ].join('\n'),
    });
    const run = await status({ graph: '.github/release-graph.yaml' }, ws);
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      "::error file=.github/release-graph.yaml,line=5,col=5::.github/release-graph.yaml:5:5: components.kata: unknown key 'colour'",
      "::error file=.github/release-graph.yaml,line=7,col=5::.github/release-graph.yaml:7:5: pins[0]: a pin needs exactly one of 'path', 'variable' or 'pattern'",
    ]);
    expect(server.count()).toBe(0);
  });

  it('a graph of one pin: one repository read, and the tag it names, in 2 requests', async () => {
    cocoRepos();
    const ws = workspace({
      'graph.yaml': [
        'components:',
        '  kata-containers: { repository: kata-containers/kata-containers, tag-format: "{version}" }',
        '  nydus-snapshotter: { repository: containerd/nydus-snapshotter, tag-format: "v{version}" }',
        'pins:',
        '  - { holder: kata-containers, file: versions.yaml, path: .externals.nydus-snapshotter.version, component: nydus-snapshotter, kind: version }',
        '',
      ].join('\n'),
    });
    const run = await status({ graph: 'graph.yaml' }, ws);
    expect(run.code).toBe(0);
    expect(pins(run)).toEqual([
      [
        'kata-containers:versions.yaml:.externals.nydus-snapshotter.version',
        'ok',
        'the reference for nydus-snapshotter',
      ],
    ]);
    expect(run.summary).toContain('graph: `graph.yaml`');
  });
});

describe('errors', () => {
  it('rate limiting (403 with x-ratelimit-remaining: 0) stops after that one request, with when it resets', async () => {
    cocoRepos();
    server.rateLimit = { limit: 5000, remaining: 0, reset: 1793000000 };
    const run = await status();
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `::error::reading the release graph from ${server.graphqlUrl}: GitHub API rate limit exhausted (HTTP 403, 5000 requests an hour); it resets at 2026-10-26T07:33:20.000Z`,
    ]);
    expect(server.count()).toBe(1);
    tokenNeverPrinted(run);
  });

  it("GitHub's GraphQL RATE_LIMITED answer (HTTP 200) is a clear error too", async () => {
    cocoRepos();
    server.fault('POST /graphql', {
      status: 200,
      body: { data: null, errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user ID 4242.' }] },
    });
    const run = await status();
    expect(annotations(run.stdout)).toEqual([
      "::error::GitHub's GraphQL rate limit is exhausted (API rate limit exceeded for user ID 4242.); it resets within the hour: run again later",
    ]);
    expect(server.count()).toBe(1);
  });

  it('a missing repository and a missing file are named, all at once, after the first request', async () => {
    cocoRepos({ skip: [CHARTS], caaFiles: () => ({ [PEERPODS_PATH]: null }) });
    const run = await status();
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `::error::repository ${CHARTS} not found (component charts): it does not exist, or the token cannot read it`,
      `::error::${CAA} has no file ${PEERPODS_PATH} on the default branch (pin peerpods-kata-deploy)`,
    ]);
    expect(server.count()).toBe(1);
    expect(run.outputs).toEqual({});
  });

  it('a pinned repository that does not exist is named after the second request', async () => {
    cocoRepos({ skip: [TRUSTEE] });
    const run = await status();
    expect(annotations(run.stdout)).toEqual([
      `::error::repository ${TRUSTEE} not found (component trustee): it does not exist, or the token cannot read it`,
    ]);
    expect(server.count()).toBe(2);
  });

  it('a file at a ref that does not exist says so', async () => {
    cocoRepos();
    const run = await status({ at: 'kata-containers=9.9.9' });
    expect(annotations(run.stdout)).toEqual([
      `::error::${KATA} has no branch, tag or commit '9.9.9' (holder kata-containers)`,
    ]);
  });

  it('no token: GraphQL needs one (the bundle on Node 24)', async () => {
    const run = await runBundle('release-status', {}, { workspace: workspace(), env: env() });
    expect(annotations(run.stdout)).toEqual([
      "::error::input 'token' is empty and GITHUB_TOKEN is not set: GitHub's GraphQL API needs a token (contents: read is enough for public repositories)",
    ]);
    expect(server.count()).toBe(0);
  });
});

describe('update-issue', () => {
  const CHECKLIST = [
    '## CoCo v0.18.0 release checklist',
    '',
    '- [x] Kata 4.0.0 released',
    '',
    '<!-- release-status:start -->',
    'stale state from last week',
    '<!-- release-status:end -->',
    '',
    '- [ ] tag trustee and guest-components',
    '',
  ].join('\r\n');
  const issueRepo = (): ServerRepo => server.createRepo('confidential-containers/confidential-containers');

  it('rewrites only the part between the markers, and the second run sends nothing', async () => {
    cocoRepos();
    const issue = issueRepo().addIssue({ title: 'Release v0.18.0', body: CHECKLIST });
    const run = await status({ 'update-issue': String(issue.number) });
    expect(run.code).toBe(0);
    expect(run.outputs['issue-updated']).toBe('true');
    const [before, after] = CHECKLIST.split('\r\nstale state from last week\r\n');
    const section = run.summary.slice(0, run.summary.indexOf('\nIssue `'));
    expect(issue.body).toBe(`${before}\n${section.replace(/\n+$/, '')}\n${after}`);
    expect(
      issue.body!.startsWith(
        '## CoCo v0.18.0 release checklist\r\n\r\n- [x] Kata 4.0.0 released\r\n\r\n<!-- release-status:start -->\n### release-status: ✓ consistent',
      ),
    ).toBe(true);
    expect(
      issue.body!.endsWith('</sub>\n<!-- release-status:end -->\r\n\r\n- [ ] tag trustee and guest-components\r\n'),
    ).toBe(true);
    expect(server.count(`PATCH /repos/confidential-containers/confidential-containers/issues/${issue.number}`)).toBe(1);
    expect(run.summary).toContain(
      `Issue \`confidential-containers/confidential-containers#${issue.number}\`: updated.`,
    );

    const again = await status({ 'update-issue': `#${issue.number}` });
    expect(again.code).toBe(0);
    expect(again.outputs['issue-updated']).toBe('false');
    expect(server.count(/^PATCH /)).toBe(1);
    expect(again.summary).toContain('already shows this state');
  });

  it('adds the markers at the end of a body without them; dry-run sends nothing', async () => {
    cocoRepos();
    const issue = issueRepo().addIssue({ title: 'Release v0.18.0', body: '- [ ] release' });
    const dry = await status({ 'update-issue': String(issue.number), 'dry-run': 'true' });
    expect([dry.code, dry.outputs['issue-updated']]).toEqual([0, 'false']);
    expect(dry.summary).toContain('dry run: would be updated');
    expect(server.count(/^PATCH /)).toBe(0);
    expect(issue.body).toBe('- [ ] release');

    const run = await status({ 'update-issue': String(issue.number) });
    expect(run.outputs['issue-updated']).toBe('true');
    expect(issue.body!.startsWith('- [ ] release\n\n<!-- release-status:start -->\n### release-status:')).toBe(true);
    expect(issue.body!.endsWith('</sub>\n<!-- release-status:end -->\n')).toBe(true);
  });

  it('refuses markers it cannot trust, and changes nothing', async () => {
    cocoRepos();
    const body = '<!-- release-status:end -->\n<!-- release-status:start -->\n';
    const issue = issueRepo().addIssue({ title: 'Release', body });
    const run = await status({ 'update-issue': String(issue.number) });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      `::error::issue confidential-containers/confidential-containers#${issue.number}'s body must hold <!-- release-status:start --> once and <!-- release-status:end --> once after it (it has 1 and 1, in the wrong order): fix the markers by hand; the issue was not changed`,
    ]);
    expect(issue.body).toBe(body);
    expect(server.count(/^PATCH /)).toBe(0);
  });

  it('an issue that does not exist', async () => {
    cocoRepos();
    issueRepo();
    const run = await status({ 'update-issue': '77' });
    expect(annotations(run.stdout)).toEqual([
      '::error::reading issue confidential-containers/confidential-containers#77: issue confidential-containers/confidential-containers#77 not found: it does not exist, or the token cannot see it',
    ]);
  });
});
