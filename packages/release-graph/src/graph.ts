import { throwIfAny, UserError, type SourcePosition } from '@coco-release/core';
import { compilePattern, type Site } from '@coco-release/release-pins';
import { parseTagFormat, type TagFormat } from '@coco-release/versioning';
import { loadYaml, parsePath, positionOf, toData } from '@coco-release/yaml-edit';
import { nodeAt } from '@coco-release/yaml-edit';
import { validateGraph } from './schema.js';
import { parseTrain, type ComponentRelease, type RawRelease } from './train-graph.js';

/**
 * A release graph file: components (a repository and its tag format) and pins (a value in a file of one
 * component's repository that names a commit, tag or version of another). Checked against
 * schema/release-graph.schema.json, then for what a schema cannot say (names that exist, one reference per
 * component); every problem is reported at its line.
 */

export type PinKind = 'commit' | 'tag' | 'version';

export interface Component {
  name: string;
  /** OWNER/NAME */
  repository: string;
  owner: string;
  repo: string;
  tagFormat: TagFormat;
  /** The id of the pin the other pins of this component are checked against; undefined when nothing pins it. */
  reference: string | undefined;
  /** How it releases in the release train; undefined when it is not part of the train. */
  release: ComponentRelease | undefined;
  line: number;
}

export interface GraphPin {
  id: string;
  /** The component whose repository holds the file. */
  holder: string;
  file: string;
  /** Branch, tag or commit; undefined for the repository's default branch. */
  ref: string | undefined;
  site: Site;
  /** The site as the graph writes it: `.git.kbs.reference`, a variable name, a pattern. */
  label: string;
  /** The component the value pins. */
  component: string;
  kind: PinKind;
  /** The inline comment names the version the value claims to be (`<sha> # v4.0.0`). */
  claim: 'comment' | undefined;
  /** A version pin's value between releases (`0.0.0-dev`). */
  development: string | undefined;
  line: number;
}

export interface Graph {
  /** As messages show it. */
  file: string;
  /** The built-in CoCo graph: its positions are not in the user's workspace. */
  builtin: boolean;
  components: Map<string, Component>;
  pins: GraphPin[];
}

interface RawGraph {
  components: Record<string, { repository: string; 'tag-format': string; reference?: string; release?: RawRelease }>;
  pins: {
    id?: string;
    holder: string;
    file: string;
    ref?: string;
    path?: string;
    variable?: string;
    pattern?: string;
    component: string;
    kind: PinKind;
    claim?: 'comment';
    development?: string;
  }[];
}

/**
 * Parse and check a graph file: against its JSON Schema, then for what a schema cannot say.
 */
export async function parseGraph(text: string, file: string, options: { builtin?: boolean } = {}): Promise<Graph> {
  const f = loadYaml(text, file);
  const data = toData(f);
  throwIfAny(validateGraph(f, data ?? {}));
  const raw = data as RawGraph;
  const line = (pointer: string): number => {
    const node = nodeAt(f, pointer);
    return node?.range ? positionOf(f, node.range[0]).line : 1;
  };
  const errors: UserError[] = [];
  const at = (pointer: string): SourcePosition => {
    const node = nodeAt(f, pointer);
    return { file, ...(node?.range ? positionOf(f, node.range[0]) : { line: 1 }) };
  };

  const components = new Map<string, Component>();
  for (const [name, c] of Object.entries(raw.components)) {
    const pointer = `/components/${name}`;
    let tagFormat: TagFormat;
    try {
      tagFormat = parseTagFormat(c['tag-format'], `components.${name}.tag-format`);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      errors.push(new UserError(e.message.replace(/^input /, ''), at(`${pointer}/tag-format`)));
      tagFormat = { text: '{version}', prefix: '', suffix: '' };
    }
    const [owner, repo] = c.repository.split('/') as [string, string];
    components.set(name, {
      name,
      repository: c.repository,
      owner,
      repo,
      tagFormat,
      reference: c.reference,
      release: undefined,
      line: line(pointer),
    });
  }

  const pins: GraphPin[] = [];
  const ids = new Map<string, number>();
  raw.pins.forEach((p, i) => {
    const pointer = `/pins/${i}`;
    let site: Site;
    let label: string;
    if (p.path !== undefined) {
      [site, label] = [{ kind: 'yaml', path: p.path }, p.path];
      try {
        parsePath(p.path);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        errors.push(new UserError(`pins[${i}].path: ${e.message}`, at(`${pointer}/path`)));
      }
    } else if (p.variable !== undefined) [site, label] = [{ kind: 'variable', name: p.variable }, p.variable];
    else {
      label = p.pattern!;
      site = { kind: 'pattern', regex: compilePattern(p.pattern!, errors, { file, line: line(`${pointer}/pattern`) }) };
    }
    for (const key of ['holder', 'component'] as const) {
      if (!components.has(p[key]))
        errors.push(
          new UserError(
            `pins[${i}].${key}: no component '${p[key]}' (components: ${[...components.keys()].join(', ')})`,
            at(`${pointer}/${key}`),
          ),
        );
    }
    if (p.holder === p.component)
      errors.push(new UserError(`pins[${i}]: a component cannot pin itself ('${p.holder}')`, at(pointer)));
    if (p.claim !== undefined && site.kind !== 'yaml')
      errors.push(
        new UserError(`pins[${i}].claim: an inline comment claim needs a YAML 'path' site`, at(`${pointer}/claim`)),
      );
    if (p.development !== undefined && p.kind !== 'version')
      errors.push(
        new UserError(
          `pins[${i}].development: only a version pin has a development value`,
          at(`${pointer}/development`),
        ),
      );
    const id = p.id ?? `${p.holder}:${p.file}:${label}`;
    const seen = ids.get(id);
    if (seen !== undefined)
      errors.push(new UserError(`pins[${i}].id: '${id}' is already the id of the pin at line ${seen}`, at(pointer)));
    ids.set(id, line(pointer));
    pins.push({
      id,
      holder: p.holder,
      file: p.file,
      ref: p.ref,
      site,
      label,
      component: p.component,
      kind: p.kind,
      claim: p.claim,
      development: p.development,
      line: line(pointer),
    });
  });

  for (const c of components.values()) {
    const own = pins.filter((p) => p.component === c.name);
    if (c.reference === undefined) {
      c.reference = own[0]?.id;
      continue;
    }
    const ref = pins.find((p) => p.id === c.reference);
    if (!ref || ref.component !== c.name)
      errors.push(
        new UserError(
          `components.${c.name}.reference: ${ref ? `the pin '${c.reference}' pins ${ref.component}, not ${c.name}` : `no pin has the id '${c.reference}'`}` +
            (own.length ? ` (pins of ${c.name}: ${own.map((p) => p.id).join(', ')})` : ''),
          at(`/components/${c.name}/reference`),
        ),
      );
  }
  const train = parseTrain(raw.components, pins, at, line, errors);
  for (const [name, release] of train) components.get(name)!.release = release;
  throwIfAny(errors);
  return { file, builtin: options.builtin ?? false, components, pins };
}
