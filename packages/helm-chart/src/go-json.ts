/**
 * The bytes Go's encoding/json Marshal produces for Helm's `chart.Dependency`, which is what Helm hashes
 * into Chart.lock's digest (internal/resolver/resolver.go, HashReq).
 */

/** A value as Go holds it after sigs.k8s.io/yaml turned YAML into JSON and json.Unmarshal read it back. */
export type GoJsonValue = string | number | boolean | null | GoJsonValue[] | { [key: string]: GoJsonValue };

/**
 * helm.sh/helm/v3 pkg/chart/dependency.go, `type Dependency struct`, in field order with its json tags:
 * name, version (omitempty), repository, condition (omitempty), tags (omitempty), enabled (omitempty),
 * import-values (omitempty), alias (omitempty). Chart.lock entries use the same struct with only name,
 * repository and version set.
 */
export interface HelmDependency {
  name: string;
  version: string;
  repository: string;
  condition: string;
  tags: string[];
  enabled: boolean;
  importValues: GoJsonValue[];
  alias: string;
}

const HTML_UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * Go's encodeState.string with escapeHTML (json.Marshal's default): JSON.stringify's escapes (`\"`, `\\`,
 * `\n`, `\r`, `\t`, `\b`, `\f` since Go 1.22, `\u00XX` for other control characters, lowercase hex) plus
 * `\u003c`, `\u003e`, `\u0026` for `<`, `>`, `&` and `\u2028`, `\u2029`, which JavaScript leaves alone.
 */
export function goJsonString(s: string): string {
  const json = JSON.stringify(s);
  return HTML_UNSAFE.test(json)
    ? json.replace(HTML_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : json;
}

/**
 * Go's floatEncoder for float64 (every JSON number json.Unmarshal reads into interface{}): the shortest
 * representation that round-trips, `%f` style between 1e-6 and 1e21 and exponent style outside, with the
 * exponent's leading zero removed. JavaScript's Number#toString makes the same choices at the same
 * thresholds, so only -0 (Go keeps the sign) needs care. NaN and infinities cannot come from JSON.
 */
function goJsonNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`json: unsupported value: ${n}`);
  return Object.is(n, -0) ? '-0' : String(n);
}

/** Byte order of UTF-8, as Go's sort of map keys compares strings; UTF-16 order differs above U+FFFF. */
function byUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

export function goJson(value: GoJsonValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return goJsonString(value);
  if (typeof value === 'number') return goJsonNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map(goJson).join(',')}]`;
  const keys = Object.keys(value).sort(byUtf8);
  return `{${keys.map((k) => `${goJsonString(k)}:${goJson(value[k]!)}`).join(',')}}`;
}

/** json.Marshal(*chart.Dependency): struct fields in declaration order, omitempty honoured. */
export function dependencyJson(d: HelmDependency): string {
  let out = `{"name":${goJsonString(d.name)}`;
  if (d.version !== '') out += `,"version":${goJsonString(d.version)}`;
  out += `,"repository":${goJsonString(d.repository)}`;
  if (d.condition !== '') out += `,"condition":${goJsonString(d.condition)}`;
  if (d.tags.length > 0) out += `,"tags":[${d.tags.map(goJsonString).join(',')}]`;
  if (d.enabled) out += ',"enabled":true';
  if (d.importValues.length > 0) out += `,"import-values":${goJson(d.importValues)}`;
  if (d.alias !== '') out += `,"alias":${goJsonString(d.alias)}`;
  return `${out}}`;
}

/** A dependency as it stands in Chart.lock: resolver.go builds each locked entry from name, repository and version only. */
export function lockedDependency(name: string, repository: string, version: string): HelmDependency {
  return { name, version, repository, condition: '', tags: [], enabled: false, importValues: [], alias: '' };
}
