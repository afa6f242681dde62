import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkspaceReader } from '../src/index.js';

/** The planner's view of a fixture folder (read only, as the planner never writes). */
export function folderReader(root: string, overrides: Record<string, string | undefined> = {}): WorkspaceReader {
  return {
    read(path) {
      if (path in overrides) return overrides[path];
      const p = join(root, path);
      return existsSync(p) && statSync(p).isFile() ? readFileSync(p, 'utf8') : undefined;
    },
  };
}

/** Text without its `generated:` line: the one line of Chart.lock that differs between two runs. */
export function withoutGenerated(text: string): string {
  return text.replace(/^generated: .*\n/m, '');
}
