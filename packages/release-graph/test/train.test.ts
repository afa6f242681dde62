import { describe, expect, it } from 'vitest';
import {
  builtinGraph,
  parseGraph,
  trainOrder,
  checkGraph,
  planTrain,
  renderTrain,
  trainMermaid,
  readPins,
  type Graph,
  type GraphPin,
  type Plan,
  type PullRequest,
  type TrainState,
  type WorkflowRun,
} from '@coco-release/release-graph';
import { readFileSync } from 'node:fs';
import { UserError, UserErrors } from '@coco-release/core';
import { real } from '../../../test/helpers/paths.js';

/**
 * The release train's planner on facts given here: the built-in CoCo graph, the real upstream files
 * (Kata 4.0.0's versions.yaml, cloud-api-adaptor's versions.yaml and peerpods chart, the charts' Chart.yaml)
 * checked by release-status' own checks, and the tags, pull requests, runs and CI a conductor would read.
 * Every test states the whole plan it expects.
 */

const KATA_VERSIONS = real('kata-containers/kata-containers/versions.yaml');
const CAA_VERSIONS = real('confidential-containers/cloud-api-adaptor/src/cloud-api-adaptor/versions.yaml');
const PEERPODS_CHART = real(
  'confidential-containers/cloud-api-adaptor/src/cloud-api-adaptor/install/charts/peerpods/Chart.yaml',
);
const CHARTS_CHART = real('confidential-containers/charts/Chart.yaml');

const KATA = 'kata-containers/kata-containers';
const TRUSTEE_REPO = 'confidential-containers/trustee';
const GC_REPO = 'confidential-containers/guest-components';
const CAA = 'confidential-containers/cloud-api-adaptor';
const CHARTS = 'confidential-containers/charts';

// Kata 4.0.0 pins these (test/fixtures/real); cloud-api-adaptor pins another guest-components commit.
const TRUSTEE = '258ea4acb7b9bd865fce5c63a539f2120dba8298';
const GC_KATA = '304c21f29e26dbbb968783e41109f3b6d630e872';
const GC_CAA = 'dcd55ea16ea4f4bcb87c1420f16af92e9eb15f2f';
const KATA_400 = 'cf82bb35c80320178bf7570252fe75d6fb263209';
// Commits standing for others (only equality matters).
const KATA_3220 = '3220000000000000000000000000000000000000';
const TRUSTEE_OLD = '0160000000000000000000000000000000000000';
const GC_OLD = '0160000000000000000000000000000000000001';
const CAA_HEAD = 'caa0000000000000000000000000000000000000';
const CAA_0220 = '0220000000000000000000000000000000000000';
const CHARTS_HEAD = 'c4a0000000000000000000000000000000000000';
const NYDUS = '0151500000000000000000000000000000000000';

interface Files {
  caaVersions: string;
  peerpods: string;
  charts: string;
}

const UPSTREAM: Files = {
  // cloud-api-adaptor agrees with Kata 4.0.0 on guest-components (the real file pins an older commit).
  caaVersions: CAA_VERSIONS.replace(GC_CAA, GC_KATA),
  peerpods: PEERPODS_CHART,
  charts: CHARTS_CHART,
};

/** The pins of the built-in graph checked as the conductor checks them: release = the Kata target. */
function report(graph: Graph, files: Files, target = '4.0.0') {
  const texts: Record<string, string> = {
    [`${KATA}:versions.yaml`]: KATA_VERSIONS,
    [`${CAA}:src/cloud-api-adaptor/versions.yaml`]: files.caaVersions,
    [`${CAA}:src/cloud-api-adaptor/install/charts/peerpods/Chart.yaml`]: files.peerpods,
    [`${CHARTS}:Chart.yaml`]: files.charts,
  };
  const reads = readPins(graph.pins, (pin: GraphPin) => {
    const text = texts[`${graph.components.get(pin.holder)!.repository}:${pin.file}`];
    return text === undefined ? undefined : { text, display: pin.file };
  });
  const tags: Record<string, Record<string, string>> = {
    [KATA]: { '3.22.0': KATA_3220, '4.0.0': KATA_400 },
    'containerd/nydus-snapshotter': { 'v0.15.15': NYDUS },
  };
  const commits: Record<string, string[]> = {
    [TRUSTEE_REPO]: [TRUSTEE, TRUSTEE_OLD],
    [GC_REPO]: [GC_KATA, GC_CAA, GC_OLD],
    [KATA]: [KATA_3220, KATA_400],
  };
  return checkGraph(
    graph,
    reads,
    {
      tagCommit: (repo, tag) => tags[repo]?.[tag] ?? null,
      hasCommit: (repo, sha) => commits[repo]?.includes(sha) ?? false,
    },
    {
      release: new Map([['kata-containers', target]]),
      readAt: (pin) =>
        pin.holder === 'kata-containers' ? { ref: target, commit: KATA_400 } : { ref: 'main', commit: undefined },
    },
  );
}

