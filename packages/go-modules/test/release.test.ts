import { describe, expect, it } from 'vitest';
import {
  checkInternalRequires,
  classifyTags,
  goModDirs,
  loadModules,
  parseLsRemote,
  planCommands,
  planRelease,
  selectModules,
  tagFor,
  ZERO_PSEUDO,
  type Module,
} from '../src/index.js';
import { real } from '../../../test/helpers/paths.js';

const CAA = 'confidential-containers/cloud-api-adaptor/src';
const P = 'github.com/confidential-containers/cloud-api-adaptor/src';

function caaModules(): Module[] {
  const dirs = ['cloud-api-adaptor', 'cloud-providers', 'peerpod-ctrl', 'webhook'];
  return loadModules(new Map(dirs.map((d) => [`src/${d}`, real(`${CAA}/${d}/go.mod`)])));
}

/** The error as the runner prints it (`file:line:col: message`). */
function thrown(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return String(e);
  }
  throw new Error('expected an error');
}

function mods(files: Record<string, string>): Module[] {
  return loadModules(new Map(Object.entries(files)));
}

describe('discovery', () => {
  const paths = [
    'go.mod',
    'src/a/go.mod',
    'src/a/vendor/x/go.mod',
    'src/b/testdata/go.mod',
    '.github/tools/go.mod',
    'src/.hidden/go.mod',
    'src/cloud-api-adaptor/podvm/go.mod',
    'src/cloud-api-adaptor/go.mod',
    'tools/lint/go.mod',
    'src/go.mod.txt',
    'notgo.mod',
  ];
  it('every go.mod except vendor/testdata/hidden directories', () => {
    expect(goModDirs(paths)).toEqual([
      '',
      'src/a',
      'src/cloud-api-adaptor',
      'src/cloud-api-adaptor/podvm',
      'tools/lint',
    ]);
  });
  it('exclude globs match a directory or a parent of it', () => {
    expect(goModDirs(paths, ['src/cloud-api-adaptor/podvm', 'tools'])).toEqual(['', 'src/a', 'src/cloud-api-adaptor']);
    expect(goModDirs(paths, ['**/podvm', './tools/*/'])).toEqual(['', 'src/a', 'src/cloud-api-adaptor']);
    expect(goModDirs(paths, ['src/*'])).toEqual(['', 'tools/lint']);
    expect(goModDirs(paths, ['.'])).toEqual([]);
  });
  it('exclude globs have classes, alternatives and ** (picomatch)', () => {
    expect(goModDirs(paths, ['src/[ab]*'])).toEqual([
      '',
      'src/cloud-api-adaptor',
      'src/cloud-api-adaptor/podvm',
      'tools/lint',
    ]);
    expect(goModDirs(paths, ['src/[!a]*'])).toEqual(['', 'src/a', 'tools/lint']);
    expect(goModDirs(paths, ['{tools,src/a}'])).toEqual(['', 'src/cloud-api-adaptor', 'src/cloud-api-adaptor/podvm']);
    expect(goModDirs(paths, ['**/pod*'])).toEqual(['', 'src/a', 'src/cloud-api-adaptor', 'tools/lint']);
    expect(goModDirs(paths, ['src/**/podvm'])).toEqual(['', 'src/a', 'src/cloud-api-adaptor', 'tools/lint']);
  });
});

