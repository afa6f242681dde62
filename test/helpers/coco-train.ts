import { join } from 'node:path';
import { goModFiles, MANIFEST_FILE, manifestWithoutGo, snapshot } from './caa-release.js';
import { fixtureRepo, type FixtureCommit } from './github-git.js';
import type { GithubServer, ServerRepo } from './github-server.js';
import { real } from './paths.js';
import { tempDir } from './workspace.js';

/**
 * The six CoCo repositories of a release train on the test GitHub (release-train's tests and
 * coco-release-train.yml's): the real upstream files with their pinned SHAs rewritten to commits these
 * repositories have, and in each release repository the caller workflow the graph dispatches.
 */

export const KATA = 'kata-containers/kata-containers';
export const CAA = 'confidential-containers/cloud-api-adaptor';
export const CHARTS = 'confidential-containers/charts';
export const TRUSTEE = 'confidential-containers/trustee';
export const GC = 'confidential-containers/guest-components';
export const NYDUS = 'containerd/nydus-snapshotter';

const KATA_VERSIONS = real('kata-containers/kata-containers/versions.yaml');
export const CAA_VERSIONS_PATH = 'src/cloud-api-adaptor/versions.yaml';
export const CAA_VERSIONS = real(`confidential-containers/cloud-api-adaptor/${CAA_VERSIONS_PATH}`);
export const PEERPODS_PATH = 'src/cloud-api-adaptor/install/charts/peerpods/Chart.yaml';
export const PEERPODS = real(`confidential-containers/cloud-api-adaptor/${PEERPODS_PATH}`);
const CHARTS_CHART = real('confidential-containers/charts/Chart.yaml');
export const UP = {
  trustee: '258ea4acb7b9bd865fce5c63a539f2120dba8298',
  gcKata: '304c21f29e26dbbb968783e41109f3b6d630e872',
  gcCaa: 'dcd55ea16ea4f4bcb87c1420f16af92e9eb15f2f',
  kata: 'cf82bb35c80320178bf7570252fe75d6fb263209',
};

export const swap = (text: string, pairs: Record<string, string>): string => {
  let out = text;
  for (const [from, to] of Object.entries(pairs)) {
    if (!out.includes(from)) throw new Error(`fixture lacks ${from}`);
    out = out.replaceAll(from, to);
  }
  return out;
};

/**
 * The caller workflows of the train, as each release repository holds them (README: the whole CoCo release):
 * the workflow_dispatch inputs the graph's phases give, the run-name the conductor finds its runs by, and one
 * job calling our reusable workflow with the caller's App token (`COCO_RELEASE_TOKEN`).
 */
const subprojectCaller = (component: string): string => `name: coco-release
run-name: subproject-release \${{ inputs.version }}
on:
  workflow_dispatch:
    inputs:
      kata-version: { type: string, required: true }
      version: { type: string, required: true }
permissions: {}
jobs:
  release:
    permissions:
      contents: write
      checks: read
      statuses: read
    uses: confidential-containers/coco-release-actions/.github/workflows/subproject-release.yml@v1
    with:
      component: ${component}
      kata-version: \${{ inputs.kata-version }}
      version: \${{ inputs.version }}
    secrets:
      token: \${{ secrets.COCO_RELEASE_TOKEN }}
`;

export const CALLERS = {
  trustee: subprojectCaller('trustee'),
  guestComponents: subprojectCaller('guest-components'),
  // The image tag to pin comes from a configuration variable here; upstream leaves it to resolve-image (the
  // newest commit whose image was built), which peer-pods-images.test.ts runs against a registry.
  peerPods: `name: release
run-name: peer-pods-release \${{ inputs.phase }} \${{ inputs.version }}
on:
  workflow_dispatch:
    inputs:
      phase: { type: choice, options: [prepare, candidate, release, post-release], required: true }
      version: { type: string, required: true }
      kata-version: { type: string, default: '' }
permissions: {}
jobs:
  release:
    permissions:
      contents: write
      pull-requests: write
      checks: read
      statuses: read
    uses: confidential-containers/coco-release-actions/.github/workflows/peer-pods-release.yml@v1
    with:
      phase: \${{ inputs.phase }}
      version: \${{ inputs.version }}
      kata-version: \${{ inputs.kata-version }}
      image-tag: \${{ vars.PEER_PODS_IMAGE_TAG }}
      verify-images: false
    secrets:
      token: \${{ secrets.COCO_RELEASE_TOKEN }}
`,
  charts: `name: release
run-name: charts-release \${{ inputs.phase }} \${{ inputs.kata-version }}
on:
  workflow_dispatch:
    inputs:
      phase: { type: choice, options: [prepare, release], required: true }
      bump: { type: choice, options: [kata, patch, minor, major], default: kata }
      kata-version: { type: string, default: '' }
permissions: {}
jobs:
  release:
    permissions:
      contents: write
      pull-requests: write
      checks: read
      statuses: read
    uses: confidential-containers/coco-release-actions/.github/workflows/charts-release.yml@v1
    with:
      phase: \${{ inputs.phase }}
      bump: \${{ inputs.bump }}
      kata-version: \${{ inputs.kata-version }}
    secrets:
      token: \${{ secrets.COCO_RELEASE_TOKEN }}
`,
};

