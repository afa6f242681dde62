import { UserError, type SourcePosition } from '@coco-release/core';

/**
 * The release train in the graph: per component, how it releases (the workflow to dispatch, its phases in
 * order with their inputs, the fact that says each phase is done) and which components are released first.
 * Checked here for what the JSON Schema cannot say: names and pin ids that exist, no cycle, templates that
 * only name variables the train has.
 */

export type Bump = 'major' | 'minor' | 'patch' | 'follow';

export interface Workflow {
  /** OWNER/NAME */
  repository: string;
  /** The file name under .github/workflows. */
  file: string;
  ref: string;
}

/** When a phase is done: the component's release tag exists, or a pin it holds has a value. */
export type PhaseDone = { kind: 'tag' } | { kind: 'pin'; pin: string; value: string };

export interface Phase {
  name: string;
  runName: string;
  inputs: Record<string, string>;
  pullRequest: string | undefined;
  sets: string[];
  ci: boolean;
  done: PhaseDone;
  line: number;
}

export type ComponentRelease =
  | { startsTrain: true }
  | {
      startsTrain: false;
      after: string[];
      workflow: Workflow;
      /** The pin naming the commit this release tags. */
      commit: string | undefined;
      /** The pin, held by this component on the train's start, that says which train a release belongs to. */
      releasedWith: string | undefined;
      /** Where the component keeps its own version on its default branch (a chart's `version`). */
      current: { file: string; path: string } | undefined;
      bump: Bump;
      phases: Phase[];
    };

export interface RawRelease {
  'starts-train'?: true;
  after?: string[];
  workflow?: { repository: string; file: string; ref: string };
  commit?: string;
  'released-with'?: string;
  current?: { file: string; path: string };
  bump?: Bump;
  phases?: {
    name: string;
    'run-name': string;
    inputs: Record<string, string>;
    'pull-request'?: string;
    sets?: string[];
    ci?: boolean;
    done: 'tag' | { pin: string; value: string };
  }[];
}

interface PinRef {
  id: string;
  holder: string;
  component: string;
}

const VARIABLE = /\{([^{}]*)\}/g;

/** The variables a template names (`{tag}`, `{kata-containers.version}`). */
export function templateVariables(template: string): string[] {
  return [...template.matchAll(VARIABLE)].map((m) => m[1]!);
}

/** A template with its variables replaced; every variable must be known (the parser checked them). */
export function renderTemplate(template: string, vars: ReadonlyMap<string, string>): string {
  return template.replace(VARIABLE, (_, name: string) => {
    const value = vars.get(name);
    if (value === undefined) throw new Error(`template variable {${name}} has no value`);
    return value;
  });
}

/**
 * Every component's `release`, checked. `at(pointer)` gives the position of a JSON pointer in the file.
 */
