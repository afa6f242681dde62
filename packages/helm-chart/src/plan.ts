import { posix } from 'node:path';
import { throwIfAny, UserError, collectErrors, type FileEdit } from '@coco-release/core';
import { editYaml, type ScalarSet } from '@coco-release/yaml-edit';
import { readChartFile, type ChartDependency, type ChartFile } from './chart-file.js';
import { hashReq } from './digest.js';
import { lockedDependency, type HelmDependency } from './go-json.js';
import { formatGoTime, readLockFile, renderLockFile, type LockedDependency, type LockFile } from './lock-file.js';
import semver from 'semver';
import { bump, isBump, isExactRequirement, isExactSemver, satisfies, type VersionBump } from './version.js';

export type LockMode = 'update' | 'remove' | 'keep';

/** A dependency's new version requirement, by the dependency's name or alias. */
export interface DependencyPin {
  name: string;
  version: string;
  /** Where the request came from, prefixed to its errors (`dependencies line 2`, `manifest line 14`). */
  origin?: string;
  /** When true, a chart without such a dependency is left alone instead of failing (one pin, many charts). */
  optional?: boolean;
}

/** What to do to one chart. */
export interface ChartRequest {
  /** The chart's directory, relative to the workspace. */
  chart: string;
  /**
   * `major`, `minor`, `patch`, `app-bump` (the part `appVersion` changes by) or an exact SemVer 2 version;
   * undefined keeps the version. A relative bump is applied once: a chart whose appVersion already reads
   * the requested one keeps its version. An exact version below the chart's is refused (allowDowngrade).
   */
  version?: string;
  /** An exact `version` below the chart's own is written (a deliberate downgrade). */
  allowDowngrade?: boolean;
  /** Dependencies left out of Chart.lock and its digest, as `NAME@VERSION` (a CI-only entry). */
  lockExclude?: readonly string[];
  /** The new appVersion, exactly; `{chart-version}` stands for the chart's new version. Undefined keeps it. */
  appVersion?: string;
  dependencies?: readonly DependencyPin[];
  /** Chart.lock: `update` (default) as `helm dependency update` would, `remove` deletes it, `keep` leaves it. */
  lock?: LockMode;
  /** Prefixed to errors about this request. */
  origin?: string;
}

/** The workspace as the planner sees it: it reads, never writes. */
export interface WorkspaceReader {
  /** A file's text by its workspace-relative `/`-separated path; undefined when there is no such file. */
  read(path: string): string | undefined;
}

export interface PlanOptions {
  /** The time Chart.lock's `generated` records (default: now). */
  now?: Date;
  /** The zone it is written in, in minutes east of UTC (default: this machine's, as Helm uses). */
  utcOffsetMinutes?: number;
}

export interface ChartResult {
  /** The chart directory, normalised. */
  chart: string;
  name: string;
  /** The chart's version before and after. */
  old: string;
  new: string;
  /** Every dependency pinned by request or following a local chart, changed or not. */
  dependencies: { name: string; key: string; old: string; new: string; pinnedBy?: string }[];
}

export interface ChartPlan {
  /**
   * Every file to write, create or delete, in processing order; unchanged files are absent. A Chart.yaml is
   * edited in place (its changes are its sites: `.version`, `.dependencies[name=x].version`); a Chart.lock is
   * written whole, created (`before` null) or deleted (`after` null), its one change its `digest`.
   */
  files: FileEdit[];
  /** Every listed chart, in processing order (dependencies first). */
  charts: ChartResult[];
  warnings: string[];
}

interface Loaded {
  request: ChartRequest;
  dir: string;
  chartPath: string;
  source: string;
  model: ChartFile;
  /** Listed charts this one depends on through file:// (by directory). */
  localDeps: Set<string>;
  prefix: string;
}

/**
 * Plan the edits of a chart release without touching anything: new Chart.yaml texts (byte-exact edits of
 * version, appVersion and dependency versions), and Chart.lock as Helm 3's `helm dependency update` would
 * leave it. Charts are processed dependencies first, so a chart that takes a listed chart through file://
 * sees its new version. Every problem of every chart is collected and thrown together; nothing is returned
 * to write unless the whole plan holds.
 */
