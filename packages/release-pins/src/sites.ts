import {
  applyEdits,
  collectErrors,
  LineIndex,
  throwIfAny,
  UserError,
  type Change,
  type FileChange,
  type InPlaceEdit,
  type TextEdit,
} from '@coco-release/core';
import { readVariable } from '@coco-release/version-parity';
import { editYaml, formatPath, loadYaml, parsePath, readScalar, type ScalarSet } from '@coco-release/yaml-edit';
import type { Pin, Site } from './manifest.js';

/** One site's value for this phase, after templates. */
export interface ResolvedPin {
  pin: Pin;
  value: string;
  comment?: string;
}

export interface SitesPlan {
  /** The files whose text changes; each change's `site` is the manifest's own words (`.image.tag`, `NAME`, the pattern). */
  files: InPlaceEdit[];
  /** Edits of anchored values (allow-shared-anchor), one sentence each: the anchor and its aliases' lines. */
  shared: string[];
  /** Sites that already hold their value, in every file (`old` and `new` both that value). */
  unchanged: FileChange[];
}

/**
 * Plan every pin of a phase, one file at a time: YAML sites through the YAML editor (types and quoting
 * kept), variable and pattern sites as plain text in place of the value. Then re-read every site from
 * the new text and refuse the whole plan unless each reads back exactly as intended (replace, then
 * verify). Every problem of every file is reported at once.
 */
export function planSites(
  pins: readonly ResolvedPin[],
  readText: (file: string, position: { file: string; line: number }) => { display: string; text: string },
  manifestFile: string,
  allowSharedAnchor = false,
): SitesPlan {
  const { errors, attempt } = collectErrors();
  const byFile = new Map<string, ResolvedPin[]>();
  for (const p of pins) byFile.set(p.pin.file, [...(byFile.get(p.pin.file) ?? []), p]);
  const files: InPlaceEdit[] = [];
  const unchanged: FileChange[] = [];
  const shared: string[] = [];
  for (const [file, group] of byFile) {
    attempt(() => {
      const { display, text } = readText(file, { file: manifestFile, line: group[0]!.pin.line });
      const planned = planFile(display, text, group, manifestFile, allowSharedAnchor);
      shared.push(...planned.shared);
      unchanged.push(...planned.unchanged.map((c) => ({ file: display, ...c })));
      if (planned.after !== text)
        files.push({
          file: display,
          before: text,
          after: planned.after,
          edits: planned.edits,
          changes: planned.changes,
        });
    });
  }
  throwIfAny(errors);
  return { files, shared, unchanged };
}

function origin(manifestFile: string, pin: Pin): string {
  return `${manifestFile} line ${pin.line}`;
}

