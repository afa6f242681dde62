import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotations, runBundle } from '../../../test/helpers/bundle.js';
import { GO123, GO_SKIP_REASON, goEnv, goProxy } from '../../../test/helpers/go-proxy.js';
import { runAsBundle } from '../../../test/helpers/in-process.js';
import { snapshotTree, tempDir, workspace } from '../../../test/helpers/workspace.js';
import { updateGoModules } from '../src/main.js';

/**
 * update-go-modules (issue 24: the prepare phase's `go get` + `go mod tidy`, which was a `node -e` script in
 * peer-pods-release.yml): every update checked before go runs, then real Go 1.23 against a module proxy on
 * disk. In this process: go runs as an asynchronous child, so a proxy this process served would still answer.
 */

const RUNTIME = 'github.com/kata-containers/kata-containers/src/runtime';
const OLD = 'v0.0.0-20260401000000-aaaaaaaaaaaa';
const NEW = 'v0.0.0-20260720141120-cf82bb35c803';
const MODULE = 'src/cloud-api-adaptor';
const runtimeFiles = (version: string): Record<string, string> => ({
  'go.mod': `module ${RUNTIME}\n\ngo 1.23\n`,
  'pkg/katautils/katautils.go': `package katautils\n\nconst Version = "${version}"\n`,
});
const GO_MOD = (require: string) => `module example.com/caa\n\ngo 1.23\n\nrequire ${RUNTIME} ${require}\n`;
const MAIN_GO = `package main\n\nimport "${RUNTIME}/pkg/katautils"\n\nfunc main() { println(katautils.Version) }\n`;
const UPDATE = [{ module: MODULE, require: RUNTIME, version: '4.0.0' }];

const update = (ws: string, updates: unknown, env: Record<string, string> = {}, extra: Record<string, string> = {}) =>
  runAsBundle(
    updateGoModules,
    { updates: typeof updates === 'string' ? updates : JSON.stringify(updates), ...extra },
    { workspace: ws, env },
  );

