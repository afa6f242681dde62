import { UserError } from '@coco-release/core';
import { isStringUnder11, loadYaml, positionOf, type YamlFile } from '@coco-release/yaml-edit';
import { isAlias, isMap, isScalar, isSeq, Scalar, type Node } from 'yaml';
import type { GoJsonValue, HelmDependency } from './go-json.js';

/**
 * Chart.yaml as Helm reads it: loader.LoadDir unmarshals it with sigs.k8s.io/yaml (go-yaml v2, so YAML 1.1
 * plain scalars) into chart.Metadata, then Metadata.Validate (pkg/chart/metadata.go) sanitises the
 * strings of every dependency. The digest of Chart.lock hashes these values, so they are read the same way;
 * anything whose Go reading is not plain (a number where Helm wants a string) is refused rather than guessed.
 */
export interface ChartFile {
  file: YamlFile;
  apiVersion: string;
  name: string;
  version: ScalarField;
  appVersion: ScalarField | null;
  /** null when Chart.yaml has no `dependencies` key (Helm then writes no lock at all). */
  dependencies: ChartDependency[] | null;
  /** Line of the `dependencies` key (1 when there is none): where a missing dependency is reported. */
  dependenciesLine: number;
}

export interface ScalarField {
  value: string;
  line: number;
}

export interface ChartDependency {
  index: number;
  /** As Helm holds it after loading: what the digest hashes. */
  dep: HelmDependency;
  /** The alias when there is one, else the name: Helm refuses two dependencies with one key. */
  key: string;
  line: number;
  versionLine: number;
}

type Where = { line: number; col: number };

