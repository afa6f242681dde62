import { formatTag, versionOfTag } from '@coco-release/versioning';
import semver from 'semver';
import type { Component, Graph, GraphPin, PinKind } from './graph.js';
import type { Claim, PinRead } from './read.js';

/**
 * The checks of a release graph, on values already read: every pin parses; every pin resolves (a commit
 * that exists in the pinned repository, a tag or a version's tag that exists); a commit with a version
 * comment is that version's commit; every pin agrees with its component's reference pin; with a release,
 * every pin of that component points to it. Each failing pin gets the `set` line that fixes it.
 */

/** What the GitHub API answered about tags and commits; undefined for what was not asked. */
export interface Lookups {
  /** The commit a tag names (peeled), null when the repository has no such tag. */
  tagCommit(repository: string, tag: string): string | null | undefined;
  hasCommit(repository: string, sha: string): boolean | undefined;
  /** The tags (among the repository's newest) that name this commit; undefined when not looked up. */
  tagsAt?(repository: string, sha: string): string[] | undefined;
}

/** Where a pin's file was read: the ref as shown (`main`, `4.1.0`) and the commit it named. */
export type ReadAt = (pin: GraphPin) => { ref: string; commit: string | undefined };

export type PinStatus = 'ok' | 'development' | 'drift' | 'not-found' | 'error';

export interface Expectation {
  /** In the pin's own kind: a commit SHA, a version, a tag name. */
  value: string;
  /** Why: `release 4.1.0`, `tag 4.0.0 (its comment)`, `as kata-coco-trustee`. */
  why: string;
}

export interface PinReport {
  id: string;
  holder: string;
  repository: string;
  ref: string;
  /** The commit the holder's ref named when the file was read. */
  readCommit: string | undefined;
  file: string;
  line: number | undefined;
  site: string;
  component: string;
  componentRepository: string;
  kind: PinKind;
  /** Undefined when the value could not be read. */
  value: string | undefined;
  comment: string | undefined;
  /** The version the comment names (`v4.0.0`). */
  claim: string | undefined;
  /** The tag a version or tag pin names. */
  tag: string | undefined;
  /** The commit the value names; null when it does not exist there; undefined when it has none (development). */
  resolves: string | null | undefined;
  /** The release version the value stands for, when known. */
  version: string | undefined;
  /** For a commit pin: the tags among the pinned repository's newest that name the commit ([] for none). */
  taggedAs: string[] | undefined;
  reference: boolean;
  expected: Expectation | undefined;
  status: PinStatus;
  message: string;
  /** `PATH=VALUE` (or `NAME=VALUE`) that fixes a drift, for bump-versions-yaml; undefined otherwise. */
  set: string | undefined;
}

export interface Report {
  graph: string;
  consistent: boolean;
  release: Record<string, string>;
  pins: PinReport[];
}

