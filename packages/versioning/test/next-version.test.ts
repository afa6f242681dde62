import { describe, expect, it } from 'vitest';
import { thrown } from '../../../test/helpers/errors.js';
import { CAA_TAGS } from '../../../test/helpers/caa-tags.js';
import { nextVersion, parseComponents, parseTagFormat, versionsOf } from '../src/index.js';

const CAA = versionsOf(parseTagFormat('v{version}'), CAA_TAGS);
const comps = (...lines: string[]) => parseComponents(lines.map((text, i) => ({ text, line: i + 1 })));

describe('tag formats', () => {
  it('reads only the tags of the format, highest first', () => {
    expect(CAA.slice(0, 3)).toEqual(['0.22.0', '0.21.1', '0.21.0']);
    expect(CAA).toHaveLength(18);
    expect(versionsOf(parseTagFormat('src/cloud-api-adaptor/v{version}'), CAA_TAGS)).toEqual(['0.22.0']);
    expect(versionsOf(parseTagFormat('{version}'), ['4.0.0', '3.29.0', 'v1.0.0', '4.0.0-rc1'])).toEqual([
      '4.0.0',
      '4.0.0-rc1',
      '3.29.0',
    ]);
    expect(thrown(() => parseTagFormat('v{vers}'))).toBe(
      "input 'tag-format' must hold {version} exactly once, such as v{version}, got 'v{vers}'",
    );
  });
});

describe('bumps from the highest release', () => {
  it('minor, major, patch', () => {
    expect(nextVersion(CAA, { bump: 'minor' })).toEqual({
      version: '0.23.0',
      previous: '0.22.0',
      bump: 'minor',
      reason: '0.22.0 + minor',
    });
    expect(nextVersion(CAA, { bump: 'patch' }).version).toBe('0.22.1');
    expect(nextVersion(CAA, { bump: 'major' }).version).toBe('1.0.0');
    expect(nextVersion([], { bump: 'minor' }).version).toBe('0.1.0');
  });
  it('prerelease: alpha.1, then alpha.2; rc starts at rc.1; release drops the pre-release part', () => {
    const a1 = nextVersion(CAA, { bump: 'prerelease' });
    expect(a1.version).toBe('0.23.0-alpha.1');
    expect(a1.reason).toBe('no pre-release in progress: the first pre-release of the next minor after 0.22.0');
    const a2 = nextVersion([...CAA, a1.version], { bump: 'prerelease' });
    expect(a2).toEqual({
      version: '0.23.0-alpha.2',
      previous: '0.23.0-alpha.1',
      bump: 'prerelease',
      reason: 'the next pre-release after 0.23.0-alpha.1',
    });
    expect(nextVersion([...CAA, '0.23.0-alpha.1', '0.23.0-alpha.2'], { bump: 'prerelease', preid: 'rc' }).version).toBe(
      '0.23.0-rc.1',
    );
    expect(nextVersion([...CAA, '0.23.0-alpha.1', '0.23.0-alpha.2'], { bump: 'release' })).toEqual({
      version: '0.23.0',
      previous: '0.23.0-alpha.2',
      bump: 'release',
      reason: 'the release of the pre-release 0.23.0-alpha.2',
    });
  });
  it('minor with a preid: the first pre-release of the minor, or the next one when it has some', () => {
    expect(nextVersion(CAA, { bump: 'minor', preid: 'alpha' }).version).toBe('0.23.0-alpha.1');
    expect(nextVersion([...CAA, '0.23.0-alpha.1'], { bump: 'minor', preid: 'alpha' }).version).toBe('0.23.0-alpha.2');
  });
});

describe('components: the largest bump (KEP-2264)', () => {
  it('a major bump of any component is a major bump of the bundle; a pre-1.0 bundle takes it in its minor', () => {
    const r = nextVersion(['0.16.0', '0.15.0'], {
      components: comps('kata=3.29.0..4.0.0', 'trustee=v0.17.0..v0.17.1'),
    });
    expect(r.version).toBe('0.17.0');
    expect(r.bump).toBe('major');
    expect(r.reason).toBe(
      "kata 3.29.0..4.0.0 is a major bump; trustee v0.17.0..v0.17.1 is a patch bump; the bundle's bump is the largest of its components' (KEP-2264): major, which a pre-1.0 bundle takes in its minor (0.16.0 -> 0.17.0)",
    );
    expect(nextVersion(['1.4.2'], { components: comps('kata=3.29.0..4.0.0') }).version).toBe('2.0.0');
  });
  it('a pre-1.0 minor counts as a major, and the reason says so', () => {
    const r = nextVersion(['1.4.2'], { components: comps('trustee=v0.16.0..v0.17.0', 'kata=4.0.0..4.0.1') });
    expect(r.version).toBe('2.0.0');
    expect(r.reason).toContain(
      'trustee v0.16.0..v0.17.0 is a minor bump of a pre-1.0 version, which counts as a major one',
    );
  });
  it('refuses components that go backwards, that did not change, or are not versions', () => {
    expect(thrown(() => nextVersion(CAA, { components: comps('kata=4.0.0..3.29.0') }))).toBe(
      'component kata (line 1) goes backwards: 4.0.0..3.29.0',
    );
    expect(thrown(() => nextVersion(CAA, { components: comps('kata=4.0.0..4.0.0') }))).toBe(
      'no component changed: kata 4.0.0..4.0.0 is no change; give a bump (patch, minor, major) to release anyway',
    );
    expect(thrown(() => nextVersion(CAA, { components: comps('kata=main..4.0.0') }))).toBe(
      "component kata (line 1): 'main' is not a SemVer 2 version (such as 4.0.0 or v0.17.0)",
    );
    expect(thrown(() => parseComponents([{ text: 'kata 4.0.0', line: 3 }]))).toBe(
      "input 'components' line 3: expected NAME=OLD..NEW (kata=3.29.0..4.0.0), got 'kata 4.0.0'",
    );
  });
});