describe('the cloud-api-adaptor release', () => {
  it('orders dependencies first: cloud-providers <- peerpod-ctrl <- cloud-api-adaptor, webhook, then the root tag', () => {
    const modules = caaModules();
    const plan = planRelease({ modules, selected: modules, version: 'v0.9.0', rootTag: true });
    expect(plan.tags.map((t) => [t.tag, t.deps])).toEqual([
      ['src/cloud-providers/v0.9.0', []],
      ['src/peerpod-ctrl/v0.9.0', ['src/cloud-providers']],
      ['src/cloud-api-adaptor/v0.9.0', ['src/cloud-providers', 'src/peerpod-ctrl']],
      ['src/webhook/v0.9.0', []],
      ['v0.9.0', []],
    ]);
    expect(planCommands(plan, 'main', 'origin', true)).toEqual([
      'commit=$(git rev-parse --verify main^{commit})',
      `git tag -a -m 'Release v0.9.0 of ${P}/cloud-providers' src/cloud-providers/v0.9.0 "$commit"`,
      `git tag -a -m 'Release v0.9.0 of ${P}/peerpod-ctrl' src/peerpod-ctrl/v0.9.0 "$commit"`,
      `git tag -a -m 'Release v0.9.0 of ${P}/cloud-api-adaptor' src/cloud-api-adaptor/v0.9.0 "$commit"`,
      `git tag -a -m 'Release v0.9.0 of ${P}/webhook' src/webhook/v0.9.0 "$commit"`,
      `git tag -a -m 'Release v0.9.0' v0.9.0 "$commit"`,
      'git push --atomic origin refs/tags/src/cloud-providers/v0.9.0 refs/tags/src/peerpod-ctrl/v0.9.0 refs/tags/src/cloud-api-adaptor/v0.9.0 refs/tags/src/webhook/v0.9.0 refs/tags/v0.9.0',
    ]);
  });

  it('warns for each internal require that resolves only through replace', () => {
    const modules = caaModules();
    const plan = planRelease({ modules, selected: modules, version: 'v0.9.0', rootTag: false });
    const { warnings, errors } = checkInternalRequires(plan, new Set());
    expect(errors).toEqual([]);
    expect(warnings.map((w) => `${w.position.file}:${w.position.line}`)).toEqual([
      'src/cloud-api-adaptor/go.mod:71',
      'src/cloud-api-adaptor/go.mod:72',
      'src/peerpod-ctrl/go.mod:6',
    ]);
    expect(warnings[2]!.message).toBe(
      `${P}/cloud-providers ${ZERO_PSEUDO} resolves only through replace => ../cloud-providers: modules that use src/peerpod-ctrl/v0.9.0 do not see that replace and cannot resolve it`,
    );
  });

  it('selects by directory or module path; an unknown module is an error listing the real ones', () => {
    const modules = caaModules();
    expect(
      selectModules(modules, [
        { text: 'src/webhook', line: 1 },
        { text: `${P}/cloud-providers`, line: 2 },
      ]).map((m) => m.dir),
    ).toEqual(['src/cloud-providers', 'src/webhook']);
    expect(() => selectModules(modules, [{ text: 'src/nope', line: 3 }])).toThrow(
      "unknown module 'src/nope' in input 'modules' (line 3): the modules found are src/cloud-api-adaptor, src/cloud-providers, src/peerpod-ctrl, src/webhook",
    );
  });

  it('a require of a version that has no tag and no replace is an error at its line', () => {
    const modules = mods({
      a: 'module example.com/r/a\n',
      b: 'module example.com/r/b\n\nrequire example.com/r/a v0.8.0\n',
    });
    const plan = planRelease({
      modules,
      selected: modules.filter((m) => m.dir === 'b'),
      version: 'v0.9.0',
      rootTag: false,
    });
    const { errors } = checkInternalRequires(plan, new Set(['a/v0.7.0']));
    expect(errors.map(String)).toEqual([
      'b/go.mod:3:9: example.com/r/b requires example.com/r/a v0.8.0 (tag a/v0.8.0), which does not exist and is not being created',
    ]);
    expect(checkInternalRequires(plan, new Set(['a/v0.8.0'])).errors).toEqual([]);
    // Without a listing of existing tags (plan mode), an ordinary version cannot be judged yet.
    expect(checkInternalRequires(plan, undefined).errors).toEqual([]);
  });
});

describe('tag names (go.dev/ref/mod#vcs-version)', () => {
  const m = (dir: string, path: string) => mods({ [dir]: `module ${path}\n` })[0]!;
  it('<dir>/<version>, root <version>', () => {
    expect(tagFor(m('src/x', 'example.com/r/src/x'), 'v1.2.3')).toBe('src/x/v1.2.3');
    expect(tagFor(m('', 'example.com/r'), 'v0.1.0-rc1')).toBe('v0.1.0-rc1');
  });
  it('a /vN module in a vN directory is tagged without that element; in its own directory with it', () => {
    expect(tagFor(m('lib/v2', 'example.com/r/lib/v2'), 'v2.0.0')).toBe('lib/v2.0.0');
    expect(tagFor(m('v3', 'example.com/r/v3'), 'v3.1.0')).toBe('v3.1.0');
    expect(tagFor(m('tool', 'example.com/r/tool/v2'), 'v2.0.0')).toBe('tool/v2.0.0');
    expect(tagFor(m('', 'example.com/r/v2'), 'v2.0.0-alpha.1')).toBe('v2.0.0-alpha.1');
  });
  it('major version mismatches are errors', () => {
    expect(thrown(() => tagFor(m('lib/v2', 'example.com/r/lib/v2'), 'v1.0.0'))).toBe(
      'lib/v2/go.mod:1: module example.com/r/lib/v2 has the major version suffix /v2: it can only be released as v2.x.y, not v1.0.0',
    );
    expect(() => tagFor(m('lib/v2', 'example.com/r/lib/v2'), 'v0.3.0')).toThrow('not v0.3.0');
    expect(() => tagFor(m('lib/v2', 'example.com/r/lib/v2'), 'v3.0.0')).toThrow('not v3.0.0');
    expect(() => tagFor(m('lib', 'example.com/r/lib'), 'v2.0.0')).toThrow(
      'module example.com/r/lib has no /v2 suffix: Go ignores a v2.0.0 tag for it (a v2 module path must end in /v2)',
    );
  });
  it('a module path that does not end with its directory is an error', () => {
    expect(() => tagFor(m('src/x', 'example.com/r/src/y'), 'v1.0.0')).toThrow(
      'module path example.com/r/src/y does not end with its directory src/x: Go would not find a src/x/v1.0.0 tag for it',
    );
  });
});

