import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { git } from '../helpers/git.js';
import { ROOT } from '../helpers/paths.js';
import { tempDir, workspace } from '../helpers/workspace.js';

/**
 * Issue 22, "the CLI from any checkout": the command README.md gives people, run as they would, against a
 * local bare clone of this repository instead of GitHub. It runs the committed HEAD (commit before running
 * it). npm gets an empty cache, `--offline` and a registry that does not exist: the run must need nothing
 * but the git repository, which is what keeps it to one clone and a small pack (dist/package.json has no
 * scripts and no dependencies, and packs only dist/cli/).
 */

function why(): string | undefined {
  const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' });
  if (npm.status !== 0) return 'npm is not on PATH';
  // `#COMMIT::path:dist` (a package in a subdirectory of a git repository) needs npm 7.
  if (Number(npm.stdout.split('.')[0]) < 7) return `npm ${npm.stdout.trim()} cannot install from a git subdirectory`;
  if (spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT }).status !== 0) return 'not a git checkout';
  return undefined;
}

it('npm exec --package=git+URL#SHA::path:dist -- coco-release runs on a repository of one’s own, offline', (ctx) => {
  const reason = why();
  if (reason !== undefined) ctx.skip(`skipped: ${reason}`);
  const sha = git(ROOT, 'rev-parse', 'HEAD');
  // HEAD's commit alone: npm clones the whole repository it is given, and this one's history holds every
  // build of dist/ (packing it all cost most of this test's 24 CPU seconds).
  const bare = join(tempDir('coco-clone-'), 'coco-release-actions.git');
  git(ROOT, 'clone', '--quiet', '--bare', '--depth=1', `file://${ROOT}`, bare);
  const home = tempDir('coco-npm-');
  const ws = workspace({ 'versions.yaml': 'a:\n  b: 1 # keep\n' });
  const r = spawnSync(
    'npm',
    [
      'exec',
      '--yes',
      '--offline',
      `--cache=${join(home, 'cache')}`,
      '--registry=http://127.0.0.1:9/',
      '--no-audit',
      '--no-fund',
      '--no-update-notifier',
      `--package=git+file://${bare}#${sha}::path:dist`,
      '--',
      'coco-release',
      'bump-versions-yaml',
      '--file',
      'versions.yaml',
      '--set',
      '.a.b=2',
    ],
    // A person's shell: no runner variables, no npm configuration of the machine's user.
    { cwd: ws, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home } },
  );
  expect(r.stderr).toBe('versions.yaml:2: .a.b: 1 -> 2\n');
  expect(r.stdout).toBe(
    '--- a/versions.yaml\n+++ b/versions.yaml\n@@ -1,2 +1,2 @@\n a:\n-  b: 1 # keep\n+  b: 2 # keep\n',
  );
  expect(r.status).toBe(0);
  expect(readFileSync(join(ws, 'versions.yaml'), 'utf8')).toBe('a:\n  b: 2 # keep\n');
  // What npm installed: the CLI's bundle and the package.json, not the repository or the other bundles.
  const npx = join(home, 'cache/_npx');
  const [installed] = readdirSync(npx);
  const pkg = join(npx, installed!, 'node_modules/coco-release');
  expect(readdirSync(pkg).sort()).toEqual(['cli', 'package.json']);
}, 300_000);