function planFile(
  file: string,
  text: string,
  group: readonly ResolvedPin[],
  manifestFile: string,
  allowSharedAnchor: boolean,
) {
  const shared: string[] = [];
  const errors: UserError[] = [];
  const edits: TextEdit[] = [];
  const changes: Change[] = [];
  const unchanged: Change[] = [];
  const yaml = group.filter((p) => p.pin.site.kind === 'yaml');
  if (yaml.length > 0) {
    const sets: ScalarSet[] = yaml.map((p) => {
      const set: ScalarSet = {
        path: (p.pin.site as { path: string }).path,
        value: p.value,
        origin: origin(manifestFile, p.pin),
      };
      if (p.comment !== undefined) set.comment = p.comment;
      if (allowSharedAnchor || p.pin.allowSharedAnchor) set.allowSharedAnchor = true;
      return set;
    });
    const result = editYaml(loadYaml(text, file), sets);
    edits.push(...result.edits);
    const changed = new Set(result.changes.map((c) => c.site));
    for (const s of result.shared.filter((x) => changed.has(x.path))) {
      const lines = s.aliasLines.length === 1 ? `line ${s.aliasLines[0]}` : `lines ${s.aliasLines.join(', ')}`;
      shared.push(
        `${file} ${s.path} is inside the anchor &${s.anchor}: the edit also changes *${s.anchor} at ${lines}`,
      );
    }
    // editYaml names a value by its canonical path; the table shows the manifest's own words.
    const pinOf = new Map(yaml.map((p) => [formatPath(parsePath((p.pin.site as { path: string }).path)), p.pin]));
    const label = (c: Change): Change => ({ ...c, site: pinOf.get(c.site)!.label, old: c.old ?? '' });
    changes.push(...result.changes.map(label));
    unchanged.push(...result.unchanged.map(label));
  }
  const lines = new LineIndex(text);
  for (const p of group) {
    if (p.pin.site.kind === 'yaml') continue;
    try {
      const at = findValue(text, file, p.pin.site, lines);
      const change = { site: p.pin.label, old: at.value, new: p.value, line: at.line };
      if (at.value === p.value) unchanged.push(change);
      else {
        edits.push({ start: at.start, end: at.end, text: p.value });
        changes.push(change);
      }
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      errors.push(new UserError(`${origin(manifestFile, p.pin)}: ${e.message}`, e.position));
    }
  }
  throwIfAny(errors);
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end)
      throw new UserError(`two pins of ${manifestFile} edit the same bytes`, {
        file,
        ...lines.position(sorted[i]!.start),
      });
  }
  const out = applyEdits(text, edits);
  // editYaml has verified its own edits (every value read back, nothing else changed); the other sites, and
  // YAML sites beside them in one file, are read back here.
  if (out !== text && group.some((p) => p.pin.site.kind !== 'yaml')) verify(file, out, group, manifestFile);
  return { after: out, edits, changes, unchanged, shared };
}

/** Where a variable or pattern site's value stands in the text, and what it is now. */
export function findValue(
  text: string,
  file: string,
  site: Exclude<Site, { kind: 'yaml' }>,
  lines: LineIndex,
): { value: string; start: number; end: number; line: number } {
  if (site.kind === 'variable') {
    const read = readVariable(text, file, site.name);
    const start = lines.lineStart(read.line) + read.col - 1;
    if (text.slice(start, start + read.value.length) !== read.value)
      throw new UserError(`${site.name} is written with escapes or quotes inside its value; use a pattern site`, {
        file,
        line: read.line,
        col: read.col,
      });
    return { value: read.value, start, end: start + read.value.length, line: read.line };
  }
  site.regex.lastIndex = 0;
  const matches = [...text.matchAll(site.regex)];
  if (matches.length !== 1) {
    const where = matches.map((m) => lines.position(m.index).line).join(', ');
    throw new UserError(
      matches.length === 0
        ? `pattern ${site.regex.source} matches nothing`
        : `pattern ${site.regex.source} matches ${matches.length} times (lines ${where}); it must match exactly once`,
      { file },
    );
  }
  const m = matches[0]!;
  const span = m.indices?.groups?.['value'];
  if (!span) throw new UserError(`pattern ${site.regex.source} matched without its group (?<value>…)`, { file });
  return { value: m.groups!['value']!, start: span[0], end: span[1], line: lines.position(span[0]).line };
}

/** Every site of the file, read again from the new text, must hold exactly its new value. */
function verify(file: string, text: string, group: readonly ResolvedPin[], manifestFile: string): void {
  const lines = new LineIndex(text);
  const yamlDoc = group.some((p) => p.pin.site.kind === 'yaml') ? loadYaml(text, file) : undefined;
  const errors: UserError[] = [];
  for (const p of group) {
    let now: string;
    try {
      now =
        p.pin.site.kind === 'yaml'
          ? readScalar(yamlDoc!, p.pin.site.path).value
          : findValue(text, file, p.pin.site, lines).value;
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      now = `(unreadable: ${e.message})`;
    }
    if (now !== p.value)
      errors.push(
        new UserError(
          `${origin(manifestFile, p.pin)}: writing '${p.value}' at ${p.pin.label} would read back as '${now}'; nothing was written`,
          { file },
        ),
      );
  }
  throwIfAny(errors);
}
