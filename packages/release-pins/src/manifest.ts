import { throwIfAny, UserError } from '@coco-release/core';
import { loadYaml, positionOf, type YamlFile } from '@coco-release/yaml-edit';
import { Ajv, type ErrorObject } from 'ajv';
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import schema from '../schema/release-pins.schema.json' with { type: 'json' };

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
  phases: Map<string, PhaseValue>;
  /** Line of the entry in the manifest. */
  line: number;
}

export interface ChartPhase {
  version?: string;
  appVersion?: string;
  dependencies?: Map<string, string>;
  lock?: 'update' | 'remove' | 'keep';
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
    phases: Record<string, string | { value: string; comment?: string }>;
  }[];
  charts?: {
    chart: string;
    phases: Record<
      string,
      { version?: string; 'app-version'?: string; dependencies?: Record<string, string>; lock?: ChartPhase['lock'] }
    >;
  }[];
  go?: { module: string; require: string; phases: Record<string, string> }[];
}

let validator: ReturnType<Ajv['compile']> | undefined;

function validate(data: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(
    schema,
  );
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

/** The YAML node an ajv instance path (`/pins/0/phases/release`) points at, for its line. */
function nodeAt(f: YamlFile, instancePath: string): Node | undefined {
  let node = f.doc.contents as Node | null;
  for (const raw of instancePath.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      node = (pair?.value as Node | null) ?? (pair?.key as Node | null) ?? null;
    } else if (isSeq(node)) node = (node.items[Number(key)] as Node | null) ?? null;
    else return node ?? undefined;
    if (!node) return undefined;
  }
  return node ?? undefined;
}

function keyNode(f: YamlFile, instancePath: string, key: string): Node | undefined {
  const parent = nodeAt(f, instancePath);
  if (!isMap(parent)) return parent;
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
  return (pair?.key as Node | undefined) ?? parent;
}

/** One readable sentence per schema error; oneOf/not noise is folded into what the user must change. */
function schemaErrors(f: YamlFile, errors: readonly ErrorObject[]): UserError[] {
  const out = new Map<string, UserError>();
  const at = (node: Node | undefined) => ({ file: f.file, ...(node?.range ? positionOf(f, node.range[0]) : {}) });
  const where = (p: string) => (p === '' ? 'the manifest' : p.slice(1).replaceAll('/', '.'));
  for (const e of errors) {
    let message: string;
    let node = nodeAt(f, e.instancePath);
    const site = /^\/pins\/\d+$/.test(e.instancePath);
    if (e.keyword === 'additionalProperties') {
      const extra = String(e.params['additionalProperty']);
      node = keyNode(f, e.instancePath, extra);
      message = `${where(e.instancePath)}: unknown key '${extra}'`;
    } else if (e.keyword === 'required') {
      if (site && ['path', 'variable', 'pattern'].includes(String(e.params['missingProperty']))) continue;
      message = `${where(e.instancePath)}: '${String(e.params['missingProperty'])}' is required`;
    } else if (site && (e.keyword === 'oneOf' || e.keyword === 'not')) {
      message = `${where(e.instancePath)}: a pin needs exactly one of 'path', 'variable' or 'pattern'`;
    } else if (e.keyword === 'oneOf' || e.keyword === 'type') {
      if (
        e.keyword === 'type' &&
        errors.some((o) => o.keyword === 'oneOf' && e.instancePath.startsWith(o.instancePath))
      )
        continue;
      message =
        e.keyword === 'oneOf'
          ? `${where(e.instancePath)}: expected a value (text) or { value, comment }`
          : `${where(e.instancePath)}: expected ${String(e.params['type'])}`;
    } else if (e.keyword === 'propertyNames' || (e.keyword === 'pattern' && e.instancePath.includes('/phases'))) {
      message = `${where(e.instancePath)}: a phase name is lowercase letters, digits and '-' (prepare, release, post-release)`;
      if (e.keyword === 'pattern') continue;
    } else if (e.keyword === 'enum') {
      message = `${where(e.instancePath)}: expected one of ${(e.params['allowedValues'] as unknown[]).join(', ')}`;
    } else {
      message = `${where(e.instancePath)}: ${e.message ?? e.keyword}`;
    }
    const err = new UserError(message, at(node));
    out.set(err.toString(), err);
  }
  return [...out.values()];
}

export function parseManifest(text: string, file: string): Manifest {
  const f = loadYaml(text, file);
  const data = f.doc.toJS() as unknown;
  throwIfAny(schemaErrors(f, validate(data ?? {})));
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
  return regex;
}