describe('refusals', () => {
  it('a version that exists or goes backwards', () => {
    expect(thrown(() => nextVersion(CAA, { version: 'v0.22.0' }))).toBe('0.22.0 already exists');
    expect(thrown(() => nextVersion(CAA, { version: '0.21.2' }))).toBe(
      '0.21.2 is not above the highest existing version 0.22.0: a release never goes backwards (allow-downgrade: true accepts it)',
    );
    expect(thrown(() => nextVersion(CAA, { bump: 'release' }))).toBe(
      'nothing to release: the highest version, 0.22.0, is not a pre-release',
    );
    expect(thrown(() => nextVersion(CAA, { bump: 'prerelease', preid: '1' }))).toBe(
      "input 'preid' must be letters, digits and '-' (alpha, rc), got '1'",
    );
    expect(nextVersion(CAA, { version: 'v0.23.0' }).bump).toBe('exact');
  });
});

describe('versions only move forward (issue 22)', () => {
  const CHART = '0.16.0'; // the charts repository: no tags, Chart.yaml at 0.16.0

  it('current: a chart without tags at 0.16.0 goes to 0.16.1 (patch), 0.17.0 (minor, kata rule), never 0.1.0', () => {
    expect(nextVersion([], { bump: 'patch', current: CHART })).toEqual({
      version: '0.16.1',
      previous: undefined,
      bump: 'patch',
      reason: '0.16.0 + patch',
    });
    expect(nextVersion([], { bump: 'minor', current: CHART }).version).toBe('0.17.0');
    const kata = nextVersion([], { components: comps('kata=3.22.0..4.0.0'), current: 'v0.16.0' });
    expect([kata.version, kata.reason]).toEqual([
      '0.17.0',
      "kata 3.22.0..4.0.0 is a major bump; the bundle's bump is the largest of its components' (KEP-2264): major, which a pre-1.0 bundle takes in its minor (0.16.0 -> 0.17.0)",
    ]);
  });

  it('an exact lower or equal version is refused naming the current value, unless allow-downgrade', () => {
    expect(thrown(() => nextVersion([], { version: '0.1.0', current: CHART }))).toBe(
      '0.1.0 is not above the current version 0.16.0: a release never goes backwards (allow-downgrade: true accepts it)',
    );
    expect(thrown(() => nextVersion([], { version: '0.16.0', current: CHART }))).toBe(
      '0.16.0 is not above the current version 0.16.0: a release never goes backwards (allow-downgrade: true accepts it)',
    );
    expect(nextVersion([], { version: '0.1.0', current: CHART, allowDowngrade: true }).version).toBe('0.1.0');
    // allow-downgrade never proposes a version that exists.
    expect(thrown(() => nextVersion(CAA, { version: '0.21.0', allowDowngrade: true }))).toBe('0.21.0 already exists');
    expect(thrown(() => nextVersion(CAA, { bump: 'minor', current: '0.30.0', version: '0.23.0' }))).toBe(
      '0.23.0 is not above the current version 0.30.0: a release never goes backwards (allow-downgrade: true accepts it)',
    );
  });

  it('patch: v0.22.1 after v0.22.0 while v0.23.0-alpha.1 exists; a maintenance line from the reachable tags', () => {
    const withAlpha = [...CAA, '0.23.0-alpha.1'];
    expect(nextVersion(withAlpha, { bump: 'patch' })).toEqual({
      version: '0.22.1',
      previous: '0.22.0',
      bump: 'patch',
      reason: '0.22.0 + patch',
    });
    // The release-0.21 branch reaches v0.21.1 and below: its patch is v0.21.2.
    const line21 = CAA.filter((v) => v !== '0.22.0');
    expect(nextVersion(withAlpha, { bump: 'patch', reachable: line21 }).version).toBe('0.21.2');
    // An existing tag of the line is never proposed, even when the branch does not reach it.
    expect(nextVersion([...withAlpha, '0.21.2'], { bump: 'patch', reachable: line21 }).version).toBe('0.21.3');
    // An exact patch of that line is compared with what the branch reaches.
    expect(nextVersion(withAlpha, { version: '0.21.2', reachable: line21 }).version).toBe('0.21.2');
    expect(thrown(() => nextVersion(withAlpha, { version: '0.21.1-rc.1', reachable: line21 }))).toBe(
      '0.21.1-rc.1 is not above 0.21.1, the highest version reachable from the released commit: a release never goes backwards (allow-downgrade: true accepts it)',
    );
  });
});
