/**
 * Chart.lock as Helm 3 writes it, proven on every real Chart.lock in the fixtures. The rules come from Helm's
 * source (helm.sh/helm/v3):
 * - internal/resolver/resolver.go, HashReq: `json.Marshal([2][]*chart.Dependency{req, lock})`, SHA-256 via
 *   provenance.Digest, `"sha256:" + hex`. Resolve locks a `file://` dependency at the referenced chart's
 *   version and an exact remote requirement as written, each as {Name, Repository, Version} only.
 * - pkg/chart/dependency.go: `type Dependency struct` fields and json tags, in this order: name, version
 *   (omitempty), repository, condition (omitempty), tags (omitempty), enabled (omitempty), import-values
 *   (omitempty), alias (omitempty); `type Lock struct` generated (time.Time), digest, dependencies.
 * - pkg/chart/metadata.go, Metadata.Validate: every dependency's name, version, repository, condition and
 *   tags pass through sanitizeString while loading; aliases must match ^[a-zA-Z0-9_-]+$; name-or-alias
 *   keys are unique.
 * - pkg/downloader/manager.go: Update hashes `c.Metadata.Dependencies` (Chart.yaml as loaded) with the
 *   locked entries, returns without writing when the old lock's digest is the same, and writeLock writes
 *   `sigs.k8s.io/yaml.Marshal(lock)`: JSON first (time.Time as RFC 3339 with nanoseconds), then go-yaml v2,
 *   which sorts keys (dependencies, digest, generated; name, repository, version).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesBelow, REAL, REPLAY, ROOT } from '../../../test/helpers/paths.js';
import { thrown } from '../../../test/helpers/errors.js';
import {
  dependencyJson,
  formatGoTime,
  goJson,
  goJsonString,
  goYamlString,
  hashReq,
  lockedDependency,
  planChartBumps,
  readChartFile,
  readLockFile,
  renderLockFile,
  type HelmDependency,
} from '../src/index.js';
import { fileChanges } from '@coco-release/core';
import { folderReader } from './reader.js';

const PEERPODS = 'src/cloud-api-adaptor/install/charts/peerpods';
const REAL_PEERPODS_LOCK = join(REAL, 'confidential-containers/cloud-api-adaptor', PEERPODS, 'Chart.lock');
const LOCKS = filesBelow(join(ROOT, 'test/fixtures'), (n) => n === 'Chart.lock');

/**
 * The Chart.yaml each lock was generated from. The real peerpods Chart.lock was copied from the v0.22.0
 * release commit (SOURCES.md), where Chart.yaml is the one in the replay's 3-chart-versions/after; at HEAD
 * that Chart.yaml has kata-deploy back on 0.0.0-dev and no lock.
 */
function chartYamlOf(lock: string): string {
  if (lock === REAL_PEERPODS_LOCK) return join(REPLAY, '3-chart-versions/after', PEERPODS, 'Chart.yaml');
  return join(dirname(lock), 'Chart.yaml');
}

const read = (p: string): string => readFileSync(p, 'utf8');
const rel = (p: string): string => relative(ROOT, p);

