import {
  changesTable,
  code,
  fenced,
  readIfPresent,
  readText,
  resolveInWorkspace,
  table,
  text,
  throwIfAny,
  UserError,
  collectErrors,
  OCI_TAG,
} from '@coco-release/core';
import {
  parseManifest,
  parseVars,
  planPhase,
  readCurrent,
  utcDate,
  valueFromSites,
  type CurrentValues,
  type ImagePin,
  type PhasePlan,
} from '@coco-release/release-pins';
import { defineAction, type ActionContext, type ActionResult } from '../../../src/action.js';
import { writeEdits } from '../../../src/edits.js';
import { sourceDate } from '../../../src/source-date.js';

export interface ApplyInputs {
  manifest: string;
  phase: string;
  vars: Map<string, string>;
  /** Variables that, not given in vars, take the value the phase's sites hold now (dry runs). */
  varsFromSites: string[];
  /** `image:tag` whose verified digest to output. */
  digestOf: string;
  verifyImages: boolean;
  pinByDigest: boolean;
  allowSharedAnchor: boolean;
  registry: { username: string; token: string };
  dryRun: boolean;
}

export const applyReleasePins = defineAction<ApplyInputs>({
  name: 'apply-release-pins',

  readInputs(inputs) {
    const { errors, attempt } = collectErrors();
    const manifest = inputs.string('manifest') || '.github/release-pins.yaml';
    const phase = attempt(() => inputs.required('phase'));
    const vars = attempt(() => parseVars(inputs.lines('vars')));
    const varsFromSites = attempt(() => variableNames(inputs.lines('vars-from-sites')));
    const digestOf = attempt(() => imageReference(inputs.string('digest-of')));
    const verifyImages = attempt(() => inputs.boolean('verify-images'));
    const pinByDigest = attempt(() => inputs.boolean('pin-by-digest'));
    const dryRun = attempt(() => inputs.boolean('dry-run'));
    const allowSharedAnchor = attempt(() => inputs.boolean('allow-shared-anchor'));
    const registry = { username: inputs.string('registry-username'), token: inputs.string('registry-token') };
    if (inputs.lines('vars-from-sites').length > 0 && dryRun === false)
      errors.push(
        new UserError(
          "input 'vars-from-sites' needs dry-run: true (it asks whether the phase is in place; a run that writes takes every value from 'vars')",
        ),
      );
    throwIfAny(errors);
    return {
      manifest,
      phase: phase!,
      vars: vars!,
      varsFromSites: varsFromSites!,
      digestOf: digestOf!,
      // The digest of an image is known once the image is verified.
      verifyImages: verifyImages! || pinByDigest! || digestOf !== '',
      pinByDigest: pinByDigest!,
      allowSharedAnchor: allowSharedAnchor!,
      registry,
      dryRun: dryRun!,
    };
  },

  async run(inputs, ctx): Promise<ActionResult> {
    if (inputs.registry.token) ctx.secret(inputs.registry.token);
    const manifestFile = resolveInWorkspace(inputs.manifest, ctx.workspace);
    const manifest = parseManifest(readText(manifestFile), manifestFile.display);
    // A file that is not there is an answer (no Chart.lock yet); one outside the workspace or in .git is refused.
    const read = (path: string): string | undefined => readIfPresent(path, ctx.workspace);
    const now = sourceDate(ctx.env);
    const vars = new Map(inputs.vars);
    let current: CurrentValues | undefined;
    const wanted = inputs.varsFromSites.filter((name) => !vars.has(name));
    if (wanted.length > 0) {
      current = readCurrent(manifest, inputs.phase, read);
      const reasons: string[] = [];
      for (const name of wanted) {
        // A variable no site names is left out: a chart or Go template naming it fails as any missing one.
        if (!current.values.has(name)) continue;
        const found = valueFromSites(current, name);
        if ('value' in found) {
          vars.set(name, found.value);
          ctx.info(`{${name}} is ${found.value}, as the sites of phase ${inputs.phase} hold it`);
        } else reasons.push(found.reason);
      }
      if (reasons.length > 0) return notInPlace(inputs.phase, current, reasons, ctx);
    }
    const options = {
      vars,
      today: utcDate(new Date()),
      read,
      allowSharedAnchor: inputs.allowSharedAnchor,
      ...(now ? { now } : {}),
    };
    let plan = planPhase(manifest, inputs.phase, options);
    // The tags as verified: a pin-by-digest plan holds `tag@sha256:…` values, which are not tags.
    const images = plan.images;

    let digests = new Map<string, string>();
    if (inputs.verifyImages && plan.images.length > 0) {
      digests = await verifyImages(plan.images, inputs, ctx);
      if (inputs.pinByDigest) {
        plan = planPhase(manifest, inputs.phase, {
          ...options,
          rewrite: (pin, value) => {
            const digest = pin.digest && pin.image ? digests.get(`${pin.image}:${value}`) : undefined;
            return digest ? `${value}@${digest}` : value;
          },
        });
      }
    }

    const { changed, changedFiles, diff } = writeEdits(ctx, plan.files, {
      dryRun: inputs.dryRun,
      notes: [...plan.skipped, ...plan.shared],
      warnings: plan.warnings,
      nothingToChange: `phase ${inputs.phase}: nothing to change, every pin already holds its value`,
    });
    current ??= readCurrent(manifest, inputs.phase, read);
    for (const reason of current.conflicts.values()) ctx.info(`now: ${reason}`);
    return {
      outputs: {
        changed: String(changed),
        current: currentJson(current),
        'changed-files': changedFiles,
        changes: JSON.stringify(
          plan.changes.map(({ file, site, old, new: value }) => ({ file, site, old, new: value })),
        ),
        charts: JSON.stringify(
          plan.charts.map(({ chart, name, old, new: value }) => ({ chart, name, old, new: value })),
        ),
        go: JSON.stringify(plan.go.map(({ module, require, version }) => ({ module, require, version }))),
        // For actions/setup-go's go-version-file, before any go runs: planPhase checked every update.
        'go-mod': plan.go.length === 0 ? '' : `${plan.go[0]!.module}/go.mod`,
        digest: inputs.digestOf === '' ? '' : verifiedDigest(images, digests, inputs.digestOf),
        images: JSON.stringify(
          images.map((i) => ({
            image: i.image,
            tag: i.tag,
            digest: digests.get(`${i.image}:${i.tag}`) ?? null,
            site: `${i.file}:${i.line}`,
          })),
        ),
        table: changeTable(plan),
        diff,
      },
      summary: summarize(plan, inputs, diff),
    };
  },
});

