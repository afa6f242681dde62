import { throwIfAny, UserError } from '@coco-release/core';
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { loadYaml, nodeAt, positionOf, schemaErrors, toData } from '@coco-release/yaml-edit';
// schema/release-pins.schema.json, compiled by ajv at build time (scripts/build.mjs).
import { validate as validateSchema } from './generated/validate-manifest.js';

/**
 * The release-pins manifest a repository keeps (`.github/release-pins.yaml`): which value each release
 * phase writes where. Checked against schema/release-pins.schema.json (the same file editors can use), with
 * every problem reported at its line in the manifest.
 */

/** A pin's value for one phase: a template, with an optional new inline comment (YAML sites). */
export interface PhaseValue {
  value: string;
  comment?: string;
}

export type Site =
  { kind: 'yaml'; path: string } | { kind: 'variable'; name: string } | { kind: 'pattern'; regex: RegExp };

export interface Pin {
  file: string;
  site: Site;
  /** The site as written in the manifest (`.image.tag`, `NAME`, the pattern): for messages and tables. */
  label: string;
  /** registry/repository whose tag this site holds (verify-images). */
  image?: string;
  /** The site accepts `tag@sha256:…` (pin-by-digest). */
  digest?: boolean;
  /** A missing file skips the site (said in the plan) instead of failing. */
  optional?: boolean;
  /** A YAML site inside a shared anchor is edited (every alias of it changes too) instead of refused. */
  allowSharedAnchor?: boolean;
  phases: Map<string, PhaseValue>;
  /** Line of the entry in the manifest. */
  line: number;
}

export interface ChartPhase {
  version?: string;
  appVersion?: string;
  dependencies?: Map<string, string>;
  lock?: 'update' | 'remove' | 'keep';
  /** `NAME@VERSION` entries left out of Chart.lock and its digest. */
  lockExclude?: string[];
}

export interface ChartEntry {
  chart: string;
  phases: Map<string, ChartPhase>;
  line: number;
}

export interface GoEntry {
  module: string;
  require: string;
  phases: Map<string, string>;
  line: number;
}

export interface Manifest {
  file: string;
  pins: Pin[];
  charts: ChartEntry[];
  go: GoEntry[];
  /** Every phase any entry names, sorted. */
  phases: string[];
}

interface RawManifest {
  pins?: {
    file: string;
    path?: string;
    variable?: string;
    pattern?: string;
    image?: string;
    digest?: boolean;
    optional?: boolean;
    'allow-shared-anchor'?: boolean;
    phases: Record<string, string | { value: string; comment?: string }>;
  }[];
  charts?: {
    chart: string;
    phases: Record<
      string,
      {
        version?: string;
        'app-version'?: string;
        dependencies?: Record<string, string>;
        lock?: ChartPhase['lock'];
        'lock-exclude'?: string[];
      }
    >;
  }[];
  go?: { module: string; require: string; phases: Record<string, string> }[];
}

