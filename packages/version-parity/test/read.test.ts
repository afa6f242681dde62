import { describe, expect, it } from 'vitest';
import { real } from '../../../test/helpers/paths.js';
import {
  compareValues,
  mismatchMessage,
  readSelector,
  readVariable,
  readYamlValue,
  variableFileKind,
} from '../src/index.js';

const KATA_VERSIONS = real('kata-containers/kata-containers/versions.yaml');
const thrown = async (fn: () => unknown): Promise<string> => {
  try {
    await fn();
  } catch (e) {
    return String(e);
  }
  throw new Error('expected an error');
};

/** Shaped like confidential-containers/operator install/pre-install-payload/Makefile, with its real pin. */
const OPERATOR_MAKEFILE = `MK_DIR :=$(dir $(realpath $(firstword $(MAKEFILE_LIST))))

# The containerd and nydus-snapshotter versions shipped by the pre-install payload.
COCO_CONTAINERD_VERSION = 1.6.8.2
OFFICIAL_CONTAINERD_VERSION = 1.7.7
NYDUS_SNAPSHOTTER_VERSION = v0.15.2
NYDUS_SNAPSHOTTER_REPO ?= https://github.com/containerd/nydus-snapshotter

reqs-image:
\tregistry="\${REGISTRY}" \\
\tnydus_snapshotter_version="\${NYDUS_SNAPSHOTTER_VERSION}" \\
\tNYDUS_SNAPSHOTTER_VERSION=v9.9.9 \${MK_DIR}/payload.sh
`;

describe('the real Kata versions.yaml', () => {
  it('reads .externals.nydus-snapshotter.version', async () => {
    expect(readYamlValue(KATA_VERSIONS, 'versions.yaml', '.externals.nydus-snapshotter.version')).toEqual({
      value: 'v0.15.15',
      line: 350,
      col: 14,
    });
  });

  it('reports the real drift against the operator Makefile with both values', async () => {
    const kata = readSelector(KATA_VERSIONS, 'versions.yaml', {
      kind: 'yaml',
      path: '.externals.nydus-snapshotter.version',
    });
    const operator = readSelector(OPERATOR_MAKEFILE, 'install/pre-install-payload/Makefile', {
      kind: 'variable',
      name: 'NYDUS_SNAPSHOTTER_VERSION',
    });
    expect(operator).toEqual({ value: 'v0.15.2', line: 6, col: 29 });
    const report = compareValues(
      [
        { label: 'kata', location: 'versions.yaml#.externals.nydus-snapshotter.version', ...kata },
        { label: 'operator', location: 'Makefile#NYDUS_SNAPSHOTTER_VERSION', ...operator },
      ],
      { normalize: true },
    );
    expect(report.match).toBe(false);
    expect(mismatchMessage(report)).toBe(
      "the sources disagree: kata = 'v0.15.15' (versions.yaml#.externals.nydus-snapshotter.version, line 350); " +
        "operator = 'v0.15.2' (Makefile#NYDUS_SNAPSHOTTER_VERSION, line 6). " +
        "No majority: 'v0.15.15' (1) vs 'v0.15.2' (1).",
    );
  });

  it('explains a path that matches nothing or a non-scalar', async () => {
    expect(await thrown(() => readYamlValue(KATA_VERSIONS, 'versions.yaml', '.externals.nydus-snapshotter.tag'))).toBe(
      "versions.yaml:348: .externals.nydus-snapshotter.tag: no key 'tag' in the mapping at line 348",
    );
    expect(await thrown(() => readYamlValue(KATA_VERSIONS, 'versions.yaml', '.externals.nydus-snapshotter'))).toBe(
      'versions.yaml:348:5: .externals.nydus-snapshotter is a mapping, not a scalar value',
    );
    expect(
      await thrown(() => readYamlValue(KATA_VERSIONS, 'versions.yaml', '.externals.nydus-snapshoter.version')),
    ).toBe(
      "versions.yaml:219: .externals.nydus-snapshoter.version: no key 'nydus-snapshoter' in the mapping at line 219",
    );
  });
});

