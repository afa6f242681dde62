import {
  changesTable,
  code,
  fenced,
  readIfPresent,
  table,
  text,
  throwIfAny,
  UserError,
  collectErrors,
} from '@coco-release/core';
import type { ChartPlan, DependencyPin, LockMode } from '@coco-release/helm-chart';
import { defineAction, type ActionResult } from '../../../src/action.js';
import { writeEdits } from '../../../src/edits.js';
import { sourceDate } from '../../../src/source-date.js';

export interface HelmInputs {
  charts: { text: string; line: number }[];
  version?: string;
  appVersion?: string;
  dependencies: DependencyPin[];
  lock: LockMode;
  lockExclude: string[];
  allowDowngrade: boolean;
  dryRun: boolean;
}

export const bumpHelmChart = defineAction<HelmInputs>({
  name: 'bump-helm-chart',

  readInputs(inputs) {
    const { errors, attempt } = collectErrors();
    const charts = inputs.lines('charts');
    if (charts.length === 0) errors.push(new UserError("input 'charts' is required: one chart directory per line"));
    // Checked in run(), with the helm-chart package: the version rules are semver's.
    const version = inputs.string('version');
    const appVersion = inputs.string('app-version');
    const dependencies: DependencyPin[] = [];
    const seen = new Map<string, number>();
    for (const { text, line } of inputs.lines('dependencies')) {
      const eq = text.indexOf('=');
      const name = eq === -1 ? '' : text.slice(0, eq).trim();
      const value = eq === -1 ? '' : text.slice(eq + 1).trim();
      if (name === '' || value === '' || /\s/.test(value)) {
        errors.push(
          new UserError(
            `dependencies line ${line}: expected NAME=VERSION (e.g. kata-deploy=4.0.0), got ${JSON.stringify(text)}`,
          ),
        );
        continue;
      }
      if (seen.has(name)) {
        errors.push(new UserError(`dependencies line ${line}: ${name} is already set on line ${seen.get(name)}`));
        continue;
      }
      seen.set(name, line);
      dependencies.push({ name, version: value, origin: `dependencies line ${line}`, optional: charts.length > 1 });
    }
    const lock = attempt(() => inputs.choice('lock', ['update', 'remove', 'keep'] as const));
    const lockExclude: string[] = [];
    for (const { text, line } of inputs.lines('lock-exclude')) {
      if (/^[^@\s]+@[^@\s]+$/.test(text.trim())) lockExclude.push(text.trim());
      else
        errors.push(
          new UserError(
            `lock-exclude line ${line}: expected NAME@VERSION (kata-deploy@0.0.0-dev), got ${JSON.stringify(text)}`,
          ),
        );
    }
    const allowDowngrade = attempt(() => inputs.boolean('allow-downgrade'));
    const dryRun = attempt(() => inputs.boolean('dry-run'));
    throwIfAny(errors);
    return {
      charts,
      version: version || undefined,
      appVersion: appVersion || undefined,
      dependencies,
      lock: lock!,
      lockExclude,
      allowDowngrade: allowDowngrade!,
      dryRun: dryRun!,
    };
  },

  async run(inputs, ctx): Promise<ActionResult> {
    // Loaded here, not at the top: ncc then keeps the package and the `yaml` parser in a chunk of their own,
    // which V8 compiles function by function as they are called instead of all at once with the entry.
    const { isBump, isExactSemver, planChartBumps } = await import('@coco-release/helm-chart');
    const { version } = inputs;
    if (version !== undefined && !isBump(version) && version !== 'app-bump' && !isExactSemver(version)) {
      const hint = isExactSemver(version.replace(/^[v=]/, '')) ? ` (without the leading ${version[0]})` : '';
      throw new UserError(
        `input 'version': expected major, minor, patch, app-bump or a SemVer 2 version such as 0.4.0${hint}, got ${JSON.stringify(version)}`,
      );
    }
    const workspace = ctx.workspace;
    const now = sourceDate(ctx.env);
    const plan = planChartBumps(
      {
        // A missing file is an answer (no Chart.lock yet); one outside the workspace or in .git is refused.
        read: (path) => readIfPresent(path, workspace),
      },
      inputs.charts.map(({ text, line }) => ({
        chart: text,
        version: inputs.version,
        appVersion: inputs.appVersion,
        dependencies: inputs.dependencies,
        lock: inputs.lock,
        lockExclude: inputs.lockExclude,
        allowDowngrade: inputs.allowDowngrade,
        origin: inputs.charts.length > 1 ? `charts line ${line}` : undefined,
      })),
      now ? { now } : {},
    );

    // With several charts a pin applies wherever the dependency exists, but it must exist somewhere.
    const used = new Set(plan.charts.flatMap((c) => c.dependencies.map((d) => d.pinnedBy)));
    throwIfAny(
      inputs.dependencies
        .filter((p) => !used.has(p.origin))
        .map((p) => new UserError(`${p.origin}: no listed chart has a dependency named or aliased ${p.name}`)),
    );

    const { changed, changedFiles, diff } = writeEdits(ctx, plan.files, {
      dryRun: inputs.dryRun,
      warnings: plan.warnings,
      nothingToChange: 'nothing to change: every chart is already as requested',
    });
    return {
      outputs: {
        changed: String(changed),
        'changed-files': changedFiles,
        charts: JSON.stringify(plan.charts.map(({ chart, name, old, new: v }) => ({ chart, name, old, new: v }))),
        dependencies: JSON.stringify(
          plan.charts.flatMap(({ chart, dependencies }) =>
            dependencies
              .filter((d) => d.pinnedBy !== undefined)
              .map(({ key, old, new: v }) => ({ chart, dependency: key, old, new: v })),
          ),
        ),
        table: tables(plan),
        diff,
      },
      summary: summarize(plan, diff, inputs.dryRun),
    };
  },
});

/** The charts and the changes as Markdown tables (the summary without its title and diff; a PR body). */
function tables(plan: ChartPlan): string {
  const charts = table(
    ['chart', 'name', 'version'],
    plan.charts.map((c) => [
      code(c.chart),
      code(c.name),
      c.old === c.new ? code(c.old) : `${code(c.old)} → ${code(c.new)}`,
    ]),
  );
  if (plan.files.length === 0) return charts;
  const changes = changesTable(plan.files, [
    ['file', 'file'],
    ['site', 'site'],
    ['old', 'old'],
    ['new', 'new'],
  ]);
  return `${charts}\n${changes}`;
}

function summarize(plan: ChartPlan, diff: string, dryRun: boolean): string {
  const title = `### bump-helm-chart${dryRun ? ' (dry run, nothing written)' : ''}\n\n`;
  if (plan.files.length === 0)
    return `${title}${tables(plan)}\nNothing to change: every chart is already as requested.\n`;
  const warnings =
    plan.warnings.length > 0
      ? `\n${table(
          ['warning'],
          plan.warnings.map((w) => [text(w)]),
        )}`
      : '';
  return `${title}${tables(plan)}${warnings}\n${fenced('diff', diff)}`;
}
