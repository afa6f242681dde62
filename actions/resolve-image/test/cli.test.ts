import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli, type CliIO } from '../../../cli/cli.js';
import { git } from '../../../test/helpers/git.js';
import {
  buildImage,
  cleanRegistryScratch,
  pushImage,
  registryDescribe,
  startRegistry,
  type TestRegistry,
} from '../../../test/helpers/registry.js';

/** `coco-release resolve-image` and `promote-image`: the same definitions through the CLI, on a real registry. */

let reg: TestRegistry;
let scratch: string;
const image = buildImage('cli candidate');

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'coco-resolve-cli-'));
  reg = await startRegistry();
}, 60_000);

afterAll(async () => {
  await reg?.stop();
  cleanRegistryScratch();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function io(cwd: string): CliIO & { stdout: string; stderr: string } {
  const r = {
    stdout: '',
    stderr: '',
    env: {},
    cwd,
    out: (t: string) => void (r.stdout += `${t}\n`),
    err: (t: string) => void (r.stderr += `${t}\n`),
  };
  return r;
}

registryDescribe('coco-release resolve-image / promote-image', () => {
  it('resolves the last built commit of the current directory, then promotes it', async () => {
    const repo = join(scratch, 'repo');
    git(scratch, 'init', '-q', '-b', 'main', repo);
    writeFileSync(join(repo, 'a'), '1');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'built');
    const built = git(repo, 'rev-parse', 'HEAD');
    writeFileSync(join(repo, 'a'), '2');
    git(repo, 'commit', '-q', '-am', 'docs only, not built');
    const head = git(repo, 'rev-parse', 'HEAD');
    await pushImage(reg, 'coco/cli', built, image);

    const cli = io(repo);
    expect(await runCli(['resolve-image', '--summary', '--outputs', '--image', `${reg.host}/coco/cli`], cli)).toBe(0);
    expect(cli.stdout.split('\n').slice(-8)).toEqual([
      '2 registry request(s).',
      '',
      `tag=${built}`,
      `digest=${image.digest}`,
      `commit=${built}`,
      `reference=${reg.host}/coco/cli:${built}@${image.digest}`,
      `skipped=["${head}"]`,
      '',
    ]);

    const promote = io(repo);
    const args = ['promote-image', '--outputs', '--image', `${reg.host}/coco/cli`, '--from', built, '--to', 'v0.22.0'];
    expect(await runCli(args, promote)).toBe(0);
    expect(promote.stdout).toContain(`promoted=true\n`);
    const again = io(repo);
    expect(await runCli(args, again)).toBe(0);
    expect(again.stdout).toContain(`promoted=false\n`);
    expect(again.stderr).toContain(`${reg.host}/coco/cli:v0.22.0 already holds ${image.digest}: nothing to do\n`);

    const other = buildImage('another build');
    await pushImage(reg, 'coco/cli', 'rebuilt', other);
    const refused = io(repo);
    expect(await runCli([...args.slice(0, 4), '--from', 'rebuilt', '--to', 'v0.22.0'], refused)).toBe(1);
    expect(refused.stderr).toBe(
      `error: refusing to move ${reg.host}/coco/cli:v0.22.0: it already holds ${image.digest}, and ` +
        `${reg.host}/coco/cli:rebuilt is ${other.digest}. A release tag never moves: promote to another tag, or ` +
        'delete the wrong tag by hand if nobody can have pulled it\n',
    );
  });
});