export function planChartBumps(
  workspace: WorkspaceReader,
  requests: readonly ChartRequest[],
  options: PlanOptions = {},
): ChartPlan {
  const { errors, attempt: collect } = collectErrors();
  const loaded = loadCharts(workspace, requests, collect);
  throwIfAny(errors);

  const order = dependencyOrder(loaded);
  const newVersions = new Map<string, string>();
  const versionOf = (c: Loaded, d: ChartDependency, target: string): string => {
    const listed = newVersions.get(target);
    if (listed !== undefined) return listed;
    const path = inDir(target, 'Chart.yaml');
    const text = workspace.read(path);
    if (text === undefined) {
      throw new UserError(`${c.prefix}dependency ${d.key} comes from ${d.dep.repository}, but ${path} does not exist`, {
        file: c.chartPath,
        line: d.line,
      });
    }
    const version = readChartFile(text, path).version.value;
    newVersions.set(target, version);
    return version;
  };

  const plan: ChartPlan = { files: [], charts: [], warnings: [] };
  const now = options.now ?? new Date();
  const generated = formatGoTime(now, options.utcOffsetMinutes ?? -now.getTimezoneOffset());

  for (const c of order) {
    // A chart that cannot be planned still gets its version recorded, so that the charts after it report
    // their own problems rather than one caused by this chart.
    const planned = collect(() => {
      planOne(c);
      return true;
    });
    if (!planned && !newVersions.has(c.dir)) newVersions.set(c.dir, c.model.version.value);
  }
  throwIfAny(errors);
  return plan;

  /** One chart: its version, appVersion and dependency requirements in Chart.yaml, then its Chart.lock. */
  function planOne(c: Loaded): void {
    const { errors: chartErrors, attempt } = collectErrors();
    const fail = (message: string, line: number): void => {
      chartErrors.push(new UserError(`${c.prefix}${message}`, { file: c.chartPath, line }));
    };
    const old = c.model.version.value;
    const version = newChartVersion(c, fail);
    newVersions.set(c.dir, version);
    const sets: ScalarSet[] = [];
    if (version !== old) sets.push({ path: '.version', value: version });
    const appVersion = appVersionSet(c, version);
    if (appVersion) sets.push(appVersion);
    const pinned = dependencyPins(c, chartErrors, fail);
    const { targets, depResults } = dependencyRequirements(c, pinned, sets, attempt, fail);
    throwIfAny(chartErrors);
    const text = planChartYaml(c, sets);
    plan.charts.push({ chart: c.dir, name: c.model.name, old, new: version, dependencies: depResults });
    planLock(c, text, targets);
  }

  /** The requirement of each dependency: pins first, then local charts follow their chart's version. */
  function dependencyRequirements(
    c: Loaded,
    pinned: Map<ChartDependency, { version: string; by: string }>,
    sets: ScalarSet[],
    attempt: <T>(step: () => T) => T | undefined,
    fail: (message: string, line: number) => void,
  ): { targets: Map<ChartDependency, { dir: string; version: string }>; depResults: ChartResult['dependencies'] } {
    const depResults: ChartResult['dependencies'] = [];
    const targets = new Map<ChartDependency, { dir: string; version: string }>();
    for (const d of c.model.dependencies ?? []) {
      const pin = pinned.get(d);
      let requirement = pin?.version ?? d.dep.version;
      if (d.dep.repository.startsWith('file://')) {
        const dir = fileTarget(c, d);
        const target = attempt(() => versionOf(c, d, dir));
        if (target === undefined) continue;
        targets.set(d, { dir, version: target });
        if (pin && isExactRequirement(pin.version) && !satisfies(target, pin.version)) {
          fail(
            `dependency ${d.key} comes from ${d.dep.repository}, whose chart is at ${target}: ` +
              `it cannot be pinned to ${pin.version} (its version follows that chart's)`,
            d.versionLine,
          );
          continue;
        }
        // An exact requirement on a local chart follows it; a range is left as written and checked below.
        if (isExactRequirement(requirement)) requirement = target;
        depResults.push({ name: d.dep.name, key: d.key, old: d.dep.version, new: requirement, pinnedBy: pin?.by });
      } else if (pin) {
        depResults.push({ name: d.dep.name, key: d.key, old: d.dep.version, new: requirement, pinnedBy: pin.by });
      }
      if (requirement !== d.dep.version) sets.push({ path: `.dependencies[${d.index}].version`, value: requirement });
    }
    return { targets, depResults };
  }

  /** Chart.yaml's byte-exact edits; the text it will hold. */
  function planChartYaml(c: Loaded, sets: readonly ScalarSet[]): string {
    const edit = sets.length > 0 ? editYaml(c.model.file, sets, { allowCreate: true }) : undefined;
    const text = edit?.after ?? c.source;
    if (edit && edit.edits.length > 0) {
      plan.files.push({
        file: c.chartPath,
        before: c.source,
        after: text,
        edits: edit.edits,
        // A dependency by its name or alias, as the request gave it, rather than by its index.
        changes: edit.changes.map((ch) => ({ ...ch, site: siteName(ch.site, c.model.dependencies ?? []) })),
      });
    }
    return text;
  }

  /** Chart.lock, from Chart.yaml as it will be: removed, kept (with a warning when stale) or updated. */
  function planLock(c: Loaded, text: string, targets: Map<ChartDependency, { dir: string; version: string }>): void {
    const { model, prefix, request } = c;
    const file = c.chartPath;
    const lockMode = c.request.lock ?? 'update';
    const lockPath = inDir(c.dir, 'Chart.lock');
    const lockText = workspace.read(lockPath);
    if (lockMode === 'remove') {
      if (lockText !== undefined) {
        plan.files.push({
          file: lockPath,
          before: lockText,
          after: null,
          changes: [{ site: 'digest', old: digestOf(lockText), new: null }],
        });
      }
      return;
    }
    const updated = text === c.source ? model : readChartFile(text, file);
    if (updated.dependencies === null) return; // Helm writes no lock for a chart without dependencies
    if (model.apiVersion === 'v1' && workspace.read(inDir(c.dir, 'requirements.yaml')) !== undefined) {
      throw new UserError(
        `${prefix}apiVersion v1 charts keep their dependencies in requirements.yaml, which is not supported`,
        { file, line: 1 },
      );
    }
    if (lockMode === 'keep') {
      keptLockWarnings(c, updated, lockPath, lockText, targets);
      return;
    }
    const oldLock = lockText === undefined ? undefined : readLockFile(lockText, lockPath);
    // A left-out entry is out of the lock and of the digest, as if Chart.yaml did not list it (the charts
    // repository's update-dependencies.sh removes its CI-only entry before `helm dependency update`).
    const excluded = new Set(request.lockExclude ?? []);
    const lockedChart: ChartFile = {
      ...updated,
      dependencies: updated.dependencies.filter((d) => !excluded.has(`${d.dep.name}@${d.dep.version}`)),
    };
    const locked = lockDependencies(c, lockedChart, targets);
    const digest = hashReq(
      lockedChart.dependencies!.map((d) => d.dep),
      locked,
    );
    const lockedEntries: LockedDependency[] = locked.map(({ name, repository, version }) => ({
      name,
      repository,
      version,
    }));
    if (oldLock && oldLock.digest === digest && sameEntries(oldLock, lockedEntries)) return;
    const newLock = renderLockFile({ dependencies: lockedEntries, digest, generated });
    plan.files.push({
      file: lockPath,
      before: lockText ?? null,
      after: newLock,
      changes: [{ site: 'digest', old: oldLock?.digest ?? null, new: digest }],
    });
  }

  /** lock: keep leaves Chart.lock as it is, whatever it holds: it only says when Helm would find it stale. */
  function keptLockWarnings(
    c: Loaded,
    updated: ChartFile,
    lockPath: string,
    lockText: string | undefined,
    targets: Map<ChartDependency, { dir: string; version: string }>,
  ): void {
    let oldLock: LockFile | undefined;
    try {
      oldLock = lockText === undefined ? undefined : readLockFile(lockText, lockPath);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      plan.warnings.push(`${lockPath} is kept, but Helm cannot read it: ${e.message}`);
    }
    if (!oldLock) return;
    const locked = tryLock(c, updated, targets);
    if (
      locked &&
      hashReq(
        (updated.dependencies ?? []).map((d) => d.dep),
        locked,
      ) !== oldLock.digest
    ) {
      plan.warnings.push(
        `${lockPath} no longer matches ${c.chartPath} (helm dependency build will refuse it); lock: update regenerates it`,
      );
    }
  }

  /** resolver.go's Resolve for requirements that need no repository index: exact versions and local charts. */
  function lockDependencies(
    c: Loaded,
    chart: ChartFile,
    targets: Map<ChartDependency, { dir: string; version: string }>,
  ): HelmDependency[] {
    const errs: UserError[] = [];
    const out: HelmDependency[] = [];
    const byIndex = new Map([...targets].map(([d, t]) => [d.index, t]));
    for (const d of chart.dependencies ?? []) {
      const { name, repository, version } = d.dep;
      const where = { file: c.chartPath, line: d.versionLine };
      const fail = (message: string): void =>
        void errs.push(new UserError(`${c.prefix}dependency ${d.key}: ${message}`, where));
      if (repository === '') {
        // A chart kept in charts/<name>: Helm checks the directory and locks the requirement as written.
        const local = posix.normalize(inDir(c.dir, `charts/${name}`));
        if (local.startsWith('../') || workspace.read(`${local}/Chart.yaml`) === undefined) {
          fail(`no repository and no chart in ${local} (Helm: directory not found)`);
        }
        out.push(lockedDependency(name, '', version));
      } else if (repository.startsWith('file://')) {
        const target = byIndex.get(d.index);
        if (!target) continue; // reported while reading the target
        if (version === '' || !satisfies(target.version, version)) {
          fail(
            `requires ${version || '(no version)'} but ${repository} holds version ${target.version} ` +
              `(helm dependency update would fail: can't get a valid version)`,
          );
        }
        out.push(lockedDependency(name, repository, target.version));
      } else if (repository.startsWith('@') || repository.startsWith('alias:')) {
        fail(
          `repository ${repository} names a repository from Helm's local configuration, which this step cannot see; ` +
            'write its URL instead',
        );
      } else if (!isExactRequirement(version)) {
        fail(
          `requires ${version || '(no version)'} from ${repository}: a range needs the repository's index to resolve; ` +
            `pin an exact version (dependencies: ${d.key}=X.Y.Z) or use lock: keep`,
        );
      } else out.push(lockedDependency(name, repository, version));
    }
    throwIfAny(errs);
    return out;
  }

  function tryLock(
    c: Loaded,
    chart: ChartFile,
    targets: Map<ChartDependency, { dir: string; version: string }>,
  ): HelmDependency[] | undefined {
    try {
      return lockDependencies(c, chart, targets);
    } catch (e) {
      if (e instanceof UserError) return undefined;
      throw e;
    }
  }
}

