/**
 * Differential test against Go: go-oracle/main.go runs the steps of `helm dependency update` that decide
 * Chart.lock's bytes — sigs.k8s.io/yaml loading Chart.yaml (go-yaml v2, YAML 1.1), Helm's dependency
 * sanitising and validation, json.Marshal of [requirements, lock] for the digest, and sigs.k8s.io/yaml
 * marshalling the lock — with Helm's types transcribed (see main.go). Every real Chart.yaml with a lock and a
 * few hundred generated ones (tricky strings, YAML 1.1 scalars, tags, import-values, aliases) must give the
 * same digest and lock bytes here, or be refused here with a clear error where Go would read another type.
 *
 * Needs Go and Debian's golang-k8s-sigs-yaml-dev (sigs.k8s.io/yaml and gopkg.in/yaml.v2 in
 * /usr/share/gocode); .ci/run installs them. Without them the test is skipped with a message.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '@coco-release/core';
import { isStringUnder11 } from '@coco-release/yaml-edit';
import { filesBelow, REAL, REPLAY, ROOT } from '../../../test/helpers/paths.js';
import { rng } from '../../../test/helpers/random.js';
import {
  formatGoTime,
  hashReq,
  lockedDependency,
  readChartFile,
  readLockFile,
  renderLockFile,
  type LockedDependency,
} from '../src/index.js';

const GOPATH = '/usr/share/gocode';
const haveGo = spawnSync('go', ['version']).status === 0 && existsSync(join(GOPATH, 'src/sigs.k8s.io/yaml/yaml.go'));
if (!haveGo) {
  console.warn(
    'skipping the Go differential test of Chart.lock: needs `go` and sigs.k8s.io/yaml in /usr/share/gocode ' +
      '(apt-get install golang-go golang-k8s-sigs-yaml-dev; .ci/run installs them)',
  );
}

interface Case {
  chart: string;
  locked: LockedDependency[];
  generated: string;
}
interface GoResult {
  digest?: string;
  lock?: string;
  error?: string;
}

let build = '';
let oracle = '';

function runOracle(cases: readonly Case[]): GoResult[] {
  const out = execFileSync(oracle, [], { input: JSON.stringify(cases), maxBuffer: 64 << 20 });
  return JSON.parse(out.toString('utf8')) as GoResult[];
}

/** Our side: the digest of Chart.yaml's dependencies with `locked`, and the lock we would write. */
function ours(c: Case): GoResult | { refused: string } {
  try {
    const chart = readChartFile(c.chart, 'Chart.yaml');
    const deps = (chart.dependencies ?? []).map((d) => d.dep);
    const locked = c.locked.map((l) => lockedDependency(l.name, l.repository, l.version));
    const digest = hashReq(deps, locked);
    return { digest, lock: renderLockFile({ dependencies: c.locked, digest, generated: c.generated }) };
  } catch (e) {
    if (e instanceof UserError) return { refused: e.message };
    throw e;
  }
}