interface World {
  files?: Partial<Files>;
  tags?: Partial<Record<string, { name: string; commit: string | null }[]>>;
  releasedWith?: TrainState['releasedWith'];
  pullRequests?: Record<string, PullRequest>;
  runs?: Record<string, WorkflowRun[]>;
  ci?: TrainState['ci'];
  versions?: Record<string, string>;
  current?: TrainState['current'];
  target?: string;
  targetCommit?: string | null;
}

/** Before the train: Kata 4.0.0 is out, nothing else has moved. */
function state(graph: Graph, w: World = {}): TrainState {
  return {
    target: w.target ?? '4.0.0',
    targetCommit: w.targetCommit === undefined ? KATA_400 : w.targetCommit,
    report: report(graph, { ...UPSTREAM, ...w.files }, w.target ?? '4.0.0'),
    tags: {
      'kata-containers': [
        { name: '3.22.0', commit: KATA_3220 },
        { name: '4.0.0', commit: KATA_400 },
      ],
      trustee: [{ name: 'v0.16.0', commit: TRUSTEE_OLD }],
      'guest-components': [{ name: 'v0.16.0', commit: GC_OLD }],
      'cloud-api-adaptor': [{ name: 'v0.22.0', commit: CAA_0220 }],
      charts: [{ name: 'v0.16.0', commit: CHARTS_HEAD }],
      ...(w.tags as TrainState['tags']),
    },
    releasedWith: w.releasedWith ?? {
      'cloud-api-adaptor': { tag: 'v0.22.0', version: '3.22.0' },
      charts: { tag: 'v0.16.0', version: '3.22.0' },
    },
    pullRequests: w.pullRequests ?? {},
    runs: w.runs ?? {},
    heads: { [`${CAA}:main`]: CAA_HEAD, [`${CHARTS}:main`]: CHARTS_HEAD },
    ci: w.ci ?? {
      [`${TRUSTEE_REPO}@${TRUSTEE}`]: 'success',
      [`${GC_REPO}@${GC_KATA}`]: 'success',
      [`${CAA}@${CAA_HEAD}`]: 'success',
      [`${CHARTS}@${CHARTS_HEAD}`]: 'success',
    },
    current: w.current ?? { charts: { version: '0.16.0' } },
    ...(w.versions ? { versions: w.versions } : {}),
  };
}

/** One line per step: `ID STATE[ (on WHAT)]: REASON`. */
function lines(plan: Plan): string[] {
  return plan.steps.map((s) => `${s.id} ${s.state}${s.waitingOn ? ` (on ${s.waitingOn})` : ''}: ${s.reason}`);
}

const run = (id: number, title: string, status: string, conclusion: string | null, createdAt: string): WorkflowRun => ({
  id,
  title,
  status,
  conclusion,
  url: `https://github.com/runs/${id}`,
  createdAt,
});

describe('planTrain: the built-in CoCo train', () => {
  it('before the train: trustee and guest-components are ready, the rest waits in order', async () => {
    const graph = await builtinGraph();
    const plan = planTrain(graph, state(graph));
    expect(lines(plan)).toEqual([
      'kata-containers/release done: kata-containers/kata-containers 4.0.0 is released',
      'trustee/release ready: dispatch coco-release.yml on confidential-containers/trustee',
      'guest-components/release ready: dispatch coco-release.yml on confidential-containers/guest-components',
      'cloud-api-adaptor/prepare waiting (on component): after trustee, guest-components (not released yet)',
      'cloud-api-adaptor/release waiting (on phase): after cloud-api-adaptor prepare',
      'cloud-api-adaptor/post-release waiting (on phase): after cloud-api-adaptor release',
      'charts/prepare waiting (on component): after cloud-api-adaptor (not released yet)',
      'charts/release waiting (on phase): after charts prepare',
    ]);
    expect(plan.target).toEqual({ component: 'kata-containers', version: '4.0.0', tag: '4.0.0' });
    expect(plan.versions).toEqual({
      'kata-containers': { version: '4.0.0', tag: '4.0.0', released: true, reason: "the train's target" },
      trustee: {
        version: '0.17.0',
        tag: 'v0.17.0',
        released: false,
        commit: TRUSTEE,
        reason: 'the commit kata-containers 4.0.0 pins has no release tag: 0.16.0 + minor',
      },
      'guest-components': {
        version: '0.17.0',
        tag: 'v0.17.0',
        released: false,
        commit: GC_KATA,
        reason: 'the commit kata-containers 4.0.0 pins has no release tag: 0.16.0 + minor',
      },
      'cloud-api-adaptor': {
        version: '0.23.0',
        tag: 'v0.23.0',
        released: false,
        reason: 'the newest release of cloud-api-adaptor: 0.22.0 + minor',
      },
      charts: {
        version: '0.17.0',
        tag: 'v0.17.0',
        released: false,
        reason:
          "v0.16.0 ships kata-containers 3.22.0: kata-containers 3.22.0..4.0.0 is a major bump; the bundle's bump is the largest of its components' (KEP-2264): major, which a pre-1.0 bundle takes in its minor (0.16.0 -> 0.17.0)",
      },
    });
    expect(plan.steps[1]).toEqual({
      id: 'trustee/release',
      component: 'trustee',
      phase: 'release',
      state: 'ready',
      reason: 'dispatch coco-release.yml on confidential-containers/trustee',
      workflow: { repository: TRUSTEE_REPO, file: 'coco-release.yml', ref: 'main' },
      runName: 'subproject-release v0.17.0',
      inputs: { 'kata-version': '4.0.0', version: 'v0.17.0' },
    });
    expect(plan.steps[3]!.inputs).toEqual({ phase: 'prepare', version: 'v0.23.0', 'kata-version': '4.0.0' });
    expect(plan.steps[3]!.pullRequest).toBe('release/peer-pods-v0.23.0-prepare');
  });
});

