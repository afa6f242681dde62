import { describe, expect, it } from 'vitest';
import { parseLines } from '@coco-release/core';
import { fileKey, parseSources } from '../src/index.js';
import { thrown } from '../../../test/helpers/errors.js';

const parse = (text: string) => parseSources(parseLines(text));

const KATA = 'github:kata-containers/kata-containers@main:versions.yaml#.externals.nydus-snapshotter.version';
const OPERATOR =
  'github:confidential-containers/operator@main:install/pre-install-payload/Makefile#NYDUS_SNAPSHOTTER_VERSION';

describe('parseSources', () => {
  it('reads remote and local locations, YAML paths and variable names', () => {
    const sources = parse(
      `# pins of nydus-snapshotter\nkata=${KATA}\n\noperator = ${OPERATOR}\nlocal=kata/versions.yaml#.images[name=kbs].newTag\ncharts=values.yaml#."key.with.dots"\n`,
    );
    expect(sources).toEqual([
      {
        label: 'kata',
        file: { kind: 'github', owner: 'kata-containers', repo: 'kata-containers', ref: 'main', path: 'versions.yaml' },
        selector: { kind: 'yaml', path: '.externals.nydus-snapshotter.version' },
        location: KATA,
        line: 2,
      },
      {
        label: 'operator',
        file: {
          kind: 'github',
          owner: 'confidential-containers',
          repo: 'operator',
          ref: 'main',
          path: 'install/pre-install-payload/Makefile',
        },
        selector: { kind: 'variable', name: 'NYDUS_SNAPSHOTTER_VERSION' },
        location: OPERATOR,
        line: 4,
      },
      {
        label: 'local',
        file: { kind: 'local', path: 'kata/versions.yaml' },
        selector: { kind: 'yaml', path: '.images[name=kbs].newTag' },
        location: 'kata/versions.yaml#.images[name=kbs].newTag',
        line: 5,
      },
      {
        label: 'charts',
        file: { kind: 'local', path: 'values.yaml' },
        selector: { kind: 'yaml', path: '."key.with.dots"' },
        location: 'values.yaml#."key.with.dots"',
        line: 6,
      },
    ]);
    expect(sources.map((s) => fileKey(s.file))).toEqual([
      'github:kata-containers/kata-containers@main:versions.yaml',
      'github:confidential-containers/operator@main:install/pre-install-payload/Makefile',
      'kata/versions.yaml',
      'values.yaml',
    ]);
  });

  it('takes refs with slashes, tags and SHAs', () => {
    const [a, b] = parse(
      'a=github:o/r.go@release/v1.2:a/b.yaml#.x\nb=github:o-1/r_2@7c6ba40c54ea29b459b4997cff948caaba4e658b:/Dockerfile#V',
    );
    expect(a!.file).toEqual({ kind: 'github', owner: 'o', repo: 'r.go', ref: 'release/v1.2', path: 'a/b.yaml' });
    expect(b!.file).toEqual({
      kind: 'github',
      owner: 'o-1',
      repo: 'r_2',
      ref: '7c6ba40c54ea29b459b4997cff948caaba4e658b',
      path: 'Dockerfile',
    });
  });

  it.each([
    [
      'no = at all',
      'kata versions.yaml#.a',
      "sources line 1: expected LABEL=LOCATION with LOCATION [github:OWNER/REPO@REF:]PATH#SELECTOR, got 'kata versions.yaml#.a'",
    ],
    [
      'an empty label',
      '=versions.yaml#.a',
      "sources line 1: expected LABEL=LOCATION with LOCATION [github:OWNER/REPO@REF:]PATH#SELECTOR, got '=versions.yaml#.a'",
    ],
    [
      'an empty location',
      'kata=',
      "sources line 1: expected LABEL=LOCATION with LOCATION [github:OWNER/REPO@REF:]PATH#SELECTOR, got 'kata='",
    ],
    [
      'no selector',
      'kata=versions.yaml',
      "sources line 1: 'kata' has no selector; end the location with #.yaml.path or #VARIABLE_NAME",
    ],
    [
      'an empty selector',
      'kata=versions.yaml#',
      "sources line 1: 'kata' has no selector; end the location with #.yaml.path or #VARIABLE_NAME",
    ],
    ['no file', 'kata=#.a', "sources line 1: 'kata' names no file before '#'"],
    [
      'a selector that is neither',
      'kata=Makefile#NYDUS-VERSION',
      "sources line 1: selector 'NYDUS-VERSION' is neither a YAML path (starting with '.') nor a variable name",
    ],
    [
      'a broken YAML path',
      'kata=v.yaml#.images[name=kbs',
      "sources line 1: invalid path '.images[name=kbs': expected ']' to close the selector at character 17",
    ],
    [
      'a URL',
      'kata=https://github.com/kata-containers/kata-containers/blob/main/versions.yaml#.a',
      "sources line 1: 'https://github.com/kata-containers/kata-containers/blob/main/versions.yaml' is a URL; a remote file is written github:OWNER/REPO@REF:PATH#SELECTOR",
    ],
  ])('refuses %s', (_what, line, message) => {
    expect(thrown(() => parse(`${line}\nother=Makefile#X`))).toBe(message);
  });

  it.each([
    ['no ref', 'github:kata-containers/kata-containers:versions.yaml'],
    ['no path', 'github:kata-containers/kata-containers@main'],
    ['an empty path', 'github:kata-containers/kata-containers@main:'],
    ['no repository', 'github:kata-containers@main:versions.yaml'],
    ['an empty ref', 'github:kata-containers/kata-containers@:versions.yaml'],
    ['a nested owner', 'github:a/b/c@main:versions.yaml'],
    ['a path leaving the repository', 'github:o/r@main:../x.yaml'],
    ['a capitalised scheme', 'GitHub:o/r@main:x.yaml'],
  ])('refuses an unknown github: form with %s', (_what, where) => {
    const message = thrown(() => parse(`kata=${where}#.a\nother=Makefile#X`));
    expect(message).toBe(
      where.includes('..')
        ? `sources line 1: unknown github: form '${where}'; PATH must be a file path inside the repository`
        : `sources line 1: unknown github: form '${where}'; expected github:OWNER/REPO@REF:PATH#SELECTOR`,
    );
  });

  it('refuses a duplicate label, naming the first use', () => {
    expect(thrown(() => parse('kata=a.yaml#.x\nop=Makefile#V\n\nkata=b.yaml#.y'))).toBe(
      "sources line 4: duplicate label 'kata' (first used on line 1)",
    );
  });

  it('refuses fewer than two sources', () => {
    expect(thrown(() => parse(''))).toBe("input 'sources' needs at least two sources to compare, got 0");
    expect(thrown(() => parse(`kata=${KATA}`))).toBe(
      "input 'sources' needs at least two sources to compare, got 1 ('kata')",
    );
  });

  it('reports every bad line at once', () => {
    expect(thrown(() => parse('a=x.yaml#.a\nbroken\na=y.yaml#.b\nc=github:o/r:x#.c'))).toBe(
      [
        "sources line 2: expected LABEL=LOCATION with LOCATION [github:OWNER/REPO@REF:]PATH#SELECTOR, got 'broken'",
        "sources line 3: duplicate label 'a' (first used on line 1)",
        "sources line 4: unknown github: form 'github:o/r:x'; expected github:OWNER/REPO@REF:PATH#SELECTOR",
      ].join('\n'),
    );
  });
});
