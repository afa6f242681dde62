import semver from 'semver';
import { UserError } from '@coco-release/core';

export interface Candidate {
  /** `X.Y.Z-<preid>.N`, without the tag format's prefix. */
  version: string;
  /** True when that candidate's tag already points at the commit being released (a re-run keeps it). */
  exists: boolean;
  reason: string;
}

/**
 * The candidate of a release: the next `X.Y.Z-<preid>.N` after the highest one tagged (N from 1), or the one
 * already tagged at `head`, so that a re-run of a candidate whose tags exist finds them instead of starting
 * N+1. A release that is already tagged has no more candidates.
 *
 * `tagged` maps every existing version (without prefix) to the commit its tag points at.
 */
export function candidateOf(
  tagged: ReadonlyMap<string, string>,
  release: string,
  preid: string,
  head: string | undefined,
): Candidate {
  const bare = release.trim().replace(/^v(?=\d)/, '');
  const parsed = semver.parse(bare);
  if (parsed === null || parsed.version !== bare || parsed.prerelease.length > 0)
    throw new UserError(`candidate-of: '${release}' is not a release version X.Y.Z (such as v0.22.0)`);
  if (!/^[0-9A-Za-z-]+$/.test(preid) || /^\d+$/.test(preid))
    throw new UserError(`preid: '${preid}' is not a pre-release identifier (such as alpha or rc)`);
  if (tagged.has(bare)) throw new UserError(`${bare} is released already: a candidate comes before its release`);
  const prefix = `${bare}-${preid}.`;
  let highest = 0;
  let atHead = 0;
  for (const [version, commit] of tagged) {
    if (!version.startsWith(prefix)) continue;
    const n = version.slice(prefix.length);
    if (!/^[1-9]\d*$/.test(n)) continue;
    highest = Math.max(highest, Number(n));
    if (head !== undefined && commit === head) atHead = Math.max(atHead, Number(n));
  }
  if (atHead > 0)
    return {
      version: `${prefix}${atHead}`,
      exists: true,
      reason: `${prefix}${atHead} is already tagged at the commit being released: kept`,
    };
  return {
    version: `${prefix}${highest + 1}`,
    exists: false,
    reason:
      highest === 0
        ? `the first ${preid} candidate of ${bare}`
        : `the candidate after ${prefix}${highest}, the highest tagged`,
  };
}