/** `NAME` lines: variables as templates name them. */
function variableNames(lines: readonly { text: string; line: number }[]): string[] {
  throwIfAny(
    lines
      .filter((l) => !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(l.text))
      .map((l) => new UserError(`input 'vars-from-sites' line ${l.line}: expected a variable name, got '${l.text}'`)),
  );
  return lines.map((l) => l.text);
}

/** `IMAGE:TAG` (digest-of), or ''. */
function imageReference(ref: string): string {
  // A tag has no ':', so the image is everything before the last one (a registry may carry a port).
  const colon = ref.lastIndexOf(':');
  const image = ref.slice(0, Math.max(colon, 0));
  if (ref !== '' && !(/^[^\s@]+$/.test(image) && OCI_TAG.test(ref.slice(colon + 1))))
    throw new UserError(`input 'digest-of' must be IMAGE:TAG, got ${JSON.stringify(ref)}`);
  return ref;
}

/** The one digest verified for `image:tag`; an image no pin names has none to give. */
function verifiedDigest(images: readonly ImagePin[], digests: ReadonlyMap<string, string>, ref: string): string {
  const found = images.some((i) => `${i.image}:${i.tag}` === ref) ? digests.get(ref) : undefined;
  if (found === undefined || !/^sha256:[0-9a-f]{64}$/.test(found))
    throw new UserError(
      `digest-of: no pin of the manifest names the verified image ${JSON.stringify(ref)} (give the manifest pin its image:)`,
    );
  return found;
}