describe('YAML values', () => {
  it('follows anchors, aliases and merge keys', async () => {
    const text = 'base: &b\n  version: "v0.15.15"\nalias: *b\nmerged:\n  <<: *b\n  url: x\nref: &r v1.2.3\nuse: *r\n';
    for (const path of ['.base.version', '.alias.version', '.merged.version']) {
      expect(readYamlValue(text, 'f.yaml', path).value).toBe('v0.15.15');
    }
    expect(readYamlValue(text, 'f.yaml', '.use')).toEqual({ value: 'v1.2.3', line: 7, col: 9 });
  });

  it('reads plain scalars as written, not as YAML numbers', async () => {
    expect(readYamlValue('a: 1.10\nb: 0x1F\nc: 1e3 # c\nd: "1.10"\n', 'f.yaml', '.a').value).toBe('1.10');
    expect(readYamlValue('a: 1.10\nb: 0x1F\n', 'f.yaml', '.b').value).toBe('0x1F');
    expect(readYamlValue('c: 1e3 # c\n', 'f.yaml', '.c').value).toBe('1e3');
    expect(readYamlValue("d: 'it''s'\n", 'f.yaml', '.d').value).toBe("it's");
    expect(
      readYamlValue('images:\n  - name: kbs\n    newTag: v0.15.2\n', 'f.yaml', '.images[name=kbs].newTag').value,
    ).toBe('v0.15.2');
  });

  it('refuses an empty value and a sequence', async () => {
    expect(await thrown(() => readYamlValue('a:\nb: [1]\n', 'f.yaml', '.a'))).toBe(
      'f.yaml:1:3: .a is an empty value, not a scalar value',
    );
    expect(await thrown(() => readYamlValue('a:\nb: [1]\n', 'f.yaml', '.b'))).toBe(
      'f.yaml:2:4: .b is a sequence, not a scalar value',
    );
  });
});

describe('file kinds', () => {
  it.each([
    ['Makefile', 'make'],
    ['install/pre-install-payload/Makefile', 'make'],
    ['GNUmakefile', 'make'],
    ['makefile', 'make'],
    ['build/versions.mk', 'make'],
    ['Makefile.common', 'make'],
    ['Dockerfile', 'docker'],
    ['images/Dockerfile.ubuntu', 'docker'],
    ['x/Containerfile', 'docker'],
    ['podvm.dockerfile', 'docker'],
    ['hack/versions.sh', 'shell'],
    ['versions.env', 'shell'],
    ['install.bash', 'shell'],
  ])('%s is read as %s', async (file, kind) => {
    expect(variableFileKind(file)).toBe(kind);
  });
});

const V = 'NYDUS_SNAPSHOTTER_VERSION';

