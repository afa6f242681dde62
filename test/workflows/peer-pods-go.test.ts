import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caaRelease,
  exampleManifest,
  expectFiles,
  failures,
  snapshot,
  step,
  withKata,
} from '../helpers/caa-release.js';
import { showFile } from '../helpers/git.js';
import { startGithubServer, type GithubServer } from '../helpers/github-server.js';
import { GO123, GO_SKIP_REASON, goEnv, goProxy } from '../helpers/go-proxy.js';
import { tempDir } from '../helpers/workspace.js';

/**
 * The prepare phase's Go update (issue 15): the manifest's `go:` entry makes peer-pods-release.yml run
 * `go get github.com/kata-containers/kata-containers/src/runtime@<kata release>` and `go mod tidy` in
 * src/cloud-api-adaptor, with the Go that go.mod asks for (actions/setup-go; here Go 1.23 from
 * bookworm-backports), against a module proxy on disk built from a small runtime module: Kata's tag
 * 4.0.0 resolves to the pseudo-version of its commit, as it does upstream. The go.mod/go.sum edits land
 * in the same pull request as the kata-deploy pin.
 */

const RUNTIME = 'github.com/kata-containers/kata-containers/src/runtime';
const OLD = 'v0.0.0-20260401000000-aaaaaaaaaaaa';
const NEW = 'v0.0.0-20260720141120-cf82bb35c803';
const MODULE = 'src/cloud-api-adaptor';

const runtimeFiles = (version: string): Record<string, string> => ({
  'go.mod': `module ${RUNTIME}\n\ngo 1.23\n`,
  'pkg/katautils/katautils.go': `package katautils\n\nconst Version = "${version}"\n`,
});
const GO_MOD = (require: string) =>
  `module github.com/confidential-containers/cloud-api-adaptor/src/cloud-api-adaptor\n\ngo 1.23\n\nrequire ${RUNTIME} ${require}\n`;
const MAIN_GO = `package main\n\nimport "${RUNTIME}/pkg/katautils"\n\nfunc main() { println(katautils.Version) }\n`;
// What Go 1.23 writes for these module files (`go mod download -json` gives the same h1 sums; go.mod alike in both versions).
const GO_SUM_NEW =
  `${RUNTIME} ${NEW} h1:wo2q+kRSH5oUKB+GtVGWH7Wp90WxkkC+bzbhluS4aZQ=\n` +
  `${RUNTIME} ${NEW}/go.mod h1:hA7RXdVXdi8uUyQqb4RdRLKFaAAtaKTxtUTV5Z8YCz4=\n`;

const describeGo = GO_SKIP_REASON ? describe.skip : describe;
let server: GithubServer;
beforeAll(async () => {
  server = await startGithubServer();
});
afterAll(() => server.close());

