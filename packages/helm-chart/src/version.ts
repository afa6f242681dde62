import semver from 'semver';

export type VersionBump = 'major' | 'minor' | 'patch';

export function isBump(v: string): v is VersionBump {
  return v === 'major' || v === 'minor' || v === 'patch';
}

/** A SemVer 2 version written as such: no leading `v` or `=`, build metadata allowed. */
export function isExactSemver(v: string): boolean {
  return !/^[v=]/.test(v) && semver.parse(v) !== null && semver.parse(v)!.raw === v;
}

/**
 * A requirement that names one version rather than a range: what Masterminds semver's NewVersion accepts
 * where Helm asks it (resolver.go treats such a requirement on an OCI repository as the version itself).
 * A leading `v` is allowed as Masterminds allows it.
 */
export function isExactRequirement(v: string): boolean {
  return isExactSemver(v.startsWith('v') ? v.slice(1) : v);
}

/** Does the chart version `version` satisfy the requirement `range` (Helm's constraint.Check)? */
export function satisfies(version: string, range: string): boolean {
  if (isExactRequirement(range)) {
    const a = semver.parse(version);
    const b = semver.parse(range.startsWith('v') ? range.slice(1) : range);
    return a !== null && b !== null && semver.compare(a, b) === 0;
  }
  return semver.validRange(range) !== null && semver.satisfies(version, range);
}

export function bump(version: string, kind: VersionBump): string {
  return semver.inc(version, kind)!;
}
