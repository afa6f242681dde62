import { UserError } from '@coco-release/core';
import { formatTag, nextVersion, versionsOf, type TagFormat } from '@coco-release/versioning';
import semver from 'semver';
import type { PinReport, Report } from './check.js';
import type { Graph } from './graph.js';
import { renderTemplate, trainOrder, type ComponentRelease, type Phase, type Workflow } from './train-graph.js';

/**
 * The release train's plan, computed from facts alone (no GitHub here): which step of which component is
 * done, which can start now, which waits and on what, and which is blocked and why. A step is `ready` only
 * when nothing says it started: no open pull request of it, no run of it queued or in progress, no run of it
 * after its pull request merged; so a conductor that dispatches every `ready` step starts each step once,
 * however often it runs.
 */

export type CiState = 'success' | 'pending' | 'failure' | 'none';

export interface PullRequest {
  number: number;
  url: string;
  state: 'open' | 'merged' | 'closed';
  /** ISO time; set when merged. */
  mergedAt?: string | undefined;
}

export interface WorkflowRun {
  id: number;
  /** The run's title (display_title): the workflow's run-name. */
  title: string;
  /** queued, in_progress, completed, waiting, requested, pending */
  status: string;
  /** success, failure, cancelled, timed_out, … once completed; null before. */
  conclusion: string | null;
  url: string;
  /** ISO time. */
  createdAt: string;
}

export interface TrainState {
  /** The train's target: the version of the component that starts it (Kata 4.1.0). */
  target: string;
  /** The commit of the target's tag; null when the tag does not exist. */
  targetCommit: string | null;
  /**
   * checkGraph's report with the start's files read at the target tag, the others at their default branch,
   * and `release` naming the target: every pin's value, status and `set` line.
   */
  report: Report;
  /** Per component of the train: its tags (among its newest) and the commits they name. */
  tags: Record<string, { name: string; commit: string | null }[]>;
  /** Per component with `released-with`: that pin's version read at the component's newest release tag. */
  releasedWith: Record<string, { tag: string; version: string | undefined }>;
  /**
   * Per component with `current`: the version its file holds on the default branch (Chart.yaml 0.16.0), or
   * the reason it could not be read.
   */
  current?: Record<string, { version: string } | { error: string }>;
  /** Pull requests by `REPOSITORY:BRANCH` (prKey); absent: no pull request from that branch. */
  pullRequests: Record<string, PullRequest>;
  /** The runs of each release workflow by `REPOSITORY/FILE` (workflowKey), any order. */
  runs: Record<string, WorkflowRun[]>;
  /** The head commit of each workflow's branch by `REPOSITORY:REF` (refKey). */
  heads: Record<string, string>;
  /** CI on a commit by `REPOSITORY@SHA` (ciKey); absent: not known. */
  ci: Record<string, CiState>;
  /** Versions given by a person instead of the policy's (`cloud-api-adaptor` -> `0.23.0`). */
  versions?: Record<string, string>;
}

export const prKey = (repository: string, branch: string): string => `${repository}:${branch}`;
export const workflowKey = (w: Workflow): string => `${w.repository}/${w.file}`;
export const refKey = (repository: string, ref: string): string => `${repository}:${ref}`;
export const ciKey = (repository: string, sha: string): string => `${repository}@${sha}`;

export type StepState = 'done' | 'ready' | 'waiting' | 'blocked';
export type WaitingOn = 'pull-request' | 'ci' | 'run' | 'component' | 'phase';

export interface Step {
  /** `COMPONENT/PHASE` */
  id: string;
  component: string;
  phase: string;
  state: StepState;
  waitingOn?: WaitingOn;
  reason: string;
  link?: string;
  /** The `set` lines (release-status' fix lines) that unblock a drift, prefixed by their file. */
  fix?: string[];
  workflow?: Workflow;
  runName?: string;
  /** The workflow_dispatch inputs; undefined when a version they name is not known. */
  inputs?: Record<string, string>;
  pullRequest?: string;
}

export interface ComponentVersion {
  version: string | undefined;
  tag: string | undefined;
  /** The release of this component in the train exists (its tag). */
  released: boolean;
  /** Why this version (or why none). */
  reason: string;
  /** The commit this release tags (components with `commit`). */
  commit?: string;
}

