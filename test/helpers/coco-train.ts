import type { GithubServer, ServerRepo } from './github-server.js';
import { real } from './paths.js';

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

/** The caller workflows of the train (README: the whole CoCo release), as each repository holds them. */
export const CALLERS = {
  subproject: `name: coco-release
run-name: subproject-release \${{ inputs.version }}
on:
  workflow_dispatch:
    inputs:
      kata-version: { type: string, required: true }
      version: { type: string, required: true }
`,
  peerPods: `name: release
run-name: peer-pods-release \${{ inputs.phase }} \${{ inputs.version }}
on:
  workflow_dispatch:
    inputs:
      phase: { type: choice, options: [prepare, candidate, release, post-release], required: true }
      version: { type: string, required: true }
      kata-version: { type: string, default: '' }
`,
  charts: `name: release
run-name: charts-release \${{ inputs.phase }} \${{ inputs.kata-version }}
on:
  workflow_dispatch:
    inputs:
      phase: { type: choice, options: [prepare, release], required: true }
      bump: { type: choice, options: [kata, patch, minor, major], default: kata }
      kata-version: { type: string, default: '' }
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
    trustee: make(TRUSTEE, { 'README.md': '# Trustee\n', '.github/workflows/coco-release.yml': CALLERS.subproject }),
    gc: make(GC, { 'README.md': '# Guest components\n', '.github/workflows/coco-release.yml': CALLERS.subproject }),
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
