import { LineIndex, OCI_TAG, UserError } from '@coco-release/core';
import { loadYaml, readScalar, type YamlFile } from '@coco-release/yaml-edit';
import type { Manifest } from './manifest.js';
import { checkPhase } from './plan.js';
import { findValue } from './sites.js';
import { matchTemplate } from './templates.js';

/** What one site of a phase holds now, read against its template. */
export interface SiteReading {
  file: string;
  /** The site as the manifest names it. */
  site: string;
  line: number;
  /** The value now (at a `digest: true` site without its `@sha256:…`). */
  value: string;
  template: string;
  /** The variables the value gives the template; undefined when it does not have the template's shape. */
  vars: Map<string, string> | undefined;
  /** The site holds the tag of an image (`image:` in the manifest). */
  image: boolean;
  /** Why the site could not be read. */
  unreadable?: string;
}

export interface CurrentValues {
  /** Every variable a site template of the phase names: the value all its sites agree on, or undefined. */
  values: Map<string, string | undefined>;
  /** Why a variable has no value: its sites disagree, or one does not have its template's shape. */
  conflicts: Map<string, string>;
  /** Variables that some image site's template names. */
  imageVars: Set<string>;
  sites: SiteReading[];
}

const DIGEST = /@sha256:[0-9a-f]{64}$/;

/**
 * What the sites of a phase hold now, as values of the variables of their templates: a phase is in place
 * with the image tag its sites agree on, read without knowing that tag. Sites of optional pins whose file is
 * missing are left out. A site that cannot be read gives its variables no value (planning the phase says
 * why, at its manifest line).
 */
export function readCurrent(
  manifest: Manifest,
  phase: string,
  read: (path: string) => string | undefined,
): CurrentValues {
  checkPhase(manifest, phase);
  const sites: SiteReading[] = [];
  const yaml = new Map<string, YamlFile>();
  for (const pin of manifest.pins) {
    const template = pin.phases.get(phase)?.value;
    if (template === undefined) continue;
    const text = read(pin.file);
    if (text === undefined && pin.optional) continue;
    const reading = { file: pin.file, site: pin.label, template, image: pin.image !== undefined };
    let at: { value: string; line: number };
    try {
      if (text === undefined) throw new UserError(`file not found: ${pin.file}`);
      if (pin.site.kind === 'yaml') {
        if (!yaml.has(pin.file)) yaml.set(pin.file, loadYaml(text, pin.file));
        at = readScalar(yaml.get(pin.file)!, pin.site.path);
      } else at = findValue(text, pin.file, pin.site, new LineIndex(text));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      sites.push({ ...reading, line: e.position?.line ?? 0, value: '', vars: undefined, unreadable: e.message });
      continue;
    }
    const value = pin.digest ? at.value.replace(DIGEST, '') : at.value;
    sites.push({ ...reading, line: at.line, value, vars: matchTemplate(template, value) });
  }
  return summarizeReadings(sites);
}

function summarizeReadings(sites: SiteReading[]): CurrentValues {
  const values = new Map<string, string | undefined>();
  const conflicts = new Map<string, string>();
  const imageVars = new Set<string>();
  const named = new Map<string, SiteReading[]>();
  for (const s of sites) {
    // The variables of the template, whether or not the value matched it.
    for (const name of matchTemplateNames(s.template)) {
      named.set(name, [...(named.get(name) ?? []), s]);
      if (s.image) imageVars.add(name);
    }
  }
  const where = (s: SiteReading) =>
    s.unreadable !== undefined
      ? `${s.file} ${s.site} cannot be read (${s.unreadable})`
      : `${s.file}:${s.line} ${s.site} holds ${JSON.stringify(s.value)}`;
  for (const [name, readings] of [...named].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const unmatched = readings.find((s) => s.vars === undefined);
    const found = [...new Set(readings.map((s) => s.vars?.get(name)))];
    if (unmatched) {
      values.set(name, undefined);
      const shape = unmatched.unreadable === undefined ? `, not of the form ${JSON.stringify(unmatched.template)}` : '';
      conflicts.set(name, `{${name}}: ${where(unmatched)}${shape}`);
    } else if (found.length > 1) {
      values.set(name, undefined);
      conflicts.set(name, `{${name}}: the sites disagree: ${readings.map(where).join('; ')}`);
    } else values.set(name, found[0]);
  }
  return { values, conflicts, imageVars, sites };
}

/** The `{NAME}` variables of a template (not `{NAME#v}`, not `{today}`): those a value can give back. */
function matchTemplateNames(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z_][A-Za-z0-9_-]*)\}/g)].map((m) => m[1]!).filter((n) => n !== 'today');
}

/**
 * The value a variable takes from what the sites hold now, or why it takes none: its sites disagree, it is
 * empty, or an image site's tag is not one a release pins (the OCI grammar, never `latest`, which moves).
 */
export function valueFromSites(current: CurrentValues, name: string): { value: string } | { reason: string } {
  const conflict = current.conflicts.get(name);
  if (conflict !== undefined) return { reason: conflict };
  const value = current.values.get(name);
  if (value === undefined) return { reason: `{${name}}: no site of the phase holds it` };
  if (value === '') return { reason: `{${name}}: the sites hold it empty` };
  if (current.imageVars.has(name) && (!OCI_TAG.test(value) || value === 'latest'))
    return { reason: `{${name}}: the sites hold ${JSON.stringify(value)}, not the tag of a built image` };
  return { value };
}
