import { dirname } from 'node:path';
import { code, readIfPresent, resolveInWorkspace, table, throwIfAny, UserError } from '@coco-release/core';
import { goUpdateRefused, isGoUpdate } from '@coco-release/release-pins';
import { defineAction, type ActionContext, type ActionResult } from '../../../src/action.js';
import { spawnTracked } from '../../../src/git.js';

export interface GoUpdate {
  module: string;
  require: string;
  version: string;
}

export interface UpdateInputs {
  updates: GoUpdate[];
  dryRun: boolean;
}

export const updateGoModules = defineAction<UpdateInputs>({
  name: 'update-go-modules',

  readInputs(inputs) {
    const raw = inputs.required('updates');
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (e) {
      throw new UserError(`input 'updates' is not JSON: ${(e as Error).message}`);
    }
    if (!Array.isArray(parsed))
      throw new UserError("input 'updates' must be a JSON list of {module, require, version} (apply-release-pins' go)");
    // Each is run as go's own arguments and working directory: all are checked before any go runs.
    throwIfAny(parsed.filter((u) => !isGoUpdate(u)).map((u) => new UserError(goUpdateRefused(u))));
    const updates = (parsed as GoUpdate[]).map(({ module, require, version }) => ({ module, require, version }));
    return { updates, dryRun: inputs.boolean('dry-run') };
  },

  async run(inputs, ctx): Promise<ActionResult> {
    // Every module directory is inside the workspace and holds a go.mod, before any go runs.
    const modules = inputs.updates.map((u) => {
      const goMod = resolveInWorkspace(`${u.module}/go.mod`, ctx.workspace);
      return { ...u, dir: dirname(goMod.path), files: [goMod.display, `${dirname(goMod.display)}/go.sum`] };
    });
    const files = [...new Set(modules.flatMap((m) => m.files))];
    const before = new Map(files.map((f) => [f, readIfPresent(f, ctx.workspace)]));
    for (const m of modules) {
      for (const args of [
        ['get', `${m.require}@${m.version}`],
        ['mod', 'tidy'],
      ]) {
        ctx.info(`${m.module}: go ${args.join(' ')}${inputs.dryRun ? ' (dry run: not run)' : ''}`);
        if (!inputs.dryRun) await go(args, m.dir, m.module, ctx);
      }
    }
    const changedFiles = files.filter((f) => readIfPresent(f, ctx.workspace) !== before.get(f));
    const rows = modules.map((m) => [
      code(m.module),
      code(`go get ${m.require}@${m.version}`),
      m.files
        .filter((f) => changedFiles.includes(f))
        .map(code)
        .join(', ') || 'none',
    ]);
    return {
      outputs: { changed: String(changedFiles.length > 0), 'changed-files': JSON.stringify(changedFiles) },
      summary:
        `### update-go-modules${inputs.dryRun ? ' (dry run, no go run)' : ''}\n\n` +
        table(['module', 'update (then `go mod tidy`)', 'changed'], rows),
    };
  },
});

/**
 * go in `dir`, its output in the log. Asynchronous: the step may run in a process that serves what go
 * reads (the module proxy of a test), which a synchronous child would block. Tracked as git is, so a
 * cancelled step does not leave go downloading behind it.
 */
function go(args: string[], dir: string, module: string, ctx: ActionContext): Promise<void> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(ctx.env)) if (v !== undefined) env[k] = v;
  return new Promise((resolve, reject) => {
    const child = spawnTracked('go', args, { cwd: dir, env });
    const output: Buffer[] = [];
    child.stdout!.on('data', (d: Buffer) => output.push(d));
    child.stderr!.on('data', (d: Buffer) => output.push(d));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'ENOENT'
          ? new UserError('go is not on PATH: run actions/setup-go before update-go-modules')
          : new UserError(`${module}: go ${args.join(' ')}: ${e.message}`),
      ),
    );
    child.on('close', (status, signal) => {
      const lines = Buffer.concat(output).toString('utf8').split('\n').filter(Boolean);
      for (const line of lines) ctx.info(`  ${line}`);
      if (status === 0) resolve();
      else
        reject(
          new UserError(
            `${module}: go ${args.join(' ')} failed (${signal ?? `exit ${status}`})` +
              (lines.length > 0 ? `: ${lines.slice(-3).join(' / ')}` : ''),
          ),
        );
    });
  });
}
