import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * GitHub's REST contract, from its published OpenAPI description (the npm package `@octokit/openapi`,
 * api.github.com), for the test GitHub server: which routes exist, which parameters and request bodies each
 * accepts, and the schema of each answer.
 *
 * Cheap for the test suite: the description (13 MB) is read once per process, on the first request, and only
 * the schemas of the operations a test actually calls are compiled, each once.
 */

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Record<string, unknown>;
}
interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: Record<string, unknown> }> }>;
}
interface Spec {
  info: { version: string };
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
}

export interface OperationMatch {
  operationId: string;
  /** The description's path template, e.g. `/repos/{owner}/{repo}/releases`. */
  template: string;
  params: Record<string, string>;
}

// CommonJS packages seen from NodeNext ESM: the classes are their `default`.
const Ajv = AjvModule.default;
type Ajv = InstanceType<typeof Ajv>;
const addFormats = addFormatsModule.default;

const SPEC_ID = 'https://api.github.com/openapi.json';
// Parameters whose value may hold slashes (a ref, a file path, `base...head`); GitHub matches them greedily.
const GREEDY = new Set(['ref', 'path', 'branch', 'basehead', 'tag']);

let loaded: { spec: Spec; ajv: Ajv; bodies: Ajv; routes: Map<string, RouteTemplate[]> } | undefined;
interface RouteTemplate {
  template: string;
  pattern: RegExp;
  names: string[];
  literal: number;
}

// The parts of GitHub the double serves: repository routes under these segments, and the rate limit.
const SERVED =
  /^\/repos\/\{owner\}\/\{repo\}(?:$|\/(?:contents|git|tags|branches|commits|check-runs|statuses|compare|releases|pulls|issues|actions\/workflows)(?:$|\/))|^\/rate_limit$/;

/**
 * The description cut to the served paths and the components they reach, cached under node_modules/.cache
 * (per description version): the full file takes ~0.5 s to parse, the cut one a few ms.
 */
