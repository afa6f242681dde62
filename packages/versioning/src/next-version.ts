import { throwIfAny, UserError } from '@coco-release/core';
import semver from 'semver';

/**
 * The next version of a release, by a rule that can be stated in one sentence each:
 * - `major`, `minor`, `patch`: the highest release plus that bump (`0.22.0` + minor = `0.23.0`); with a
 *   `preid`, the first pre-release of it (`0.23.0-alpha.1`), or the next one when that release already
 *   has pre-releases.
 * - `prerelease`: the next pre-release of the release in progress (`0.23.0-alpha.1` -> `0.23.0-alpha.2`;
 *   a new `preid` starts its own count: `0.23.0-rc.1`); with none in progress, the first pre-release of
 *   the next minor.
 * - `release`: the release of the pre-release in progress (`0.23.0-alpha.2` -> `0.23.0`).
 * - components (KEP-2264): a bundle's bump is the largest bump of its components. A pre-1.0 component's
 *   minor bump counts as a major one (0.x releases break in their minor), and a pre-1.0 bundle takes a
 *   major bump in its minor for the same reason.
 * Versions only move forward: the result must be above the floor, the highest of `current` (a version the
 * release must exceed, such as a chart's own version) and the existing tags. A patch release is a release
 * of its own line (X.Y): its base is the highest release reachable from the commit being released (when
 * known), and it is compared with the tags of that line only, so v0.22.1 may follow v0.22.0 while
 * v0.23.0-alpha.1 exists. An exact version is compared with the reachable tags (all tags when unknown).
 * A version that exists is refused, always; one at or below the floor unless `allowDowngrade` (exact
 * versions only).
 */

export type Bump = 'major' | 'minor' | 'patch' | 'prerelease' | 'release';
export const BUMPS: readonly Bump[] = ['major', 'minor', 'patch', 'prerelease', 'release'];

export interface ComponentChange {
  name: string;
  old: string;
  new: string;
  line: number;
}

export interface NextRequest {
  bump?: Bump;
  preid?: string;
  components?: readonly ComponentChange[];
  /** An exact version to check instead of computing one. */
  version?: string;
  /** A version the result must exceed (a chart's own version); `v` allowed. */
  current?: string;
  /** Versions whose tags are reachable from the commit being released; undefined when unknown (all count). */
  reachable?: readonly string[];
  /** An exact `version` at or below the floor is accepted (never one that exists). */
  allowDowngrade?: boolean;
}

export interface NextVersion {
  version: string;
  /** The highest existing version (release or pre-release), if any; for a patch, the highest of its line. */
  previous: string | undefined;
  /** What was applied: major, minor, patch, prerelease, release, or exact. */
  bump: string;
  reason: string;
}

type Level = 'major' | 'minor' | 'patch';
const RANK: Record<Level | 'none', number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** `v4.0.0` and `4.0.0` are the same version; anything else that is not SemVer 2 is refused. */
function clean(v: string, what: string): string {
  const bare = v.trim().replace(/^v(?=\d)/, '');
  if (semver.valid(bare) !== bare)
    throw new UserError(`${what}: '${v}' is not a SemVer 2 version (such as 4.0.0 or v0.17.0)`);
  return bare;
}

export function parseComponents(
  lines: readonly { text: string; line: number }[],
  input = 'components',
): ComponentChange[] {
  const errors: UserError[] = [];
  const out: ComponentChange[] = [];
  for (const { text, line } of lines) {
    const m = /^([^=\s]+)\s*=\s*(\S+)\.\.(\S+)$/.exec(text.trim());
    if (!m) {
      errors.push(
        new UserError(`input '${input}' line ${line}: expected NAME=OLD..NEW (kata=3.29.0..4.0.0), got '${text}'`),
      );
      continue;
    }
    out.push({ name: m[1]!, old: m[2]!, new: m[3]!, line });
  }
  throwIfAny(errors);
  return out;
}

/** How far one component moved, with the pre-1.0 rule, as a level and a sentence. */
function componentLevel(c: ComponentChange): { level: Level | 'none'; says: string } {
  const what = `component ${c.name} (line ${c.line})`;
  const a = clean(c.old, what);
  const b = clean(c.new, what);
  if (semver.lt(b, a)) throw new UserError(`${what} goes backwards: ${c.old}..${c.new}`);
  const [oa, ob] = [semver.parse(a)!, semver.parse(b)!];
  let level: Level | 'none';
  let says: string;
  if (oa.major !== ob.major) [level, says] = ['major', 'a major bump'];
  else if (oa.minor !== ob.minor)
    [level, says] =
      oa.major === 0
        ? ['major', 'a minor bump of a pre-1.0 version, which counts as a major one']
        : ['minor', 'a minor bump'];
  else if (oa.patch !== ob.patch) [level, says] = ['patch', 'a patch bump'];
  else if (a !== b) [level, says] = ['patch', 'a pre-release change'];
  else [level, says] = ['none', 'no change'];
  return { level, says: `${c.name} ${c.old}..${c.new} is ${says}` };
}

