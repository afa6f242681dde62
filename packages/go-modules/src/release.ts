import { collectErrors, throwIfAny, UserError, type SourcePosition } from '@coco-release/core';
import { parseGoMod, type GoMod, type Require } from './gomod.js';
import { tagNameProblem } from './refname.js';
import { isPseudoVersion, majorOf, ZERO_PSEUDO } from './version.js';

export interface Module {
  /** Repository-relative directory, `''` for the root. */
  dir: string;
  /** The go.mod as messages show it: `src/x/go.mod`. */
  file: string;
  path: string;
  gomod: GoMod;
}

export function goModFile(dir: string): string {
  return dir === '' ? 'go.mod' : `${dir}/go.mod`;
}

export function displayDir(dir: string): string {
  return dir === '' ? '.' : dir;
}

/** Parse every go.mod (dir -> text); every broken file is reported at once. */
export function loadModules(sources: ReadonlyMap<string, string>): Module[] {
  const { errors, attempt } = collectErrors();
  const modules: Module[] = [];
  for (const [dir, text] of [...sources].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const file = goModFile(dir);
    attempt(() => {
      const gomod = parseGoMod(text, file);
      if (!gomod.module) throw new UserError('no module directive', { file, line: 1 });
      modules.push({ dir, file, path: gomod.module.path, gomod });
    });
  }
  throwIfAny(errors);
  const byPath = new Map<string, Module>();
  for (const m of modules) {
    const other = byPath.get(m.path);
    if (other)
      errors.push(
        new UserError(`module ${m.path} is declared twice: in ${other.file} and in ${m.file}`, {
          file: m.file,
          line: m.gomod.module!.line,
        }),
      );
    byPath.set(m.path, m);
  }
  throwIfAny(errors);
  return modules;
}

/** `N` when a module path ends in a major version suffix `/vN` (N >= 2), else undefined. */
export function majorSuffix(modulePath: string): number | undefined {
  const m = /\/v([2-9]|[1-9]\d+)$/.exec(modulePath);
  return m ? Number(m[1]) : undefined;
}

/**
 * The tag Go looks for (https://go.dev/ref/mod#vcs-version): `<dir>/<version>`, or `<version>` at the root.
 * A `/vN` module living in a `vN` directory is tagged without that element (`sub/v2` -> `sub/v2.0.0`).
 */
export function tagFor(module: Pick<Module, 'dir' | 'path' | 'file' | 'gomod'>, version: string): string {
  const pos: SourcePosition = { file: module.file, line: module.gomod.module?.line ?? 1 };
  const n = majorSuffix(module.path);
  const major = majorOf(version);
  let prefix = module.dir;
  if (n !== undefined) {
    if (major !== n)
      throw new UserError(
        `module ${module.path} has the major version suffix /v${n}: it can only be released as v${n}.x.y, not ${version}`,
        pos,
      );
    if (prefix === `v${n}`) prefix = '';
    else if (prefix.endsWith(`/v${n}`)) prefix = prefix.slice(0, -`/v${n}`.length);
  } else if (major >= 2) {
    throw new UserError(
      `module ${module.path} has no /v${major} suffix: Go ignores a ${version} tag for it (a v${major} module path must end in /v${major})`,
      pos,
    );
  }
  // Go finds `<dir>/vX` tags only when the module path ends with that directory.
  const base =
    n !== undefined && !module.dir.endsWith(`/v${n}`) && module.dir !== `v${n}`
      ? module.path.slice(0, -`/v${n}`.length)
      : module.path;
  if (module.dir !== '' && base !== module.dir && !base.endsWith(`/${module.dir}`)) {
    throw new UserError(
      `module path ${module.path} does not end with its directory ${module.dir}: Go would not find a ${module.dir}/${version} tag for it`,
      pos,
    );
  }
  return prefix === '' ? version : `${prefix}/${version}`;
}

export interface PlannedTag {
  tag: string;
  /** Module directory, or undefined for a root tag that belongs to no module. */
  dir: string | undefined;
  modulePath: string | undefined;
  file: string | undefined;
  /** Directories of the selected modules this one requires. */
  deps: string[];
  message: string;
}

