import { describe, expect, it } from 'vitest';
import {
  builtinGraph,
  builtinGraphText,
  checkGraph,
  driftList,
  lookupsNeeded,
  mermaidGraph,
  parseAt,
  parseGraph,
  parseRelease,
  pinnedCommit,
  pinnedCommits,
  pinTable,
  readPins,
  type Graph,
  type GraphPin,
  type Lookups,
  type PinRead,
} from '@coco-release/release-graph';
import { UserErrors } from '@coco-release/core';
import { real } from '../../../test/helpers/paths.js';

/**
 * The graph format, the built-in CoCo graph read against the real upstream files, and the checks on what
 * those files hold. The tags and commits the checks ask about come from a table here (the action gets them
 * from GitHub's GraphQL API; its tests run that against the test GitHub server).
 */

const KATA_VERSIONS = real('kata-containers/kata-containers/versions.yaml');
const CAA_VERSIONS = real('confidential-containers/cloud-api-adaptor/src/cloud-api-adaptor/versions.yaml');
const PEERPODS_CHART = real(
  'confidential-containers/cloud-api-adaptor/src/cloud-api-adaptor/install/charts/peerpods/Chart.yaml',
);
const CHARTS_CHART = real('confidential-containers/charts/Chart.yaml');

const UPSTREAM: Record<string, string> = {
  'kata-containers/kata-containers:versions.yaml': KATA_VERSIONS,
  'confidential-containers/cloud-api-adaptor:src/cloud-api-adaptor/versions.yaml': CAA_VERSIONS,
  'confidential-containers/cloud-api-adaptor:src/cloud-api-adaptor/install/charts/peerpods/Chart.yaml': PEERPODS_CHART,
  'confidential-containers/charts:Chart.yaml': CHARTS_CHART,
};

// The upstream values (test/fixtures/real, SOURCES.md).
const TRUSTEE = '258ea4acb7b9bd865fce5c63a539f2120dba8298';
const GC_KATA = '304c21f29e26dbbb968783e41109f3b6d630e872';
const GC_CAA = 'dcd55ea16ea4f4bcb87c1420f16af92e9eb15f2f';
const KATA_400 = 'cf82bb35c80320178bf7570252fe75d6fb263209';
// Commits standing for tags this test needs (any 40-hex value: only equality matters to the checks).
const KATA_3220 = '3220000000000000000000000000000000000000';
const KATA_410 = '4100000000000000000000000000000000000000';
const NYDUS_01515 = '0151500000000000000000000000000000000000';

function read(graph: Graph, files: Record<string, string> = UPSTREAM): PinRead[] {
  return readPins(graph.pins, (pin: GraphPin) => {
    const repo = graph.components.get(pin.holder)!.repository;
    const text = files[`${repo}:${pin.file}`];
    return text === undefined ? undefined : { text, display: pin.file };
  });
}

/** What GitHub would answer: tags by repository, and the commits each repository has. */
function world(tags: Record<string, Record<string, string>>, commits: Record<string, string[]>): Lookups {
  return {
    tagCommit: (repo, tag) => tags[repo]?.[tag] ?? null,
    hasCommit: (repo, sha) => commits[repo]?.includes(sha) ?? false,
  };
}

const COCO_WORLD = world(
  {
    'kata-containers/kata-containers': { '3.22.0': KATA_3220, '4.0.0': KATA_400, '4.1.0': KATA_410 },
    'containerd/nydus-snapshotter': { 'v0.15.15': NYDUS_01515 },
  },
  {
    'confidential-containers/trustee': [TRUSTEE],
    'confidential-containers/guest-components': [GC_KATA, GC_CAA],
    'kata-containers/kata-containers': [KATA_3220, KATA_400, KATA_410],
  },
);

const readAt = () => ({ ref: 'main', commit: undefined });