const SUBPROJECTS_RELEASED = {
  trustee: [
    { name: 'v0.16.0', commit: TRUSTEE_OLD },
    { name: 'v0.17.0', commit: TRUSTEE },
  ],
  'guest-components': [
    { name: 'v0.16.0', commit: GC_OLD },
    { name: 'v0.17.0', commit: GC_KATA },
  ],
};
const PREPARED = { peerpods: PEERPODS_CHART.replace('version: "0.0.0-dev"', 'version: "4.0.0"') };
const CAA_RELEASED = {
  tags: {
    ...SUBPROJECTS_RELEASED,
    'cloud-api-adaptor': [
      { name: 'v0.22.0', commit: CAA_0220 },
      { name: 'v0.23.0', commit: CAA_HEAD },
    ],
  },
  releasedWith: {
    'cloud-api-adaptor': { tag: 'v0.23.0', version: '4.0.0' },
    charts: { tag: 'v0.16.0', version: '3.22.0' },
  },
};
const CAA_RELEASED_CAA = { 'cloud-api-adaptor': CAA_RELEASED.releasedWith['cloud-api-adaptor'] };
const SUBPROJECT_LINES = [
  'kata-containers/release done: kata-containers/kata-containers 4.0.0 is released',
  'trustee/release done: confidential-containers/trustee v0.17.0 is released',
  'guest-components/release done: confidential-containers/guest-components v0.17.0 is released',
];
const TRUSTEE_RUN = `${TRUSTEE_REPO}/coco-release.yml`;
const CAA_RUNS = `${CAA}/release.yml`;
const pr = (number: number, state: PullRequest['state'], mergedAt?: string): PullRequest => ({
  number,
  url: `https://github.com/pulls/${number}`,
  state,
  ...(mergedAt ? { mergedAt } : {}),
});

