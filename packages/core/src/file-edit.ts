import { fileDiff, unifiedDiff } from './diff.js';
import { resolveInWorkspace, resolveNewInWorkspace, writeFilesAtomically, type FileWrite } from './files.js';
import { code, table } from './markdown.js';
import { applyEdits, type TextEdit } from './text-edit.js';

/**
 * One value an editor changes, or finds already in place. release-please's Updater returns only the new
 * text; every editor here also says what changed where, so that one log line, one table row and one JSON
 * entry can be made of it whatever the file type.
 */
export interface Change {
  /** What holds the value, in the editor's words: a YAML path, an image name, a require, a manifest site. */
  site: string;
  /** The value before; null when there was none (a key created, an images entry added, a new Chart.lock). */
  old: string | null;
  /** The value after; null when it goes (a Chart.lock deleted). */
  new: string | null;
  /** 1-based line of the value in the new text; absent when there is no such line (a deleted file). */
  line?: number;
}

/** A change with the file it is in: the changes of FileEdits flattened, for tables and outputs. */
export type FileChange = { file: string } & Change;

/**
 * What every editor returns for one file (YAML values, kustomize images, Chart.yaml and Chart.lock, Makefile
 * and text patterns, go.mod requires): the text before and after, and the changes that make the difference.
 * The editor has already verified it (each reads its new text back); applyFileEdits diffs and writes it.
 */
export interface FileEdit {
  /** Workspace-relative and `/`-separated: what messages, diffs and outputs show. */
  file: string;
  /** null: the file does not exist yet and is created. */
  before: string | null;
  /** null: the file is deleted. Equal to `before`: nothing to write, every value is already in place. */
  after: string | null;
  /**
   * The byte edits of `before` that give `after`, for an edit in place: the diff is made of exactly them
   * (linear in the file, however large). Absent for a file written whole (a Chart.lock) or edited in two
   * passes (a pinned Chart.yaml bumped again): its diff compares lines.
   */
  edits?: TextEdit[];
  /** Every value that changes, in order; at least one when the text changes. */
  changes: Change[];
  /** Values asked for that the file already holds (`old` and `new` both the value). */
  unchanged?: Change[];
}

/** An edit in place, as the YAML, kustomize and go.mod editors make: the file is there before and after. */
export interface InPlaceEdit extends FileEdit {
  before: string;
  after: string;
  edits: TextEdit[];
}

export function isChanged(edit: FileEdit): boolean {
  return edit.before !== edit.after;
}

/** The edit's unified diff (`git diff` style, /dev/null for a created or deleted file); '' when it changes nothing. */
export function editDiff(edit: FileEdit): string {
  if (edit.before === edit.after) return '';
  if (edit.edits && edit.before !== null) return unifiedDiff(edit.file, edit.before, edit.edits);
  return fileDiff(edit.file, edit.before, edit.after);
}

export function fileChanges(edits: readonly FileEdit[]): FileChange[] {
  return edits.flatMap((e) => e.changes.map((c) => ({ file: e.file, ...c })));
}

/**
 * The contract every planned edit keeps, checked before anything is written: one edit per file, its byte
 * edits give exactly its new text (so the diff shows what is written), and a changed file names what changed
 * (so the summary does). A broken one is a bug in its editor, not a user error.
 */
export function checkFileEdits(edits: readonly FileEdit[]): void {
  const files = new Set<string>();
  for (const e of edits) {
    const broken = (why: string): never => {
      throw new Error(`internal error: the planned edit of ${e.file} ${why}; nothing was written`);
    };
    if (files.has(e.file)) broken('comes twice');
    files.add(e.file);
    if (e.before === null && e.after === null) broken('has no text before nor after');
    if (e.before !== e.after && e.changes.length === 0) broken('changes the file but names no change');
    if (e.edits && (e.before === null || e.after === null || applyEdits(e.before, e.edits) !== e.after))
      broken('does not give its new text from its byte edits');
  }
}

export interface AppliedEdits {
  /** The edits that change their file, in order (those that change nothing are left out). */
  files: FileEdit[];
  changed: boolean;
  /** Their unified diffs, one after the other. */
  diff: string;
}

/**
 * The one way planned edits reach the disk: check them (checkFileEdits), diff them, resolve every file inside
 * the workspace (a new one beside an existing directory), then write them all or none (writeFilesAtomically),
 * or nothing in a dry run. Every path is resolved before any file is written, in a dry run too.
 */
export function applyFileEdits(
  edits: readonly FileEdit[],
  options: { workspace: string; dryRun: boolean },
): AppliedEdits {
  checkFileEdits(edits);
  const files = edits.filter(isChanged);
  const diff = files.map(editDiff).join('');
  const writes: FileWrite[] = files.map((e) => {
    const target =
      e.before === null
        ? resolveNewInWorkspace(e.file, options.workspace)
        : resolveInWorkspace(e.file, options.workspace);
    return { path: target.path, original: e.before, content: e.after };
  });
  // Called with nothing to write too: it removes temp files a killed run left beside the files.
  if (!options.dryRun) writeFilesAtomically(writes);
  return { files, changed: files.length > 0, diff };
}

/** What a changes table cell shows of a change. `old → new` shows a value in place as `value (unchanged)`. */
export type ChangeCell = 'file' | 'file:line' | 'site' | 'line' | 'old' | 'new' | 'old → new';

export interface ChangesTableOptions {
  /** The cell of a value that was not there before (default `*(none)*`). */
  created?: string;
  /** The cell of a value that goes (default `*(removed)*`). */
  removed?: string;
  /** A row for each value already in place too, after the file's changes. */
  unchanged?: boolean;
}

/** The changes of some edits as a Markdown table, one row per change, with the columns an action shows. */
export function changesTable(
  edits: readonly FileEdit[],
  columns: readonly (readonly [header: string, cell: ChangeCell])[],
  options: ChangesTableOptions = {},
): string {
  const created = options.created ?? '*(none)*';
  const removed = options.removed ?? '*(removed)*';
  const value = (v: string | null, none: string): string => (v === null ? none : code(v));
  const cell = (kind: ChangeCell, file: string, c: Change, inPlace: boolean): string => {
    switch (kind) {
      case 'file':
        return code(file);
      case 'file:line':
        return code(c.line === undefined ? file : `${file}:${c.line}`);
      case 'site':
        return code(c.site);
      case 'line':
        return c.line === undefined ? '' : String(c.line);
      case 'old':
        return value(c.old, created);
      case 'new':
        return value(c.new, removed);
      case 'old → new':
        return inPlace ? `${value(c.new, removed)} (unchanged)` : `${value(c.old, created)} → ${value(c.new, removed)}`;
    }
  };
  const row = (file: string, c: Change, inPlace: boolean): string[] =>
    columns.map(([, kind]) => cell(kind, file, c, inPlace));
  const rows = edits.flatMap((e) => [
    ...e.changes.map((c) => row(e.file, c, false)),
    ...(options.unchanged ? (e.unchanged ?? []).map((c) => row(e.file, c, true)) : []),
  ]);
  return table(
    columns.map(([header]) => header),
    rows,
  );
}
