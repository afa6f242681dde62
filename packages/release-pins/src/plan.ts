import {
  collectErrors,
  fileChanges,
  OCI_TAG,
  throwIfAny,
  UserError,
  type FileChange,
  type FileEdit,
} from '@coco-release/core';
import {
  planChartBumps,
  readChartFile,
  type ChartRequest,
  type ChartResult,
  type DependencyPin,
} from '@coco-release/helm-chart';
import type { Manifest, Pin } from './manifest.js';
import { planSites, type ResolvedPin } from './sites.js';
import { expand, type Vars } from './templates.js';

/** A value a pin site will hold that names an image tag (for verify-images). */
export interface ImagePin {
  file: string;
  site: string;
  line: number;
  /** registry/repository, as the manifest declares it. */
  image: string;
  tag: string;
  /** The manifest entry, for messages. */
  pin: Pin;
}

export interface GoUpdate {
  module: string;
  require: string;
  version: string;
  line: number;
}

export interface PhasePlan {
  phase: string;
  /**
   * Every file the phase changes, once: edited (a pin site, a Chart.yaml, both), created or deleted (a
   * Chart.lock). A file both pinned and bumped as a chart has the changes of both and no byte edits.
   */
  files: FileEdit[];
  /** The changes of `files`, file by file. */
  changes: FileChange[];
  /** Sites that already hold their value. */
  unchanged: FileChange[];
  charts: ChartResult[];
  images: ImagePin[];
  go: GoUpdate[];
  warnings: string[];
  /** Optional sites skipped because their file does not exist, one sentence each. */
  skipped: string[];
  /** Edits inside shared anchors (allow-shared-anchor), each with every alias it reaches. */
  shared: string[];
}

export interface PhaseOptions {
  vars: Vars;
  /** UTC date for {today}. */
  today: string;
  /** A workspace file's text by its `/`-separated path, undefined when there is no such file. */
  read(path: string): string | undefined;
  /** Rewrites a pin's value after its template is expanded (pin-by-digest: `tag` -> `tag@sha256:…`). */
  rewrite?: (pin: Pin, value: string) => string;
  /** Every YAML site may edit a value inside a shared anchor (a pin can say so alone). */
  allowSharedAnchor?: boolean;
  /** Chart.lock's `generated` time and zone (default: now, this machine's zone). */
  now?: Date;
  utcOffsetMinutes?: number;
}

/**
 * Every edit of one phase, planned and verified, nothing written: the pins first (each site read back), then
 * the charts on the pinned texts, in dependency order, with their Chart.lock files as Helm would write
 * them. Any problem anywhere fails the whole phase, with the manifest line it comes from.
 */