describe('Makefile assignments', () => {
  it.each([
    ['NYDUS_SNAPSHOTTER_VERSION = v0.15.2', 1, 29],
    ['NYDUS_SNAPSHOTTER_VERSION=v0.15.2', 1, 27],
    ['NYDUS_SNAPSHOTTER_VERSION := v0.15.2', 1, 30],
    ['NYDUS_SNAPSHOTTER_VERSION ::= v0.15.2', 1, 31],
    ['NYDUS_SNAPSHOTTER_VERSION :::= v0.15.2', 1, 32],
    ['NYDUS_SNAPSHOTTER_VERSION ?= v0.15.2', 1, 30],
    ['export NYDUS_SNAPSHOTTER_VERSION = v0.15.2', 1, 36],
    ['export NYDUS_SNAPSHOTTER_VERSION ?= v0.15.2', 1, 37],
    ['override NYDUS_SNAPSHOTTER_VERSION = v0.15.2', 1, 38],
    ['override export NYDUS_SNAPSHOTTER_VERSION := v0.15.2', 1, 46],
    ['NYDUS_SNAPSHOTTER_VERSION = "v0.15.2"', 1, 29],
    ["NYDUS_SNAPSHOTTER_VERSION = 'v0.15.2'", 1, 29],
    ['NYDUS_SNAPSHOTTER_VERSION = v0.15.2 # keep in sync with Kata', 1, 29],
    ['NYDUS_SNAPSHOTTER_VERSION = v0.15.2# no blank', 1, 29],
    ['NYDUS_SNAPSHOTTER_VERSION  =   v0.15.2   ', 1, 32],
    ['# NYDUS_SNAPSHOTTER_VERSION = v0.1.0\nNYDUS_SNAPSHOTTER_VERSION = v0.15.2', 2, 29],
  ])('%j', async (text, line, col) => {
    expect(readVariable(`${text}\n`, 'Makefile', V)).toEqual({
      value: 'v0.15.2',
      line,
      col,
    });
  });

  it('ignores recipe lines, other variables that contain the name, and conditionals that agree', async () => {
    expect(readVariable(OPERATOR_MAKEFILE, 'Makefile', V).value).toBe('v0.15.2');
    const text = `${V}_SHA = abc\nMY_${V} = v1\nifeq ($(ARCH),s390x)\n${V} ?= v0.15.2\nelse\n${V} ?= v0.15.2\nendif\n`;
    expect(readVariable(text, 'Makefile', V)).toEqual({ value: 'v0.15.2', line: 4, col: 30 });
  });

  it('refuses a variable assigned twice with different values, naming both', async () => {
    const text = `${V} = v0.15.2\nifeq ($(ARCH),s390x)\n${V} = v0.15.3\nendif\n`;
    expect(await thrown(() => readVariable(text, 'Makefile', V))).toBe(
      `Makefile:3:29: ${V} is assigned more than once with different values: 'v0.15.2' (line 1), 'v0.15.3' (line 3)`,
    );
  });

  it.each([
    [
      `${V} += v0.15.2`,
      `Makefile:1: ${V} is set with '+=', which needs Make to evaluate; the check needs a plain value`,
    ],
    [
      `${V} != git describe`,
      `Makefile:1: ${V} is set with '!=', which needs Make to evaluate; the check needs a plain value`,
    ],
    [
      `${V} = $(shell cat VERSION)`,
      `Makefile:1: ${V} = $(shell cat VERSION) refers to other variables or functions; the check needs a literal value`,
    ],
    [
      `${V} := \${BASE}.2`,
      `Makefile:1: ${V} = \${BASE}.2 refers to other variables or functions; the check needs a literal value`,
    ],
    [`${V} = v0.15.2 \\\n  more`, `Makefile:1: ${V} continues on the next line; the check needs a one-line value`],
  ])('refuses %j', async (text, message) => {
    expect(await thrown(() => readVariable(text, 'Makefile', V))).toBe(message);
  });

  it('says where it looked when nothing assigns the variable', async () => {
    expect(
      await thrown(() => readVariable('NYDUS_VERSION = 1\n\tNYDUS_SNAPSHOTTER_VERSION = 2\n', 'Makefile', V)),
    ).toBe(
      `Makefile: no assignment to ${V} (looked for Makefile assignments NAME = v, NAME := v, NAME ::= v, NAME ?= v, export NAME = v, override NAME = v)`,
    );
    expect(await thrown(() => readVariable(`export ${V}\n`, 'Makefile', V))).toBe(
      `Makefile: no assignment to ${V} (looked for Makefile assignments NAME = v, NAME := v, NAME ::= v, NAME ?= v, export NAME = v, override NAME = v); it is declared without a value on line 1 (set at build time?)`,
    );
  });
});

