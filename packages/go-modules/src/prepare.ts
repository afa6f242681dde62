import type { InPlaceEdit } from '@coco-release/core';
import { setRequireVersions } from './gomod.js';
import { internalRequires, type Module, type RequireIssue } from './release.js';

/**
 * The old release step "update go.mod modules for vX": every internal require of a selected module that
 * names another selected module is set to `version`. Only version bytes change: `// indirect`, comments and
 * `replace` lines stay. Requires of modules outside the release keep their version (they get no tag).
 */
export function prepareRequires(
  modules: readonly Module[],
  selected: readonly Module[],
  version: string,
): { files: InPlaceEdit[]; warnings: RequireIssue[] } {
  const byPath = new Map(modules.map((m) => [m.path, m]));
  const inSet = new Set(selected);
  const files: InPlaceEdit[] = [];
  const warnings: RequireIssue[] = [];
  for (const m of selected) {
    const targets = internalRequires(m, byPath).filter((x) => inSet.has(x.target));
    const result = setRequireVersions(m.gomod, new Map(targets.map((x) => [x.req.path, version])));
    for (const { req } of targets) {
      const local = m.gomod.replaces.some((r) => r.oldPath === req.path && r.local);
      if (!local && req.version !== version)
        warnings.push({
          message: `${req.path} is required at ${version} without a directory replace: the build needs that tag to exist, and go.sum its hash (run go mod tidy after tagging)`,
          position: { file: m.file, line: req.line, col: req.col },
        });
    }
    if (result.changes.length > 0) files.push(result);
  }
  return { files, warnings };
}