describe('planTrain: dispatch never repeats', () => {
  it('a step whose run is queued or in progress waits on it; a step whose run released it is done', async () => {
    const graph = await builtinGraph();
    const first = planTrain(graph, state(graph));
    const ready = first.steps.filter((s) => s.state === 'ready');
    expect(ready.map((s) => s.id)).toEqual(['trustee/release', 'guest-components/release']);
    // The conductor dispatched both; GitHub queued one and started the other.
    const runs = {
      [TRUSTEE_RUN]: [run(11, ready[0]!.runName!, 'queued', null, '2026-12-05T10:00:00Z')],
      [`${GC_REPO}/coco-release.yml`]: [run(12, ready[1]!.runName!, 'in_progress', null, '2026-12-05T10:00:01Z')],
    };
    const second = planTrain(graph, state(graph, { runs }));
    expect(lines(second).slice(1, 3)).toEqual([
      'trustee/release waiting (on run): run 11 is queued',
      'guest-components/release waiting (on run): run 12 is in progress',
    ]);
    expect(second.steps.filter((s) => s.state === 'ready')).toEqual([]);
    expect(second.steps[1]!.link).toBe('https://github.com/runs/11');
    // Both runs released their commit: done, by the tag on the commit, whatever the runs say.
    const third = planTrain(
      graph,
      state(graph, {
        tags: SUBPROJECTS_RELEASED,
        runs: {
          [TRUSTEE_RUN]: [run(11, ready[0]!.runName!, 'completed', 'success', '2026-12-05T10:00:00Z')],
        },
      }),
    );
    expect(lines(third)).toEqual([
      ...SUBPROJECT_LINES,
      'cloud-api-adaptor/prepare ready: dispatch release.yml on confidential-containers/cloud-api-adaptor',
      'cloud-api-adaptor/release waiting (on phase): after cloud-api-adaptor prepare',
      'cloud-api-adaptor/post-release waiting (on phase): after cloud-api-adaptor release',
      'charts/prepare waiting (on component): after cloud-api-adaptor (not released yet)',
      'charts/release waiting (on phase): after charts prepare',
    ]);
    expect(third.steps[1]!.link).toBe('https://github.com/confidential-containers/trustee/releases/tag/v0.17.0');
    expect(third.versions['trustee']).toEqual({
      version: '0.17.0',
      tag: 'v0.17.0',
      released: true,
      commit: TRUSTEE,
      reason: `the tag on ${TRUSTEE}`,
    });
  });

  it('a run that succeeded without releasing blocks instead of dispatching again; runs of other steps do not count', async () => {
    const graph = await builtinGraph();
    const plan = planTrain(
      graph,
      state(graph, {
        runs: {
          [TRUSTEE_RUN]: [
            run(20, 'subproject-release v0.17.0', 'completed', 'success', '2026-12-05T10:00:00Z'),
            run(21, 'subproject-release v0.16.1', 'in_progress', null, '2026-12-05T11:00:00Z'),
          ],
        },
      }),
    );
    expect(lines(plan)[1]).toBe(
      'trustee/release blocked: run 20 succeeded, but not the tag v0.17.0 exists: see the run',
    );
  });

  it('the peer-pods release: a PR to merge, then CI on the merge commit, then the run again, once', async () => {
    const graph = await builtinGraph();
    const at = (w: World) =>
      lines(planTrain(graph, state(graph, { tags: SUBPROJECTS_RELEASED, files: PREPARED, ...w })));
    const releaseRun = (status: string, conclusion: string | null, createdAt: string) =>
      run(30, 'peer-pods-release release v0.23.0', status, conclusion, createdAt);
    const branch = `${CAA}:release/peer-pods-v0.23.0-release`;
    const caaLines = (release: string) => [
      ...SUBPROJECT_LINES,
      'cloud-api-adaptor/prepare done: src/cloud-api-adaptor/install/charts/peerpods/Chart.yaml .dependencies[name=kata-deploy].version is 4.0.0',
      release,
      'cloud-api-adaptor/post-release waiting (on phase): after cloud-api-adaptor release',
      'charts/prepare waiting (on component): after cloud-api-adaptor (not released yet)',
      'charts/release waiting (on phase): after charts prepare',
    ];
    expect(at({})).toEqual(
      caaLines('cloud-api-adaptor/release ready: dispatch release.yml on confidential-containers/cloud-api-adaptor'),
    );
    // The first run opened the release PR.
    expect(
      at({
        runs: { [CAA_RUNS]: [releaseRun('completed', 'success', '2026-12-05T10:00:00Z')] },
        pullRequests: { [branch]: pr(7, 'open') },
      }),
    ).toEqual(
      caaLines(
        'cloud-api-adaptor/release waiting (on pull-request): pull request #7 (release/peer-pods-v0.23.0-release) to merge',
      ),
    );
    const merged = {
      runs: { [CAA_RUNS]: [releaseRun('completed', 'success', '2026-12-05T10:00:00Z')] },
      pullRequests: { [branch]: pr(7, 'merged', '2026-12-05T11:00:00Z') },
    };
    // Merged: CI on the merge commit decides.
    expect(at({ ...merged, ci: { [`${CAA}@${CAA_HEAD}`]: 'pending' } })).toEqual(
      caaLines(
        'cloud-api-adaptor/release waiting (on ci): CI to pass on confidential-containers/cloud-api-adaptor caa0000',
      ),
    );
    expect(at({ ...merged, ci: {} })).toEqual(
      caaLines(
        'cloud-api-adaptor/release waiting (on ci): no CI result on confidential-containers/cloud-api-adaptor caa0000 yet',
      ),
    );
    expect(at({ ...merged, ci: { [`${CAA}@${CAA_HEAD}`]: 'failure' } })).toEqual(
      caaLines(
        'cloud-api-adaptor/release blocked: CI failed on confidential-containers/cloud-api-adaptor caa0000: the train stops here until it passes',
      ),
    );
    expect(at(merged)).toEqual(caaLines('cloud-api-adaptor/release ready: pull request #7 merged: run release again'));
    // The second run, dispatched: in progress, then succeeded without a tag (blocked, not dispatched a third time).
    const second = (status: string, conclusion: string | null) => ({
      ...merged,
      runs: {
        [CAA_RUNS]: [...merged.runs[CAA_RUNS], { ...releaseRun(status, conclusion, '2026-12-05T12:00:00Z'), id: 31 }],
      },
    });
    expect(at(second('in_progress', null))).toEqual(
      caaLines('cloud-api-adaptor/release waiting (on run): run 31 is in progress'),
    );
    expect(at(second('completed', 'failure'))).toEqual(
      caaLines('cloud-api-adaptor/release blocked: run 31 ended: failure; re-run it once the cause is fixed'),
    );
    expect(at(second('completed', 'skipped'))).toEqual(
      caaLines('cloud-api-adaptor/release blocked: run 31 ended: skipped; re-run it once the cause is fixed'),
    );
    expect(at(second('completed', 'success'))).toEqual(
      caaLines(
        'cloud-api-adaptor/release blocked: run 31 succeeded after pull request #7 merged, but not the tag v0.23.0 exists: see the run',
      ),
    );
    // A PR closed without merging.
    expect(at({ ...merged, pullRequests: { [branch]: pr(7, 'closed') } })).toEqual(
      caaLines(
        'cloud-api-adaptor/release blocked: pull request #7 (release/peer-pods-v0.23.0-release) was closed without merging: merge it or run release by hand',
      ),
    );
  });
});

