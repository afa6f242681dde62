import { describe, expect, it } from 'vitest';
import { applyEdits } from '@coco-release/core';
import { parseGoMod, setRequireVersions, validateReleaseVersion, isPseudoVersion, ZERO_PSEUDO } from '../src/index.js';
import { real } from '../../../test/helpers/paths.js';

const CAA = 'confidential-containers/cloud-api-adaptor/src';
const PREFIX = 'github.com/confidential-containers/cloud-api-adaptor/src';

describe('parseGoMod on the real cloud-api-adaptor go.mod files', () => {
  const cases = [
    { dir: 'cloud-providers', requires: 135, indirect: 99, replaces: 0 },
    { dir: 'peerpod-ctrl', requires: 136, indirect: 129, replaces: 1 },
    { dir: 'cloud-api-adaptor', requires: 232, indirect: 170, replaces: 2 },
    { dir: 'webhook', requires: 85, indirect: 78, replaces: 0 },
    { dir: 'cloud-api-adaptor/podvm', requires: 0, indirect: 0, replaces: 0 },
  ];
  for (const c of cases) {
    it(`${c.dir}: module, go, requires, // indirect, replace`, () => {
      const mod = parseGoMod(real(`${CAA}/${c.dir}/go.mod`), `src/${c.dir}/go.mod`);
      expect(mod.module?.path).toBe(`${PREFIX}/${c.dir}`);
      expect(mod.go).toBe(c.dir.endsWith('podvm') ? '1.23.0' : '1.25.13');
      expect(mod.requires).toHaveLength(c.requires);
      expect(mod.requires.filter((r) => r.indirect)).toHaveLength(c.indirect);
      expect(mod.replaces).toHaveLength(c.replaces);
      // Every version span holds exactly the version text.
      for (const r of mod.requires) expect(mod.source.slice(r.versionStart, r.versionEnd)).toBe(r.version);
    });
  }

  it('cloud-api-adaptor: internal requires are zero pseudo-versions replaced by directories, at their lines', () => {
    const mod = parseGoMod(real(`${CAA}/cloud-api-adaptor/go.mod`), 'src/cloud-api-adaptor/go.mod');
    const internal = mod.requires.filter((r) => r.path.startsWith(PREFIX));
    expect(internal.map((r) => [r.path, r.version, r.line, r.indirect])).toEqual([
      [`${PREFIX}/cloud-providers`, ZERO_PSEUDO, 71, false],
      [`${PREFIX}/peerpod-ctrl`, ZERO_PSEUDO, 72, false],
    ]);
    expect(mod.replaces).toEqual([
      { oldPath: `${PREFIX}/cloud-providers`, newPath: '../cloud-providers', local: true, line: 251 },
      { oldPath: `${PREFIX}/peerpod-ctrl`, newPath: '../peerpod-ctrl', local: true, line: 253 },
    ]);
    const single = mod.requires.find((r) => r.path === 'github.com/oklog/ulid/v2')!;
    expect([single.version, single.indirect, single.line]).toEqual(['v2.1.2', true, 78]);
  });

  it('podvm: leading comments (with a literal \\x2d) before the module line', () => {
    const mod = parseGoMod(real(`${CAA}/cloud-api-adaptor/podvm/go.mod`), 'podvm/go.mod');
    expect(mod.module).toEqual({ path: `${PREFIX}/cloud-api-adaptor/podvm`, line: 5 });
  });
});

const EVERYTHING = `// A module with every directive.
module "example.com/m/v2" // quoted path

go 1.23
toolchain go1.24.1

godebug (
	default=go1.21
	panicnil=1
)

require example.com/single v1.0.0 // indirect

require (
	example.com/a v1.2.3
	example.com/b v0.0.0-20240101000000-abcdefabcdef // indirect; kept for x
	"example.com/quoted" "v1.0.0"
	// a standalone comment
	example.com/c v1.0.0 //indirect
)

require ()

exclude example.com/a v1.2.2
exclude (
	example.com/b v0.1.0
)

replace example.com/a => ../a
replace example.com/b v0.1.0 => example.com/b-fork v0.1.1
replace (
	example.com/c => /abs/c
)

retract v2.0.1 // published by mistake
retract [v2.0.2, v2.0.5]

tool example.com/tool/cmd
ignore ./node_modules
`;

