import { UserError } from '@coco-release/core';
import semver from 'semver';

/**
 * Go's canonical semantic versions (https://go.dev/ref/mod#versions): SemVer 2 (checked by `semver`) with
 * a leading `v`, which Go requires, and no build metadata, which Go does not allow in a canonical version.
 */
function isGoSemver(v: string): boolean {
  const bare = v.slice(1);
  return v.startsWith('v') && !v.includes('+') && semver.valid(bare) === bare;
}

/** `vX.0.0-yyyymmddhhmmss-abcdefabcdef` and its `vX.Y.Z-pre.0.` / `vX.Y.(Z+1)-0.` forms. */
const PSEUDO = /^v\d+\.\d+\.\d+-(?:(?:[0-9A-Za-z-]+\.)*0\.)?\d{14}-[0-9a-f]{12}$/;

/** The placeholder `go mod edit -replace` writes for a module that only resolves through a replace. */
export const ZERO_PSEUDO = 'v0.0.0-00010101000000-000000000000';

export function isPseudoVersion(v: string): boolean {
  return isGoSemver(v) && PSEUDO.test(v);
}

export function majorOf(v: string): number {
  return isGoSemver(v) ? semver.major(v.slice(1)) : NaN;
}

/** A release version: `vX.Y.Z` or `vX.Y.Z-pre` (`-alpha.1`, `-rc1`); anything else is a UserError. */
export function validateReleaseVersion(v: string, input = 'version'): string {
  if (!isGoSemver(v)) {
    const hint = /^\d/.test(v) && isGoSemver(`v${v}`) ? ` (did you mean v${v}?)` : '';
    throw new UserError(
      `input '${input}' must be a semantic version with a leading v, such as v0.9.0 or v0.9.0-rc1, got '${v}'${hint}`,
    );
  }
  if (PSEUDO.test(v)) throw new UserError(`input '${input}' is a Go pseudo-version, not a release version: '${v}'`);
  return v;
}