/**
 * `app-bump`: the part of the appVersion that changes (v0.21.0 -> v0.21.1 a patch, v0.21.1 -> v0.22.0 a
 * minor), to bump the chart's version by.
 */
function appBump(from: string | undefined, to: string | undefined): VersionBump | { error: string } {
  if (to === undefined)
    return {
      error: 'version app-bump follows the app-version, but no app-version is given (or it is {chart-version})',
    };
  const a = from === undefined ? null : semver.parse(from.replace(/^v(?=\d)/, ''));
  const b = semver.parse(to.replace(/^v(?=\d)/, ''));
  if (a === null || b === null)
    return {
      error: `version app-bump needs SemVer versions on both sides, got appVersion ${from ?? '(none)'} -> ${to}`,
    };
  if (semver.lt(b, a)) return { error: `version app-bump: app-version ${to} is below the chart's appVersion ${from}` };
  if (a.major !== b.major) return 'major';
  if (a.minor !== b.minor) return 'minor';
  return 'patch';
}

type Collect = <T>(step: () => T) => T | undefined;
type Fail = (message: string, line: number) => void;

/** Read every listed chart (each once), and note which listed charts each takes through file://. */
function loadCharts(workspace: WorkspaceReader, requests: readonly ChartRequest[], collect: Collect): Loaded[] {
  const loaded: Loaded[] = [];
  const byDir = new Map<string, Loaded>();
  for (const request of requests) {
    collect(() => {
      const prefix = request.origin ? `${request.origin}: ` : '';
      const dir = chartDir(request.chart, prefix);
      const earlier = byDir.get(dir);
      if (earlier) throw new UserError(`${prefix}chart ${dir} is listed twice`);
      const chartPath = inDir(dir, 'Chart.yaml');
      const source = workspace.read(chartPath);
      if (source === undefined) {
        throw new UserError(`${prefix}${dir}: no Chart.yaml in this directory (give the chart's directory)`);
      }
      const model = readChartFile(source, chartPath);
      const entry: Loaded = { request, dir, chartPath, source, model, localDeps: new Set(), prefix };
      byDir.set(dir, entry);
      loaded.push(entry);
    });
  }
  for (const c of loaded) {
    for (const d of c.model.dependencies ?? []) {
      if (!d.dep.repository.startsWith('file://')) continue;
      const target = collect(() => fileTarget(c, d));
      if (target !== undefined && byDir.has(target) && target !== c.dir) c.localDeps.add(target);
    }
  }
  return loaded;
}