export interface Plan {
  target: { component: string; version: string; tag: string };
  versions: Record<string, ComponentVersion>;
  steps: Step[];
  /** Per component, the components released before it (the graph's `after`). */
  after: Record<string, string[]>;
  /** Per component, the id of the step that releases it (its tag). */
  released: Record<string, string>;
}

export interface PlanOptions {
  /** GITHUB_SERVER_URL, for links. */
  serverUrl?: string;
}

const FAILING = new Set(['drift', 'not-found', 'error']);

const bare = (v: string): string => v.replace(/^v(?=\d)/, '');

export function planTrain(graph: Graph, state: TrainState, options: PlanOptions = {}): Plan {
  const server = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const train = new Map<string, ComponentRelease>();
  for (const c of graph.components.values()) if (c.release) train.set(c.name, c.release);
  const order = trainOrder(train);
  const startName = order.find((n) => train.get(n)!.startsTrain);
  if (startName === undefined) throw new UserError(`${graph.file} has no release train (no component with release:)`);
  const start = graph.components.get(startName)!;
  const target = bare(state.target);
  const targetTag = formatTag(start.tagFormat, target);
  const pinsById = new Map(state.report.pins.map((p) => [p.id, p]));

  const versions: Record<string, ComponentVersion> = {};
  versions[startName] = {
    version: target,
    tag: targetTag,
    released: state.targetCommit !== null,
    reason: `the train's target`,
  };
  /** Every component's released phase (its tag), for `after`. */
  const released = new Map<string, boolean>([[startName, state.targetCommit !== null]]);
  const steps: Step[] = [];
  const after: Record<string, string[]> = {};
  const releasedBy: Record<string, string> = { [startName]: `${startName}/release` };
  steps.push(
    state.targetCommit !== null
      ? {
          id: `${startName}/release`,
          component: startName,
          phase: 'release',
          state: 'done',
          reason: `${start.repository} ${targetTag} is released`,
          link: `${server}/${start.repository}/releases/tag/${encodeURIComponent(targetTag)}`,
        }
      : {
          id: `${startName}/release`,
          component: startName,
          phase: 'release',
          state: 'blocked',
          reason: `${start.repository} has no tag ${targetTag}: the train starts at a ${startName} release`,
        },
  );

  for (const name of order) {
    const release = train.get(name)!;
    if (release.startsTrain) continue;
    const component = graph.components.get(name)!;
    after[name] = [...release.after];
    releasedBy[name] = `${name}/${release.phases.find((p) => p.done.kind === 'tag')!.name}`;
    const version = componentVersion(name, component.tagFormat, release, state, pinsById, startName, target);
    versions[name] = version;

    const vars = new Map<string, string>();
    for (const [n, v] of Object.entries(versions)) {
      if (n === name || v.version === undefined) continue;
      vars.set(`${n}.version`, v.version).set(`${n}.tag`, v.tag!);
    }
    if (version.version !== undefined) vars.set('version', version.version).set('tag', version.tag!);
    if (version.commit !== undefined) vars.set('commit', version.commit);
    const render = (t: string): string | undefined => {
      try {
        return renderTemplate(t, vars);
      } catch {
        return undefined;
      }
    };

    // Which phases are done: the tag makes its phase and every one before done; the others follow in order.
    const facts = release.phases.map((p): boolean => {
      if (p.done.kind === 'tag') return version.released;
      const pin = pinsById.get(p.done.pin);
      const want = render(p.done.value);
      return want !== undefined && pin?.value !== undefined && bare(pin.value) === bare(want);
    });
    const tagAt = release.phases.findIndex((p) => p.done.kind === 'tag');
    const done: boolean[] = [];
    release.phases.forEach((_, i) => {
      done[i] = (version.released && i <= tagAt) || (facts[i]! && (i === 0 || done[i - 1]!));
    });
    released.set(name, version.released);

    const notDone = release.phases.filter((_, i) => !done[i]);
    const setByWork = new Set(notDone.flatMap((p) => p.sets));
    const drifts = state.report.pins.filter((p) => p.holder === name && FAILING.has(p.status) && !setByWork.has(p.id));
    let first = true;
    release.phases.forEach((phase, i) => {
      const base: Step = {
        id: `${name}/${phase.name}`,
        component: name,
        phase: phase.name,
        state: 'done',
        reason: '',
        workflow: release.workflow,
      };
      const runName = render(phase.runName);
      if (runName !== undefined) base.runName = runName;
      const inputs = renderInputs(phase, render);
      if (inputs) base.inputs = inputs;
      const branch = phase.pullRequest !== undefined ? render(phase.pullRequest) : undefined;
      if (branch !== undefined) base.pullRequest = branch;

      if (done[i]) {
        steps.push({ ...base, state: 'done', ...doneWhy(phase, version, component.repository, server, pinsById) });
        return;
      }
      if (!first) {
        const before = release.phases[i - 1]!.name;
        steps.push({ ...base, state: 'waiting', waitingOn: 'phase', reason: `after ${name} ${before}` });
        return;
      }
      first = false;
      steps.push({
        ...base,
        ...evaluate(name, phase, release, version, drifts, base, released, state, server, component.repository),
      });
    });
  }
  return {
    target: { component: startName, version: target, tag: targetTag },
    versions,
    steps,
    after,
    released: releasedBy,
  };
}