/** `current`: each variable of the phase's site templates and the value its sites agree on (null: they do not). */
function currentJson(current: CurrentValues): string {
  return JSON.stringify(Object.fromEntries([...current.values].map(([name, value]) => [name, value ?? null])));
}

/** A dry run whose vars-from-sites the sites cannot give: no value of them leaves the phase in place. */
function notInPlace(phase: string, current: CurrentValues, reasons: string[], ctx: ActionContext): ActionResult {
  for (const r of reasons) ctx.info(`phase ${phase} is not in place: ${r}`);
  return {
    outputs: {
      changed: 'true',
      current: currentJson(current),
      'changed-files': '[]',
      changes: '[]',
      charts: '[]',
      go: '[]',
      'go-mod': '',
      digest: '',
      images: '[]',
      table: '',
      diff: '',
    },
    summary:
      `### apply-release-pins: phase ${code(phase)} (dry run, nothing written)\n\n` +
      `Not in place: no value of the variables read from the sites leaves every pin as it is.\n\n` +
      table(
        ['why'],
        reasons.map((r) => [text(r)]),
      ) +
      '\n',
  };
}

/** Every distinct image:tag the phase pins must exist; each missing one is an error at its site. */
async function verifyImages(images: readonly ImagePin[], inputs: ApplyInputs, ctx: ActionContext) {
  const { checkImagesExist, credentialsFromInputs, parseRepository } = await import('@coco-release/oci-registry');
  const refs = [...new Set(images.map((i) => `${i.image}:${i.tag}`))];
  const credentials = {};
  if (inputs.registry.token || inputs.registry.username) {
    for (const image of new Set(images.map((i) => i.image))) {
      Object.assign(
        credentials,
        credentialsFromInputs(parseRepository(image).registry, inputs.registry.token, inputs.registry.username),
      );
    }
  }
  const checks = await checkImagesExist(refs, { credentials });
  const digests = new Map<string, string>();
  const missing = new Set<string>();
  for (const c of checks) {
    if (c.exists && c.digest) digests.set(c.ref, c.digest);
    else missing.add(c.ref);
  }
  throwIfAny(
    images
      .filter((i) => missing.has(`${i.image}:${i.tag}`))
      .map(
        (i) =>
          new UserError(
            `${i.site} would pin ${i.image}:${i.tag}, which does not exist in its registry; nothing was written`,
            { file: i.file, line: i.line },
          ),
      ),
  );
  ctx.info(`verified ${refs.length} image tag(s) in their registries`);
  return digests;
}

/** The changes and the Go updates as Markdown (the summary without its title and diff; a PR body). */
function changeTable(plan: PhasePlan): string {
  const go = plan.go.length === 0 ? '' : goLine(plan);
  if (plan.files.length === 0) return go.trimStart();
  const changes = changesTable(plan.files, [
    ['file', 'file:line'],
    ['site', 'site'],
    ['old', 'old'],
    ['new', 'new'],
  ]);
  return `${changes}${go}`;
}

function goLine(plan: PhasePlan): string {
  return `\nGo updates for a step with Go: ${plan.go.map((g) => code(`go get ${g.require}@${g.version}`) + ` in ${code(g.module)}`).join(', ')}\n`;
}

function summarize(plan: PhasePlan, inputs: ApplyInputs, diff: string): string {
  const notes = (header: string, lines: readonly string[]) =>
    lines.length === 0
      ? ''
      : `${table(
          [header],
          lines.map((s) => [text(s)]),
        )}\n`;
  const skipped = notes('optional site skipped', plan.skipped) + notes('shared anchor edited', plan.shared);
  const title = `### apply-release-pins: phase ${code(plan.phase)}${inputs.dryRun ? ' (dry run, nothing written)' : ''}\n\n${skipped}`;
  if (plan.files.length === 0) {
    const go = plan.go.length === 0 ? '' : goLine(plan);
    return `${title}Nothing to change: every pin of the phase already holds its value (${plan.unchanged.length} checked).\n${go}`;
  }
  return `${title}${changeTable(plan)}\n${fenced('diff', diff)}`;
}