export interface ReleasePlan {
  version: string;
  /** Dependencies first; a root tag without a module comes last. */
  tags: PlannedTag[];
  modules: Module[];
  selected: Module[];
  /** Modules that require each other at the commit being tagged (a warning, not an error). */
  cycles: RequireIssue[];
}

/** Pick modules by directory (`.` for the root) or module path; unknown names are errors. */
export function selectModules(all: readonly Module[], wanted: readonly { text: string; line: number }[]): Module[] {
  if (wanted.length === 0) return [...all];
  const errors: UserError[] = [];
  const picked = new Set<Module>();
  for (const { text, line } of wanted) {
    const key = text.replace(/^\.\//, '').replace(/\/+$/, '');
    const m = all.find((x) => x.path === key || x.dir === key || (key === '.' && x.dir === ''));
    if (m) picked.add(m);
    else
      errors.push(
        new UserError(
          `unknown module '${text}' in input 'modules' (line ${line}): the modules found are ${all.map((x) => displayDir(x.dir)).join(', ') || '(none)'}`,
        ),
      );
  }
  throwIfAny(errors);
  return all.filter((m) => picked.has(m));
}

/** Internal requires: requires of `m` naming another module of the repository. */
export function internalRequires(m: Module, byPath: ReadonlyMap<string, Module>): { req: Require; target: Module }[] {
  const out: { req: Require; target: Module }[] = [];
  for (const req of m.gomod.requires) {
    const target = byPath.get(req.path);
    if (target && target !== m) out.push({ req, target });
  }
  return out;
}

/**
 * Does this internal require resolve to the commit being tagged? Only then must its target be tagged
 * first: the zero pseudo-version with a replace to a directory (the code at this commit), or the version
 * being released. A require of an older, already-tagged version (in v0.9.0 cloud-providers required a
 * released cloud-api-adaptor) resolves elsewhere and orders nothing.
 */
export function resolvesToRelease(m: Module, req: Require, version: string): boolean {
  if (req.version === version) return true;
  return (
    req.version === ZERO_PSEUDO &&
    m.gomod.replaces.some((r) => r.oldPath === req.path && r.local && (r.oldVersion ?? req.version) === req.version)
  );
}

/** The selected modules a module must be tagged after (see resolvesToRelease). */
function releaseDeps(m: Module, byPath: ReadonlyMap<string, Module>, inSet: ReadonlySet<Module>, version: string) {
  return internalRequires(m, byPath)
    .filter((x) => inSet.has(x.target) && resolvesToRelease(m, x.req, version))
    .map((x) => x.target);
}

/**
 * Dependencies first (Kahn's algorithm, ready modules by directory: deterministic). Modules that require
 * each other at the commit being tagged form a cycle, which Go accepts: it is reported, and its modules
 * are tagged in directory order (all tags go out in one atomic push, so no consumer sees a partial set).
 */
export function topologicalOrder(
  selected: readonly Module[],
  all: readonly Module[],
  version: string,
): { order: Module[]; cycles: RequireIssue[] } {
  const byPath = new Map(all.map((m) => [m.path, m]));
  const inSet = new Set(selected);
  const deps = new Map(selected.map((m) => [m, new Set(releaseDeps(m, byPath, inSet, version))]));
  const byDir = (a: Module, b: Module): number => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0);
  const order: Module[] = [];
  const cycles: RequireIssue[] = [];
  const done = new Set<Module>();
  while (order.length < selected.length) {
    const left = selected.filter((m) => !done.has(m)).sort(byDir);
    let next = left.find((m) => [...deps.get(m)!].every((d) => done.has(d)));
    if (!next) {
      // Walk unfinished dependencies from the first module left until one repeats: that loop is a cycle.
      const path: Module[] = [];
      let cur = left[0]!;
      while (!path.includes(cur)) {
        path.push(cur);
        cur = [...deps.get(cur)!].filter((d) => !done.has(d)).sort(byDir)[0]!;
      }
      const loop = path.slice(path.indexOf(cur));
      cycles.push({
        message: `Go modules require each other at ${version}: ${[...loop, cur].map((m) => displayDir(m.dir)).join(' -> ')}; they are tagged together in one atomic push`,
        position: { file: cur.file, line: cur.gomod.module?.line ?? 1 },
      });
      next = loop.sort(byDir)[0]!;
    }
    order.push(next);
    done.add(next);
  }
  return { order, cycles };
}