/**
 * The chart's new version: its version bumped (major, minor, patch, or app-bump: the part app-version changes
 * by), or the version given. A relative bump is applied once (a chart whose appVersion already is the
 * requested one keeps its version); an exact version below the chart's is refused unless allowDowngrade.
 */
function newChartVersion(c: Loaded, fail: Fail): string {
  const { request, model, prefix } = c;
  const old = model.version.value;
  if (request.version === undefined) return old;
  const wanted = request.version.trim();
  const appWanted =
    request.appVersion === undefined || request.appVersion.includes('{chart-version}') ? undefined : request.appVersion;
  const relative = isBump(wanted) || wanted === 'app-bump';
  // In place already: this release's bump was applied (a re-run), whatever the bump says.
  if (relative && appWanted !== undefined && model.appVersion?.value === appWanted) return old;
  if (relative && !isExactSemver(old)) {
    fail(`cannot bump version ${old}: it is not a SemVer 2 version (X.Y.Z)`, model.version.line);
    return old;
  }
  if (wanted === 'app-bump') {
    const level = appBump(model.appVersion?.value, appWanted);
    if (typeof level === 'string') return bump(old, level);
    fail(level.error, (appWanted !== undefined && model.appVersion?.line) || model.version.line);
    return old;
  }
  if (isBump(wanted)) return bump(old, wanted);
  if (isExactSemver(wanted)) {
    if (isExactSemver(old) && semver.lt(wanted, old) && !request.allowDowngrade) {
      fail(
        `version ${wanted} is below the chart's current version ${old}: a chart never goes backwards ` +
          '(allow-downgrade: true accepts it)',
        model.version.line,
      );
      return old;
    }
    return wanted;
  }
  const hint = isExactSemver(wanted.replace(/^[v=]/, ''))
    ? ` (without the leading ${wanted[0]}: ${wanted.slice(1)})`
    : '';
  throw new UserError(
    `${prefix}version ${JSON.stringify(wanted)} is neither major, minor, patch, app-bump nor a SemVer 2 version${hint}`,
  );
}