describe('shell assignments', () => {
  it.each([
    ['NYDUS_SNAPSHOTTER_VERSION=v0.15.2', 27],
    ['NYDUS_SNAPSHOTTER_VERSION="v0.15.2"', 27],
    ["NYDUS_SNAPSHOTTER_VERSION='v0.15.2'", 27],
    ['export NYDUS_SNAPSHOTTER_VERSION=v0.15.2', 34],
    ['export NYDUS_SNAPSHOTTER_VERSION="v0.15.2"', 34],
    ['readonly NYDUS_SNAPSHOTTER_VERSION=v0.15.2', 36],
    ['readonly NYDUS_SNAPSHOTTER_VERSION="v0.15.2" # pinned', 36],
    ['declare -r NYDUS_SNAPSHOTTER_VERSION=v0.15.2', 38],
    ['  local NYDUS_SNAPSHOTTER_VERSION=v0.15.2', 35],
    ['NYDUS_SNAPSHOTTER_VERSION=v0.15.2 # keep in sync with Kata', 27],
    ['NYDUS_SNAPSHOTTER_VERSION=v0.15.2; export NYDUS_SNAPSHOTTER_VERSION', 27],
    ['export NYDUS_SNAPSHOTTER_VERSION=v0.15.2 OTHER=1', 34],
    ['NYDUS_SNAPSHOTTER_VERSION="${NYDUS_SNAPSHOTTER_VERSION:-v0.15.2}"', 27],
    ['NYDUS_SNAPSHOTTER_VERSION=${NYDUS_SNAPSHOTTER_VERSION:-"v0.15.2"}', 27],
    [': "${NYDUS_SNAPSHOTTER_VERSION:=v0.15.2}"', 4],
  ])('%j', async (text, col) => {
    const script = `#!/usr/bin/env bash\nset -o errexit\n\n${text}\necho "\${NYDUS_SNAPSHOTTER_VERSION}"\n`;
    expect(readVariable(script, 'hack/versions.sh', V)).toEqual({ value: 'v0.15.2', line: 4, col });
  });

  it('does not take `NAME=v command` (an environment for one command) as the script’s value', async () => {
    const script = `NYDUS_SNAPSHOTTER_VERSION=v9 ./install.sh\n${V}=v0.15.2\n`;
    expect(readVariable(script, 'install.sh', V)).toEqual({ value: 'v0.15.2', line: 2, col: 27 });
  });

  it('keeps `#` inside a word and spaces inside quotes', async () => {
    expect(readVariable(`${V}=v1#2\n`, 'a.sh', V).value).toBe('v1#2');
    expect(readVariable(`${V}="a b" # c\n`, 'a.sh', V).value).toBe('a b');
  });

  it.each([
    [
      `${V}=$(curl -s https://api.github.com/x)`,
      `a.sh:1: ${V}=$(curl -s https://api.github.com/x) is computed when the script runs ($ or \`); the check needs a literal value`,
    ],
    [
      `${V}="\${BASE}.2"`,
      `a.sh:1: ${V}="\${BASE}.2" is computed when the script runs ($ or \`); the check needs a literal value`,
    ],
    [`${V}="v0.15.2`, 'a.sh:1: unterminated double quote'],
    [`${V}+=v1`, `a.sh:1: ${V} is appended to with '+='; the check needs a plain value`],
  ])('refuses %j', async (text, message) => {
    expect(await thrown(() => readVariable(text, 'a.sh', V))).toBe(message);
  });

  it('refuses two different values and accepts two equal ones', async () => {
    expect(readVariable(`${V}=v0.15.2\nexport ${V}="v0.15.2"\n`, 'a.sh', V)).toEqual({
      value: 'v0.15.2',
      line: 1,
      col: 27,
    });
    expect(await thrown(() => readVariable(`${V}=v0.15.2\nif x; then\n  ${V}=v0.15.15\nfi\n`, 'a.sh', V))).toBe(
      `a.sh:3:29: ${V} is assigned more than once with different values: 'v0.15.2' (line 1), 'v0.15.15' (line 3)`,
    );
  });

  it('says where it looked', async () => {
    expect(await thrown(() => readVariable(`echo ${V}\n`, 'a.sh', V))).toBe(
      `a.sh: no assignment to ${V} (looked for shell assignments NAME=v, NAME="v", export NAME=v, readonly NAME=v)`,
    );
  });
});