export function planPhase(manifest: Manifest, phase: string, o: PhaseOptions): PhasePlan {
  checkPhase(manifest, phase);
  const { errors, attempt } = collectErrors();
  const at = (line: number) => ({ file: manifest.file, line });

  const pins: ResolvedPin[] = [];
  const skipped: string[] = [];
  for (const pin of manifest.pins) {
    const v = pin.phases.get(phase);
    if (!v) continue;
    if (pin.optional && o.read(pin.file) === undefined) {
      skipped.push(`${manifest.file} line ${pin.line}: ${pin.file} does not exist: optional site ${pin.label} skipped`);
      continue;
    }
    const ctx = { vars: o.vars, today: o.today, position: at(pin.line) };
    const expanded = attempt(() => expand(v.value, ctx));
    const value = expanded === undefined || !o.rewrite ? expanded : o.rewrite(pin, expanded);
    const comment = v.comment === undefined ? undefined : attempt(() => expand(v.comment!, ctx));
    if (value === undefined) continue;
    if (pin.image !== undefined && expanded !== undefined)
      attempt(() => checkImageTag(pin, expanded, phase, at(pin.line)));
    pins.push(comment === undefined ? { pin, value } : { pin, value, comment });
  }
  const requests: ChartRequest[] = [];
  for (const entry of manifest.charts) {
    const c = entry.phases.get(phase);
    if (!c) continue;
    // {chart-version} is the chart planner's to fill in: it stands for itself here.
    const ctx = { vars: o.vars, today: o.today, chartVersion: '{chart-version}', position: at(entry.line) };
    const origin = `${manifest.file} line ${entry.line}`;
    const request: ChartRequest = { chart: entry.chart, origin, lock: c.lock ?? 'update' };
    if (c.lockExclude) request.lockExclude = c.lockExclude;
    if (c.version !== undefined) request.version = attempt(() => expand(c.version!, ctx));
    if (c.appVersion !== undefined) request.appVersion = attempt(() => expand(c.appVersion!, ctx));
    if (c.dependencies) {
      const deps: DependencyPin[] = [];
      for (const [name, template] of c.dependencies) {
        const version = attempt(() => expand(template, ctx));
        if (version !== undefined) deps.push({ name, version, origin });
      }
      request.dependencies = deps;
    }
    requests.push(request);
  }
  const go: GoUpdate[] = [];
  for (const g of manifest.go) {
    const template = g.phases.get(phase);
    if (template === undefined) continue;
    const version = attempt(() => expand(template, { vars: o.vars, today: o.today, position: at(g.line) }));
    if (version === undefined) continue;
    const update = { module: g.module, require: g.require, version, line: g.line };
    if (isGoUpdate(update)) go.push(update);
    else errors.push(new UserError(goUpdateRefused(update), at(g.line)));
  }
  throwIfAny(errors);

  const sites = planSites(
    pins,
    (file, position) => {
      const text = o.read(file);
      if (text === undefined)
        throw new UserError(`${position.file} line ${position.line}: file not found: ${file}`, position);
      return { display: file, text };
    },
    manifest.file,
    o.allowSharedAnchor ?? false,
  );
  const pinned = new Map(sites.files.map((f) => [f.file, f]));
  const readPinned = (path: string): string | undefined => pinned.get(path)?.after ?? o.read(path);
  const charts =
    requests.length === 0
      ? undefined
      : planChartBumps({ read: readPinned }, requests, {
          ...(o.now ? { now: o.now } : {}),
          ...(o.utcOffsetMinutes !== undefined ? { utcOffsetMinutes: o.utcOffsetMinutes } : {}),
        });

  if (charts && RELEASING.has(phase)) throwIfAny(devDependencies(requests, charts.files, readPinned, phase));

  // One entry per file: what is on disk now, and what the phase leaves.
  const files = new Map<string, FileEdit>(sites.files.map((f) => [f.file, f]));
  for (const f of charts?.files ?? []) {
    const pinnedFirst = pinned.get(f.file);
    files.set(
      f.file,
      pinnedFirst
        ? { file: f.file, before: pinnedFirst.before, after: f.after, changes: [...pinnedFirst.changes, ...f.changes] }
        : f,
    );
  }

  // A site is named by its file and its manifest words: two pins of one file never share them (two requests
  // for one value, or for the same bytes, are refused above).
  const siteValues = [...fileChanges(sites.files), ...sites.unchanged];
  const images: ImagePin[] = [];
  for (const p of pins) {
    if (!p.pin.image) continue;
    const change = siteValues.find((c) => c.file === p.pin.file && c.site === p.pin.label);
    images.push({
      file: p.pin.file,
      site: p.pin.label,
      line: change?.line ?? 0,
      image: p.pin.image,
      tag: p.value,
      pin: p.pin,
    });
  }

  return {
    phase,
    files: [...files.values()],
    changes: fileChanges([...files.values()]),
    unchanged: sites.unchanged,
    charts: charts?.charts ?? [],
    images,
    go,
    warnings: charts?.warnings ?? [],
    skipped,
    shared: sites.shared,
  };
}

