import { LineIndex, UserError } from '@coco-release/core';
import { findValue } from '@coco-release/release-pins';
import { loadYaml, locate, parsePath, readScalar, type YamlFile } from '@coco-release/yaml-edit';
import semver from 'semver';
import type { GraphPin } from './graph.js';

/** A pin's value as its file holds it. */
export interface PinValue {
  value: string;
  line: number;
  /** The inline comment after a YAML value, without `#` and the blanks around it; undefined when none. */
  comment: string | undefined;
}

/** What one pin's file says, or why it could not be read (the "every pin parses" check). */
export type PinRead =
  | { pin: GraphPin; ok: true; read: PinValue; claim: Claim | undefined }
  | { pin: GraphPin; ok: false; error: string; line: number | undefined };

/** The version a comment names (`# v4.0.0`): the token as written and the version without `v`. */
export interface Claim {
  token: string;
  version: string;
}

/** Where a file's text comes from: `undefined` when the caller could not get it (an error of its own). */
export type FileText = (pin: GraphPin) => { text: string; display: string } | undefined;

/**
 * Read every pin's value from its file's text: YAML sites through the YAML editor's reader (the shared
 * path syntax, aliases followed), variable and pattern sites as release-pins reads them. A value that
 * cannot be read is reported for that pin, not thrown: the other pins still count.
 */
export function readPins(pins: readonly GraphPin[], fileText: FileText): PinRead[] {
  const parsed = new Map<string, YamlFile | UserError>();
  return pins.flatMap((pin): PinRead[] => {
    const file = fileText(pin);
    if (!file) return [];
    try {
      const read = readPinValue(pin, file.text, file.display, parsed);
      return [{ pin, ok: true, read, claim: pin.claim ? claimOf(read.comment) : undefined }];
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      return [{ pin, ok: false, error: e.message, line: e.position.line }];
    }
  });
}

export function readPinValue(
  pin: GraphPin,
  text: string,
  display: string,
  parsed = new Map<string, YamlFile | UserError>(),
): PinValue {
  const site = pin.site;
  if (site.kind !== 'yaml') {
    const found = findValue(text, display, site, new LineIndex(text));
    return { value: found.value, line: found.line, comment: undefined };
  }
  let f = parsed.get(display);
  if (!f) {
    try {
      f = loadYaml(text, display);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      f = e;
    }
    parsed.set(display, f);
  }
  if (f instanceof UserError) throw f;
  const { value, line } = readScalar(f, site.path);
  return { value, line, comment: inlineComment(f, site.path) };
}

/** The `# …` after the value on its line, as bump-versions-yaml's ` # text` would write it. */
function inlineComment(f: YamlFile, path: string): string | undefined {
  const loc = locate(f, parsePath(path), { followAliases: true });
  const end = loc.found ? loc.node?.range?.[1] : undefined;
  if (end === undefined) return undefined;
  const rest = /^[ \t]+#([^\r\n]*)/.exec(f.source.slice(end));
  return rest ? rest[1]!.trim() : undefined;
}

/** The first version in a comment (`v4.0.0`, `4.0.0-rc0`); undefined when it names none. */
export function claimOf(comment: string | undefined): Claim | undefined {
  if (comment === undefined) return undefined;
  for (const m of comment.matchAll(/(?<![\w.-])v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?(?![\w.])/g)) {
    const version = m[0].replace(/^v/, '');
    if (semver.valid(version) === version) return { token: m[0], version };
  }
  return undefined;
}