function renderInputs(phase: Phase, render: (t: string) => string | undefined): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const [k, t] of Object.entries(phase.inputs)) {
    const v = render(t);
    if (v === undefined) return undefined;
    out[k] = v;
  }
  return out;
}

function doneWhy(
  phase: Phase,
  version: ComponentVersion,
  repository: string,
  server: string,
  pins: ReadonlyMap<string, PinReport>,
): { reason: string; link?: string } {
  const tagLink = `${server}/${repository}/releases/tag/${encodeURIComponent(version.tag ?? '')}`;
  if (phase.done.kind === 'tag') return { reason: `${repository} ${version.tag} is released`, link: tagLink };
  const pin = pins.get(phase.done.pin);
  if (pin?.value === undefined || !version.released || bare(pin.value) === bare(phase.done.value))
    return pin?.value !== undefined
      ? { reason: `${pin.file} ${pin.site} is ${pin.value}`, link: pinLink(pin, server) }
      : { reason: `done` };
  return { reason: `${repository} ${version.tag} is released`, link: tagLink };
}

function pinLink(p: PinReport, server: string): string {
  const part = (s: string): string => encodeURIComponent(s).replaceAll('(', '%28').replaceAll(')', '%29');
  return (
    `${server}/${p.repository}/blob/${part(p.readCommit ?? p.ref)}/${p.file.split('/').map(part).join('/')}` +
    (p.line !== undefined ? `#L${p.line}` : '')
  );
}