export function planRelease(opts: {
  modules: readonly Module[];
  selected: readonly Module[];
  version: string;
  rootTag: boolean;
}): ReleasePlan {
  const { version } = opts;
  const { errors, attempt } = collectErrors();
  const tags: PlannedTag[] = [];
  const byPath = new Map(opts.modules.map((m) => [m.path, m]));
  const inSet = new Set(opts.selected);
  const { order, cycles } = topologicalOrder(opts.selected, opts.modules, version);
  for (const m of order) {
    attempt(() =>
      tags.push({
        tag: tagFor(m, version),
        dir: m.dir,
        modulePath: m.path,
        file: m.file,
        deps: releaseDeps(m, byPath, inSet, version).map((t) => t.dir),
        message: `Release ${version} of ${m.path}`,
      }),
    );
  }
  throwIfAny(errors);
  const seen = new Map<string, PlannedTag>();
  for (const t of tags) {
    const other = seen.get(t.tag);
    if (other)
      errors.push(
        new UserError(`modules in ${displayDir(other.dir!)} and ${displayDir(t.dir!)} would both be tagged ${t.tag}`, {
          file: t.file,
        }),
      );
    seen.set(t.tag, t);
  }
  throwIfAny(errors);
  for (const t of tags) {
    const problem = tagNameProblem(t.tag);
    if (problem)
      errors.push(
        new UserError(
          `the module in ${JSON.stringify(displayDir(t.dir!))} would be tagged ${JSON.stringify(t.tag)}, which git refuses as a tag name: ${problem}`,
          { file: t.file },
        ),
      );
  }
  throwIfAny(errors);
  if (opts.rootTag && !seen.has(version)) {
    tags.push({
      tag: version,
      dir: undefined,
      modulePath: undefined,
      file: undefined,
      deps: [],
      message: `Release ${version}`,
    });
  }
  return { version, tags, modules: [...opts.modules], selected: [...opts.selected], cycles };
}

export interface RequireIssue {
  message: string;
  position: SourcePosition;
}

/**
 * How each internal require of a module being tagged resolves for someone who uses the tag. A require the
 * tag's consumers can only satisfy through this repository's `replace` is a warning (they do not see the
 * replace); one naming a version that has no tag and is not being created is an error. `existing` is every
 * tag known to exist (the remote's); undefined when unknown (plan mode), which checks only what needs no remote.
 */
export function checkInternalRequires(
  plan: ReleasePlan,
  existing: ReadonlySet<string> | undefined,
): { warnings: RequireIssue[]; errors: UserError[] } {
  const warnings: RequireIssue[] = [];
  const errors: UserError[] = [];
  const byPath = new Map(plan.modules.map((m) => [m.path, m]));
  const planned = new Set(plan.tags.map((t) => t.tag));
  for (const m of plan.selected) {
    for (const { req, target } of internalRequires(m, byPath)) {
      const position = { file: m.file, line: req.line, col: req.col };
      const replaced = m.gomod.replaces.find(
        (r) => r.oldPath === req.path && (r.oldVersion === undefined || r.oldVersion === req.version),
      );
      let tag: string | undefined;
      try {
        tag = tagFor(target, req.version);
      } catch {
        tag = undefined;
      }
      const pseudo = isPseudoVersion(req.version) && req.version !== ZERO_PSEUDO;
      const tagged = tag !== undefined && (planned.has(tag) || existing?.has(tag) === true);
      if (pseudo || tagged) continue;
      if (existing === undefined && req.version !== ZERO_PSEUDO && tag !== undefined) continue; // unknown yet
      const what = tag === undefined || req.version === ZERO_PSEUDO ? req.version : `${req.version} (tag ${tag})`;
      if (replaced) {
        const own = plan.tags.find((t) => t.dir === m.dir)?.tag ?? displayDir(m.dir);
        warnings.push({
          message: `${req.path} ${req.version} resolves only through replace => ${replaced.newPath}${replaced.newVersion ? ` ${replaced.newVersion}` : ''}: modules that use ${own} do not see that replace and cannot resolve it`,
          position,
        });
      } else {
        errors.push(
          new UserError(
            `${m.path} requires ${req.path} ${what}, which does not exist and is not being created`,
            position,
          ),
        );
      }
    }
  }
  return { warnings, errors };
}