describe('update-go-modules: what it refuses before any go runs', () => {
  it('updates that are not module directories, module paths and versions, each named', async () => {
    const ws = workspace({ [`${MODULE}/go.mod`]: GO_MOD(OLD) });
    const r = await update(ws, [
      { module: '../x', require: RUNTIME, version: '1' },
      { module: MODULE, require: '-modfile=/tmp/x', version: '1' },
      { module: MODULE, require: RUNTIME, version: '1 2' },
      { module: MODULE, require: RUNTIME, version: 'v1\u0000' },
      { module: MODULE, require: RUNTIME },
      'src',
    ]);
    expect(r.code).toBe(1);
    const refused = 'a go update of the manifest is not a module directory, module path and version';
    expect(annotations(r.stdout)).toEqual([
      `::error::${refused}: {"module":"../x","require":"${RUNTIME}","version":"1"}`,
      `::error::${refused}: {"module":"${MODULE}","require":"-modfile=/tmp/x","version":"1"}`,
      `::error::${refused}: {"module":"${MODULE}","require":"${RUNTIME}","version":"1 2"}`,
      `::error::${refused}: {"module":"${MODULE}","require":"${RUNTIME}","version":"v1\\u0000"}`,
      `::error::${refused}: {"module":"${MODULE}","require":"${RUNTIME}"}`,
      `::error::${refused}: "src"`,
    ]);
  });

  it('input that is not a JSON list', async () => {
    const ws = workspace();
    expect(annotations((await update(ws, '{"module":"x"}')).stdout)).toEqual([
      "::error::input 'updates' must be a JSON list of {module, require, version} (apply-release-pins' go)",
    ]);
    expect(annotations((await update(ws, '[')).stdout)[0]).toMatch(/^::error::input 'updates' is not JSON: /);
  });

  it('a module directory without go.mod, or one that leaves the workspace through a symlink', async () => {
    const outside = tempDir('coco-outside-');
    writeFileSync(join(outside, 'go.mod'), GO_MOD(OLD));
    const ws = workspace({ 'docs/README.md': 'x\n' });
    symlinkSync(outside, join(ws, 'linked'));
    expect(annotations((await update(ws, [{ module: 'docs', require: RUNTIME, version: '1' }])).stdout)).toEqual([
      '::error file=docs/go.mod::docs/go.mod: file not found: docs/go.mod',
    ]);
    const linked = await update(ws, [{ module: 'linked', require: RUNTIME, version: '1' }]);
    expect(annotations(linked.stdout)[0]).toMatch(
      /^::error file=linked\/go.mod::linked\/go.mod: refusing to touch linked\/go.mod: it is outside the workspace /,
    );
  });

  it('dry-run lists the commands and runs no go (the bundle on Node 24)', async () => {
    const ws = workspace({ [`${MODULE}/go.mod`]: GO_MOD(OLD) });
    const before = snapshotTree(ws);
    const r = await runBundle(
      'update-go-modules',
      { updates: JSON.stringify(UPDATE), 'dry-run': 'true' },
      { workspace: ws, env: { PATH: '/nonexistent' } },
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toBe(
      `${MODULE}: go get ${RUNTIME}@4.0.0 (dry run: not run)\n${MODULE}: go mod tidy (dry run: not run)\n`,
    );
    expect(r.outputs).toEqual({ changed: 'false', 'changed-files': '[]' });
    expect(r.summary).toBe(
      '### update-go-modules (dry run, no go run)\n\n| module | update (then `go mod tidy`) | changed |\n| --- | --- | --- |\n' +
        `| \`${MODULE}\` | \`go get ${RUNTIME}@4.0.0\` | none |\n\n`,
    );
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('go not on PATH: says to run setup-go first', async () => {
    const ws = workspace({ [`${MODULE}/go.mod`]: GO_MOD(OLD) });
    const r = await update(ws, UPDATE, { PATH: tempDir('coco-empty-path-') });
    expect(annotations(r.stdout)).toEqual([
      '::error::go is not on PATH: run actions/setup-go before update-go-modules',
    ]);
  });
});

const describeGo = GO_SKIP_REASON ? describe.skip : describe;
describeGo(`update-go-modules with Go 1.23${GO_SKIP_REASON ? ` [skipped: ${GO_SKIP_REASON}]` : ''}`, () => {
  /** The proxy and go's caches: temp directories, which go after each test. */
  const goSetup = (): Record<string, string> => {
    const proxy = goProxy(RUNTIME, [
      { version: OLD, time: '2026-04-01T00:00:00Z', files: runtimeFiles(OLD) },
      { version: NEW, time: '2026-07-20T14:11:20Z', files: runtimeFiles(NEW), queries: ['4.0.0'] },
    ]);
    return { ...goEnv(proxy), PATH: `${GO123}:${process.env['PATH']}` };
  };
  let goSumOld: string;
  beforeAll(() => {
    // The module as it stands before the release: go.sum made by Go itself.
    const seed = tempDir('coco-gomod-');
    writeFileSync(join(seed, 'go.mod'), GO_MOD(OLD));
    writeFileSync(join(seed, 'main.go'), MAIN_GO);
    execFileSync(join(GO123, 'go'), ['mod', 'tidy'], {
      cwd: seed,
      env: { ...process.env, ...goSetup() },
      stdio: 'pipe',
    });
    goSumOld = readFileSync(join(seed, 'go.sum'), 'utf8');
  }, 120_000);

  const module = () =>
    workspace({ [`${MODULE}/go.mod`]: GO_MOD(OLD), [`${MODULE}/go.sum`]: goSumOld, [`${MODULE}/main.go`]: MAIN_GO });

  it('go get then go mod tidy in the module; a re-run changes nothing', { timeout: 120_000 }, async () => {
    const ws = module();
    const env = goSetup();
    const r = await update(ws, UPDATE, env);
    expect(r.code, r.stdout).toBe(0);
    expect(readFileSync(join(ws, MODULE, 'go.mod'), 'utf8')).toBe(GO_MOD(NEW));
    expect(readFileSync(join(ws, MODULE, 'go.sum'), 'utf8')).toBe(
      `${RUNTIME} ${NEW} h1:wo2q+kRSH5oUKB+GtVGWH7Wp90WxkkC+bzbhluS4aZQ=\n` +
        `${RUNTIME} ${NEW}/go.mod h1:hA7RXdVXdi8uUyQqb4RdRLKFaAAtaKTxtUTV5Z8YCz4=\n`,
    );
    expect(r.outputs).toEqual({
      changed: 'true',
      'changed-files': JSON.stringify([`${MODULE}/go.mod`, `${MODULE}/go.sum`]),
    });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`${MODULE}: go get ${RUNTIME}@4.0.0`);
    expect(lines).toContain(`${MODULE}: go mod tidy`);
    expect(r.summary).toContain(
      `| \`${MODULE}\` | \`go get ${RUNTIME}@4.0.0\` | \`${MODULE}/go.mod\`, \`${MODULE}/go.sum\` |`,
    );

    const again = await update(ws, UPDATE, env);
    expect(again.outputs).toEqual({ changed: 'false', 'changed-files': '[]' });
  });

  it('a version the proxy does not have fails the step with go’s words', { timeout: 120_000 }, async () => {
    const ws = module();
    const r = await update(ws, [{ module: MODULE, require: RUNTIME, version: '9.9.9' }], goSetup());
    expect(r.code).toBe(1);
    const errors = annotations(r.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(`^::error::${MODULE}: go get ${RUNTIME}@9\\.9\\.9 failed \\(exit 1\\): .*9\\.9\\.9`),
    );
    expect(readFileSync(join(ws, MODULE, 'go.mod'), 'utf8')).toBe(GO_MOD(OLD));
  });
});