/** This component's release in the train: which version, and whether it is released already. */
function componentVersion(
  name: string,
  format: TagFormat,
  release: Extract<ComponentRelease, { startsTrain: false }>,
  state: TrainState,
  pins: ReadonlyMap<string, PinReport>,
  startName: string,
  target: string,
): ComponentVersion {
  const tags = state.tags[name] ?? [];
  const existing = versionsOf(
    format,
    tags.map((t) => t.name),
  );
  const tagOf = (v: string): string => formatTag(format, v);
  const next = (req: Parameters<typeof nextVersion>[1], why: string): ComponentVersion => {
    const given = state.versions?.[name];
    try {
      const n = nextVersion(existing, given !== undefined ? { version: given } : req);
      return {
        version: n.version,
        tag: tagOf(n.version),
        released: false,
        reason: given !== undefined ? `given (${given})` : `${why}: ${n.reason}`,
      };
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      return { version: undefined, tag: undefined, released: false, reason: e.message };
    }
  };

  if (release.commit !== undefined) {
    const pin = pins.get(release.commit);
    const commit = pin?.resolves ?? undefined;
    if (!pin || pin.status === 'error' || !commit)
      return {
        version: undefined,
        tag: undefined,
        released: false,
        reason: pin
          ? `${pin.repository} ${pin.file} ${pin.site} names no commit of ${name}${pin.message ? `: ${pin.message}` : ''}`
          : `the pin ${release.commit} was not read`,
      };
    const at = versionsOf(
      format,
      tags.filter((t) => t.commit === commit).map((t) => t.name),
    );
    if (at.length > 0)
      return { version: at[0], tag: tagOf(at[0]!), released: true, reason: `the tag on ${commit}`, commit };
    const bump = release.bump === 'follow' ? 'minor' : release.bump;
    return { ...next({ bump }, `the commit ${startName} ${target} pins has no release tag`), commit };
  }

  const newest = existing.find((v) => semver.prerelease(v) === null);
  const shipped = state.releasedWith[name];
  // Issue 22's policy: the version is above the component's own (Chart.yaml's `version`), not only its tags.
  let current: string | undefined;
  if (release.current !== undefined) {
    const own = state.current?.[name];
    const where = `${release.current.file} ${release.current.path}`;
    if (own === undefined || 'error' in own || semver.valid(bare(own.version)) === null)
      return {
        version: undefined,
        tag: undefined,
        released: false,
        reason: `${name}'s own version (${where}) was not read${own && 'error' in own ? `: ${own.error}` : own ? `: '${own.version}' is not a version` : ''}`,
      };
    current = bare(own.version);
  }
  const withCurrent = (req: Parameters<typeof nextVersion>[1]) => (current !== undefined ? { ...req, current } : req);
  if (newest !== undefined && shipped?.tag === tagOf(newest) && shipped.version !== undefined) {
    const with_ = bare(shipped.version);
    if (semver.valid(with_) && with_ === target)
      return {
        version: newest,
        tag: tagOf(newest),
        released: true,
        reason: `${tagOf(newest)} ships ${startName} ${target}`,
      };
    if (semver.valid(with_) && semver.gt(with_, target))
      return {
        version: undefined,
        tag: undefined,
        released: false,
        reason: `${tagOf(newest)} already ships ${startName} ${with_}: a release for ${startName} ${target} would go backwards`,
      };
  }
  // Prepared in place: a phase set the released-with pin to this train on the default branch, and the
  // version with it (above every tag): that version is this release's, not one more bump.
  const pin = release.releasedWith !== undefined ? pins.get(release.releasedWith) : undefined;
  if (
    current !== undefined &&
    pin?.value !== undefined &&
    bare(pin.value) === target &&
    !existing.includes(current) &&
    (existing[0] === undefined || semver.gt(current, existing[0]))
  )
    return {
      version: current,
      tag: tagOf(current),
      released: false,
      reason: `${release.current!.file} is ${current} with ${startName} ${target}: prepared`,
    };
  if (newest !== undefined && shipped?.tag === tagOf(newest) && shipped.version !== undefined) {
    const with_ = bare(shipped.version);
    if (release.bump === 'follow' && semver.valid(with_))
      return next(
        withCurrent({ components: [{ name: startName, old: with_, new: target, line: 0 }] }),
        `${tagOf(newest)} ships ${startName} ${with_}`,
      );
  }
  // No release says which train it shipped with: the pin on the default branch is the one the workflow bumps from.
  if (
    release.bump === 'follow' &&
    pin?.value !== undefined &&
    semver.valid(bare(pin.value)) &&
    bare(pin.value) !== target
  )
    return next(
      withCurrent({ components: [{ name: startName, old: bare(pin.value), new: target, line: 0 }] }),
      `${pin.file} pins ${startName} ${bare(pin.value)}`,
    );
  return next(
    withCurrent({ bump: release.bump === 'follow' ? 'minor' : release.bump }),
    `the newest release of ${name}`,
  );
}