describe('the built-in CoCo graph', async () => {
  const graph = await builtinGraph();

  it('passes the JSON Schema (the action skips it for the built-in graph)', async () => {
    const checked = await parseGraph(builtinGraphText(), 'coco.yaml');
    expect(checked.pins).toEqual(graph.pins);
  });

  it('names the six CoCo components with their tag formats, and eight pins', () => {
    expect([...graph.components.values()].map((c) => [c.name, c.repository, c.tagFormat.text, c.reference])).toEqual([
      ['kata-containers', 'kata-containers/kata-containers', '{version}', 'caa-kata-containers'],
      ['trustee', 'confidential-containers/trustee', 'v{version}', 'kata-coco-trustee'],
      ['guest-components', 'confidential-containers/guest-components', 'v{version}', 'kata-coco-guest-components'],
      ['cloud-api-adaptor', 'confidential-containers/cloud-api-adaptor', 'v{version}', undefined],
      ['charts', 'confidential-containers/charts', 'v{version}', undefined],
      ['nydus-snapshotter', 'containerd/nydus-snapshotter', 'v{version}', 'kata-nydus-snapshotter'],
    ]);
    expect(graph.pins.map((p) => p.id)).toEqual([
      'kata-coco-trustee',
      'kata-coco-guest-components',
      'kata-nydus-snapshotter',
      'caa-kbs',
      'caa-guest-components',
      'caa-kata-containers',
      'peerpods-kata-deploy',
      'charts-kata-deploy',
    ]);
  });

  it('reads every pin of the real upstream files: value, line and the version comment', () => {
    const reads = read(graph);
    expect(
      reads.map((r) => (r.ok ? [r.pin.id, r.read.value, r.read.line, r.read.comment, r.claim] : [r.pin.id, r.error])),
    ).toEqual([
      ['kata-coco-trustee', TRUSTEE, 299, undefined, undefined],
      ['kata-coco-guest-components', GC_KATA, 282, undefined, undefined],
      ['kata-nydus-snapshotter', 'v0.15.15', 350, undefined, undefined],
      ['caa-kbs', TRUSTEE, 51, undefined, undefined],
      ['caa-guest-components', GC_CAA, 64, undefined, undefined],
      ['caa-kata-containers', KATA_400, 61, 'v4.0.0', { token: 'v4.0.0', version: '4.0.0' }],
      ['peerpods-kata-deploy', '0.0.0-dev', 24, undefined, undefined],
      ['charts-kata-deploy', '3.22.0', 18, undefined, undefined],
    ]);
  });

  it('asks for exactly the tags and commits the values name', () => {
    const needs = lookupsNeeded(graph, read(graph), new Map([['kata-containers', '4.1.0']]));
    expect(needs.tags).toEqual([
      { repository: 'kata-containers/kata-containers', tag: '4.1.0' },
      { repository: 'containerd/nydus-snapshotter', tag: 'v0.15.15' },
      { repository: 'kata-containers/kata-containers', tag: '4.0.0' },
      { repository: 'kata-containers/kata-containers', tag: '3.22.0' },
    ]);
    expect(needs.commits).toEqual([
      { repository: 'confidential-containers/trustee', sha: TRUSTEE },
      { repository: 'confidential-containers/guest-components', sha: GC_KATA },
      { repository: 'confidential-containers/guest-components', sha: GC_CAA },
      { repository: 'kata-containers/kata-containers', sha: KATA_400 },
    ]);
  });

  it('upstream as it is: guest-components drift between Kata and cloud-api-adaptor, the charts ship Kata 3.22.0', () => {
    const report = checkGraph(graph, read(graph), COCO_WORLD, { readAt });
    expect(report.consistent).toBe(false);
    expect(report.pins.map((p) => [p.id, p.status, p.message])).toEqual([
      ['kata-coco-trustee', 'ok', 'the reference for trustee'],
      ['kata-coco-guest-components', 'ok', 'the reference for guest-components'],
      ['kata-nydus-snapshotter', 'ok', 'the reference for nydus-snapshotter'],
      ['caa-kbs', 'ok', ''],
      [
        'caa-guest-components',
        'drift',
        'kata-containers versions.yaml pins guest-components 304c21f; this pins dcd55ea',
      ],
      ['caa-kata-containers', 'ok', 'the reference for kata-containers'],
      [
        'peerpods-kata-deploy',
        'development',
        'the development value between releases (a release of kata-containers sets it)',
      ],
      [
        'charts-kata-deploy',
        'drift',
        'cloud-api-adaptor src/cloud-api-adaptor/versions.yaml pins kata-containers cf82bb3 (4.0.0); this pins 3.22.0',
      ],
    ]);
    expect(driftList(report)).toEqual([
      {
        holder: 'cloud-api-adaptor',
        repository: 'confidential-containers/cloud-api-adaptor',
        file: 'src/cloud-api-adaptor/versions.yaml',
        line: 64,
        path: '.oci.guest-components.reference',
        value: GC_CAA,
        expected: GC_KATA,
        set: `.oci.guest-components.reference=${GC_KATA}`,
      },
      {
        holder: 'charts',
        repository: 'confidential-containers/charts',
        file: 'Chart.yaml',
        line: 18,
        path: '.dependencies[name=kata-deploy].version',
        value: '3.22.0',
        expected: '4.0.0',
        set: '.dependencies[name=kata-deploy].version=4.0.0',
      },
    ]);
    const kata = report.pins.find((p) => p.id === 'caa-kata-containers')!;
    expect([kata.resolves, kata.version, kata.expected]).toEqual([
      KATA_400,
      '4.0.0',
      { value: KATA_400, why: 'tag 4.0.0 (the comment says v4.0.0)' },
    ]);
  });

  it('release kata-containers=4.1.0: every Kata pin must move, the comment too; 0.0.0-dev is drift then', () => {
    const release = parseRelease([{ text: 'kata-containers=4.1.0', line: 1 }], graph);
    const report = checkGraph(graph, read(graph), COCO_WORLD, { readAt, release });
    const kata = report.pins.filter((p) => p.component === 'kata-containers');
    expect(kata.map((p) => [p.id, p.status, p.message, p.set])).toEqual([
      [
        'caa-kata-containers',
        'drift',
        'pins cf82bb3, not release 4.1.0 (4100000)',
        `.oci.kata-containers.reference=${KATA_410} # v4.1.0`,
      ],
      [
        'peerpods-kata-deploy',
        'drift',
        'holds the development value 0.0.0-dev; release 4.1.0 needs 4.1.0',
        '.dependencies[name=kata-deploy].version=4.1.0',
      ],
      [
        'charts-kata-deploy',
        'drift',
        'pins 3.22.0, not release 4.1.0',
        '.dependencies[name=kata-deploy].version=4.1.0',
      ],
    ]);
    expect(report.release).toEqual({ 'kata-containers': '4.1.0' });
  });

  it('a # v4.0.0 comment on a commit that is not 4.0.0 is drift, fixed by the tagged commit (comment kept)', () => {
    const wrong = CAA_VERSIONS.replace(KATA_400, KATA_3220);
    const files = {
      ...UPSTREAM,
      'confidential-containers/cloud-api-adaptor:src/cloud-api-adaptor/versions.yaml': wrong,
    };
    const report = checkGraph(graph, read(graph, files), COCO_WORLD, { readAt });
    const kata = report.pins.find((p) => p.id === 'caa-kata-containers')!;
    expect([kata.status, kata.message, kata.set, kata.version]).toEqual([
      'drift',
      'the comment says v4.0.0, but 4.0.0 is cf82bb3, not 3220000',
      `.oci.kata-containers.reference=${KATA_400}`,
      undefined,
    ]);
    // The charts are checked against the reference as its fix leaves it (4.0.0), not against the wrong commit
    // it holds now (3.22.0's): applying every set line gives one consistent state.
    const charts = report.pins.find((p) => p.id === 'charts-kata-deploy')!;
    expect([charts.status, charts.message, charts.set]).toEqual([
      'drift',
      'cloud-api-adaptor src/cloud-api-adaptor/versions.yaml should pin kata-containers cf82bb3 (4.0.0), as its comment says; this pins 3.22.0',
      '.dependencies[name=kata-deploy].version=4.0.0',
    ]);
  });

  it('a commit that is not in the pinned repository is reported as not found, with no set line', () => {
    const report = checkGraph(graph, read(graph), world({}, {}), { readAt });
    const trustee = report.pins.filter((p) => p.component === 'trustee');
    expect(trustee.map((p) => [p.id, p.status, p.message, p.resolves, p.set])).toEqual([
      ['kata-coco-trustee', 'not-found', 'commit 258ea4a is not in confidential-containers/trustee', null, undefined],
      ['caa-kbs', 'not-found', 'commit 258ea4a is not in confidential-containers/trustee', null, undefined],
    ]);
    const kata = report.pins.find((p) => p.id === 'caa-kata-containers')!;
    expect([kata.status, kata.message]).toEqual([
      'not-found',
      'the comment says v4.0.0, but kata-containers/kata-containers has no tag 4.0.0; commit cf82bb3 is not in kata-containers/kata-containers',
    ]);
  });

  it('the commit each holder pins, for the subproject release workflow', () => {
    const report = checkGraph(graph, read(graph), COCO_WORLD, { readAt });
    expect(pinnedCommit(report, 'kata-containers', 'trustee')).toBe(TRUSTEE);
    expect(pinnedCommits(report)).toEqual({
      'kata-containers': { trustee: TRUSTEE, 'guest-components': GC_KATA, 'nydus-snapshotter': NYDUS_01515 },
      'cloud-api-adaptor': { trustee: TRUSTEE, 'guest-components': GC_CAA, 'kata-containers': KATA_400 },
      charts: { 'kata-containers': KATA_3220 },
    });
  });
});