describe('planTrain: a failing CI run stops the train at that step', () => {
  it('CI failed on the commit Kata pins: trustee is blocked, guest-components goes on, cloud-api-adaptor waits', async () => {
    const graph = await builtinGraph();
    const plan = planTrain(
      graph,
      state(graph, {
        ci: { [`${TRUSTEE_REPO}@${TRUSTEE}`]: 'failure', [`${GC_REPO}@${GC_KATA}`]: 'pending' },
      }),
    );
    expect(lines(plan).slice(1, 4)).toEqual([
      'trustee/release blocked: CI failed on confidential-containers/trustee 258ea4a: the train stops here until it passes',
      'guest-components/release waiting (on ci): CI to pass on confidential-containers/guest-components 304c21f',
      'cloud-api-adaptor/prepare waiting (on component): after trustee, guest-components (not released yet)',
    ]);
    expect(plan.steps[1]!.link).toBe(`https://github.com/confidential-containers/trustee/commit/${TRUSTEE}`);
  });
});

describe('planTrain: a drifted pin blocks the steps it affects, with its set line', () => {
  it("cloud-api-adaptor's guest-components pin (real file): prepare's work before it, a block of the release after", async () => {
    const graph = await builtinGraph();
    // Before prepare: versions.yaml's pins are what prepare sets (as peerpods' kata-deploy is): it goes.
    const before = planTrain(graph, state(graph, { files: { caaVersions: CAA_VERSIONS }, tags: SUBPROJECTS_RELEASED }));
    expect(lines(before)[3]).toBe(
      'cloud-api-adaptor/prepare ready: dispatch release.yml on confidential-containers/cloud-api-adaptor',
    );
    // Prepare done (kata-deploy at 4.0.0), but guest-components is not what Kata 4.0.0 pins: the release is
    // blocked with the set line; the charts wait.
    const plan = planTrain(
      graph,
      state(graph, { files: { caaVersions: CAA_VERSIONS, ...PREPARED }, tags: SUBPROJECTS_RELEASED }),
    );
    expect(lines(plan)).toEqual([
      ...SUBPROJECT_LINES,
      'cloud-api-adaptor/prepare done: src/cloud-api-adaptor/install/charts/peerpods/Chart.yaml .dependencies[name=kata-deploy].version is 4.0.0',
      'cloud-api-adaptor/release blocked: confidential-containers/cloud-api-adaptor src/cloud-api-adaptor/versions.yaml:64 .oci.guest-components.reference: kata-containers versions.yaml pins guest-components 304c21f; this pins dcd55ea',
      'cloud-api-adaptor/post-release waiting (on phase): after cloud-api-adaptor release',
      'charts/prepare waiting (on component): after cloud-api-adaptor (not released yet)',
      'charts/release waiting (on phase): after charts prepare',
    ]);
    // The summary of this plan, byte for byte (golden/train-summary.md, reviewed by hand).
    expect(renderTrain(plan, { requests: 4 })).toBe(
      readFileSync(new URL('golden/train-summary.md', import.meta.url), 'utf8'),
    );
    expect(plan.steps[4]!.fix).toEqual([
      `confidential-containers/cloud-api-adaptor src/cloud-api-adaptor/versions.yaml: .oci.guest-components.reference=${GC_KATA}`,
    ]);
    expect(plan.steps[4]!.link).toBe(
      'https://github.com/confidential-containers/cloud-api-adaptor/blob/main/src/cloud-api-adaptor/versions.yaml#L64',
    );
    // peerpods' 0.0.0-dev and the charts' 3.22.0 drift from Kata 4.0.0 too, but prepare sets them: no block.
    const report = state(graph).report;
    expect(report.pins.filter((p) => p.status === 'drift').map((p) => p.id)).toEqual([
      'peerpods-kata-deploy',
      'charts-kata-deploy',
    ]);
  });

  it("the Kata pin's comment claiming another release blocks cloud-api-adaptor's release with the line that sets commit and comment", async () => {
    const graph = await builtinGraph();
    const old = CAA_VERSIONS.replace(GC_CAA, GC_KATA).replace(`${KATA_400} # v4.0.0`, `${KATA_3220} # v3.22.0`);
    const plan = planTrain(
      graph,
      state(graph, { files: { caaVersions: old, ...PREPARED }, tags: SUBPROJECTS_RELEASED }),
    );
    expect(plan.steps[4]!.state).toBe('blocked');
    expect(plan.steps[4]!.fix).toEqual([
      `confidential-containers/cloud-api-adaptor src/cloud-api-adaptor/versions.yaml: .oci.kata-containers.reference=${KATA_400} # v4.0.0`,
    ]);
  });
});