describe('parseGoMod: every directive', () => {
  const mod = parseGoMod(EVERYTHING, 'go.mod');
  it('module, go, toolchain', () => {
    expect(mod.module).toEqual({ path: 'example.com/m/v2', line: 2 });
    expect(mod.go).toBe('1.23');
    expect(mod.toolchain).toBe('go1.24.1');
  });
  it('requires: single lines, blocks, quoted, // indirect (with and without a space, with a rationale)', () => {
    expect(mod.requires.map((r) => [r.path, r.version, r.indirect, r.line])).toEqual([
      ['example.com/single', 'v1.0.0', true, 12],
      ['example.com/a', 'v1.2.3', false, 15],
      ['example.com/b', 'v0.0.0-20240101000000-abcdefabcdef', true, 16],
      ['example.com/quoted', 'v1.0.0', false, 17],
      ['example.com/c', 'v1.0.0', true, 19],
    ]);
  });
  it('exclude, replace (directory, module, absolute), retract (single and range, rationale)', () => {
    expect(mod.excludes).toEqual([
      { path: 'example.com/a', version: 'v1.2.2', line: 24 },
      { path: 'example.com/b', version: 'v0.1.0', line: 26 },
    ]);
    expect(mod.replaces).toEqual([
      { oldPath: 'example.com/a', newPath: '../a', local: true, line: 29 },
      {
        oldPath: 'example.com/b',
        oldVersion: 'v0.1.0',
        newPath: 'example.com/b-fork',
        newVersion: 'v0.1.1',
        local: false,
        line: 30,
      },
      { oldPath: 'example.com/c', newPath: '/abs/c', local: true, line: 32 },
    ]);
    expect(mod.retracts).toEqual([
      { low: 'v2.0.1', high: 'v2.0.1', rationale: 'published by mistake', line: 35 },
      { low: 'v2.0.2', high: 'v2.0.5', rationale: '', line: 36 },
    ]);
    expect(mod.directives.filter((d) => ['godebug', 'tool', 'ignore'].includes(d.verb)).map((d) => d.verb)).toEqual([
      'godebug',
      'godebug',
      'tool',
      'ignore',
    ]);
  });
  it('CRLF files parse the same', () => {
    const crlf = parseGoMod(EVERYTHING.replace(/\n/g, '\r\n'), 'go.mod');
    expect(crlf.requires.map((r) => [r.path, r.version, r.indirect, r.line])).toEqual(
      mod.requires.map((r) => [r.path, r.version, r.indirect, r.line]),
    );
  });
});

describe('parseGoMod errors name file, line and column', () => {
  const cases: [string, string][] = [
    ['module a\nfrobnicate x\n', 'go.mod:2:1: unknown directive: frobnicate'],
    ['module a\nrequire (\n\tx v1.0.0\n', "go.mod:2: require block opened here is never closed with ')'"],
    ['module a\nrequire x\n', 'go.mod:2:9: require: expected require <module path> <version>'],
    ['module a\nreplace x v1 y\n', 'go.mod:2:9: replace: expected replace <path> [version] => <path> [version]'],
    ['module a\n/* no */\n', 'go.mod:2:1: go.mod files must use // comments, not /* */'],
    ['module "a\n', 'go.mod:1:8: unterminated quoted string'],
    // Found by test/fuzz/gomod.test.ts: a backslash before the newline used to swallow it, joining two lines.
    ['module a\nrequire "example.com/x\\\n/y" v1.0.0\n', 'go.mod:2:9: unterminated quoted string'],
  ];
  for (const [text, message] of cases) {
    it(message, () => {
      let error: unknown;
      try {
        parseGoMod(text, 'go.mod');
      } catch (e) {
        error = e;
      }
      expect(String(error)).toBe(message);
    });
  }
});

