import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIO } from './io.js';

/** How a step runs: runCli, passed in by cli.ts (the demo sits below the CLI, not beside it). */
export type RunCli = (argv: readonly string[], io: CliIO) => Promise<number>;

/** The examples/ workspace, found from wherever this code runs (sources or dist/cli). */
export function examplesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'examples', 'kata-containers'))) return join(dir, 'examples');
    dir = dirname(dir);
  }
  throw new Error('examples/ not found next to the coco-release CLI');
}

/** A CoCo release bump, step by step, in dry-run mode on examples/: shows what would change and writes nothing. */
const STEPS: { title: string; args: string[]; workspace?: string }[] = [
  {
    title: 'Kata Containers: pin the trustee and guest-components commits of this CoCo release',
    args: [
      'bump-versions-yaml',
      '--file',
      'kata-containers/versions.yaml',
      '--set',
      '.externals.coco-trustee.version=6b7a7b05b0ac0e8a3e0d53a7ae1a2f6e2a3e8f1c',
      '--set',
      '.externals.coco-guest-components.version=9f1e0c2d4b6a8c0e2f4a6b8d0c2e4f6a8b0d2c4e',
      '--dry-run',
    ],
  },
  {
    title: 'cloud-api-adaptor: follow Kata 4.1.0, trustee and guest-components',
    args: [
      'bump-versions-yaml',
      '--file',
      'cloud-api-adaptor/src/cloud-api-adaptor/versions.yaml',
      '--set',
      '.oci.kata-containers.reference=0d4e8c1b5a2f7e9d3c6b8a0f1e2d3c4b5a6f7e8d # v4.1.0',
      '--set',
      '.git.kbs.reference=6b7a7b05b0ac0e8a3e0d53a7ae1a2f6e2a3e8f1c',
      '--set',
      '.oci.guest-components.reference=9f1e0c2d4b6a8c0e2f4a6b8d0c2e4f6a8b0d2c4e',
      '--dry-run',
    ],
  },
  {
    title:
      'cloud-api-adaptor: the release edits from its manifest (.github/release-pins.yaml): the image in five places, three charts, Chart.lock',
    workspace: 'cloud-api-adaptor',
    args: [
      'apply-release-pins',
      '--phase',
      'release',
      '--vars',
      'version=v0.22.0',
      '--vars',
      'image-tag=61b1aba91df646a663e60ab6b55c6a7dc93cd167',
      '--dry-run',
    ],
  },
  {
    title: 'cloud-api-adaptor: plan the Go module tags of the release (dependencies first; podvm is never tagged)',
    workspace: 'cloud-api-adaptor',
    args: [
      'tag-go-submodules',
      '--version',
      'v0.9.0',
      '--mode',
      'plan',
      '--exclude',
      'src/cloud-api-adaptor/podvm',
      '--root-tag',
    ],
  },
];

export async function runDemo(_args: readonly string[], io: CliIO, runCli: RunCli): Promise<number> {
  const workspace = examplesDir();
  let status = 0;
  io.out(`coco-release demo: a CoCo release bump on ${workspace} (dry run: nothing is written)\n`);
  for (const [i, step] of STEPS.entries()) {
    io.out(
      `\n== ${i + 1}. ${step.title}\n$ coco-release ${step.args.map((a) => (/[\s#]/.test(a) ? `'${a}'` : a)).join(' ')}\n`,
    );
    // A step may run in a repository below examples/ (Go tag names are relative to the repository root).
    const cwd = step.workspace ? join(workspace, step.workspace) : workspace;
    const env = { ...io.env, GITHUB_WORKSPACE: cwd };
    status = Math.max(status, await runCli(step.args, { ...io, env, cwd, multilineOutputs: false }));
  }
  return status;
}