export type TagStatus = 'create' | 'push' | 'skip' | 'conflict';

export interface ClassifiedTag extends PlannedTag {
  status: TagStatus;
  /** Commit the tag already points at (skip/conflict/push). */
  existing?: string;
  /** Where the conflicting tag is: 'remote' or 'local'. */
  where?: 'remote' | 'local';
}

/**
 * New / already at the commit / at another commit, from one listing of the remote's tags (and the local
 * ones, which `git tag` would otherwise trip over). `remote` is undefined when nothing is pushed.
 */
export function classifyTags(
  plan: ReleasePlan,
  commit: string,
  remote: ReadonlyMap<string, string> | undefined,
  local: ReadonlyMap<string, string>,
): ClassifiedTag[] {
  return plan.tags.map((t) => {
    const r = remote?.get(t.tag);
    const l = local.get(t.tag);
    if (r !== undefined) {
      if (r !== commit) return { ...t, status: 'conflict', existing: r, where: 'remote' };
      if (l !== undefined && l !== commit) return { ...t, status: 'conflict', existing: l, where: 'local' };
      return { ...t, status: 'skip', existing: r };
    }
    if (l !== undefined) {
      if (l !== commit) return { ...t, status: 'conflict', existing: l, where: 'local' };
      return { ...t, status: remote === undefined ? 'skip' : 'push', existing: l };
    }
    return { ...t, status: 'create' };
  });
}

export function conflictErrors(tags: readonly ClassifiedTag[], commit: string, remoteName: string): UserError[] {
  return tags
    .filter((t) => t.status === 'conflict')
    .map(
      (t) =>
        new UserError(
          t.where === 'remote'
            ? `tag ${t.tag} already exists on ${remoteName} at commit ${t.existing}, not at ${commit} being released: a Go module tag can never be moved (the module proxy keeps its hash forever); release a new version instead`
            : `local tag ${t.tag} points at commit ${t.existing}, not at ${commit} being released, and ${remoteName} does not have it: delete the local tag (git tag -d ${t.tag}) or release a new version`,
        ),
    );
}

/** `git ls-remote --tags` output -> tag name -> commit (peeled `^{}` lines win over tag objects). */
export function parseLsRemote(stdout: string): Map<string, string> {
  const direct = new Map<string, string>();
  const peeled = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const m = /^([0-9a-f]{40,64})\trefs\/tags\/(.+?)(\^\{\})?$/.exec(line.trim());
    if (!m) continue;
    (m[3] ? peeled : direct).set(m[2]!, m[1]!);
  }
  for (const [k, v] of peeled) direct.set(k, v);
  return direct;
}

/** Single-quote for a POSIX shell: what the printed commands need to be pasted safely. */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:@^{}=+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The exact commands a person would run for this plan (what `plan` mode prints). */
export function planCommands(plan: ReleasePlan, ref: string, remote: string, push: boolean): string[] {
  const lines = [`commit=$(git rev-parse --verify ${shellQuote(`${ref}^{commit}`)})`];
  for (const t of plan.tags) lines.push(`git tag -a -m ${shellQuote(t.message)} ${shellQuote(t.tag)} "$commit"`);
  if (push && plan.tags.length > 0)
    lines.push(
      `git push --atomic ${shellQuote(remote)} ${plan.tags.map((t) => shellQuote(`refs/tags/${t.tag}`)).join(' ')}`,
    );
  return lines;
}