describe('graph files', () => {
  const messages = async (text: string): Promise<string[]> => {
    try {
      await parseGraph(text, 'graph.yaml');
    } catch (e) {
      return e instanceof UserErrors ? e.errors.map((x) => x.toString()) : [String(e)];
    }
    return [];
  };

  it('reports every schema problem at its line', async () => {
    const text = [
      'components:',
      '  kata:',
      '    repository: kata-containers/kata-containers',
      '    tag-format: "{version}"',
      '    colour: blue',
      '  trustee:',
      '    repository: trustee',
      '    tag-format: v{version}',
      'pins:',
      '  - holder: kata',
      '    file: versions.yaml',
      '    path: .externals.coco-trustee.version',
      '    variable: TRUSTEE',
      '    component: trustee',
      '    kind: sha',
      '  - holder: kata',
      '    file: versions.yaml',
      '    path: .externals.coco-trustee.version',
      '    component: trustee',
      '',
    ].join('\n');
    expect(await messages(text)).toEqual([
      "graph.yaml:5:5: components.kata: unknown key 'colour'",
      "graph.yaml:7:17: components.trustee.repository: expected OWNER/NAME, got 'trustee'",
      "graph.yaml:10:5: pins[0]: a pin needs exactly one of 'path', 'variable' or 'pattern'",
      "graph.yaml:15:11: pins[0].kind: expected one of commit, tag, version, got 'sha'",
      "graph.yaml:16:5: pins[1]: 'kind' is required",
    ]);
  });

  it('reports names that do not exist, a bad tag format and a reference to another component', async () => {
    const text = [
      'components:',
      '  kata:',
      '    repository: kata-containers/kata-containers',
      '    tag-format: "{version}"',
      '    reference: kata-trustee',
      '  trustee:',
      '    repository: confidential-containers/trustee',
      '    tag-format: v{ver}',
      'pins:',
      '  - id: kata-trustee',
      '    holder: kata',
      '    file: versions.yaml',
      '    path: .externals.coco-trustee.version',
      '    component: trustee',
      '    kind: commit',
      '    development: 0.0.0-dev',
      '  - holder: katta',
      '    file: Makefile',
      '    variable: TRUSTEE_VERSION',
      '    component: trustee',
      '    kind: tag',
      '    claim: comment',
      '',
    ].join('\n');
    expect(await messages(text)).toEqual([
      "graph.yaml:8:17: 'components.trustee.tag-format' must hold {version} exactly once, such as v{version}, got 'v{ver}'",
      'graph.yaml:16:18: pins[0].development: only a version pin has a development value',
      "graph.yaml:17:13: pins[1].holder: no component 'katta' (components: kata, trustee)",
      "graph.yaml:22:12: pins[1].claim: an inline comment claim needs a YAML 'path' site",
      "graph.yaml:5:16: components.kata.reference: the pin 'kata-trustee' pins trustee, not kata",
    ]);
    expect(await messages('components: {}\npins: []\n')).toEqual(['graph.yaml:1:13: components: must not be empty']);
  });
});