function slimSpec(): Spec {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const version = (
    JSON.parse(readFileSync(require.resolve('@octokit/openapi/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const cacheDir = join(dirname(dirname(dirname(dirname(file)))), '.cache', 'coco-github-openapi');
  const cache = join(
    cacheDir,
    `${version}-${createHash('sha256')
      .update(SERVED.source + jsonSchema.toString())
      .digest('hex')
      .slice(0, 12)}.json`,
  );
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Spec;
  const full = JSON.parse(readFileSync(file, 'utf8')) as Spec;
  const paths = Object.fromEntries(Object.entries(full.paths).filter(([p]) => SERVED.test(p)));
  const components: Spec['components'] = {};
  const seen = new Set<string>();
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/') && !seen.has(v)) {
        seen.add(v);
        const [, , kind, name] = v.split('/') as [string, string, string, string];
        const target = full.components[kind]![name];
        (components[kind] ??= {})[name] = target;
        walk(target);
      } else walk(v);
    }
  };
  walk(paths);
  const spec = jsonSchema({ info: full.info, paths, components }) as Spec;
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${cache}.${process.pid}`;
  writeFileSync(tmp, JSON.stringify(spec));
  renameSync(tmp, cache);
  return spec;
}

/** OpenAPI 3.0's `nullable: true` in JSON Schema terms (ajv knows it only beside `type`). */
function jsonSchema(node: unknown): unknown {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map(jsonSchema);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) if (k !== 'nullable') out[k] = jsonSchema(v);
  if ((node as { nullable?: unknown }).nullable !== true) return out;
  if (typeof out['type'] === 'string') {
    out['type'] = [out['type'], 'null'];
    if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...(out['enum'] as unknown[]), null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

function load(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const spec = slimSpec();
  const make = (allErrors: boolean): Ajv => {
    // OpenAPI 3.0 schemas: `nullable`, `example`, `x-*` and friends are not JSON Schema keywords.
    const ajv = new Ajv({ strict: false, allErrors, validateSchema: false, addUsedSchema: false });
    addFormats(ajv);
    ajv.addSchema({ $id: SPEC_ID, components: spec.components }, SPEC_ID);
    return ajv;
  };
  const routes = new Map<string, RouteTemplate[]>();
  for (const [template, item] of Object.entries(spec.paths)) {
    const names: string[] = [];
    const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
      names.push(name);
      return GREEDY.has(name) ? '(.+)' : '([^/]+)';
    });
    const route: RouteTemplate = {
      template,
      pattern: new RegExp(`^${source}$`),
      names,
      literal: template.replace(/\{[^}]+\}/g, '').length,
    };
    for (const method of Object.keys(item)) {
      if (!['get', 'put', 'post', 'patch', 'delete', 'head'].includes(method)) continue;
      const list = routes.get(method.toUpperCase()) ?? [];
      list.push(route);
      routes.set(method.toUpperCase(), list);
    }
  }
  for (const list of routes.values()) list.sort((a, b) => b.literal - a.literal);
  loaded = { spec, ajv: make(true), bodies: make(false), routes };
  return loaded;
}

/** The version of GitHub's description in use (`23.0.2`). */
export const openapiVersion = (): string => load().spec.info.version;

/** The documented operation `METHOD path` is, or undefined (GitHub answers 404). */
export function findOperation(method: string, path: string): OperationMatch | undefined {
  const { spec, routes } = load();
  for (const r of routes.get(method === 'HEAD' ? 'GET' : method) ?? []) {
    const m = r.pattern.exec(path);
    if (!m) continue;
    const op = spec.paths[r.template]![method.toLowerCase()] ?? spec.paths[r.template]!['get']!;
    return {
      operationId: op.operationId,
      template: r.template,
      params: Object.fromEntries(r.names.map((n, i) => [n, m[i + 1]!])),
    };
  }
  return undefined;
}

/** Whether an operation (by path template) exists for any method: GitHub answers 404 for the others too. */
const operation = (m: OperationMatch, method: string): Operation =>
  load().spec.paths[m.template]![method.toLowerCase()]!;

const deref = <T>(value: T | { $ref: string }): T => {
  if (value && typeof value === 'object' && '$ref' in value) {
    const parts = value.$ref.replace(/^#\//, '').split('/');
    let node: unknown = load().spec;
    for (const p of parts) node = (node as Record<string, unknown>)[p];
    return deref(node as T);
  }
  return value as T;
};

/**
 * A request body schema made closed: GitHub refuses a key its schema does not list ("is not a permitted key"),
 * so every object schema that lists `properties` gets `additionalProperties: false` unless it says otherwise.
 * References are inlined (request bodies are small and acyclic).
 */
function closed(schema: unknown, depth = 0): unknown {
  if (depth > 40 || schema === null || typeof schema !== 'object') return schema;
  if (Array.isArray(schema)) return schema.map((s) => closed(s, depth + 1));
  const s = deref(schema as Record<string, unknown>);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'properties') {
      out[k] = Object.fromEntries(Object.entries(v as object).map(([p, ps]) => [p, closed(ps, depth + 1)]));
    } else if (['items', 'anyOf', 'oneOf', 'allOf', 'not', 'additionalProperties'].includes(k)) {
      out[k] = closed(v, depth + 1);
    } else out[k] = v;
  }
  if (out['properties'] && !('additionalProperties' in out) && !out['allOf'] && !out['anyOf'] && !out['oneOf'])
    out['additionalProperties'] = false;
  return out;
}

/**
 * Where GitHub is stricter, or otherwise, than its description, with the evidence.
 * - repos/update-branch-protection: the description requires `contexts` in `required_status_checks`, but
 *   GitHub validates `contexts` and `checks` as alternatives: a body with only `checks` is accepted
 *   (google/go-github#2976, curl transcripts) and one with both is refused, "More than one subschema in
 *   \"oneOf\" matched" (ossf/allstar#155).
 */
function amend(operationId: string, schema: Record<string, unknown>): Record<string, unknown> {
  if (operationId !== 'repos/update-branch-protection') return schema;
  const properties = schema['properties'] as Record<string, Record<string, unknown>>;
  const checks = properties['required_status_checks']!;
  const inner = (checks['anyOf'] as Record<string, unknown>[] | undefined)?.[0] ?? checks;
  const props = inner['properties'] as Record<string, unknown>;
  const variant = (key: 'contexts' | 'checks'): Record<string, unknown> => ({
    type: 'object',
    properties: { strict: props['strict'], [key]: props[key] },
    required: ['strict', key],
    additionalProperties: false,
  });
  properties['required_status_checks'] = {
    anyOf: [{ type: 'null' }, { oneOf: [variant('contexts'), variant('checks')] }],
  };
  return schema;
}

const compiled = new Map<string, ValidateFunction | null>();
function compile(key: string, make: () => ValidateFunction | null): ValidateFunction | null {
  if (!compiled.has(key)) compiled.set(key, make());
  return compiled.get(key)!;
}

/** GitHub's wording for a value in a validation message (Ruby's: `nil`, strings quoted). */
const ruby = (v: unknown): string => (v === null ? 'nil' : typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

function describe(errors: ErrorObject[], body: unknown): string[] {
  return errors.map((e) => {
    const at = e.instancePath.split('/').filter(Boolean);
    const key = at.filter((p) => !/^\d+$/.test(p)).pop();
    let value: unknown = body;
    for (const p of at) value = (value as Record<string, unknown>)?.[p];
    if (e.keyword === 'additionalProperties')
      return `"${String((e.params as { additionalProperty: string }).additionalProperty)}" is not a permitted key.`;
    if (e.keyword === 'required')
      return `"${String((e.params as { missingProperty: string }).missingProperty)}" wasn't supplied.`;
    if (e.keyword === 'type')
      return `For 'properties/${key ?? ''}', ${ruby(value)} is not ${/^[aeiou]/.test(String(e.params['type'])) ? 'an' : 'a'} ${String(e.params['type'])}.`;
    if (e.keyword === 'enum')
      return `For 'properties/${key ?? ''}', ${ruby(value)} is not a member of ${JSON.stringify(e.params['allowedValues'])}.`;
    if (e.keyword === 'anyOf') return 'No subschema in "anyOf" matched.';
    if (e.keyword === 'oneOf')
      return Array.isArray(e.params['passingSchemas'])
        ? 'More than one subschema in "oneOf" matched.'
        : 'No subschema in "oneOf" matched.';
    return `For 'properties/${key ?? ''}', ${ruby(value)} ${e.message ?? 'is invalid'}.`;
  });
}