describe('order', () => {
  it('a require of an older, already-tagged version orders nothing (cloud-api-adaptor v0.9.0-alpha.1)', () => {
    // As in v0.9.0-alpha.1..3: cloud-providers required a released cloud-api-adaptor, while
    // cloud-api-adaptor required cloud-providers through a directory replace.
    const modules = mods({
      'src/cloud-api-adaptor':
        'module e.com/caa/src/cloud-api-adaptor\nrequire e.com/caa/src/cloud-providers v0.0.0-00010101000000-000000000000\nreplace e.com/caa/src/cloud-providers => ../cloud-providers\n',
      'src/cloud-providers': 'module e.com/caa/src/cloud-providers\nrequire e.com/caa/src/cloud-api-adaptor v0.8.2\n',
    });
    const plan = planRelease({ modules, selected: modules, version: 'v0.9.0-alpha.1', rootTag: false });
    expect(plan.cycles).toEqual([]);
    expect(plan.tags.map((t) => [t.tag, t.deps])).toEqual([
      ['src/cloud-providers/v0.9.0-alpha.1', []],
      ['src/cloud-api-adaptor/v0.9.0-alpha.1', ['src/cloud-providers']],
    ]);
  });

  it('modules that require each other at the release version are warned about and tagged together', () => {
    const modules = mods({
      a: 'module e.com/r/a\nrequire e.com/r/b v1.0.0\n',
      b: 'module e.com/r/b\nrequire e.com/r/c v1.0.0\n',
      c: 'module e.com/r/c\nrequire e.com/r/a v1.0.0\n',
      d: 'module e.com/r/d\n',
    });
    const plan = planRelease({ modules, selected: modules, version: 'v1.0.0', rootTag: false });
    expect(plan.cycles.map((c) => `${c.position.file}:${c.position.line}: ${c.message}`)).toEqual([
      'a/go.mod:1: Go modules require each other at v1.0.0: a -> b -> c -> a; they are tagged together in one atomic push',
    ]);
    expect(plan.tags.map((t) => t.tag)).toEqual(['d/v1.0.0', 'a/v1.0.0', 'c/v1.0.0', 'b/v1.0.0']);
    // An older version of the same modules is no cycle at all.
    const older = planRelease({ modules, selected: modules, version: 'v1.1.0', rootTag: false });
    expect(older.cycles).toEqual([]);
  });

  it('two go.mod files declaring one module path are an error', () => {
    expect(thrown(() => mods({ a: 'module e.com/r/a\n', b: 'module e.com/r/a\n' }))).toBe(
      'b/go.mod:1: module e.com/r/a is declared twice: in a/go.mod and in b/go.mod',
    );
  });
});

describe('classification from one ls-remote', () => {
  const C = 'c'.repeat(40);
  const O = 'o'.repeat(40).replace(/o/g, 'a');
  const T = 'f'.repeat(40);
  const modules = mods({
    a: 'module e.com/r/a\n',
    b: 'module e.com/r/b\n',
    c: 'module e.com/r/c\n',
    d: 'module e.com/r/d\n',
  });
  const plan = planRelease({ modules, selected: modules, version: 'v1.0.0', rootTag: false });
  it('peels annotated tags, keeps lightweight ones', () => {
    const ls = `${T}\trefs/tags/a/v1.0.0\n${C}\trefs/tags/a/v1.0.0^{}\n${O}\trefs/tags/b/v1.0.0\n`;
    expect([...parseLsRemote(ls)]).toEqual([
      ['a/v1.0.0', C],
      ['b/v1.0.0', O],
    ]);
  });
  it('new / already at the commit / at another commit; a local tag not on the remote is pushed', () => {
    const remote = new Map([
      ['a/v1.0.0', C],
      ['b/v1.0.0', O],
    ]);
    const local = new Map([['c/v1.0.0', C]]);
    expect(classifyTags(plan, C, remote, local).map((t) => [t.tag, t.status, t.existing])).toEqual([
      ['a/v1.0.0', 'skip', C],
      ['b/v1.0.0', 'conflict', O],
      ['c/v1.0.0', 'push', C],
      ['d/v1.0.0', 'create', undefined],
    ]);
  });
});