describe.skipIf(!haveGo)('Chart.lock against Go (encoding/json, sigs.k8s.io/yaml, go-yaml v2)', () => {
  beforeAll(() => {
    build = mkdtempSync(join(tmpdir(), 'coco-go-oracle-'));
    oracle = join(build, 'oracle');
    const src = join(dirname(fileURLToPath(import.meta.url)), 'go-oracle');
    execFileSync('go', ['build', '-o', oracle, '.'], {
      cwd: src,
      env: { ...process.env, GO111MODULE: 'off', GOPATH, GOFLAGS: '', GOCACHE: join(build, 'cache') },
      stdio: 'pipe',
    });
  }, 120_000);
  afterAll(() => {
    if (build) rmSync(build, { recursive: true, force: true });
  });

  it('agrees on every real Chart.lock: digest and bytes', () => {
    const locks = filesBelow(join(ROOT, 'test/fixtures'), (n) => n === 'Chart.lock');
    const cases = locks.map((path): Case => {
      const lock = readLockFile(readFileSync(path, 'utf8'), path);
      // The real peerpods lock belongs to the v0.22.0 Chart.yaml (see lock.test.ts).
      const chartYaml =
        path.startsWith(REAL) && path.includes('peerpods')
          ? join(REPLAY, '3-chart-versions/after/src/cloud-api-adaptor/install/charts/peerpods/Chart.yaml')
          : join(dirname(path), 'Chart.yaml');
      return { chart: readFileSync(chartYaml, 'utf8'), locked: lock.dependencies, generated: lock.generated };
    });
    const go = runOracle(cases);
    cases.forEach((c, i) => {
      expect(go[i]!.error).toBeUndefined();
      expect(go[i]!.lock).toBe(readFileSync(locks[i]!, 'utf8'));
      expect(ours(c)).toEqual(go[i]);
    });
  });

  it('agrees on generated charts, or refuses what Go would read as another type', () => {
    const r = rng(20260727);
    const strings = [
      'kata-deploy',
      'peerpodctrl',
      'a<b>&c',
      'caf\u00e9',
      'line\u2028sep',
      'zero\u200bwidth',
      'tab\there',
      'two  spaces',
      'emoji\u{1f600}',
      'yes',
      'no',
      'on',
      'true',
      'null',
      '~',
      '',
      '1.10',
      '010',
      '0x1F',
      '1e3',
      '1_000',
      '1:20',
      '2026-01-01',
      '2026-01-01T10:00:00Z',
      '4.0.0',
      '0.0.0-dev',
      '~3.22',
      '^1',
      '>=1.0.0 <2.0.0',
      'v1.2.3',
      'oci://ghcr.io/kata-containers/kata-deploy-charts',
      'file://../../chart',
      'https://charts.example.com/',
      '@stable',
      'alias:stable',
      '#hash',
      '- dash',
      '-x',
      ':colon',
      'x:',
      'a: b',
      'a #b',
      '*star',
      '!bang',
      '%pct',
      '`tick',
      "it's",
      'say "hi"',
      'back\\slash',
      '.inf',
      '-.5',
      '+1',
      '=',
      '<<',
      'x'.repeat(90),
    ];
    const lockStrings = strings.filter((s) => !/[\s\u2028\u200b]/.test(s));
    /** A YAML scalar for `s`: plain when the text allows, else double-quoted with every non-ASCII escaped. */
    const scalar = (s: string, flow = false): string => {
      const quoted = `"${[...s]
        .map((c) => {
          const cp = c.codePointAt(0)!;
          if (c === '"' || c === '\\') return `\\${c}`;
          if (c === '\t') return '\\t';
          if (cp >= 0x20 && cp < 0x7f) return c;
          return cp > 0xffff ? `\\U${cp.toString(16).padStart(8, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
        })
        .join('')}"`;
      const plainOk = /^[A-Za-z0-9~^<>=.:/_+@`'"!%*&-][^\n#]*$/.test(s) && !/: |\s$|^[-?:](\s|$)|^[*&!%@`]/.test(s);
      // Mostly quote what YAML 1.1 reads as another type, so that most charts are comparable.
      const typed = !isStringUnder11(s);
      return plainOk && !flow && r.bool(typed ? 0.15 : 0.6) ? s : quoted;
    };
    const importValue = (depth: number): string => {
      const k = r.int(depth > 0 ? 6 : 4);
      if (k === 0) return scalar(r.pick(strings), depth < 2);
      if (k === 1) return r.pick(['1', '-3', '1.5', '0.25', 'true', 'no', '~', '12345678901']);
      if (k === 2) return `{child: ${scalar(r.pick(strings), true)}, parent: ${scalar(r.pick(strings), true)}}`;
      if (k === 3) return scalar(`data${r.int(9)}`, true);
      if (k === 4) return `[${importValue(depth - 1)}, ${importValue(depth - 1)}]`;
      return `{b: ${importValue(depth - 1)}, a: ${importValue(depth - 1)}}`;
    };
    const cases: Case[] = [];
    for (let n = 0; n < 600; n++) {
      const lines = ['apiVersion: v2', 'name: generated', 'version: 1.0.0', 'dependencies:'];
      const count = 1 + r.int(3);
      const locked: LockedDependency[] = [];
      for (let i = 0; i < count; i++) {
        lines.push(`  - name: ${scalar(r.bool(0.7) ? `dep${i}` : r.pick(strings))}`);
        if (r.bool(0.9)) lines.push(`    version: ${scalar(r.pick(strings))}`);
        lines.push(`    repository: ${scalar(r.pick(strings))}`);
        if (r.bool(0.4)) lines.push(`    condition: ${scalar(r.pick(strings))}`);
        if (r.bool(0.3)) lines.push(`    alias: ${scalar(r.bool(0.8) ? `alias_${i}-x` : r.pick(strings))}`);
        if (r.bool(0.3))
          lines.push(`    tags: [${Array.from({ length: r.int(3) }, () => scalar(r.pick(strings), true)).join(', ')}]`);
        if (r.bool(0.3)) lines.push(`    enabled: ${r.pick(['true', 'false', 'yes', 'off', 'True'])}`);
        if (r.bool(0.3)) {
          lines.push('    import-values:');
          for (let j = 0, m = 1 + r.int(3); j < m; j++) lines.push(`      - ${importValue(2)}`);
        }
        locked.push({ name: r.pick(lockStrings), repository: r.pick(lockStrings), version: r.pick(lockStrings) });
      }
      const offset = r.pick([0, 60, -240, 330, 525]);
      const generated = formatGoTime(new Date(1_700_000_000_000 + r.int(1e11)), offset);
      cases.push({ chart: `${lines.join('\n')}\n`, locked, generated });
    }

    const go = runOracle(cases);
    let agreed = 0;
    let refused = 0;
    cases.forEach((c, i) => {
      const mine = ours(c);
      const theirs = go[i]!;
      const context = `case ${i}:\n${c.chart}`;
      if ('refused' in mine) {
        refused++;
        // Refused here: Go rejects it too, or reads a plain scalar as a number or boolean where Helm
        // wants a string, which we refuse rather than imitate.
        if (theirs.error === undefined) {
          expect(mine.refused, context).toMatch(/reads as a (number|boolean); quote it|Go reading is not certain/);
        }
        return;
      }
      expect(theirs.error, context).toBeUndefined();
      expect(mine, context).toEqual(theirs);
      agreed++;
    });
    // The generator must exercise both sides.
    expect(agreed).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(50);
  });
});