describe('inputs', async () => {
  const graph = await builtinGraph();
  it('release takes a version with or without the tag prefix, and refuses what it cannot use', () => {
    expect(
      parseRelease(
        [
          { text: 'kata-containers=4.1.0', line: 1 },
          { text: 'trustee = v0.17.0', line: 2 },
        ],
        graph,
      ),
    ).toEqual(
      new Map([
        ['kata-containers', '4.1.0'],
        ['trustee', '0.17.0'],
      ]),
    );
    expect(() =>
      parseRelease(
        [
          { text: 'kata=4.1.0', line: 1 },
          { text: 'trustee=latest', line: 2 },
          { text: 'charts=v0.16.0', line: 3 },
          { text: 'kata-containers', line: 4 },
        ],
        graph,
      ),
    ).toThrow(
      [
        "input 'release' line 1: no component 'kata' in coco.yaml (components: kata-containers, trustee, guest-components, cloud-api-adaptor, charts, nydus-snapshotter)",
        "input 'release' line 2: 'latest' is not a version such as 4.1.0 or v0.17.0",
        "input 'release' line 3: nothing in coco.yaml pins charts",
        "input 'release' line 4: expected COMPONENT=VERSION, got 'kata-containers'",
      ].join('\n'),
    );
  });

  it('at names a holder and a ref', () => {
    expect(parseAt([{ text: 'kata-containers=4.1.0', line: 1 }], graph)).toEqual(
      new Map([['kata-containers', '4.1.0']]),
    );
    expect(() =>
      parseAt(
        [
          { text: 'trustee=main', line: 1 },
          { text: 'charts=main:Chart.yaml', line: 2 },
        ],
        graph,
      ),
    ).toThrow(
      [
        "input 'at' line 1: no pin of coco.yaml is held by trustee",
        "input 'at' line 2: 'main:Chart.yaml' is not a branch, tag or commit name",
      ].join('\n'),
    );
  });
});

