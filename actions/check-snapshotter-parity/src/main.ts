import { code, readText, resolveInWorkspace, table, text, throwIfAny, UserError } from '@coco-release/core';
import {
  compareValues,
  fileKey,
  mismatchMessage,
  parseSources,
  readSelector,
  type GithubFile,
  type ParityReport,
  type Source,
  type SourceValue,
} from '@coco-release/version-parity';
import { defineAction, type ActionContext, type ActionResult } from '../../../src/action.js';

/** Kata's nydus-snapshotter pin, the one upstream pin left: a line to start `sources` with. */
export const KATA_SNAPSHOTTER =
  'kata-containers=github:kata-containers/kata-containers@main:versions.yaml#.externals.nydus-snapshotter.version';

export interface ParityInputs {
  sources: Source[];
  /** From the input; '' when not given (run() then falls back to GITHUB_TOKEN). */
  token: string;
  normalize: boolean;
  failOnMismatch: boolean;
}

export const checkSnapshotterParity = defineAction<ParityInputs>({
  name: 'check-snapshotter-parity',

  readInputs(inputs) {
    const lines = inputs.lines('sources');
    // No default: the operator, whose Makefile pinned NYDUS_SNAPSHOTTER_VERSION beside Kata's
    // versions.yaml, is archived, and the charts take nydus-snapshotter through kata-deploy. Kata's pin
    // is the only upstream one left, and a parity check needs two.
    if (lines.length === 0)
      throw new UserError(
        `input 'sources' is required: two or more LABEL=LOCATION lines, e.g. ${KATA_SNAPSHOTTER} and your own pin`,
      );
    const sources = parseSources(lines);
    // `${{ github.token }}` is only evaluated inside a workflow; elsewhere the literal default means "none".
    const token = inputs.string('token');
    return {
      sources,
      token: token.includes('${{') ? '' : token,
      normalize: inputs.boolean('normalize'),
      failOnMismatch: inputs.boolean('fail-on-mismatch'),
    };
  },

  async run(inputs, ctx): Promise<ActionResult> {
    const texts = await loadFiles(inputs, ctx);
    const errors: UserError[] = [];
    const values: SourceValue[] = [];
    for (const s of inputs.sources) {
      const key = fileKey(s.file);
      const loaded = texts.get(key);
      if (!loaded || 'error' in loaded) continue; // reported once per file by loadFiles
      try {
        const read = readSelector(loaded.text, loaded.display, s.selector);
        values.push({ label: s.label, location: s.location, value: read.value, line: read.line });
        ctx.info(`${s.label}: ${read.value} (${loaded.display}:${read.line})`);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        errors.push(
          s.file.kind === 'local'
            ? new UserError(`source '${s.label}': ${e.message}`, e.position)
            : new UserError(`source '${s.label}': ${e.toString()}`),
        );
      }
    }
    for (const loaded of texts.values()) if ('error' in loaded) errors.push(loaded.error);
    throwIfAny(errors);

    const report = compareValues(values, { normalize: inputs.normalize });
    const outputs = {
      match: String(report.match),
      versions: JSON.stringify(Object.fromEntries(values.map((v) => [v.label, v.value]))),
    };
    const summary = summarize(report, inputs.normalize);
    if (report.match) {
      ctx.info(`all ${values.length} sources agree on ${values[0]!.value}`);
      return { outputs, summary };
    }
    const message = mismatchMessage(report);
    if (inputs.failOnMismatch) return { outputs, summary, failure: message };
    ctx.warning(message);
    return { outputs, summary };
  },
});

type Loaded = { text: string; display: string } | { error: UserError };

/** Every distinct file once: local ones from the workspace, remote ones through the contents API. */
async function loadFiles(inputs: ParityInputs, ctx: ActionContext): Promise<Map<string, Loaded>> {
  const out = new Map<string, Loaded>();
  const labelsOf = (key: string): string => {
    const labels = inputs.sources.filter((s) => fileKey(s.file) === key).map((s) => `'${s.label}'`);
    return `${labels.length === 1 ? 'source' : 'sources'} ${labels.join(', ')}`;
  };
  const remote: GithubFile[] = [];
  for (const s of inputs.sources) {
    const key = fileKey(s.file);
    if (out.has(key)) continue;
    if (s.file.kind === 'github') {
      if (!remote.some((f) => fileKey(f) === key)) remote.push(s.file);
      continue;
    }
    try {
      const file = resolveInWorkspace(s.file.path, ctx.workspace);
      out.set(key, { text: readText(file), display: file.display });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      out.set(key, { error: new UserError(`${labelsOf(key)}: ${e.message}`, e.position) });
    }
  }
  if (remote.length > 0) {
    const token = inputs.token || ctx.env['GITHUB_TOKEN'] || '';
    if (token) ctx.secret(token);
    const { fetchGithubFiles } = await import('./github-contents.js');
    const { apiEndpoints } = await import('../../../src/github/endpoints.js');
    const fetched = await fetchGithubFiles(remote, {
      token,
      baseUrl: apiEndpoints(ctx.env).apiUrl,
      env: ctx.env,
      onRetry: (line) => ctx.info(line),
    });
    for (const [key, result] of fetched) {
      out.set(
        key,
        result.ok
          ? { text: result.text, display: key }
          : { error: new UserError(`${labelsOf(key)} (${key}): ${result.message}`) },
      );
    }
  }
  return out;
}

function summarize(report: ParityReport, normalize: boolean): string {
  const rows = report.entries.map((e) => [
    text(e.label),
    `${code(e.location)} line ${e.line}`,
    code(e.value),
    e.agrees ? '✓' : '✗',
  ]);
  const n = report.entries.length;
  let head: string;
  let foot = '';
  if (report.match) {
    const spellings = report.groups[0]!.spellings;
    head = `✓ all ${n} sources agree on ${spellings.map(code).join(' = ')}`;
    if (spellings.length > 1 && normalize)
      foot = '\nSpellings differ only by a leading `v` or blanks (normalize: true).\n';
  } else if (report.majority) {
    const m = report.majority;
    head = `✗ the sources disagree; the majority (${m.labels.length} of ${n}) holds ${m.spellings.map(code).join(' = ')}`;
  } else {
    head = `✗ the sources disagree, with no majority (${report.groups.length} different values)`;
  }
  return `### check-snapshotter-parity: ${head}\n\n${table(['label', 'location', 'value', 'match'], rows)}${foot}`;
}