export interface CocoTrain {
  repos: Record<'kata' | 'caa' | 'charts' | 'trustee' | 'gc' | 'nydus', ServerRepo>;
  /** The trustee and guest-components commits Kata 4.0.0 pins. */
  T: string;
  G: string;
}

/** Kata 4.0.0 is out; trustee and guest-components have v0.16.0; cloud-api-adaptor v0.22.0 and the charts
 * v0.16.0 shipped Kata 3.22.0. Every pin agrees. */
export function cocoRepos(server: GithubServer): CocoTrain {
  const make = (name: string, files: Record<string, string>): ServerRepo => server.createRepo(name, { files });
  const repos: CocoTrain['repos'] = {
    trustee: make(TRUSTEE, { 'README.md': '# Trustee\n', '.github/workflows/coco-release.yml': CALLERS.trustee }),
    gc: make(GC, {
      'README.md': '# Guest components\n',
      '.github/workflows/coco-release.yml': CALLERS.guestComponents,
    }),
    nydus: make(NYDUS, { 'README.md': '# Nydus snapshotter\n' }),
    kata: make(KATA, { 'README.md': '# Kata Containers\n' }),
    caa: make(CAA, { 'README.md': '# cloud-api-adaptor\n', '.github/workflows/release.yml': CALLERS.peerPods }),
    charts: make(CHARTS, { 'README.md': '# charts\n', '.github/workflows/release.yaml': CALLERS.charts }),
  };
  repos.trustee.tag('v0.16.0', repos.trustee.commit({ VERSION: '0.16.0\n' }, { message: 'v0.16.0' }));
  const T = repos.trustee.commit({ 'kbs/src/main.rs': 'fn main() {}\n' }, { message: 'kbs: after v0.16.0' });
  repos.gc.tag('v0.16.0', repos.gc.commit({ VERSION: '0.16.0\n' }, { message: 'v0.16.0' }));
  const G = repos.gc.commit({ 'src/lib.rs': '\n' }, { message: 'after v0.16.0' });
  repos.nydus.tag('v0.15.15', repos.nydus.commit({ VERSION: 'v0.15.15\n' }, { message: 'v0.15.15' }));
  const k3220 = repos.kata.commit(
    { 'versions.yaml': swap(KATA_VERSIONS, { [UP.trustee]: T, [UP.gcKata]: G }) },
    { message: '3.22.0' },
  );
  repos.kata.tag('3.22.0', k3220, { message: 'Kata Containers 3.22.0' });
  const k400 = repos.kata.commit({ VERSION: '4.0.0\n' }, { message: 'release: 4.0.0' });
  repos.kata.tag('4.0.0', k400, { message: 'Kata Containers 4.0.0' });
  const caa0220 = repos.caa.commit(
    {
      [CAA_VERSIONS_PATH]: swap(CAA_VERSIONS, { [UP.trustee]: T, [UP.gcCaa]: G, [UP.kata]: k400 }),
      [PEERPODS_PATH]: PEERPODS.replace('version: "0.0.0-dev"', 'version: "3.22.0"'),
    },
    { message: 'release: v0.22.0' },
  );
  repos.caa.tag('v0.22.0', caa0220);
  repos.caa.commit({ [PEERPODS_PATH]: PEERPODS }, { message: 'post-release v0.22.0' });
  repos.charts.tag('v0.16.0', repos.charts.commit({ 'Chart.yaml': CHARTS_CHART }, { message: 'v0.16.0' }));
  return { repos, T, G };
}