describe('the report keeps values as data', async () => {
  const graph = await parseGraph(
    [
      'components:',
      '  a: { repository: o/a, tag-format: "v{version}" }',
      '  b: { repository: o/b, tag-format: "v{version}" }',
      'pins:',
      '  - { holder: a, file: x.yaml, path: .b, component: b, kind: tag }',
      '',
    ].join('\n'),
    'g.yaml',
  );

  it('a file name with parentheses cannot end its link early', async () => {
    const g = await parseGraph(
      [
        'components:',
        '  a: { repository: o/a, tag-format: "v{version}" }',
        '  b: { repository: o/b, tag-format: "v{version}" }',
        'pins:',
        '  - { holder: a, file: "old (v1)/x.yaml", path: .b, component: b, kind: tag }',
        '',
      ].join('\n'),
      'g.yaml',
    );
    const reads = readPins(g.pins, () => ({ text: 'b: v1.0.0\n', display: 'x.yaml' }));
    const report = checkGraph(g, reads, world({ 'o/b': { 'v1.0.0': 'e'.repeat(40) } }, {}), {
      readAt: () => ({ ref: 'main', commit: 'c'.repeat(40) }),
    });
    expect(pinTable(report)).toContain(
      `| a | [\`old (v1)/x.yaml:1\`](https://github.com/o/a/blob/${'c'.repeat(40)}/old%20%28v1%29/x.yaml#L1)<br>\`.b\` | \`v1.0.0\` | \`v1.0.0\` → \`eeeeeee\` | reference | ✓ ok |`,
    );
  });

  it('a hostile value cannot break the mermaid graph or the table', () => {
    const hostile = 'v1"]; click c0 call alert() |x| `y` <img src=x>';
    const reads = readPins(graph.pins, () => ({ text: `b: '${hostile}'\n`, display: 'x.yaml' }));
    const report = checkGraph(graph, reads, world({}, {}), { readAt });
    expect([report.pins[0]!.status, report.pins[0]!.message]).toEqual([
      'error',
      `expected a tag name, got '${hostile}'`,
    ]);
    expect(mermaidGraph(graph, report)).toBe(
      [
        'flowchart LR',
        '  c0["a<br/>main"]',
        '  c1["b"]',
        '  c0 -->|"v1#34;#93;#59; click c0 call alert#40;#41; #124;x#124; #96;y#96; #60;img src=x#62;"| c1',
        '  linkStyle 0 stroke:#d1242f,stroke-width:3px,color:#d1242f',
        '',
      ].join('\n'),
    );
    expect(pinTable(report)).toBe(
      [
        '| holder | file:line | value | resolves to | expected | status |',
        '| --- | --- | --- | --- | --- | --- |',
        '| a | [`x.yaml:1`](https://github.com/o/a/blob/main/x.yaml#L1)<br>`.b` | ``v1"]; click c0 call alert() \\|x\\| `y` <img src=x>`` | — | reference | ✗ unreadable |',
        '',
      ].join('\n'),
    );
  });
});