export function readChartFile(source: string, display: string): ChartFile {
  const odd = /[\u0085\u2028\u2029]/.exec(source);
  if (odd) {
    // YAML 1.1 (go-yaml, so Helm) breaks lines there; YAML 1.2 does not: the two would read different files.
    const line = source.slice(0, odd.index).split('\n').length;
    const name = `U+${odd[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    throw new UserError(
      `holds the character ${name}, which Helm (YAML 1.1) reads as a line break; write it as an escape`,
      {
        file: display,
        line,
      },
    );
  }
  const file = loadYaml(source, display);
  const root = file.doc.contents as Node | null;
  const at = (node: unknown): Where => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? positionOf(file, range[0]) : { line: 1, col: 1 };
  };
  const fail = (message: string, node: unknown): never => {
    throw new UserError(message, { file: display, ...at(node) });
  };
  if (!isMap(root)) return fail('expected a mapping (Chart.yaml fields) at the top of the file', root);

  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(file.doc) : node);
  const field = (map: unknown, key: string): unknown =>
    resolve((map as { get(k: string, keep: true): unknown }).get(key, true));

  /** A Go string field: null reads as "", a non-string plain scalar is refused (Helm would read it as another type). */
  const goString = (node: unknown, what: string): string => {
    node = resolve(node);
    if (node === undefined || node === null) return '';
    if (!isScalar(node)) return fail(`${what} must be a string, found a ${isMap(node) ? 'mapping' : 'sequence'}`, node);
    if (node.type !== Scalar.PLAIN) return String(node.value);
    const text = typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
    if (NULL_11.test(text)) return '';
    if (!isStringUnder11(text) && !TIMESTAMP_START.test(text)) {
      return fail(`${what} is ${text}, which Helm (YAML 1.1) reads as a ${kind11(text)}; quote it ("${text}")`, node);
    }
    return text;
  };

  const apiVersion = goString(field(root, 'apiVersion'), 'apiVersion');
  const name = goString(field(root, 'name'), 'name');
  const versionNode = field(root, 'version');
  if (versionNode === undefined || (isScalar(versionNode) && versionNode.value === null)) {
    fail('chart has no version (Helm requires one)', versionNode ?? root);
  }
  const version = { value: goString(versionNode, 'version'), line: at(versionNode).line };
  const appNode = field(root, 'appVersion');
  const appVersion = appNode === undefined ? null : { value: goString(appNode, 'appVersion'), line: at(appNode).line };

  const depsNode = field(root, 'dependencies');
  let dependencies: ChartDependency[] | null = null;
  if (depsNode !== undefined && !(isScalar(depsNode) && depsNode.value === null)) {
    if (!isSeq(depsNode)) return fail('dependencies must be a list', depsNode);
    dependencies = [];
    const keys = new Map<string, number>();
    depsNode.items.forEach((raw, index) => {
      const item = resolve(raw);
      const where = `dependencies[${index}]`;
      if (!isMap(item)) return fail(`${where}: dependencies must not contain empty or null entries`, item ?? depsNode);
      const str = (key: string): string => sanitize(goString(field(item, key), `${where}.${key}`));
      const aliasText = goString(field(item, 'alias'), `${where}.alias`);
      if (aliasText !== '' && !/^[a-zA-Z0-9_-]+$/.test(aliasText)) {
        fail(`${where}: dependency alias ${JSON.stringify(aliasText)} has disallowed characters`, field(item, 'alias'));
      }
      const dep: HelmDependency = {
        name: str('name'),
        version: str('version'),
        repository: str('repository'),
        condition: str('condition'),
        tags: stringList(field(item, 'tags'), `${where}.tags`).map(sanitize),
        enabled: goBool(field(item, 'enabled'), `${where}.enabled`),
        importValues: importValues(field(item, 'import-values'), `${where}.import-values`),
        alias: aliasText,
      };
      const key = dep.alias || dep.name;
      const earlier = keys.get(key);
      if (earlier !== undefined) {
        fail(
          `${where}: more than one dependency with name or alias ${JSON.stringify(key)} (also dependencies[${earlier}])`,
          item,
        );
      }
      keys.set(key, index);
      const versionNode = field(item, 'version');
      dependencies!.push({ index, dep, key, line: at(item).line, versionLine: at(versionNode ?? item).line });
    });
  }
  const depsKey = root.items.find((p) => isScalar(p.key) && p.key.value === 'dependencies')?.key;
  const dependenciesLine = depsKey ? at(depsKey).line : 1;
  return { file, apiVersion, name, version, appVersion, dependencies, dependenciesLine };

  function stringList(node: unknown, what: string): string[] {
    if (node === undefined || (isScalar(node) && node.value === null)) return [];
    if (!isSeq(node)) return fail(`${what} must be a list of strings`, node);
    return node.items.map((n, i) => goString(n, `${what}[${i}]`));
  }

  function goBool(node: unknown, what: string): boolean {
    if (node === undefined || (isScalar(node) && node.value === null)) return false;
    if (isScalar(node) && node.type === Scalar.PLAIN) {
      const text = node.source ?? String(node.value);
      if (TRUE_11.test(text)) return true;
      if (FALSE_11.test(text)) return false;
    }
    return fail(`${what} must be true or false`, node);
  }

  function importValues(node: unknown, what: string): GoJsonValue[] {
    if (node === undefined || (isScalar(node) && node.value === null)) return [];
    if (!isSeq(node)) return fail(`${what} must be a list`, node);
    return node.items.map((n, i) => goValue(n, `${what}[${i}]`));
  }

  /** Any value as json.Unmarshal into interface{} holds it after sigs.k8s.io/yaml's YAML-to-JSON step. */
  function goValue(raw: unknown, what: string): GoJsonValue {
    const node = resolve(raw);
    if (node === undefined || node === null) return null;
    if (isSeq(node)) return node.items.map((n, i) => goValue(n, `${what}[${i}]`));
    if (isMap(node)) {
      const out: { [key: string]: GoJsonValue } = {};
      for (const pair of node.items) {
        const key = resolve(pair.key);
        if (isScalar(key) && key.source === '<<') fail(`${what}: merge keys (<<) are not supported here`, key);
        out[goString(key, `${what} key`)] = goValue(pair.value, `${what}.${String((key as Scalar).value)}`);
      }
      return out;
    }
    if (!isScalar(node)) return fail(`${what}: unexpected YAML node`, node);
    if (node.type !== Scalar.PLAIN) return String(node.value);
    const text = typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
    if (NULL_11.test(text)) return null;
    if (TRUE_11.test(text)) return true;
    if (FALSE_11.test(text)) return false;
    if (isStringUnder11(text) || TIMESTAMP_START.test(text)) return text;
    if (/^[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/.test(text)) return Number(text);
    return fail(`${what} is ${text}, a number whose Go reading is not certain; quote it or write it in decimal`, node);
  }
}

/** Metadata.Validate's sanitizeString: whitespace becomes a space, characters Go cannot print are dropped. */
export function sanitize(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  let out = '';
  for (const c of s) {
    if (/\p{White_Space}/u.test(c)) out += ' ';
    else if (/[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(c)) out += c;
  }
  return out;
}

const NULL_11 = /^(?:~|null|Null|NULL|)$/;
const TRUE_11 = /^(?:y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const FALSE_11 = /^(?:n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$/;
/** go-yaml v2 keeps a timestamp-looking plain scalar a string when the target is not a time.Time. */
const TIMESTAMP_START = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:$|[Tt ])/;

function kind11(text: string): string {
  if (TRUE_11.test(text) || FALSE_11.test(text)) return 'boolean';
  return 'number';
}