describe('Dockerfile instructions', () => {
  it.each([
    ['ARG NYDUS_SNAPSHOTTER_VERSION=v0.15.2', 31],
    ['ARG NYDUS_SNAPSHOTTER_VERSION="v0.15.2"', 31],
    ['arg NYDUS_SNAPSHOTTER_VERSION=v0.15.2', 31],
    ['ENV NYDUS_SNAPSHOTTER_VERSION=v0.15.2', 31],
    ["ENV NYDUS_SNAPSHOTTER_VERSION='v0.15.2'", 31],
    ['ENV NYDUS_SNAPSHOTTER_VERSION v0.15.2', 31],
    ['ENV PATH=/usr/bin NYDUS_SNAPSHOTTER_VERSION=v0.15.2', 45],
    ['ARG NYDUS_SNAPSHOTTER_VERSION=v0.15.2 # keep in sync with Kata', 31],
    ['ARG NYDUS_SNAPSHOTTER_VERSION=${NYDUS_SNAPSHOTTER_VERSION:-v0.15.2}', 31],
  ])('%j', async (text, col) => {
    const dockerfile = `FROM alpine:3.18 AS base\n\n${text}\nRUN curl -fOL https://x/\${NYDUS_SNAPSHOTTER_VERSION}/y.tgz\n`;
    expect(readVariable(dockerfile, 'Dockerfile', V)).toEqual({ value: 'v0.15.2', line: 3, col });
  });

  it('refuses a value that needs the build, and explains an ARG with no default', async () => {
    expect(await thrown(() => readVariable(`ARG ${V}=\${BASE}\n`, 'Dockerfile', V))).toBe(
      `Dockerfile:1: ARG ${V}=\${BASE} refers to other variables; the check needs a literal value`,
    );
    expect(await thrown(() => readVariable(`FROM x\nARG ${V}\nRUN echo $${V}\n`, 'Dockerfile', V))).toBe(
      `Dockerfile: no assignment to ${V} (looked for Dockerfile instructions ARG NAME=v, ENV NAME=v); it is declared without a value on line 2 (set at build time?)`,
    );
  });

  it('refuses two stages that disagree', async () => {
    const text = `FROM a AS one\nARG ${V}=v0.15.2\nFROM b AS two\nARG ${V}=v0.15.15\n`;
    expect(await thrown(() => readVariable(text, 'Dockerfile', V))).toBe(
      `Dockerfile:4:31: ${V} is assigned more than once with different values: 'v0.15.2' (line 2), 'v0.15.15' (line 4)`,
    );
  });
});

describe('comparison', () => {
  const values = (...vs: string[]) =>
    vs.map((value, i) => ({ label: `s${i + 1}`, location: `f${i + 1}#X`, value, line: 1 }));

  it.each([
    ['v0.15.2', '0.15.2', true, false],
    ['v0.15.2', 'V0.15.2', true, false],
    [' v0.15.2 ', 'v0.15.2', true, false],
    ['0.15.2', '0.15.20', false, false],
    ['0.15', '0.15.0', false, false],
    ['1.0.0-rc1', '1.0.0', false, false],
    ['1.0.0+a', '1.0.0+b', false, false],
    ['vendor', 'endor', false, false],
    ['v0.15.15', 'v0.15.15', true, true],
  ])('%j = %j: normalised %s, exact %s', async (a, b, normalised, exact) => {
    expect(compareValues(values(a, b), { normalize: true }).match).toBe(normalised);
    expect(compareValues(values(a, b), { normalize: false }).match).toBe(exact);
  });

  it('names the majority and who differs', async () => {
    const report = compareValues(values('v0.15.15', '0.15.15', 'v0.15.2'), { normalize: true });
    expect(report.entries.map((e) => e.agrees)).toEqual([true, true, false]);
    expect(mismatchMessage(report)).toBe(
      "the sources disagree: s1 = 'v0.15.15' (f1#X, line 1); s2 = '0.15.15' (f2#X, line 1); s3 = 'v0.15.2' (f3#X, line 1). " +
        "Majority: 'v0.15.15' / '0.15.15' (2 of 3 sources); differing: s3.",
    );
  });

  it('marks nobody as agreeing when there is no majority', async () => {
    const report = compareValues(values('1', '2', '3', '3', '4', '4'), { normalize: true });
    expect(report.majority).toBeUndefined();
    expect(report.entries.every((e) => !e.agrees)).toBe(true);
    expect(mismatchMessage(report)).toMatch(/No majority: '3' \(2\) vs '4' \(2\) vs '1' \(1\) vs '2' \(1\)\.$/);
  });
});