export interface CocoRelease extends CocoTrain {
  /** The commit of Kata's 4.0.0 tag. */
  kata400: string;
  /** The coordinating repository, holding the release's tracking issue. */
  home: ServerRepo;
}

/**
 * The six repositories as a whole release finds them, for the end-to-end train: Kata 4.0.0 is out and pins
 * trustee `T` and guest-components `G` (each released as v0.16.0 before them); cloud-api-adaptor holds
 * upstream's files before its v0.22.0 release (the replay: versions.yaml pins upstream's commits, which its
 * prepare sets to Kata 4.0.0's here; the example manifest without its Go updates, the go.mod files) and was
 * released as v0.21.0;
 * the charts hold their real Chart.yaml, Chart.lock and values, released as v0.16.0 with Kata 3.22.0. Each
 * repository is built with one `git fast-import` the first time a process asks (fixtureRepo) and copied
 * from then on.
 */
export function cocoRelease(server: GithubServer): CocoRelease {
  const dir = tempDir('coco-release-repos-');
  const serve = (name: string, history: FixtureCommit[]): { repo: ServerRepo; commits: string[] } => {
    const path = join(dir, `${name.replace('/', '__')}.git`);
    const { commits } = fixtureRepo(path, history);
    return { repo: server.serveRepo(name, path), commits };
  };
  const subproject = (title: string, caller: string): FixtureCommit[] => [
    {
      files: { 'README.md': `# ${title}\n`, VERSION: '0.16.0\n', '.github/workflows/coco-release.yml': caller },
      message: 'v0.16.0',
      tag: { name: 'v0.16.0', message: 'v0.16.0' },
    },
    { files: { 'src/lib.rs': '// the commit Kata 4.0.0 ships\n' }, message: 'after v0.16.0' },
  ];
  const trustee = serve(TRUSTEE, subproject('Trustee', CALLERS.trustee));
  const gc = serve(GC, subproject('Guest components', CALLERS.guestComponents));
  const [T, G] = [trustee.commits[1]!, gc.commits[1]!];
  const nydus = serve(NYDUS, [{ files: { VERSION: 'v0.15.15\n' }, message: 'v0.15.15', tag: { name: 'v0.15.15' } }]);
  const kata = serve(KATA, [
    {
      files: { 'versions.yaml': swap(KATA_VERSIONS, { [UP.trustee]: T, [UP.gcKata]: G }) },
      message: '3.22.0',
      tag: { name: '3.22.0', message: 'Kata Containers 3.22.0' },
    },
    {
      files: { VERSION: '4.0.0\n' },
      message: 'release: 4.0.0',
      tag: { name: '4.0.0', message: 'Kata Containers 4.0.0' },
    },
  ]);
  const kata400 = kata.commits[1]!;
  const replay = snapshot('1-kata-deploy-pin', 'before');
  const caa = serve(CAA, [
    {
      files: {
        ...replay,
        ...goModFiles(),
        [MANIFEST_FILE]: manifestWithoutGo(),
        '.github/workflows/release.yml': CALLERS.peerPods,
      },
      message: 'the tree before v0.22.0',
      tag: { name: 'v0.21.0' },
    },
  ]);
  const chartFiles: Record<string, string> = { '.github/workflows/release.yaml': CALLERS.charts };
  for (const f of ['Chart.yaml', 'Chart.lock', 'values.yaml', 'values/kata-remote.yaml', 'values/kata-s390x.yaml'])
    chartFiles[f] = real(`confidential-containers/charts/${f}`);
  const charts = serve(CHARTS, [
    { files: chartFiles, message: 'Release v0.16.0', tag: { name: 'v0.16.0', message: 'Release v0.16.0' } },
  ]);
  const home = serve('confidential-containers/confidential-containers', [
    { files: { 'README.md': '# Confidential Containers\n' }, message: 'initial' },
  ]);
  return {
    repos: {
      trustee: trustee.repo,
      gc: gc.repo,
      nydus: nydus.repo,
      kata: kata.repo,
      caa: caa.repo,
      charts: charts.repo,
    },
    T,
    G,
    kata400,
    home: home.repo,
  };
}