export interface CheckOptions {
  release?: ReadonlyMap<string, string>;
  readAt: ReadAt;
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export const short = (sha: string): string => (SHA.test(sha) ? sha.slice(0, 7) : sha);

/** A version written as the pin writes versions (`v` kept when its old value had one). */
function styled(old: string | undefined, version: string): string {
  return old?.startsWith('v') ? `v${version}` : version;
}

/** The comment with its claimed version replaced (`v4.0.0` -> `v4.1.0`, style kept). */
function claimComment(comment: string | undefined, claim: Claim | undefined, version: string): string | undefined {
  if (comment === undefined || claim === undefined || claim.version === version) return undefined;
  return comment.replace(claim.token, styled(claim.token, version));
}

/** What a pin's value names, before any comparison. */
type Resolution =
  | { state: 'error'; message: string }
  | { state: 'development' }
  | { state: 'value'; commit: string | null; tag: string | undefined; version: string | undefined };

function resolve(read: PinRead, component: Component, lookups: Lookups): Resolution {
  if (!read.ok) return { state: 'error', message: read.error };
  const { pin } = read;
  const value = read.read.value;
  const repository = component.repository;
  if (pin.kind === 'commit') {
    if (!SHA.test(value))
      return { state: 'error', message: `expected a commit SHA (40 hexadecimal digits), got '${value}'` };
    return {
      state: 'value',
      commit: lookups.hasCommit(repository, value) ? value : null,
      tag: undefined,
      version: undefined,
    };
  }
  if (pin.kind === 'version') {
    if (pin.development !== undefined && value === pin.development) return { state: 'development' };
    const version = value.replace(/^v/, '');
    if (semver.valid(version) !== version)
      return {
        state: 'error',
        message: `expected a version such as 4.0.0${pin.development ? ` (or the development value ${pin.development})` : ''}, got '${value}'`,
      };
    const tag = formatTag(component.tagFormat, version);
    return { state: 'value', commit: lookups.tagCommit(repository, tag) ?? null, tag, version };
  }
  if (value === '' || /\s/.test(value)) return { state: 'error', message: `expected a tag name, got '${value}'` };
  return {
    state: 'value',
    commit: lookups.tagCommit(repository, value) ?? null,
    tag: value,
    version: versionOfTag(component.tagFormat, value),
  };
}

/** Every tag and commit the checks will ask about, for the API reader to fetch in one request. */
export function lookupsNeeded(
  graph: Graph,
  reads: readonly PinRead[],
  release: ReadonlyMap<string, string> = new Map(),
): {
  tags: { repository: string; tag: string }[];
  commits: { repository: string; sha: string }[];
  /** Repositories pinned by commit, whose newest tags say which release a commit is. */
  tagLists: string[];
} {
  const tags = new Map<string, { repository: string; tag: string }>();
  const commits = new Map<string, { repository: string; sha: string }>();
  const tag = (c: Component, name: string) =>
    tags.set(`${c.repository}\n${name}`, { repository: c.repository, tag: name });
  for (const [name, version] of release) {
    const c = graph.components.get(name)!;
    tag(c, formatTag(c.tagFormat, version));
  }
  for (const r of reads) {
    if (!r.ok) continue;
    const c = graph.components.get(r.pin.component)!;
    const value = r.read.value;
    if (r.pin.kind === 'commit' && SHA.test(value))
      commits.set(`${c.repository}\n${value}`, { repository: c.repository, sha: value });
    if (r.pin.kind === 'tag' && value !== '' && !/\s/.test(value)) tag(c, value);
    if (r.pin.kind === 'version' && value !== r.pin.development) {
      const v = value.replace(/^v/, '');
      if (semver.valid(v) === v) tag(c, formatTag(c.tagFormat, v));
    }
    if (r.claim) tag(c, formatTag(c.tagFormat, r.claim.version));
  }
  const tagLists = [...new Set([...commits.values()].map((c) => c.repository))];
  return { tags: [...tags.values()], commits: [...commits.values()], tagLists };
}

interface Problem {
  status: 'drift' | 'not-found';
  message: string;
  expected?: Expectation;
  set?: { value: string; comment?: string };
}

function setLine(pin: GraphPin, fix: { value: string; comment?: string } | undefined): string | undefined {
  if (!fix) return undefined;
  if (pin.site.kind === 'pattern') return undefined;
  const comment = fix.comment !== undefined && pin.site.kind === 'yaml' ? ` # ${fix.comment}` : '';
  return `${pin.label}=${fix.value}${comment}`;
}

function where(pin: GraphPin): string {
  return `${pin.holder} ${pin.file}`;
}

/** What every step of the check shares: the graph, the answers, and each pin's read and resolution. */
interface Context {
  graph: Graph;
  lookups: Lookups;
  options: CheckOptions;
  release: ReadonlyMap<string, string>;
  byId: ReadonlyMap<string, PinRead>;
  resolutions: ReadonlyMap<string, Resolution>;
}

/** What the checks of one pin found: its problems, and the values it was expected to hold (and why). */
interface Findings {
  problems: Problem[];
  expectations: Expectation[];
}

/** One pin as it is read in its holder's file, with what it resolves to: the facts, no verdict yet. */
interface PinFacts {
  r: PinRead;
  pin: GraphPin;
  component: Component;
  res: Resolution;
  value: string | undefined;
  comment: string | undefined;
  claim: Claim | undefined;
}

export function checkGraph(graph: Graph, reads: readonly PinRead[], lookups: Lookups, options: CheckOptions): Report {
  const release = options.release ?? new Map<string, string>();
  const resolutions = new Map<string, Resolution>();
  for (const r of reads) resolutions.set(r.pin.id, resolve(r, graph.components.get(r.pin.component)!, lookups));
  const ctx: Context = {
    graph,
    lookups,
    options,
    release,
    byId: new Map(reads.map((r) => [r.pin.id, r])),
    resolutions,
  };
  const pins = reads.map((r) => checkPin(ctx, r));
  return {
    graph: graph.file,
    consistent: pins.every((p) => p.status === 'ok' || p.status === 'development'),
    release: Object.fromEntries(release),
    pins,
  };
}

/** One pin: its facts, then the checks that apply (a release's, or its comment's and its reference's). */
function checkPin(ctx: Context, r: PinRead): PinReport {
  const pin = r.pin;
  const f: PinFacts = {
    r,
    pin,
    component: ctx.graph.components.get(pin.component)!,
    res: ctx.resolutions.get(pin.id)!,
    value: r.ok ? r.read.value : undefined,
    comment: r.ok ? r.read.comment : undefined,
    claim: r.ok ? r.claim : undefined,
  };
  const report = initialReport(ctx, f);
  if (f.res.state === 'error') {
    report.status = 'error';
    report.message = f.res.message;
    return report;
  }
  const found: Findings = { problems: [], expectations: [] };
  const wanted = ctx.release.get(pin.component);
  if (wanted !== undefined) checkRelease(ctx, f, wanted, found);
  else if (f.res.state === 'development') {
    report.status = 'development';
    report.message = `the development value between releases (a release of ${pin.component} sets it)`;
    return report;
  } else {
    checkClaim(ctx, f, found);
    checkReference(ctx, f, found);
  }
  checkResolves(f, found);
  return verdict(report, f, found);
}

/** A commit pin's claim, checked: the tag's commit, null without such a tag. */
function claimCommit(ctx: Context, r: PinRead): string | null | undefined {
  if (!r.ok || !r.claim) return undefined;
  const c = ctx.graph.components.get(r.pin.component)!;
  return ctx.lookups.tagCommit(c.repository, formatTag(c.tagFormat, r.claim.version)) ?? null;
}

/** The release version a pin stands for, when it is known for sure. */
function versionOf(ctx: Context, r: PinRead): string | undefined {
  const res = ctx.resolutions.get(r.pin.id)!;
  if (res.state !== 'value') return undefined;
  if (res.version !== undefined) return res.version;
  if (r.ok && r.claim && claimCommit(ctx, r) === r.read.value) return r.claim.version;
  return undefined;
}

/** The report of a pin before any check: where it is, what it holds, what that resolves to. */
function initialReport(ctx: Context, f: PinFacts): PinReport {
  const { r, pin, component, res } = f;
  const at = ctx.options.readAt(pin);
  return {
    id: pin.id,
    holder: pin.holder,
    repository: ctx.graph.components.get(pin.holder)!.repository,
    ref: at.ref,
    readCommit: at.commit,
    file: pin.file,
    line: r.ok ? r.read.line : r.line,
    site: pin.label,
    component: pin.component,
    componentRepository: component.repository,
    kind: pin.kind,
    value: f.value,
    comment: f.comment,
    claim: f.claim?.token,
    tag: res.state === 'value' ? res.tag : undefined,
    resolves: res.state === 'value' ? res.commit : undefined,
    version: r.ok ? versionOf(ctx, r) : undefined,
    taggedAs:
      pin.kind === 'commit' && res.state === 'value' && res.commit
        ? ctx.lookups.tagsAt?.(component.repository, res.commit)
        : undefined,
    reference: component.reference === pin.id,
    expected: undefined,
    status: 'ok',
    message: '',
    set: undefined,
  };
}

/** With a release of the pin's component: the pin must name exactly that release. */
function checkRelease(ctx: Context, f: PinFacts, wanted: string, { problems, expectations }: Findings): void {
  const { pin, component, res, value, comment, claim } = f;
  const relTag = formatTag(component.tagFormat, wanted);
  const relCommit = ctx.lookups.tagCommit(component.repository, relTag) ?? null;
  const why = `release ${wanted}`;
  if (relCommit === null)
    problems.push({
      status: 'not-found',
      message: `${component.repository} has no tag ${relTag} (release ${wanted})`,
    });
  if (pin.kind === 'commit') {
    const expected = { value: relCommit ?? relTag, why: `${why} (tag ${relTag})` };
    expectations.push(expected);
    const newComment = claimComment(comment, claim, wanted);
    if (relCommit !== null && (value !== relCommit || newComment !== undefined)) {
      problems.push({
        status: 'drift',
        message:
          value !== relCommit
            ? `pins ${short(value!)}, not release ${wanted} (${short(relCommit)})`
            : `the comment says ${claim!.token}, but the commit is release ${wanted}`,
        expected,
        set: newComment !== undefined ? { value: relCommit, comment: newComment } : { value: relCommit },
      });
    }
    return;
  }
  const target = pin.kind === 'version' ? styled(value, wanted) : relTag;
  const expected = { value: target, why };
  expectations.push(expected);
  const same = pin.kind === 'version' ? res.state === 'value' && res.version === wanted : value === relTag;
  if (!same)
    problems.push({
      status: 'drift',
      message:
        res.state === 'development'
          ? `holds the development value ${value}; release ${wanted} needs ${target}`
          : `pins ${value}, not release ${wanted}`,
      expected,
      set: { value: target },
    });
}

/** The comment's claim (`# v4.0.0`): the commit must be the commit of the release it names. */
function checkClaim(ctx: Context, f: PinFacts, { problems, expectations }: Findings): void {
  const { component, value, claim } = f;
  if (!claim) return;
  const cc = claimCommit(ctx, f.r);
  const tag = formatTag(component.tagFormat, claim.version);
  if (cc === null) {
    problems.push({
      status: 'not-found',
      message: `the comment says ${claim.token}, but ${component.repository} has no tag ${tag}`,
    });
  } else if (cc !== undefined) {
    const expected = { value: cc, why: `tag ${tag} (the comment says ${claim.token})` };
    expectations.push(expected);
    if (cc !== value)
      problems.push({
        status: 'drift',
        message: `the comment says ${claim.token}, but ${tag} is ${short(cc)}, not ${short(value!)}`,
        expected,
        set: { value: cc },
      });
  }
}

/** Agreement with the component's reference pin, in this pin's own kind. */
function checkReference(ctx: Context, f: PinFacts, { problems, expectations }: Findings): void {
  const { pin, component, res, value, comment, claim } = f;
  const refRead = component.reference !== undefined ? ctx.byId.get(component.reference) : undefined;
  const refRes = refRead ? ctx.resolutions.get(refRead.pin.id)! : undefined;
  if (!refRead || refRead.pin.id === pin.id || !refRead.ok || refRes?.state !== 'value' || res.state !== 'value')
    return;
  const refPin = refRead.pin;
  // Compare with the reference as its own checks leave it: a reference whose comment names another
  // commit is fixed to that commit, so every `set` line leads to one consistent state.
  const refClaim = refPin.kind === 'commit' ? claimCommit(ctx, refRead) : undefined;
  const fixed = typeof refClaim === 'string' && refClaim !== refRead.read.value;
  const refValue = fixed ? refClaim : refRead.read.value;
  const refCommit = fixed ? refClaim : refRes.commit;
  const refVersion = fixed ? refRead.claim!.version : versionOf(ctx, refRead);
  let equal: boolean | undefined;
  if (pin.kind === refPin.kind && pin.kind !== 'version') equal = value === refValue;
  else if (pin.kind === 'version' && refPin.kind === 'version') equal = res.version === refRes.version;
  else if (res.commit && refCommit) equal = res.commit === refCommit;
  // The value this pin would hold to agree, in its own kind.
  let target: { value: string; comment?: string } | undefined;
  if (pin.kind === 'commit') {
    const c = refPin.kind === 'commit' ? refValue : refCommit;
    if (c) {
      const newComment = refVersion !== undefined ? claimComment(comment, claim, refVersion) : undefined;
      target = newComment !== undefined ? { value: c, comment: newComment } : { value: c };
    }
  } else if (pin.kind === 'version') {
    if (refVersion !== undefined) target = { value: styled(value, refVersion) };
  } else if (refPin.kind === 'tag') target = { value: refValue };
  else if (refVersion !== undefined) target = { value: formatTag(component.tagFormat, refVersion) };
  const why = `as ${refPin.id} (${where(refPin)})`;
  if (target) expectations.push({ value: target.value, why });
  if (equal !== false) return;
  const refShown = refPin.kind === 'commit' ? short(refValue) : refValue;
  const detail =
    refPin.kind === 'commit'
      ? refVersion !== undefined
        ? ` (${refVersion})`
        : ''
      : refCommit
        ? ` (${short(refCommit)})`
        : '';
  problems.push({
    status: 'drift',
    message:
      `${where(refPin)} ${fixed ? 'should pin' : 'pins'} ${pin.component} ${refShown}${detail}` +
      (fixed ? `, as its comment says` : '') +
      `; this pins ${pin.kind === 'commit' ? short(value!) : value}` +
      (target ? '' : `: set it to the ${pin.kind} of ${refShown}`),
    ...(target ? { expected: { value: target.value, why }, set: target } : {}),
  });
}

/** The value must name something that exists: the commit in the pinned repository, or the tag. */
function checkResolves(f: PinFacts, { problems }: Findings): void {
  const { pin, component, res, value } = f;
  if (res.state !== 'value' || res.commit !== null) return;
  problems.push({
    status: 'not-found',
    message:
      pin.kind === 'commit'
        ? `commit ${short(value!)} is not in ${component.repository}`
        : `${component.repository} has no tag ${res.tag}`,
  });
}

/** The pin's status and message from what the checks found; a drift comes with the `set` line fixing it. */
function verdict(report: PinReport, f: PinFacts, { problems, expectations }: Findings): PinReport {
  const drift = problems.find((p) => p.status === 'drift');
  const first = drift ?? problems[0];
  report.expected = first?.expected ?? expectations[0];
  if (!first) {
    report.message = report.reference ? `the reference for ${f.pin.component}` : '';
    return report;
  }
  report.status = first.status;
  report.message = problems.map((p) => p.message).join('; ');
  report.set = setLine(f.pin, drift?.set);
  return report;
}

/** Drifts as the `drift` output lists them: each with the `set` line that fixes it. */
export function driftList(report: Report): {
  holder: string;
  repository: string;
  file: string;
  line: number | undefined;
  path: string;
  value: string | undefined;
  expected: string | undefined;
  set: string;
}[] {
  return report.pins
    .filter((p) => p.status === 'drift')
    .map((p) => ({
      holder: p.holder,
      repository: p.repository,
      file: p.file,
      line: p.line,
      path: p.site,
      value: p.value,
      expected: p.expected?.value,
      set: p.set ?? '',
    }));
}

/**
 * The commit a holder pins for a component (the commit Kata's versions.yaml pins for trustee at the ref it
 * was read at), when its pins of that component name exactly one commit; undefined otherwise.
 */
export function pinnedCommit(report: Report, holder: string, component: string): string | undefined {
  const commits = new Set<string>();
  for (const p of report.pins) {
    if (p.holder !== holder || p.component !== component) continue;
    if (p.status === 'error' || p.status === 'development') continue;
    const c = p.resolves ?? (p.kind === 'commit' ? p.value : undefined);
    if (c) commits.add(c);
  }
  return commits.size === 1 ? [...commits][0] : undefined;
}

/** Every holder's pinned commits: `{ "kata-containers": { "trustee": "<sha>", … }, … }`. */
export function pinnedCommits(report: Report): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const p of report.pins) {
    const c = pinnedCommit(report, p.holder, p.component);
    if (c === undefined) continue;
    (out[p.holder] ??= {})[p.component] = c;
  }
  return out;
}