/** appVersion with {chart-version} filled in; undefined when none is asked or Chart.yaml holds it already. */
function appVersionSet(c: Loaded, version: string): ScalarSet | undefined {
  const { request, model, prefix } = c;
  if (request.appVersion === undefined) return undefined;
  const appVersion = request.appVersion.replaceAll('{chart-version}', version);
  const unknown = /\{[^{}\s]*\}/.exec(appVersion);
  if (unknown) {
    throw new UserError(`${prefix}app-version: unknown placeholder ${unknown[0]} (only {chart-version} is known)`);
  }
  if (/[\r\n]/.test(appVersion)) throw new UserError(`${prefix}app-version must be a single line`);
  if (model.appVersion?.value !== appVersion || model.appVersion === null)
    return { path: '.appVersion', value: appVersion };
  return undefined;
}

/** Each requested pin, matched to exactly one dependency by its alias or name. */
function dependencyPins(
  c: Loaded,
  chartErrors: UserError[],
  fail: Fail,
): Map<ChartDependency, { version: string; by: string }> {
  const { request, model, prefix } = c;
  const deps = model.dependencies ?? [];
  const pinned = new Map<ChartDependency, { version: string; by: string }>();
  for (const pin of request.dependencies ?? []) {
    const where = pin.origin ? `${pin.origin}: ` : '';
    const version = pin.version.trim();
    if (version === '' || /\s/.test(version)) {
      chartErrors.push(
        new UserError(`${prefix}${where}${pin.name}: expected NAME=VERSION with a version without spaces`),
      );
      continue;
    }
    const found = findDependency(deps, pin.name);
    if (found === 'ambiguous') {
      const aliases = deps.filter((d) => d.dep.name === pin.name).map((d) => d.key);
      fail(
        `${where}${pin.name} names ${aliases.length} dependencies (${aliases.join(', ')}); give the alias`,
        model.dependenciesLine,
      );
      continue;
    }
    if (found === undefined) {
      if (pin.optional) continue;
      const known = deps.map((d) => (d.dep.alias ? `${d.dep.name} (alias ${d.dep.alias})` : d.dep.name));
      fail(
        `${where}no dependency named or aliased ${pin.name} in ${model.name}` +
          (known.length ? ` (it has ${known.join(', ')})` : ' (it has no dependencies)'),
        model.dependenciesLine,
      );
      continue;
    }
    if (pinned.has(found)) {
      fail(`${where}dependency ${found.key} is pinned twice (also by ${pinned.get(found)!.by})`, found.line);
      continue;
    }
    pinned.set(found, { version, by: pin.origin ?? pin.name });
  }
  return pinned;
}