/** A phase the manifest names. */
export function checkPhase(manifest: Manifest, phase: string): void {
  if (!manifest.phases.includes(phase))
    throw new UserError(
      `phase '${phase}' is not in ${manifest.file}: its phases are ${manifest.phases.join(', ') || '(none)'}`,
    );
}

/**
 * A `go get` the workflow may run as it stands: a module directory inside the repository (relative, no
 * `..`), and a module path and version that no shell or `go` reads as an option or as two words.
 */
export function isGoUpdate(u: unknown): u is { module: string; require: string; version: string } {
  if (!u || typeof u !== 'object') return false;
  const { module, require, version } = u as Record<string, unknown>;
  const word = (s: unknown): s is string =>
    typeof s === 'string' && s !== '' && !s.startsWith('-') && !/[\s\0]/.test(s);
  return word(module) && !module.startsWith('/') && !module.split('/').includes('..') && word(require) && word(version);
}

/** Why a go update is refused, its fields shown as JSON (escaped: they may come from anywhere). */
export function goUpdateRefused(u: unknown): string {
  const shown =
    u && typeof u === 'object'
      ? (({ module, require, version }: Record<string, unknown>) => ({ module, require, version }))(
          u as Record<string, unknown>,
        )
      : u;
  return `a go update of the manifest is not a module directory, module path and version: ${JSON.stringify(shown)}`;
}

/** Phases that publish what they pin: no `latest`, no development dependency. */
const RELEASING = new Set(['release', 'candidate']);

/**
 * An image site holds a tag: the OCI grammar, never `latest` when the phase publishes, and not a whole
 * reference (a common slip: `image-tag=quay.io/…/cloud-api-adaptor:<sha>`).
 */
function checkImageTag(pin: Pin, tag: string, phase: string, position: { file: string; line: number }): void {
  const where = `${pin.file} ${pin.label}`;
  const shown = JSON.stringify(tag);
  const reference = /^[^\s]+[/:][^\s]*:([^\s:/@]+)$/.exec(tag) ?? /^[^\s]*[/][^\s]*$/.exec(tag);
  if (reference)
    throw new UserError(
      `${where} holds the tag of ${pin.image}, but ${shown} looks like a whole image reference` +
        (reference[1] !== undefined
          ? `: give the tag alone (${JSON.stringify(reference[1])})`
          : ': give the tag alone'),
      position,
    );
  if (!OCI_TAG.test(tag))
    throw new UserError(
      `${where}: ${shown} is not an image tag (letters, digits, '_', '.', '-'; up to 128, not starting with '.' or '-')`,
      position,
    );
  if (tag === 'latest' && RELEASING.has(phase))
    throw new UserError(
      `${where}: phase ${phase} pins ${pin.image}:latest, which moves; give the tag of a built image`,
      position,
    );
}

/**
 * A chart a publishing phase leaves with a development dependency (kata-deploy 0.0.0-dev) was not prepared:
 * its Chart.lock would pin that version. A dependency its lock leaves out (lock-exclude) is CI's own.
 */
function devDependencies(
  requests: readonly ChartRequest[],
  planned: readonly { file: string; after: string | null }[],
  read: (path: string) => string | undefined,
  phase: string,
): UserError[] {
  const errors: UserError[] = [];
  for (const r of requests) {
    const path = `${r.chart.replace(/\/+$/, '')}/Chart.yaml`;
    const text = planned.find((f) => f.file === path)?.after ?? read(path);
    if (text === undefined) continue;
    const excluded = new Set(r.lockExclude ?? []);
    for (const d of readChartFile(text, path).dependencies ?? []) {
      if (!/^v?0\.0\.0-dev$/.test(d.dep.version) || excluded.has(`${d.dep.name}@${d.dep.version}`)) continue;
      errors.push(
        new UserError(
          `${r.origin ?? path}: phase ${phase} leaves dependency ${d.key} of ${path} at ${d.dep.version}, a development ` +
            'version: run the prepare phase first (it pins the release the chart deploys)',
          { file: path, line: d.versionLine },
        ),
      );
    }
  }
  return errors;
}