describe('planTrain: versions', () => {
  it('cloud-api-adaptor released for this Kata: its post-release and the charts go in parallel', async () => {
    const graph = await builtinGraph();
    const plan = planTrain(graph, state(graph, { files: PREPARED, ...CAA_RELEASED }));
    expect(lines(plan)).toEqual([
      ...SUBPROJECT_LINES,
      'cloud-api-adaptor/prepare done: confidential-containers/cloud-api-adaptor v0.23.0 is released',
      'cloud-api-adaptor/release done: confidential-containers/cloud-api-adaptor v0.23.0 is released',
      'cloud-api-adaptor/post-release ready: dispatch release.yml on confidential-containers/cloud-api-adaptor',
      'charts/prepare ready: dispatch release.yaml on confidential-containers/charts',
      'charts/release waiting (on phase): after charts prepare',
    ]);
    expect(plan.steps[6]!.inputs).toEqual({ phase: 'prepare', bump: 'kata', 'kata-version': '4.0.0' });
    expect(plan.steps[6]!.runName).toBe('charts-release prepare 4.0.0');
    expect(plan.steps[6]!.pullRequest).toBe('release/charts-v0.17.0');
  });

  it('the whole train done: post-release back at 0.0.0-dev, the charts released with Kata 4.0.0', async () => {
    const graph = await builtinGraph();
    const plan = planTrain(
      graph,
      state(graph, {
        files: { charts: CHARTS_CHART.replace('version: "3.22.0"', 'version: "4.0.0"') },
        tags: {
          ...CAA_RELEASED.tags,
          charts: [
            { name: 'v0.16.0', commit: KATA_3220 },
            { name: 'v0.17.0', commit: CHARTS_HEAD },
          ],
        },
        releasedWith: { ...CAA_RELEASED.releasedWith, charts: { tag: 'v0.17.0', version: '4.0.0' } },
      }),
    );
    expect(lines(plan)).toEqual([
      ...SUBPROJECT_LINES,
      'cloud-api-adaptor/prepare done: confidential-containers/cloud-api-adaptor v0.23.0 is released',
      'cloud-api-adaptor/release done: confidential-containers/cloud-api-adaptor v0.23.0 is released',
      'cloud-api-adaptor/post-release done: src/cloud-api-adaptor/install/charts/peerpods/Chart.yaml .dependencies[name=kata-deploy].version is 0.0.0-dev',
      'charts/prepare done: confidential-containers/charts v0.17.0 is released',
      'charts/release done: confidential-containers/charts v0.17.0 is released',
    ]);
  });

  it('a release that already ships a newer Kata: the version would go backwards, blocked', async () => {
    const graph = await builtinGraph();
    const plan = planTrain(
      graph,
      state(graph, {
        ...CAA_RELEASED,
        files: PREPARED,
        releasedWith: { ...CAA_RELEASED.releasedWith, charts: { tag: 'v0.16.0', version: '4.1.0' } },
      }),
    );
    expect(lines(plan)[6]).toBe(
      'charts/prepare blocked: v0.16.0 already ships kata-containers 4.1.0: a release for kata-containers 4.0.0 would go backwards',
    );
    expect(plan.versions['charts']).toEqual({
      version: undefined,
      tag: undefined,
      released: false,
      reason: 'v0.16.0 already ships kata-containers 4.1.0: a release for kata-containers 4.0.0 would go backwards',
    });
  });

  it('a version given by a person that goes backwards is blocked with the policy message', async () => {
    const graph = await builtinGraph();
    const plan = planTrain(graph, state(graph, { versions: { trustee: 'v0.15.0' } }));
    expect(lines(plan)[1]).toBe(
      'trustee/release blocked: 0.15.0 is not above the highest existing version 0.16.0: a release never goes backwards (allow-downgrade: true accepts it)',
    );
    const given = planTrain(graph, state(graph, { versions: { trustee: 'v0.20.0' } }));
    expect(given.versions['trustee']!.reason).toBe('given (v0.20.0)');
    expect(given.steps[1]!.inputs).toEqual({ 'kata-version': '4.0.0', version: 'v0.20.0' });
  });

  it("the charts' version is above Chart.yaml's own (issue 22's current), and Chart.yaml's once prepare merged", async () => {
    const graph = await builtinGraph();
    const charts = (w: World) =>
      planTrain(graph, state(graph, { files: PREPARED, ...CAA_RELEASED, ...w })).versions['charts'];
    // A charts repository without tags (its releases not tagged yet): the tags alone would give 0.1.0.
    expect(charts({ tags: { ...CAA_RELEASED.tags, charts: [] }, releasedWith: CAA_RELEASED_CAA })).toEqual({
      version: '0.17.0',
      tag: 'v0.17.0',
      released: false,
      reason:
        "Chart.yaml pins kata-containers 3.22.0: kata-containers 3.22.0..4.0.0 is a major bump; the bundle's bump is the largest of its components' (KEP-2264): major, which a pre-1.0 bundle takes in its minor (0.16.0 -> 0.17.0)",
    });
    // Chart.yaml ahead of the tags: above it.
    expect(charts({ current: { charts: { version: '0.20.0' } } })!.version).toBe('0.21.0');
    // Prepare merged (kata-deploy 4.0.0 and version 0.17.0 on main): that version, not one more bump; its
    // prepare is done, its release next.
    const prepared = {
      files: { ...PREPARED, charts: CHARTS_CHART.replace('version: "3.22.0"', 'version: "4.0.0"') },
      current: { charts: { version: '0.17.0' } },
    };
    expect(charts(prepared)).toEqual({
      version: '0.17.0',
      tag: 'v0.17.0',
      released: false,
      reason: 'Chart.yaml is 0.17.0 with kata-containers 4.0.0: prepared',
    });
    const plan = planTrain(graph, state(graph, { ...CAA_RELEASED, ...prepared }));
    expect(lines(plan).slice(6)).toEqual([
      'charts/prepare done: Chart.yaml .dependencies[name=kata-deploy].version is 4.0.0',
      'charts/release ready: dispatch release.yaml on confidential-containers/charts',
    ]);
    // Unreadable: the charts are blocked with the reason, nothing is guessed.
    expect(charts({ current: { charts: { error: 'Chart.yaml: no such file' } } })).toEqual({
      version: undefined,
      tag: undefined,
      released: false,
      reason: "charts's own version (Chart.yaml .version) was not read: Chart.yaml: no such file",
    });
  });

  it('no Kata tag: the train does not start', async () => {
    const graph = await builtinGraph();
    const plan = planTrain(graph, state(graph, { targetCommit: null }));
    expect(lines(plan).slice(0, 3)).toEqual([
      'kata-containers/release blocked: kata-containers/kata-containers has no tag 4.0.0: the train starts at a kata-containers release',
      'trustee/release waiting (on component): after kata-containers (not released yet)',
      'guest-components/release waiting (on component): after kata-containers (not released yet)',
    ]);
  });
});