/** `file://../x` relative to the chart, as a workspace-relative directory; outside the workspace is refused. */
function fileTarget(c: Loaded, d: ChartDependency): string {
  const rel = d.dep.repository.slice('file://'.length);
  const where = { file: c.chartPath, line: d.line };
  if (rel.startsWith('/')) {
    throw new UserError(
      `${c.prefix}dependency ${d.key}: ${d.dep.repository} is an absolute path; only paths inside the workspace can be read`,
      where,
    );
  }
  const target = posix.normalize(posix.join(c.dir, rel)).replace(/\/+$/, '');
  if (target === '..' || target.startsWith('../')) {
    throw new UserError(`${c.prefix}dependency ${d.key}: ${d.dep.repository} points outside the workspace`, where);
  }
  return target;
}

/** A path inside a workspace-relative directory (`.` is the workspace itself). */
function inDir(dir: string, name: string): string {
  return dir === '.' ? name : `${dir}/${name}`;
}

function chartDir(chart: string, prefix: string): string {
  const raw = chart.trim().replaceAll('\\', '/');
  if (raw === '') throw new UserError(`${prefix}empty chart directory`);
  if (raw.startsWith('/')) throw new UserError(`${prefix}${raw}: give the chart directory relative to the workspace`);
  const dir = posix.normalize(raw).replace(/\/+$/, '') || '.';
  if (dir === '..' || dir.startsWith('../'))
    throw new UserError(`${prefix}refusing ${raw}: it is outside the workspace`);
  return dir;
}

/**
 * Listed charts in dependency order: a chart comes after every listed chart it takes through file://, and
 * otherwise keeps its place in the list.
 */
function dependencyOrder(charts: readonly Loaded[]): Loaded[] {
  const done = new Set<string>();
  const out: Loaded[] = [];
  const left = [...charts];
  while (left.length > 0) {
    const i = left.findIndex((c) => [...c.localDeps].every((d) => done.has(d)));
    if (i === -1) {
      const cycle = left.map((c) => c.dir).join(', ');
      throw new UserError(`the listed charts depend on each other through file:// in a cycle: ${cycle}`);
    }
    const [next] = left.splice(i, 1);
    done.add(next!.dir);
    out.push(next!);
  }
  return out;
}

/** A dependency by its key (alias, else name), else by its name when only one dependency has it. */
function findDependency(deps: readonly ChartDependency[], name: string): ChartDependency | 'ambiguous' | undefined {
  const byKey = deps.filter((d) => d.key === name);
  if (byKey.length === 1) return byKey[0];
  const byName = deps.filter((d) => d.dep.name === name);
  if (byName.length > 1) return 'ambiguous';
  return byName[0];
}

function siteName(path: string, deps: readonly ChartDependency[]): string {
  const m = /^\.dependencies\[(\d+)\]\.version$/.exec(path);
  if (!m) return path;
  const d = deps.find((x) => x.index === Number(m[1]));
  if (!d) return path;
  return d.dep.alias ? `.dependencies[alias=${d.dep.alias}].version` : `.dependencies[name=${d.dep.name}].version`;
}

function sameEntries(lock: LockFile, entries: readonly LockedDependency[]): boolean {
  return (
    lock.dependencies.length === entries.length &&
    lock.dependencies.every(
      (d, i) =>
        d.name === entries[i]!.name && d.repository === entries[i]!.repository && d.version === entries[i]!.version,
    )
  );
}

function digestOf(lockText: string): string | null {
  return /^digest: *(\S+)/m.exec(lockText)?.[1] ?? null;
}