export interface RequestProblem {
  status: 404 | 422;
  body: Record<string, unknown>;
}

const DOCS = 'https://docs.github.com/rest';

/**
 * Checks a request against the description: an undocumented route is 404; a path or query parameter of the
 * wrong type, a missing required body, a body failing the schema (a wrong type, a missing key, a key the
 * schema does not list) is 422 with GitHub's message. Undefined when GitHub would accept it.
 */
export function checkRequest(
  method: string,
  path: string,
  query: Record<string, string>,
  body: unknown,
): RequestProblem | undefined {
  const match = findOperation(method, path);
  if (!match) return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
  const op = operation(match, method);
  const problems: string[] = [];
  for (const raw of op.parameters ?? []) {
    const p = deref(raw);
    if (p.in === 'header') continue;
    const value = p.in === 'path' ? match.params[p.name] : query[p.name];
    if (value === undefined) {
      if (p.required) problems.push(`"${p.name}" wasn't supplied.`);
      continue;
    }
    const schema = p.schema ? deref(p.schema) : undefined;
    if (!schema) continue;
    if (schema['type'] === 'integer' && !/^-?\d+$/.test(value)) {
      // A path that does not fit the route's integer (`/releases/newest`) is no route at all.
      if (p.in === 'path')
        return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
      problems.push(`For '${p.name}', ${ruby(value)} is not an integer.`);
    }
    if (Array.isArray(schema['enum']) && !schema['enum'].includes(value))
      problems.push(`For '${p.name}', ${ruby(value)} is not a member of ${JSON.stringify(schema['enum'])}.`);
  }
  const json = op.requestBody?.content['application/json'];
  if (json) {
    if (body === undefined) {
      if (op.requestBody?.required) problems.push('Body is required.');
    } else {
      const validate = compile(`${match.operationId} request`, () =>
        load().bodies.compile(amend(match.operationId, closed(json.schema) as Record<string, unknown>)),
      )!;
      if (!validate(body)) problems.push(...describe(validate.errors ?? [], body));
    }
  }
  if (problems.length === 0) return undefined;
  return {
    status: 422,
    body: { message: `Invalid request.\n\n${problems.join('\n')}`, documentation_url: DOCS, status: '422' },
  };
}

const PLACEHOLDER_DATE = '2026-01-15T12:00:00Z';