export function nextVersion(existingVersions: readonly string[], req: NextRequest): NextVersion {
  const existing = [...existingVersions].sort(semver.rcompare);
  const highest = existing[0];
  const latestRelease = existing.find((v) => semver.prerelease(v) === null);
  const inProgress = highest !== undefined && semver.prerelease(highest) !== null ? highest : undefined;
  const current = req.current?.trim() ? clean(req.current, "input 'current'") : undefined;
  const reachable = req.reachable === undefined ? existing : [...req.reachable].sort(semver.rcompare);
  const preid = req.preid?.trim() || undefined;
  if (preid !== undefined && (!/^[0-9A-Za-z-]+$/.test(preid) || /^\d+$/.test(preid)))
    throw new UserError(`input 'preid' must be letters, digits and '-' (alpha, rc), got '${preid}'`);

  let version: string;
  let bump: string;
  let reason: string;
  let previous = highest;
  // The highest version the result is compared with, and what it is called in a refusal.
  let floor: { version: string; says: string } | undefined =
    highest === undefined ? undefined : { version: highest, says: `the highest existing version ${highest}` };
  if (req.version !== undefined) {
    version = clean(req.version, "input 'version'");
    bump = 'exact';
    reason = `the version was given`;
    if (req.reachable !== undefined)
      floor =
        reachable[0] === undefined
          ? undefined
          : { version: reachable[0], says: `${reachable[0]}, the highest version reachable from the released commit` };
  } else if (req.components !== undefined) {
    if (req.components.length === 0) throw new UserError("input 'components' holds no NAME=OLD..NEW line");
    const levels = req.components.map(componentLevel);
    const top = levels.reduce((a, b) => (RANK[b.level] > RANK[a.level] ? b : a));
    if (top.level === 'none')
      throw new UserError(
        `no component changed: ${levels.map((l) => l.says).join('; ')}; give a bump (patch, minor, major) to release anyway`,
      );
    const base = atLeast(latestRelease ?? '0.0.0', current);
    // A pre-1.0 bundle breaks in its minor, as its components do.
    const applied: Level = top.level === 'major' && semver.major(base) === 0 ? 'minor' : top.level;
    version = bumped(base, applied, preid, inProgress);
    bump = top.level;
    reason =
      `${levels.map((l) => l.says).join('; ')}; the bundle's bump is the largest of its components' (KEP-2264): ${top.level}` +
      (applied !== top.level
        ? `, which a pre-1.0 bundle takes in its minor (${base} -> ${version})`
        : ` (${base} -> ${version})`);
  } else {
    const b = req.bump ?? 'minor';
    bump = b;
    if (b === 'release') {
      if (!inProgress)
        throw new UserError(`nothing to release: the highest version, ${highest ?? '(none)'}, is not a pre-release`);
      version = `${semver.major(inProgress)}.${semver.minor(inProgress)}.${semver.patch(inProgress)}`;
      reason = `the release of the pre-release ${inProgress}`;
    } else if (b === 'prerelease') {
      if (inProgress) {
        const id = preid ?? String(semver.prerelease(inProgress)![0]);
        version = semver.inc(inProgress, 'prerelease', id, '1')!;
        reason = `the next pre-release after ${inProgress}`;
      } else {
        version = semver.inc(latestRelease ?? '0.0.0', 'preminor', preid ?? 'alpha', '1')!;
        reason = `no pre-release in progress: the first pre-release of the next minor after ${latestRelease ?? '0.0.0'}`;
      }
    } else if (b === 'patch') {
      // A release of its own line: from the highest release the commit reaches, past any release of that
      // line tagged elsewhere, so that an existing tag is never proposed.
      const reached = atLeast(reachable.find((v) => semver.prerelease(v) === null) ?? '0.0.0', current);
      const line = `${semver.major(reached)}.${semver.minor(reached)}`;
      const ofLine = existing.filter((v) => `${semver.major(v)}.${semver.minor(v)}` === line);
      const base = atLeast(
        reached,
        ofLine.find((v) => semver.prerelease(v) === null),
      );
      version = bumped(base, b, preid, ofLine[0] !== undefined && semver.prerelease(ofLine[0]) ? ofLine[0] : undefined);
      reason = `${base} + patch${preid ? ` as a ${preid} pre-release` : ''}`;
      previous = ofLine[0] ?? highest;
      floor =
        ofLine[0] === undefined
          ? undefined
          : { version: ofLine[0], says: `${ofLine[0]}, the highest existing version of its line ${line}` };
    } else {
      const base = atLeast(latestRelease ?? '0.0.0', current);
      version = bumped(base, b, preid, inProgress);
      reason = `${base} + ${b}${preid ? ` as a ${preid} pre-release` : ''}`;
    }
  }
  if (current !== undefined && (floor === undefined || semver.gte(current, floor.version)))
    floor = { version: current, says: `the current version ${current}` };

  if (existing.includes(version)) throw new UserError(`${version} already exists`);
  if (floor !== undefined && semver.lte(version, floor.version) && !(bump === 'exact' && req.allowDowngrade))
    throw new UserError(
      `${version} is not above ${floor.says}: a release never goes backwards` +
        (bump === 'exact' ? ' (allow-downgrade: true accepts it)' : ''),
    );
  return { version, previous, bump, reason };
}

/** The higher of a release and a version it must not fall below (a pre-release counts as its release). */
function atLeast(base: string, other: string | undefined): string {
  if (other === undefined) return base;
  const o = semver.prerelease(other) === null ? other : releaseOf(other);
  return semver.gt(o, base) ? o : base;
}

/** `base` + `level`, or with a preid its pre-release: the next one when that release already has some. */
function bumped(base: string, level: Level, preid: string | undefined, inProgress: string | undefined): string {
  const target = semver.inc(base, level)!;
  if (preid === undefined) return target;
  if (inProgress && releaseOf(inProgress) === target) {
    return semver.inc(inProgress, 'prerelease', preid, '1')!;
  }
  return semver.inc(base, `pre${level}`, preid, '1')!;
}

function releaseOf(v: string): string {
  return `${semver.major(v)}.${semver.minor(v)}.${semver.patch(v)}`;
}