describeGo(
  `peer-pods-release.yml prepare: go get and go mod tidy${GO_SKIP_REASON ? ` [skipped: ${GO_SKIP_REASON}]` : ''}`,
  { timeout: 300_000 },
  () => {
    it('pins kata-deploy and updates the runtime module to the Kata release in one PR; a re-run after the merge changes nothing', async () => {
      const proxy = goProxy(RUNTIME, [
        { version: OLD, time: '2026-04-01T00:00:00Z', files: runtimeFiles(OLD) },
        { version: NEW, time: '2026-07-20T14:11:20Z', files: runtimeFiles(NEW), queries: ['4.0.0'] },
      ]);
      const env = goEnv(proxy);
      // The module as it stands before the release: go.sum made by Go itself.
      const seed = tempDir('coco-gomod-');
      writeFileSync(join(seed, 'go.mod'), GO_MOD(OLD));
      writeFileSync(join(seed, 'main.go'), MAIN_GO);
      execFileSync(join(GO123, 'go'), ['mod', 'tidy'], { cwd: seed, env: { ...process.env, ...env }, stdio: 'pipe' });
      const goSumOld = readFileSync(join(seed, 'go.sum'), 'utf8');
      expect(goSumOld).toContain(`${RUNTIME} ${OLD} h1:`);

      const r = await caaRelease(server, {
        manifest: exampleManifest(),
        files: { [`${MODULE}/go.mod`]: GO_MOD(OLD), [`${MODULE}/go.sum`]: goSumOld, [`${MODULE}/main.go`]: MAIN_GO },
        go: {
          bin: GO123,
          version: execFileSync(join(GO123, 'go'), ['env', 'GOVERSION'], { encoding: 'utf8' })
            .trim()
            .replace(/^go/, ''),
        },
      });
      const prepare = await r.run(
        'peer-pods-release.yml',
        { phase: 'prepare', version: 'v0.22.0', 'kata-version': '4.0.0' },
        undefined,
        env,
      );
      expect(prepare.jobs['pins']!.result, failures(prepare)).toBe('success');
      expect(JSON.parse(step(prepare, 'pins', 'pins').outputs['go']!)).toEqual([
        { module: MODULE, require: RUNTIME, version: '4.0.0' },
      ]);
      expect(step(prepare, 'pins', 'pins').outputs['go-mod']).toBe(`${MODULE}/go.mod`);
      expect(step(prepare, 'pins', 'go').outputs['changed']).toBe('true');
      expect(step(prepare, 'pins', 'go').stdout).toContain(`${MODULE}: go get ${RUNTIME}@4.0.0`);

      const branch = 'release/peer-pods-v0.22.0-prepare';
      expectFiles(r.repo, branch, withKata(snapshot('1-kata-deploy-pin', 'after'), r.kata400));
      expect(showFile(r.repo.path, branch, `${MODULE}/go.mod`)).toBe(GO_MOD(NEW));
      expect(showFile(r.repo.path, branch, `${MODULE}/go.sum`)).toBe(GO_SUM_NEW);
      expect(r.repo.pulls[0]!.body).toContain(
        `Go updates for a step with Go: \`go get ${RUNTIME}@4.0.0\` in \`${MODULE}\``,
      );

      // Merged: the same run finds the pins and the module in place and opens nothing.
      r.merge(1);
      const again = await r.run(
        'peer-pods-release.yml',
        { phase: 'prepare', version: 'v0.22.0', 'kata-version': '4.0.0' },
        undefined,
        env,
      );
      expect(again.jobs['pins']!.result, failures(again)).toBe('success');
      expect(step(again, 'pins', 'go').outputs['changed']).toBe('false');
      expect(again.jobs['pins']!.outputs['changed']).toBe('false');
      expect(step(again, 'pins', 'pr').skipped).toBe(true);
      expect(r.repo.pulls).toHaveLength(1);
    });

    it('a module whose go.mod asks for a newer Go than setup-go can give fails before any pull request', async () => {
      const proxy = goProxy(RUNTIME, [
        { version: NEW, time: '2026-07-20T14:11:20Z', files: runtimeFiles(NEW), queries: ['4.0.0'] },
      ]);
      const r = await caaRelease(server, {
        manifest: exampleManifest(),
        files: { [`${MODULE}/go.mod`]: GO_MOD(NEW).replace('go 1.23', 'go 1.25.13'), [`${MODULE}/main.go`]: MAIN_GO },
        go: { bin: GO123, version: '1.23.5' },
      });
      const prepare = await r.run(
        'peer-pods-release.yml',
        { phase: 'prepare', version: 'v0.22.0', 'kata-version': '4.0.0' },
        undefined,
        goEnv(proxy),
      );
      expect(prepare.jobs['pins']!.result).toBe('failure');
      const setup = prepare.steps.find((s) => s.name.startsWith('actions/setup-go@'))!;
      expect(setup.stdout).toBe(`::error::setup-go: ${MODULE}/go.mod asks for go 1.25.13; the local Go is 1.23.5`);
      expect(step(prepare, 'pins', 'go').skipped).toBe(true);
      expect(r.repo.pulls).toEqual([]);
    });
  },
);
