import { collectErrors, throwIfAny, UserError } from '@coco-release/core';
import semver from 'semver';
import type { Graph } from './graph.js';

/** One line of a multi-line input, with its line number (as Inputs.lines gives them). */
export interface InputLine {
  text: string;
  line: number;
}

function split(input: string, l: InputLine, what: string): [string, string] {
  const eq = l.text.indexOf('=');
  const name = eq < 0 ? '' : l.text.slice(0, eq).trim();
  const value = eq < 0 ? '' : l.text.slice(eq + 1).trim();
  if (name === '' || value === '')
    throw new UserError(`input '${input}' line ${l.line}: expected COMPONENT=${what}, got '${l.text}'`);
  return [name, value];
}

function component(graph: Graph, input: string, l: InputLine, name: string): void {
  if (!graph.components.has(name))
    throw new UserError(
      `input '${input}' line ${l.line}: no component '${name}' in ${graph.file} (components: ${[...graph.components.keys()].join(', ')})`,
    );
}

/**
 * `release`: `COMPONENT=VERSION` lines (`kata-containers=4.1.0`, `trustee=v0.17.0`): every pin of that
 * component must point to that release. The version is kept without the component's tag prefix or `v`.
 */
export function parseRelease(lines: readonly InputLine[], graph: Graph, input = 'release'): Map<string, string> {
  const out = new Map<string, string>();
  const { errors, attempt } = collectErrors();
  for (const l of lines) {
    attempt(() => {
      const [name, raw] = split(input, l, 'VERSION');
      component(graph, input, l, name);
      const format = graph.components.get(name)!.tagFormat;
      let v = raw;
      if (format.prefix !== '' && v.startsWith(format.prefix)) v = v.slice(format.prefix.length);
      if (format.suffix !== '' && v.endsWith(format.suffix)) v = v.slice(0, -format.suffix.length);
      v = v.replace(/^v/, '');
      if (semver.valid(v) !== v)
        throw new UserError(`input '${input}' line ${l.line}: '${raw}' is not a version such as 4.1.0 or v0.17.0`);
      if (out.has(name)) throw new UserError(`input '${input}' line ${l.line}: ${name} is named twice`);
      if (!graph.pins.some((p) => p.component === name))
        throw new UserError(`input '${input}' line ${l.line}: nothing in ${graph.file} pins ${name}`);
      out.set(name, v);
    });
  }
  throwIfAny(errors);
  return out;
}

/** Git ref names as the GraphQL `REF:PATH` expression takes them: no blanks, no `:`, no revision syntax. */
export const REF_NAME = /^[^\s:^~?*[\\-][^\s:^~?*[\\]*$/;

/**
 * `at`: `COMPONENT=REF` lines (`kata-containers=4.1.0`): read that holder's files at a branch, tag or commit
 * instead of where the graph says (its default branch unless a pin names a ref).
 */
export function parseAt(lines: readonly InputLine[], graph: Graph, input = 'at'): Map<string, string> {
  const out = new Map<string, string>();
  const { errors, attempt } = collectErrors();
  for (const l of lines) {
    attempt(() => {
      const [name, ref] = split(input, l, 'REF');
      component(graph, input, l, name);
      if (!REF_NAME.test(ref) || ref.includes('..'))
        throw new UserError(`input '${input}' line ${l.line}: '${ref}' is not a branch, tag or commit name`);
      if (!graph.pins.some((p) => p.holder === name))
        throw new UserError(`input '${input}' line ${l.line}: no pin of ${graph.file} is held by ${name}`);
      if (out.has(name)) throw new UserError(`input '${input}' line ${l.line}: ${name} is named twice`);
      out.set(name, ref);
    });
  }
  throwIfAny(errors);
  return out;
}