describe('the train in the graph', () => {
  it('the built-in graph: each component says how it releases, in order', async () => {
    const graph = await builtinGraph();
    const caa = graph.components.get('cloud-api-adaptor')!.release!;
    expect(graph.components.get('kata-containers')!.release).toEqual({ startsTrain: true });
    expect(graph.components.get('nydus-snapshotter')!.release).toBeUndefined();
    expect(trainOrder(new Map([...graph.components].flatMap(([n, c]) => (c.release ? [[n, c.release]] : []))))).toEqual(
      ['kata-containers', 'trustee', 'guest-components', 'cloud-api-adaptor', 'charts'],
    );
    if (caa.startsTrain) throw new Error('unreachable');
    expect(caa.after).toEqual(['trustee', 'guest-components']);
    expect(caa.workflow).toEqual({ repository: CAA, file: 'release.yml', ref: 'main' });
    expect(caa.phases.map((p) => [p.name, p.runName, p.inputs, p.pullRequest, p.sets, p.ci, p.done])).toEqual([
      [
        'prepare',
        'peer-pods-release prepare {tag}',
        { phase: 'prepare', version: '{tag}', 'kata-version': '{kata-containers.version}' },
        'release/peer-pods-{tag}-prepare',
        ['peerpods-kata-deploy', 'caa-kata-containers', 'caa-kbs', 'caa-guest-components'],
        false,
        { kind: 'pin', pin: 'peerpods-kata-deploy', value: '{kata-containers.version}' },
      ],
      [
        'release',
        'peer-pods-release release {tag}',
        { phase: 'release', version: '{tag}' },
        'release/peer-pods-{tag}-release',
        [],
        true,
        { kind: 'tag' },
      ],
      [
        'post-release',
        'peer-pods-release post-release {tag}',
        { phase: 'post-release', version: '{tag}' },
        'release/peer-pods-{tag}-post-release',
        ['peerpods-kata-deploy'],
        false,
        { kind: 'pin', pin: 'peerpods-kata-deploy', value: '0.0.0-dev' },
      ],
    ]);
  });

  const TRAIN = `components:
  kata:
    repository: o/kata
    tag-format: '{version}'
    release:
      starts-train: true
  sub:
    repository: o/sub
    tag-format: v{version}
    release:
      after: [kata]
      workflow: { repository: o/sub, file: release.yml, ref: main }
      commit: kata-sub
      bump: minor
      phases:
        - name: release
          run-name: release {tag}
          inputs: { version: '{tag}', kata: '{kata.version}' }
          ci: true
          done: tag
pins:
  - id: kata-sub
    holder: kata
    file: versions.yaml
    path: .sub
    component: sub
    kind: commit
`;

  it('parses a small train', async () => {
    const graph = await parseGraph(TRAIN, 'train.yaml');
    expect(graph.components.get('sub')!.release).toEqual({
      startsTrain: false,
      after: ['kata'],
      workflow: { repository: 'o/sub', file: 'release.yml', ref: 'main' },
      commit: 'kata-sub',
      releasedWith: undefined,
      bump: 'minor',
      phases: [
        {
          name: 'release',
          runName: 'release {tag}',
          inputs: { version: '{tag}', kata: '{kata.version}' },
          pullRequest: undefined,
          sets: [],
          ci: true,
          done: { kind: 'tag' },
          line: 16,
        },
      ],
    });
  });

  async function errorsOf(text: string): Promise<string[]> {
    try {
      await parseGraph(text, 'train.yaml');
    } catch (e) {
      if (e instanceof UserErrors) return e.errors.map((x) => x.toString());
      if (e instanceof UserError) return [e.toString()];
      throw e;
    }
    throw new Error('no error');
  }

  it('refuses names and pins that do not exist, unknown template variables, a second tag phase, every one at its line', async () => {
    const text = TRAIN.replace('after: [kata]', 'after: [kata, nope]')
      .replace('commit: kata-sub', 'commit: kata-nope')
      .replace("kata: '{kata.version}'", "kata: '{kata.versoin}'")
      .replace(
        '          ci: true\n          done: tag\n',
        '          ci: true\n          done: tag\n        - name: again\n          run-name: x\n          inputs: {}\n          sets: [kata-sub]\n          done: tag\n',
      );
    expect(await errorsOf(text)).toEqual([
      "train.yaml:11:21: components.sub.release.after: 'nope' is not a component of the train (kata, sub)",
      "train.yaml:13:15: components.sub.release.commit: no pin has the id 'kata-nope'",
      'train.yaml:18:45: components.sub.release.phases[0].inputs.kata: unknown variable {kata.versoin} (known: {version}, {tag}, {commit}, {kata.version}, {kata.tag})',
      "train.yaml:24:18: components.sub.release.phases[1].sets: the pin 'kata-sub' is held by kata, not sub",
      "train.yaml:16:9: components.sub.release.phases: exactly one phase must be done when the release tag exists ('done: tag'), found 2",
    ]);
  });

  it('refuses a cycle and a start that also dispatches (the schema)', async () => {
    const cycle = TRAIN.replace('after: [kata]', 'after: [sub]');
    expect(await errorsOf(cycle)).toEqual(['train.yaml:11:14: the release train has a cycle: sub -> sub']);
    const bothStart = TRAIN.replace('      starts-train: true\n', '      starts-train: true\n      bump: minor\n');
    expect(await errorsOf(bothStart)).toEqual([
      "train.yaml:6:7: components.kata.release: the component that starts the train is not dispatched: remove 'bump'",
    ]);
    const half = TRAIN.replace('      bump: minor\n', '').replace('      after: [kata]\n', '');
    expect(await errorsOf(half)).toEqual([
      "train.yaml:11:7: components.sub.release: 'after', 'bump' are required (or 'starts-train: true')",
    ]);
  });
});

