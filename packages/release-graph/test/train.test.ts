import { describe, expect, it } from 'vitest';
import {
  builtinGraph,
  parseGraph,
  trainOrder,
  checkGraph,
  planTrain,
  readPins,
  type Graph,
  type GraphPin,
  type Plan,
  type PullRequest,
  type TrainState,
  type WorkflowRun,
} from '@coco-release/release-graph';
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
        ['peerpods-kata-deploy'],
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