function evaluate(
  name: string,
  phase: Phase,
  release: Extract<ComponentRelease, { startsTrain: false }>,
  version: ComponentVersion,
  drifts: readonly PinReport[],
  base: Step,
  released: ReadonlyMap<string, boolean>,
  state: TrainState,
  server: string,
  repository: string,
): Omit<Step, 'id' | 'component' | 'phase'> {
  if (version.version === undefined) return { state: 'blocked', reason: version.reason };
  if (drifts.length > 0) {
    const fix = drifts.filter((p) => p.set).map((p) => `${p.repository} ${p.file}: ${p.set}`);
    return {
      state: 'blocked',
      reason: drifts
        .map((p) => `${p.repository} ${p.file}${p.line !== undefined ? `:${p.line}` : ''} ${p.site}: ${p.message}`)
        .join('; '),
      link: pinLink(drifts[0]!, server),
      ...(fix.length ? { fix } : {}),
    };
  }
  const waitingFor = release.after.filter((a) => !released.get(a));
  if (waitingFor.length > 0)
    return {
      state: 'waiting',
      waitingOn: 'component',
      reason: `after ${waitingFor.join(', ')} (not released yet)`,
    };

  const pr =
    base.pullRequest !== undefined
      ? state.pullRequests[prKey(release.workflow.repository, base.pullRequest)]
      : undefined;
  if (pr?.state === 'open')
    return {
      state: 'waiting',
      waitingOn: 'pull-request',
      reason: `pull request #${pr.number} (${base.pullRequest}) to merge`,
      link: pr.url,
    };

  const runs = (state.runs[workflowKey(release.workflow)] ?? []).filter((r) => r.title === base.runName);
  const run = [...runs].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)[0];
  if (run && run.status !== 'completed')
    return {
      state: 'waiting',
      waitingOn: 'run',
      reason: `run ${run.id} is ${run.status.replace('_', ' ')}`,
      link: run.url,
    };
  // Any other end (failure, cancelled, timed_out, skipped, neutral, …) blocks: dispatching again on an end
  // nobody looked at could repeat what the run did.
  if (run && run.conclusion !== 'success')
    return {
      state: 'blocked',
      reason: `run ${run.id} ended: ${run.conclusion}; re-run it once the cause is fixed`,
      link: run.url,
    };
  const fact =
    phase.done.kind === 'tag' ? `the tag ${version.tag} exists` : `${phase.done.pin} holds ${phase.done.value}`;
  if (run?.conclusion === 'success') {
    if (pr?.state === 'closed')
      return {
        state: 'blocked',
        reason: `pull request #${pr.number} (${base.pullRequest}) was closed without merging: merge it or run ${phase.name} by hand`,
        link: pr.url,
      };
    const afterMerge = pr?.state === 'merged' && pr.mergedAt !== undefined && run.createdAt >= pr.mergedAt;
    if (!pr || afterMerge)
      return {
        state: 'blocked',
        reason: `run ${run.id} succeeded${afterMerge ? ` after pull request #${pr!.number} merged` : ''}, but not ${fact}: see the run`,
        link: run.url,
      };
  }

  // The CI gate: the commit this phase releases, or the branch's head once the phase's pull request merged.
  if (phase.ci && (base.pullRequest === undefined || pr?.state === 'merged')) {
    const commit = version.commit ?? state.heads[refKey(release.workflow.repository, release.workflow.ref)];
    const repo = version.commit !== undefined ? repository : release.workflow.repository;
    if (commit === undefined)
      return {
        state: 'waiting',
        waitingOn: 'ci',
        reason: `the head of ${release.workflow.repository} ${release.workflow.ref} is not known`,
      };
    const ci = state.ci[ciKey(repo, commit)] ?? 'none';
    const link = `${server}/${repo}/commit/${commit}`;
    if (ci === 'failure')
      return {
        state: 'blocked',
        reason: `CI failed on ${repo} ${commit.slice(0, 7)}: the train stops here until it passes`,
        link,
      };
    if (ci !== 'success')
      return {
        state: 'waiting',
        waitingOn: 'ci',
        reason:
          ci === 'pending'
            ? `CI to pass on ${repo} ${commit.slice(0, 7)}`
            : `no CI result on ${repo} ${commit.slice(0, 7)} yet`,
        link,
      };
  }
  if (base.inputs === undefined)
    return { state: 'blocked', reason: `the inputs of ${name} ${phase.name} name an unknown version` };
  return {
    state: 'ready',
    reason:
      run?.conclusion === 'success' && pr?.state === 'merged'
        ? `pull request #${pr.number} merged: run ${phase.name} again`
        : `dispatch ${release.workflow.file} on ${release.workflow.repository}`,
  };
}