describe('setRequireVersions: only version bytes change', () => {
  it('rewrites internal requires of the real cloud-api-adaptor go.mod, keeping replace and comments', () => {
    const source = real(`${CAA}/cloud-api-adaptor/go.mod`);
    const mod = parseGoMod(source, 'src/cloud-api-adaptor/go.mod');
    const {
      after: text,
      edits,
      changes,
    } = setRequireVersions(
      mod,
      new Map([
        [`${PREFIX}/cloud-providers`, 'v0.9.0'],
        [`${PREFIX}/peerpod-ctrl`, 'v0.9.0'],
      ]),
    );
    expect(text).toBe(
      source
        .replace(`src/cloud-providers ${ZERO_PSEUDO}\n`, 'src/cloud-providers v0.9.0\n')
        .replace(`src/peerpod-ctrl ${ZERO_PSEUDO}\n`, 'src/peerpod-ctrl v0.9.0\n'),
    );
    expect(edits).toHaveLength(2);
    expect(applyEdits(source, edits)).toBe(text);
    expect(changes).toEqual([
      { site: `${PREFIX}/cloud-providers`, old: ZERO_PSEUDO, new: 'v0.9.0', line: 71 },
      { site: `${PREFIX}/peerpod-ctrl`, old: ZERO_PSEUDO, new: 'v0.9.0', line: 72 },
    ]);
  });

  it('keeps quotes, // indirect and CRLF; an unchanged version makes no edit', () => {
    const source =
      'module m\r\n\r\nrequire (\r\n\t"example.com/q" "v1.0.0" // indirect\r\n\texample.com/s v2.0.0\r\n)\r\n';
    const { after: text, edits } = setRequireVersions(
      parseGoMod(source, 'go.mod'),
      new Map([
        ['example.com/q', 'v1.1.0'],
        ['example.com/s', 'v2.0.0'],
      ]),
    );
    expect(text).toBe(
      'module m\r\n\r\nrequire (\r\n\t"example.com/q" "v1.1.0" // indirect\r\n\texample.com/s v2.0.0\r\n)\r\n',
    );
    expect(edits).toHaveLength(1);
  });
});

describe('versions', () => {
  it('accepts releases and pre-releases', () => {
    for (const v of ['v0.9.0', 'v1.2.3', 'v0.9.0-alpha.1', 'v0.9.0-rc1', 'v10.20.30-rc.1.x-y'])
      expect(validateReleaseVersion(v)).toBe(v);
  });
  it('rejects anything else with one message', () => {
    expect(() => validateReleaseVersion('0.9.0')).toThrow(
      "input 'version' must be a semantic version with a leading v, such as v0.9.0 or v0.9.0-rc1, got '0.9.0' (did you mean v0.9.0?)",
    );
    for (const v of ['v1.2', 'v01.2.3', 'v1.2.3+build', 'v1.2.3-', 'v1.2.3-01', 'latest'])
      expect(() => validateReleaseVersion(v)).toThrow(`got '${v}'`);
    expect(() => validateReleaseVersion('v0.0.0-20240101000000-abcdefabcdef')).toThrow(
      "input 'version' is a Go pseudo-version, not a release version: 'v0.0.0-20240101000000-abcdefabcdef'",
    );
  });
  it('recognises pseudo-versions', () => {
    expect(isPseudoVersion(ZERO_PSEUDO)).toBe(true);
    expect(isPseudoVersion('v1.2.4-0.20240101000000-abcdefabcdef')).toBe(true);
    expect(isPseudoVersion('v1.2.3-rc1')).toBe(false);
  });
});