export function parseManifest(text: string, file: string): Manifest {
  const f = loadYaml(text, file);
  const data = toData(f);
  if (!validateSchema(data ?? {}))
    throwIfAny(
      schemaErrors(f, validateSchema.errors ?? [], {
        whole: 'the manifest',
        exclusive: { at: /^\/pins\/\d+$/, keys: ['path', 'variable', 'pattern'], what: 'a pin' },
        keyNames: "a phase name (lowercase letters, digits and '-': prepare, release, post-release)",
      }),
    );
  const raw = (data ?? {}) as RawManifest;
  const line = (path: string): number => {
    const node = nodeAt(f, path);
    return node?.range ? positionOf(f, node.range[0]).line : 1;
  };
  const errors: UserError[] = [];
  const pins: Pin[] = (raw.pins ?? []).map((p, i) => {
    let site: Site;
    let label: string;
    if (p.path !== undefined) [site, label] = [{ kind: 'yaml', path: p.path }, p.path];
    else if (p.variable !== undefined) [site, label] = [{ kind: 'variable', name: p.variable }, p.variable];
    else {
      label = p.pattern!;
      site = { kind: 'pattern', regex: compilePattern(p.pattern!, errors, { file, line: line(`/pins/${i}/pattern`) }) };
    }
    const phases = new Map(
      Object.entries(p.phases).map(([phase, v]) => [
        phase,
        typeof v === 'string' ? { value: v } : v.comment === undefined ? { value: v.value } : v,
      ]),
    );
    const pin: Pin = { file: p.file, site, label, phases, line: line(`/pins/${i}`) };
    if (p.image !== undefined) pin.image = p.image;
    if (p.optional === true) pin.optional = true;
    if (p['allow-shared-anchor'] === true) pin.allowSharedAnchor = true;
    if (p.digest === true) {
      if (p.image === undefined)
        errors.push(new UserError("'digest: true' needs the site's 'image'", { file, line: pin.line }));
      pin.digest = true;
    }
    return pin;
  });
  const charts: ChartEntry[] = (raw.charts ?? []).map((c, i) => ({
    chart: c.chart,
    line: line(`/charts/${i}`),
    phases: new Map(
      Object.entries(c.phases).map(([phase, v]) => {
        const cp: ChartPhase = {};
        if (v.version !== undefined) cp.version = v.version;
        if (v['app-version'] !== undefined) cp.appVersion = v['app-version'];
        if (v.dependencies !== undefined) cp.dependencies = new Map(Object.entries(v.dependencies));
        if (v.lock !== undefined) cp.lock = v.lock;
        if (v['lock-exclude'] !== undefined) cp.lockExclude = v['lock-exclude'];
        return [phase, cp];
      }),
    ),
  }));
  const go: GoEntry[] = (raw.go ?? []).map((g, i) => ({
    module: g.module,
    require: g.require,
    phases: new Map(Object.entries(g.phases)),
    line: line(`/go/${i}`),
  }));
  throwIfAny(errors);
  const phases = new Set<string>();
  for (const e of [...pins, ...charts, ...go]) for (const p of e.phases.keys()) phases.add(p);
  return { file, pins, charts, go, phases: [...phases].sort() };
}

/** A `pattern` site: one named group `value`; compiled with indices, to know where the value stands. */
export function compilePattern(pattern: string, errors: UserError[], position: { file: string; line: number }): RegExp {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'gmd');
  } catch (e) {
    errors.push(new UserError(`pattern is not a valid regular expression: ${(e as Error).message}`, position));
    return /$^/dgm;
  }
  if (!/\(\?<value>/.test(pattern)) errors.push(new UserError('pattern needs a named group (?<value>…)', position));
  const unbounded = backtrackingHazard(pattern);
  if (unbounded) {
    errors.push(
      new UserError(
        `pattern refused: ${unbounded}, with which a match can take exponential time; write it without (one quantifier per repeated part, no backreference)`,
        position,
      ),
    );
  }
  return regex;
}

/**
 * Why matching `pattern` may backtrack exponentially, or undefined. JavaScript's engine backtracks, and a
 * synchronous match cannot be stopped (not even by the runner's cancel), so the shapes that make it
 * exponential are refused when the manifest is read: a repeated part (`+`, `*`, `{n,}`, `{n,m}` with m > 1)
 * holding another repeated part or alternatives (`(a+)+`, `(a|a)*`), and backreferences. What is left runs
 * in polynomial time in the length of the file's longest stretch the pattern can span.
 */
export function backtrackingHazard(pattern: string): string | undefined {
  let ast: AST.Pattern;
  try {
    ast = new RegExpParser().parsePattern(pattern);
  } catch {
    return undefined; // new RegExp() reported it
  }
  const visit = (node: AST.Node, repeated: AST.Quantifier | undefined): string | undefined => {
    switch (node.type) {
      case 'Backreference':
        return `the backreference ${node.raw}`;
      case 'Quantifier': {
        const repeats = node.max > 1;
        if (repeats && repeated) return `the repeated part ${node.raw} inside the repeated part ${repeated.raw}`;
        return visit(node.element, repeats ? node : repeated);
      }
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup':
      case 'Assertion': {
        if (!('alternatives' in node)) return undefined;
        if (repeated && node.alternatives.length > 1)
          return `the alternatives ${node.raw} inside the repeated part ${repeated.raw}`;
        for (const alt of node.alternatives)
          for (const e of alt.elements) {
            const why = visit(e, repeated);
            if (why) return why;
          }
        return undefined;
      }
      default:
        return undefined;
    }
  };
  return visit(ast, undefined);
}