describe('every real Chart.lock', () => {
  it('is in the fixtures: the charts repository, cloud-api-adaptor v0.22.0 and 8 replay snapshots', () => {
    expect(LOCKS.map(rel).filter((p) => p.startsWith('test/fixtures/real/'))).toEqual([
      'test/fixtures/real/confidential-containers/charts/Chart.lock',
      `test/fixtures/real/confidential-containers/cloud-api-adaptor/${PEERPODS}/Chart.lock`,
    ]);
    expect(LOCKS).toHaveLength(10);
    expect(read(REAL_PEERPODS_LOCK)).toBe(read(join(REPLAY, '3-chart-versions/after', PEERPODS, 'Chart.lock')));
  });

  it.each(LOCKS.map((p) => [rel(p)]))('reproduces its digest with HashReq: %s', (path) => {
    const lockPath = join(ROOT, path);
    const lock = readLockFile(read(lockPath), path);
    const chart = readChartFile(read(chartYamlOf(lockPath)), 'Chart.yaml');
    const requirements = chart.dependencies!.map((d) => d.dep);
    const locked = lock.dependencies.map((d) => lockedDependency(d.name, d.repository, d.version));
    expect(lock.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(hashReq(requirements, locked)).toBe(lock.digest);
  });

  it.each(LOCKS.map((p) => [rel(p)]))('is rendered byte for byte from its values: %s', (path) => {
    const text = read(join(ROOT, path));
    expect(renderLockFile(readLockFile(text, path))).toBe(text);
  });

  it.each(LOCKS.map((p) => [rel(p)]))('is what lock: update leaves, so nothing is written: %s', (path) => {
    const lockPath = join(ROOT, path);
    const chartYaml = chartYamlOf(lockPath);
    // The workspace root: the replay snapshot (before/ or after/) or the repository's fixture folder.
    const root = path.includes('release-replay')
      ? lockPath.slice(0, lockPath.indexOf(PEERPODS) - 1)
      : path.includes('/charts/Chart.lock')
        ? dirname(lockPath)
        : join(REAL, 'confidential-containers/cloud-api-adaptor');
    const chart = relative(root, dirname(lockPath)) || '.';
    const reader = folderReader(root, { [`${chart === '.' ? '' : `${chart}/`}Chart.yaml`]: read(chartYaml) });
    const plan = planChartBumps(reader, [{ chart }]);
    expect(plan.files).toEqual([]);
    expect(fileChanges(plan.files)).toEqual([]);
  });

  it('refuses a Chart.lock with a duplicate key, as before duplicates were found in linear time', () => {
    expect(thrown(() => readLockFile('digest: sha256:a\ndigest: sha256:b\ngenerated: x\n', 'Chart.lock'))).toBe(
      'Chart.lock:1: not a Chart.lock Helm could read: Map keys must be unique',
    );
  });

  it('hashes what Helm loads from Chart.yaml, condition and alias included', () => {
    const lockPath = join(REPLAY, '3-chart-versions/after', PEERPODS, 'Chart.lock');
    const lock = readLockFile(read(lockPath), 'Chart.lock');
    const locked = lock.dependencies.map((d) => lockedDependency(d.name, d.repository, d.version));
    const chart = readChartFile(read(chartYamlOf(lockPath)), 'Chart.yaml');
    const requirements = chart.dependencies!.map((d) => d.dep);
    expect(requirements.map(dependencyJson)).toEqual([
      '{"name":"kata-deploy","version":"4.0.0","repository":"oci://ghcr.io/kata-containers/kata-deploy-charts","condition":"kata-deploy.enabled"}',
      '{"name":"peerpodctrl","version":"0.4.0","repository":"file://../../../../peerpod-ctrl/chart","condition":"resourceCtrl.enabled","alias":"resourceCtrl"}',
      '{"name":"peerpods-webhook","version":"0.4.0","repository":"file://../../../../webhook/chart","condition":"webhook.enabled","alias":"webhook"}',
    ]);
    const without = (field: keyof HelmDependency, empty: unknown): string =>
      hashReq(
        requirements.map((d) => ({ ...d, [field]: empty })),
        locked,
      );
    expect(hashReq(requirements, locked)).toBe(lock.digest);
    expect(without('condition', '')).not.toBe(lock.digest);
    expect(without('alias', '')).not.toBe(lock.digest);
    // The requirements and the locked entries both count: the same lock with v0.22.0's Chart.yaml swapped
    // for HEAD's (kata-deploy back on 0.0.0-dev) is out of sync, as `helm dependency build` would say.
    const head = readChartFile(
      read(join(REAL, 'confidential-containers/cloud-api-adaptor', PEERPODS, 'Chart.yaml')),
      'x',
    );
    expect(
      hashReq(
        head.dependencies!.map((d) => d.dep),
        locked,
      ),
    ).not.toBe(lock.digest);
  });
});

describe("Go's json.Marshal of chart.Dependency", () => {
  it('writes the struct fields in declaration order and leaves out empty omitempty fields', () => {
    const full: HelmDependency = {
      name: 'kata-deploy',
      version: '4.0.0',
      repository: 'oci://ghcr.io/kata-containers/kata-deploy-charts',
      condition: 'kata.enabled',
      tags: ['runtime', 'coco'],
      enabled: true,
      importValues: ['data', { parent: 'p', child: 'c' }],
      alias: 'kata',
    };
    expect(dependencyJson(full)).toBe(
      '{"name":"kata-deploy","version":"4.0.0","repository":"oci://ghcr.io/kata-containers/kata-deploy-charts",' +
        '"condition":"kata.enabled","tags":["runtime","coco"],"enabled":true,' +
        '"import-values":["data",{"child":"c","parent":"p"}],"alias":"kata"}',
    );
    // `repository` has no omitempty: an empty one stays; `enabled: false` and empty lists vanish.
    expect(dependencyJson(lockedDependency('local', '', '1.0.0'))).toBe(
      '{"name":"local","version":"1.0.0","repository":""}',
    );
    expect(
      dependencyJson({ ...full, version: '', tags: [], enabled: false, importValues: [], alias: '', condition: '' }),
    ).toBe('{"name":"kata-deploy","repository":"oci://ghcr.io/kata-containers/kata-deploy-charts"}');
  });

  it("escapes <, > and & (Go's HTML-safe default) and U+2028/U+2029, which JSON.stringify keeps", () => {
    expect(goJsonString('a<b>&c')).toBe('"a\\u003cb\\u003e\\u0026c"');
    expect(goJsonString('line\u2028sep\u2029')).toBe('"line\\u2028sep\\u2029"');
    expect(goJsonString('tab\tquote"back\\\u0001\b\f')).toBe('"tab\\tquote\\"back\\\\\\u0001\\b\\f"');
    expect(goJsonString('é 🙂')).toBe('"é 🙂"');
  });

  it('writes import-values as json.Unmarshal holds them: float64 numbers, maps with sorted keys', () => {
    expect(goJson([1, 1.5, 1e21, 1e-7, -0, true, null, { b: 1, a: [] }])).toBe(
      '[1,1.5,1e+21,1e-7,-0,true,null,{"a":[],"b":1}]',
    );
    // Go sorts map keys by their UTF-8 bytes; UTF-16 order puts U+FF5E after U+1F600.
    expect(goJson({ '\uff5e': 1, '\u{1f600}': 2 })).toBe('{"～":1,"😀":2}');
  });

  it('reads import-values, tags and enabled from Chart.yaml as Helm loads them', () => {
    const chart = readChartFile(
      [
        'apiVersion: v2',
        'name: app',
        'version: 1.0.0',
        'dependencies:',
        '  - name: db',
        '    version: 1.2.3',
        '    repository: https://charts.example.com',
        '    tags: [backend, "data"]',
        '    enabled: yes',
        '    import-values:',
        '      - data',
        '      - child: default.data',
        '        parent: myimports',
        '      - 3',
        '',
      ].join('\n'),
      'Chart.yaml',
    );
    expect(dependencyJson(chart.dependencies![0]!.dep)).toBe(
      '{"name":"db","version":"1.2.3","repository":"https://charts.example.com","tags":["backend","data"],' +
        '"enabled":true,"import-values":["data",{"child":"default.data","parent":"myimports"},3]}',
    );
  });

  it('sanitises strings as Metadata.Validate does: whitespace becomes a space, unprintable characters go', () => {
    const chart = readChartFile(
      'apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: "db\\u200b"\n    version: "1.2.3"\n    repository: "https://x\\ty"\n',
      'Chart.yaml',
    );
    expect(chart.dependencies![0]!.dep).toMatchObject({ name: 'db', repository: 'https://x y' });
  });

  it('refuses what Helm would read as another type, or refuse itself', () => {
    const chart = (deps: string): string => `apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n${deps}`;
    expect(thrown(() => readChartFile(chart('  - name: db\n    version: 1.10\n'), 'Chart.yaml'))).toBe(
      'Chart.yaml:6:14: dependencies[0].version is 1.10, which Helm (YAML 1.1) reads as a number; quote it ("1.10")',
    );
    expect(thrown(() => readChartFile(chart('  - name: db\n    alias: my.db\n'), 'Chart.yaml'))).toBe(
      'Chart.yaml:6:12: dependencies[0]: dependency alias "my.db" has disallowed characters',
    );
    expect(thrown(() => readChartFile(chart('  - name: db\n  - name: db\n'), 'Chart.yaml'))).toBe(
      'Chart.yaml:6:5: dependencies[1]: more than one dependency with name or alias "db" (also dependencies[0])',
    );
    expect(thrown(() => readChartFile(chart('  - name: "a"\n    condition: x\u2028y\n'), 'Chart.yaml'))).toBe(
      'Chart.yaml:6: holds the character U+2028, which Helm (YAML 1.1) reads as a line break; write it as an escape',
    );
    expect(thrown(() => readChartFile(chart('  -\n'), 'Chart.yaml'))).toBe(
      'Chart.yaml:5:4: dependencies[0]: dependencies must not contain empty or null entries',
    );
  });
});

describe('Chart.lock text', () => {
  it("writes generated in Go's time.RFC3339Nano form", () => {
    const t = new Date('2026-07-27T08:56:33.150Z');
    expect(formatGoTime(t, 60)).toBe('2026-07-27T09:56:33.15+01:00');
    expect(formatGoTime(t, 0)).toBe('2026-07-27T08:56:33.15Z');
    expect(formatGoTime(new Date('2025-10-29T17:33:42.000Z'), -240)).toBe('2025-10-29T13:33:42-04:00');
    expect(formatGoTime(new Date('2026-01-01T00:00:00.007Z'), 330)).toBe('2026-01-01T05:30:00.007+05:30');
  });

  it('quotes a value as go-yaml v2 does: double quotes when it would read as another type', () => {
    expect(goYamlString('4.0.0')).toBe('4.0.0');
    expect(goYamlString('oci://ghcr.io/kata-containers/kata-deploy-charts')).toBe(
      'oci://ghcr.io/kata-containers/kata-deploy-charts',
    );
    expect(goYamlString('file://../../../../peerpod-ctrl/chart')).toBe('file://../../../../peerpod-ctrl/chart');
    expect(goYamlString('2026-07-27T09:56:33.155923+01:00')).toBe('"2026-07-27T09:56:33.155923+01:00"');
    expect(goYamlString('')).toBe('""');
    expect(goYamlString('1.10')).toBe('"1.10"');
    expect(goYamlString('yes')).toBe('"yes"');
    expect(goYamlString('1:30')).toBe('"1:30"');
    expect(goYamlString('@stable')).toBe("'@stable'");
    // go-yaml writes the merge key plain, and escapes characters outside the BMP in double quotes.
    expect(goYamlString('<<')).toBe('<<');
    expect(goYamlString('chart\u{1f600}')).toBe('"chart\\U0001F600"');
    expect(thrown(() => goYamlString('a b'))).toBe(
      'cannot write "a b" into Chart.lock exactly as Helm would: it holds whitespace or control characters',
    );
  });

  it('writes an empty dependency list as go-yaml does', () => {
    expect(renderLockFile({ dependencies: [], digest: 'sha256:x', generated: '2026-01-01T00:00:00Z' })).toBe(
      'dependencies: []\ndigest: sha256:x\ngenerated: "2026-01-01T00:00:00Z"\n',
    );
  });
});