export function parseTrain(
  raw: Record<string, { release?: RawRelease }>,
  pins: readonly PinRef[],
  at: (pointer: string) => SourcePosition,
  line: (pointer: string) => number,
  errors: UserError[],
): Map<string, ComponentRelease> {
  const out = new Map<string, ComponentRelease>();
  const names = Object.keys(raw);
  const inTrain = names.filter((n) => raw[n]!.release !== undefined);
  const starts = inTrain.filter((n) => raw[n]!.release!['starts-train'] === true);
  if (inTrain.length > 0 && starts.length !== 1)
    errors.push(
      new UserError(
        `the release train needs exactly one component with 'starts-train: true', found ${starts.length}${starts.length ? ` (${starts.join(', ')})` : ''}`,
        at(`/components/${inTrain[0]}/release`),
      ),
    );
  const start = starts[0];
  const pinById = new Map(pins.map((p) => [p.id, p]));

  for (const name of inTrain) {
    const r = raw[name]!.release!;
    const base = `/components/${name}/release`;
    const where = `components.${name}.release`;
    if (r['starts-train']) {
      const others = Object.keys(r).filter((k) => k !== 'starts-train');
      if (others.length > 0)
        errors.push(
          new UserError(
            `${where}: the component that starts the train is not dispatched: remove ${others.map((k) => `'${k}'`).join(', ')}`,
            at(base),
          ),
        );
      out.set(name, { startsTrain: true });
      continue;
    }
    const missing = (['after', 'workflow', 'bump', 'phases'] as const).filter((k) => r[k] === undefined);
    if (missing.length > 0) {
      errors.push(
        new UserError(
          `${where}: ${missing.map((k) => `'${k}'`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} required (or 'starts-train: true')`,
          at(base),
        ),
      );
      continue;
    }
    const after = r.after!;
    after.forEach((a, i) => {
      if (!inTrain.includes(a))
        errors.push(
          new UserError(
            `${where}.after: '${a}' is not a component of the train (${inTrain.join(', ')})`,
            at(`${base}/after/${i}`),
          ),
        );
    });
    const pinField = (key: 'commit' | 'released-with', check: (p: PinRef) => string | undefined) => {
      const id = r[key];
      if (id === undefined) return undefined;
      const p = pinById.get(id);
      const problem = p ? check(p) : `no pin has the id '${id}'`;
      if (problem) errors.push(new UserError(`${where}.${key}: ${problem}`, at(`${base}/${key}`)));
      return id;
    };
    const commit = pinField('commit', (p) =>
      p.component !== name ? `the pin '${p.id}' pins ${p.component}, not ${name}` : undefined,
    );
    const releasedWith = pinField('released-with', (p) =>
      p.holder !== name || p.component !== start
        ? `the pin '${p.id}' must be held by ${name} and pin the train's start (${start ?? 'none'}); it is held by ${p.holder} and pins ${p.component}`
        : undefined,
    );
    if ((commit === undefined) === (releasedWith === undefined))
      errors.push(
        new UserError(
          `${where}: give exactly one of 'commit' (the pin whose commit this release tags) and 'released-with' (the pin that says which train a release shipped with)`,
          at(base),
        ),
      );
    if (r.current !== undefined && releasedWith === undefined)
      errors.push(
        new UserError(
          `${where}.current: needs 'released-with' (the pin that says its version was set for this train)`,
          at(`${base}/current`),
        ),
      );
    if (r.bump === 'follow' && releasedWith === undefined)
      errors.push(
        new UserError(`${where}.bump: 'follow' needs 'released-with' (the release it follows)`, at(`${base}/bump`)),
      );

    // Variables: this release's own, and the version and tag of the train's start and of every component.
    const known = new Set(['version', 'tag', ...(commit !== undefined ? ['commit'] : [])]);
    for (const n of inTrain) if (n !== name) known.add(`${n}.version`).add(`${n}.tag`);
    const template = (text: string, pointer: string, what: string) => {
      for (const v of templateVariables(text))
        if (!known.has(v))
          errors.push(
            new UserError(
              `${what}: unknown variable {${v}} (known: ${[...known].map((k) => `{${k}}`).join(', ')})`,
              at(pointer),
            ),
          );
    };

    const phases: Phase[] = [];
    const seen = new Set<string>();
    r.phases!.forEach((p, i) => {
      const pointer = `${base}/phases/${i}`;
      const what = `${where}.phases[${i}]`;
      if (seen.has(p.name))
        errors.push(new UserError(`${what}.name: '${p.name}' is already a phase of ${name}`, at(`${pointer}/name`)));
      seen.add(p.name);
      template(p['run-name'], `${pointer}/run-name`, `${what}.run-name`);
      for (const [k, v] of Object.entries(p.inputs)) template(v, `${pointer}/inputs/${k}`, `${what}.inputs.${k}`);
      if (p['pull-request'] !== undefined)
        template(p['pull-request'], `${pointer}/pull-request`, `${what}.pull-request`);
      const own = (id: string, pointer: string, what: string) => {
        const pin = pinById.get(id);
        if (!pin || pin.holder !== name)
          errors.push(
            new UserError(
              `${what}: ${pin ? `the pin '${id}' is held by ${pin.holder}, not ${name}` : `no pin has the id '${id}'`}`,
              at(pointer),
            ),
          );
      };
      (p.sets ?? []).forEach((id, j) => own(id, `${pointer}/sets/${j}`, `${what}.sets`));
      let done: PhaseDone;
      if (p.done === 'tag') done = { kind: 'tag' };
      else {
        own(p.done.pin, `${pointer}/done/pin`, `${what}.done.pin`);
        template(p.done.value, `${pointer}/done/value`, `${what}.done.value`);
        done = { kind: 'pin', pin: p.done.pin, value: p.done.value };
      }
      phases.push({
        name: p.name,
        runName: p['run-name'],
        inputs: { ...p.inputs },
        pullRequest: p['pull-request'],
        sets: p.sets ?? [],
        ci: p.ci ?? false,
        done,
        line: line(pointer),
      });
    });
    const tagPhases = phases.filter((p) => p.done.kind === 'tag').length;
    if (tagPhases !== 1)
      errors.push(
        new UserError(
          `${where}.phases: exactly one phase must be done when the release tag exists ('done: tag'), found ${tagPhases}`,
          at(`${base}/phases`),
        ),
      );
    const w = r.workflow!;
    out.set(name, {
      startsTrain: false,
      after: [...after],
      workflow: { repository: w.repository, file: w.file, ref: w.ref },
      commit,
      releasedWith,
      current: r.current ? { file: r.current.file, path: r.current.path } : undefined,
      bump: r.bump!,
      phases,
    });
  }

  // No cycle in `after`: every component must be reachable from the start.
  const visiting = new Set<string>();
  const finished = new Set<string>();
  const visit = (n: string, path: string[]): void => {
    if (finished.has(n)) return;
    if (visiting.has(n)) {
      const cycle = [...path.slice(path.indexOf(n)), n];
      errors.push(
        new UserError(`the release train has a cycle: ${cycle.join(' -> ')}`, at(`/components/${n}/release/after`)),
      );
      finished.add(n);
      return;
    }
    visiting.add(n);
    const rel = out.get(n);
    if (rel && !rel.startsTrain) for (const a of rel.after) if (out.has(a)) visit(a, [...path, n]);
    visiting.delete(n);
    finished.add(n);
  };
  for (const n of out.keys()) visit(n, []);
  return out;
}

/** The components of the train in release order (every component after those it comes after), start first. */
export function trainOrder(train: ReadonlyMap<string, ComponentRelease>): string[] {
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < train.size) {
    const before = order.length;
    for (const [name, r] of train) {
      if (placed.has(name)) continue;
      if (r.startsTrain || r.after.every((a) => placed.has(a))) {
        order.push(name);
        placed.add(name);
      }
    }
    if (order.length === before) break; // a cycle, reported by parseTrain
  }
  return order;
}