describe('renderTrain: external text stays data', () => {
  it('reasons, names and links from files and GitHub cannot add Markdown, HTML, links or mermaid syntax', () => {
    const plan: Plan = {
      target: { component: 'kata', version: '4.0.0`', tag: '4.0.0' },
      versions: {},
      after: { 'x"]; click': ['kata'] },
      released: { kata: 'kata/release' },
      steps: [
        {
          id: 'kata/release',
          component: 'kata',
          phase: 'release',
          state: 'done',
          reason: 'ok',
          link: 'javascript:alert(1)',
        },
        {
          id: 'x"]; click/p',
          component: 'x"]; click',
          phase: 'p\nq',
          state: 'blocked',
          reason: '**bold** <img src=x> [a](http://evil)\n# heading',
          link: 'https://github.com/o/r/pull/1)[evil](http://evil)',
          fix: ['```', 'a=b'],
        },
      ],
    };
    const md = renderTrain(plan);
    expect(md).toBe(
      [
        '### release-train: kata `` 4.0.0` `` (1 done, 1 blocked of 2 steps)',
        '',
        '```mermaid',
        'flowchart LR',
        '  s0["kata<br/>release<br/>✓ done"]',
        '  s1["x#34;#93;#59; click<br/>p#10;q<br/>✗ blocked"]',
        '  s0 --> s1',
        '  classDef done fill:#dafbe1,stroke:#1a7f37,color:#1a7f37',
        '  class s0 done',
        '  classDef blocked fill:#ffebe9,stroke:#d1242f,color:#d1242f',
        '  class s1 blocked',
        '```',
        '',
        '- [x] **kata** release: ✓ done: ok',
        '- [ ] **x"\\]; click** p\\nq: ✗ blocked: \\*\\*bold\\*\\* \\<img src=x\\> \\[a\\](http://evil)\\n# heading ([link](https://github.com/o/r/pull/1%29%5Bevil%5D%28http://evil%29))',
        '',
        '  ````text',
        '  ```',
        '  a=b',
        '  ````',
        '',
        '',
      ].join('\n'),
    );
    // A link with a blank is no URL GitHub gives: dropped.
    plan.steps[1]!.link = 'https://github.com/o/r/pull/1 x';
    expect(renderTrain(plan)).not.toContain('[link]');
    expect(trainMermaid(plan)).toContain('s1["x#34;#93;#59; click<br/>p#10;q<br/>✗ blocked"]');
  });
});