/** A value of `schema` for a field the double does not model: null where allowed, else an empty value. */
function placeholder(schema: Record<string, unknown>, depth: number): unknown {
  const types = ([] as unknown[]).concat(schema['type'] ?? []);
  if (types.includes('null')) return null;
  if (Array.isArray(schema['enum'])) return schema['enum'][0];
  if (schema['anyOf'] || schema['oneOf']) {
    const branches = (schema['anyOf'] ?? schema['oneOf']) as Record<string, unknown>[];
    if (branches.some((b) => deref(b)['type'] === 'null')) return null;
    return withRequired(branches[0]!, undefined, depth + 1);
  }
  if (types.includes('string'))
    return schema['format'] === 'date-time'
      ? PLACEHOLDER_DATE
      : schema['format'] === 'uri'
        ? 'https://github.invalid/'
        : '';
  if (types.includes('integer') || types.includes('number')) return 0;
  if (types.includes('boolean')) return false;
  if (types.includes('array')) return [];
  return withRequired(schema, undefined, depth + 1);
}

/**
 * `given` completed with every field `schema` documents as required and `given` lacks, recursively (the
 * double models the fields release tooling reads; GitHub's answers carry dozens more, e.g. a user's
 * `followers_url`). The values the double sets are kept as they are, so checkResponse still catches a
 * wrong type or value.
 */
function withRequired(raw: unknown, given: unknown, depth = 0): unknown {
  if (depth > 12 || raw === null || typeof raw !== 'object') return given;
  const schema = deref(raw as Record<string, unknown>);
  if (given === undefined) {
    if (schema['properties'] || schema['allOf']) given = {};
    else return placeholder(schema, depth);
  }
  if (given === null || typeof given !== 'object' || Buffer.isBuffer(given)) return given;
  if (schema['allOf']) {
    let out: unknown = given;
    for (const part of schema['allOf'] as unknown[]) out = withRequired(part, out, depth + 1);
    return out;
  }
  if (schema['anyOf'] || schema['oneOf']) {
    const branches = ((schema['anyOf'] ?? schema['oneOf']) as unknown[]).map((b) =>
      deref(b as Record<string, unknown>),
    );
    // The branch the answer is: an array's, or the one whose `type` enum names the object's type (contents).
    const typeEnum = (b: Record<string, unknown>): unknown[] =>
      (deref((b['properties'] as Record<string, Record<string, unknown>> | undefined)?.['type'] ?? {})['enum'] ??
        []) as unknown[];
    const fit = Array.isArray(given)
      ? branches.find((b) => b['type'] === 'array')
      : (branches.find((b) => typeEnum(b).includes((given as Record<string, unknown>)['type'])) ??
        branches.find((b) => b['properties']));
    return fit ? withRequired(fit, given, depth + 1) : given;
  }
  if (Array.isArray(given))
    return schema['items'] ? given.map((g) => withRequired(schema['items'], g, depth + 1)) : given;
  const properties = (schema['properties'] ?? {}) as Record<string, Record<string, unknown>>;
  const out: Record<string, unknown> = { ...(given as Record<string, unknown>) };
  for (const key of (schema['required'] ?? []) as string[])
    if (!(key in out) && properties[key]) out[key] = placeholder(deref(properties[key]), depth + 1);
  for (const [key, value] of Object.entries(out))
    if (properties[key] && value !== null && typeof value === 'object')
      out[key] = withRequired(properties[key], value, depth + 1);
  return out;
}

/** The answer completed with the required fields of the operation's response schema (see withRequired). */
export function completeResponse(method: string, path: string, status: number, body: unknown): unknown {
  const match = findOperation(method, path);
  if (!match || Buffer.isBuffer(body)) return body;
  const response = operation(match, method)?.responses[String(status)];
  const schema = response ? deref(response).content?.['application/json']?.schema : undefined;
  return schema ? withRequired(schema, body) : body;
}

/**
 * Checks an answer against the operation's documented response schema for its status; returns the
 * differences (empty when it conforms, or when the description documents no JSON for that status).
 */
export function checkResponse(method: string, path: string, status: number, body: unknown): string[] {
  const match = findOperation(method, path);
  if (!match) return [];
  const op = operation(match, method);
  const response = op.responses[String(status)];
  if (!response) return [`${status} is not a documented answer of ${match.operationId}`];
  const content = deref(response).content;
  const schema = content?.['application/json']?.schema;
  if (!schema || Buffer.isBuffer(body)) return [];
  // The schema's references point into the description, added to ajv once under SPEC_ID.
  const validate = compile(`${match.operationId} ${status}`, () =>
    load().ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${SPEC_ID}#/components/`))),
  );
  if (!validate || validate(body)) return [];
  return (validate.errors ?? []).map(
    (e) => `${match.operationId} ${status}: ${e.instancePath || '/'} ${e.message ?? ''}`,
  );
}
